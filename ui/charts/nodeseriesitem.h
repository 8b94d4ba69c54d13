#pragma once

#include "analysis/nodechartframe.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>

#include <array>

namespace brickdesk {

// The node-count chart's dense series (down periods, autoscale band, compared, target and actual
// workers), painted as plain polylines over the chart's plot area. Qt Charts' own line and area
// series cost the GUI thread far more than the drawing itself on every zoom step: each new set of
// points is stroked into a hover shape and laid out again when the axis moves. This item has no
// shape, takes no mouse or hover events (the view's crosshair reads the data instead), and maps
// its points only when painted. The empty QLineSeries/QAreaSeries stay on the chart for the
// legend. Series are stored in chart coordinates (epoch ms, count) as NodeChartFrame has them.
class NodeSeriesItem final : public QGraphicsItem
{
public:
    enum Layer { Down, Band, Compare, Target, Actual, Layers };

    explicit NodeSeriesItem(QGraphicsItem *parent = nullptr);

    // What a frame draws; the vectors are implicitly shared with the frame.
    void setFrame(const NodeChartFrame &frame);
    // The plot area in the parent's coordinates, and the axes' ranges it spans.
    void setGeometry(const QRectF &plotArea, qint64 fromMs, qint64 toMs, double yTop);
    void setStyle(Layer layer, const QPen &pen, const QBrush &brush = Qt::NoBrush);

    const QVector<QPointF> &points(Layer layer) const { return m_points[layer]; }
    // The autoscale band's lower edge (points(Band) is the upper one).
    const QVector<QPointF> &bandLower() const { return m_bandLower; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF mapped(const QVector<QPointF> &points) const;
    static void stroke(QPainter *painter, const QPolygonF &line);

    std::array<QVector<QPointF>, Layers> m_points;
    QVector<QPointF> m_bandLower;
    std::array<QPen, Layers> m_pens;
    std::array<QBrush, Layers> m_brushes;
    QRectF m_plot;
    double m_fromX = 0;
    double m_toX = 1;
    double m_yTop = 1;
};

} // namespace brickdesk
