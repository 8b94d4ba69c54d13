#include "nodecountchart.h"

#include "analysis/decimation.h"
#include "analysis/nodetimeline.h"
#include "charts/stepline.h"

#include <QAreaSeries>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFutureWatcher>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScopedValueRollback>
#include <QSvgGenerator>
#include <QTextStream>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr int MarkerKinds = 4;
constexpr qint64 MinimumSpanMs = 60 * 1000;
constexpr int MarkerSpacingPx = 8;

// Everything the worker thread produces for one frame.
struct Frame
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int columns = 0;
    QVector<QPointF> actual;
    QVector<QPointF> target;
    QVector<QPointF> bandMin;
    QVector<QPointF> bandMax;
    QVector<QPointF> down;
    QVector<QPointF> compare;
    std::array<QVector<QPointF>, MarkerKinds> markerPoints;
    std::array<QVector<int>, MarkerKinds> markerIndices; // into NodeChartData::markers
    double yTop = 1;
    int yTicks = 2;
};

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

Frame computeFrame(const NodeChartData &data, const NodeChartData &compare, qint64 compareOffset,
    qint64 fromMs, qint64 toMs, int columns)
{
    Frame f;
    f.fromMs = fromMs;
    f.toMs = toMs;
    f.columns = columns;
    const double from = double(fromMs);
    const double to = double(toMs);
    const qint64 end = std::min(toMs, std::max(data.endMs, fromMs));
    using charts::stepLine;
    f.actual = stepLine(decimateSteps(data.actual, fromMs, toMs, columns), end);
    f.target = stepLine(decimateSteps(data.target, fromMs, toMs, columns), end);
    // Where either bound is unknown (-1) the band collapses onto the axis.
    StepSeries bandMin;
    StepSeries bandMax;
    bandBounds(data.autoscaleMin, data.autoscaleMax, &bandMin, &bandMax);
    f.bandMin = stepLine(decimateSteps(bandMin, fromMs, toMs, columns), end);
    f.bandMax = stepLine(decimateSteps(bandMax, fromMs, toMs, columns), end);
    if (!compare.isEmpty()) {
        // Decimate in the compared series' own time, then move it onto ours.
        const qint64 compareEnd = std::min(toMs, compare.endMs + compareOffset);
        f.compare
            = stepLine(decimateSteps(compare.actual, fromMs - compareOffset, toMs - compareOffset, columns),
                compareEnd, compareOffset);
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

    // Markers: the visible ones, at most one per kind in each slot of MarkerSpacingPx pixel
    // columns. Closer ones would overlap anyway, and Qt Charts makes a graphics item per scatter
    // point: at 100,000 events, thousands of them made every zoom step slow.
    const double width = (to - from) / std::max(columns, 1) * MarkerSpacingPx;
    std::array<int, MarkerKinds> lastColumn;
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

QString labelFormatForSpan(qint64 spanMs)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (spanMs <= 30 * minute)
        return u"HH:mm:ss"_s;
    if (spanMs <= 36 * hour)
        return u"HH:mm"_s;
    if (spanMs <= 10 * day)
        return u"MMM d HH:mm"_s;
    if (spanMs <= 400 * day)
        return u"MMM d"_s;
    return u"yyyy-MM-dd"_s;
}

QString markerKindName(NodeChartMarker::Kind kind)
{
    switch (kind) {
    case NodeChartMarker::Kind::NodesLost:
        return NodeCountChart::tr("Nodes lost");
    case NodeChartMarker::Kind::Restart:
        return NodeCountChart::tr("Restarts");
    case NodeChartMarker::Kind::Edit:
        return NodeCountChart::tr("Edits");
    case NodeChartMarker::Kind::Termination:
        return NodeCountChart::tr("Terminations");
    }
    return {};
}

} // namespace

class ChartView;

class NodeCountChartPrivate final
{
public:
    explicit NodeCountChartPrivate(NodeCountChart *q);

    void requestFrame();
    void startFrame();
    void applyFrame(const Frame &frame);
    void setRange(qint64 fromMs, qint64 toMs);
    void onAxisRangeChanged();
    void updateCrosshair(const QPointF &viewPos);
    void moveCrosshairTo(qint64 timeMs);
    void updateSelectionPoint();
    int columns() const;
    qint64 timeAtViewX(double x) const;
    double viewXAtTime(qint64 t) const;
    qint64 dataStart() const;
    qint64 dataEnd() const;

