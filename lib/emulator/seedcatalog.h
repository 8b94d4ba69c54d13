#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace brickdesk::emulator::seedcatalog {

// Vocabulary of the seeded demo workspace: people, job names, paths, node types, runtimes.
const QStringList &users(); // index 0 is unused (EventRecord::user 0 = control plane)
const QStringList &servicePrincipals();
const QStringList &jobNameStems();
const QStringList &teams();
const QStringList &timezones();
const QStringList &sparkVersions(); // keys, newest first
QString sparkVersionName(const QString &key);
QStringList nodeTypes(const QString &cloud);
QJsonObject nodeTypeJson(const QString &cloud, const QString &nodeTypeId);
QJsonArray nodeTypesJson(const QString &cloud);
QJsonArray sparkVersionsJson();

} // namespace brickdesk::emulator::seedcatalog
