#pragma once

#include "analysis/steppoint.h"

#include <QPointF>
#include <QVector>

namespace brickdesk {

// Reduces a step series to what `columns` pixel columns spanning [fromMs, toMs] can show,
// keeping for every column the first, lowest, highest and last points (min/max per column),
// so no spike disappears however short: a one-second drop to 0 in a 30-day chart survives.
// The result is a subset of the input points (values and times unchanged, in order), preceded
// by a point at fromMs carrying the value in force there (when the series has started).
// At most 4 points per column + 1; series already small enough are returned clipped but intact.
StepSeries decimateSteps(const StepSeries &series, qint64 fromMs, qint64 toMs, int columns);

// The polyline that draws a step series over `columns` pixel columns spanning [fromMs, toMs]:
// stepLine() of the visible points while they are few (at most two per column), else one
// vertical stroke per column that has changes, from the value held when the column began
// through the lowest and highest values of its changes to its last value (so no spike
// disappears), each held until the next column with changes. A busy column costs at most four
// vertices where stepLine(decimateSteps()) costs eight: what the chart draws at every zoom,
// and the cost of a frame is the number of vertices. The line starts at fromMs with the value
// in force there (when the series has started) and holds its last value until
// min(endMs, toMs). offsetMs and floor as in stepLine(); fromMs and toMs are in the series'
// own time (before the offset).
QVector<QPointF> columnStepLine(const StepSeries &series, qint64 fromMs, qint64 toMs, int columns,
    qint64 endMs, qint64 offsetMs = 0, int floor = 0);

} // namespace brickdesk
