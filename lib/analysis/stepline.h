#pragma once

#include "analysis/steppoint.h"

#include <QPointF>
#include <QVector>

namespace brickdesk {

// The polyline that draws a step series (see analysis/steppoint.h): (xᵢ, yᵢ₋₁) before each
// (xᵢ, yᵢ), and the last value held until endMs, because Qt Charts has no step series.
// offsetMs moves every point in time (to overlay another window); negative values are drawn
// as `floor` (unknown bounds collapse instead of dipping below the axis).
QVector<QPointF> stepLine(const StepSeries &series, qint64 endMs, qint64 offsetMs = 0, int floor = 0);

} // namespace brickdesk
