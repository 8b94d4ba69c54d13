#include "charts/nodecountchart_p.h"

#include "analysis/decimation.h"
#include "analysis/nodechartframe.h"
#include "analysis/nodechartsummary.h"
#include "analysis/nodetimeline.h"
#include "charts/chartstyle.h"
#include "charts/nodechartview.h"
#include "charts/nodeseriesitem.h"
#include "common/chartcolours.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScopedValueRollback>
#include <QToolTip>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr int MarkerKinds = NodeChartFrame::MarkerKinds;
constexpr qint64 MinimumSpanMs = 60 * 1000;
// Qt Charts stacks every series' item at this z (ChartPresenter::SeriesZValue, private), in the
// order the series were added; the legend is above.
constexpr qreal SeriesZValue = 4;
// How long the range must stay put before the accessible description is worded again.
constexpr int DescribeSettleMs = 300;

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
    attach(down);

    archivedLine = new QLineSeries(chart);
    archived = new QAreaSeries(archivedLine);
    archived->setName(NodeCountChart::tr("From the archive"));
    archived->setObjectName(u"archivedSeries"_s);
    archived->setPen(Qt::NoPen);
    attach(archived);

    bandMin = new QLineSeries(chart);
    bandMax = new QLineSeries(chart);
    band = new QAreaSeries(bandMax, bandMin);
    band->setName(NodeCountChart::tr("Autoscale range"));
    band->setObjectName(u"autoscaleBandSeries"_s);
    attach(band);

    compareLine = new QLineSeries;
    compareLine->setObjectName(u"compareSeries"_s);
    attach(compareLine);

    target = new QLineSeries;
    target->setName(NodeCountChart::tr("Target workers"));
    target->setObjectName(u"targetSeries"_s);
    attach(target);

    actual = new QLineSeries;
    actual->setName(NodeCountChart::tr("Actual workers"));
    actual->setObjectName(u"actualSeries"_s);
    attach(actual);

    // Above the shaded stretches, below the markers (added next).
    series = new NodeSeriesItem(chart);
    series->setZValue(SeriesZValue);

    const std::array<QScatterSeries::MarkerShape, MarkerKinds> shapes {QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle,
        QScatterSeries::MarkerShapeRotatedRectangle};
    const std::array<const char *, MarkerKinds> names {
        "nodesLostMarkers", "restartMarkers", "editMarkers", "terminationMarkers"};
    for (int kind = 0; kind < MarkerKinds; ++kind) {
        // The legend's entry; the markers themselves are drawn by `series`.
        auto *scatter = new QScatterSeries;
        scatter->setName(markerKindName(NodeChartMarker::Kind(kind)));
        scatter->setObjectName(QLatin1String(names[kind]));
        scatter->setMarkerShape(shapes[kind]);
        scatter->setMarkerSize(10);
        attach(scatter);
        markers[kind] = scatter;
    }

    selection = new QScatterSeries;
    selection->setObjectName(u"selectionSeries"_s);
    selection->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    selection->setMarkerSize(18);
    attach(selection);

    // Series that explain nothing in the legend (the archived stretch says what it is inside
    // it: the legend has no room left for it).
    for (QAbstractSeries *hidden : {static_cast<QAbstractSeries *>(selection),
             static_cast<QAbstractSeries *>(compareLine), static_cast<QAbstractSeries *>(archived)}) {
        const QList<QLegendMarker *> legendMarkers = chart->legend()->markers(hidden);
        for (QLegendMarker *marker : legendMarkers)
            marker->setVisible(false);
    }

    view = new NodeChartView(chart, this);

    crosshair = std::make_unique<NodeChartCrosshair>(chart);

    archivedNote = new QGraphicsSimpleTextItem(NodeCountChart::tr("From the archive"), chart);
    archivedNote->setToolTip(NodeCountChart::tr("The events before this time come from Brickdesk's local "
                                                "archive: the workspace no longer keeps them."));
    archivedNote->setZValue(50);
    archivedNote->hide();
    applyColours();

    describeTimer.setSingleShot(true);
    describeTimer.setInterval(DescribeSettleMs);
    QObject::connect(&describeTimer, &QTimer::timeout, q,
        [this] { view->setAccessibleDescription(currentDescription()); });
    QObject::connect(axisX, &QDateTimeAxis::rangeChanged, q, [this] { onAxisRangeChanged(); });
    QObject::connect(&watcher, &QFutureWatcher<NodeChartFrame>::finished, q, [this] {
        inFlight = false;
        applyFrame(watcher.result());
        if (dirty)
            startFrame();
    });
    // A new plot width needs a new decimation; our own axis updates (which also move the plot
    // area) must not, or an empty chart would recurse.
    QObject::connect(chart, &QChart::plotAreaChanged, q, [this] {
        series->setGeometry(
            chart->plotArea(), axisX->min().toMSecsSinceEpoch(), axisX->max().toMSecsSinceEpoch(), yTop);
        placeArchivedNote();
        if (!applying && needsNewColumns())
            requestFrame();
    });
}

