#pragma once

#include "analysis/nodechartdata.h"

#include <QPointF>
#include <QVector>

#include <array>

namespace brickdesk {

// What the node-count chart puts on screen for one visible range, computed off the GUI thread
// from the full-resolution NodeChartData: every series decimated to the plot's pixel columns
// (min and max per column, so no spike disappears), the down periods as an area's upper line,
// at most one marker per kind in each slot of a few columns, and a y axis with round ticks.
// Pure: no widgets, no I/O.
struct NodeChartFrame
{
    static constexpr int MarkerKinds = 4; // NodeChartMarker::Kind values
    static constexpr int MarkerSpacingPx = 8;

    qint64 fromMs = 0;
    qint64 toMs = 0;
    int columns = 0;
    QVector<QPointF> actual;
    QVector<QPointF> target;
    QVector<QPointF> bandMin;
    QVector<QPointF> bandMax;
    QVector<QPointF> down;
    QVector<QPointF> archived; // before data.archivedUntilMs: from the archive
    QVector<QPointF> compare;
    std::array<QVector<QPointF>, MarkerKinds> markerPoints;
    std::array<QVector<int>, MarkerKinds> markerIndices; // into NodeChartData::markers
    double yTop = 1;
    int yTicks = 2;
};

// compare (may be empty) is drawn shifted by compareOffsetMs onto data's time.
NodeChartFrame computeNodeChartFrame(const NodeChartData &data, const NodeChartData &compare,
    qint64 compareOffsetMs, qint64 fromMs, qint64 toMs, int columns);

} // namespace brickdesk
