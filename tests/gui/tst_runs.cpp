// GUI tests of the run screens (ui/runs) against the in-process workspace emulator: the run
// detail with its task timeline and gathered outputs, live polling to a terminal state,
// cancel, repair, delete, and the run-now and repair dialogs.
#include "api/apireply.h"
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "domain/job.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/runstripwidget.h"
#include "models/runsmodel.h"
#include "requestlog.h"
#include "runs/repairdialog.h"
#include "runs/rundetailwidget.h"
#include "runs/runnowdialog.h"
#include "runs/runstyle.h"
#include "runs/runwatcher.h"
#include "runs/tasktimelinewidget.h"
#include "runs/userprompts.h"
#include "runs/workspaceurls.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

QJsonObject waitFor(ApiReply *reply)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ApiReply::finished);
        spy.wait(15000);
    }
    const QJsonObject json = reply->json();
    if (reply->hasError())
        qWarning() << reply->error().toString();
    delete reply;
    return json;
}

QJsonObject task(const QString &key, qint64 runId, qint64 start, qint64 end, const QString &lifeCycle,
    const QString &result = {})
{
    QJsonObject state {{u"life_cycle_state"_s, lifeCycle}};
    if (!result.isEmpty())
        state.insert(u"result_state"_s, result);
    return QJsonObject {{u"task_key"_s, key}, {u"run_id"_s, runId}, {u"start_time"_s, start},
        {u"end_time"_s, end}, {u"state"_s, state}};
}

} // namespace

class TestRuns final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void runStyleNamesStatesAndDurations();
    void timelineOrdersTasksByStartAndScalesBars();
    void workspaceUrlsPreferRunPageUrl();
    void runNowDialogPrefillsJobParameters();
    void runNowDialogFallsBackToNotebookParams();
    void repairDialogPreselectsFailedTasks();

    void runDetailFollowsLiveRunToTerminalState();
    void cancelStopsActiveRun();
    void repairRerunsFailedTasks();
    void deleteRunRemovesIt();
    void watcherReportsEnd();
    void pollingStopsWhenHidden();
    void jobRunHistoryLoadsAsFarBackAsTheUserScrolls();

private:
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    qint64 m_multiTaskJob = 0;
};

void TestRuns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto options = test::EmulatorFixture::smallOptions();
    options.liveFailureRate = 0.0;
    m_fixture = std::make_unique<test::EmulatorFixture>(options);
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    m_multiTaskJob = m_fixture->emulator().anyJobId(3);
    QVERIFY(m_multiTaskJob > 0);
}

void TestRuns::cleanup()
{
    UserPrompts::setConfirmHandler({});
    UserPrompts::setUrlHandler({});
}

