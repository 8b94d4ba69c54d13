#include "charts/nodeseriesitem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace brickdesk {

NodeSeriesItem::NodeSeriesItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // Clicks and hovers go to the markers above and to the view: nothing here to pick.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    m_pens.fill(Qt::NoPen);
    m_brushes.fill(Qt::NoBrush);
}

void NodeSeriesItem::setFrame(const NodeChartFrame &frame)
{
    m_points[Down] = frame.down;
    m_points[Band] = frame.bandMax;
    m_bandLower = frame.bandMin;
    m_points[Compare] = frame.compare;
    m_points[Target] = frame.target;
    m_points[Actual] = frame.actual;
    m_markers = frame.markerPoints;
    update();
}

void NodeSeriesItem::setGeometry(const QRectF &plotArea, qint64 fromMs, qint64 toMs, double yTop)
{
    if (plotArea != m_plot)
        prepareGeometryChange();
    m_plot = plotArea;
    m_fromX = double(fromMs);
    m_toX = double(std::max(toMs, fromMs + 1));
    m_yTop = yTop > 0 ? yTop : 1.0;
    update();
}

void NodeSeriesItem::setStyle(Layer layer, const QPen &pen, const QBrush &brush)
{
    m_pens[layer] = pen;
    m_brushes[layer] = brush;
    update();
}

void NodeSeriesItem::setMarkerStyle(int kind, const MarkerStyle &style)
{
    m_markerStyles[kind] = style;
    m_sprites[kind] = {};
    update();
}

std::pair<int, int> NodeSeriesItem::markerAt(const QPointF &pos) const
{
    if (!m_plot.contains(pos))
        return {-1, -1};
    const double sx = m_plot.width() / (m_toX - m_fromX);
    const double sy = m_plot.height() / m_yTop;
    // The topmost marker drawn under the pointer (later kinds, and later points of a kind, are
    // painted over earlier ones): what the user sees there is what they point at.
    for (int kind = MarkerKinds - 1; kind >= 0; --kind) {
        const double reach = m_markerStyles[kind].size / 2 + 2;
        const QVector<QPointF> &points = m_markers[kind];
        for (qsizetype i = points.size() - 1; i >= 0; --i) {
            const double x = m_plot.left() + (points.at(i).x() - m_fromX) * sx;
            const double y = m_plot.bottom() - points.at(i).y() * sy;
            if (std::abs(x - pos.x()) <= reach && std::abs(y - pos.y()) <= reach)
                return {kind, int(i)};
        }
    }
    return {-1, -1};
}

QRectF NodeSeriesItem::boundingRect() const
{
    return m_plot;
}

QPolygonF NodeSeriesItem::mapped(const QVector<QPointF> &points) const
{
    const double sx = m_plot.width() / (m_toX - m_fromX);
    const double sy = m_plot.height() / m_yTop;
    const double left = m_plot.left();
    const double bottom = m_plot.bottom();
    QPolygonF polygon(points.size());
    std::transform(points.cbegin(), points.cend(), polygon.begin(),
        [&](const QPointF &p) { return QPointF(left + (p.x() - m_fromX) * sx, bottom - p.y() * sy); });
    return polygon;
}

void NodeSeriesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_plot.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_plot);
    painter->setPen(Qt::NoPen);
    if (m_points[Down].size() > 2) {
        painter->setBrush(m_brushes[Down]);
        painter->drawPolygon(mapped(m_points[Down]));
    }
    const QVector<QPointF> &upper = m_points[Band];
    if (upper.size() > 1 && m_bandLower.size() > 1) {
        // The area between the two edges: along the upper one, back along the lower one.
        const QPolygonF upperLine = mapped(upper);
        const QPolygonF lowerLine = mapped(m_bandLower);
        QPolygonF area = upperLine;
        area.reserve(area.size() + lowerLine.size());
        std::copy(lowerLine.crbegin(), lowerLine.crend(), std::back_inserter(area));
        painter->setBrush(m_brushes[Band]);
        painter->drawPolygon(area);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(m_pens[Band]);
        stroke(painter, upperLine);
        stroke(painter, lowerLine);
    }
    painter->setBrush(Qt::NoBrush);
    for (Layer layer : {Compare, Target, Actual}) {
        if (m_points[layer].size() < 2)
            continue;
        painter->setPen(m_pens[layer]);
        stroke(painter, mapped(m_points[layer]));
    }
    paintMarkers(painter);
    painter->restore();
}

