#pragma once

#include "analysis/steppoint.h"

namespace brickdesk {

// Reduces a step series to what `columns` pixel columns spanning [fromMs, toMs] can show,
// keeping for every column the first, lowest, highest and last points (min/max per column),
// so no spike disappears however short: a one-second drop to 0 in a 30-day chart survives.
// The result is a subset of the input points (values and times unchanged, in order), preceded
// by a point at fromMs carrying the value in force there (when the series has started).
// At most 4 points per column + 1; series already small enough are returned clipped but intact.
StepSeries decimateSteps(const StepSeries &series, qint64 fromMs, qint64 toMs, int columns);

} // namespace brickdesk
