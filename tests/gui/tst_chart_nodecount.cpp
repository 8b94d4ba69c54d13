// The node-count chart on its own, with hand-made data: decimation keeps every spike, the drawn
// polylines match the data exactly when they fit, zoom/pan/crosshair/markers/exports work.
#include "analysis/decimation.h"
#include "analysis/nodechartsummary.h"
#include "analysis/nodetimeline.h"
#include "analysis/stepline.h"
#include "charts/nodecountchart.h"
#include "common/chartcolours.h"
#include "eventwait.h"

#include <QAccessible>
#include <QAreaSeries>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <limits>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 T0 = 1700000000000; // 2023-11-14T22:13:20Z

// A week of daily cycles, with one short spike to 40 workers at a known time.
NodeChartData makeWeek(int pointsPerHour = 4)
{
    NodeChartData data;
    data.label = u"test-cluster"_s;
    data.startMs = T0;
    data.endMs = T0 + 7 * 24 * Hour;
    const int count = 7 * 24 * pointsPerHour;
    for (int i = 0; i < count; ++i) {
        const qint64 t = T0 + i * Hour / pointsPerHour;
        const int hourOfDay = int((t - T0) / Hour) % 24;
        const int v = hourOfDay >= 8 && hourOfDay < 18 ? 8 + (i % 3) : 2;
        data.actual.append({t, v});
        data.target.append({t, v + (i % 5 == 0 ? 2 : 0)});
    }
    // The spike: 40 workers for one minute on day 3.
    const qint64 spike = T0 + 3 * 24 * Hour + 30 * Minute + 7 * Minute;
    const auto at = std::lower_bound(data.actual.begin(), data.actual.end(), spike,
        [](const StepPoint &a, qint64 t) { return a.timestampMs < t; });
    const qsizetype index = at - data.actual.begin();
    data.actual.insert(index, StepPoint {spike + Minute, 2});
    data.actual.insert(index, StepPoint {spike, 40});
    data.autoscaleMin = {{T0, 2}};
    data.autoscaleMax = {{T0, 12}};
    data.down = {{T0 + 5 * 24 * Hour, T0 + 5 * 24 * Hour + 6 * Hour}};
    for (int day = 0; day < 7; ++day) {
        NodeChartMarker m;
        m.timeMs = T0 + day * 24 * Hour + 12 * Hour;
        m.value = 9;
        m.kind = day % 2 ? NodeChartMarker::Kind::NodesLost : NodeChartMarker::Kind::Edit;
        m.tooltip = u"marker %1"_s.arg(day);
        m.eventIndex = 100 + day;
        data.markers.append(m);
    }
    return data;
}

// The week of makeWeek(4) written down again as formulas, without the chart's or the timeline's
// code: a point every 15 minutes, 8-10 workers from 08:00 to 18:00 (by the hour since T0), else 2;
// the target 2 higher on every fifth point; the one-minute spike to 40; autoscale 2..12; down for
// six hours on day 5.
constexpr qint64 Quarter = 15 * Minute;
constexpr qint64 Spike = T0 + 3 * 24 * Hour + 37 * Minute;
int handActual(qint64 t)
{
    if (t >= Spike && t < Spike + Minute)
        return 40;
    const qint64 i = (t - T0) / Quarter;
    const qint64 hourOfDay = (i / 4) % 24;
    return hourOfDay >= 8 && hourOfDay < 18 ? int(8 + i % 3) : 2;
}
int handTarget(qint64 t)
{
    const qint64 i = (t - T0) / Quarter;
    const qint64 hourOfDay = (i / 4) % 24;
    return (hourOfDay >= 8 && hourOfDay < 18 ? int(8 + i % 3) : 2) + (i % 5 == 0 ? 2 : 0);
}
bool handUp(qint64 t)
{
    return !(t >= T0 + 5 * 24 * Hour && t < T0 + 5 * 24 * Hour + 6 * Hour);
}

// The y of a drawn step polyline at x: that of the last vertex at or before x.
double lineAt(const QVector<QPointF> &line, double x)
{
    double y = -1;
    for (const QPointF &p : line) {
        if (p.x() > x)
            break;
        y = p.y();
    }
    return y;
}