    NodeCountChart *q;
    NodeChartData data;
    NodeChartData compare;
    qint64 compareOffset = 0;

    QChart *chart = nullptr;
    ChartView *view = nullptr;
    QDateTimeAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    QLineSeries *actual = nullptr;
    QLineSeries *target = nullptr;
    QLineSeries *bandMin = nullptr;
    QLineSeries *bandMax = nullptr;
    QAreaSeries *band = nullptr;
    QLineSeries *downLine = nullptr;
    QAreaSeries *down = nullptr;
    QLineSeries *compareLine = nullptr;
    std::array<QScatterSeries *, MarkerKinds> markers {};
    std::array<QVector<int>, MarkerKinds> markerIndices;
    QScatterSeries *selection = nullptr;
    QGraphicsLineItem *crosshair = nullptr;
    QGraphicsRectItem *crosshairBox = nullptr;
    QGraphicsSimpleTextItem *crosshairLabel = nullptr;

    QFutureWatcher<Frame> watcher;
    bool dirty = false;
    bool inFlight = false;
    bool applying = false; // inside applyFrame: axis updates must not ask for frames again
    int lastColumns = 0; // a frame is being computed or waits to be applied
    bool settingRange = false;
    qint64 rangeFrom = 0;
    qint64 rangeTo = 0;
    int selectedEvent = -1;
    qint64 selectedTime = 0;
    double selectedValue = 0;
    QString crosshairText;
    QString lastTooltip;
    bool markerClicked = false;
};

// The QChartView with our own mouse handling: a horizontal rubber band that does not swallow
// clicks on markers, wheel zoom around the pointer, pan, and the crosshair.
class ChartView final : public QChartView
{
public:
    ChartView(QChart *chart, NodeCountChartPrivate *d)
        : QChartView(chart)
        , m_d(d)
    {
        setRubberBand(QChartView::NoRubberBand);
        setMouseTracking(true);
        setRenderHint(QPainter::Antialiasing, true);
        setFocusPolicy(Qt::StrongFocus);
        setObjectName(u"nodeChartView"_s);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps == 0) {
            event->ignore();
            return;
        }
        const qint64 center = m_d->timeAtViewX(event->position().x());
        m_d->q->zoomBy(std::pow(1.25, steps), center);
        event->accept();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressPos = event->position().toPoint();
        m_d->markerClicked = false;
        const bool panGesture = event->button() == Qt::MiddleButton
            || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
        if (panGesture) {
            m_panning = true;
            m_panLastX = event->position().x();
            setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
        if (event->button() == Qt::LeftButton)
            m_selecting = true;
        QChartView::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QPointF pos = event->position();
        if (m_panning) {
            const double dx = pos.x() - m_panLastX;
            m_panLastX = pos.x();
            const double width = std::max(1.0, m_d->chart->plotArea().width());
            m_d->q->pan(-dx / width);
        } else if (m_selecting && (pos.toPoint() - m_pressPos).manhattanLength() > 4) {
            if (!m_band)
                m_band = new QRubberBand(QRubberBand::Rectangle, this);
            const QRectF plot = m_d->chart->plotArea();
            const int left = int(
                std::clamp(double(std::min(m_pressPos.x(), pos.toPoint().x())), plot.left(), plot.right()));
            const int right = int(
                std::clamp(double(std::max(m_pressPos.x(), pos.toPoint().x())), plot.left(), plot.right()));
            m_band->setGeometry(QRect(QPoint(left, int(plot.top())), QPoint(right, int(plot.bottom()))));
            m_band->show();
        }
        m_d->updateCrosshair(pos);
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_panning) {
            m_panning = false;
            unsetCursor();
            event->accept();
            return;
        }
        if (event->button() == Qt::RightButton) {
            m_d->q->zoomBy(0.5);
            event->accept();
            return;
        }
        const bool wasSelecting = m_selecting;
        m_selecting = false;
        if (m_band && m_band->isVisible()) {
            m_band->hide();
            const QRect r = m_band->geometry();
            if (r.width() > 4) {
                m_d->q->setVisibleRange(m_d->timeAtViewX(r.left()), m_d->timeAtViewX(r.right()));
                event->accept();
                return;
            }
        }
        QChartView::mouseReleaseEvent(event);
        if (wasSelecting && !m_d->markerClicked && m_d->chart->plotArea().contains(event->position()))
            emit m_d->q->timeActivated(m_d->timeAtViewX(event->position().x()));
    }

    void leaveEvent(QEvent *event) override
    {
        m_d->q->hideCrosshair();
        QChartView::leaveEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Left:
            m_d->q->pan(-0.1);
            break;
        case Qt::Key_Right:
            m_d->q->pan(0.1);
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            m_d->q->zoomBy(2);
            break;
        case Qt::Key_Minus:
            m_d->q->zoomBy(0.5);
            break;
        case Qt::Key_Home:
            m_d->q->resetZoom();
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
        }
        event->accept();
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        m_d->requestFrame();
    }

