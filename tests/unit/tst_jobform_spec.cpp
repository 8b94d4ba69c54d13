// The job form against JobSettings written as the Jobs API documents them (field names from
// shared/spec/stackql-databricks_workspace-jobs.yaml, API 2.2), not against its own output:
// a fixture loaded and saved untouched comes back byte for byte, and an edit changes exactly
// the documented field. A field misspelled the same way in reading and writing fails here.

#include "jobform/jobsettingsform.h"
#include "jsonfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Edit = std::function<void(JobSettingsForm &)>;

// Every leaf (or whole value) that differs, as "path: before -> after", written here rather
// than with the form's own JsonDiff so that the oracle does not share code with what it checks.
void diff(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys))
            diff(x.value(key), y.value(key), path.isEmpty() ? key : path + u'.' + key, out);
        return;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        for (qsizetype i = 0; i < x.size(); ++i)
            diff(x.at(i), y.at(i), u"%1[%2]"_s.arg(path).arg(i), out);
        return;
    }
    auto text = [](const QJsonValue &value) {
        if (value.isUndefined())
            return u"(absent)"_s;
        QJsonArray wrapper {value};
        const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    };
    out << u"%1: %2 -> %3"_s.arg(path, text(a), text(b));
}

QByteArray job(const QByteArray &tasks, const QByteArray &extra = {})
{
    return R"({"name": "Spec fixture", "max_concurrent_runs": 1, )" + extra + R"("tasks": [)" + tasks + "]}";
}

JobTaskForm &task0(JobSettingsForm &form)
{
    return form.tasks[0];
}

} // namespace

class TestJobFormSpec final : public QObject
{
    Q_OBJECT

private slots:
    void untouchedSaveIsByteForByte_data();
    void untouchedSaveIsByteForByte();
    void editChangesExactlyTheDocumentedField_data();
    void editChangesExactlyTheDocumentedField();
    void readsDocumentedFields();
    void lockedJobIsRecognised();

private:
    void fixtures(bool withEdits);
};

