#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace brickdesk {

// How the archive's stores turn API JSON into column values and back.
namespace archivecodec {

// JSON as stored: compact, so that equal objects are equal bytes.
QByteArray compact(const QJsonObject &object);
QJsonObject parse(const QByteArray &bytes);
// IDs and times are int64 (below 2^53 in practice); a string form is accepted too. -1 when
// there is none.
qint64 integer(const QJsonValue &value);
// FNV-1a, 64 bits: stable across runs and builds (qHash is seeded per process), so it can be
// a key in the file.
quint64 hash(const QByteArray &bytes);

} // namespace archivecodec

} // namespace brickdesk