private:
    NodeCountChartPrivate *m_d;
    QRubberBand *m_band = nullptr;
    QPoint m_pressPos;
    bool m_panning = false;
    bool m_selecting = false;
    double m_panLastX = 0;
};

NodeCountChartPrivate::NodeCountChartPrivate(NodeCountChart *owner)
    : q(owner)
{
    chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    // Worker counts are small integers; Qt 6.4 drops "%d" labels when numbers are localised.
    chart->setLocalizeNumbers(false);

    axisX = new QDateTimeAxis;
    axisX->setObjectName(u"nodeChartTimeAxis"_s);
    axisX->setTickCount(7);
    axisX->setFormat(u"MMM d"_s);
    axisX->setTitleText(NodeCountChart::tr("Time"));
    axisY = new QValueAxis;
    axisY->setObjectName(u"nodeChartWorkersAxis"_s);
    axisY->setLabelFormat(u"%d"_s);
    axisY->setTitleText(NodeCountChart::tr("Workers"));
    axisY->setRange(0, 1);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto attach = [this](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    downLine = new QLineSeries(chart);
    down = new QAreaSeries(downLine);
    down->setName(NodeCountChart::tr("Cluster down"));
    down->setObjectName(u"downSeries"_s);
    down->setPen(Qt::NoPen);
    down->setBrush(QColor(120, 120, 120, 70));
    attach(down);

    bandMin = new QLineSeries(chart);
    bandMax = new QLineSeries(chart);
    band = new QAreaSeries(bandMax, bandMin);
    band->setName(NodeCountChart::tr("Autoscale range"));
    band->setObjectName(u"autoscaleBandSeries"_s);
    band->setPen(QPen(QColor(46, 160, 67, 110), 1));
    band->setBrush(QColor(46, 160, 67, 45));
    attach(band);

    compareLine = new QLineSeries;
    compareLine->setObjectName(u"compareSeries"_s);
    // Solid pens only: dashing an antialiased polyline of thousands of vertical steps cost over
    // 150 ms a frame at 100,000 events (bench_ui_chart); colour tells the series apart.
    compareLine->setPen(QPen(QColor(148, 103, 189), 1.6));
    attach(compareLine);

    target = new QLineSeries;
    target->setName(NodeCountChart::tr("Target workers"));
    target->setObjectName(u"targetSeries"_s);
    target->setPen(QPen(QColor(255, 127, 14), 1.6));
    attach(target);

    actual = new QLineSeries;
    actual->setName(NodeCountChart::tr("Actual workers"));
    actual->setObjectName(u"actualSeries"_s);
    actual->setPen(QPen(QColor(31, 119, 180), 2.0));
    attach(actual);

    const std::array<QColor, MarkerKinds> colors {
        QColor(214, 39, 40), QColor(148, 0, 211), QColor(23, 190, 207), QColor(40, 40, 40)};
    const std::array<QScatterSeries::MarkerShape, MarkerKinds> shapes {QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle,
        QScatterSeries::MarkerShapeRotatedRectangle};
    const std::array<const char *, MarkerKinds> names {
        "nodesLostMarkers", "restartMarkers", "editMarkers", "terminationMarkers"};
    for (int kind = 0; kind < MarkerKinds; ++kind) {
        auto *series = new QScatterSeries;
        series->setName(markerKindName(NodeChartMarker::Kind(kind)));
        series->setObjectName(QLatin1String(names[kind]));
        series->setMarkerShape(shapes[kind]);
        series->setMarkerSize(10);
        series->setColor(colors[kind]);
        series->setBorderColor(colors[kind].darker(140));
        attach(series);
        markers[kind] = series;
        QObject::connect(series, &QScatterSeries::hovered, q, [this, kind](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QList<QPointF> points = markers[kind]->points();
            const auto it
                = std::min_element(points.cbegin(), points.cend(), [&](const QPointF &a, const QPointF &b) {
                      return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
                  });
            if (it == points.cend())
                return;
            const int index = markerIndices[kind].value(int(it - points.cbegin()), -1);
            if (index < 0 || index >= data.markers.size())
                return;
            lastTooltip = data.markers.at(index).tooltip;
            QToolTip::showText(QCursor::pos(), lastTooltip, view);
        });
        QObject::connect(series, &QScatterSeries::clicked, q, [this, kind](const QPointF &point) {
            const QList<QPointF> points = markers[kind]->points();
            const auto it
                = std::min_element(points.cbegin(), points.cend(), [&](const QPointF &a, const QPointF &b) {
                      return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
                  });
            if (it == points.cend())
                return;
            const int index = markerIndices[kind].value(int(it - points.cbegin()), -1);
            if (index < 0 || index >= data.markers.size())
                return;
            markerClicked = true;
            emit q->eventActivated(data.markers.at(index).eventIndex);
        });
    }

    selection = new QScatterSeries;
    selection->setObjectName(u"selectionSeries"_s);
    selection->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    selection->setMarkerSize(18);
    selection->setColor(QColor(255, 215, 0, 90));
    selection->setBorderColor(QColor(200, 120, 0));
    attach(selection);

    // Series that explain nothing in the legend.
    for (QAbstractSeries *hidden :
        {static_cast<QAbstractSeries *>(selection), static_cast<QAbstractSeries *>(compareLine)}) {
        const QList<QLegendMarker *> legendMarkers = chart->legend()->markers(hidden);
        for (QLegendMarker *marker : legendMarkers)
            marker->setVisible(false);
    }

    view = new ChartView(chart, this);

    crosshair = new QGraphicsLineItem(chart);
    crosshair->setPen(QPen(QColor(90, 90, 90), 1, Qt::DotLine));
    crosshair->setZValue(100);
    crosshair->hide();
    crosshairBox = new QGraphicsRectItem(chart);
    crosshairBox->setBrush(QColor(255, 255, 240, 230));
    crosshairBox->setPen(QPen(QColor(160, 160, 160)));
    crosshairBox->setZValue(101);
    crosshairBox->hide();
    crosshairLabel = new QGraphicsSimpleTextItem(crosshairBox);

    QObject::connect(axisX, &QDateTimeAxis::rangeChanged, q, [this] { onAxisRangeChanged(); });
    QObject::connect(&watcher, &QFutureWatcher<Frame>::finished, q, [this] {
        inFlight = false;
        applyFrame(watcher.result());
        if (dirty)
            startFrame();
    });
    // A new plot width needs a new decimation; our own axis updates (which also move the plot
    // area) must not, or an empty chart would recurse.
    QObject::connect(chart, &QChart::plotAreaChanged, q, [this] {
        if (!applying && columns() != lastColumns)
            requestFrame();
    });
}

qint64 NodeCountChartPrivate::dataStart() const
{
    qint64 start = data.startMs;
    if (!compare.isEmpty())
        start = std::min(start, compare.startMs + compareOffset);
    return start;
}

qint64 NodeCountChartPrivate::dataEnd() const
{
    qint64 end = std::max(data.endMs, data.startMs + MinimumSpanMs);
    if (!compare.isEmpty())
        end = std::max(end, compare.endMs + compareOffset);
    return end;
}

int NodeCountChartPrivate::columns() const
{
    return std::max(50, int(chart->plotArea().width()));
}

qint64 NodeCountChartPrivate::timeAtViewX(double x) const
{
    const QRectF plot = chart->plotArea();
    const QPointF scenePos = view->mapToScene(QPoint(int(x), int(plot.center().y())));
    const QPointF chartPos = chart->mapFromScene(scenePos);
    const double fraction = std::clamp((chartPos.x() - plot.left()) / std::max(1.0, plot.width()), 0.0, 1.0);
    return rangeFrom + qint64(std::llround(fraction * double(rangeTo - rangeFrom)));
}

double NodeCountChartPrivate::viewXAtTime(qint64 t) const
{
    const QRectF plot = chart->plotArea();
    const double fraction = double(t - rangeFrom) / std::max<double>(1.0, double(rangeTo - rangeFrom));
    return plot.left() + fraction * plot.width();
}

void NodeCountChartPrivate::setRange(qint64 fromMs, qint64 toMs)
{
    const qint64 lo = dataStart();
    const qint64 hi = dataEnd();
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    qint64 span = std::clamp(toMs - fromMs, MinimumSpanMs, std::max(MinimumSpanMs, hi - lo));
    fromMs = std::clamp(fromMs, lo, std::max(lo, hi - span));
    toMs = fromMs + span;
    if (fromMs == rangeFrom && toMs == rangeTo)
        return;
    rangeFrom = fromMs;
    rangeTo = toMs;
    settingRange = true;
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    settingRange = false;
    axisX->setFormat(labelFormatForSpan(toMs - fromMs));
    updateSelectionPoint();
    requestFrame();
    emit q->visibleRangeChanged(rangeFrom, rangeTo);
}

void NodeCountChartPrivate::onAxisRangeChanged()
{
    if (settingRange)
        return;
    // Someone else (QChart::zoom, scroll) moved the axis: adopt and re-clamp.
    setRange(axisX->min().toMSecsSinceEpoch(), axisX->max().toMSecsSinceEpoch());
}

void NodeCountChartPrivate::requestFrame()
{
    if (inFlight) {
        dirty = true;
        return;
    }
    startFrame();
}

void NodeCountChartPrivate::startFrame()
{
    dirty = false;
    if (data.isEmpty() && compare.isEmpty()) {
        Frame empty;
        empty.columns = columns();
        applyFrame(empty);
        return;
    }
    // The vectors are implicitly shared: copying them into the task costs nothing.
    inFlight = true;
    watcher.setFuture(
        QtConcurrent::run(computeFrame, data, compare, compareOffset, rangeFrom, rangeTo, columns()));
}

void NodeCountChartPrivate::applyFrame(const Frame &frame)
{
    const QScopedValueRollback<bool> guard(applying, true);
    lastColumns = frame.columns;
    actual->replace(frame.actual);
    target->replace(frame.target);
    bandMin->replace(frame.bandMin);
    bandMax->replace(frame.bandMax);
    downLine->replace(frame.down);
    compareLine->replace(frame.compare);
    for (int kind = 0; kind < MarkerKinds; ++kind) {
        markers[kind]->replace(frame.markerPoints[kind]);
        markerIndices[kind] = frame.markerIndices[kind];
    }
    // Only when it changes: every setRange ripples through the chart's domains.
    const double top = std::isfinite(frame.yTop) && frame.yTop > 0 ? frame.yTop : 1.0;
    if (axisY->min() != 0 || axisY->max() != top)
        axisY->setRange(0, top);
    if (axisY->tickCount() != frame.yTicks)
        axisY->setTickCount(std::max(2, frame.yTicks));
    updateSelectionPoint();
    emit q->seriesUpdated();
}

void NodeCountChartPrivate::updateSelectionPoint()
{
    if (selectedEvent < 0) {
        selection->clear();
        return;
    }
    selection->replace(QList<QPointF> {QPointF(double(selectedTime), selectedValue)});
}

void NodeCountChartPrivate::updateCrosshair(const QPointF &viewPos)
{
    const QPointF chartPos = chart->mapFromScene(view->mapToScene(viewPos.toPoint()));
    if (!chart->plotArea().contains(chartPos) || data.isEmpty()) {
        q->hideCrosshair();
        return;
    }
    moveCrosshairTo(timeAtViewX(viewPos.x()));
}

void NodeCountChartPrivate::moveCrosshairTo(qint64 timeMs)
{
    const QRectF plot = chart->plotArea();
    const double x = viewXAtTime(timeMs);
    const int actualCount = std::max(0, NodeTimeline::valueAt(data.actual, timeMs));
    const int targetCount = std::max(0, NodeTimeline::valueAt(data.target, timeMs));
    const QLocale locale;
    QString text = locale.toString(QDateTime::fromMSecsSinceEpoch(timeMs), QLocale::ShortFormat);
    const bool isDown = std::any_of(data.down.cbegin(), data.down.cend(),
        [&](const TimeInterval &i) { return timeMs >= i.startMs && timeMs < i.endMs; });
    if (isDown) {
        text += u'\n' + NodeCountChart::tr("Cluster down");
    } else {
        text += u'\n' + NodeCountChart::tr("Actual: %1 workers").arg(actualCount);
        text += u'\n' + NodeCountChart::tr("Target: %1 workers").arg(targetCount);
    }
    const int minW = NodeTimeline::valueAt(data.autoscaleMin, timeMs);
    const int maxW = NodeTimeline::valueAt(data.autoscaleMax, timeMs);
    if (minW >= 0 && maxW > 0)
        text += u'\n' + NodeCountChart::tr("Autoscale: %1–%2").arg(minW).arg(maxW);
    if (!compare.isEmpty()) {
        const int other = std::max(0, NodeTimeline::valueAt(compare.actual, timeMs - compareOffset));
        text += u'\n' + NodeCountChart::tr("%1: %2 workers").arg(compare.label).arg(other);
    }
    crosshairText = text;
    crosshair->setLine(QLineF(x, plot.top(), x, plot.bottom()));
    crosshair->show();
    crosshairLabel->setText(text);
    const QRectF textRect = crosshairLabel->boundingRect().adjusted(-5, -4, 5, 4);
    double boxX = x + 10;
    if (boxX + textRect.width() > plot.right())
        boxX = x - 10 - textRect.width();
    crosshairBox->setRect(QRectF(0, 0, textRect.width(), textRect.height()));
    crosshairLabel->setPos(5, 4);
    crosshairBox->setPos(boxX, plot.top() + 6);
    crosshairBox->show();
    emit q->crosshairMoved(timeMs, actualCount, targetCount);
}

NodeCountChart::NodeCountChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<NodeCountChartPrivate>(this))
{
    setObjectName(u"nodeCountChart"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumSize(420, 260);
}

NodeCountChart::~NodeCountChart()
{
    d->watcher.waitForFinished();
}

void NodeCountChart::setData(const NodeChartData &data)
{
    d->data = data;
    std::sort(d->data.markers.begin(), d->data.markers.end(),
        [](const NodeChartMarker &a, const NodeChartMarker &b) { return a.timeMs < b.timeMs; });
    d->selectedEvent = -1;
    d->rangeFrom = d->rangeTo = 0;
    resetZoom(); // always a new range, so it has asked for a frame of the new data already
    if (!d->inFlight)
        d->requestFrame();
}

const NodeChartData &NodeCountChart::data() const
{
    return d->data;
}

void NodeCountChart::setCompareData(const NodeChartData &data, qint64 offsetMs)
{
    d->compare = data;
    d->compareOffset = offsetMs;
    d->compareLine->setName(data.label);
    const QList<QLegendMarker *> legendMarkers = d->chart->legend()->markers(d->compareLine);
    for (QLegendMarker *marker : legendMarkers)
        marker->setVisible(true);
    d->requestFrame();
}

void NodeCountChart::clearCompare()
{
    d->compare = {};
    d->compareOffset = 0;
    const QList<QLegendMarker *> legendMarkers = d->chart->legend()->markers(d->compareLine);
    for (QLegendMarker *marker : legendMarkers)
        marker->setVisible(false);
    d->requestFrame();
}

bool NodeCountChart::hasCompare() const
{
    return !d->compare.isEmpty();
}

void NodeCountChart::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    d->setRange(fromMs, toMs);
}

