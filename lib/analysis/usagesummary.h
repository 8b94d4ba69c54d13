#pragma once

#include "analysis/nodetimeline.h"

namespace brickdesk {

// Node-hours and cost of a cluster over a window, from its node-count timeline.
struct UsageSummary
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double nodeHours = 0; // workers, plus the driver while up when includeDriver
    double averageWorkers = 0; // time-weighted over the part of the window the timeline covers
    double averageWorkersWhileUp = 0;
    int peakWorkers = 0;
    qint64 upMs = 0;
    qint64 timeAtPeakMs = 0; // time with actual == peakWorkers (while up)
    qint64 timeAtMaxMs = 0; // time with actual >= the autoscale max, where the max is known
    qint64 timeTargetAboveActualMs = 0; // time waiting for nodes (target > actual)
    double pricePerNodeHour = 0;
    double estimatedCost = 0; // nodeHours x pricePerNodeHour
    bool includeDriver = false;
};

UsageSummary summarizeUsage(const NodeTimeline &timeline, qint64 fromMs, qint64 toMs,
    double pricePerNodeHour = 0, bool includeDriver = false);

} // namespace brickdesk
