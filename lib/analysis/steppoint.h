#pragma once

#include <QVector>
#include <QtGlobal>

namespace brickdesk {

// One step of a step series: `value` holds from `timestampMs` until the next point's time.
struct StepPoint
{
    qint64 timestampMs = 0;
    int value = 0;
    bool operator==(const StepPoint &) const = default;
};

using StepSeries = QVector<StepPoint>;

// Appends a step, keeping one point per timestamp and no repeated values; a series does not
// start with an unknown (negative) value.
inline void pushStep(StepSeries &series, qint64 ms, int value)
{
    if (!series.isEmpty() && series.constLast().timestampMs == ms) {
        series.last().value = value;
        if (series.size() >= 2 && series.at(series.size() - 2).value == value)
            series.removeLast();
        return;
    }
    if (series.isEmpty() ? value < 0 : series.constLast().value == value)
        return;
    series.append({ms, value});
}

// A half-open time interval [startMs, endMs).
struct TimeInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 durationMs() const { return endMs - startMs; }
    bool operator==(const TimeInterval &) const = default;
};

} // namespace brickdesk
