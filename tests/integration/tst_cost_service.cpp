// CostService against the emulator: the warehouse it picks and remembers, a cluster's billed
// cost and utilisation (then from its cache), the fleet, and the fallback without grants.
#include "costfixture.h"
#include "emulator/systemtables.h"
#include "services/costservice.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using brickdesk::test::CostFixture;

namespace {

constexpr qint64 kHour = 3'600'000;

} // namespace

class TestCostService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settings() const { return m_dir.filePath(u"settings.ini"_s); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void picksARunningWarehouseAndRemembersTheChoice()
    {
        // The fixture's own service keeps its settings elsewhere: these two share settings().
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"other.ini"_s));
        const QStringList ids = fixture.emulator().sqlWarehouseIds();
        {
            CostService service(settings());
            service.setConnection(&fixture.connection());
            QSignalSpy changed(&service, &CostService::warehousesChanged);
            service.refreshWarehouses();
            QVERIFY(changed.wait());
            QCOMPARE(service.warehouses().size(), 2);
            QCOMPARE(service.warehouseId(), ids.at(0)); // the running one
            service.setWarehouseId(ids.at(1));
        }
        CostService again(settings());
        again.setConnection(&fixture.connection());
        QCOMPARE(again.warehouseId(), ids.at(1));
        QSignalSpy changed(&again, &CostService::warehousesChanged);
        again.refreshWarehouses();
        QVERIFY(changed.wait());
        QCOMPARE(again.warehouseId(), ids.at(1));
        QVERIFY(again.warehouse().isStopped());
    }

    void clusterCostIsLoadedThenServedFromTheCache()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"fresh.ini"_s));
        CostService &service = fixture.service();
        QVERIFY(fixture.listWarehouses());
        const auto posts = fixture.countStatements(this);
        const QString cluster = fixture.emulator().clusterIds().first();
        const qint64 to = fixture.emulator().systemTables().billedUntil();
        const qint64 from = to - 24 * kHour;
        QSignalSpy ready(&service, &CostService::clusterCostReady);
        service.loadCluster(cluster, from, to);
        QVERIFY(ready.wait(20000));
        const auto data = ready.takeFirst().at(0).value<ClusterCostData>();
        QVERIFY2(data.billedAvailable, qPrintable(data.fallbackReason));
        QCOMPARE(data.clusterId, cluster);
        QCOMPARE(data.billed.hours.size(), 24); // an always-on cluster: every hour billed
        QVERIFY(data.billed.totalCost > 0);
        QCOMPARE(data.billed.currency, u"USD"_s);
        QVERIFY(!data.utilisation.isEmpty());
        QVERIFY(!data.fromCache);
        QCOMPARE(*posts, 2);

        service.loadCluster(cluster, from, to);
        QVERIFY(ready.wait());
        const auto cached = ready.takeFirst().at(0).value<ClusterCostData>();
        QVERIFY(cached.fromCache);
        QCOMPARE(cached.billed.totalCost, data.billed.totalCost);
        QCOMPARE(*posts, 2); // nothing re-run
    }

    // As after a restart: a new service on the same archive file shows the chart's cost and
    // the fleet again without a statement (counted at the emulator).
    void reopeningWithTheArchiveRunsNoStatement()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"reopen.ini"_s));
        QVERIFY(fixture.listWarehouses());
        const auto posts = fixture.countStatements(this);
        const QString archive = m_dir.filePath(u"reopen.sqlite"_s);
        const QString cluster = fixture.emulator().clusterIds().first();
        // Not on whole hours: the service reads whole hours and cuts the rows to the window.
        const qint64 to = fixture.emulator().systemTables().billedUntil() - 20 * 60'000;
        const qint64 from = to - 2 * kHour; // inside the day of node rows
        ClusterCostData first;
        QVector<FleetCostRow> firstFleet;
        {
            CostService service(m_dir.filePath(u"reopen.ini"_s));
            service.setConnection(&fixture.connection());
            service.setWarehouseId(fixture.service().warehouseId()); // remembered for the reopening
            service.setArchivePath(archive);
            QSignalSpy ready(&service, &CostService::clusterCostReady);
            service.loadCluster(cluster, from, to);
            QVERIFY(ready.wait(20000));
            first = ready.first().at(0).value<ClusterCostData>();
            QVERIFY2(first.billedAvailable, qPrintable(first.fallbackReason));
            QVERIFY(!first.fromCache);
            QCOMPARE(first.billed.hours.size(), 2); // the hours that start inside the window
            // Cut to the window: the statement read from the whole hour before it.
            QVERIFY(!first.utilisation.isEmpty());
            QVERIFY(first.utilisation.first().minuteMs >= from);
            QVERIFY(first.utilisation.last().minuteMs < to);
            QSignalSpy fleet(&service, &CostService::fleetCostReady);
            service.loadFleet(to - 10 * 24 * kHour, to);
            QVERIFY(fleet.wait(20000));
            firstFleet = fleet.first().at(0).value<QVector<FleetCostRow>>();
            QCOMPARE(*posts, 4);
        }
        CostService reopened(m_dir.filePath(u"reopen.ini"_s));
        reopened.setConnection(&fixture.connection());
        reopened.setArchivePath(archive);
        QSignalSpy ready(&reopened, &CostService::clusterCostReady);
        reopened.loadCluster(cluster, from, to);
        QVERIFY(ready.wait(20000));
        const auto again = ready.first().at(0).value<ClusterCostData>();
        QVERIFY(again.fromCache);
        QCOMPARE(again.billed.totalCost, first.billed.totalCost);
        QCOMPARE(again.billed.hours.size(), first.billed.hours.size());
        QCOMPARE(again.utilisation.size(), first.utilisation.size());
        QSignalSpy fleet(&reopened, &CostService::fleetCostReady);
        reopened.loadFleet(to - 10 * 24 * kHour, to);
        QVERIFY(fleet.wait(20000));
        const auto againFleet = fleet.first().at(0).value<QVector<FleetCostRow>>();
        QCOMPARE(againFleet.size(), firstFleet.size());
        QCOMPARE(againFleet.first().clusterId, firstFleet.first().clusterId);
        QCOMPARE(againFleet.first().cost, firstFleet.first().cost);
        QCOMPARE(againFleet.last().jobId, firstFleet.last().jobId);
        QCOMPARE(*posts, 4); // nothing re-run
    }

    void fleetHasEveryClusterAndTheJobClusters()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"fleet.ini"_s));
        CostService &service = fixture.service();
        QVERIFY(fixture.listWarehouses());
        const qint64 to = fixture.emulator().systemTables().billedUntil();
        QSignalSpy ready(&service, &CostService::fleetCostReady);
        service.loadFleet(to - 20 * 24 * kHour, to);
        QVERIFY(ready.wait(20000));
        const auto rows = ready.first().at(0).value<QVector<FleetCostRow>>();
        QVERIFY(ready.first().at(1).toString().isEmpty());
        // The seeded clusters, and the job clusters of the runs (each with its job's id).
        const QStringList ids = fixture.emulator().clusterIds();
        QSet<QString> seeded(ids.begin(), ids.end());
        int jobClusters = 0;
        for (const FleetCostRow &row : rows) {
            if (!seeded.remove(row.clusterId)) {
                QVERIFY2(row.jobId != 0, qPrintable(row.clusterId));
                ++jobClusters;
            }
        }
        QVERIFY2(seeded.isEmpty(), qPrintable(QStringList(seeded.begin(), seeded.end()).join(u", "_s)));
        QVERIFY(jobClusters > 0);
        QVERIFY(rows.first().cost >= rows.last().cost);
    }

    void withoutGrantsItFallsBackWithTheReason()
    {
        CostFixture fixture(CostFixture::options(false), m_dir.filePath(u"nogrants.ini"_s));
        CostService &service = fixture.service();
        QVERIFY(fixture.listWarehouses());
        QSignalSpy ready(&service, &CostService::clusterCostReady);
        service.loadCluster(fixture.emulator().clusterIds().first(), 0, 10 * kHour);
        QVERIFY(ready.wait(20000));
        const auto data = ready.first().at(0).value<ClusterCostData>();
        QVERIFY(!data.billedAvailable);
        QVERIFY(data.fallbackReason.contains(u"USE CATALOG on system"_s));
        QVERIFY(data.fallbackReason.contains(u"node-hour estimate"_s));
    }

    void withoutAConnectionItFallsBack()
    {
        CostService service(m_dir.filePath(u"none.ini"_s));
        QSignalSpy ready(&service, &CostService::clusterCostReady);
        service.loadCluster(u"c"_s, 0, 1);
        QVERIFY(ready.wait());
        QVERIFY(!ready.first().at(0).value<ClusterCostData>().billedAvailable);
    }
};

QTEST_GUILESS_MAIN(TestCostService)
#include "tst_cost_service.moc"
