#pragma once

#include <QtGlobal>

// Durations in milliseconds, the unit of every timestamp the Databricks API sends. Header-only,
// so the emulator (which links nothing of the client) shares them too.
namespace brickdesk {

inline constexpr qint64 kMinute = 60'000;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

} // namespace brickdesk
