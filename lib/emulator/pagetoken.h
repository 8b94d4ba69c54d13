#pragma once

#include <QString>

#include <optional>

namespace brickdesk::emulator {

// Opaque page tokens, as the service hands out: the position (an offset), a value pinned for
// the whole paging (e.g. the resolved end time) and a hash of the query they belong to,
// encrypted and authenticated with a key drawn at random when the process starts. A client
// can neither read nor build one, nor replay one with other filters (rejected like the real
// service does); tokens do not outlive the process.
namespace pagetoken {
QString encode(qint64 offset, const QString &filterKey, qint64 pin = 0);
// `pin` (optional) receives the pinned value.
std::optional<qint64> decode(const QString &token, const QString &filterKey, qint64 *pin = nullptr);
} // namespace pagetoken

} // namespace brickdesk::emulator
