// GUI tests of the Jobs screen (ui/jobs) against the in-process workspace emulator: load the
// list, filter it, open a job, run it now with edited parameters and watch the run end, cancel
// runs, pause/resume schedules in bulk, refresh in place, save the job as JSON, delete a job.
#include "api/apireply.h"
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/joboverview.h"
#include "jobs/jobspage.h"
#include "jobs/runstripwidget.h"
#include "models/jobsfilterproxymodel.h"
#include "models/jobsmodel.h"
#include "models/runsmodel.h"
#include "runs/rundetailwidget.h"
#include "runs/runnowdialog.h"
#include "runs/runstyle.h"
#include "runs/tasktimelinewidget.h"
#include "runs/userprompts.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace brickdesk;

class TestJobs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scheduleTextIsReadable_data();
    void scheduleTextIsReadable();
    void listLoadsEveryJob();
    void filterNarrowsTheList();
    void ctrlFFocusesFilter();
    void openJobShowsOverviewRunsAndJson();
    void runNowWithEditedParametersAndWatchItEnd();
    void cancelActiveRunsOfSelectedJobs();
    void pauseAndResumeSchedulesInBulk();
    void refreshUpdatesRowsInPlaceKeepingSelection();
    void deleteJobAsksAndRemovesIt();

private:
    void select(const QList<qint64> &jobIds);
    static QJsonObject waitFor(ApiReply *reply);

    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<JobsPage> m_page;
};

QJsonObject TestJobs::waitFor(ApiReply *reply)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ApiReply::finished);
        spy.wait(15000);
    }
    const QJsonObject json = reply->json();
    delete reply;
    return json;
}

void TestJobs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<test::EmulatorFixture>();
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
}

void TestJobs::init()
{
    m_page = std::make_unique<JobsPage>();
    m_page->resize(1400, 800);
    m_page->show();
    m_page->runDetail()->setPollingIntervals(50, 300);
    m_page->setConnection(m_connection.get());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && m_page->model()->rowCount() > 0, 20000);
}

void TestJobs::cleanup()
{
    m_page.reset();
    UserPrompts::setConfirmHandler({});
    UserPrompts::setUrlHandler({});
}

void TestJobs::select(const QList<qint64> &jobIds)
{
    QTableView *view = m_page->view();
    view->clearSelection();
    for (qint64 id : jobIds) {
        const int row = m_page->model()->rowOfJob(id);
        QVERIFY(row >= 0);
        const QModelIndex index = m_page->proxy()->mapFromSource(m_page->model()->index(row, 0));
        QVERIFY(index.isValid());
        view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_page->selectedJobIds().size(), jobIds.size());
}

void TestJobs::scheduleTextIsReadable_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("expected");
    QTest::newRow("daily") << QJsonObject {{QStringLiteral("schedule"),
        QJsonObject {{QStringLiteral("quartz_cron_expression"), QStringLiteral("0 0 2 * * ?")},
            {QStringLiteral("timezone_id"), QStringLiteral("UTC")},
            {QStringLiteral("pause_status"), QStringLiteral("UNPAUSED")}}}}
                           << QStringLiteral("Every day at 02:00 UTC");
    QTest::newRow("paused") << QJsonObject {{QStringLiteral("schedule"),
        QJsonObject {{QStringLiteral("quartz_cron_expression"), QStringLiteral("0 0 2 * * ?")},
            {QStringLiteral("timezone_id"), QStringLiteral("UTC")},
            {QStringLiteral("pause_status"), QStringLiteral("PAUSED")}}}}
                            << QStringLiteral("Paused — Every day at 02:00 UTC");
    QTest::newRow("file arrival") << QJsonObject {{QStringLiteral("trigger"),
        QJsonObject {{QStringLiteral("file_arrival"),
            QJsonObject {{QStringLiteral("url"), QStringLiteral("s3://b/in/")}}}}}}
                                  << QStringLiteral("File arrival");
    QTest::newRow("periodic") << QJsonObject {{QStringLiteral("trigger"),
        QJsonObject {{QStringLiteral("periodic"),
            QJsonObject {
                {QStringLiteral("interval"), 4}, {QStringLiteral("unit"), QStringLiteral("HOURS")}}}}}}
                              << QStringLiteral("Every 4 hours");
    QTest::newRow("continuous") << QJsonObject {{QStringLiteral("continuous"),
        QJsonObject {{QStringLiteral("pause_status"), QStringLiteral("UNPAUSED")}}}}
                                << QStringLiteral("Continuous");
    QTest::newRow("manual") << QJsonObject {} << QStringLiteral("Manual");
}