void NodeCountChartPrivate::applyColours()
{
    const ChartColours c = ChartColours::fromPalette(q->palette());
    applyChartStyle(chart, c);
    view->setBackgroundBrush(c.background);
    down->setBrush(c.downFill);
    archived->setBrush(QBrush(c.archivedHatch, Qt::BDiagPattern));
    band->setPen(QPen(c.autoscaleLine, 1));
    band->setBrush(c.autoscaleFill);
    // Solid pens only: dashing an antialiased polyline of thousands of vertical steps cost over
    // 150 ms a frame at 100,000 events (bench_ui_chart); colour tells the series apart.
    compareLine->setPen(QPen(c.compare, 1.6));
    target->setPen(QPen(c.target, 1.6));
    actual->setPen(QPen(c.actual, 2.0));
    series->setStyle(NodeSeriesItem::Down, Qt::NoPen, down->brush());
    series->setStyle(NodeSeriesItem::Band, band->pen(), band->brush());
    series->setStyle(NodeSeriesItem::Compare, compareLine->pen());
    series->setStyle(NodeSeriesItem::Target, target->pen());
    series->setStyle(NodeSeriesItem::Actual, actual->pen());
    const std::array<NodeSeriesItem::MarkerShape, MarkerKinds> drawnShapes {
        NodeSeriesItem::MarkerShape::Triangle, NodeSeriesItem::MarkerShape::Circle,
        NodeSeriesItem::MarkerShape::Square, NodeSeriesItem::MarkerShape::Diamond};
    for (int kind = 0; kind < MarkerKinds; ++kind) {
        // The outline sets a marker off from the lines under it: darker on light, lighter on dark.
        const QColor fill = c.markers[size_t(kind)];
        const QColor border = c.dark ? fill.lighter(140) : fill.darker(140);
        markers[size_t(kind)]->setColor(fill);
        markers[size_t(kind)]->setBorderColor(border);
        series->setMarkerStyle(kind, {drawnShapes[size_t(kind)], fill, border, 10});
    }
    selection->setColor(c.selectionFill);
    selection->setBorderColor(c.selectionBorder);
    crosshair->applyColours(c);
    archivedNote->setBrush(c.archivedNote);
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
    // The axis moves when the frame for the new range is applied, together with the series: the
    // chart is laid out once per frame, and never shows old points against a new axis.
    updateSelectionPoint();
    requestFrame();
    updateDescription();
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
        NodeChartFrame empty;
        empty.fromMs = rangeFrom;
        empty.toMs = rangeTo;
        empty.columns = columns();
        applyFrame(empty);
        return;
    }
    // The vectors are implicitly shared: copying them into the task costs nothing.
    inFlight = true;
    watcher.setFuture(QtConcurrent::run(
        computeNodeChartFrame, data, compare, compareOffset, rangeFrom, rangeTo, columns()));
}

