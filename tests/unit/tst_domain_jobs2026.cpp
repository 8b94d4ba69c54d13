// Domain values read what Jobs API 2.2 added in 2025–2026: new task types, for-each and
// condition tasks, serverless environments, performance targets, policies, bundle-locked jobs,
// every trigger kind, iterations, run-job links; unknown kinds and values come through as they are.
#include "domain/job.h"
#include "domain/jobsettings.h"
#include "domain/run.h"
#include "domain/runoutput.h"
#include "domain/runtask.h"
#include "domain/task.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestDomainJobs2026 final : public QObject
{
    Q_OBJECT

private slots:
    void taskKinds_data()
    {
        QTest::addColumn<QByteArray>("task");
        QTest::addColumn<Task::Kind>("kind");
        QTest::addColumn<QString>("kindName");
        QTest::addColumn<QString>("target");
        QTest::newRow("dashboard") << QByteArray(
            R"({"task_key":"d","dashboard_task":{"dashboard_id":"01ef"}})")
                                   << Task::Kind::Dashboard << u"dashboard_task"_s << u"01ef"_s;
        QTest::newRow("alert") << QByteArray(R"({"task_key":"a","alert_task":{"alert_id":"7c1d"}})")
                               << Task::Kind::Alert << u"alert_task"_s << u"7c1d"_s;
        QTest::newRow("power bi") << QByteArray(
            R"({"task_key":"p","power_bi_task":{"power_bi_model":{"workspace_name":"Finance","model_name":"Revenue"}}})")
                                  << Task::Kind::PowerBi << u"power_bi_task"_s << u"Finance/Revenue"_s;
        QTest::newRow("dbt platform")
            << QByteArray(R"({"task_key":"b","dbt_platform_task":{"dbt_platform_job_id":"70403103936537"}})")
            << Task::Kind::DbtPlatform << u"dbt_platform_task"_s << u"70403103936537"_s;
        QTest::newRow("dbt cloud (deprecated)")
            << QByteArray(R"({"task_key":"c","dbt_cloud_task":{"dbt_cloud_job_id":12}})")
            << Task::Kind::DbtCloud << u"dbt_cloud_task"_s << u"12"_s;
        QTest::newRow("run job") << QByteArray(
            R"({"task_key":"r","run_job_task":{"job_id":9007199254740000}})")
                                 << Task::Kind::RunJob << u"run_job_task"_s << u"9007199254740000"_s;
        QTest::newRow("unknown, as it comes")
            << QByteArray(R"({"task_key":"g","genie_task":{"space_id":"01f0"}})") << Task::Kind::Unknown
            << u"genie_task"_s << QString();
    }
    void taskKinds()
    {
        QFETCH(QByteArray, task);
        QFETCH(Task::Kind, kind);
        QFETCH(QString, kindName);
        QFETCH(QString, target);
        const Task t = Task::fromJson(QJsonDocument::fromJson(task).object());
        QCOMPARE(t.kind(), kind);
        QCOMPARE(t.kindName(), kindName);
        QCOMPARE(t.target(), target);
        QCOMPARE(t.toJson(), QJsonDocument::fromJson(task).object()); // lossless
    }

    void conditionForEachRunJobAndServerlessTasks()
    {
        const Task condition = Task::fromJson(json(
            R"({"task_key":"is_prod","condition_task":{"op":"GREATER_THAN_OR_EQUAL","left":"{{tasks.a.values.n}}","right":"10"}})"));
        QCOMPARE(condition.kind(), Task::Kind::Condition);
        QCOMPARE(condition.conditionText(), u"{{tasks.a.values.n}} >= 10"_s);
        const Task unknownOp = Task::fromJson(
            json(R"({"task_key":"x","condition_task":{"op":"MATCHES","left":"a","right":"b"}})"));
        QCOMPARE(unknownOp.conditionText(), u"a MATCHES b"_s);

        const Task branch = Task::fromJson(json(
            R"({"task_key":"publish","depends_on":[{"task_key":"is_prod","outcome":"true"},{"task_key":"z"}]})"));
        QCOMPARE(branch.outcomeDependencies().size(), 1);
        QCOMPARE(branch.outcomeDependencies().first().first, u"is_prod"_s);
        QCOMPARE(branch.outcomeDependencies().first().second, u"true"_s);

        const Task forEach = Task::fromJson(json(
            R"({"task_key":"fan","for_each_task":{"inputs":"[1,2,3]","concurrency":8,"task":{"task_key":"fan_iteration","notebook_task":{"notebook_path":"/nb"}}}})"));
        QCOMPARE(forEach.kind(), Task::Kind::ForEach);
        QCOMPARE(forEach.forEachInputs(), u"[1,2,3]"_s);
        QCOMPARE(forEach.forEachConcurrency(), 8);
        QCOMPARE(forEach.forEachTask().taskKey(), u"fan_iteration"_s);
        QCOMPARE(forEach.forEachTask().kind(), Task::Kind::Notebook);

        const Task runJob
            = Task::fromJson(json(R"({"task_key":"r","run_job_task":{"job_id":401234567890123}})"));
        QCOMPARE(runJob.runJobId(), Q_INT64_C(401234567890123));

        const Task serverless = Task::fromJson(
            json(R"({"task_key":"s","environment_key":"default","disabled":true,"notebook_task":{}})"));
        QCOMPARE(serverless.compute(), Task::Compute::Environment);
        QCOMPARE(serverless.environmentKey(), u"default"_s);
        QVERIFY(serverless.isDisabled());
    }

    void triggerKinds_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("schedule") << QByteArray(
            R"({"schedule":{"quartz_cron_expression":"0 0 1 * * ?","timezone_id":"UTC"}})")
                                  << QStringList {u"schedule"_s};
        QTest::newRow("continuous") << QByteArray(R"({"continuous":{"pause_status":"UNPAUSED"}})")
                                    << QStringList {u"continuous"_s};
        for (const char *kind :
            {"file_arrival", "table_update", "periodic", "model", "sql_condition", "some_future_kind"})
            QTest::newRow(kind) << QByteArray(
                "{\"trigger\":{\"pause_status\":\"UNPAUSED\",\"" + QByteArray(kind) + "\":{}}}")
                                << QStringList {QString::fromLatin1(kind)};
        QTest::newRow("triggers[] preview")
            << QByteArray(R"({"triggers":[{"periodic":{"interval":1,"unit":"DAYS"}},{"model":{}}]})")
            << QStringList {u"periodic"_s, u"model"_s};
    }
    void triggerKinds()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QStringList, kinds);
        const JobSettings s = JobSettings::fromJson(QJsonDocument::fromJson(settings).object());
        QCOMPARE(s.triggerKinds(), kinds);
        QVERIFY(s.triggerSettings(kinds.first()).isEmpty() || !s.triggerSettings(kinds.first()).isEmpty());
    }

    void serverlessTargetPoliciesAndBundleLock()
    {
        const Job job = Job::fromJson(json(R"({"job_id":401234567890123,"effective_budget_policy_id":"bp-1",
            "effective_usage_policy_id":"up-1","settings":{"name":"x","edit_mode":"UI_LOCKED",
            "deployment":{"kind":"BUNDLE","metadata_file_path":"/Workspace/.bundle/x/state/metadata.json"},
            "parent_path":"/Workspace/.bundle/x","performance_target":"PERFORMANCE_OPTIMIZED",
            "budget_policy_id":"bp-1","usage_policy_id":"up-1",
            "environments":[{"environment_key":"default","spec":{"environment_version":"3","dependencies":["pandas"]}}]}})"));
        QCOMPARE(job.id(), Q_INT64_C(401234567890123));
        QCOMPARE(job.effectiveBudgetPolicyId(), u"bp-1"_s);
        QCOMPARE(job.effectiveUsagePolicyId(), u"up-1"_s);
        const JobSettings s = job.settings();
        QVERIFY(s.isUiLocked());
        QCOMPARE(s.deployment().value(u"kind").toString(), u"BUNDLE"_s);
        QCOMPARE(s.parentPath(), u"/Workspace/.bundle/x"_s);
        QCOMPARE(s.performanceTarget(), u"PERFORMANCE_OPTIMIZED"_s);
        QCOMPARE(s.budgetPolicyId(), u"bp-1"_s);
        QCOMPARE(s.usagePolicyId(), u"up-1"_s);
        QCOMPARE(s.environmentSpec(u"default"_s).value(u"environment_version").toString(), u"3"_s);
        QVERIFY(s.environmentSpec(u"other"_s).isEmpty());
        QVERIFY(!JobSettings::fromJson(json(R"({"edit_mode":"EDITABLE"})")).isUiLocked());
        QVERIFY(!JobSettings::fromJson(json(R"({})")).isUiLocked());
    }

    void runsReadIterationsOutcomesAndLinks()
    {
        const Run forEachRun
            = Run::fromJson(json(R"({"run_id":700000000123456,"parent_run_id":700000000123000,
            "iterations":[{"run_id":700000000123460,"task_key":"fan_iteration","state":{"life_cycle_state":"TERMINATED","result_state":"SUCCESS"}},
                          {"run_id":700000000123461,"task_key":"fan_iteration","status":{"state":"RUNNING"}}]})"));
        QCOMPARE(forEachRun.iterations().size(), 2);
        QCOMPARE(forEachRun.iterations().at(0).runId(), Q_INT64_C(700000000123460));
        QCOMPARE(
            forEachRun.iterations().at(0).displayState().category(), RunDisplayState::Category::Succeeded);
        QCOMPARE(forEachRun.iterations().at(1).displayState().category(), RunDisplayState::Category::Running);
        QCOMPARE(forEachRun.parentRunId(), Q_INT64_C(700000000123000));

        const Run child
            = Run::fromJson(json(R"({"run_id":5,"trigger":"RUN_JOB_TASK","trigger_info":{"run_id":4},
            "effective_performance_target":"STANDARD","effective_usage_policy_id":"up-1",
            "repair_history":[{"type":"ORIGINAL"},{"type":"REPAIR","id":77},{"type":"REPAIR","id":78}]})"));
        QCOMPARE(child.triggerRunId(), Q_INT64_C(4));
        QCOMPARE(child.effectivePerformanceTarget(), u"STANDARD"_s);
        QCOMPARE(child.effectiveUsagePolicyId(), u"up-1"_s);
        QCOMPARE(child.latestRepairId(), Q_INT64_C(78));

        const RunTask condition = RunTask::fromJson(json(
            R"({"run_id":3,"task_key":"is_prod","condition_task":{"op":"EQUAL_TO","left":"a","right":"a","outcome":"true"}})"));
        QCOMPARE(condition.conditionOutcome(), u"true"_s);
        const RunTask forEach
            = RunTask::fromJson(json(R"({"run_id":3,"task_key":"fan","for_each_task":{"inputs":"[]",
            "stats":{"task_run_stats":{"total_iterations":120,"succeeded_iterations":100,"failed_iterations":2,
            "active_iterations":8,"scheduled_iterations":10,"completed_iterations":102}}}})"));
        QVERIFY(forEach.isForEach());
        QCOMPARE(forEach.forEachStats().total, 120);
        QCOMPARE(forEach.forEachStats().failed, 2);
        QCOMPARE(forEach.forEachStats().active, 8);

        const RunTask excluded
            = RunTask::fromJson(json(R"({"run_id":9,"state":{"life_cycle_state":"TERMINATED",
            "result_state":"EXCLUDED"},"status":{"state":"TERMINATED","termination_details":{"code":"SKIPPED","type":"SUCCESS"}}})"));
        QCOMPARE(excluded.displayState().category(), RunDisplayState::Category::Excluded);
        const RunTask disabled
            = RunTask::fromJson(json(R"({"run_id":9,"state":{"life_cycle_state":"TERMINATED",
            "result_state":"DISABLED"},"status":{"state":"TERMINATED","termination_details":{"code":"DISABLED"}}})"));
        QCOMPARE(disabled.displayState().category(), RunDisplayState::Category::Excluded);

        const RunOutput output = RunOutput::fromJson(json(R"({"run_job_output":{"run_id":9007199254740000},
            "alert_output":{"alert_state":"OK"},"notebook_output":{"result":"x","truncated":true}})"));
        QCOMPARE(output.childRunId(), Q_INT64_C(9007199254740000));
        QVERIFY(output.otherSections().contains(u"alert_output"));
        QVERIFY(!output.otherSections().contains(u"notebook_output"));
        QVERIFY(output.hasNotebookResult());
        QVERIFY(output.notebookResultTruncated());
    }
};

QTEST_GUILESS_MAIN(TestDomainJobs2026)
#include "tst_domain_jobs2026.moc"
