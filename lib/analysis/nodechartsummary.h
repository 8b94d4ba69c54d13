#pragma once

#include "analysis/nodechartdata.h"

#include <QString>

namespace brickdesk {

// What the node-count chart shows in a window, in numbers: what a screen reader says instead
// of the lines (the chart's accessible description) and what tests compare.
struct NodeChartSummary
{
    bool hasValues = false; // no actual count is known in the window otherwise
    int lowest = 0; // the actual count (workers or vCPUs, as data.unit says)
    int highest = 0;
    int resizes = 0; // changes of the target while the cluster was up
    qint64 downMs = 0; // time the cluster was down within the window
    int nodesLost = 0; // "nodes lost" markers in the window
};

// The window is [fromMs, toMs]: the value holding at fromMs counts, as do the changes up to toMs.
NodeChartSummary summarizeNodeChart(const NodeChartData &data, qint64 fromMs, qint64 toMs);

// The summary in one sentence, e.g. "Workers from 3 to 12 between 1 Dec 09:00 and 3 Dec 09:00;
// 4 resizes; down for 2 h 10 min; nodes lost twice.", with the compared series' range after it
// when there is one (its times shifted by compareOffsetMs, as the chart draws them).
QString describeNodeChart(const NodeChartData &data, const NodeChartData &compare, qint64 compareOffsetMs,
    qint64 fromMs, qint64 toMs);

} // namespace brickdesk