void TestRuns::runStyleNamesStatesAndDurations()
{
    const RunTask failed = RunTask::fromJson({{u"state"_s,
        QJsonObject {{u"life_cycle_state"_s, u"TERMINATED"_s}, {u"result_state"_s, u"FAILED"_s}}}});
    QCOMPARE(RunStyle::displayState(failed).category(), RunDisplayState::Category::Failed);
    QVERIFY(!RunStyle::displayState(failed).isActive());
    const RunTask running = RunTask::fromJson({{u"status"_s, QJsonObject {{u"state"_s, u"RUNNING"_s}}}});
    QVERIFY(RunStyle::displayState(running).isActive());
    QCOMPARE(RunStyle::durationText(65'000), u"1 min 05 s"_s);
    QCOMPARE(RunStyle::durationText(3'720'000), u"1 h 02 min"_s);
    QCOMPARE(RunStyle::durationText(0), u"—"_s);
    QCOMPARE(RunStyle::triggerText(u"PERIODIC"_s), u"Scheduled"_s);
    QCOMPARE(RunStyle::terminationCodeText(u"USER_CANCELED"_s), u"Cancelled by a user"_s);
    QCOMPARE(RunStyle::terminationCodeText(u"SOMETHING_NEW"_s), u"SOMETHING_NEW"_s);
    QVERIFY(RunStyle::color(RunDisplayState::Category::Failed)
        != RunStyle::color(RunDisplayState::Category::Succeeded));
}

void TestRuns::timelineOrdersTasksByStartAndScalesBars()
{
    TaskTimelineWidget timeline;
    timeline.resize(800, 200);
    const qint64 t0 = 1'700'000'000'000;
    const QVector<RunTask> tasks {
        RunTask::fromJson(task(u"load"_s, 3, t0 + 60'000, t0 + 120'000, u"TERMINATED"_s, u"SUCCESS"_s)),
        RunTask::fromJson(task(u"extract"_s, 2, t0, t0 + 60'000, u"TERMINATED"_s, u"SUCCESS"_s)),
        RunTask::fromJson(task(u"report"_s, 4, 0, 0, u"PENDING"_s))};
    timeline.setTasks(tasks, t0 + 200'000);
    QCOMPARE(timeline.rowCount(), 3);
    QCOMPARE(timeline.taskKeyAt(0), u"extract"_s);
    QCOMPARE(timeline.taskKeyAt(1), u"load"_s);
    QCOMPARE(timeline.taskKeyAt(2), u"report"_s);
    const QRect first = timeline.barRect(0);
    const QRect second = timeline.barRect(1);
    QVERIFY(!first.isEmpty());
    QVERIFY(second.left() >= first.right() - 1); // load starts where extract ended
    QVERIFY(qAbs(first.width() - second.width()) <= 2); // equal durations, equal bars
    QVERIFY(timeline.barRect(2).isEmpty()); // not started
    QVERIFY(timeline.toolTipForRow(0).contains(u"extract"_s));
    QSignalSpy clicked(&timeline, &TaskTimelineWidget::taskClicked);
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, second.center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toLongLong(), 3);
    QCOMPARE(timeline.selectedTaskRunId(), 3);
    QImage image = timeline.grab().toImage();
    QVERIFY(!image.isNull());
}

void TestRuns::workspaceUrlsPreferRunPageUrl()
{
    const QUrl host(u"https://dbc-1.cloud.databricks.com"_s);
    QCOMPARE(WorkspaceUrls::job(host, 42).toString(), u"https://dbc-1.cloud.databricks.com/jobs/42"_s);
    QCOMPARE(
        WorkspaceUrls::run(host, 42, 7).toString(), u"https://dbc-1.cloud.databricks.com/jobs/42/runs/7"_s);
    QCOMPARE(WorkspaceUrls::run(host, 42, 7, u"https://x.example/?o=1#job/42/run/7"_s).toString(),
        u"https://x.example/?o=1#job/42/run/7"_s);
}

void TestRuns::runNowDialogPrefillsJobParameters()
{
    const QJsonObject job {{u"job_id"_s, 5},
        {u"settings"_s,
            QJsonObject {{u"name"_s, u"nightly"_s},
                {u"parameters"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"env"_s}, {u"default"_s, u"prod"_s}},
                        QJsonObject {{u"name"_s, u"date"_s}, {u"default"_s, u"today"_s}}}}}}};
    RunNowDialog dialog(Job::fromJson(job));
    QCOMPARE(dialog.mode(), RunNowDialog::Mode::JobParameters);
    QCOMPARE(dialog.parameterNames(), (QStringList {u"env"_s, u"date"_s}));
    QCOMPARE(dialog.parameterValue(u"env"_s), u"prod"_s);
    QVERIFY(dialog.setParameterValue(u"env"_s, u"staging"_s));
    const RunNowParams params = dialog.params();
    QCOMPARE(params.jobId, 5);
    // Only what differs from the defaults is sent; the server applies the rest.
    QCOMPARE(params.jobParameters, (QJsonObject {{u"env"_s, u"staging"_s}}));
    QVERIFY(params.extra.isEmpty());
}

void TestRuns::runNowDialogFallsBackToNotebookParams()
{
    const QJsonObject job {{u"job_id"_s, 6},
        {u"settings"_s,
            QJsonObject {{u"name"_s, u"legacy"_s},
                {u"tasks"_s,
                    QJsonArray {QJsonObject {{u"task_key"_s, u"nb"_s},
                                    {u"notebook_task"_s,
                                        QJsonObject {{u"notebook_path"_s, u"/x"_s},
                                            {u"base_parameters"_s, QJsonObject {{u"region"_s, u"eu"_s}}}}}},
                        QJsonObject {{u"task_key"_s, u"py"_s},
                            {u"spark_python_task"_s,
                                QJsonObject {{u"python_file"_s, u"/a.py"_s},
                                    {u"parameters"_s, QJsonArray {u"--full"_s}}}}}}}}}};
    RunNowDialog dialog(Job::fromJson(job));
    QCOMPARE(dialog.mode(), RunNowDialog::Mode::TaskParameters);
    QCOMPARE(dialog.parameterValue(u"region"_s), u"eu"_s);
    dialog.setParameterValue(u"region"_s, u"us"_s);
    const RunNowParams params = dialog.params();
    QCOMPARE(params.extra.value(u"notebook_params"_s).toObject(), (QJsonObject {{u"region"_s, u"us"_s}}));
    QCOMPARE(params.extra.value(u"python_params"_s).toArray(), (QJsonArray {u"--full"_s}));
}

void TestRuns::repairDialogPreselectsFailedTasks()
{
    QJsonObject run {{u"run_id"_s, 10}, {u"job_id"_s, 1},
        {u"tasks"_s,
            QJsonArray {task(u"a"_s, 11, 1, 2, u"TERMINATED"_s, u"SUCCESS"_s),
                task(u"b"_s, 12, 1, 2, u"TERMINATED"_s, u"FAILED"_s),
                task(u"c"_s, 13, 0, 0, u"SKIPPED"_s, u"UPSTREAM_FAILED"_s)}},
        {u"repair_history"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"ORIGINAL"_s}, {u"id"_s, 0}},
                QJsonObject {{u"type"_s, u"REPAIR"_s}, {u"id"_s, 77}}}}};
    RepairDialog dialog(Run::fromJson(run));
    QCOMPARE(dialog.failedTaskKeys(), QStringList {u"b"_s});
    RepairRunParams params = dialog.params();
    QCOMPARE(params.runId, 10);
    QVERIFY(params.rerunAllFailedTasks);
    QCOMPARE(params.latestRepairId.value_or(0), 77);
    dialog.setRerunAllFailed(false);
    dialog.setTaskSelected(u"a"_s, true);
    params = dialog.params();
    QVERIFY(!params.rerunAllFailedTasks);
    QCOMPARE(params.rerunTasks, (QStringList {u"a"_s, u"b"_s}));
}

