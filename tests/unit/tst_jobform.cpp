#include "jobform/jobsettingsform.h"
#include "jsonfixture.h"
#include "tst_jobform_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QString dump(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QStringList fields(const QList<JobFormIssue> &issues)
{
    QStringList result;
    for (const JobFormIssue &issue : issues)
        result << issue.field;
    return result;
}

QString messageFor(const QList<JobFormIssue> &issues, const QString &field)
{
    for (const JobFormIssue &issue : issues) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

// A valid form with one task of the given type and compute kind.
JobSettingsForm formWith(JobTaskForm::Type type, JobTaskForm::Compute compute)
{
    JobSettingsForm form;
    form.name = u"Round trip"_s;
    JobTaskForm task;
    task.key = u"t1"_s;
    task.type = type;
    task.compute = compute;
    switch (type) {
    case JobTaskForm::Type::Notebook:
        task.notebookPath = u"/Workspace/Users/me/nb"_s;
        task.source = u"WORKSPACE"_s;
        task.baseParameters = {{u"a"_s, u"1"_s}};
        break;
    case JobTaskForm::Type::SparkPython:
        task.pythonFile = u"/Workspace/me/main.py"_s;
        task.parameters = {u"--x"_s, u"has space"_s};
        break;
    case JobTaskForm::Type::PythonWheel:
        task.packageName = u"pkg"_s;
        task.entryPoint = u"run"_s;
        task.parameters = {u"one"_s};
        task.wheelLibrary = u"/Volumes/main/w/pkg-1.0-py3-none-any.whl"_s;
        break;
    case JobTaskForm::Type::SparkJar:
        task.mainClassName = u"com.example.Main"_s;
        task.jarLibrary = u"/Volumes/main/j/app.jar"_s;
        task.parameters = {u"p"_s};
        break;
    case JobTaskForm::Type::Sql:
        task.warehouseId = u"wh1"_s;
        task.sqlKind = JobTaskForm::SqlKind::File;
        task.sqlReference = u"/Workspace/q.sql"_s;
        task.source = u"WORKSPACE"_s;
        task.sqlParameters = {{u"d"_s, u"x"_s}};
        break;
    case JobTaskForm::Type::RunJob:
        task.runJobId = 1122334455667788;
        task.jobParameters = {{u"k"_s, u"v"_s}};
        break;
    case JobTaskForm::Type::ForEach:
    case JobTaskForm::Type::Condition:
    case JobTaskForm::Type::Pipeline:
    case JobTaskForm::Type::Dashboard:
    case JobTaskForm::Type::PowerBi:
    case JobTaskForm::Type::Alert:
    case JobTaskForm::Type::DbtPlatform:
        break; // checked against documented fixtures in tst_jobform_spec
    case JobTaskForm::Type::Other:
        break;
    }
    switch (compute) {
    case JobTaskForm::Compute::ExistingCluster:
        task.existingClusterId = u"0923-164208-meows279"_s;
        break;
    case JobTaskForm::Compute::JobCluster: {
        task.jobClusterKey = u"shared"_s;
        JobClusterForm cluster;
        cluster.key = u"shared"_s;
        cluster.sparkVersion = u"15.4.x-scala2.12"_s;
        cluster.nodeTypeId = u"i3.xlarge"_s;
        cluster.autoscale = true;
        cluster.minWorkers = 2;
        cluster.maxWorkers = 8;
        cluster.sparkConf = {{u"spark.speculation"_s, u"true"_s}};
        cluster.customTags = {{u"team"_s, u"data"_s}};
        form.jobClusters.append(cluster);
        break;
    }
    case JobTaskForm::Compute::Serverless:
        if (type != JobTaskForm::Type::Notebook)
            task.environmentKey = u"default"_s;
        break;
    default:
        break;
    }
    task.maxRetries = 2;
    task.minRetryIntervalMillis = 1000;
    task.retryOnTimeout = true;
    task.timeoutSeconds = 600;
    form.tasks.append(task);
    return form;
}

} // namespace

class TestJobForm final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLossless_data();
    void roundTripIsLossless();
    void readsMultitaskExample();
    void readsJobsGetResponse();
    void editingKeepsUnknownFields();
    void everyTaskTypeAndComputeRoundTrips_data();
    void everyTaskTypeAndComputeRoundTrips();
    void sharedClusterFixedSizeAndAutoscale();
    void switchingTypeRemovesOldKind();
    void switchingComputeRemovesOldKeys();
    void serverlessPythonDeclaresEnvironment();
    void triggersAreExclusive();
    void otherTriggerKindsAreKept();
    void clearedFieldsAreRemoved();
    void newJobIsValid();
    void validationReportsRequiredFields();
    void validationReportsKeysAndDependencies();
    void validationReportsCycles();
    void validationReportsScheduleAndRanges();
    void fixturesAreValid();
    void mapsApiErrorsToFields_data();
    void mapsApiErrorsToFields();
    void cloneNamesCopyAndFlagsUnknownClusters();
    void topologicalOrder();
};

