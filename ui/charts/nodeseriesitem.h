#pragma once

#include "analysis/nodechartframe.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPen>
#include <QPixmap>
#include <QPolygonF>

#include <array>
#include <utility>

namespace brickdesk {

// The node-count chart's dense series (down periods, autoscale band, compared, target and actual
// workers) and its event markers, painted over the chart's plot area as plain segments and small
// pixmaps. Qt Charts' own series cost the GUI thread far more than the drawing itself on every
// zoom step: each new set of points is stroked into a hover shape, every scatter point is a
// graphics item of its own, and all are laid out again when the axis moves. This item has no
// shape and takes no mouse or hover events (the view finds the marker under the pointer with
// markerAt(), and its crosshair reads the data), and maps its points only when painted. The
// empty Qt Charts series stay on the chart for the legend. Points are in chart coordinates
// (epoch ms, count) as NodeChartFrame has them.
class NodeSeriesItem final : public QGraphicsItem
{
public:
    enum Layer { Down, Band, Compare, Target, Actual, Layers };
    static constexpr int MarkerKinds = NodeChartFrame::MarkerKinds;
    enum class MarkerShape { Triangle, Circle, Square, Diamond };
    struct MarkerStyle
    {
        MarkerShape shape = MarkerShape::Circle;
        QColor fill;
        QColor border;
        double size = 10;
    };

    explicit NodeSeriesItem(QGraphicsItem *parent = nullptr);

    // What a frame draws; the vectors are implicitly shared with the frame.
    void setFrame(const NodeChartFrame &frame);
    // The plot area in the parent's coordinates, and the axes' ranges it spans.
    void setGeometry(const QRectF &plotArea, qint64 fromMs, qint64 toMs, double yTop);
    void setStyle(Layer layer, const QPen &pen, const QBrush &brush = Qt::NoBrush);
    void setMarkerStyle(int kind, const MarkerStyle &style);

    const QVector<QPointF> &points(Layer layer) const { return m_points[layer]; }
    // The autoscale band's lower edge (points(Band) is the upper one).
    const QVector<QPointF> &bandLower() const { return m_bandLower; }
    const QVector<QPointF> &markers(int kind) const { return m_markers[kind]; }
    // The topmost marker drawn at pos (in the parent's coordinates), give or take two pixels:
    // its kind and its index in markers(kind); {-1, -1} when none is.
    std::pair<int, int> markerAt(const QPointF &pos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF mapped(const QVector<QPointF> &points) const;
    static void stroke(QPainter *painter, const QPolygonF &line);
    void paintMarkers(QPainter *painter);
    static void drawMarker(QPainter *painter, const MarkerStyle &style, const QPointF &center);

    std::array<QVector<QPointF>, Layers> m_points;
    QVector<QPointF> m_bandLower;
    std::array<QPen, Layers> m_pens;
    std::array<QBrush, Layers> m_brushes;
    std::array<QVector<QPointF>, MarkerKinds> m_markers;
    std::array<MarkerStyle, MarkerKinds> m_markerStyles;
    std::array<QPixmap, MarkerKinds> m_sprites; // each kind's marker, drawn once per pixel ratio
    QRectF m_plot;
    double m_fromX = 0;
    double m_toX = 1;
    double m_yTop = 1;
};

} // namespace brickdesk