void NodeCountChartPrivate::applyFrame(const NodeChartFrame &frame)
{
    const QScopedValueRollback<bool> guard(applying, true);
    lastColumns = frame.columns;
    // The axes, each only when it changes (every setRange ripples through the chart's domains),
    // then the few points Qt Charts still draws (the archived stretch, the markers) and the
    // series item: the chart moves to the new range in one step.
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(frame.fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(frame.toMs);
    if (axisX->min() != from || axisX->max() != to) {
        const QScopedValueRollback<bool> ours(settingRange, true);
        axisX->setRange(from, to);
    }
    const QString format = labelFormatForSpan(frame.toMs - frame.fromMs);
    if (axisX->format() != format)
        axisX->setFormat(format);
    yTop = std::isfinite(frame.yTop) && frame.yTop > 0 ? frame.yTop : 1.0;
    if (axisY->min() != 0 || axisY->max() != yTop)
        axisY->setRange(0, yTop);
    if (axisY->tickCount() != frame.yTicks)
        axisY->setTickCount(std::max(2, frame.yTicks));
    // Laid out now rather than on the next turn of the event loop: new labels can move the plot
    // area, and the view would otherwise be painted once before and once after.
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    archivedLine->replace(frame.archived);
    markerIndices = frame.markerIndices;
    series->setFrame(frame);
    series->setGeometry(chart->plotArea(), frame.fromMs, frame.toMs, yTop);
    updateSelectionPoint();
    placeArchivedNote();
    emit q->seriesUpdated();
    if ((!data.isEmpty() || !compare.isEmpty()) && needsNewColumns())
        requestFrame(); // the layout above moved the plot's edges far
}

bool NodeCountChartPrivate::needsNewColumns() const
{
    // A y axis whose labels gain a digit narrows the plot by a few pixels: the series decimated
    // for a width that close look the same, and a second decimation and paint would double the
    // frame.
    return std::abs(columns() - lastColumns) > std::max(4, lastColumns / 50);
}

// At the top of the archived stretch when it is wide enough to hold the note.
void NodeCountChartPrivate::placeArchivedNote()
{
    const QList<QPointF> points = archivedLine->points();
    if (points.size() < 4) {
        archivedNote->hide();
        return;
    }
    const double left = chart->mapToPosition(points.first(), archived).x();
    const double right = chart->mapToPosition(points.last(), archived).x();
    const QRectF text = archivedNote->boundingRect();
    if (right - left < text.width() + 8) {
        archivedNote->hide();
        return;
    }
    archivedNote->setPos(left + 4, chart->plotArea().top() + 4);
    archivedNote->show();
}

void NodeCountChartPrivate::updateSelectionPoint()
{
    // Only on a change: a replaced series repaints the whole view, even with nothing new in it.
    QList<QPointF> wanted;
    if (selectedEvent >= 0)
        wanted.append(QPointF(double(selectedTime), selectedValue));
    if (selection->points() != wanted)
        selection->replace(wanted);
}

int NodeCountChartPrivate::markerAt(const QPointF &viewPos) const
{
    const auto [kind, i] = series->markerAt(chart->mapFromScene(view->mapToScene(viewPos.toPoint())));
    if (kind < 0)
        return -1;
    const int index = markerIndices[kind].value(i, -1);
    return index < data.markers.size() ? index : -1;
}

void NodeCountChartPrivate::hoverMarker(const QPointF &viewPos)
{
    const int index = markerAt(viewPos);
    if (index < 0) {
        if (std::exchange(showingTooltip, false))
            QToolTip::hideText();
        return;
    }
    lastTooltip = data.markers.at(index).tooltip;
    showingTooltip = true;
    QToolTip::showText(view->mapToGlobal(viewPos.toPoint()), lastTooltip, view);
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

void NodeCountChartPrivate::applyUnitTexts()
{
    const bool vcpus = data.unit == NodeChartUnit::Vcpus;
    axisY->setTitleText(vcpus ? NodeCountChart::tr("vCPUs") : NodeCountChart::tr("Workers"));
    target->setName(vcpus ? NodeCountChart::tr("Target vCPUs") : NodeCountChart::tr("Target workers"));
    actual->setName(vcpus ? NodeCountChart::tr("Actual vCPUs") : NodeCountChart::tr("Actual workers"));
    view->setAccessibleName(
        vcpus ? NodeCountChart::tr("vCPUs over time") : NodeCountChart::tr("Worker nodes over time"));
    // The autoscale bounds are set in workers: no band to explain when counting vCPUs.
    const QList<QLegendMarker *> legendMarkers = chart->legend()->markers(band);
    for (QLegendMarker *marker : legendMarkers)
        marker->setVisible(!vcpus);
}

void NodeCountChartPrivate::updateDescription()
{
    descriptionStale = true;
    describeTimer.start();
}

QString NodeCountChartPrivate::currentDescription() const
{
    if (descriptionStale) {
        description = describeNodeChart(data, compare, compareOffset, rangeFrom, rangeTo);
        descriptionStale = false;
    }
    return description;
}

void NodeCountChartPrivate::moveCrosshairTo(qint64 timeMs)
{
    const int actualCount = std::max(0, NodeTimeline::valueAt(data.actual, timeMs));
    const int targetCount = std::max(0, NodeTimeline::valueAt(data.target, timeMs));
    crosshairText = NodeChartCrosshair::readout(data, compare, compareOffset, timeMs);
    crosshair->show(chart->plotArea(), viewXAtTime(timeMs), crosshairText);
    emit q->crosshairMoved(timeMs, actualCount, targetCount);
}

} // namespace brickdesk
