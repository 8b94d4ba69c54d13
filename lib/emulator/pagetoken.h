#pragma once

#include <QString>

#include <optional>

namespace brickdesk::emulator {

// Opaque page tokens: base64url of the offset and a hash of the query they belong to, so a
// token replayed with a different filter is rejected like the real service does.
namespace pagetoken {
QString encode(qint64 offset, const QString &filterKey, qint64 pin = 0);
// `pin` (optional) is a value fixed for the whole paging, e.g. the resolved end time.
std::optional<qint64> decode(const QString &token, const QString &filterKey, qint64 *pin = nullptr);
} // namespace pagetoken

} // namespace brickdesk::emulator
