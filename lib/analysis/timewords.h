#pragma once

#include <QString>
#include <QtGlobal>

namespace brickdesk {

// Times and durations as the analysis texts say them (cost findings, the chart's summary).

// A moment in the user's short date and time format.
QString timeWords(qint64 ms);
// "45 min", "2 h 10 min", "3 d 14 h" (rounded to what is said).
QString durationWords(double minutes);

} // namespace brickdesk
