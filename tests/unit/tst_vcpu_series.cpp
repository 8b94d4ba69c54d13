// Capacity in vCPUs, as the newer autoscalers report it beside the worker counts: parsed from
// each event, turned into step series beside the worker series, and drawn in place of them on
// request (inVcpus), from hand-made events and from every cluster the emulator seeds.
#include "../common/clustereventjson.h"
#include "analysis/nodechartbuilder.h"
#include "analysis/nodechartcsv.h"
#include "analysis/nodetimeline.h"
#include "domain/clusterevent.h"
#include "emulator/workspaceemulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr qint64 T0 = test::kEventsT0;
constexpr qint64 Minute = test::kMinuteMs;
using test::clusterEventJson;

QJsonObject counts(int currentWorkers, int targetWorkers, int currentVcpus, int targetVcpus)
{
    QJsonObject details = test::clusterCountsJson(currentWorkers, targetWorkers, currentVcpus, targetVcpus);
    details.insert(u"cause"_s, u"AUTOSCALE_V2"_s);
    return details;
}

// Two sessions of a cluster with 4-vCPU nodes whose autoscaler reports vCPUs.
QVector<ClusterEvent> twoSessions()
{
    const QJsonObject autoscale {{u"cluster_size"_s,
        QJsonObject {{u"autoscale"_s, QJsonObject {{u"min_workers"_s, 2}, {u"max_workers"_s, 8}}}}}};
    return ClusterEvent::fromJsonArray(QJsonArray {
        clusterEventJson(0, u"CREATING"_s, autoscale),
        clusterEventJson(5, u"RUNNING"_s, counts(2, 2, 8, 8)),
        clusterEventJson(10, u"RESIZING"_s, counts(2, 6, 8, 24)),
        clusterEventJson(14, u"UPSIZE_COMPLETED"_s, counts(6, 6, 24, 24)),
        clusterEventJson(20, u"TERMINATING"_s),
        clusterEventJson(30, u"STARTING"_s),
        clusterEventJson(34, u"RUNNING"_s, counts(2, 2, 8, 8)),
    });
}

StepSeries steps(std::initializer_list<std::pair<qint64, int>> minutesAndValues)
{
    StepSeries series;
    for (const auto &[minute, value] : minutesAndValues)
        series.append({T0 + minute * Minute, value});
    return series;
}

} // namespace

class TestVcpuSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesVcpusOnlyWhereTheyAreNumbers()
    {
        const QVector<ClusterEvent> events = ClusterEvent::fromJsonArray(QJsonArray {
            clusterEventJson(0, u"RESIZING"_s, counts(2, 6, 8, 24)),
            clusterEventJson(1, u"RUNNING"_s, counts(3, 3, -1, -1)),
            clusterEventJson(2, u"RUNNING"_s,
                QJsonObject {{u"current_num_vcpus"_s, u"12"_s}, {u"target_num_vcpus"_s, -4}}),
        });
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).currentVcpus(), 8);
        QCOMPARE(events.at(0).targetVcpus(), 24);
        QCOMPARE(events.at(0).currentWorkers(), 2);
        QVERIFY(!events.at(1).hasCurrentVcpus());
        QVERIFY(!events.at(1).hasTargetVcpus());
        QVERIFY(!events.at(2).hasCurrentVcpus()); // a string is not a count
        QVERIFY(!events.at(2).hasTargetVcpus()); // nor is a negative number
        QVERIFY(ClusterEvent::inlineSize() <= 96);
    }

    void buildsTheReportedVcpusBesideTheWorkers()
    {
        const QVector<ClusterEvent> events = twoSessions();
        const NodeTimeline timeline = buildNodeTimeline(events);
        const NodeChartData data = buildNodeChartData(timeline, events, u"etl"_s);
        QCOMPARE(data.unit, NodeChartUnit::Workers);
        QCOMPARE(data.actual, timeline.actualWorkers());
        QVERIFY(data.hasVcpus());
        // Samples as reported, 0 from the termination, no nodes from the restart until a sample.
        QCOMPARE(data.actualVcpus, steps({{5, 8}, {14, 24}, {20, 0}, {34, 8}}));
        QCOMPARE(data.targetVcpus, steps({{5, 8}, {10, 24}, {20, 0}, {34, 8}}));
    }

    void drawsVcpusInPlaceOfWorkers()
    {
        const QVector<ClusterEvent> events = twoSessions();
        const NodeChartData workers = buildNodeChartData(buildNodeTimeline(events), events, u"etl"_s);
        const NodeChartData vcpus = inVcpus(workers);
        QCOMPARE(vcpus.unit, NodeChartUnit::Vcpus);
        QCOMPARE(vcpus.actual, workers.actualVcpus);
        QCOMPARE(vcpus.target, workers.targetVcpus);
        QVERIFY(vcpus.autoscaleMin.isEmpty()); // bounds are set in workers
        QVERIFY(vcpus.autoscaleMax.isEmpty());
        QCOMPARE(vcpus.down, workers.down);
        QCOMPARE(vcpus.markers.size(), workers.markers.size());
        for (const NodeChartMarker &marker : vcpus.markers) {
            if (marker.kind == NodeChartMarker::Kind::Termination)
                QCOMPARE(marker.value, 24.0); // on the vCPU line just before it drops
        }
        QCOMPARE(inVcpus(vcpus).actual, vcpus.actual); // already in vCPUs: unchanged

        const QByteArray csv = nodeChartCsv(vcpus, {}, 0, vcpus.startMs, vcpus.endMs);
        QVERIFY(csv.startsWith(
            "time_utc,epoch_ms,actual_vcpus,target_vcpus,autoscale_min,autoscale_max,cluster_up\n"));
        QVERIFY(csv.contains(",24,24,,,1\n"));
    }

    void workerOnlyClustersStayInWorkers()
    {
        const QVector<ClusterEvent> events = ClusterEvent::fromJsonArray(QJsonArray {
            clusterEventJson(0, u"RUNNING"_s, counts(2, 2, -1, -1)),
            clusterEventJson(5, u"RESIZING"_s, counts(2, 4, -1, -1)),
        });
        const NodeChartData data = buildNodeChartData(buildNodeTimeline(events), events, u"etl"_s);
        QVERIFY(!data.hasVcpus());
        const NodeChartData same = inVcpus(data);
        QCOMPARE(same.unit, NodeChartUnit::Workers);
        QCOMPARE(same.actual, data.actual);
        QCOMPARE(same.autoscaleMax, data.autoscaleMax);
    }

    // Every seeded cluster: where an event reports vCPUs the series hold exactly that from
    // there, and the emulator's nodes have a fixed size, so vCPUs are workers times cores.
    void agreesWithEveryEmulatedCluster()
    {
        const emulator::EmulatorOptions options;
        emulator::WorkspaceEmulator emulator(options);
        int withVcpus = 0;
        int withoutVcpus = 0;
        for (const QString &id : emulator.clusterIds()) {
            const QVector<ClusterEvent> events
                = ClusterEvent::fromJsonArray(emulator.events(id, 0, std::numeric_limits<qint64>::max()));
            const NodeTimeline timeline = buildNodeTimeline(events);
            const NodeChartData data = buildNodeChartData(timeline, events, id);
            bool reports = false;
            int cores = 0;
            for (const ClusterEvent &e : events) {
                if (e.hasCurrentVcpus()) {
                    reports = true;
                    QCOMPARE(NodeTimeline::valueAt(data.actualVcpus, e.timestamp()), e.currentVcpus());
                    if (e.currentWorkers() > 0) {
                        QCOMPARE(e.currentVcpus() % e.currentWorkers(), 0);
                        const int perNode = e.currentVcpus() / e.currentWorkers();
                        QVERIFY2(cores == 0 || cores == perNode, qPrintable(id));
                        cores = perNode;
                    }
                }
                if (e.hasTargetVcpus())
                    QCOMPARE(NodeTimeline::valueAt(data.targetVcpus, e.timestamp()), e.targetVcpus());
            }
            QCOMPARE(data.hasVcpus(), reports);
            (reports ? withVcpus : withoutVcpus)++;
        }
        // The demo shows both kinds of cluster.
        QVERIFY(withVcpus > 0);
        QVERIFY(withoutVcpus > 0);
    }
};

QTEST_GUILESS_MAIN(TestVcpuSeries)
#include "tst_vcpu_series.moc"