void NodeSeriesItem::drawMarker(QPainter *painter, const MarkerStyle &style, const QPointF &center)
{
    painter->setPen(QPen(style.border, 1));
    painter->setBrush(style.fill);
    const double h = style.size / 2;
    const double x = center.x();
    const double y = center.y();
    switch (style.shape) {
    case MarkerShape::Circle:
        painter->drawEllipse(center, h, h);
        break;
    case MarkerShape::Square:
        painter->drawRect(QRectF(x - h, y - h, style.size, style.size));
        break;
    case MarkerShape::Triangle: {
        const QPointF corners[] = {{x, y - h}, {x + h, y + h}, {x - h, y + h}};
        painter->drawPolygon(corners, 3);
        break;
    }
    case MarkerShape::Diamond: {
        const QPointF corners[] = {{x, y - h}, {x + h, y}, {x, y + h}, {x - h, y}};
        painter->drawPolygon(corners, 4);
        break;
    }
    }
}

void NodeSeriesItem::paintMarkers(QPainter *painter)
{
    // On screen each marker is a small pixmap drawn once per kind (hundreds are visible when
    // zoomed out; as Qt Charts' scatter items, each cost a graphics item's paint); elsewhere (SVG)
    // shapes.
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double sx = m_plot.width() / (m_toX - m_fromX);
    const double sy = m_plot.height() / m_yTop;
    for (int kind = 0; kind < MarkerKinds; ++kind) {
        const QVector<QPointF> &points = m_markers[kind];
        if (points.isEmpty())
            continue;
        const MarkerStyle &style = m_markerStyles[kind];
        const double half = style.size / 2 + 1; // the border's width around the shape
        QPixmap &sprite = m_sprites[kind];
        if (raster && (sprite.isNull() || sprite.devicePixelRatio() != ratio)) {
            sprite = QPixmap(QSize(int(std::ceil(2 * half * ratio)), int(std::ceil(2 * half * ratio))));
            sprite.setDevicePixelRatio(ratio);
            sprite.fill(Qt::transparent);
            QPainter p(&sprite);
            p.setRenderHint(QPainter::Antialiasing);
            drawMarker(&p, style, QPointF(half, half));
        }
        for (const QPointF &point : points) {
            const QPointF center(
                m_plot.left() + (point.x() - m_fromX) * sx, m_plot.bottom() - point.y() * sy);
            if (raster)
                painter->drawPixmap(
                    QPointF(std::round(center.x() - half), std::round(center.y() - half)), sprite);
            else
                drawMarker(painter, style, center);
        }
    }
}

void NodeSeriesItem::stroke(QPainter *painter, const QPolygonF &line)
{
    if (painter->paintEngine() && painter->paintEngine()->type() != QPaintEngine::Raster) {
        // SVG, print: one polyline element, not thousands of lines.
        painter->drawPolyline(line);
        return;
    }
    // On screen, as separate segments: the raster engine rasterises each wide solid segment
    // directly, while one polyline of thousands of vertical steps is stroked into a single
    // polygon whose scan conversion took over 300 ms a frame at 4,000 points (Qt Charts' own
    // line series draw segment by segment too, for the same reason). The vertical strokes of a
    // pixel column (from the held value through the column's lowest and highest to its last)
    // overlap: one segment from the lowest to the highest covers the same pixels.
    QVarLengthArray<QLineF, 1024> segments;
    segments.reserve(line.size());
    qsizetype i = 0;
    while (i + 1 < line.size()) {
        const QPointF from = line.at(i);
        qsizetype j = i + 1;
        if (line.at(j).x() != from.x()) {
            segments.append(QLineF(from, line.at(j)));
            i = j;
            continue;
        }
        double low = from.y();
        double high = from.y();
        for (; j < line.size() && line.at(j).x() == from.x(); ++j) {
            low = std::min(low, line.at(j).y());
            high = std::max(high, line.at(j).y());
        }
        segments.append(QLineF(from.x(), low, from.x(), high));
        i = j - 1;
    }
    painter->drawLines(segments.constData(), int(segments.size()));
}

} // namespace brickdesk