void TestRuns::runDetailFollowsLiveRunToTerminalState()
{
    RunNowParams params;
    params.jobId = m_multiTaskJob;
    const qint64 runId = waitFor(m_connection->jobs().runNow(params)).value(u"run_id"_s).toInteger();
    QVERIFY(runId > 0);

    RunDetailWidget detail;
    detail.setConnection(m_connection.get());
    detail.setPollingIntervals(50, 300);
    detail.resize(1000, 700);
    detail.show();
    QSignalSpy finished(&detail, &RunDetailWidget::runFinished);
    detail.showRun(runId);
    QTRY_VERIFY(detail.run().isValid());
    QVERIFY(RunStyle::isActive(detail.run()));
    QVERIFY(detail.cancelAction()->isEnabled());
    QVERIFY(!detail.deleteAction()->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(RunStyle::displayState(detail.run()).category(), RunDisplayState::Category::Succeeded);
    QVERIFY(!detail.isPolling());
    const int taskCount = int(detail.run().tasks().size());
    QVERIFY(taskCount >= 3);
    QCOMPARE(detail.timeline()->rowCount(), taskCount);
    QCOMPARE(detail.tasksTable()->rowCount(), taskCount);
    for (int row = 0; row < taskCount; ++row)
        QVERIFY(!detail.timeline()->barRect(row).isEmpty());
    // One get-output per task run id (the parent is refused by the API), gathered in one view.
    QTRY_COMPARE_WITH_TIMEOUT(detail.outputs().size(), taskCount, 10000);
    const QString outputText = detail.outputView()->toPlainText();
    for (const RunTask &t : detail.run().tasks())
        QVERIFY(outputText.contains(t.taskKey()));
    QVERIFY(detail.deleteAction()->isEnabled());
    QVERIFY(detail.repairAction()->isEnabled());

    QUrl opened;
    UserPrompts::setUrlHandler([&opened](const QUrl &url) { opened = url; });
    detail.openInBrowserAction()->trigger();
    QVERIFY(opened.isValid());
    QVERIFY(opened.toString().contains(QString::number(runId)));
}

void TestRuns::cancelStopsActiveRun()
{
    RunNowParams params;
    params.jobId = m_multiTaskJob;
    const qint64 runId = waitFor(m_connection->jobs().runNow(params)).value(u"run_id"_s).toInteger();
    RunDetailWidget detail;
    detail.setConnection(m_connection.get());
    detail.setPollingIntervals(50, 300);
    detail.show();
    detail.showRun(runId);
    QTRY_VERIFY(detail.run().isValid());
    QString asked;
    UserPrompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &text) {
        asked = text;
        return true;
    });
    QSignalSpy messages(&detail, &RunDetailWidget::statusMessage);
    detail.cancelAction()->trigger();
    QVERIFY(asked.contains(QString::number(runId)));
    QTRY_COMPARE_WITH_TIMEOUT(
        RunStyle::displayState(detail.run()).category(), RunDisplayState::Category::Cancelled, 20000);
    bool said = false;
    for (const QList<QVariant> &m : std::as_const(messages))
        said = said || m.at(0).toString().contains(u"Cancelling"_s);
    QVERIFY(said);
}