void TestJobForm::roundTripIsLossless_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("jobs 2.1 multitask example") << jobformfixtures::multitaskJob;
    QTest::newRow("jobs/get 2.2 settings") << QJsonDocument(
        test::parseJsonObject(jobformfixtures::jobsGetResponse).value(u"settings").toObject())
                                                  .toJson();
    QTest::newRow("empty") << QByteArray("{}");
}

void TestJobForm::roundTripIsLossless()
{
    QFETCH(QByteArray, json);
    const QJsonObject original = test::parseJsonObject(json);
    const JobSettingsForm form = JobSettingsForm::fromJson(original);
    const QJsonObject written = form.toJson();
    QCOMPARE(dump(written), dump(original.isEmpty() ? QJsonObject {{u"name"_s, QString()}} : original));
    // And reading what was written gives the same form.
    QCOMPARE(JobSettingsForm::fromJson(written).toJson(), written);
}

void TestJobForm::readsMultitaskExample()
{
    const JobSettingsForm form
        = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    QCOMPARE(form.name, u"A multitask job"_s);
    QCOMPARE(form.tags.value(u"team"_s), u"jobs"_s);
    QCOMPARE(form.tasks.size(), 3);
    QCOMPARE(form.tasks[0].type, JobTaskForm::Type::SparkJar);
    QCOMPARE(form.tasks[0].compute, JobTaskForm::Compute::ExistingCluster);
    QCOMPARE(form.tasks[0].existingClusterId, u"0923-164208-meows279"_s);
    QCOMPARE(form.tasks[0].jarLibrary, u"dbfs:/mnt/databricks/Sessionize.jar"_s);
    QCOMPARE(form.tasks[0].parameters, (QStringList {u"--data"_s, u"dbfs:/path/to/data.json"_s}));
    QCOMPARE(form.tasks[0].maxRetries, 3);
    QCOMPARE(form.tasks[0].timeoutSeconds, 86400);
    QCOMPARE(form.tasks[1].compute, JobTaskForm::Compute::JobCluster);
    QCOMPARE(form.tasks[1].jobClusterKey, u"auto_scaling_cluster"_s);
    QCOMPARE(form.tasks[2].type, JobTaskForm::Type::Notebook);
    QCOMPARE(form.tasks[2].compute, JobTaskForm::Compute::TaskCluster);
    QCOMPARE(form.tasks[2].dependsOn, (QStringList {u"Orders_Ingest"_s, u"Sessionize"_s}));
    QCOMPARE(form.tasks[2].baseParameters.value(u"age"_s), u"35"_s);
    QCOMPARE(form.jobClusters.size(), 1);
    QVERIFY(form.jobClusters[0].autoscale);
    QCOMPARE(form.jobClusters[0].minWorkers, 2);
    QCOMPARE(form.jobClusters[0].maxWorkers, 16);
    QCOMPARE(form.jobClusters[0].sparkConf.value(u"spark.speculation"_s), u"true"_s);
    QCOMPARE(form.triggerKind, JobSettingsForm::TriggerKind::Schedule);
    QVERIFY(form.paused);
    QCOMPARE(form.cronExpression, u"20 30 * * * ?"_s);
    QCOMPARE(form.timeZoneId, u"Europe/London"_s);
    QCOMPARE(form.emailOnFailure, QStringList {u"user.name@databricks.com"_s});
    QCOMPARE(form.maxConcurrentRuns, 10);
    QCOMPARE(form.timeoutSeconds, 86400);
    QVERIFY(!form.queueEnabled.has_value());
}

