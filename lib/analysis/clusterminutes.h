#pragma once

#include "analysis/nodetimeline.h"
#include "analysis/utilisation.h"

#include <QVector>

namespace brickdesk {

// One minute of a cluster as the findings and the what-if replay read it: node counts from
// the event timeline, CPU from the node timeline where there is one.
struct ClusterMinute
{
    qint64 minuteMs = 0;
    bool up = false;
    int workers = 0;
    int minWorkers = -1; // autoscale bounds; -1 fixed size or unknown
    int maxWorkers = -1;
    double cpuPercent = -1; // workers' average CPU (user + system); -1 unknown
};

// Pure: one entry per minute of [fromMs, toMs) (minutes start on whole minutes).
QVector<ClusterMinute> clusterMinutes(
    const NodeTimeline &timeline, const QVector<UtilisationSample> &utilisation, qint64 fromMs, qint64 toMs);

} // namespace brickdesk