QPair<qint64, qint64> NodeCountChart::visibleRange() const
{
    return {d->rangeFrom, d->rangeTo};
}

void NodeCountChart::zoomBy(double factor, qint64 centerMs)
{
    if (factor <= 0)
        return;
    if (centerMs < 0)
        centerMs = (d->rangeFrom + d->rangeTo) / 2;
    const double span = double(d->rangeTo - d->rangeFrom) / factor;
    // Keep the time under the pointer where it is.
    const double fraction
        = double(centerMs - d->rangeFrom) / std::max(1.0, double(d->rangeTo - d->rangeFrom));
    const qint64 from = centerMs - qint64(span * fraction);
    d->setRange(from, from + qint64(span));
}

void NodeCountChart::pan(double fraction)
{
    const qint64 delta = qint64(double(d->rangeTo - d->rangeFrom) * fraction);
    d->setRange(d->rangeFrom + delta, d->rangeTo + delta);
}

void NodeCountChart::resetZoom()
{
    d->setRange(d->dataStart(), d->dataEnd());
}

void NodeCountChart::selectEvent(int eventIndex, qint64 timeMs, double value)
{
    d->selectedEvent = eventIndex;
    d->selectedTime = timeMs;
    d->selectedValue = value;
    if (eventIndex >= 0 && (timeMs < d->rangeFrom || timeMs > d->rangeTo)) {
        const qint64 span = d->rangeTo - d->rangeFrom;
        d->setRange(timeMs - span / 2, timeMs + span / 2);
    }
    d->updateSelectionPoint();
}