void TestJobForm::readsJobsGetResponse()
{
    const JobSettingsForm form
        = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::jobsGetResponse));
    QCOMPARE(form.name, u"Nightly sales"_s);
    QCOMPARE(form.tasks.size(), 7);
    QCOMPARE(form.tasks[0].type, JobTaskForm::Type::SparkPython);
    QCOMPARE(form.tasks[0].compute, JobTaskForm::Compute::Serverless);
    QCOMPARE(form.tasks[0].environmentKey, u"py"_s);
    QCOMPARE(form.tasks[1].type, JobTaskForm::Type::PythonWheel);
    QCOMPARE(form.tasks[1].wheelLibrary, u"/Volumes/main/sales/wheels/sales-1.0-py3-none-any.whl"_s);
    QCOMPARE(form.tasks[2].type, JobTaskForm::Type::Condition); // a kind the form edits since Jobs 2.2
    QCOMPARE(form.tasks[2].otherTypeKey(), QString());
    QCOMPARE(form.tasks[3].type, JobTaskForm::Type::Sql);
    QCOMPARE(form.tasks[3].sqlKind, JobTaskForm::SqlKind::Query);
    QCOMPARE(form.tasks[3].sqlReference, u"f1a2b3c4-0000-1111-2222-333344445555"_s);
    QCOMPARE(form.tasks[4].type, JobTaskForm::Type::RunJob);
    QCOMPARE(form.tasks[4].runJobId, Q_INT64_C(1122334455667788));
    QCOMPARE(form.tasks[4].maxRetries, -1);
    QVERIFY(form.tasks[4].retryOnTimeout);
    QCOMPARE(form.tasks[5].type, JobTaskForm::Type::ForEach); // a kind the form edits since Jobs 2.2
    QCOMPARE(form.tasks[6].compute, JobTaskForm::Compute::Serverless); // notebook without compute
    QVERIFY(!form.jobClusters[0].autoscale);
    QCOMPARE(form.jobClusters[0].numWorkers, 4);
    QCOMPARE(form.triggerKind, JobSettingsForm::TriggerKind::FileArrival);
    QCOMPARE(form.fileArrivalUrl, u"/Volumes/main/sales/landing/"_s);
    QCOMPARE(form.fileArrivalMinSecondsBetween, 120);
    QCOMPARE(form.queueEnabled, true);
    QCOMPARE(form.parameters.size(), 2);
    QCOMPARE(form.parameters[0].name, u"run_date"_s);
    QCOMPARE(form.parameters[0].defaultValue, u"2025-01-01"_s);
    // The settings, not the response wrapper, are what toJson() gives back.
    QVERIFY(!form.toJson().contains(u"job_id"));
    QCOMPARE(
        form.toJson(), test::parseJsonObject(jobformfixtures::jobsGetResponse).value(u"settings").toObject());
}

void TestJobForm::editingKeepsUnknownFields()
{
    const QJsonObject original
        = test::parseJsonObject(jobformfixtures::jobsGetResponse).value(u"settings").toObject();
    JobSettingsForm form = JobSettingsForm::fromJson(original);
    form.name = u"Nightly sales v2"_s;
    form.tasks[0].pythonFile = u"/Workspace/sales/ingest2.py"_s;
    form.tasks[1].entryPoint = u"main2"_s;
    form.jobClusters[0].numWorkers = 6;
    form.jobClusters[0].customTags.insert(u"owner"_s, u"me"_s);
    form.tasks.move(6, 5); // reorder: publish before per_region
    form.emailOnFailure = {u"team@example.com"_s};
    const QJsonObject written = form.toJson();

    QCOMPARE(written.value(u"name").toString(), u"Nightly sales v2"_s);
    // Top-level fields the form does not know.
    for (const char *key :
        {"edit_mode", "deployment", "run_as", "performance_target", "health", "notification_settings",
            "environments", "brickdesk_future_setting", "format", "parameters", "trigger", "queue"})
        QCOMPARE(written.value(QLatin1String(key)), original.value(QLatin1String(key)));
    const QJsonArray tasks = written.value(u"tasks").toArray();
    const QJsonObject ingest = tasks.at(0).toObject();
    QCOMPARE(ingest.value(u"spark_python_task").toObject().value(u"python_file").toString(),
        u"/Workspace/sales/ingest2.py"_s);
    QCOMPARE(ingest.value(u"spark_python_task").toObject().value(u"parameters"),
        original.value(u"tasks")
            .toArray()
            .at(0)
            .toObject()
            .value(u"spark_python_task")
            .toObject()
            .value(u"parameters"));
    QCOMPARE(ingest.value(u"future_task_field"), QJsonValue(QJsonArray {1, 2, 3}));
    QCOMPARE(ingest.value(u"webhook_notifications"), QJsonValue(QJsonObject()));
    const QJsonObject wheel = tasks.at(1).toObject();
    QCOMPARE(wheel.value(u"python_wheel_task").toObject().value(u"entry_point").toString(), u"main2"_s);
    QCOMPARE(wheel.value(u"python_wheel_task").toObject().value(u"named_parameters"),
        QJsonValue(QJsonObject {{u"mode"_s, u"full"_s}}));
    QCOMPARE(wheel.value(u"libraries").toArray().size(), 2); // pypi library kept
    QVERIFY(wheel.contains(u"health"));
    QCOMPARE(tasks.at(2).toObject(),
        original.value(u"tasks").toArray().at(2).toObject()); // condition_task verbatim
    QCOMPARE(
        tasks.at(3).toObject().value(u"depends_on").toArray().at(0).toObject().value(u"outcome").toString(),
        u"true"_s);
    QCOMPARE(tasks.at(5).toObject().value(u"task_key").toString(), u"publish"_s);
    QCOMPARE(
        tasks.at(6).toObject(), original.value(u"tasks").toArray().at(5).toObject()); // for_each verbatim
    const QJsonObject cluster
        = written.value(u"job_clusters").toArray().at(0).toObject().value(u"new_cluster").toObject();
    QCOMPARE(cluster.value(u"num_workers").toInt(), 6);
    QCOMPARE(cluster.value(u"custom_tags").toObject().value(u"owner").toString(), u"me"_s);
    for (const char *key : {"aws_attributes", "driver_node_type_id", "spark_env_vars", "data_security_mode",
             "init_scripts", "enable_elastic_disk"})
        QVERIFY2(cluster.contains(QLatin1String(key)), key);
    const QJsonObject email = written.value(u"email_notifications").toObject();
    QCOMPARE(email.value(u"on_failure").toArray(), QJsonArray {u"team@example.com"_s});
}