void TestJobs::scheduleTextIsReadable()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, expected);
    QCOMPARE(JobOverview::scheduleText(settings), expected);
}

void TestJobs::listLoadsEveryJob()
{
    QCOMPARE(m_page->model()->rowCount(), m_fixture->emulator().jobCount());
    QCOMPARE(m_page->proxy()->rowCount(), m_fixture->emulator().jobCount());
    QVERIFY(m_page->model()->isComplete());
    QVERIFY(m_page->loadStatusLabel()->text().contains(QString::number(m_fixture->emulator().jobCount())));
    // Every column the issue asks for is there and filled for a scheduled job.
    const int row = 0;
    QVERIFY(!m_page->model()->index(row, JobsModel::NameColumn).data().toString().isEmpty());
    QCOMPARE(m_page->model()->index(row, JobsModel::IdColumn).data(JobsModel::IdRole).toLongLong(),
        m_page->model()->job(row).id());
    // The last-run badges are filled lazily for visible rows.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->proxy()->index(0, JobsModel::LastRunColumn).data().isValid(), 10000);
}

void TestJobs::filterNarrowsTheList()
{
    const qint64 jobId = m_fixture->emulator().anyJobId(2);
    const QString name = m_fixture->emulator()
                             .job(jobId)
                             .value(QLatin1String("settings"))
                             .toObject()
                             .value(QLatin1String("name"))
                             .toString();
    QTest::keyClicks(m_page->filterEdit(), name);
    QTRY_VERIFY(m_page->proxy()->rowCount() >= 1);
    QVERIFY(m_page->proxy()->rowCount() < m_page->model()->rowCount());
    bool found = false;
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_page->proxy()->index(row, JobsModel::NameColumn);
        QVERIFY(index.data().toString().contains(name, Qt::CaseInsensitive));
        found = found || index.data(JobsModel::IdRole).toLongLong() == jobId;
    }
    QVERIFY(found);
    QVERIFY(m_page->loadStatusLabel()->text().contains(QStringLiteral("shown")));

    // By id.
    m_page->filterEdit()->setText(QString::number(jobId));
    QTRY_COMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(JobsModel::IdRole).toLongLong(), jobId);

    // Scheduled only.
    m_page->filterEdit()->clear();
    m_page->findChild<QCheckBox *>(QStringLiteral("jobsScheduledOnly"))->setChecked(true);
    QVERIFY(m_page->proxy()->rowCount() > 0);
    QVERIFY(m_page->proxy()->rowCount() < m_page->model()->rowCount());
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
        QVERIFY(m_page->proxy()->index(row, 0).data(JobsModel::ScheduledRole).toBool());
    m_page->findChild<QCheckBox *>(QStringLiteral("jobsScheduledOnly"))->setChecked(false);
    QCOMPARE(m_page->proxy()->rowCount(), m_page->model()->rowCount());

    // "Mine" needs to know who we are; with a user name it keeps only that user's jobs.
    auto *mine = m_page->findChild<QCheckBox *>(QStringLiteral("jobsMineOnly"));
    const QString owner = m_page->model()->index(0, JobsModel::OwnerColumn).data().toString();
    m_page->setCurrentUserName(owner);
    QVERIFY(mine->isEnabled());
    mine->setChecked(true);
    QVERIFY(m_page->proxy()->rowCount() > 0);
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
        QCOMPARE(m_page->proxy()->index(row, JobsModel::OwnerColumn).data().toString(), owner);
}

