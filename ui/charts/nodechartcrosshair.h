#pragma once

#include "analysis/nodechartdata.h"

#include <QString>

class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QRectF;

namespace brickdesk {

struct ChartColours;

// The node-count chart's crosshair: a dotted vertical line at a time and, beside it (on the side
// with room), a box that reads the exact counts there. The items belong to the chart they are
// drawn on; their words keep the chart's translation context.
class NodeChartCrosshair final
{
public:
    // Creates the (hidden) items on `chart`.
    explicit NodeChartCrosshair(QGraphicsItem *chart);

    void applyColours(const ChartColours &colours);
    // Shows the line at `x` (chart coordinates) across `plot`, and the box reading `text`.
    void show(const QRectF &plot, double x, const QString &text);
    void hide();

    // What the box reads at `timeMs`: the time, then "Cluster down" or the actual and target
    // counts, the autoscale bounds when set, and the compared series' count at the same place.
    static QString readout(
        const NodeChartData &data, const NodeChartData &compare, qint64 compareOffset, qint64 timeMs);

private:
    QGraphicsLineItem *m_line = nullptr;
    QGraphicsRectItem *m_box = nullptr;
    QGraphicsSimpleTextItem *m_label = nullptr;
};

} // namespace brickdesk