int NodeCountChart::selectedEvent() const
{
    return d->selectedEvent;
}

bool NodeCountChart::exportPng(const QString &fileName) const
{
    d->crosshair->hide();
    d->crosshairBox->hide();
    return d->view->grab().save(fileName, "PNG");
}

bool NodeCountChart::exportSvg(const QString &fileName) const
{
    d->crosshair->hide();
    d->crosshairBox->hide();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(d->view->size());
    generator.setViewBox(QRect(QPoint(0, 0), d->view->size()));
    generator.setTitle(tr("Worker nodes over time"));
    generator.setDescription(d->data.label);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    d->view->render(&painter);
    return painter.end() && QFile::exists(fileName);
}

QByteArray NodeCountChart::csv() const
{
    const NodeChartData &data = d->data;
    const qint64 from = d->rangeFrom;
    const qint64 to = d->rangeTo;
    QVector<qint64> times;
    auto collect = [&](const StepSeries &series, qint64 offset) {
        for (const StepPoint &p : series) {
            const qint64 t = p.timestampMs + offset;
            if (t >= from && t <= to)
                times.append(t);
        }
    };
    collect(data.actual, 0);
    collect(data.target, 0);
    collect(data.autoscaleMin, 0);
    collect(data.autoscaleMax, 0);
    for (const TimeInterval &interval : data.down) {
        for (qint64 t : {interval.startMs, interval.endMs}) {
            if (t >= from && t <= to)
                times.append(t);
        }
    }
    const bool withCompare = !d->compare.isEmpty();
    if (withCompare)
        collect(d->compare.actual, d->compareOffset);
    times.append(from);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    QByteArray out;
    QTextStream stream(&out);
    stream << "time_utc,epoch_ms,actual_workers,target_workers,autoscale_min,autoscale_max,cluster_up";
    if (withCompare)
        stream << ",compare_actual_workers";
    stream << '\n';
    const auto cell = [](int v) { return v < 0 ? QString() : QString::number(v); };
    auto down = data.down.cbegin(); // the times are sorted: sweep the down intervals once
    for (qint64 t : times) {
        while (down != data.down.cend() && down->endMs <= t)
            ++down;
        const bool up = down == data.down.cend() || t < down->startMs;
        stream << QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODateWithMs) << ',' << t
               << ',' << cell(NodeTimeline::valueAt(data.actual, t)) << ','
               << cell(NodeTimeline::valueAt(data.target, t)) << ','
               << cell(NodeTimeline::valueAt(data.autoscaleMin, t)) << ','
               << cell(NodeTimeline::valueAt(data.autoscaleMax, t)) << ',' << (up ? "1" : "0");
        if (withCompare)
            stream << ',' << cell(NodeTimeline::valueAt(d->compare.actual, t - d->compareOffset));
        stream << '\n';
    }
    stream.flush();
    return out;
}

