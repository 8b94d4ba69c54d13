#pragma once

#include "analysis/nodechartdata.h"

#include <QByteArray>

namespace brickdesk {

// The chart's series at full resolution within [from, to], one row per change (and one at
// `from`): time (UTC, ISO 8601 with ms), epoch ms, actual and target workers (or vCPUs, as the
// header says), autoscale bounds (in workers), whether the cluster was up, and the compared
// series' actual count when there is one.
// Unknown values are empty cells. Every cell is a number or a time, never text from a server.
QByteArray nodeChartCsv(
    const NodeChartData &data, const NodeChartData &compare, qint64 compareOffsetMs, qint64 from, qint64 to);

} // namespace brickdesk
