#pragma once

class QChart;

namespace brickdesk {

struct ChartColours;

// Gives a chart's background, title, legend, axes (lines, labels, titles) and grid the given
// colours, replacing Qt Charts' light theme. Series keep theirs (each chart sets them from the
// same ChartColours). Call it again after adding axes: a new axis starts in the theme's colours.
void applyChartStyle(QChart *chart, const ChartColours &colours);

} // namespace brickdesk
