// GUI tests of what the run and job screens show of Jobs API 2.2 as of 2026, against the
// emulator: a for-each run's iterations (every page) with a link to each, condition outcomes,
// run-job links to the child run, serverless environments, run-now with `only` and a
// performance target, repair with dependents, and the job overview of the new task types,
// trigger kinds, settings and a bundle-locked job.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "domain/job.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/joboverview.h"
#include "jobs/jobspage.h"
#include "models/jobsfilterproxymodel.h"
#include "models/jobsmodel.h"
#include "runs/repairdialog.h"
#include "runs/rundetailwidget.h"
#include "runs/runnowdialog.h"
#include "runs/runstyle.h"
#include "services/runpoller.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace brickdesk;

class TestRuns2026 final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;

    // The newest seeded run of a job that finished with `result` ("" = any finished).
    qint64 finishedRun(const QString &jobName, const QString &result = u"SUCCESS"_s)
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(jobName);
        for (const qint64 runId : m_fixture->emulator().runIdsOfJob(jobId)) {
            const QJsonObject run = m_fixture->emulator().run(runId);
            const QString state = run.value(u"state").toObject().value(u"result_state").toString();
            if (result.isEmpty() ? !state.isEmpty() : state == result)
                return runId;
        }
        return 0;
    }
    static int rowOf(QTableWidget *table, int column, const QString &text)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column) && table->item(row, column)->text() == text)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<test::EmulatorFixture>();
        m_connection = std::make_unique<Connection>(
            m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    }

    void forEachRunListsEveryIterationWithALinkToEach()
    {
        const qint64 runId = finishedRun(u"partition_fanout"_s);
        QVERIFY(runId > 0);
        RunDetailWidget detail;
        detail.setConnection(m_connection.get());
        detail.resize(1200, 800);
        detail.show();
        detail.showRun(runId);
        QTRY_VERIFY(detail.run().isValid());
        // 120 iterations: two pages of runs/get on the for-each task run, all of them listed.
        QTRY_COMPARE_WITH_TIMEOUT(detail.iterationsTable()->rowCount(), 120, 15000);
        QVERIFY(detail.taskTabs()->isTabVisible(detail.taskTabs()->indexOf(detail.iterationsTable())));
        QVERIFY(detail.taskTabs()
                    ->tabText(detail.taskTabs()->indexOf(detail.iterationsTable()))
                    .contains(u"120"_s));
        for (int row = 0; row < 120; ++row) {
            QCOMPARE(detail.iterationsTable()->item(row, RunDetailWidget::IterationStateColumn)->text(),
                RunDisplayState::categoryText(RunDisplayState::Category::Succeeded));
            QVERIFY(detail.iterationsTable()
                        ->item(row, RunDetailWidget::IterationRunIdColumn)
                        ->data(RunDetailWidget::LinkedRunRole)
                        .toLongLong()
                > 0);
        }
        const int forEachRow
            = rowOf(detail.tasksTable(), RunDetailWidget::KeyColumn, u"backfill_partition"_s);
        QVERIFY(forEachRow >= 0);
        QVERIFY(
            detail.tasksTable()->item(forEachRow, RunDetailWidget::DetailColumn)->text().contains(u"120"_s));
        // The serverless task says where it ran.
        const int listRow = rowOf(detail.tasksTable(), RunDetailWidget::KeyColumn, u"list_partitions"_s);
        QVERIFY(detail.tasksTable()
                    ->item(listRow, RunDetailWidget::ComputeColumn)
                    ->text()
                    .contains(u"default"_s));
        QVERIFY(detail.detailsLabel()->text().contains(u"PERFORMANCE_OPTIMIZED"_s));

        // Each iteration opens as a run of its own.
        QTableWidgetItem *link = detail.iterationsTable()->item(5, RunDetailWidget::IterationRunIdColumn);
        const qint64 iterationId = link->data(RunDetailWidget::LinkedRunRole).toLongLong();
        emit detail.iterationsTable()->itemActivated(link);
        QCOMPARE(detail.runId(), iterationId);
        QTRY_VERIFY(detail.run().isValid());
        QCOMPARE(detail.run().id(), iterationId);
        QCOMPARE(detail.run().parentRunId(), runId);
        QVERIFY(!detail.repairAction()->isEnabled()); // a task run is repaired through its run
    }

    void conditionOutcomesAndExcludedTasksAreShown()
    {
        const qint64 runId = finishedRun(u"quality_gate"_s);
        QVERIFY(runId > 0);
        RunDetailWidget detail;
        detail.setConnection(m_connection.get());
        detail.show();
        detail.showRun(runId);
        QTRY_VERIFY(detail.tasksTable()->rowCount() == 5);
        QTableWidget *tasks = detail.tasksTable();
        const QString condition = tasks
                                      ->item(rowOf(tasks, RunDetailWidget::KeyColumn, u"is_prod"_s),
                                          RunDetailWidget::DetailColumn)
                                      ->text();
        QVERIFY2(condition.contains(u"== prod → true"_s) || condition.contains(u"== prod → false"_s),
            qPrintable(condition));
        const bool tookTrue = condition.endsWith(u"true"_s);
        const QString excluded = tookTrue ? u"notify_staging"_s : u"publish_gold"_s;
        QCOMPARE(tasks->item(rowOf(tasks, RunDetailWidget::KeyColumn, excluded), RunDetailWidget::StateColumn)
                     ->text(),
            RunDisplayState::categoryText(RunDisplayState::Category::Excluded));
        QCOMPARE(tasks
                     ->item(rowOf(tasks, RunDetailWidget::KeyColumn, u"legacy_export"_s),
                         RunDetailWidget::StateColumn)
                     ->text(),
            RunDisplayState::categoryText(RunDisplayState::Category::Excluded));
        QTRY_VERIFY(detail.outputView()->toPlainText().contains(u"evaluated to"_s));
    }

    void runJobTaskLinksToTheChildRun()
    {
        const qint64 runId = finishedRun(u"orchestrate_nightly"_s);
        QVERIFY(runId > 0);
        RunDetailWidget detail;
        detail.setConnection(m_connection.get());
        detail.show();
        detail.showRun(runId);
        QTRY_VERIFY(detail.run().isValid());
        QTableWidget *tasks = detail.tasksTable();
        QTableWidgetItem *link = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (link = tasks->item(
                 rowOf(tasks, RunDetailWidget::KeyColumn, u"run_fanout"_s), RunDetailWidget::DetailColumn))
                && link->data(RunDetailWidget::LinkedRunRole).toLongLong() > 0,
            10000);
        const qint64 child = link->data(RunDetailWidget::LinkedRunRole).toLongLong();
        QVERIFY(detail.outputView()->toHtml().contains(u"run:%1"_s.arg(child)));
        emit tasks->itemActivated(link);
        QTRY_COMPARE(detail.run().id(), child);
        QCOMPARE(detail.run().trigger(), u"RUN_JOB_TASK"_s);
        QCOMPARE(detail.run().jobId(), m_fixture->emulator().jobIdByName(u"partition_fanout"_s));
        QVERIFY(detail.detailsLabel()->text().contains(u"run:"_s)); // back to the task run that started it
    }

    void runNowCanRunOnlySomeTasksAtAChosenTarget()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"partition_fanout"_s);
        RunNowDialog dialog(Job::fromJson(m_fixture->emulator().job(jobId)));
        QCOMPARE(dialog.taskKeys(),
            (QStringList {u"list_partitions"_s, u"backfill_partition"_s, u"compact_tables"_s}));
        QVERIFY(dialog.performanceTargetBox()->isVisibleTo(&dialog));
        QVERIFY(dialog.params().only.isEmpty()); // all tasks: `only` is not sent
        QVERIFY(!dialog.params().extra.contains(u"performance_target"_s));
        dialog.setTaskSelected(u"backfill_partition"_s, false);
        dialog.setTaskSelected(u"compact_tables"_s, false);
        dialog.setPerformanceTarget(u"STANDARD"_s);
        const RunNowParams params = dialog.params();
        QCOMPARE(params.only, QStringList {u"list_partitions"_s});
        QCOMPARE(params.extra.value(u"performance_target"_s).toString(), u"STANDARD"_s);

        // Against the emulator: one task, at that target.
        ApiCall<qint64> call = m_connection->jobs().startRun(params);
        qint64 started = 0;
        call.then(this,
            [&started](const ApiResult<qint64> &result) { started = result.ok() ? result.value() : -1; });
        QTRY_VERIFY(started != 0);
        QVERIFY(started > 0);
        const QJsonObject run = m_fixture->emulator().run(started);
        QCOMPARE(run.value(u"tasks").toArray().size(), 1);
        QCOMPARE(run.value(u"effective_performance_target").toString(), u"STANDARD"_s);
    }

    void repairDialogOffersTheDependents()
    {
        const qint64 runId = finishedRun(u"partition_fanout"_s);
        RunPoller poller;
        poller.setConnection(m_connection.get());
        poller.start(runId);
        QTRY_VERIFY(poller.hasRun());
        RepairDialog dialog(poller.run());
        dialog.setRerunAllFailed(false);
        dialog.setTaskSelected(u"backfill_partition"_s, true);
        QCOMPARE(dialog.dependentsOf({u"backfill_partition"_s}), QStringList {u"compact_tables"_s});
        QVERIFY(dialog.findChild<QLabel *>(u"repairSummary"_s)->text().contains(u"compact_tables"_s));
        const RepairRunParams params = dialog.params();
        QCOMPARE(params.rerunTasks, QStringList {u"backfill_partition"_s});
        QVERIFY(params.rerunDependentTasks.value_or(false));
    }

    void lockedJobCannotBeEditedOrDeletedButRuns()
    {
        JobsPage page;
        page.resize(1400, 800);
        page.show();
        page.setConnection(m_connection.get());
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 0, 20000);
        auto select = [&page](qint64 jobId) {
            const int row = page.model()->rowOfJob(jobId);
            const QModelIndex index = page.proxy()->mapFromSource(page.model()->index(row, 0));
            page.view()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        };
        auto *edit = page.findChild<QAction *>(u"editJobAction"_s);
        auto *remove = page.findChild<QAction *>(u"deleteJobAction"_s);
        auto *runNow = page.findChild<QAction *>(u"runNowAction"_s);
        auto *pause = page.findChild<QAction *>(u"pauseScheduleAction"_s);
        QVERIFY(edit && remove && runNow && pause);

        select(m_fixture->emulator().jobIdByName(u"partition_fanout"_s));
        QTRY_VERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());

        const qint64 locked = m_fixture->emulator().jobIdByName(u"[prod] sales_pipeline (bundle)"_s);
        select(locked);
        QTRY_VERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!pause->isEnabled()); // pausing changes the settings too
        QVERIFY(runNow->isEnabled()); // running stays available
        QVERIFY(edit->toolTip().contains(JobOverview::lockedReason()));
        QVERIFY(remove->toolTip().contains(JobOverview::lockedReason()));
    }

    void jobOverviewShowsNewTaskTypesTriggersAndSettings()
    {
        auto overviewOf = [this](const QString &name) {
            QTextBrowser browser;
            browser.setHtml(JobOverview::html(
                Job::fromJson(m_fixture->emulator().job(m_fixture->emulator().jobIdByName(name)))));
            return browser.toPlainText();
        };
        const QString fanOut = overviewOf(u"partition_fanout"_s);
        QVERIFY(fanOut.contains(u"For each"_s));
        QVERIFY(fanOut.contains(u"120 input"_s));
        QVERIFY(fanOut.contains(u"environment version 3"_s));
        QVERIFY(fanOut.contains(u"PERFORMANCE_OPTIMIZED"_s));
        QVERIFY(fanOut.contains(u"Periodic: every 4 hours"_s));
        QVERIFY(fanOut.contains(u"Budget policy"_s));
        const QString gate = overviewOf(u"quality_gate"_s);
        QVERIFY(gate.contains(u"If/else condition"_s));
        QVERIFY(gate.contains(u"{{job.parameters.env}} == prod"_s));
        QVERIFY(gate.contains(u"(if true)"_s));
        QVERIFY(gate.contains(u"(disabled)"_s));
        QVERIFY(gate.contains(u"Table update: main.sales.orders, main.sales.returns"_s));
        const QString orchestrate = overviewOf(u"orchestrate_nightly"_s);
        QVERIFY(orchestrate.contains(u"Run job"_s));
        QVERIFY(orchestrate.contains(u"Dashboard"_s));
        QVERIFY(orchestrate.contains(u"SQL alert"_s));
        QVERIFY(orchestrate.contains(u"Usage policy"_s));
        const QString bi = overviewOf(u"bi_semantic_refresh"_s);
        QVERIFY(bi.contains(u"Power BI"_s));
        QVERIFY(bi.contains(u"dbt platform"_s));
        QVERIFY(bi.contains(u"SQL condition"_s));
        const QString locked = overviewOf(u"[prod] sales_pipeline (bundle)"_s);
        QVERIFY(locked.contains(JobOverview::lockedReason()));
        QVERIFY(locked.contains(u"Lakeflow Declarative Pipelines"_s));
        QVERIFY(locked.contains(u"Continuous"_s));
        const QString model = overviewOf(u"model_promotion_watch"_s);
        QVERIFY(model.contains(u"Model: main.ml.churn_model"_s));
        QVERIFY(model.contains(u"genie_task"_s)); // a task type this client does not know, as it comes
        QVERIFY(overviewOf(u"landing_zone_loader"_s).contains(u"File arrival"_s));
        // A trigger kind from the future, as it comes.
        const JobSettings future = JobSettings::fromJson(QJsonObject {
            {u"trigger"_s, QJsonObject {{u"lunar_phase"_s, QJsonObject {{u"phase"_s, u"full"_s}}}}}});
        QCOMPARE(future.triggerKinds(), QStringList {u"lunar_phase"_s});
        const QString text = JobOverview::triggerText(future.trigger(u"lunar_phase"_s));
        QVERIFY2(text.contains(u"lunar_phase"_s) && text.contains(u"full"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestRuns2026)
#include "tst_runs2026.moc"
