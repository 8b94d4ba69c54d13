#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace brickdesk::emulator::jobvalidation {

// What jobs/create, reset, update and runs/submit reject, with the service's messages. Each
// returns an empty string when valid; *malformed tells a request that could not be parsed
// (MALFORMED_REQUEST) from one that is invalid (INVALID_PARAMETER_VALUE).

// A type error in field `key` of `o`, or empty.
QString checkType(const QJsonObject &o, const char *key, QJsonValue::Type type);
QString validateTasks(const QJsonArray &tasks, const QJsonObject &settings, bool submit, bool *malformed);
QString validateSettings(const QJsonObject &settings, bool *malformed);

} // namespace brickdesk::emulator::jobvalidation