void TestJobs::ctrlFFocusesFilter()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view()->setFocus();
    QTRY_VERIFY(m_page->view()->hasFocus());
    QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_page->filterEdit()->hasFocus());
}

void TestJobs::openJobShowsOverviewRunsAndJson()
{
    const qint64 jobId = m_fixture->emulator().anyJobId(3);
    const QJsonObject job = m_fixture->emulator().job(jobId);
    m_page->showJob(jobId);
    JobDetailWidget *detail = m_page->jobDetail();
    QTRY_VERIFY(!detail->job().isEmpty());
    QCOMPARE(detail->jobId(), jobId);
    QCOMPARE(m_page->selectedJobIds(), QList<qint64> {jobId});
    const QString overview = detail->overview()->toPlainText();
    for (const QJsonValue &task :
        job.value(QLatin1String("settings")).toObject().value(QLatin1String("tasks")).toArray())
        QVERIFY2(overview.contains(task.toObject().value(QLatin1String("task_key")).toString()),
            qPrintable(overview));
    QVERIFY(overview.contains(JobOverview::scheduleText(job.value(QLatin1String("settings")).toObject())));
    QVERIFY(detail->jsonView()->toPlainText().contains(QString::number(jobId)));

    // Run history of this job only, and the strip of recent runs.
    const int runCount = int(m_fixture->emulator().runIdsOfJob(jobId).size());
    QTRY_VERIFY_WITH_TIMEOUT(
        !detail->runsModel()->isLoading() && detail->runsModel()->rowCount() == runCount, 10000);
    for (int row = 0; row < detail->runsModel()->rowCount(); ++row)
        QCOMPARE(detail->runsModel()->index(row, 0).data(RunsModel::JobIdRole).toLongLong(), jobId);
    QTRY_COMPARE(detail->runStrip()->runCount(), qMin(runCount, detail->runStrip()->maximumRuns()));

    // Save as JSON: exactly the job's settings, the body jobs/create accepts.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("job.json"));
    QVERIFY(detail->saveJson(file));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject body = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(body, job.value(QLatin1String("settings")).toObject());
    QVERIFY(!body.contains(QLatin1String("job_id")));

    // Open in browser uses the workspace's job URL.
    QUrl opened;
    UserPrompts::setUrlHandler([&opened](const QUrl &url) { opened = url; });
    m_page->openInBrowser();
    QCOMPARE(opened.path(), QStringLiteral("/jobs/%1").arg(jobId));
}

void TestJobs::runNowWithEditedParametersAndWatchItEnd()
{
    const qint64 jobId = m_fixture->emulator().anyJobId(2);
    QJsonObject settings = m_fixture->emulator().job(jobId).value(QLatin1String("settings")).toObject();
    settings.insert(QStringLiteral("parameters"),
        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("env")},
                        {QStringLiteral("default"), QStringLiteral("prod")}},
            QJsonObject {{QStringLiteral("name"), QStringLiteral("limit")},
                {QStringLiteral("default"), QStringLiteral("10")}}});
    QVERIFY(m_fixture->emulator().updateJobSettings(jobId, settings));
    m_page->refresh();
    QTRY_VERIFY(!m_page->model()->isLoading());
    select({jobId});

    QSignalSpy messages(m_page.get(), &WorkspacePage::statusMessage);
    m_page->findChild<QAction *>(QStringLiteral("runNowAction"))->trigger();
    RunNowDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<RunNowDialog *>()) != nullptr);
    QCOMPARE(dialog->parameterValue(QStringLiteral("env")), QStringLiteral("prod"));
    QVERIFY(dialog->setParameterValue(QStringLiteral("env"), QStringLiteral("staging")));
    dialog->findChild<QPushButton *>(QStringLiteral("runNowLaunch"))->click();

    // The new run opens in the run detail and updates live until it ends.
    RunDetailWidget *run = m_page->runDetail();
    QTRY_VERIFY_WITH_TIMEOUT(run->runId() != 0 && !run->run().isEmpty(), 15000);
    QCOMPARE(run->run().value(QLatin1String("job_id")).toInteger(), jobId);
    QString env;
    for (const QJsonValue &p : run->run().value(QLatin1String("job_parameters")).toArray()) {
        if (p.toObject().value(QLatin1String("name")).toString() == QLatin1String("env"))
            env = p.toObject().value(QLatin1String("value")).toString();
    }
    QCOMPARE(env, QStringLiteral("staging"));
    QTRY_VERIFY_WITH_TIMEOUT(!RunStyle::isActive(run->run()), 30000);
    QCOMPARE(RunStyle::displayState(run->run()).category(), RunDisplayState::Category::Succeeded);
    QVERIFY(run->timeline()->rowCount() >= 2);
    bool started = false, finished = false;
    for (const QList<QVariant> &m : std::as_const(messages)) {
        started = started || m.at(0).toString().startsWith(QStringLiteral("Started"));
        finished = finished || m.at(0).toString().contains(QStringLiteral("finished: Succeeded"));
    }
    QVERIFY(started);
    QVERIFY(finished);
}