void TestJobForm::everyTaskTypeAndComputeRoundTrips_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("compute");
    using T = JobTaskForm::Type;
    for (const T type : {T::Notebook, T::SparkPython, T::PythonWheel, T::SparkJar, T::Sql, T::RunJob}) {
        for (const JobTaskForm::Compute compute : JobTaskForm::allowedCompute(type)) {
            if (compute == JobTaskForm::Compute::TaskCluster)
                continue; // kept verbatim from JSON, not created by the form
            QTest::addRow("%s/%d", qPrintable(JobTaskForm::typeKey(type)), int(compute))
                << int(type) << int(compute);
        }
    }
}

void TestJobForm::everyTaskTypeAndComputeRoundTrips()
{
    QFETCH(int, type);
    QFETCH(int, compute);
    const JobSettingsForm form = formWith(JobTaskForm::Type(type), JobTaskForm::Compute(compute));
    QVERIFY2(form.isValid(),
        qPrintable(form.validate().value(0).field + u": "_s + form.validate().value(0).message));
    const QJsonObject json = form.toJson();
    // Through text, as it goes over the wire.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    JobSettingsForm back = JobSettingsForm::fromJson(reread);
    QCOMPARE(back.toJson(), json);
    const JobTaskForm &a = form.tasks.first();
    const JobTaskForm &b = back.tasks.first();
    QCOMPARE(b.key, a.key);
    QCOMPARE(b.type, a.type);
    QCOMPARE(b.compute, a.compute);
    QCOMPARE(b.existingClusterId, a.existingClusterId);
    QCOMPARE(b.jobClusterKey, a.jobClusterKey);
    QCOMPARE(b.environmentKey, a.environmentKey);
    QCOMPARE(b.notebookPath, a.notebookPath);
    QCOMPARE(b.source, a.source);
    QCOMPARE(b.baseParameters, a.baseParameters);
    QCOMPARE(b.pythonFile, a.pythonFile);
    QCOMPARE(b.parameters, a.parameters);
    QCOMPARE(b.packageName, a.packageName);
    QCOMPARE(b.entryPoint, a.entryPoint);
    QCOMPARE(b.mainClassName, a.mainClassName);
    QCOMPARE(b.jarLibrary, a.jarLibrary);
    QCOMPARE(b.wheelLibrary, a.wheelLibrary);
    QCOMPARE(b.warehouseId, a.warehouseId);
    QCOMPARE(b.sqlKind, a.sqlKind);
    QCOMPARE(b.sqlReference, a.sqlReference);
    QCOMPARE(b.sqlParameters, a.sqlParameters);
    QCOMPARE(b.runJobId, a.runJobId);
    QCOMPARE(b.jobParameters, a.jobParameters);
    QCOMPARE(b.maxRetries, a.maxRetries);
    QCOMPARE(b.minRetryIntervalMillis, a.minRetryIntervalMillis);
    QCOMPARE(b.retryOnTimeout, a.retryOnTimeout);
    QCOMPARE(b.timeoutSeconds, a.timeoutSeconds);
    QCOMPARE(back.jobClusters.size(), form.jobClusters.size());
    if (!form.jobClusters.isEmpty()) {
        const JobClusterForm &c = back.jobClusters.first();
        QCOMPARE(c.key, u"shared"_s);
        QVERIFY(c.autoscale);
        QCOMPARE(c.minWorkers, 2);
        QCOMPARE(c.maxWorkers, 8);
        QCOMPARE(c.sparkConf, form.jobClusters.first().sparkConf);
        QCOMPARE(c.customTags, form.jobClusters.first().customTags);
    }
    // The API's field names.
    const QJsonObject task = json.value(u"tasks").toArray().first().toObject();
    QVERIFY(task.contains(JobTaskForm::typeKey(a.type)));
    QCOMPARE(task.value(u"task_key").toString(), u"t1"_s);
}