void TestRuns::repairRerunsFailedTasks()
{
    // A workspace whose live runs always fail.
    auto options = test::EmulatorFixture::smallOptions();
    options.liveFailureRate = 1.0;
    test::EmulatorFixture failing(options);
    Connection connection(failing.url(), std::make_shared<StaticTokenProvider>(failing.token()));
    RunNowParams params;
    params.jobId = failing.emulator().anyJobId(2);
    const qint64 runId = waitFor(connection.jobs().runNow(params)).value(u"run_id"_s).toInteger();
    QVERIFY(runId > 0);

    RunDetailWidget detail;
    detail.setConnection(&connection);
    detail.setPollingIntervals(50, 300);
    detail.show();
    QSignalSpy finished(&detail, &RunDetailWidget::runFinished);
    detail.showRun(runId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(RunStyle::displayState(detail.run()).isFailure());
    QVERIFY(detail.repairAction()->isEnabled());

    detail.repairAction()->trigger();
    auto *dialog = detail.findChild<RepairDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->failedTaskKeys().isEmpty());
    const QStringList failed = dialog->failedTaskKeys();
    dialog->findChild<QPushButton *>(u"repairLaunch"_s)->click();
    // The run becomes active again, then ends; its history records the repair.
    QTRY_VERIFY_WITH_TIMEOUT(detail.run().repairHistory().size() >= 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    int rerun = 0;
    for (const RunTask &t : detail.run().tasks()) {
        if (failed.contains(t.taskKey()))
            rerun += t.attemptNumber() > 0 ? 1 : 0;
    }
    QVERIFY(rerun >= 1);
}

void TestRuns::deleteRunRemovesIt()
{
    const QList<qint64> runs = m_fixture->emulator().runIdsOfJob(m_multiTaskJob);
    qint64 finishedRun = 0;
    for (qint64 id : runs) {
        if (!RunStyle::isActive(Run::fromJson(m_fixture->emulator().run(id)))) {
            finishedRun = id;
            break;
        }
    }
    QVERIFY(finishedRun > 0);
    RunDetailWidget detail;
    detail.setConnection(m_connection.get());
    detail.show();
    detail.showRun(finishedRun);
    QTRY_VERIFY(detail.deleteAction()->isEnabled());
    // Declining the confirmation changes nothing: the question was asked, and nothing was sent.
    int declined = 0;
    UserPrompts::setConfirmHandler([&declined](QWidget *, const QString &, const QString &) {
        ++declined;
        return false;
    });
    test::RequestLog log(m_fixture->emulator());
    detail.deleteAction()->trigger();
    QCOMPARE(declined, 1);
    QVERIFY(log.settle(*m_connection));
    QCOMPARE(log.count(u"POST"_s), 0);
    QVERIFY(!m_fixture->emulator().run(finishedRun).isEmpty());
    QCOMPARE(detail.runId(), finishedRun);
    QString asked;
    UserPrompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &text) {
        asked = text;
        return true;
    });
    QSignalSpy deleted(&detail, &RunDetailWidget::runDeleted);
    detail.deleteAction()->trigger();
    QVERIFY(asked.contains(u"cannot be recovered"_s));
    QTRY_COMPARE(deleted.count(), 1);
    QVERIFY(m_fixture->emulator().run(finishedRun).isEmpty());
    QCOMPARE(detail.runId(), 0);
}

void TestRuns::watcherReportsEnd()
{
    RunNowParams params;
    params.jobId = m_multiTaskJob;
    const qint64 runId = waitFor(m_connection->jobs().runNow(params)).value(u"run_id"_s).toInteger();
    RunWatcher watcher;
    watcher.setDesktopNotificationsEnabled(false);
    watcher.setConnection(m_connection.get());
    watcher.setPollingIntervals(50, 300);
    QSignalSpy ended(&watcher, &RunWatcher::runEnded);
    QSignalSpy messages(&watcher, &RunWatcher::statusMessage);
    watcher.watch(runId, u"Run %1"_s.arg(runId));
    QVERIFY(watcher.isWatching(runId));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    QCOMPARE(ended.first().at(0).toLongLong(), runId);
    QCOMPARE(ended.first().at(3).toBool(), true);
    QVERIFY(!watcher.isWatching(runId));
    QVERIFY(messages.last().at(0).toString().contains(u"ended"_s));
}