bool NodeCountChart::exportCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(csv());
    return file.commit();
}

QVector<QPointF> NodeCountChart::drawnActual() const
{
    return d->actual->points();
}

QVector<QPointF> NodeCountChart::drawnTarget() const
{
    return d->target->points();
}

QVector<QPointF> NodeCountChart::drawnCompare() const
{
    return d->compareLine->points();
}

int NodeCountChart::drawnMarkerCount() const
{
    int count = 0;
    for (const QScatterSeries *series : d->markers)
        count += series->count();
    return count;
}

bool NodeCountChart::isUpdating() const
{
    return d->inFlight || d->dirty;
}

int NodeCountChart::plotColumns() const
{
    return d->columns();
}

QString NodeCountChart::axisLabelFormat() const
{
    return d->axisX->format();
}

QString NodeCountChart::crosshairText() const
{
    return d->crosshairText;
}

QString NodeCountChart::lastTooltip() const
{
    return d->lastTooltip;
}

QWidget *NodeCountChart::chartView() const
{
    return d->view;
}

void NodeCountChart::showCrosshairAt(qint64 timeMs)
{
    d->moveCrosshairTo(timeMs);
}

void NodeCountChart::hideCrosshair()
{
    d->crosshair->hide();
    d->crosshairBox->hide();
}

} // namespace brickdesk
