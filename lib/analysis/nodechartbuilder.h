#pragma once

#include "analysis/nodechartdata.h"
#include "analysis/nodetimeline.h"
#include "domain/clusterevent.h"

#include <QVector>

namespace brickdesk {

// Turns a cluster's node timeline and its events into what the node-count chart draws: the
// step series (shared with the timeline, not copied), the periods the cluster was down inside
// the timeline's span, and one marker per event that matters (nodes lost, restarts, edits,
// terminations) with its one-line summary as tooltip, and the vCPU series where the events
// report vCPUs. Pure; runs on a worker thread.
//
// Marker eventIndex values index into `events`, which must be the list the event log shows
// (ascending time), so that a click on the chart selects the right row.
NodeChartData buildNodeChartData(
    const NodeTimeline &timeline, const QVector<ClusterEvent> &events, const QString &label);

// The same chart counted in vCPUs: the vCPU series drawn as actual and target, no autoscale
// band (its bounds are set in workers), markers on the vCPU line. Data without vCPUs comes back
// unchanged, still in workers.
NodeChartData inVcpus(const NodeChartData &data);

// The part of chart data within [fromMs, toMs]: each series starts at fromMs with the value in
// force there, nothing after toMs, down periods and markers cut to the window.
NodeChartData windowOfNodeChart(const NodeChartData &data, qint64 fromMs, qint64 toMs);

// The marker kind an event gets, if any.
bool nodeChartMarkerKind(ClusterEvent::Type type, NodeChartMarker::Kind *kind);

} // namespace brickdesk
