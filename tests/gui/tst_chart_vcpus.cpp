// The node chart panel's vCPU toggle: offered only for clusters whose events report vCPUs, it
// redraws the same window in vCPUs (axis, legend, crosshair, export), keeps the zoom and the
// selected event, and hides a comparison that has no vCPUs instead of mixing units on one axis.
// And the panel's preview: a zoom made on it is kept when the full history replaces it.
#include "../common/clustereventjson.h"
#include "analysis/nodechartbuilder.h"
#include "analysis/nodetimeline.h"
#include "charts/nodecountchart.h"
#include "clusters/nodechartpanel.h"
#include "domain/clusterevent.h"
#include "eventwait.h"

#include <QAbstractAxis>
#include <QChartView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr qint64 T0 = test::kEventsT0;
constexpr qint64 Minute = test::kMinuteMs;
using test::clusterEventJson;

QJsonObject counts(int currentWorkers, int targetWorkers, int vcpusPerNode)
{
    return vcpusPerNode > 0 ? test::clusterCountsJson(
               currentWorkers, targetWorkers, currentWorkers * vcpusPerNode, targetWorkers * vcpusPerNode)
                            : test::clusterCountsJson(currentWorkers, targetWorkers);
}

struct Loaded
{
    NodeTimeline timeline;
    NodeChartData data;
};

// An hour of a cluster going 2 → 6 → 3 workers; vcpusPerNode 0: its events report workers only.
Loaded cluster(const QString &label, int vcpusPerNode)
{
    const QVector<ClusterEvent> events = ClusterEvent::fromJsonArray(QJsonArray {
        clusterEventJson(0, u"CREATING"_s),
        clusterEventJson(5, u"RUNNING"_s, counts(2, 2, vcpusPerNode)),
        clusterEventJson(10, u"RESIZING"_s, counts(2, 6, vcpusPerNode)),
        clusterEventJson(14, u"UPSIZE_COMPLETED"_s, counts(6, 6, vcpusPerNode)),
        clusterEventJson(30, u"NODES_LOST"_s, counts(3, 6, vcpusPerNode)),
        clusterEventJson(60, u"TERMINATING"_s),
    });
    Loaded loaded;
    loaded.timeline = buildNodeTimeline(events);
    loaded.data = buildNodeChartData(loaded.timeline, events, label);
    return loaded;
}

QString axisTitle(NodeCountChart *chart)
{
    auto *view = qobject_cast<QChartView *>(chart->chartView());
    return view->chart()->axes(Qt::Vertical).constFirst()->titleText();
}

QStringList legendNames(NodeCountChart *chart)
{
    auto *view = qobject_cast<QChartView *>(chart->chartView());
    QStringList names;
    const QList<QLegendMarker *> markers = view->chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->isVisible())
            names << marker->label();
    }
    return names;
}

double maxOf(const QVector<QPointF> &line)
{
    double top = -1;
    for (const QPointF &p : line)
        top = std::max(top, p.y());
    return top;
}

void waitForFrame(NodeCountChart *chart)
{
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    QCoreApplication::processEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
}

} // namespace

class TestChartVcpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countsVcpusOnRequest()
    {
        NodeChartPanel panel;
        panel.resize(1100, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *toggle = panel.findChild<QToolButton *>(u"chartVcpusButton"_s);
        QVERIFY(toggle);
        QVERIFY(!toggle->isEnabled()); // nothing loaded

        const Loaded loaded = cluster(u"etl"_s, 8);
        panel.setTimeline(loaded.timeline, loaded.data);
        NodeCountChart *chart = panel.chart();
        QVERIFY(toggle->isEnabled());
        QVERIFY(!panel.countsVcpus());
        waitForFrame(chart);
        QCOMPARE(maxOf(chart->drawnActual()), 6.0);
        QCOMPARE(axisTitle(chart), NodeCountChart::tr("Workers"));

        chart->setVisibleRange(T0 + 8 * Minute, T0 + 40 * Minute);
        const auto zoomed = chart->visibleRange();
        chart->selectEvent(4, T0 + 30 * Minute, 6); // NODES_LOST
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(panel.countsVcpus());
        waitForFrame(chart);
        QCOMPARE(chart->data().unit, NodeChartUnit::Vcpus);
        QCOMPARE(maxOf(chart->drawnActual()), 48.0);
        QCOMPARE(maxOf(chart->drawnTarget()), 48.0);
        QCOMPARE(chart->visibleRange(), zoomed); // the same window, counted differently
        QCOMPARE(chart->selectedEvent(), 4);
        QCOMPARE(axisTitle(chart), NodeCountChart::tr("vCPUs"));
        const QStringList legend = legendNames(chart);
        QVERIFY2(legend.contains(NodeCountChart::tr("Actual vCPUs")), qPrintable(legend.join(u", "_s)));
        QVERIFY(!legend.contains(NodeCountChart::tr("Autoscale range")));
        chart->showCrosshairAt(T0 + 20 * Minute);
        QVERIFY2(chart->crosshairText().contains(NodeCountChart::tr("%1 vCPUs").arg(48)),
            qPrintable(chart->crosshairText()));
        QVERIFY(chart->csv().startsWith("time_utc,epoch_ms,actual_vcpus,target_vcpus,"));

        QTest::mouseClick(toggle, Qt::LeftButton); // back to workers
        waitForFrame(chart);
        QCOMPARE(chart->data().unit, NodeChartUnit::Workers);
        QCOMPARE(maxOf(chart->drawnActual()), 6.0);
        QCOMPARE(chart->visibleRange(), zoomed);
        QCOMPARE(axisTitle(chart), NodeCountChart::tr("Workers"));
        QVERIFY(chart->csv().startsWith("time_utc,epoch_ms,actual_workers,target_workers,"));
    }

    void workerOnlyClustersAreNotOffered()
    {
        NodeChartPanel panel;
        panel.show();
        auto *toggle = panel.findChild<QToolButton *>(u"chartVcpusButton"_s);
        const Loaded withVcpus = cluster(u"etl"_s, 4);
        panel.setTimeline(withVcpus.timeline, withVcpus.data);
        panel.setCountVcpus(true);
        QCOMPARE(panel.chart()->data().unit, NodeChartUnit::Vcpus);

        // The next cluster opened reports workers only: back to workers, nothing to toggle.
        const Loaded workersOnly = cluster(u"legacy"_s, 0);
        panel.setTimeline(workersOnly.timeline, workersOnly.data);
        QVERIFY(!toggle->isEnabled());
        QVERIFY(!panel.countsVcpus());
        QCOMPARE(panel.chart()->data().unit, NodeChartUnit::Workers);
        panel.setCountVcpus(true); // refused
        QVERIFY(!panel.countsVcpus());
        QVERIFY(!toggle->toolTip().isEmpty());
    }

    void aComparisonWithoutVcpusWaitsForWorkers()
    {
        NodeChartPanel panel;
        panel.resize(1100, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy status(&panel, &NodeChartPanel::statusMessage);
        const Loaded mine = cluster(u"etl"_s, 8);
        panel.setTimeline(mine.timeline, mine.data);
        panel.setCompare(cluster(u"legacy <b>x</b>"_s, 0).data, 0);
        NodeCountChart *chart = panel.chart();
        QVERIFY(chart->hasCompare());

        panel.setCountVcpus(true);
        QVERIFY(!chart->hasCompare());
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(u"legacy <b>x</b>"_s));

        panel.setCountVcpus(false);
        QVERIFY(chart->hasCompare());
        waitForFrame(chart);
        QCOMPARE(maxOf(chart->drawnCompare()), 6.0);

        // A comparison that reports vCPUs is drawn in vCPUs too.
        panel.setCompare(cluster(u"other"_s, 4).data, 0);
        panel.setCountVcpus(true);
        QVERIFY(chart->hasCompare());
        waitForFrame(chart);
        QCOMPARE(maxOf(chart->drawnCompare()), 24.0);
    }

    // The archive's preview is up while the full history loads: a zoom made on it is where the
    // user is looking, and the full history is shown there; without one, in its whole window.
    void aZoomMadeOnThePreviewSurvivesTheFullHistory()
    {
        NodeChartPanel panel;
        panel.resize(1100, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        NodeCountChart *chart = panel.chart();
        const Loaded full = cluster(u"etl"_s, 0);
        NodeChartData preview = full.data;
        preview.markers.clear(); // the stored timeline has no events
        preview.archivedUntilMs = full.data.endMs;

        panel.setPreview(preview);
        chart->setVisibleRange(T0 + 8 * Minute, T0 + 20 * Minute);
        const auto zoomed = chart->visibleRange();
        panel.setTimeline(full.timeline, full.data);
        QCOMPARE(chart->data().markers.size(), full.data.markers.size());
        QCOMPARE(chart->visibleRange(), zoomed);
        waitForFrame(chart);
        QCOMPARE(maxOf(chart->drawnActual()), 6.0);

        // Loaded again (another window, a refresh): a preview left as it came.
        panel.clear();
        panel.setPreview(preview);
        panel.setTimeline(full.timeline, full.data);
        QCOMPARE(chart->visibleRange(), qMakePair(full.data.startMs, full.data.endMs));
        // Once the full history is there, a later preview changes nothing.
        chart->setVisibleRange(T0 + 8 * Minute, T0 + 20 * Minute);
        panel.setPreview(preview);
        QCOMPARE(chart->visibleRange(), zoomed);
        QCOMPARE(chart->data().markers.size(), full.data.markers.size());
        waitForFrame(chart);
    }
};

QTEST_MAIN(TestChartVcpus)
#include "tst_chart_vcpus.moc"