void TestJobForm::sharedClusterFixedSizeAndAutoscale()
{
    JobSettingsForm form = formWith(JobTaskForm::Type::Notebook, JobTaskForm::Compute::JobCluster);
    QJsonObject cluster
        = form.toJson().value(u"job_clusters").toArray().first().toObject().value(u"new_cluster").toObject();
    QCOMPARE(
        cluster.value(u"autoscale").toObject(), (QJsonObject {{u"min_workers"_s, 2}, {u"max_workers"_s, 8}}));
    QVERIFY(!cluster.contains(u"num_workers"));
    form.jobClusters[0].autoscale = false;
    form.jobClusters[0].numWorkers = 3;
    cluster
        = form.toJson().value(u"job_clusters").toArray().first().toObject().value(u"new_cluster").toObject();
    QCOMPARE(cluster.value(u"num_workers").toInt(), 3);
    QVERIFY(!cluster.contains(u"autoscale"));
    QCOMPARE(cluster.value(u"spark_version").toString(), u"15.4.x-scala2.12"_s);
    QCOMPARE(cluster.value(u"node_type_id").toString(), u"i3.xlarge"_s);
}

void TestJobForm::switchingTypeRemovesOldKind()
{
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    form.tasks[2].type = JobTaskForm::Type::SparkPython;
    form.tasks[2].pythonFile = u"/Workspace/match.py"_s;
    const QJsonObject task = form.toJson().value(u"tasks").toArray().at(2).toObject();
    QVERIFY(!task.contains(u"notebook_task"));
    QCOMPARE(task.value(u"spark_python_task").toObject().value(u"python_file").toString(),
        u"/Workspace/match.py"_s);
    QVERIFY(task.contains(u"new_cluster")); // compute unchanged
}

void TestJobForm::switchingComputeRemovesOldKeys()
{
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    form.tasks[2].compute = JobTaskForm::Compute::JobCluster;
    form.tasks[2].jobClusterKey = u"auto_scaling_cluster"_s;
    form.tasks[0].compute = JobTaskForm::Compute::JobCluster;
    form.tasks[0].jobClusterKey = u"auto_scaling_cluster"_s;
    const QJsonArray tasks = form.toJson().value(u"tasks").toArray();
    QVERIFY(!tasks.at(2).toObject().contains(u"new_cluster"));
    QCOMPARE(tasks.at(2).toObject().value(u"job_cluster_key").toString(), u"auto_scaling_cluster"_s);
    QVERIFY(!tasks.at(0).toObject().contains(u"existing_cluster_id"));
    form.tasks[2].compute = JobTaskForm::Compute::Serverless;
    const QJsonObject serverless = form.toJson().value(u"tasks").toArray().at(2).toObject();
    for (const char *key : {"new_cluster", "job_cluster_key", "existing_cluster_id", "environment_key"})
        QVERIFY2(!serverless.contains(QLatin1String(key)), key);
}

void TestJobForm::serverlessPythonDeclaresEnvironment()
{
    const JobSettingsForm form = formWith(JobTaskForm::Type::SparkPython, JobTaskForm::Compute::Serverless);
    const QJsonObject json = form.toJson();
    QCOMPARE(
        json.value(u"tasks").toArray().first().toObject().value(u"environment_key").toString(), u"default"_s);
    const QJsonArray environments = json.value(u"environments").toArray();
    QCOMPARE(environments.size(), 1);
    QCOMPARE(environments.first().toObject().value(u"environment_key").toString(), u"default"_s);
    // An environment that exists is not added twice.
    QCOMPARE(JobSettingsForm::fromJson(json).toJson().value(u"environments").toArray().size(), 1);
}

void TestJobForm::triggersAreExclusive()
{
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    form.triggerKind = JobSettingsForm::TriggerKind::FileArrival;
    form.fileArrivalUrl = u"s3://bucket/landing/"_s;
    form.paused = false;
    QJsonObject json = form.toJson();
    QVERIFY(!json.contains(u"schedule"));
    QCOMPARE(json.value(u"trigger").toObject().value(u"file_arrival").toObject().value(u"url").toString(),
        u"s3://bucket/landing/"_s);
    QCOMPARE(json.value(u"trigger").toObject().value(u"pause_status").toString(), u"UNPAUSED"_s);

    form = JobSettingsForm::fromJson(json);
    form.triggerKind = JobSettingsForm::TriggerKind::Periodic;
    form.periodicInterval = 4;
    form.periodicUnit = u"HOURS"_s;
    json = form.toJson();
    QVERIFY(!json.value(u"trigger").toObject().contains(u"file_arrival"));
    QCOMPARE(json.value(u"trigger").toObject().value(u"periodic").toObject(),
        (QJsonObject {{u"interval"_s, 4}, {u"unit"_s, u"HOURS"_s}}));

    form = JobSettingsForm::fromJson(json);
    form.triggerKind = JobSettingsForm::TriggerKind::Schedule;
    form.cronExpression = u"0 0 2 * * ?"_s;
    form.timeZoneId = u"UTC"_s;
    json = form.toJson();
    QVERIFY(!json.contains(u"trigger"));
    QCOMPARE(json.value(u"schedule").toObject(),
        (QJsonObject {{u"quartz_cron_expression"_s, u"0 0 2 * * ?"_s}, {u"timezone_id"_s, u"UTC"_s},
            {u"pause_status"_s, u"UNPAUSED"_s}}));

    form = JobSettingsForm::fromJson(json);
    form.triggerKind = JobSettingsForm::TriggerKind::Manual;
    json = form.toJson();
    QVERIFY(!json.contains(u"trigger"));
    QVERIFY(!json.contains(u"schedule"));
}