void TestJobs::cancelActiveRunsOfSelectedJobs()
{
    const qint64 jobA = m_fixture->emulator().anyJobId(2);
    qint64 jobB = 0;
    for (qint64 id : m_fixture->emulator().jobIds()) {
        if (id != jobA) {
            jobB = id;
            break;
        }
    }
    QList<qint64> runIds;
    for (qint64 job : {jobA, jobB}) {
        RunNowParams params;
        params.jobId = job;
        runIds << waitFor(m_connection->jobs().runNow(params)).value(QLatin1String("run_id")).toInteger();
    }
    select({jobA, jobB});
    QString asked;
    UserPrompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &text) {
        asked = text;
        return true;
    });
    QSignalSpy messages(m_page.get(), &WorkspacePage::statusMessage);
    m_page->findChild<QAction *>(QStringLiteral("cancelRunsAction"))->trigger();
    // One confirmation naming both jobs, one summary.
    QVERIFY(asked.contains(m_page->model()->job(m_page->model()->rowOfJob(jobA)).name()));
    QVERIFY(asked.contains(m_page->model()->job(m_page->model()->rowOfJob(jobB)).name()));
    QTRY_VERIFY(
        !messages.isEmpty() && messages.last().at(0).toString().startsWith(QStringLiteral("Cancelled")));
    for (qint64 runId : runIds) {
        QTRY_VERIFY_WITH_TIMEOUT(RunStyle::displayState(m_fixture->emulator().run(runId)).category()
                == RunDisplayState::Category::Cancelled,
            15000);
    }
}

