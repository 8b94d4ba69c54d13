#include "analysis/nodechartcsv.h"

#include "analysis/nodetimeline.h"

#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

namespace brickdesk {

QByteArray nodeChartCsv(
    const NodeChartData &data, const NodeChartData &compare, qint64 compareOffsetMs, qint64 from, qint64 to)
{
    QVector<qint64> times;
    auto collect = [&](const StepSeries &series, qint64 offset) {
        for (const StepPoint &p : series) {
            const qint64 t = p.timestampMs + offset;
            if (t >= from && t <= to)
                times.append(t);
        }
    };
    collect(data.actual, 0);
    collect(data.target, 0);
    collect(data.autoscaleMin, 0);
    collect(data.autoscaleMax, 0);
    for (const TimeInterval &interval : data.down) {
        for (qint64 t : {interval.startMs, interval.endMs}) {
            if (t >= from && t <= to)
                times.append(t);
        }
    }
    const bool withCompare = !compare.isEmpty();
    if (withCompare)
        collect(compare.actual, compareOffsetMs);
    times.append(from);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    QByteArray out;
    QTextStream stream(&out);
    const char *unit = data.unit == NodeChartUnit::Vcpus ? "vcpus" : "workers";
    stream << "time_utc,epoch_ms,actual_" << unit << ",target_" << unit
           << ",autoscale_min,autoscale_max,cluster_up";
    if (withCompare)
        stream << ",compare_actual_" << (compare.unit == NodeChartUnit::Vcpus ? "vcpus" : "workers");
    stream << '\n';
    const auto cell = [](int v) { return v < 0 ? QString() : QString::number(v); };
    auto down = data.down.cbegin(); // the times are sorted: sweep the down intervals once
    for (qint64 t : times) {
        while (down != data.down.cend() && down->endMs <= t)
            ++down;
        const bool up = down == data.down.cend() || t < down->startMs;
        stream << QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODateWithMs) << ',' << t
               << ',' << cell(NodeTimeline::valueAt(data.actual, t)) << ','
               << cell(NodeTimeline::valueAt(data.target, t)) << ','
               << cell(NodeTimeline::valueAt(data.autoscaleMin, t)) << ','
               << cell(NodeTimeline::valueAt(data.autoscaleMax, t)) << ',' << (up ? "1" : "0");
        if (withCompare)
            stream << ',' << cell(NodeTimeline::valueAt(compare.actual, t - compareOffsetMs));
        stream << '\n';
    }
    stream.flush();
    return out;
}

} // namespace brickdesk
