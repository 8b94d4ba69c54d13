#include "analysis/utilisation.h"

#include <algorithm>

namespace brickdesk {

UtilisationSummary summarizeUtilisation(const QVector<UtilisationSample> &input, double idleThresholdPercent)
{
    constexpr qint64 kMinute = 60'000;
    QVector<UtilisationSample> samples = input;
    std::sort(samples.begin(), samples.end(),
        [](const UtilisationSample &a, const UtilisationSample &b) { return a.minuteMs < b.minuteMs; });
    UtilisationSummary out;
    out.idleThresholdPercent = idleThresholdPercent;
    double cpuSum = 0;
    double memSum = 0;
    for (const UtilisationSample &s : samples) {
        if (s.workers <= 0)
            continue;
        out.workerMinutes += s.workers;
        cpuSum += s.cpuPercent * s.workers;
        memSum += s.memPercent * s.workers;
        if (s.cpuPercent >= idleThresholdPercent)
            continue;
        out.idleWorkerMinutes += s.workers;
        if (!out.idleStretches.isEmpty() && out.idleStretches.last().endMs == s.minuteMs)
            out.idleStretches.last().endMs = s.minuteMs + kMinute;
        else
            out.idleStretches.append({s.minuteMs, s.minuteMs + kMinute});
    }
    if (out.workerMinutes > 0) {
        out.averageCpuPercent = cpuSum / double(out.workerMinutes);
        out.averageMemPercent = memSum / double(out.workerMinutes);
    }
    return out;
}

} // namespace brickdesk
