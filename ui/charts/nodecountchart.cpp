#include "nodecountchart.h"

#include "analysis/nodechartcsv.h"
#include "charts/chartaccessibility.h"
#include "charts/nodechartview.h"
#include "charts/nodecountchart_p.h"
#include "charts/nodeseriesitem.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QKeySequence>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

NodeCountChart::NodeCountChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<NodeCountChartPrivate>(this))
{
    setObjectName(u"nodeCountChart"_s);
    markAsChart(d->view);
    d->applyUnitTexts();
    d->description = tr("No history loaded yet.");
    d->view->setAccessibleDescription(d->description);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumSize(420, 260);
}

void NodeCountChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A palette set on the application or a parent (a dark theme, at run time too) reaches the
    // chart as PaletteChange; Qt Charts knows nothing of palettes.
    if (event->type() == QEvent::PaletteChange)
        d->applyColours();
}

NodeCountChart::~NodeCountChart()
{
    d->watcher.waitForFinished();
}

void NodeCountChart::setData(const NodeChartData &data)
{
    d->data = data;
    std::stable_sort(d->data.markers.begin(), d->data.markers.end(),
        [](const NodeChartMarker &a, const NodeChartMarker &b) { return a.timeMs < b.timeMs; });
    d->selectedEvent = -1;
    d->rangeFrom = d->rangeTo = 0;
    d->applyUnitTexts();
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
    d->updateDescription();
    d->requestFrame();
}

void NodeCountChart::clearCompare()
{
    d->compare = {};
    d->compareOffset = 0;
    const QList<QLegendMarker *> legendMarkers = d->chart->legend()->markers(d->compareLine);
    for (QLegendMarker *marker : legendMarkers)
        marker->setVisible(false);
    d->updateDescription();
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

qint64 NodeCountChart::selectedTime() const
{
    return d->selectedTime;
}

bool NodeCountChart::exportPng(const QString &fileName) const
{
    d->crosshair->hide();
    return d->view->grab().save(fileName, "PNG");
}

bool NodeCountChart::exportSvg(const QString &fileName) const
{
    d->crosshair->hide();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(d->view->size());
    generator.setViewBox(QRect(QPoint(0, 0), d->view->size()));
    generator.setTitle(
        d->data.unit == NodeChartUnit::Vcpus ? tr("vCPUs over time") : tr("Worker nodes over time"));
    generator.setDescription(d->data.label);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    d->view->render(&painter);
    return painter.end() && QFile::exists(fileName);
}

QByteArray NodeCountChart::csv() const
{
    return nodeChartCsv(d->data, d->compare, d->compareOffset, d->rangeFrom, d->rangeTo);
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
    return d->series->points(NodeSeriesItem::Actual);
}

QVector<QPointF> NodeCountChart::drawnTarget() const
{
    return d->series->points(NodeSeriesItem::Target);
}

QVector<QPointF> NodeCountChart::drawnCompare() const
{
    return d->series->points(NodeSeriesItem::Compare);
}

int NodeCountChart::drawnMarkerCount() const
{
    int count = 0;
    for (int kind = 0; kind < NodeChartFrame::MarkerKinds; ++kind)
        count += int(d->series->markers(kind).size());
    return count;
}

QVector<QPointF> NodeCountChart::drawnMarkers(NodeChartMarker::Kind kind) const
{
    return d->series->markers(int(kind));
}

bool NodeCountChart::isUpdating() const
{
    return d->inFlight || d->dirty;
}

int NodeCountChart::plotColumns() const
{
    return d->columns();
}

QString NodeCountChart::archivedNoteText() const
{
    return d->archivedNote->isVisible() ? d->archivedNote->text() : QString();
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

QList<KeyHelp> NodeCountChart::keyboardHelp()
{
    const QString where = tr("Node count chart");
    return {{where, tr("Move back in time"), QKeySequence(Qt::Key_Left).toString(QKeySequence::NativeText)},
        {where, tr("Move forward in time"), QKeySequence(Qt::Key_Right).toString(QKeySequence::NativeText)},
        {where, tr("Zoom in"), QKeySequence(Qt::Key_Plus).toString(QKeySequence::NativeText)},
        {where, tr("Zoom out"), QKeySequence(Qt::Key_Minus).toString(QKeySequence::NativeText)},
        {where, tr("Show the whole history"), QKeySequence(Qt::Key_Home).toString(QKeySequence::NativeText)}};
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
}

} // namespace brickdesk