void TestJobForm::otherTriggerKindsAreKept()
{
    const QJsonObject original {{u"name"_s, u"stream"_s},
        {u"continuous"_s, QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s}}},
        {u"tasks"_s,
            QJsonArray {QJsonObject {
                {u"task_key"_s, u"a"_s}, {u"pipeline_task"_s, QJsonObject {{u"pipeline_id"_s, u"p1"_s}}}}}}};
    JobSettingsForm form = JobSettingsForm::fromJson(original);
    QCOMPARE(form.triggerKind, JobSettingsForm::TriggerKind::Continuous);
    QCOMPARE(form.tasks.first().type, JobTaskForm::Type::Pipeline);
    form.name = u"stream 2"_s;
    QJsonObject json = form.toJson();
    QCOMPARE(json.value(u"continuous"), original.value(u"continuous"));
    QCOMPARE(json.value(u"tasks"), original.value(u"tasks"));

    const QJsonObject tableTrigger {{u"name"_s, u"t"_s},
        {u"trigger"_s,
            QJsonObject {{u"table_update"_s, QJsonObject {{u"table_names"_s, QJsonArray {u"main.a.b"_s}}}}}}};
    form = JobSettingsForm::fromJson(tableTrigger);
    QCOMPARE(form.triggerKind, JobSettingsForm::TriggerKind::TableUpdate);
    QCOMPARE(form.toJson(), tableTrigger);
    // Choosing a kind the form knows replaces it.
    form.triggerKind = JobSettingsForm::TriggerKind::Manual;
    QVERIFY(!form.toJson().contains(u"trigger"));
}

void TestJobForm::clearedFieldsAreRemoved()
{
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    form.tags.clear();
    form.timeoutSeconds.reset();
    form.tasks[0].description.clear();
    form.tasks[0].maxRetries.reset();
    form.tasks[0].parameters.clear();
    form.emailOnStart.clear();
    const QJsonObject json = form.toJson();
    QVERIFY(!json.contains(u"tags"));
    QVERIFY(!json.contains(u"timeout_seconds"));
    const QJsonObject task = json.value(u"tasks").toArray().first().toObject();
    QVERIFY(!task.contains(u"description"));
    QVERIFY(!task.contains(u"max_retries"));
    QVERIFY(!task.value(u"spark_jar_task").toObject().contains(u"parameters"));
    QVERIFY(!json.value(u"email_notifications").toObject().contains(u"on_start"));
    QVERIFY(json.value(u"email_notifications").toObject().contains(u"no_alert_for_skipped_runs"));
}

void TestJobForm::newJobIsValid()
{
    JobSettingsForm form = JobSettingsForm::newJob();
    form.tasks[0].notebookPath = u"/Workspace/Users/me/nb"_s;
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
    const QJsonObject json = form.toJson();
    QCOMPARE(json.value(u"queue").toObject().value(u"enabled").toBool(), true);
    QCOMPARE(json.value(u"max_concurrent_runs").toInt(), 1);
    QVERIFY(!json.contains(u"schedule"));
}

