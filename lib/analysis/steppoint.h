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

// A half-open time interval [startMs, endMs).
struct TimeInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 durationMs() const { return endMs - startMs; }
    bool operator==(const TimeInterval &) const = default;
};

} // namespace brickdesk