bool showOnScreen(NodeCountChart &chart, int width, int height)
{
    chart.resize(width, height);
    chart.show();
    return QTest::qWaitForWindowExposed(&chart);
}

void waitForFrame(NodeCountChart &chart)
{
    QTRY_VERIFY_WITH_TIMEOUT(!chart.isUpdating(), 10000);
    QCoreApplication::processEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!chart.isUpdating(), 10000);
}

// The value at x of a polyline drawn by stepLine(): the y of the last vertex at or before x.
double maxOfLine(const QVector<QPointF> &line, double from, double to)
{
    double top = -1;
    for (const QPointF &p : line) {
        if (p.x() >= from && p.x() <= to)
            top = std::max(top, p.y());
    }
    return top;
}

// The widest horizontal extent of the polylines QSvgGenerator wrote with the given stroke (it
// writes each pen as a <g stroke="#rrggbb" ...> group around what it draws).
double widestPolyline(const QByteArray &svg, const QColor &stroke)
{
    const QString text = QString::fromUtf8(svg);
    const QRegularExpression group(u"<g [^>]*stroke=\"%1\"[^>]*>(.*?)</g>"_s.arg(stroke.name()),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression polyline(u"<polyline[^>]*points=\"([^\"]*)\""_s);
    double widest = 0;
    for (auto g = group.globalMatch(text); g.hasNext();) {
        const QString body = g.next().captured(1);
        for (auto p = polyline.globalMatch(body); p.hasNext();) {
            double lo = std::numeric_limits<double>::max();
            double hi = std::numeric_limits<double>::lowest();
            const QStringList points = p.next().captured(1).split(u' ', Qt::SkipEmptyParts);
            for (const QString &point : points) {
                const double x = point.section(u',', 0, 0).toDouble();
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
            widest = std::max(widest, hi - lo);
        }
    }
    return widest;
}

} // namespace

class TestChartNodeCount final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stepLinesDrawStepsAndHoldTheLastValue()
    {
        const StepSeries series {{0, 1}, {10, 3}, {20, 2}, {30, -1}};
        QCOMPARE(stepLine(series, 40),
            (QVector<QPointF> {{0, 1}, {10, 1}, {10, 3}, {20, 3}, {20, 2}, {30, 2}, {30, 0}, {40, 0}}));
        QCOMPARE(stepLine(StepSeries {{0, 5}}, 10, 100), (QVector<QPointF> {{100, 5}}));
        QCOMPARE(stepLine(StepSeries {{0, 5}}, 200, 100), (QVector<QPointF> {{100, 5}, {200, 5}}));
    }

    void drawnSeriesMatchTheDataWhenZoomedIn()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 1000, 500));
        const NodeChartData data = makeWeek();
        chart.setData(data);
        waitForFrame(chart);
        QCOMPARE(chart.visibleRange(), qMakePair(data.startMs, data.endMs));

        // One day has 96 change points: fewer than the pixel columns, so nothing is dropped.
        const qint64 from = T0 + 24 * Hour;
        const qint64 to = T0 + 48 * Hour;
        chart.setVisibleRange(from, to);
        waitForFrame(chart);
        // Checked against the formulas, not against the functions the chart draws with: a
        // polyline of horizontal and vertical segments inside the window, at the hand value in
        // the middle of every quarter hour and just after each step.
        const QVector<QPointF> drawn = chart.drawnActual();
        QVERIFY(drawn.size() > 96);
        for (qsizetype k = 1; k < drawn.size(); ++k) {
            QVERIFY(drawn[k].x() >= drawn[k - 1].x());
            QVERIFY(drawn[k].x() == drawn[k - 1].x() || drawn[k].y() == drawn[k - 1].y());
        }
        QCOMPARE(drawn.first().x(), double(from));
        QCOMPARE(drawn.last().x(), double(to));
        for (qint64 t = from; t < to; t += Quarter) {
            QCOMPARE(lineAt(drawn, double(t + Quarter / 2)), double(handActual(t + Quarter / 2)));
            QCOMPARE(lineAt(drawn, double(t + 1)), double(handActual(t + 1)));
        }
        QCOMPARE(chart.axisLabelFormat(), u"HH:mm"_s);
    }

    void theArchivedStretchIsShadedAndNamedOnlyWhenThere()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 1000, 500));
        QChart *qchart = qobject_cast<QChartView *>(chart.chartView())->chart();
        auto *archived = qchart->findChild<QAreaSeries *>(u"archivedSeries"_s);
        QVERIFY(archived);
        NodeChartData data = makeWeek();
        chart.setData(data);
        waitForFrame(chart);
        QVERIFY(archived->upperSeries()->points().isEmpty());
        QCOMPARE(chart.archivedNoteText(), QString());

        // The first two days came from the archive: shaded from the window's start to there,
        // the full height of the plot.
        const qint64 until = T0 + 48 * Hour;
        data.archivedUntilMs = until;
        chart.setData(data);
        waitForFrame(chart);
        const QList<QPointF> points = archived->upperSeries()->points();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.first().x(), double(data.startMs));
        QCOMPARE(points.last().x(), double(until));
        QVERIFY(points.at(1).y() > 0);
        QCOMPARE(chart.archivedNoteText(), u"From the archive"_s);

        // Zoomed past it: nothing to shade.
        chart.setVisibleRange(until + Hour, data.endMs);
        waitForFrame(chart);
        QVERIFY(archived->upperSeries()->points().isEmpty());
        QCOMPARE(chart.archivedNoteText(), QString());
    }

    void zoomedOutTheSpikeIsStillDrawn()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 500, 400));
        const NodeChartData data = makeWeek(60); // 10,080 points in a few hundred pixels
        chart.setData(data);
        waitForFrame(chart);
        QVERIFY(chart.drawnActual().size() < data.actual.size());
        QVERIFY(chart.drawnActual().size() <= chart.plotColumns() * 8 + 4);
        QCOMPARE(maxOfLine(chart.drawnActual(), double(data.startMs), double(data.endMs)), 40.0);
        QCOMPARE(chart.axisLabelFormat(), u"MMM d HH:mm"_s);
    }

    void wheelZoomsAroundThePointerAndAdaptsLabels()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 900, 450));
        chart.setData(makeWeek());
        waitForFrame(chart);
        QSignalSpy rangeSpy(&chart, &NodeCountChart::visibleRangeChanged);
        auto *view = qobject_cast<QChartView *>(chart.chartView());
        QVERIFY(view);
        const QPointF center(view->width() / 2.0, view->height() / 2.0);
        for (int i = 0; i < 12; ++i) {
            QWheelEvent wheel(center, view->mapToGlobal(center), QPoint(), QPoint(0, 120), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(view->viewport(), &wheel);
        }
        QCOMPARE(rangeSpy.count(), 12);
        const auto range = chart.visibleRange();
        const double expectedSpan = 7.0 * 24 * Hour / std::pow(1.25, 12);
        QVERIFY(std::abs(double(range.second - range.first) - expectedSpan) < Minute);
        // The axis moves with the series drawn for the new range, not before them.
        waitForFrame(chart);
        QCOMPARE(chart.axisLabelFormat(), u"HH:mm"_s);
        // Out again, clamped to the data window.
        chart.zoomBy(1e-6);
        QCOMPARE(chart.visibleRange(), qMakePair(T0, T0 + 7 * 24 * Hour));
        // Pan stays inside the data.
        chart.setVisibleRange(T0, T0 + Hour);
        chart.pan(-1);
        QCOMPARE(chart.visibleRange(), qMakePair(T0, T0 + Hour));
        chart.pan(2);
        QCOMPARE(chart.visibleRange(), qMakePair(T0 + 2 * Hour, T0 + 3 * Hour));
        chart.setVisibleRange(T0, T0 + 10 * Minute);
        waitForFrame(chart);
        QCOMPARE(chart.axisLabelFormat(), u"HH:mm:ss"_s);
    }

    void rubberBandZoomsToTheDraggedSpan()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 900, 450));
        chart.setData(makeWeek());
        waitForFrame(chart);
        auto *view = qobject_cast<QChartView *>(chart.chartView());
        const QRectF plot = view->chart()->plotArea();
        const int y = int(plot.center().y());
        const QPoint a(int(plot.left() + plot.width() * 0.25), y);
        const QPoint b(int(plot.left() + plot.width() * 0.5), y);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
        QMouseEvent move(
            QEvent::MouseMove, b, view->viewport()->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
        const auto range = chart.visibleRange();
        const double week = 7.0 * 24 * Hour;
        QVERIFY(std::abs(double(range.first - T0) - week * 0.25) < week * 0.01);
        QVERIFY(std::abs(double(range.second - T0) - week * 0.5) < week * 0.01);
        waitForFrame(chart);
    }

    void crosshairShowsExactCounts()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 900, 450));
        const NodeChartData data = makeWeek();
        chart.setData(data);
        waitForFrame(chart);
        QSignalSpy spy(&chart, &NodeCountChart::crosshairMoved);
        const qint64 t = T0 + 3 * 24 * Hour + 37 * Minute + 30 * 1000; // inside the spike
        chart.showCrosshairAt(t);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), 40);
        QVERIFY(chart.crosshairText().contains(u"Actual: 40 workers"_s));
        chart.showCrosshairAt(T0 + 5 * 24 * Hour + Hour);
        QVERIFY(chart.crosshairText().contains(u"Cluster down"_s));
        // And with the real mouse.
        auto *view = qobject_cast<QChartView *>(chart.chartView());
        const QRectF plot = view->chart()->plotArea();
        QTest::mouseMove(view->viewport(), plot.center().toPoint());
        QTRY_COMPARE(spy.count(), 3);
    }

    void markersHaveTooltipsAndClicksSelectEvents()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 900, 450));
        chart.setData(makeWeek());
        waitForFrame(chart);
        QCOMPARE(chart.drawnMarkerCount(), 7);
        auto *view = qobject_cast<QChartView *>(chart.chartView());
        const QVector<QPointF> nodesLost = chart.drawnMarkers(NodeChartMarker::Kind::NodesLost);
        QCOMPARE(nodesLost.size(), 3); // days 1, 3, 5
        QCOMPARE(chart.drawnMarkers(NodeChartMarker::Kind::Edit).size(), 4);
        const QPointF day3 = nodesLost.at(1);
        QChart *qchart = view->chart();
        const QPointF scenePos
            = qchart->mapToScene(qchart->mapToPosition(day3, qchart->series().constFirst()));
        const QPoint pos = view->mapFromScene(scenePos);

        // The pointer on the marker shows its tooltip; a few pixels off still does, far off not.
        QTest::mouseMove(view->viewport(), pos + QPoint(3, -2));
        QCOMPARE(chart.lastTooltip(), u"marker 3"_s);
        QTest::mouseMove(view->viewport(), pos + QPoint(40, 0));
        QTest::mouseMove(view->viewport(), pos + QPoint(-3, 3));
        QCOMPARE(chart.lastTooltip(), u"marker 3"_s);

        QSignalSpy activated(&chart, &NodeCountChart::eventActivated);
        QSignalSpy timeActivated(&chart, &NodeCountChart::timeActivated);
        // Click exactly on the marker's position on screen: its event, not a time.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 103);
        QCOMPARE(timeActivated.count(), 0);
        // Away from any marker: a time.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos + QPoint(0, 60));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(timeActivated.count(), 1);

        // Selecting from outside brings the event into view and highlights it.
        chart.setVisibleRange(T0, T0 + Hour);
        chart.selectEvent(105, T0 + 5 * 24 * Hour + 12 * Hour, 9);
        const auto range = chart.visibleRange();
        QVERIFY(
            range.first <= T0 + 5 * 24 * Hour + 12 * Hour && range.second >= T0 + 5 * 24 * Hour + 12 * Hour);
        QCOMPARE(chart.selectedEvent(), 105);
        waitForFrame(chart);
    }

    void exportsPngSvgAndCsv()
    {
        QTemporaryDir dir;
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 800, 400));
        const NodeChartData data = makeWeek();
        chart.setData(data);
        waitForFrame(chart);
        const QString png = dir.filePath(u"chart.png"_s);
        QVERIFY(chart.exportPng(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), chart.chartView()->width() * int(chart.devicePixelRatio()));
        const QString svg = dir.filePath(u"chart.svg"_s);
        QVERIFY(chart.exportSvg(svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Actual workers"));

        chart.setVisibleRange(T0 + 3 * 24 * Hour, T0 + 4 * 24 * Hour);
        const QString csvPath = dir.filePath(u"series.csv"_s);
        QVERIFY(chart.exportCsv(csvPath));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.first(),
            QByteArray(
                "time_utc,epoch_ms,actual_workers,target_workers,autoscale_min,autoscale_max,cluster_up"));
        // The rows are the day's quarter hours (both ends included) and the spike's two points,
        // and every column equals the formulas.
        QList<qint64> expectedTimes;
        for (qint64 t = T0 + 3 * 24 * Hour; t <= T0 + 4 * 24 * Hour; t += Quarter)
            expectedTimes.append(t);
        expectedTimes.append(Spike);
        expectedTimes.append(Spike + Minute);
        std::sort(expectedTimes.begin(), expectedTimes.end());
        QCOMPARE(lines.last(), QByteArray()); // the file ends with a newline
        QCOMPARE(lines.size() - 2, expectedTimes.size());
        QCOMPARE(lines.at(1), QByteArray("2023-11-17T22:13:20.000+00:00,1700259200000,2,2,2,12,1"));
        for (int i = 1; i < lines.size() - 1; ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QCOMPARE(cells.size(), 7);
            const qint64 t = cells[1].toLongLong();
            QCOMPARE(t, expectedTimes.at(i - 1));
            QCOMPARE(
                QDateTime::fromString(QString::fromLatin1(cells[0]), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                t);
            QVERIFY(cells[0].endsWith("+00:00"));
            QCOMPARE(cells[2].toInt(), handActual(t));
            QCOMPARE(cells[3].toInt(), handTarget(t));
            QCOMPARE(cells[4], QByteArray("2"));
            QCOMPARE(cells[5], QByteArray("12"));
            QCOMPARE(cells[6], QByteArray(handUp(t) ? "1" : "0"));
        }
        QCOMPARE(lines.at(1 + int(expectedTimes.indexOf(Spike))).split(',').at(2), QByteArray("40"));

        // A window across the six hours down: cluster_up goes 1, 0, 1 at the hand times.
        chart.setVisibleRange(T0 + 5 * 24 * Hour - Hour, T0 + 5 * 24 * Hour + 7 * Hour);
        QVERIFY(chart.exportCsv(csvPath));
        QFile downFile(csvPath);
        QVERIFY(downFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> downLines = downFile.readAll().split('\n');
        int downRows = 0;
        for (int i = 1; i < downLines.size() - 1; ++i) {
            const QList<QByteArray> cells = downLines[i].split(',');
            const qint64 t = cells[1].toLongLong();
            QCOMPARE(cells[6], QByteArray(handUp(t) ? "1" : "0"));
            downRows += handUp(t) ? 0 : 1;
        }
        QCOMPARE(downRows, 6 * 4); // the quarter hours from the start of the down time
    }

    // The series are painted by the chart's own item, not by Qt Charts: they must be on screen
    // where the axes say, under the markers, and in both exports.
    void seriesArePaintedOnTheAxesUnderTheMarkersAndExported()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 900, 450));
        // A day at 9 workers (target 5) with a nodes-lost marker at noon on the actual line.
        NodeChartData data;
        data.startMs = T0;
        data.endMs = T0 + 24 * Hour;
        data.actual = {{T0, 9}};
        data.target = {{T0, 5}};
        NodeChartMarker lost;
        lost.timeMs = T0 + 12 * Hour;
        lost.value = 9;
        lost.kind = NodeChartMarker::Kind::NodesLost;
        lost.tooltip = u"lost"_s;
        data.markers = {lost};
        chart.setData(data);
        waitForFrame(chart);
        QCOMPARE(chart.drawnMarkerCount(), 1);

        auto *view = qobject_cast<QChartView *>(chart.chartView());
        QChart *qchart = view->chart();
        QAbstractSeries *actualSeries = qchart->series().constFirst();
        const QImage image = view->grab().toImage();
        const auto distance = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                + std::abs(a.blue() - b.blue());
        };
        // Whether the pixels at a point (and just above and below: antialiased lines cover
        // pixel rows partly) show the colour: nearer it than half its way from white.
        const auto shows = [&](qint64 t, double value, const QColor &color) {
            const QPointF chartPos = qchart->mapToPosition(QPointF(double(t), value), actualSeries);
            const QPoint pos = view->mapFromScene(qchart->mapToScene(chartPos));
            int nearest = std::numeric_limits<int>::max();
            for (int dy = -1; dy <= 1; ++dy)
                nearest = std::min(nearest, distance(image.pixelColor(pos.x(), pos.y() + dy), color));
            return nearest < distance(Qt::white, color) / 2;
        };
        const ChartColours colours = ChartColours::fromPalette(chart.palette());
        const QColor actualColor = colours.actual;
        const QColor targetColor = colours.target;
        const QColor lostColor = colours.markers[0];
        QVERIFY(shows(T0 + 3 * Hour, 9, actualColor));
        QVERIFY(shows(T0 + 3 * Hour, 5, targetColor));
        QVERIFY(!shows(T0 + 3 * Hour, 7, actualColor) && !shows(T0 + 3 * Hour, 7, targetColor));
        // The marker sits on the line and is drawn over it.
        QVERIFY(shows(lost.timeMs, 9, lostColor));
        QVERIFY(!shows(lost.timeMs, 9, actualColor));

        QTemporaryDir dir;
        const QString png = dir.filePath(u"chart.png"_s);
        QVERIFY(chart.exportPng(png));
        QCOMPARE(QImage(png).convertToFormat(image.format()), image);
        const QString svg = dir.filePath(u"chart.svg"_s);
        QVERIFY(chart.exportSvg(svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        // Each line as a polyline in its colour across the plot (the legend's swatches have the
        // colours too, but no polylines).
        const double plotWidth = qchart->plotArea().width();
        QVERIFY(widestPolyline(svgText, actualColor) > plotWidth * 0.9);
        QVERIFY(widestPolyline(svgText, targetColor) > plotWidth * 0.9);
    }

    // The words for a screen reader are computed when asked, and set on the view once the range
    // has stopped moving, not on every frame of a zoom.
    void theDescriptionFollowsTheRangeOnceItSettles()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 900, 450));
        const NodeChartData data = makeWeek();
        chart.setData(data);
        waitForFrame(chart);
        QWidget *view = chart.chartView();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
        QVERIFY(accessible);
        const QString whole = describeNodeChart(data, {}, 0, data.startMs, data.endMs);
        QCOMPARE(accessible->text(QAccessible::Description), whole);
        QTRY_COMPARE(view->accessibleDescription(), whole);

        const qint64 from = T0 + 3 * 24 * Hour;
        for (int i = 0; i < 5; ++i)
            chart.setVisibleRange(from + i * Hour, from + i * Hour + 6 * Hour);
        const QString zoomed = describeNodeChart(data, {}, 0, from + 4 * Hour, from + 10 * Hour);
        QVERIFY(zoomed != whole);
        QCOMPARE(accessible->text(QAccessible::Description), zoomed);
        QCOMPARE(view->accessibleDescription(), whole); // not yet: the range may still be moving
        QTRY_COMPARE(view->accessibleDescription(), zoomed);
    }

    void compareOverlayShiftsTheSecondWindow()
    {
        NodeCountChart chart;
        QVERIFY(showOnScreen(chart, 900, 450));
        NodeChartData a = makeWeek();
        chart.setData(a);
        NodeChartData b;
        b.label = u"previous week"_s;
        b.startMs = T0 - 7 * 24 * Hour;
        b.endMs = T0;
        b.actual = {{b.startMs, 5}, {b.startMs + 24 * Hour, 30}};
        chart.setCompareData(b, 7 * 24 * Hour);
        QVERIFY(chart.hasCompare());
        waitForFrame(chart);
        const QVector<QPointF> drawn = chart.drawnCompare();
        QVERIFY(!drawn.isEmpty());
        QCOMPARE(drawn.first(), QPointF(double(T0), 5));
        QCOMPARE(maxOfLine(drawn, double(T0), double(T0 + 7 * 24 * Hour)), 30.0);
        chart.showCrosshairAt(T0 + 2 * 24 * Hour);
        QVERIFY(chart.crosshairText().contains(u"previous week: 30 workers"_s));
        chart.clearCompare();
        waitForFrame(chart);
        QVERIFY(chart.drawnCompare().isEmpty());
    }
};

QTEST_MAIN(TestChartNodeCount)
#include "tst_chart_nodecount.moc"