void TestRuns::pollingStopsWhenHidden()
{
    RunNowParams params;
    params.jobId = m_multiTaskJob;
    const qint64 runId = waitFor(m_connection->jobs().runNow(params)).value(u"run_id"_s).toInteger();
    RunDetailWidget detail;
    detail.setConnection(m_connection.get());
    detail.setPollingIntervals(50, 300);
    detail.show();
    detail.showRun(runId);
    QTRY_VERIFY(detail.run().isValid());
    QTRY_VERIFY(detail.isPolling());
    detail.hide();
    QTRY_VERIFY(!detail.isPolling());
    QSignalSpy updates(&detail, &RunDetailWidget::runUpdated);
    // Instead of waiting a fixed time: a visible twin on the same run and intervals polls three
    // times meanwhile; the hidden one stays silent all along.
    RunDetailWidget twin;
    twin.setConnection(m_connection.get());
    twin.setPollingIntervals(50, 300);
    twin.show();
    twin.showRun(runId);
    QSignalSpy twinUpdates(&twin, &RunDetailWidget::runUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(
        twinUpdates.count() >= 3 || (!twin.isPolling() && !twinUpdates.isEmpty()), 30000);
    QCOMPARE(updates.count(), 0);
    detail.show();
    QTRY_VERIFY(updates.count() >= 1);
}

void TestRuns::jobRunHistoryLoadsAsFarBackAsTheUserScrolls()
{
    // A workspace whose jobs have long histories.
    auto options = test::EmulatorFixture::smallOptions();
    options.jobs = 4;
    options.runsPerJob = 200;
    options.clusters = 1;
    options.eventsPerCluster = 100;
    test::EmulatorFixture fixture(options);
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    qint64 jobId = 0;
    QList<qint64> runIds;
    for (qint64 id : fixture.emulator().jobIds()) {
        const QList<qint64> ids = fixture.emulator().runIdsOfJob(id);
        if (ids.size() > runIds.size()) {
            jobId = id;
            runIds = ids;
        }
    }
    QVERIFY2(runIds.size() > 120, qPrintable(QString::number(runIds.size())));

    JobDetailWidget detail;
    detail.resize(900, 500);
    detail.show();
    detail.setConnection(&connection);
    detail.showJob(jobId);
    detail.tabs()->setCurrentIndex(1);
    RunsModel *model = detail.runsModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 15000);

    // Only the first pages: the newest runs, and more to come.
    const int first = model->rowCount();
    QVERIFY2(first >= 25 && first < runIds.size(), qPrintable(QString::number(first)));
    QVERIFY(!model->isComplete());
    QVERIFY(model->canFetchMore({}));
    for (int i = 0; i < first; ++i)
        QVERIFY(model->rowOfRun(runIds.at(i)) >= 0);
    QVERIFY(detail.findChild<QLabel *>(u"runsStatus"_s)->text().contains(u"scroll"_s));
    // The strip shows the newest of what is loaded, without loading more for itself.
    QTRY_COMPARE(detail.runStrip()->runCount(), qMin(first, detail.runStrip()->maximumRuns()));
    test::RequestLog log(fixture.emulator());
    QVERIFY(log.settle(connection));
    QCOMPARE(log.count(u"GET /api/2.2/jobs/runs/list"_s) + log.count(u"GET /api/2.1/jobs/runs/list"_s), 0);
    QCOMPARE(model->rowCount(), first);

    // Scrolling to the end fetches older runs, batch by batch, to the very first run.
    QTableView *view = detail.runsView();
    int rounds = 0;
    while (!model->isComplete()) {
        const int before = model->rowCount();
        view->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before || model->isComplete(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15000);
        QVERIFY(++rounds < 50);
    }
    QVERIFY(rounds >= 2);
    QCOMPARE(model->rowCount(), int(runIds.size()));
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(detail.runStrip()->runCount(), detail.runStrip()->maximumRuns());
    QVERIFY(!detail.findChild<QLabel *>(u"runsStatus"_s)->text().contains(u"scroll"_s));

    // Refresh keeps every loaded row, in place.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    detail.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15000);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model->rowCount(), int(runIds.size()));
}

QTEST_MAIN(TestRuns)
#include "tst_runs.moc"
