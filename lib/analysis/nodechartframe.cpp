#include "analysis/nodechartframe.h"

#include "analysis/decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace brickdesk {

namespace {

// The autoscale band's two edges on common change times, both 0 wherever either is unknown.
void bandBounds(const StepSeries &min, const StepSeries &max, StepSeries *lower, StepSeries *upper)
{
    qsizetype i = 0;
    qsizetype j = 0;
    int minValue = -1;
    int maxValue = -1;
    while (i < min.size() || j < max.size()) {
        qint64 t = std::numeric_limits<qint64>::max();
        if (i < min.size())
            t = min.at(i).timestampMs;
        if (j < max.size())
            t = std::min(t, max.at(j).timestampMs);
        while (i < min.size() && min.at(i).timestampMs == t)
            minValue = min.at(i++).value;
        while (j < max.size() && max.at(j).timestampMs == t)
            maxValue = max.at(j++).value;
        const bool known = minValue >= 0 && maxValue >= 0;
        lower->append({t, known ? minValue : 0});
        upper->append({t, known ? maxValue : 0});
    }
}

double visibleMax(const QVector<QPointF> &line)
{
    double top = 0;
    for (const QPointF &p : line)
        top = std::max(top, p.y());
    return top;
}

} // namespace

NodeChartFrame computeNodeChartFrame(const NodeChartData &data, const NodeChartData &compare,
    qint64 compareOffset, qint64 fromMs, qint64 toMs, int columns)
{
    NodeChartFrame f;
    f.fromMs = fromMs;
    f.toMs = toMs;
    f.columns = columns;
    const double from = double(fromMs);
    const double to = double(toMs);
    const qint64 end = std::max(data.endMs, fromMs);
    f.actual = columnStepLine(data.actual, fromMs, toMs, columns, end);
    f.target = columnStepLine(data.target, fromMs, toMs, columns, end);
    // Where either bound is unknown (-1) the band collapses onto the axis.
    StepSeries bandMin;
    StepSeries bandMax;
    bandBounds(data.autoscaleMin, data.autoscaleMax, &bandMin, &bandMax);
    f.bandMin = columnStepLine(bandMin, fromMs, toMs, columns, end);
    f.bandMax = columnStepLine(bandMax, fromMs, toMs, columns, end);
    if (!compare.isEmpty()) {
        // Decimated in the compared series' own time, then moved onto ours.
        f.compare = columnStepLine(compare.actual, fromMs - compareOffset, toMs - compareOffset, columns,
            compare.endMs, compareOffset);
    }

    const double top = std::max(
        {visibleMax(f.actual), visibleMax(f.target), visibleMax(f.bandMax), visibleMax(f.compare), 1.0});
    // A round top and step so the integer labels read well (at most ~8 intervals).
    const double wanted = top * 1.1 + 0.5;
    double step = 1;
    for (double base = 1; wanted / step > 8; base *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            step = base * m;
            if (wanted / step <= 8)
                break;
        }
    }
    f.yTicks = int(std::ceil(wanted / step)) + 1;
    f.yTop = step * (f.yTicks - 1);

    // Down periods as rectangles of an area series' upper line.
    f.down.append(QPointF(from, 0));
    for (const TimeInterval &interval : data.down) {
        if (interval.endMs < fromMs || interval.startMs > toMs)
            continue;
        const double s = std::max(from, double(interval.startMs));
        const double e = std::min(to, double(interval.endMs));
        f.down.append({QPointF(s, 0), QPointF(s, f.yTop), QPointF(e, f.yTop), QPointF(e, 0)});
    }
    f.down.append(QPointF(to, 0));

    // The stretch read from the archive, the same way (empty when none is visible).
    if (data.archivedUntilMs > fromMs) {
        const double e = std::min(to, double(data.archivedUntilMs));
        f.archived = {QPointF(from, 0), QPointF(from, f.yTop), QPointF(e, f.yTop), QPointF(e, 0)};
    }

    // Markers: the visible ones, at most one per kind in each slot of MarkerSpacingPx pixel
    // columns. Closer ones would overlap anyway, and Qt Charts makes a graphics item per scatter
    // point: at 100,000 events, thousands of them made every zoom step slow.
    const double width = (to - from) / std::max(columns, 1) * NodeChartFrame::MarkerSpacingPx;
    std::array<int, NodeChartFrame::MarkerKinds> lastColumn;
    lastColumn.fill(-1);
    const auto firstVisible = std::lower_bound(data.markers.cbegin(), data.markers.cend(), fromMs,
        [](const NodeChartMarker &m, qint64 t) { return m.timeMs < t; });
    for (auto it = firstVisible; it != data.markers.cend() && it->timeMs <= toMs; ++it) {
        const int kind = int(it->kind);
        const int column = int((double(it->timeMs) - from) / width);
        if (column == lastColumn[kind])
            continue;
        lastColumn[kind] = column;
        f.markerPoints[kind].append(QPointF(double(it->timeMs), it->value));
        f.markerIndices[kind].append(int(it - data.markers.cbegin()));
    }
    return f;
}

} // namespace brickdesk
