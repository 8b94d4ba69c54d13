#include "analysis/clusterminutes.h"

#include <QHash>

#include <algorithm>

namespace brickdesk {

QVector<ClusterMinute> clusterMinutes(
    const NodeTimeline &timeline, const QVector<UtilisationSample> &utilisation, qint64 fromMs, qint64 toMs)
{
    constexpr qint64 kMinute = 60'000;
    QHash<qint64, double> cpu;
    cpu.reserve(utilisation.size());
    for (const UtilisationSample &s : utilisation)
        cpu.insert(s.minuteMs / kMinute * kMinute, s.cpuPercent);
    QVector<ClusterMinute> out;
    const qint64 first = (fromMs + kMinute - 1) / kMinute * kMinute;
    if (toMs <= first)
        return out;
    out.reserve(qsizetype((toMs - first) / kMinute));
    for (qint64 m = first; m < toMs; m += kMinute) {
        ClusterMinute c;
        c.minuteMs = m;
        c.up = timeline.isUpAt(m);
        c.workers = c.up ? std::max(0, timeline.actualAt(m)) : 0;
        c.minWorkers = timeline.minWorkersAt(m);
        c.maxWorkers = timeline.maxWorkersAt(m);
        c.cpuPercent = cpu.value(m, -1);
        out.append(c);
    }
    return out;
}

} // namespace brickdesk