// Each row: a JobSettings fixture, an edit through the form's fields, and the one change
// (documented path, new value as JSON) that the edit must make.
void TestJobFormSpec::fixtures(bool withEdits)
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected");
    auto row = [withEdits](const char *name, const QByteArray &fixture, Edit edit, const QString &expected) {
        QTest::newRow(name) << fixture << (withEdits ? edit : Edit()) << expected;
    };

    row(
        "notebook_task",
        job(R"({"task_key": "nb", "existing_cluster_id": "0923-164208-meows279", "notebook_task": {"notebook_path": "/Workspace/Users/me/etl", "source": "WORKSPACE", "base_parameters": {"day": "{{job.start_time.iso_date}}"}, "warehouse_id": "abc"}})"),
        [](JobSettingsForm &f) { task0(f).notebookPath = u"/Workspace/Users/me/etl2"_s; },
        u"tasks[0].notebook_task.notebook_path: \"/Workspace/Users/me/etl\" -> \"/Workspace/Users/me/etl2\""_s);
    row(
        "spark_python_task (serverless, environments)",
        job(R"({"task_key": "py", "environment_key": "default", "spark_python_task": {"python_file": "/Workspace/main.py", "parameters": ["--day", "1"], "source": "WORKSPACE"}})",
            R"("environments": [{"environment_key": "default", "spec": {"environment_version": "2", "dependencies": ["pandas==2.2.0"]}}], )"),
        [](JobSettingsForm &f) { f.environments[0].version = u"3"_s; },
        u"environments[0].spec.environment_version: \"2\" -> \"3\""_s);
    row(
        "python_wheel_task",
        job(R"({"task_key": "whl", "job_cluster_key": "c", "python_wheel_task": {"package_name": "pkg", "entry_point": "run", "named_parameters": {"a": "1"}}, "libraries": [{"whl": "/Volumes/main/w/pkg.whl"}, {"pypi": {"package": "requests"}}]})",
            R"("job_clusters": [{"job_cluster_key": "c", "new_cluster": {"spark_version": "15.4.x-scala2.12", "node_type_id": "i3.xlarge", "num_workers": 2}}], )"),
        [](JobSettingsForm &f) { task0(f).entryPoint = u"main"_s; },
        u"tasks[0].python_wheel_task.entry_point: \"run\" -> \"main\""_s);
    row(
        "spark_jar_task",
        job(R"({"task_key": "jar", "existing_cluster_id": "x", "spark_jar_task": {"main_class_name": "com.example.Main", "parameters": ["a"]}, "libraries": [{"jar": "/Volumes/main/j/app.jar"}]})"),
        [](JobSettingsForm &f) { task0(f).jarLibrary = u"/Volumes/main/j/app2.jar"_s; },
        u"tasks[0].libraries[0].jar: \"/Volumes/main/j/app.jar\" -> \"/Volumes/main/j/app2.jar\""_s);
    row(
        "sql_task query",
        job(R"({"task_key": "q", "sql_task": {"warehouse_id": "wh1", "query": {"query_id": "q-1"}, "parameters": {"d": "1"}}})"),
        [](JobSettingsForm &f) { task0(f).sqlReference = u"q-2"_s; },
        u"tasks[0].sql_task.query.query_id: \"q-1\" -> \"q-2\""_s);
    row(
        "sql_task file",
        job(R"({"task_key": "f", "sql_task": {"warehouse_id": "wh1", "file": {"path": "/Workspace/q.sql", "source": "WORKSPACE"}}})"),
        [](JobSettingsForm &f) { task0(f).warehouseId = u"wh2"_s; },
        u"tasks[0].sql_task.warehouse_id: \"wh1\" -> \"wh2\""_s);
    row(
        "sql_task alert (subscriptions kept)",
        job(R"({"task_key": "a", "sql_task": {"warehouse_id": "wh1", "alert": {"alert_id": "al-1", "pause_subscriptions": false, "subscriptions": [{"user_name": "me@example.com"}]}}})"),
        [](JobSettingsForm &f) { task0(f).sqlReference = u"al-2"_s; },
        u"tasks[0].sql_task.alert.alert_id: \"al-1\" -> \"al-2\""_s);
    row(
        "sql_task dashboard (subject kept)",
        job(R"({"task_key": "d", "sql_task": {"warehouse_id": "wh1", "dashboard": {"dashboard_id": "db-1", "custom_subject": "Daily", "subscriptions": [{"destination_id": "dest-1"}]}}})"),
        [](JobSettingsForm &f) { task0(f).sqlReference = u"db-2"_s; },
        u"tasks[0].sql_task.dashboard.dashboard_id: \"db-1\" -> \"db-2\""_s);
    row(
        "run_job_task",
        job(R"({"task_key": "child", "run_job_task": {"job_id": 9007199254740993, "job_parameters": {"env": "prod"}}})"),
        [](JobSettingsForm &f) { task0(f).jobParameters[u"env"_s] = u"dev"_s; },
        u"tasks[0].run_job_task.job_parameters.env: \"prod\" -> \"dev\""_s);
    row(
        "for_each_task",
        job(R"({"task_key": "each", "for_each_task": {"inputs": "[\"a\", \"b\"]", "concurrency": 2, "task": {"task_key": "each_iteration", "notebook_task": {"notebook_path": "/Workspace/it", "base_parameters": {"v": "{{input}}"}}, "environment_key": "default"}}})"),
        [](JobSettingsForm &f) { task0(f).forEachConcurrency = 5; },
        u"tasks[0].for_each_task.concurrency: 2 -> 5"_s);
    row(
        "for_each_task inputs",
        job(R"({"task_key": "each", "for_each_task": {"inputs": "[1, 2]", "task": {"task_key": "it", "spark_python_task": {"python_file": "/Workspace/x.py"}}}})"),
        [](JobSettingsForm &f) { task0(f).forEachInputs = u"[1, 2, 3]"_s; },
        u"tasks[0].for_each_task.inputs: \"[1, 2]\" -> \"[1, 2, 3]\""_s);
    row(
        "condition_task",
        job(R"({"task_key": "check", "condition_task": {"op": "GREATER_THAN", "left": "{{tasks.count.values.n}}", "right": "0"}})"),
        [](JobSettingsForm &f) { task0(f).conditionRight = u"10"_s; },
        u"tasks[0].condition_task.right: \"0\" -> \"10\""_s);
    row(
        "condition_task unknown op",
        job(R"({"task_key": "check", "condition_task": {"op": "MATCHES_REGEX", "left": "a", "right": "b"}})"),
        [](JobSettingsForm &f) { task0(f).conditionLeft = u"c"_s; },
        u"tasks[0].condition_task.left: \"a\" -> \"c\""_s);
    row(
        "pipeline_task",
        job(R"({"task_key": "dlt", "pipeline_task": {"pipeline_id": "1234-abcd", "full_refresh": false}})"),
        [](JobSettingsForm &f) { task0(f).pipelineFullRefresh = true; },
        u"tasks[0].pipeline_task.full_refresh: false -> true"_s);
    row(
        "dashboard_task",
        job(R"({"task_key": "dash", "dashboard_task": {"dashboard_id": "01ef", "warehouse_id": "wh", "subscription": {"subscribers": [{"user_name": "a@example.com"}], "paused": false}}})"),
        [](JobSettingsForm &f) { task0(f).dashboardId = u"02ab"_s; },
        u"tasks[0].dashboard_task.dashboard_id: \"01ef\" -> \"02ab\""_s);
    row(
        "power_bi_task",
        job(R"({"task_key": "pbi", "power_bi_task": {"connection_resource_name": "pbi_conn", "warehouse_id": "wh", "refresh_after_update": true, "power_bi_model": {"workspace_name": "Sales", "model_name": "Orders", "storage_mode": "DIRECT_QUERY"}, "tables": [{"catalog": "main", "schema": "s", "name": "t"}]}})"),
        [](JobSettingsForm &f) { task0(f).connectionResourceName = u"pbi_conn2"_s; },
        u"tasks[0].power_bi_task.connection_resource_name: \"pbi_conn\" -> \"pbi_conn2\""_s);
    row(
        "alert_task",
        job(R"({"task_key": "alert", "alert_task": {"alert_id": "a-1", "warehouse_id": "wh", "workspace_path": "/Workspace/alerts/a", "subscribers": [{"user_name": "a@example.com"}]}})"),
        [](JobSettingsForm &f) { task0(f).alertId = u"a-2"_s; },
        u"tasks[0].alert_task.alert_id: \"a-1\" -> \"a-2\""_s);
    row(
        "dbt_platform_task",
        job(R"({"task_key": "dbt", "dbt_platform_task": {"connection_resource_name": "dbt_conn", "dbt_platform_job_id": "70403"}})"),
        [](JobSettingsForm &f) { task0(f).dbtPlatformJobId = u"70404"_s; },
        u"tasks[0].dbt_platform_task.dbt_platform_job_id: \"70403\" -> \"70404\""_s);
    row(
        "spark_submit_task (not edited, kept)",
        job(R"({"task_key": "submit", "new_cluster": {"spark_version": "15.4.x-scala2.12", "num_workers": 1}, "spark_submit_task": {"parameters": ["--class", "X"]}})"),
        [](JobSettingsForm &f) { task0(f).timeoutSeconds = 600; },
        u"tasks[0].timeout_seconds: (absent) -> 600"_s);
    row(
        "dbt_task (not edited, kept)",
        job(R"({"task_key": "dbt", "dbt_task": {"commands": ["dbt run"], "project_directory": "/p"}, "environment_key": "dbt_env"})",
            R"("environments": [{"environment_key": "dbt_env", "spec": {"client": "1", "dependencies": ["dbt-databricks"]}}], )"),
        [](JobSettingsForm &f) { task0(f).maxRetries = 1; }, u"tasks[0].max_retries: (absent) -> 1"_s);
    row(
        "unknown future task kind",
        job(R"({"task_key": "future", "quantum_task": {"qubits": 5}, "future_field": [1, 2]})"),
        [](JobSettingsForm &f) { task0(f).description = u"kept"_s; },
        u"tasks[0].description: (absent) -> \"kept\""_s);
    row(
        "disabled task",
        job(R"({"task_key": "off", "disabled": true, "notebook_task": {"notebook_path": "/Workspace/off"}})"),
        [](JobSettingsForm &f) { task0(f).disabled = false; }, u"tasks[0].disabled: true -> false"_s);
    row(
        "task compute key",
        job(R"({"task_key": "c", "compute": {"hardware_accelerator": "GPU_1xA10"}, "notebook_task": {"notebook_path": "/Workspace/g"}})"),
        [](JobSettingsForm &f) { task0(f).runIf = u"ALL_DONE"_s; },
        u"tasks[0].run_if: (absent) -> \"ALL_DONE\""_s);

    const QByteArray nb = R"({"task_key": "t", "notebook_task": {"notebook_path": "/Workspace/t"}})";
    row(
        "performance_target",
        job(nb,
            R"("performance_target": "STANDARD", "budget_policy_id": "bp-1", "usage_policy_id": "up-1", )"),
        [](JobSettingsForm &f) { f.performanceTarget = u"PERFORMANCE_OPTIMIZED"_s; },
        u"performance_target: \"STANDARD\" -> \"PERFORMANCE_OPTIMIZED\""_s);
    row(
        "budget_policy_id", job(nb, R"("budget_policy_id": "bp-1", )"),
        [](JobSettingsForm &f) { f.budgetPolicyId = u"bp-2"_s; },
        u"budget_policy_id: \"bp-1\" -> \"bp-2\""_s);
    row(
        "usage_policy_id", job(nb, R"("usage_policy_id": "up-1", )"),
        [](JobSettingsForm &f) { f.usagePolicyId = u"up-2"_s; }, u"usage_policy_id: \"up-1\" -> \"up-2\""_s);
    row(
        "unknown performance_target", job(nb, R"("performance_target": "COST_OPTIMIZED_2027", )"),
        [](JobSettingsForm &f) { f.name = u"Renamed"_s; }, u"name: \"Spec fixture\" -> \"Renamed\""_s);
    row(
        "bundle deployment",
        job(nb,
            R"("edit_mode": "UI_LOCKED", "deployment": {"kind": "BUNDLE", "metadata_file_path": "/Workspace/.bundle/x/metadata.json"}, )"),
        [](JobSettingsForm &f) { f.name = u"Renamed"_s; }, u"name: \"Spec fixture\" -> \"Renamed\""_s);

    row(
        "schedule",
        job(nb,
            R"("schedule": {"quartz_cron_expression": "0 0 2 * * ?", "timezone_id": "Europe/Berlin", "pause_status": "UNPAUSED"}, )"),
        [](JobSettingsForm &f) { f.cronExpression = u"0 30 2 * * ?"_s; },
        u"schedule.quartz_cron_expression: \"0 0 2 * * ?\" -> \"0 30 2 * * ?\""_s);
    row(
        "continuous",
        job(nb, R"("continuous": {"pause_status": "UNPAUSED", "task_retry_mode": "ON_FAILURE"}, )"),
        [](JobSettingsForm &f) { f.paused = true; },
        u"continuous.pause_status: \"UNPAUSED\" -> \"PAUSED\""_s);
    row(
        "file_arrival",
        job(nb,
            R"("trigger": {"pause_status": "UNPAUSED", "file_arrival": {"url": "/Volumes/main/in/", "min_time_between_triggers_seconds": 60}}, )"),
        [](JobSettingsForm &f) { f.fileArrivalUrl = u"/Volumes/main/in2/"_s; },
        u"trigger.file_arrival.url: \"/Volumes/main/in/\" -> \"/Volumes/main/in2/\""_s);
    row(
        "table_update",
        job(nb,
            R"("trigger": {"table_update": {"table_names": ["main.s.a", "main.s.b"], "condition": "ANY_UPDATED", "wait_after_last_change_seconds": 120}}, )"),
        [](JobSettingsForm &f) { f.triggerDetails.tableCondition = u"ALL_UPDATED"_s; },
        u"trigger.table_update.condition: \"ANY_UPDATED\" -> \"ALL_UPDATED\""_s);
    row(
        "table_update tables", job(nb, R"("trigger": {"table_update": {"table_names": ["main.s.a"]}}, )"),
        [](JobSettingsForm &f) { f.triggerDetails.tableNames = {u"main.s.z"_s}; },
        u"trigger.table_update.table_names[0]: \"main.s.a\" -> \"main.s.z\""_s);
    row(
        "periodic",
        job(nb, R"("trigger": {"pause_status": "PAUSED", "periodic": {"interval": 4, "unit": "HOURS"}}, )"),
        [](JobSettingsForm &f) { f.periodicInterval = 6; }, u"trigger.periodic.interval: 4 -> 6"_s);
    row(
        "model",
        job(nb,
            R"("trigger": {"model": {"condition": "MODEL_VERSION_READY", "securable_name": "main.ml.churn", "aliases": ["champion"], "min_time_between_triggers_seconds": 300}}, )"),
        [](JobSettingsForm &f) { f.triggerDetails.modelSecurableName = u"main.ml.upsell"_s; },
        u"trigger.model.securable_name: \"main.ml.churn\" -> \"main.ml.upsell\""_s);
    row(
        "sql_condition",
        job(nb,
            R"("trigger": {"sql_condition": {"warehouse_id": "wh", "sql_query_id": "q-1", "trigger_mode": "QUERY_RETURNS_ROWS"}}, )"),
        [](JobSettingsForm &f) { f.triggerDetails.sqlQueryId = u"q-2"_s; },
        u"trigger.sql_condition.sql_query_id: \"q-1\" -> \"q-2\""_s);
    row(
        "unknown trigger kind",
        job(nb, R"("trigger": {"pause_status": "UNPAUSED", "lakehouse_event": {"source": "x"}}, )"),
        [](JobSettingsForm &f) { f.name = u"Renamed"_s; }, u"name: \"Spec fixture\" -> \"Renamed\""_s);
    row(
        "triggers preview list",
        job(nb,
            R"("triggers": [{"periodic": {"interval": 1, "unit": "DAYS"}}, {"file_arrival": {"url": "/Volumes/x/"}}], )"),
        [](JobSettingsForm &f) { f.timeoutSeconds = 60; }, u"timeout_seconds: (absent) -> 60"_s);
}

