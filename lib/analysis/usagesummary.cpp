#include "analysis/usagesummary.h"

#include <QVector>

#include <algorithm>

namespace brickdesk {

UsageSummary summarizeUsage(
    const NodeTimeline &timeline, qint64 fromMs, qint64 toMs, double pricePerNodeHour, bool includeDriver)
{
    UsageSummary s;
    s.fromMs = fromMs;
    s.toMs = toMs;
    s.pricePerNodeHour = pricePerNodeHour;
    s.includeDriver = includeDriver;
    const StepSeries &actual = timeline.actualWorkers();
    if (actual.isEmpty() || toMs <= fromMs)
        return s;

    const qint64 from = std::max(fromMs, actual.constFirst().timestampMs);
    const qint64 to = std::min(toMs, timeline.endMs());
    s.nodeHours = timeline.nodeHours(fromMs, toMs, includeDriver);
    s.estimatedCost = s.nodeHours * pricePerNodeHour;
    s.upMs = timeline.upTimeMs(fromMs, std::min(toMs, timeline.endMs()));
    if (to <= from)
        return s;

    const double workerMs = timeline.integrate(actual, from, to);
    s.averageWorkers = workerMs / double(to - from);
    if (s.upMs > 0)
        s.averageWorkersWhileUp = workerMs / double(s.upMs);

    // Walk every change of any series in the window once; between two consecutive change
    // times all values are constant.
    QVector<qint64> cuts {from, to};
    for (const StepSeries *series : {&actual, &timeline.targetWorkers(), &timeline.maxWorkers()}) {
        for (const StepPoint &p : *series) {
            if (p.timestampMs > from && p.timestampMs < to)
                cuts.append(p.timestampMs);
        }
    }
    for (const TimeInterval &interval : timeline.upIntervals()) {
        for (qint64 ms : {interval.startMs, interval.endMs}) {
            if (ms > from && ms < to)
                cuts.append(ms);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const int workers = std::max(0, timeline.actualAt(cuts.at(i)));
        s.peakWorkers = std::max(s.peakWorkers, workers);
    }
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qint64 a = cuts.at(i);
        const qint64 length = cuts.at(i + 1) - a;
        const int workers = std::max(0, timeline.actualAt(a));
        const int target = timeline.targetAt(a);
        const int max = timeline.maxWorkersAt(a);
        const bool up = timeline.isUpAt(a);
        if (up && workers == s.peakWorkers)
            s.timeAtPeakMs += length;
        if (up && max >= 0 && workers >= max)
            s.timeAtMaxMs += length;
        if (up && target > workers)
            s.timeTargetAboveActualMs += length;
    }
    return s;
}

} // namespace brickdesk