void TestJobs::pauseAndResumeSchedulesInBulk()
{
    QList<qint64> scheduled;
    for (qint64 id : m_fixture->emulator().jobIds()) {
        const QJsonObject schedule = m_fixture->emulator()
                                         .job(id)
                                         .value(QLatin1String("settings"))
                                         .toObject()
                                         .value(QLatin1String("schedule"))
                                         .toObject();
        if (!schedule.isEmpty()
            && schedule.value(QLatin1String("pause_status")).toString() != QLatin1String("PAUSED"))
            scheduled << id;
        if (scheduled.size() == 2)
            break;
    }
    QCOMPARE(scheduled.size(), 2);
    const QString cron = m_fixture->emulator()
                             .job(scheduled.first())
                             .value(QLatin1String("settings"))
                             .toObject()
                             .value(QLatin1String("schedule"))
                             .toObject()
                             .value(QLatin1String("quartz_cron_expression"))
                             .toString();
    select(scheduled);
    QVERIFY(m_page->findChild<QAction *>(QStringLiteral("pauseScheduleAction"))->isEnabled());
    QSignalSpy messages(m_page.get(), &WorkspacePage::statusMessage);
    m_page->pauseSchedules();
    QTRY_VERIFY(!messages.isEmpty() && messages.last().at(0).toString().startsWith(QStringLiteral("Paused")));
    for (qint64 id : scheduled) {
        const QJsonObject schedule = m_fixture->emulator()
                                         .job(id)
                                         .value(QLatin1String("settings"))
                                         .toObject()
                                         .value(QLatin1String("schedule"))
                                         .toObject();
        QCOMPARE(schedule.value(QLatin1String("pause_status")).toString(), QStringLiteral("PAUSED"));
    }
    // The cron and time zone survive (jobs/update replaces the whole schedule block).
    QCOMPARE(m_fixture->emulator()
                 .job(scheduled.first())
                 .value(QLatin1String("settings"))
                 .toObject()
                 .value(QLatin1String("schedule"))
                 .toObject()
                 .value(QLatin1String("quartz_cron_expression"))
                 .toString(),
        cron);
    // The list shows it after the refresh that follows.
    QTRY_VERIFY(m_page->model()
                    ->index(m_page->model()->rowOfJob(scheduled.first()), JobsModel::ScheduleColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("paused"), Qt::CaseInsensitive));
    select(scheduled);
    QTRY_VERIFY(m_page->findChild<QAction *>(QStringLiteral("resumeScheduleAction"))->isEnabled());
    messages.clear();
    m_page->resumeSchedules();
    QTRY_VERIFY(
        !messages.isEmpty() && messages.last().at(0).toString().startsWith(QStringLiteral("Resumed")));
    for (qint64 id : scheduled) {
        const QJsonObject schedule = m_fixture->emulator()
                                         .job(id)
                                         .value(QLatin1String("settings"))
                                         .toObject()
                                         .value(QLatin1String("schedule"))
                                         .toObject();
        QCOMPARE(schedule.value(QLatin1String("pause_status")).toString(), QStringLiteral("UNPAUSED"));
    }
}

void TestJobs::refreshUpdatesRowsInPlaceKeepingSelection()
{
    const qint64 jobId = m_fixture->emulator().jobIds().at(5);
    select({jobId});
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    QJsonObject settings = m_fixture->emulator().job(jobId).value(QLatin1String("settings")).toObject();
    settings.insert(QStringLiteral("name"), QStringLiteral("renamed_behind_the_back"));
    QVERIFY(m_fixture->emulator().updateJobSettings(jobId, settings));
    m_page->refresh();
    QTRY_COMPARE(
        m_page->model()->index(m_page->model()->rowOfJob(jobId), JobsModel::NameColumn).data().toString(),
        QStringLiteral("renamed_behind_the_back"));
    QTRY_VERIFY(!m_page->model()->isLoading());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_page->selectedJobIds(), QList<qint64> {jobId});
}

void TestJobs::deleteJobAsksAndRemovesIt()
{
    const qint64 jobId = m_fixture->emulator().jobIds().last();
    const QString name = m_page->model()->job(m_page->model()->rowOfJob(jobId)).name();
    select({jobId});
    // Declining leaves everything as it was.
    UserPrompts::setConfirmHandler([](QWidget *, const QString &, const QString &) { return false; });
    m_page->findChild<QAction *>(QStringLiteral("deleteJobAction"))->trigger();
    QTest::qWait(50);
    QVERIFY(!m_fixture->emulator().job(jobId).isEmpty());

    QString asked;
    UserPrompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &text) {
        asked = text;
        return true;
    });
    const int before = m_page->model()->rowCount();
    QSignalSpy messages(m_page.get(), &WorkspacePage::statusMessage);
    m_page->findChild<QAction *>(QStringLiteral("deleteJobAction"))->trigger();
    QVERIFY(asked.contains(name));
    QVERIFY(asked.contains(QStringLiteral("run history")));
    QTRY_VERIFY(
        !messages.isEmpty() && messages.last().at(0).toString().startsWith(QStringLiteral("Deleted")));
    QVERIFY(m_fixture->emulator().job(jobId).isEmpty());
    QTRY_COMPARE(m_page->model()->rowCount(), before - 1);
    QCOMPARE(m_page->model()->rowOfJob(jobId), -1);
}

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
