// The emulator serves what Jobs API 2.2 added in 2025–2026: for-each iterations paged by token,
// condition outcomes, run-job links, serverless environments, platform tasks, disabled tasks,
// performance targets, policies, bundle-locked jobs, every trigger kind, repair with
// dependents and run-now with `only`; ids and counters as JSON numbers.
#include "emulatorfixture.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

class TestEmulatorJobs2026 final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_http;

    QJsonObject getJson(const QString &path, const QUrlQuery &query)
    {
        const auto reply = m_http->get(path, query);
        if (reply.status != 200)
            qWarning() << path << reply.status << reply.body;
        return reply.json;
    }
    QJsonObject runGet(qint64 runId, const QString &pageToken = {})
    {
        QUrlQuery q {{u"run_id"_s, QString::number(runId)}};
        if (!pageToken.isEmpty())
            q.addQueryItem(u"page_token"_s, pageToken);
        return getJson(u"/api/2.2/jobs/runs/get"_s, q);
    }
    QJsonObject output(qint64 taskRunId)
    {
        return getJson(
            u"/api/2.2/jobs/runs/get-output"_s, QUrlQuery {{u"run_id"_s, QString::number(taskRunId)}});
    }
    // The latest finished run of a job (seeded history).
    QJsonObject finishedRun(qint64 jobId, bool successful = true)
    {
        for (const qint64 runId : m_fixture->emulator().runIdsOfJob(jobId)) {
            const QJsonObject run = runGet(runId);
            const QString result = run.value(u"state").toObject().value(u"result_state").toString();
            if (successful ? result == u"SUCCESS"_s : !result.isEmpty())
                return run;
        }
        return {};
    }
    static QJsonObject task(const QJsonObject &run, const QString &key)
    {
        const QJsonArray tasks = run.value(u"tasks").toArray();
        for (const QJsonValue &t : tasks) {
            if (t.toObject().value(u"task_key").toString() == key)
                return t.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<EmulatorFixture>();
        m_http = std::make_unique<HttpTestClient>(m_fixture->url(), m_fixture->token());
    }

    void forEachIterationsArePagedToTheEnd()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"partition_fanout"_s);
        QVERIFY(jobId > 0);
        const QJsonObject run = finishedRun(jobId);
        QVERIFY(!run.isEmpty());
        const QJsonObject forEach = task(run, u"backfill_partition"_s);
        QVERIFY(forEach.contains(u"for_each_task"));
        const QJsonObject stats = forEach.value(u"for_each_task")
                                      .toObject()
                                      .value(u"stats")
                                      .toObject()
                                      .value(u"task_run_stats")
                                      .toObject();
        QCOMPARE(stats.value(u"total_iterations").toInt(), 120);
        QCOMPARE(stats.value(u"succeeded_iterations").toInt(), 120);
        QVERIFY(stats.value(u"total_iterations").isDouble()); // a number, not a string

        // runs/get on the for-each task run: its iterations, 100 per page.
        const qint64 forEachRunId = forEach.value(u"run_id").toInteger();
        QSet<qint64> ids;
        QString token;
        int pages = 0;
        do {
            const QJsonObject page = runGet(forEachRunId, token);
            const QJsonArray iterations = page.value(u"iterations").toArray();
            QVERIFY(iterations.size() <= 100);
            for (const QJsonValue &v : iterations) {
                const QJsonObject it = v.toObject();
                QVERIFY(it.value(u"run_id").isDouble());
                QCOMPARE(it.value(u"task_key").toString(), u"backfill_partition_iteration"_s);
                QCOMPARE(it.value(u"state").toObject().value(u"result_state").toString(), u"SUCCESS"_s);
                ids.insert(it.value(u"run_id").toInteger());
            }
            token = page.value(u"next_page_token").toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 2);
        QCOMPARE(ids.size(), 120);

        // An iteration is a task run of its own.
        const qint64 iterationId = *ids.constBegin();
        const QJsonObject iteration = runGet(iterationId);
        QCOMPARE(iteration.value(u"run_id").toInteger(), iterationId);
        QCOMPARE(iteration.value(u"parent_run_id").toInteger(), run.value(u"run_id").toInteger());
        QVERIFY(iteration.value(u"notebook_task").toObject().contains(u"base_parameters"));
    }

    void serverlessJobReportsEnvironmentTargetAndPolicies()
    {
        const QJsonObject job
            = m_fixture->emulator().job(m_fixture->emulator().jobIdByName(u"partition_fanout"_s));
        const QJsonObject settings = job.value(u"settings").toObject();
        const QJsonObject env = settings.value(u"environments").toArray().first().toObject();
        QCOMPARE(env.value(u"environment_key").toString(), u"default"_s);
        QCOMPARE(env.value(u"spec").toObject().value(u"environment_version").toString(), u"3"_s);
        QCOMPARE(settings.value(u"performance_target").toString(), u"PERFORMANCE_OPTIMIZED"_s);
        QVERIFY(!job.value(u"effective_budget_policy_id").toString().isEmpty());
        QCOMPARE(
            settings.value(u"trigger").toObject().value(u"periodic").toObject().value(u"unit").toString(),
            u"HOURS"_s);
        const QJsonObject run = finishedRun(job.value(u"job_id").toInteger());
        QCOMPARE(run.value(u"effective_performance_target").toString(), u"PERFORMANCE_OPTIMIZED"_s);
        QCOMPARE(run.value(u"trigger").toString(), u"PERIODIC"_s);
    }

    void conditionOutcomesExcludeTheOtherBranchAndDisabledTasksNeverRun()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"quality_gate"_s);
        QVERIFY(jobId > 0);
        const QJsonObject run = finishedRun(jobId);
        QVERIFY(!run.isEmpty());
        QCOMPARE(run.value(u"trigger").toString(), u"TABLE"_s);
        const QString outcome
            = task(run, u"is_prod"_s).value(u"condition_task").toObject().value(u"outcome").toString();
        QVERIFY2(outcome == u"true"_s || outcome == u"false"_s, qPrintable(outcome));
        const QString ran = outcome == u"true"_s ? u"publish_gold"_s : u"notify_staging"_s;
        const QString excluded = outcome == u"true"_s ? u"notify_staging"_s : u"publish_gold"_s;
        QCOMPARE(task(run, ran).value(u"state").toObject().value(u"result_state").toString(), u"SUCCESS"_s);
        QCOMPARE(
            task(run, excluded).value(u"state").toObject().value(u"result_state").toString(), u"EXCLUDED"_s);
        const QJsonObject disabled = task(run, u"legacy_export"_s);
        QVERIFY(disabled.value(u"disabled").toBool());
        QCOMPARE(disabled.value(u"state").toObject().value(u"result_state").toString(), u"DISABLED"_s);
        QCOMPARE(disabled.value(u"status")
                     .toObject()
                     .value(u"termination_details")
                     .toObject()
                     .value(u"code")
                     .toString(),
            u"DISABLED"_s);
    }

    void runJobTaskLinksTheChildRun()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"orchestrate_nightly"_s);
        const qint64 fanOut = m_fixture->emulator().jobIdByName(u"partition_fanout"_s);
        const QJsonObject run = finishedRun(jobId);
        QVERIFY(!run.isEmpty());
        QCOMPARE(
            run.value(u"effective_usage_policy_id").toString(), u"5e6f7a8b-1111-4c2d-8e9f-0a1b2c3d4e5f"_s);
        const QJsonObject runJob = task(run, u"run_fanout"_s);
        QCOMPARE(runJob.value(u"run_job_task").toObject().value(u"job_id").toInteger(), fanOut);
        QVERIFY(runJob.value(u"run_job_task").toObject().value(u"job_id").isDouble());
        const QJsonObject out = output(runJob.value(u"run_id").toInteger());
        const QJsonValue childId = out.value(u"run_job_output").toObject().value(u"run_id");
        QVERIFY2(childId.isDouble(), QJsonDocument(out).toJson().constData());
        const QJsonObject child = runGet(childId.toInteger());
        QCOMPARE(child.value(u"job_id").toInteger(), fanOut);
        QCOMPARE(child.value(u"trigger").toString(), u"RUN_JOB_TASK"_s);
        QCOMPARE(child.value(u"trigger_info").toObject().value(u"run_id").toInteger(),
            runJob.value(u"run_id").toInteger());
        QVERIFY(task(run, u"refresh_dashboard"_s).contains(u"dashboard_task"));
        QVERIFY(task(run, u"check_sla_alert"_s).contains(u"alert_task"));
    }

    void aJobUsesThePreviewTriggersListAlone()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"lakehouse_freshness"_s);
        QVERIFY(jobId > 0);
        const QJsonObject settings = m_fixture->emulator().job(jobId).value(u"settings").toObject();
        const QJsonArray triggers = settings.value(u"triggers").toArray();
        QCOMPARE(triggers.size(), 2);
        QVERIFY(triggers.at(0).toObject().contains(u"table_update"));
        QVERIFY(triggers.at(1).toObject().contains(u"file_arrival"));
        for (const QString &single : {u"schedule"_s, u"trigger"_s, u"continuous"_s})
            QVERIFY2(!settings.contains(single), qPrintable(single));
        // The service takes its own settings back unchanged (never a mix it would refuse).
        const auto reset = m_http->post(
            u"/api/2.2/jobs/reset"_s, QJsonObject {{u"job_id"_s, jobId}, {u"new_settings"_s, settings}});
        QVERIFY2(reset.status == 200, reset.body.constData());
        // Its runs say which trigger started them, from the list.
        const QJsonObject run = finishedRun(jobId, false);
        QVERIFY(!run.isEmpty());
        QCOMPARE(run.value(u"trigger").toString(), u"TABLE"_s);
    }

    void everyTriggerKindAndPlatformTaskIsSeeded()
    {
        QSet<QString> triggers;
        QSet<QString> kinds;
        bool locked = false;
        for (const qint64 id : m_fixture->emulator().jobIds()) {
            const QJsonObject s = m_fixture->emulator().job(id).value(u"settings").toObject();
            if (s.contains(u"schedule"))
                triggers.insert(u"schedule"_s);
            if (s.contains(u"continuous"))
                triggers.insert(u"continuous"_s);
            const QJsonObject trigger = s.value(u"trigger").toObject();
            for (const QString &k : trigger.keys()) {
                if (k != u"pause_status"_s)
                    triggers.insert(k);
            }
            const QJsonArray tasks = s.value(u"tasks").toArray();
            for (const QJsonValue &t : tasks) {
                for (const QString &k : t.toObject().keys()) {
                    if (k.endsWith(u"_task"_s))
                        kinds.insert(k);
                }
            }
            if (s.value(u"edit_mode").toString() == u"UI_LOCKED"_s) {
                locked = true;
                QCOMPARE(s.value(u"deployment").toObject().value(u"kind").toString(), u"BUNDLE"_s);
            }
        }
        for (const QString &t : {u"schedule"_s, u"continuous"_s, u"file_arrival"_s, u"table_update"_s,
                 u"periodic"_s, u"model"_s, u"sql_condition"_s})
            QVERIFY2(triggers.contains(t), qPrintable(t));
        for (const QString &k :
            {u"for_each_task"_s, u"condition_task"_s, u"run_job_task"_s, u"dashboard_task"_s, u"alert_task"_s,
                u"power_bi_task"_s, u"dbt_platform_task"_s, u"dbt_task"_s, u"pipeline_task"_s})
            QVERIFY2(kinds.contains(k), qPrintable(k));
        QVERIFY(locked);
    }

    void lockedJobStillAcceptsEditsThroughTheApi()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"[prod] sales_pipeline (bundle)"_s);
        QVERIFY(jobId > 0);
        const auto reply = m_http->post(u"/api/2.2/jobs/update"_s,
            QJsonObject {
                {u"job_id"_s, jobId}, {u"new_settings"_s, QJsonObject {{u"max_concurrent_runs"_s, 2}}}});
        QCOMPARE(reply.status, 200); // the lock is a UI convention
        QCOMPARE(m_fixture->emulator()
                     .job(jobId)
                     .value(u"settings")
                     .toObject()
                     .value(u"max_concurrent_runs")
                     .toInt(),
            2);
    }

    void runNowOnlyRunsTheChosenTasksAtTheChosenTarget()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"partition_fanout"_s);
        const auto reply = m_http->post(u"/api/2.2/jobs/run-now"_s,
            QJsonObject {{u"job_id"_s, jobId}, {u"only"_s, QJsonArray {u"list_partitions"_s}},
                {u"performance_target"_s, u"STANDARD"_s}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(u"run_id").isDouble());
        const QJsonObject run = runGet(reply.json.value(u"run_id").toInteger());
        const QJsonArray tasks = run.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().toObject().value(u"task_key").toString(), u"list_partitions"_s);
        QCOMPARE(run.value(u"effective_performance_target").toString(), u"STANDARD"_s);
    }

    void repairRerunsDependentsOfTheChosenTask()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"partition_fanout"_s);
        const QJsonObject run = finishedRun(jobId);
        const qint64 runId = run.value(u"run_id").toInteger();
        const auto reply = m_http->post(u"/api/2.2/jobs/runs/repair"_s,
            QJsonObject {{u"run_id"_s, runId}, {u"rerun_tasks"_s, QJsonArray {u"backfill_partition"_s}},
                {u"rerun_dependent_tasks"_s, true}, {u"performance_target"_s, u"PERFORMANCE_OPTIMIZED"_s}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(u"repair_id").isDouble());
        const QJsonObject repaired = runGet(runId);
        const QJsonArray history = repaired.value(u"repair_history").toArray();
        QCOMPARE(history.size(), 2);
        const QJsonObject repair = history.last().toObject();
        QCOMPARE(repair.value(u"type").toString(), u"REPAIR"_s);
        QCOMPARE(repair.value(u"task_run_ids").toArray().size(), 2); // backfill_partition + compact_tables
        QCOMPARE(repair.value(u"effective_performance_target").toString(), u"PERFORMANCE_OPTIMIZED"_s);
        QCOMPARE(task(repaired, u"compact_tables"_s).value(u"attempt_number").toInt(), 1);
        QCOMPARE(task(repaired, u"list_partitions"_s).value(u"attempt_number").toInt(), 0);
        // The repaired for-each task has fresh iterations.
        const qint64 forEachRunId = task(repaired, u"backfill_partition"_s).value(u"run_id").toInteger();
        QCOMPARE(runGet(forEachRunId).value(u"iterations").toArray().size(), 100);
    }

    void idsAndCountersAreJsonNumbers()
    {
        const qint64 jobId = m_fixture->emulator().jobIdByName(u"orchestrate_nightly"_s);
        const QJsonObject run = finishedRun(jobId);
        for (const char *key :
            {"job_id", "run_id", "number_in_job", "start_time", "end_time", "run_duration"})
            QVERIFY2(run.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(run.value(u"run_id").toInteger() > (qint64(1) << 53) / 100); // 64-bit sized, kept exactly
        const QByteArray raw
            = m_http
                  ->get(u"/api/2.2/jobs/runs/get"_s,
                      QUrlQuery {{u"run_id"_s, QString::number(run.value(u"run_id").toInteger())}})
                  .body;
        QVERIFY(
            raw.contains(QByteArray("\"run_id\":" + QByteArray::number(run.value(u"run_id").toInteger()))));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorJobs2026)
#include "tst_emulator_jobs2026.moc"
