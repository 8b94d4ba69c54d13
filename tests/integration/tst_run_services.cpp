// The run services and typed run calls against the emulator over loopback: a for-each task
// run's iterations fetched through every page, run-now with `only`, repair with dependents,
// 64-bit ids kept exactly, and the one run poller (back-off, stop at the end) behind the run
// detail and the run watcher.
#include "api/connection.h"
#include "api/jobsapi.h"
#include "api/pendingretries.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "services/runpoller.h"
#include "services/runservice.h"
#include "services/runwatchservice.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace brickdesk;

namespace {

template<typename T>
ApiResult<T> wait(const ApiCall<T> &call)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    call.then(&context, [&result](const ApiResult<T> &r) { result = r; });
    if (!brickdesk::test::waitFor([&result] { return result.has_value(); }, 15000))
        qWarning("no answer within 15 s");
    return result.value_or(ApiResult<T>(ApiError(ApiError::Kind::Timeout, u"no answer"_s)));
}

} // namespace

class TestRunServices final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;

    qint64 finishedRun(const QString &jobName)
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(jobName);
        for (const qint64 runId : m_fixture->emulator().runIdsOfJob(jobId)) {
            if (m_fixture->emulator().run(runId).value(u"state").toObject().value(u"result_state").toString()
                == u"SUCCESS"_s)
                return runId;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<test::EmulatorFixture>();
        m_connection = std::make_unique<Connection>(
            m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    }

    void forEachIterationsAreFetchedThroughEveryPage()
    {
        const qint64 runId = finishedRun(u"partition_fanout"_s);
        const ApiResult<Run> run = wait(m_connection->jobs().getFullRun(runId));
        QVERIFY2(run.ok(), qPrintable(run.error().toString()));
        QCOMPARE(run.value().id(), runId); // a 64-bit id, exactly
        qint64 forEachRunId = 0;
        for (const RunTask &task : run.value().tasks()) {
            if (task.isForEach())
                forEachRunId = task.runId();
        }
        QVERIFY(forEachRunId > 0);
        const ApiResult<Run> first = wait(m_connection->jobs().getRunFirstPage(forEachRunId));
        QCOMPARE(first.value().iterations().size(), 100); // one 2.2 page
        const ApiResult<Run> all = wait(m_connection->jobs().getFullRun(forEachRunId));
        QVERIFY(all.ok());
        const QVector<RunTask> iterations = all.value().iterations();
        QCOMPARE(iterations.size(), 120);
        QSet<qint64> ids;
        for (const RunTask &iteration : iterations) {
            ids.insert(iteration.runId());
            QCOMPARE(iteration.displayState().category(), RunDisplayState::Category::Succeeded);
        }
        QCOMPARE(ids.size(), 120);
    }

    void runServiceLoadsOutputsIterationsAndTheChildRunLink()
    {
        RunService service;
        service.setConnection(m_connection.get());
        QSignalSpy iterations(&service, &RunService::iterationsChanged);
        service.show(finishedRun(u"partition_fanout"_s));
        QTRY_COMPARE_WITH_TIMEOUT(iterations.count(), 1, 15000);
        QCOMPARE(service.iterations(iterations.first().at(0).toLongLong()).size(), 120);

        service.show(finishedRun(u"orchestrate_nightly"_s));
        QTRY_VERIFY(service.run().isValid());
        qint64 runJobTask = 0;
        for (const RunTask &task : service.run().tasks()) {
            if (task.task().kind() == Task::Kind::RunJob)
                runJobTask = task.runId();
        }
        QTRY_VERIFY_WITH_TIMEOUT(service.hasOutput(runJobTask), 10000);
        const qint64 child = service.output(runJobTask).childRunId();
        QVERIFY(child > 0);
        const ApiResult<Run> childRun = wait(m_connection->jobs().getFullRun(child));
        QCOMPARE(childRun.value().triggerRunId(), runJobTask);
    }

    void runNowOnlyAndRepairWithDependents()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"partition_fanout"_s);
        RunNowParams params;
        params.jobId = jobId;
        params.only = {u"list_partitions"_s};
        params.extra.insert(u"performance_target"_s, u"STANDARD"_s);
        const ApiResult<qint64> started = wait(m_connection->jobs().startRun(params));
        QVERIFY(started.ok());
        const ApiResult<Run> run = wait(m_connection->jobs().getFullRun(started.value()));
        QCOMPARE(run.value().tasks().size(), 1);
        QCOMPARE(run.value().effectivePerformanceTarget(), u"STANDARD"_s);

        const qint64 finished = finishedRun(u"partition_fanout"_s);
        RepairRunParams repair;
        repair.runId = finished;
        repair.rerunTasks = {u"list_partitions"_s};
        repair.rerunDependentTasks = true;
        const ApiResult<qint64> repairId = wait(m_connection->jobs().repairJobRun(repair));
        QVERIFY2(repairId.ok(), qPrintable(repairId.error().toString()));
        QVERIFY(repairId.value() > 0);
        const ApiResult<Run> repaired = wait(m_connection->jobs().getFullRun(finished));
        QCOMPARE(repaired.value().latestRepairId(), repairId.value());
        // list_partitions and everything downstream of it: backfill_partition, compact_tables.
        QCOMPARE(
            repaired.value().repairHistory().last().toObject().value(u"task_run_ids").toArray().size(), 3);
    }

    void pollerGoesOnWhenTheUserCancelsItsWaitingCall()
    {
        // A poller whose call waits 40 s (rate limited) and is cancelled by the user keeps
        // watching the run at its usual pace, without reporting a failure.
        const qint64 runId = finishedRun(u"partition_fanout"_s);
        m_fixture->emulator().faults().add(emulator::Fault::rateLimit(u"/jobs/runs/get$"_s, 40, 1));
        RunPoller poller;
        poller.setConnection(m_connection.get());
        poller.setIntervals(50, 300);
        QSignalSpy loaded(&poller, &RunPoller::loaded);
        QSignalSpy failed(&poller, &RunPoller::failed);
        poller.start(runId);
        QTRY_VERIFY_WITH_TIMEOUT(!m_connection->pendingRetries()->isEmpty(), 30000);
        m_connection->pendingRetries()->cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(poller.run().id(), runId);
    }

    void onePollerFollowsALiveRunWithBackOffAndStopsAtTheEnd()
    {
        RunNowParams params;
        params.jobId = m_fixture->emulator().anyJobId(2);
        const ApiResult<qint64> started = wait(m_connection->jobs().startRun(params));
        QVERIFY(started.ok());
        RunPoller poller;
        poller.setConnection(m_connection.get());
        poller.setIntervals(50, 300);
        QSignalSpy loaded(&poller, &RunPoller::loaded);
        QSignalSpy finished(&poller, &RunPoller::finished);
        poller.start(started.value());
        QTRY_VERIFY(poller.hasRun());
        QVERIFY(poller.isActive());
        QVERIFY(poller.isPolling());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!poller.isPolling());
        QVERIFY(loaded.count() >= 2);
        // Unchanged states grow the interval; it never passes the maximum.
        QVERIFY(poller.intervalMs() <= 300);

        // The watcher rides on the same poller.
        const ApiResult<qint64> second = wait(m_connection->jobs().startRun(params));
        RunWatchService watcher;
        watcher.setConnection(m_connection.get());
        watcher.setPollingIntervals(50, 300);
        QSignalSpy ended(&watcher, &RunWatchService::runEnded);
        watcher.watch(second.value(), u"second"_s);
        QVERIFY(watcher.isWatching(second.value()));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
        QVERIFY(!watcher.isWatching(second.value()));
    }
};

QTEST_GUILESS_MAIN(TestRunServices)
#include "tst_run_services.moc"