void TestJobForm::validationReportsRequiredFields()
{
    JobSettingsForm form;
    QCOMPARE(fields(form.validate()), (QStringList {u"name"_s, u"tasks"_s}));

    form.name = u"x"_s;
    using T = JobTaskForm::Type;
    const std::pair<T, QString> required[] = {
        {T::Notebook, u"tasks[0].notebook_task.notebook_path"_s},
        {T::SparkPython, u"tasks[0].spark_python_task.python_file"_s},
        {T::PythonWheel, u"tasks[0].python_wheel_task.package_name"_s},
        {T::SparkJar, u"tasks[0].spark_jar_task.main_class_name"_s},
        {T::Sql, u"tasks[0].sql_task.warehouse_id"_s},
        {T::RunJob, u"tasks[0].run_job_task.job_id"_s},
    };
    for (const auto &[type, field] : required) {
        JobTaskForm task;
        task.key = u"a"_s;
        task.type = type;
        task.compute = JobTaskForm::allowedCompute(type).first();
        if (task.compute == JobTaskForm::Compute::ExistingCluster)
            task.existingClusterId = u"c"_s;
        form.tasks = {task};
        const QList<JobFormIssue> issues = form.validate();
        QVERIFY2(fields(issues).contains(field), qPrintable(fields(issues).join(u", ")));
        QVERIFY(!messageFor(issues, field).isEmpty());
    }

    JobTaskForm task;
    task.key = u"a"_s;
    task.type = T::SparkJar;
    task.mainClassName = u"Main"_s;
    task.compute = JobTaskForm::Compute::None;
    form.tasks = {task};
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[0].compute"_s});
    form.tasks[0].compute = JobTaskForm::Compute::Serverless; // JAR: not serverless here
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[0].compute"_s});
    form.tasks[0].compute = JobTaskForm::Compute::ExistingCluster;
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[0].existing_cluster_id"_s});
    form.tasks[0].compute = JobTaskForm::Compute::JobCluster;
    form.tasks[0].jobClusterKey = u"nope"_s;
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[0].job_cluster_key"_s});
    QVERIFY(messageFor(form.validate(), u"tasks[0].job_cluster_key"_s).contains(u"nope"_s));

    JobClusterForm cluster;
    cluster.key = u"nope"_s;
    form.jobClusters = {cluster};
    QCOMPARE(fields(form.validate()),
        (QStringList {
            u"job_clusters[0].new_cluster.spark_version"_s, u"job_clusters[0].new_cluster.node_type_id"_s}));

    form.tasks[0].type = T::Notebook;
    form.tasks[0].notebookPath = u"relative/path"_s;
    form.jobClusters[0].sparkVersion = u"15.4.x-scala2.12"_s;
    form.jobClusters[0].nodeTypeId = u"i3.xlarge"_s;
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[0].notebook_task.notebook_path"_s});
    form.tasks[0].source = u"GIT"_s; // relative paths are right for Git sources
    QVERIFY(form.isValid());
}

void TestJobForm::validationReportsKeysAndDependencies()
{
    JobSettingsForm form = formWith(JobTaskForm::Type::Notebook, JobTaskForm::Compute::Serverless);
    JobTaskForm second = form.tasks.first();
    form.tasks.append(second); // same key twice
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[1].task_key"_s});
    QVERIFY(messageFor(form.validate(), u"tasks[1].task_key"_s).contains(u"twice"_s));

    form.tasks[1].key = u"bad key!"_s;
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[1].task_key"_s});
    form.tasks[1].key = QString();
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[1].task_key"_s});

    form.tasks[1].key = u"t2"_s;
    form.tasks[1].dependsOn = {u"ghost"_s};
    QCOMPARE(fields(form.validate()), QStringList {u"tasks[1].depends_on"_s});
    QVERIFY(messageFor(form.validate(), u"tasks[1].depends_on"_s).contains(u"ghost"_s));

    form.tasks[1].dependsOn = {u"t2"_s};
    QVERIFY(messageFor(form.validate(), u"tasks[1].depends_on"_s).contains(u"itself"_s));

    form.tasks[1].dependsOn = {u"t1"_s};
    QVERIFY(form.isValid());
}

void TestJobForm::validationReportsCycles()
{
    JobSettingsForm form = formWith(JobTaskForm::Type::Notebook, JobTaskForm::Compute::Serverless);
    JobTaskForm base = form.tasks.first();
    form.tasks.clear();
    for (const QString &key : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
        JobTaskForm task = base;
        task.key = key;
        form.tasks.append(task);
    }
    form.tasks[0].dependsOn = {u"c"_s}; // a <- c <- b <- a is a cycle; d depends on a (behind it)
    form.tasks[1].dependsOn = {u"a"_s};
    form.tasks[2].dependsOn = {u"b"_s};
    form.tasks[3].dependsOn = {u"a"_s};
    const QList<JobFormIssue> issues = form.validate();
    QCOMPARE(fields(issues),
        (QStringList {u"tasks[0].depends_on"_s, u"tasks[1].depends_on"_s, u"tasks[2].depends_on"_s}));
    QVERIFY2(issues.first().message.contains(u"a, b, c"_s), qPrintable(issues.first().message));
    QVERIFY(form.topologicalOrder().isEmpty());
    form.tasks[0].dependsOn.clear();
    QVERIFY(form.isValid());
}

