// JobCostService against the emulator: a job's cost per run and per day, the most expensive
// jobs, the answers kept in memory and in the workspace's archive (a second open runs no
// statement, counted at the emulator), the staleness rule, and the fallback without grants.
#include "archive/archiverelease.h"
#include "costfixture.h"
#include "emulator/systemtables.h"
#include "eventwait.h"
#include "services/costservice.h"
#include "services/jobcostservice.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using brickdesk::test::CostFixture;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

} // namespace

class TestJobCostService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The job with the most billed usage, and its total DBUs, read straight from the stored rows.
    static std::pair<qint64, double> busiestJob(CostFixture &fixture)
    {
        QString error;
        auto &tables = fixture.emulator().systemTables();
        if (!tables.ensure({u"system.billing.usage"_s}, &error))
            qFatal("%s", qPrintable(error));
        QSqlQuery q(tables.database());
        if (!q.exec(u"SELECT usage_metadata__job_id, SUM(usage_quantity) AS dbus FROM system__billing__usage "
                    "WHERE usage_metadata__job_id IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"_s)
            || !q.next())
            qFatal("no job usage");
        return {q.value(0).toString().toLongLong(), q.value(1).toDouble()};
    }

    static JobCostData loadJob(JobCostService &service, qint64 jobId, qint64 from, qint64 to)
    {
        QSignalSpy ready(&service, &JobCostService::jobCostReady);
        service.loadJob(jobId, from, to);
        if (!ready.wait(20000))
            qFatal("no job cost");
        return ready.first().at(0).value<JobCostData>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void theRuleForStaleAnswers()
    {
        const qint64 t = 1'000 * kDay;
        // Settled: the window had ended a day before the fetch. Kept for good.
        QVERIFY(JobCostService::isUsable(t - kDay, t, t + 365 * kDay));
        // Not settled: an hour.
        QVERIFY(JobCostService::isUsable(t - kDay + 1, t, t + kHour - 1));
        QVERIFY(!JobCostService::isUsable(t - kDay + 1, t, t + kHour));
        QVERIFY(!JobCostService::isUsable(t, t, t + 2 * kHour));
    }

    void aJobIsReadOnceThenServedFromMemory()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"memory.ini"_s));
        QVERIFY(fixture.listWarehouses());
        const auto [jobId, dbus] = busiestJob(fixture);
        const auto posts = fixture.countStatements(this);
        JobCostService service(&fixture.service());
        const qint64 to = (fixture.emulator().systemTables().billedUntil() / kDay + 2) * kDay;
        const qint64 from = to - 60 * kDay;

        const JobCostData first = loadJob(service, jobId, from, to);
        QVERIFY2(first.billedAvailable, qPrintable(first.fallbackReason));
        QCOMPARE(first.source, CostAnswerSource::Warehouse);
        QCOMPARE(*posts, 1);
        QVERIFY(qAbs(first.cost.totalDbus - dbus) < 1e-6);
        QVERIFY(first.cost.runs.size() > 1);
        QCOMPARE(first.cost.days.size(), 60);
        QCOMPARE(first.cost.currency, u"USD"_s);

        const JobCostData again = loadJob(service, jobId, from, to);
        QCOMPARE(again.source, CostAnswerSource::Memory);
        QCOMPARE(again.cost.totalCost, first.cost.totalCost);
        QCOMPARE(*posts, 1);
    }

    void reopeningWithTheArchiveRunsNoStatement()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"archive.ini"_s));
        QVERIFY(fixture.listWarehouses());
        const qint64 jobId = busiestJob(fixture).first;
        const auto posts = fixture.countStatements(this);
        const QString archive = m_dir.filePath(u"workspace.sqlite"_s);
        const qint64 to = (fixture.emulator().systemTables().billedUntil() / kDay + 1) * kDay;
        const qint64 from = to - 30 * kDay;
        JobCostData first;
        ExpensiveJobsData firstList;
        {
            JobCostService service(&fixture.service());
            service.setArchivePath(archive);
            first = loadJob(service, jobId, from, to);
            QCOMPARE(first.source, CostAnswerSource::Warehouse);
            QSignalSpy list(&service, &JobCostService::mostExpensiveReady);
            service.loadMostExpensive(from, to, 5);
            QVERIFY(list.wait(20000));
            firstList = list.first().at(0).value<ExpensiveJobsData>();
            QVERIFY2(firstList.billedAvailable, qPrintable(firstList.fallbackReason));
            QCOMPARE(firstList.jobs.size(), 5);
            QVERIFY(!firstList.jobs.first().name.isEmpty()); // named through the Jobs API
            QCOMPARE(*posts, 2);
        }
        // As after a restart: a new service, nothing in memory, the same archive file.
        JobCostService reopened(&fixture.service());
        reopened.setArchivePath(archive);
        const JobCostData second = loadJob(reopened, jobId, from, to);
        QCOMPARE(second.source, CostAnswerSource::Archive);
        QCOMPARE(second.cost.totalCost, first.cost.totalCost);
        QCOMPARE(second.cost.runs.size(), first.cost.runs.size());
        QSignalSpy list(&reopened, &JobCostService::mostExpensiveReady);
        reopened.loadMostExpensive(from, to, 5);
        QVERIFY(list.wait(20000));
        const auto secondList = list.first().at(0).value<ExpensiveJobsData>();
        QCOMPARE(secondList.source, CostAnswerSource::Archive);
        QCOMPARE(secondList.jobs.first().name, firstList.jobs.first().name);
        QCOMPARE(secondList.jobs.first().cost, firstList.jobs.first().cost);
        QCOMPARE(*posts, 2); // nothing re-run

        // Preferences deletes the archive: the service lets go of it, then keeps answers anew.
        ArchiveRelease::instance()->requestRelease(archive);
        QVERIFY(QFile::remove(archive));
        QFile::remove(archive + u"-wal"_s);
        QFile::remove(archive + u"-shm"_s);
        ArchiveRelease::instance()->announceReleased(archive);
        QCOMPARE(loadJob(reopened, jobId, from, to).source, CostAnswerSource::Warehouse);
        QCOMPARE(*posts, 3);
        QTRY_VERIFY(QFileInfo::exists(archive));
    }

    void aRecentWindowIsAskedAgainAfterAnHour()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"stale.ini"_s));
        QVERIFY(fixture.listWarehouses());
        const qint64 jobId = busiestJob(fixture).first;
        const auto posts = fixture.countStatements(this);
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 from = 0;
        qint64 to = 0;
        {
            JobCostService service(&fixture.service());
            service.setArchivePath(m_dir.filePath(u"stale.sqlite"_s));
            service.setClock([&now] { return now; });
            std::tie(from, to) = service.alignedWindow(30); // ends in the current hour
            QCOMPARE(loadJob(service, jobId, from, to).source, CostAnswerSource::Warehouse);
            now += kHour - 1000;
            QCOMPARE(loadJob(service, jobId, from, to).source, CostAnswerSource::Memory);
            QCOMPARE(*posts, 1);
            now += 2000; // an hour after the fetch: billing may have caught up
            QCOMPARE(loadJob(service, jobId, from, to).source, CostAnswerSource::Warehouse);
            QCOMPARE(*posts, 2);
            // A day and more later that window is settled: kept for good, in the archive too.
            now += 2 * kDay;
            QCOMPARE(loadJob(service, jobId, from, to).source, CostAnswerSource::Warehouse);
            QCOMPARE(*posts, 3);
        } // the archive is written on its own thread; closing it waits for what was asked
        now += 300 * kDay;
        JobCostService later(&fixture.service());
        later.setArchivePath(m_dir.filePath(u"stale.sqlite"_s));
        later.setClock([&now] { return now; });
        QCOMPARE(loadJob(later, jobId, from, to).source, CostAnswerSource::Archive);
        QCOMPARE(*posts, 3);
    }

    void withoutGrantsTheReasonIsInWordsAndNothingIsKept()
    {
        CostFixture fixture(CostFixture::options(false), m_dir.filePath(u"nogrants.ini"_s));
        QVERIFY(fixture.listWarehouses());
        const auto posts = fixture.countStatements(this);
        JobCostService service(&fixture.service());
        service.setArchivePath(m_dir.filePath(u"nogrants.sqlite"_s));
        const JobCostData data = loadJob(service, 1, 0, 10 * kHour);
        QVERIFY(!data.billedAvailable);
        QVERIFY2(data.fallbackReason.contains(u"USE CATALOG on system"_s), qPrintable(data.fallbackReason));
        QVERIFY(
            loadJob(service, 1, 0, 10 * kHour).fallbackReason.contains(u"SELECT on system.billing.usage"_s));
        QCOMPARE(*posts, 2); // asked again: the grant may have come
    }

    void aStoppedWarehouseIsNeverStartedForIt()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"stopped.ini"_s));
        QVERIFY(fixture.listWarehouses());
        const QString stopped = fixture.emulator().sqlWarehouseIds().at(1);
        fixture.service().setWarehouseId(stopped);
        QVERIFY(fixture.service().warehouse().isStopped());
        const auto posts = fixture.countStatements(this);
        JobCostService service(&fixture.service());
        const JobCostData data = loadJob(service, busiestJob(fixture).first, 0, 30 * kDay);
        QVERIFY(!data.billedAvailable);
        QVERIFY2(data.fallbackReason.contains(u"is stopped"_s), qPrintable(data.fallbackReason));
        QSignalSpy list(&service, &JobCostService::mostExpensiveReady);
        service.loadMostExpensive(0, 30 * kDay);
        QVERIFY(list.wait(20000));
        QVERIFY(list.first().at(0).value<ExpensiveJobsData>().fallbackReason.contains(u"costs money"_s));
        QCOMPARE(*posts, 0); // a statement would have started it
        QVERIFY(fixture.listWarehouses());
        QVERIFY(fixture.service().warehouse().isStopped());
    }

    void withoutAWarehouseTheReasonIsInWords()
    {
        CostService costs(m_dir.filePath(u"none.ini"_s));
        JobCostService service(&costs);
        const JobCostData data = loadJob(service, 1, 0, 1);
        QVERIFY(!data.billedAvailable);
        QVERIFY(data.fallbackReason.contains(u"No SQL warehouse"_s));
    }
};

QTEST_GUILESS_MAIN(TestJobCostService)
#include "tst_job_cost_service.moc"
