#include "analysis/nodechartbuilder.h"

#include "analysis/eventsummary.h"

#include <QLocale>

#include <algorithm>

namespace brickdesk {

namespace {

// vCPUs are reported by the events of the newer autoscalers only, and no configuration states
// them, so the series hold the reported samples: each value until the next sample, 0 from a
// termination, and no nodes yet from a start until the first sample says otherwise.
void buildVcpuSeries(const QVector<ClusterEvent> &events, NodeChartData &data)
{
    using Type = ClusterEvent::Type;
    bool reported = false;
    for (const ClusterEvent &event : events) {
        const qint64 t = event.timestamp();
        if (event.type() == Type::Terminating) {
            if (reported) {
                pushStep(data.actualVcpus, t, 0);
                pushStep(data.targetVcpus, t, 0);
            }
            continue;
        }
        if (reported && (event.type() == Type::Creating || event.type() == Type::Starting))
            pushStep(data.actualVcpus, t, 0);
        if (event.hasCurrentVcpus())
            pushStep(data.actualVcpus, t, event.currentVcpus());
        if (event.hasTargetVcpus())
            pushStep(data.targetVcpus, t, event.targetVcpus());
        reported = reported || event.hasCurrentVcpus() || event.hasTargetVcpus();
    }
}

} // namespace

bool nodeChartMarkerKind(ClusterEvent::Type type, NodeChartMarker::Kind *kind)
{
    using Type = ClusterEvent::Type;
    switch (type) {
    case Type::NodesLost:
    case Type::AddNodesFailed:
        *kind = NodeChartMarker::Kind::NodesLost;
        return true;
    case Type::Restarting:
    case Type::Starting:
    case Type::Creating:
        *kind = NodeChartMarker::Kind::Restart;
        return true;
    case Type::Edited:
        *kind = NodeChartMarker::Kind::Edit;
        return true;
    case Type::Terminating:
        *kind = NodeChartMarker::Kind::Termination;
        return true;
    default:
        return false;
    }
}

NodeChartData buildNodeChartData(
    const NodeTimeline &timeline, const QVector<ClusterEvent> &events, const QString &label)
{
    NodeChartData data;
    data.label = label;
    if (timeline.isEmpty())
        return data;
    data.startMs = timeline.startMs();
    data.endMs = timeline.endMs();
    data.actual = timeline.actualWorkers();
    data.target = timeline.targetWorkers();
    data.autoscaleMin = timeline.minWorkers();
    data.autoscaleMax = timeline.maxWorkers();

    // Down = the complement of the up intervals within the timeline's span.
    qint64 cursor = data.startMs;
    for (const TimeInterval &up : timeline.upIntervals()) {
        if (up.startMs > cursor)
            data.down.append({cursor, up.startMs});
        cursor = std::max(cursor, up.endMs);
    }
    if (cursor < data.endMs)
        data.down.append({cursor, data.endMs});

    const QLocale locale;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ClusterEvent &event = events.at(i);
        NodeChartMarker marker;
        if (!nodeChartMarkerKind(event.type(), &marker.kind))
            continue;
        marker.timeMs = event.timestamp();
        marker.eventIndex = int(i);
        // Sit on the line just before the event (lost nodes drop from there).
        const int before = timeline.actualAt(event.timestamp() - 1);
        const int after = timeline.actualAt(event.timestamp());
        marker.value = std::max({before, after, 0});
        marker.tooltip = locale.toString(event.dateTime().toLocalTime(), QLocale::ShortFormat) + u'\n'
            + EventSummary::summary(event, before);
        data.markers.append(marker);
    }
    buildVcpuSeries(events, data);
    return data;
}

namespace {

StepSeries windowOfSteps(const StepSeries &series, qint64 fromMs, qint64 toMs)
{
    const auto after = [](qint64 value, const StepPoint &point) { return value < point.timestampMs; };
    auto it = std::upper_bound(series.cbegin(), series.cend(), fromMs, after);
    const auto end = std::upper_bound(it, series.cend(), toMs, after);
    if (it == series.cbegin() && end == series.cend())
        return series; // shared, not copied
    StepSeries out;
    out.reserve(end - it + 1);
    if (it != series.cbegin())
        out.append({fromMs, std::prev(it)->value});
    out.append(StepSeries(it, end));
    return out;
}

} // namespace

NodeChartData windowOfNodeChart(const NodeChartData &data, qint64 fromMs, qint64 toMs)
{
    NodeChartData out = data;
    if (data.isEmpty())
        return out;
    out.startMs = std::max(data.startMs, fromMs);
    out.endMs = std::min(data.endMs, toMs);
    for (StepSeries NodeChartData::*series :
        {&NodeChartData::actual, &NodeChartData::target, &NodeChartData::autoscaleMin,
            &NodeChartData::autoscaleMax, &NodeChartData::actualVcpus, &NodeChartData::targetVcpus})
        out.*series = windowOfSteps(data.*series, out.startMs, out.endMs);
    out.down.clear();
    for (const TimeInterval &interval : data.down) {
        const TimeInterval cut {std::max(interval.startMs, out.startMs), std::min(interval.endMs, out.endMs)};
        if (cut.endMs > cut.startMs)
            out.down.append(cut);
    }
    out.markers.removeIf(
        [&](const NodeChartMarker &m) { return m.timeMs < out.startMs || m.timeMs > out.endMs; });
    return out;
}

NodeChartData inVcpus(const NodeChartData &data)
{
    if (!data.hasVcpus() || data.unit == NodeChartUnit::Vcpus)
        return data;
    NodeChartData vcpus = data;
    vcpus.unit = NodeChartUnit::Vcpus;
    vcpus.actual = data.actualVcpus;
    vcpus.target = data.targetVcpus;
    vcpus.autoscaleMin.clear();
    vcpus.autoscaleMax.clear();
    for (NodeChartMarker &marker : vcpus.markers) {
        const int before = NodeTimeline::valueAt(vcpus.actual, marker.timeMs - 1);
        const int after = NodeTimeline::valueAt(vcpus.actual, marker.timeMs);
        marker.value = std::max({before, after, 0});
    }
    return vcpus;
}

} // namespace brickdesk