void TestJobFormSpec::untouchedSaveIsByteForByte_data()
{
    fixtures(false);
}

void TestJobFormSpec::untouchedSaveIsByteForByte()
{
    QFETCH(QByteArray, fixture);
    const QJsonObject original = test::parseJsonObject(fixture);
    const JobSettingsForm form = JobSettingsForm::fromJson(original);
    QCOMPARE(test::compactJson(form.toJson()), test::compactJson(original));
    // And the form's own fields read something: a fixture the form ignores would pass too.
    QVERIFY(!form.tasks.isEmpty());
    QCOMPARE(form.tasks.first().key,
        original.value(u"tasks").toArray().first().toObject().value(u"task_key").toString());
}

void TestJobFormSpec::editChangesExactlyTheDocumentedField_data()
{
    fixtures(true);
}

void TestJobFormSpec::editChangesExactlyTheDocumentedField()
{
    QFETCH(QByteArray, fixture);
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    const QJsonObject original = test::parseJsonObject(fixture);
    JobSettingsForm form = JobSettingsForm::fromJson(original);
    edit(form);
    QStringList changes;
    diff(original, form.toJson(), QString(), changes);
    QCOMPARE(changes, QStringList {expected});
}

void TestJobFormSpec::readsDocumentedFields()
{
    // Values read from the documented names (what the form shows), one per new kind.
    const JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(job(
        R"({"task_key": "each", "for_each_task": {"inputs": "[1]", "concurrency": 3, "task": {"task_key": "it", "notebook_task": {"notebook_path": "/x"}}}},
           {"task_key": "check", "condition_task": {"op": "NOT_EQUAL", "left": "a", "right": "b"}},
           {"task_key": "dbt", "dbt_platform_task": {"connection_resource_name": "c", "dbt_platform_job_id": "42"}},
           {"task_key": "pbi", "power_bi_task": {"connection_resource_name": "p", "refresh_after_update": true}},
           {"task_key": "alert", "alert_task": {"alert_id": "a-1", "workspace_path": "/w"}},
           {"task_key": "dash", "dashboard_task": {"dashboard_id": "d-1", "warehouse_id": "wh"}},
           {"task_key": "dlt", "pipeline_task": {"pipeline_id": "p-1", "full_refresh": true}},
           {"task_key": "off", "disabled": true, "environment_key": "e", "spark_python_task": {"python_file": "/f.py"}})",
        R"("performance_target": "PERFORMANCE_OPTIMIZED", "budget_policy_id": "bp", "usage_policy_id": "up",
           "environments": [{"environment_key": "e", "spec": {"environment_version": "3"}}],
           "trigger": {"model": {"condition": "MODEL_ALIAS_SET", "securable_name": "m", "aliases": ["a", "b"]}}, )")));
    QCOMPARE(form.tasks.size(), 8);
    QCOMPARE(form.tasks[0].type, JobTaskForm::Type::ForEach);
    QCOMPARE(form.tasks[0].forEachInputs, u"[1]"_s);
    QCOMPARE(form.tasks[0].forEachConcurrency, std::optional<int>(3));
    QCOMPARE(form.tasks[0].forEachTask.value(u"task_key").toString(), u"it"_s);
    QCOMPARE(form.tasks[1].type, JobTaskForm::Type::Condition);
    QCOMPARE(form.tasks[1].conditionOp, u"NOT_EQUAL"_s);
    QCOMPARE(form.tasks[1].conditionLeft + form.tasks[1].conditionRight, u"ab"_s);
    QCOMPARE(form.tasks[2].type, JobTaskForm::Type::DbtPlatform);
    QCOMPARE(form.tasks[2].connectionResourceName, u"c"_s);
    QCOMPARE(form.tasks[2].dbtPlatformJobId, u"42"_s);
    QCOMPARE(form.tasks[3].type, JobTaskForm::Type::PowerBi);
    QVERIFY(form.tasks[3].powerBiRefreshAfterUpdate);
    QCOMPARE(form.tasks[4].type, JobTaskForm::Type::Alert);
    QCOMPARE(form.tasks[4].alertId, u"a-1"_s);
    QCOMPARE(form.tasks[4].alertWorkspacePath, u"/w"_s);
    QCOMPARE(form.tasks[5].type, JobTaskForm::Type::Dashboard);
    QCOMPARE(form.tasks[5].dashboardId, u"d-1"_s);
    QCOMPARE(form.tasks[6].type, JobTaskForm::Type::Pipeline);
    QCOMPARE(form.tasks[6].pipelineId, u"p-1"_s);
    QVERIFY(form.tasks[6].pipelineFullRefresh);
    QVERIFY(form.tasks[7].disabled);
    QCOMPARE(form.tasks[7].compute, JobTaskForm::Compute::Serverless);
    QCOMPARE(form.tasks[7].environmentKey, u"e"_s);
    QCOMPARE(form.performanceTarget, u"PERFORMANCE_OPTIMIZED"_s);
    QCOMPARE(form.budgetPolicyId, u"bp"_s);
    QCOMPARE(form.usagePolicyId, u"up"_s);
    QCOMPARE(form.environments.size(), 1);
    QCOMPARE(form.environments[0].version, u"3"_s);
    QCOMPARE(form.triggerKind, JobSettingsForm::TriggerKind::Model);
    QCOMPARE(form.triggerDetails.modelCondition, u"MODEL_ALIAS_SET"_s);
    QCOMPARE(form.triggerDetails.modelAliases, (QStringList {u"a"_s, u"b"_s}));
    QVERIFY2(form.validate().isEmpty(), qPrintable(form.validate().value(0).field));
}

void TestJobFormSpec::lockedJobIsRecognised()
{
    const QJsonObject locked
        = test::parseJsonObject(job(R"({"task_key": "t", "notebook_task": {"notebook_path": "/x"}})",
            R"("edit_mode": "UI_LOCKED", "deployment": {"kind": "BUNDLE"}, )"));
    QVERIFY(JobSettingsForm::isLockedByBundle(locked));
    QJsonObject editable = locked;
    editable.insert(u"edit_mode"_s, u"EDITABLE"_s);
    QVERIFY(!JobSettingsForm::isLockedByBundle(editable));
    // A clone is the user's own, editable job.
    const QJsonObject copy = JobSettingsForm::fromJson(locked).cloned().toJson();
    QVERIFY(!copy.contains(u"edit_mode"));
    QVERIFY(!copy.contains(u"deployment"));
}

QTEST_GUILESS_MAIN(TestJobFormSpec)
#include "tst_jobform_spec.moc"
