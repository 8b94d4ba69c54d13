// The failure inbox's poller and digest against emulated workspaces: failures of several
// workspaces at once, runs that end between polls, and what polling costs in requests.
#include "analysis/failuredigest.h"
#include "api/connection.h"
#include "api/jobsapi.h"
#include "api/pendingretries.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "failingruns.h"
#include "models/failureinboxmodel.h"
#include "requestlog.h"
#include "services/failureinbox.h"
#include "services/runactivitymonitor.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kTimeout = 30'000;

// Every live run fails, quickly.

Run makeRun(qint64 id, qint64 jobId, qint64 startMs, const QString &result)
{
    QJsonObject state {{u"life_cycle_state"_s, u"TERMINATED"_s}, {u"result_state"_s, result}};
    if (result != u"SUCCESS"_s)
        state.insert(u"state_message"_s, u"Task extract failed"_s);
    QJsonObject failingTask {{u"task_key"_s, u"extract"_s}, {u"run_id"_s, id * 10},
        {u"start_time"_s, startMs},
        {u"state"_s,
            QJsonObject {{u"life_cycle_state"_s, u"TERMINATED"_s}, {u"result_state"_s, result},
                {u"state_message"_s,
                    u"<b>KeyError</b>: 'customer_id'\nTraceback (most recent call last):"_s}}}};
    return Run::fromJson(QJsonObject {{u"run_id"_s, id}, {u"job_id"_s, jobId},
        {u"run_name"_s, u"job %1"_s.arg(jobId)}, {u"start_time"_s, startMs}, {u"end_time"_s, startMs + 1000},
        {u"state"_s, state}, {u"tasks"_s, QJsonArray {failingTask}}});
}

} // namespace

class TestFailureInbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"FailureInbox"_s); // seen runs of an earlier run of this test
    }

    void digestGroupsByJobCountsTheStreakAndKeepsOneLineOfPlainText()
    {
        const qint64 t = 1'700'000'000'000;
        // Job 1: succeeded, then failed twice (newest); job 2: failed, then succeeded (newest).
        const QVector<Run> runs {makeRun(1, 1, t, u"SUCCESS"_s), makeRun(2, 1, t + 1000, u"FAILED"_s),
            makeRun(3, 1, t + 2000, u"TIMEDOUT"_s), makeRun(4, 2, t + 500, u"FAILED"_s),
            makeRun(5, 2, t + 3000, u"SUCCESS"_s), makeRun(6, 3, t + 100, u"CANCELED"_s)};
        const QVector<FailureGroup> groups = FailureDigest::build(runs);
        QCOMPARE(groups.size(), 3);
        // Newest failure first: job 1 (t+2000), job 2 (t+500), job 3 (t+100).
        QCOMPARE(groups.at(0).jobId, 1);
        QCOMPARE(groups.at(0).failures.size(), 2);
        QCOMPARE(groups.at(0).failures.first().run.id(), 3);
        QCOMPARE(groups.at(0).streak, 2);
        QCOMPARE(groups.at(0).streakSinceMs, t + 1000);
        QVERIFY(!groups.at(0).streakReachesWindowStart);
        QCOMPARE(groups.at(1).jobId, 2);
        QCOMPARE(groups.at(1).streak, 0); // it succeeded since
        QCOMPARE(groups.at(2).jobId, 3);
        QCOMPARE(groups.at(2).streak, 1);
        QVERIFY(groups.at(2).streakReachesWindowStart); // nothing older in the window
        const FailureItem item = groups.at(0).failures.first();
        QCOMPARE(item.taskKey, u"extract"_s);
        QCOMPARE(item.taskRunId, 30);
        // One line; markup is kept as text (the widgets show it as plain text).
        QCOMPARE(item.error, u"<b>KeyError</b>: 'customer_id' Traceback (most recent call last):"_s);
        QCOMPARE(FailureDigest::oneLine(QString(300, u'x'), 10).size(), 10);
    }

    void inboxShowsFailuresOfTwoWorkspacesAndRemembersWhatWasSeen()
    {
        test::EmulatorFixture first(test::failingOptions(1));
        test::EmulatorFixture second(test::failingOptions(2));
        Connection a(first.url(), std::make_shared<StaticTokenProvider>(first.token()));
        Connection b(second.url(), std::make_shared<StaticTokenProvider>(second.token()));

        FailureInbox inbox;
        inbox.setPollIntervalMs(150);
        QAbstractItemModelTester tester(
            inbox.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        inbox.addWorkspace(u"a"_s, u"Workspace A"_s, &a);
        inbox.addWorkspace(u"b"_s, u"Workspace B"_s, &b);
        inbox.markAllSeen(); // whatever the seeded history holds
        QTRY_VERIFY_WITH_TIMEOUT(
            inbox.monitor(u"a"_s)->hasPolled() && inbox.monitor(u"b"_s)->hasPolled(), kTimeout);
        inbox.markAllSeen();
        const int before = inbox.model()->failureCount();

        const qint64 jobA = first.emulator().anyJobId(2);
        const qint64 jobB = second.emulator().anyJobId(2);
        const qint64 runA = test::runNow(a, jobA);
        const qint64 runB = test::runNow(b, jobB);
        QVERIFY(runA > 0 && runB > 0);

        QTRY_VERIFY_WITH_TIMEOUT(inbox.model()->indexOfRun(u"a"_s, runA).isValid(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(inbox.model()->indexOfRun(u"b"_s, runB).isValid(), kTimeout);
        QCOMPARE(inbox.model()->failureCount(), before + 2);
        QCOMPARE(inbox.unseenCount(u"a"_s), 1);
        QCOMPARE(inbox.unseenCount(u"b"_s), 1);
        QCOMPARE(inbox.unseenCount(), 2);

        // Each row says where it is from; the job row holds the run, newest first.
        const QModelIndex run = inbox.model()->indexOfRun(u"b"_s, runB);
        QCOMPARE(run.data(FailureInboxModel::WorkspaceKeyRole).toString(), u"b"_s);
        QCOMPARE(run.siblingAtColumn(FailureInboxModel::WorkspaceColumn).data().toString(), u"Workspace B"_s);
        QCOMPARE(run.parent().data(FailureInboxModel::JobIdRole).toLongLong(), jobB);
        QCOMPARE(run.row(), 0);
        QVERIFY(!run.siblingAtColumn(FailureInboxModel::TaskColumn).data().toString().isEmpty());
        QVERIFY(!run.siblingAtColumn(FailureInboxModel::ErrorColumn).data().toString().isEmpty());
        QVERIFY(run.parent().data(FailureInboxModel::StreakRole).toInt() >= 1);

        // Seen is kept in the settings: a new inbox over the same workspace remembers.
        inbox.markSeen(u"b"_s, runB);
        QCOMPARE(inbox.unseenCount(), 1);
        FailureInbox again;
        again.setPollIntervalMs(150);
        again.addWorkspace(u"b"_s, u"Workspace B"_s, &b);
        QTRY_VERIFY_WITH_TIMEOUT(again.model()->indexOfRun(u"b"_s, runB).isValid(), kTimeout);
        QCOMPARE(again.unseenCount(u"b"_s), 0);
    }

    void pollWhoseWaitIsCancelledEndsQuietlyAndPollingGoesOn()
    {
        // The workspace rate-limits the first listing for 40 s; the user cancels that wait.
        test::EmulatorFixture fixture;
        fixture.emulator().faults().add(emulator::Fault::rateLimit(u"/jobs/runs/list$"_s, 40, 1));
        Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
        RunActivityMonitor monitor;
        monitor.setIntervalMs(50);
        monitor.setConnection(&connection);
        QSignalSpy polled(&monitor, &RunActivityMonitor::polled);
        QSignalSpy failed(&monitor, &RunActivityMonitor::pollFailed);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!connection.pendingRetries()->isEmpty(), kTimeout);
        connection.pendingRetries()->cancelAll();
        // The next poll comes at the usual time (no 40 s wait, no dead inbox), and a cancelled
        // wait is not a failure to report.
        QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 1, kTimeout);
        QCOMPARE(failed.count(), 0);
        QVERIFY(monitor.hasPolled());
    }

    void runStartedBeforeThePreviousPollIsReportedWhenItEnds()
    {
        // The monitor's clock runs an hour ahead: every listing by start time starts after
        // the run did, so only the active list and runs/get can see it end.
        test::EmulatorFixture fixture(test::failingOptions(3));
        fixture.emulator().setLatency(0);
        Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
        RunActivityMonitor monitor;
        monitor.setClock([] { return QDateTime::currentMSecsSinceEpoch() + 3600 * 1000; });
        monitor.setIntervalMs(50);
        monitor.setConnection(&connection);
        QSignalSpy ended(&monitor, &RunActivityMonitor::runsEnded);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.hasPolled(), kTimeout);

        test::RequestLog log(fixture.emulator());
        const qint64 runId = test::runNow(connection, fixture.emulator().anyJobId(1));
        QVERIFY(runId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &signal : std::as_const(ended)) {
                    for (const Run &run : signal.first().value<QVector<Run>>()) {
                        if (run.id() == runId)
                            return true;
                    }
                }
                return false;
            }(),
            kTimeout);
        QVERIFY(log.count(u"GET /api/2.2/jobs/runs/get"_s) >= 1);
        QVERIFY(!monitor.endedRuns().isEmpty());
        QCOMPARE(monitor.endedRuns().first().id(), runId);
    }

    // What following every workspace costs: 3 workspaces of 1,000 jobs each. The first poll
    // lists a day of ended runs; after that a poll is a few requests whatever the number of
    // jobs. Printed as requests per minute at the default interval of one minute.
    void pollingCostDoesNotGrowWithTheNumberOfJobs()
    {
        std::vector<std::unique_ptr<test::EmulatorFixture>> fixtures;
        std::vector<std::unique_ptr<Connection>> connections;
        FailureInbox inbox;
        inbox.setPollIntervalMs(100);
        qint64 served = 0;
        QObject context;
        for (int i = 0; i < 3; ++i) {
            auto options = test::EmulatorFixture::smallOptions();
            options.seed = 100 + i;
            options.jobs = 1000;
            options.runsPerJob = 8;
            options.clusters = 1;
            options.eventsPerCluster = 10;
            options.timeScale = 1.0;
            fixtures.push_back(std::make_unique<test::EmulatorFixture>(options));
            QObject::connect(&fixtures.back()->emulator(), &emulator::WorkspaceEmulator::requestServed,
                &context, [&served](const QString &, const QString &path, int) {
                    if (path.contains(u"/jobs/runs/"_s))
                        ++served;
                });
            connections.push_back(std::make_unique<Connection>(
                fixtures.back()->url(), std::make_shared<StaticTokenProvider>(fixtures.back()->token())));
            inbox.addWorkspace(u"w%1"_s.arg(i), u"W%1"_s.arg(i), connections.back().get());
        }
        const auto polls = [&] {
            int total = 0;
            for (int i = 0; i < 3; ++i)
                total += inbox.monitor(u"w%1"_s.arg(i))->pollCount();
            return total;
        };
        QTRY_VERIFY_WITH_TIMEOUT(polls() >= 3, 60'000);
        const qint64 firstPolls = served;
        const int pollsBefore = polls();
        QTRY_VERIFY_WITH_TIMEOUT(polls() >= pollsBefore + 30, 60'000);
        const qint64 steady = served - firstPolls;
        const int steadyPolls = polls() - pollsBefore;
        const double perPoll = double(steady) / steadyPolls;
        qInfo("first poll of 3 workspaces x 1000 jobs: %lld requests; then %.2f requests per workspace and "
              "poll "
              "(%lld over %d polls) = %.1f requests per minute for 3 workspaces at one poll a minute",
            firstPolls, perPoll, steady, steadyPolls, perPoll * 3);
        QCOMPARE(qint64(inbox.requestsSent()) >= served - 10, true);
        // One completed-runs page and one active-runs page per poll, plus a few runs/get for
        // runs that ended: far from one request per job.
        QVERIFY2(perPoll < 6.0, qPrintable(QString::number(perPoll)));
    }
};

QTEST_GUILESS_MAIN(TestFailureInbox)
#include "tst_failure_inbox.moc"
