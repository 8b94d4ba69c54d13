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
        int statementPosts = 0;
        connect(&fixture.emulator(), &emulator::WorkspaceEmulator::requestServed, this,
            [&statementPosts](const QString &method, const QString &path) {
                if (method == u"POST"_s && path == u"/api/2.0/sql/statements"_s)
                    ++statementPosts;
            });
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
        QCOMPARE(statementPosts, 2);

        service.loadCluster(cluster, from, to);
        QVERIFY(ready.wait());
        const auto cached = ready.takeFirst().at(0).value<ClusterCostData>();
        QVERIFY(cached.fromCache);
        QCOMPARE(cached.billed.totalCost, data.billed.totalCost);
        QCOMPARE(statementPosts, 2); // nothing re-run
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
