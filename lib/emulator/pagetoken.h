#pragma once

#include <QString>

#include <optional>

namespace brickdesk::emulator {

// Opaque page tokens: base64url of the offset and a hash of the query they belong to, so a
// token replayed with a different filter is rejected like the real service does.
namespace pagetoken {
QString encode(qint64 offset, const QString &filterKey);
std::optional<qint64> decode(const QString &token, const QString &filterKey);
} // namespace pagetoken

} // namespace brickdesk::emulator