void TestJobForm::validationReportsScheduleAndRanges()
{
    JobSettingsForm form = formWith(JobTaskForm::Type::Notebook, JobTaskForm::Compute::Serverless);
    form.triggerKind = JobSettingsForm::TriggerKind::Schedule;
    form.cronExpression = u"0 61 2 * * ?"_s;
    form.timeZoneId = u"Mars/Olympus"_s;
    QList<JobFormIssue> issues = form.validate();
    QCOMPARE(fields(issues), (QStringList {u"schedule.quartz_cron_expression"_s, u"schedule.timezone_id"_s}));
    QVERIFY(issues.first().message.startsWith(u"Minutes:"_s));
    form.cronExpression = u"*/5 * * * *"_s; // Unix cron, not Quartz
    form.timeZoneId = u"America/Sao_Paulo"_s;
    QCOMPARE(fields(form.validate()), QStringList {u"schedule.quartz_cron_expression"_s});
    form.cronExpression = u"0 0/5 * * * ?"_s;
    QVERIFY(form.isValid());

    form.maxConcurrentRuns = 1001;
    form.timeoutSeconds = -1;
    form.tasks[0].maxRetries = -2;
    form.tasks[0].timeoutSeconds = -5;
    form.parameters = {{u"ok"_s, u""_s}, {u"bad name"_s, u"x"_s}, {u"ok"_s, u"y"_s}};
    form.emailOnFailure = {u"not-an-address"_s};
    QCOMPARE(fields(form.validate()),
        (QStringList {u"tasks[0].max_retries"_s, u"tasks[0].timeout_seconds"_s, u"parameters[1].name"_s,
            u"parameters[2].name"_s, u"email_notifications.on_failure"_s, u"timeout_seconds"_s,
            u"max_concurrent_runs"_s}));

    form = formWith(JobTaskForm::Type::Notebook, JobTaskForm::Compute::Serverless);
    form.triggerKind = JobSettingsForm::TriggerKind::FileArrival;
    form.fileArrivalMinSecondsBetween = 30;
    QCOMPARE(fields(form.validate()),
        (QStringList {
            u"trigger.file_arrival.url"_s, u"trigger.file_arrival.min_time_between_triggers_seconds"_s}));
    form.triggerKind = JobSettingsForm::TriggerKind::Periodic;
    form.periodicInterval = 0;
    QCOMPARE(fields(form.validate()), QStringList {u"trigger.periodic.interval"_s});
}

void TestJobForm::fixturesAreValid()
{
    const JobSettingsForm a = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    QVERIFY2(a.isValid(), qPrintable(fields(a.validate()).join(u", ")));
    const JobSettingsForm b
        = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::jobsGetResponse));
    QVERIFY2(b.isValid(), qPrintable(fields(b.validate()).join(u", ")));
}

void TestJobForm::mapsApiErrorsToFields_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("cron") << u"Invalid quartz_cron_expression: '0 61 * * * ?'"_s
                          << u"schedule.quartz_cron_expression"_s;
    QTest::newRow("timezone") << u"Invalid timezone_id Mars/Base"_s << u"schedule.timezone_id"_s;
    QTest::newRow("cluster id") << u"Cluster 0923-164208-meows279 does not exist"_s
                                << u"tasks[0].existing_cluster_id"_s;
    QTest::newRow("task notebook") << u"Task Match: notebook_path must be absolute"_s
                                   << u"tasks[2].notebook_task.notebook_path"_s;
    QTest::newRow("task key dup") << u"Task key Orders_Ingest is duplicated"_s << u"tasks[1].task_key"_s;
    QTest::newRow("spark version") << u"Invalid spark_version 1.0 in job cluster auto_scaling_cluster"_s
                                   << u"job_clusters[0].new_cluster.spark_version"_s;
    QTest::newRow("concurrency") << u"max_concurrent_runs must be <= 1000"_s << u"max_concurrent_runs"_s;
    QTest::newRow("nothing") << u"Something went wrong"_s << QString();
}

void TestJobForm::mapsApiErrorsToFields()
{
    QFETCH(QString, message);
    QFETCH(QString, field);
    const JobSettingsForm form
        = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    QCOMPARE(form.fieldForApiError(message), field);
}

void TestJobForm::cloneNamesCopyAndFlagsUnknownClusters()
{
    const JobSettingsForm form
        = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::multitaskJob));
    const JobSettingsForm copy = form.cloned();
    QCOMPARE(copy.name, u"A multitask job (copy)"_s);
    QCOMPARE(copy.tasks.size(), 3);
    QCOMPARE(copy.tasksWithUnknownClusters({u"0923-164208-meows279"_s}), QList<int>());
    QCOMPARE(copy.tasksWithUnknownClusters({u"other"_s}), QList<int> {0});
    QCOMPARE(copy.toJson().value(u"git_source"), form.toJson().value(u"git_source"));
}

void TestJobForm::topologicalOrder()
{
    const JobSettingsForm form
        = JobSettingsForm::fromJson(test::parseJsonObject(jobformfixtures::jobsGetResponse));
    const QStringList order = form.topologicalOrder();
    QCOMPARE(order.size(), 7);
    QVERIFY(order.indexOf(u"ingest"_s) < order.indexOf(u"wheel"_s));
    QVERIFY(order.indexOf(u"report"_s) < order.indexOf(u"per_region"_s));
    QVERIFY(order.indexOf(u"per_region"_s) < order.indexOf(u"publish"_s));
}

QTEST_GUILESS_MAIN(TestJobForm)
#include "tst_jobform.moc"
