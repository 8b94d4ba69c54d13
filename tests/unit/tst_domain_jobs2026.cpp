// Domain values read what Jobs API 2.2 added in 2025–2026: new task types, for-each and
// condition tasks, serverless environments, performance targets, policies, bundle-locked jobs,
// every trigger kind, iterations, run-job links; unknown kinds and values come through as they are.
#include "domain/job.h"
#include "domain/jobpermissions.h"
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
        QCOMPARE(s.deploymentMetadataPath(), u"/Workspace/.bundle/x/state/metadata.json"_s);
        QCOMPARE(s.environment(u"default"_s).environmentVersion, u"3"_s);
        QCOMPARE(s.environment(u"default"_s).dependencies, QStringList {u"pandas"_s});
        QVERIFY(s.environment(u"other"_s).key.isEmpty());
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
        QStringList sections;
        for (const auto &[name, text] : output.otherSectionTexts())
            sections << name + u'=' + text.simplified();
        QCOMPARE(sections,
            (QStringList {u"alert_output={ \"alert_state\": \"OK\" }"_s,
                u"run_job_output={ \"run_id\": 9007199254740000 }"_s}));
    }

    // The typed fields the job screens read, so that no widget picks the JSON apart.
    void jobSettingsForTheScreens()
    {
        const JobSettings s = JobSettings::fromJson(json(R"({"name":"etl",
            "schedule":{"quartz_cron_expression":"0 0 2 * * ?","timezone_id":"UTC","pause_status":"PAUSED"},
            "trigger":{"pause_status":"UNPAUSED","table_update":{"table_names":["a.b.c","a.b.d"],"condition":"ALL_UPDATED"},
                "periodic":{"interval":4,"unit":"HOURS"}},
            "parameters":[{"name":"env","default":"dev"},{"name":"n","default":3}],
            "job_clusters":[{"job_cluster_key":"shared","new_cluster":{"spark_version":"15.4.x","node_type_id":"m5",
                "autoscale":{"min_workers":2,"max_workers":8}}}],
            "environments":[{"environment_key":"default","spec":{"client":"1","base_environment":"/b.yml"}}],
            "queue":{"enabled":false},
            "git_source":{"git_url":"git.example/r","git_tag":"v1"},
            "email_notifications":{"on_failure":["a@example.com"]},
            "webhook_notifications":{"on_failure":[{"id":"hook-1"}]},
            "next_page_token":"t"})"));
        const JobTrigger table = s.trigger(u"table_update"_s);
        QCOMPARE(table.tableNames, (QStringList {u"a.b.c"_s, u"a.b.d"_s}));
        QCOMPARE(table.condition, u"ALL_UPDATED"_s);
        QCOMPARE(s.trigger(u"periodic"_s).interval, 4);
        QCOMPARE(s.trigger(u"periodic"_s).unit, u"HOURS"_s);
        const JobTrigger schedule = s.trigger(u"schedule"_s);
        QVERIFY(schedule.paused);
        QCOMPARE(schedule.cronExpression, u"0 0 2 * * ?"_s);
        QCOMPARE(schedule.timezoneId, u"UTC"_s);

        QCOMPARE(s.parameters().size(), 2);
        QCOMPARE(s.parameters().at(1).name, u"n"_s);
        QCOMPARE(s.parameters().at(1).defaultValue, u"3"_s);
        QCOMPARE(s.jobClusters().size(), 1);
        QCOMPARE(s.jobClusters().first().key, u"shared"_s);
        const ClusterSpec spec = s.jobClusters().first().spec;
        QVERIFY(spec.autoscale);
        QCOMPARE(spec.maxWorkers, 8);
        QCOMPARE(spec.sparkVersion, u"15.4.x"_s);
        QVERIFY(!spec.numWorkers);
        QCOMPARE(s.environment(u"default"_s).baseEnvironment, u"/b.yml"_s);
        QVERIFY(s.hasQueue());
        QVERIFY(!s.queueEnabled());
        QCOMPARE(s.gitSource()->reference, u"v1"_s);
        QVERIFY(!JobSettings::fromJson(json(R"({})")).gitSource());
        QVERIFY(s.hasNotifications());
        QCOMPARE(s.notificationTargets(u"on_failure"_s).emails, QStringList {u"a@example.com"_s});
        QCOMPARE(s.notificationTargets(u"on_failure"_s).webhookIds, QStringList {u"hook-1"_s});
        QVERIFY(s.notificationTargets(u"on_start"_s).isEmpty());
        QVERIFY(!s.toCreateBody().contains(u"next_page_token"));
        QCOMPARE(s.toCreateBody().value(u"name").toString(), u"etl"_s);

        // Pausing touches only what is not paused yet, and keeps each block whole.
        QCOMPARE(s.pauseStates(), (QMap<QString, bool> {{u"schedule"_s, true}, {u"trigger"_s, false}}));
        const QJsonObject pause = s.pauseUpdate(true);
        QCOMPARE(pause.keys(), QStringList {u"trigger"_s});
        QCOMPARE(pause.value(u"trigger").toObject().value(u"pause_status").toString(), u"PAUSED"_s);
        QCOMPARE(
            pause.value(u"trigger").toObject().value(u"periodic").toObject().value(u"interval").toInt(), 4);
        QCOMPARE(s.pauseUpdate(false).keys(), QStringList {u"schedule"_s});
    }

    void tasksRunsAndPermissionsForTheScreens()
    {
        const Task notebook = Task::fromJson(json(
            R"({"task_key":"n","notebook_task":{"base_parameters":{"b":"2","a":1}},"new_cluster":{"num_workers":1}})"));
        QCOMPARE(notebook.notebookBaseParameters(),
            (QList<std::pair<QString, QString>> {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}));
        QVERIFY(!notebook.pythonParameters());
        QCOMPARE(notebook.newCluster().numWorkers, 1);
        const Task python = Task::fromJson(
            json(R"({"task_key":"p","spark_python_task":{"python_file":"x.py","parameters":["--full"]}})"));
        QCOMPARE(python.pythonParameters(), QStringList {u"--full"_s});
        QCOMPARE(Task::fromJson(json(R"({"for_each_task":{"inputs":"[1,2,3]"}})")).forEachInputCount(), 3);
        QVERIFY(!Task::fromJson(json(R"({"for_each_task":{"inputs":"{{job.parameters.list}}"}})"))
                     .forEachInputCount());

        const Run run = Run::fromJson(json(R"({"run_id":1,"setup_duration":1000,"execution_duration":2000,
            "cleanup_duration":300,"job_parameters":[{"name":"env","default":"dev","value":"prod"},{"name":"n","default":"3"}],
            "overriding_parameters":{"notebook_params":{"a":"1"},"python_params":["--x"]}})"));
        QCOMPARE(run.setupDurationMs(), 1000);
        QCOMPARE(run.executionDurationMs(), 2000);
        QCOMPARE(run.cleanupDurationMs(), 300);
        QCOMPARE(run.jobParameters().size(), 2);
        QCOMPARE(run.jobParameters().at(0).value, u"prod"_s); // the value used, over the default
        QCOMPARE(run.jobParameters().at(1).value, u"3"_s);
        QCOMPARE(run.overridingParameters(),
            (QList<std::pair<QString, QString>> {
                {u"notebook_params"_s, u"{\"a\":\"1\"}"_s}, {u"python_params"_s, u"[\"--x\"]"_s}}));
        QCOMPARE(run.asTask().runId(), 1);

        const JobPermissions permissions = JobPermissions::fromJson(json(R"({"access_control_list":[
            {"group_name":"admins","all_permissions":[{"permission_level":"CAN_MANAGE","inherited":true,
                "inherited_from_object":["/jobs/"]}]}]})"));
        QCOMPARE(permissions.entries().size(), 1);
        const JobPermissions::Entry admins = permissions.entries().first();
        QCOMPARE(admins.kind, JobPermissions::Entry::Kind::Group);
        QCOMPARE(admins.grants.size(), 1);
        QVERIFY(admins.grants.first().inherited);
        QCOMPARE(admins.grants.first().inheritedFrom, QStringList {u"/jobs/"_s});
        QCOMPARE(admins.levels, QStringList {u"CAN_MANAGE"_s});
    }
};

QTEST_GUILESS_MAIN(TestDomainJobs2026)
#include "tst_domain_jobs2026.moc"
