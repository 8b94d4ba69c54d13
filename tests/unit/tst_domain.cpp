#include "domain/cluster.h"
#include "domain/clusterevent.h"
#include "domain/job.h"
#include "domain/nodetype.h"
#include "domain/run.h"
#include "domain/sparkversion.h"
#include "domain/stringpool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestDomain final : public QObject
{
    Q_OBJECT

private slots:
    void jobParsesKnownFieldsAndKeepsUnknownOnes();
    void jobIdsSurviveUpTo2Pow53();
    void jobSettingsEditsPreserveEverythingElse();
    void jobSettingsScheduleFlags_data();
    void jobSettingsScheduleFlags();
    void taskKindsComputeAndUnknownKinds();
    void taskDependsOnKeepsOutcome();
    void runParsesFieldsAndTasks();
    void runDisplayState_data();
    void runDisplayState();
    void runDurationFallsBackToPhases();
    void clusterParsesFieldsAndUnknownState();
    void nodeTypeAndSparkVersion();
    void clusterEventDecodesCompactFields();
    void clusterEventKeepsUnknownTypeAndCause();
    void clusterEventRawRoundTripsExactly();
    void clusterEventPageSharesOneCompressedBuffer();
    void clusterEventPageSlicesTrickyJson();
    void clusterEventTypeNamesRoundTrip();
    void clusterEventMissingFieldsReadAsNoValue();
    void clusterEventSortAndDeduplicate();
    void clusterEventIsCompact();
    void clusterEventNotExpandedReasonComesWithThePage();
    void clusterEventWithoutRawJsonDecodesTheSameFields();
    void stringPoolInternsOnce();
};

void TestDomain::jobParsesKnownFieldsAndKeepsUnknownOnes()
{
    const QJsonObject raw = json(R"({
        "job_id": 931844287868435, "created_time": 1700000000123, "creator_user_name": "ana@example.com",
        "run_as_user_name": "svc@example.com", "has_more": true, "future_field": {"x": [1, 2]},
        "settings": {"name": "Nightly ETL", "max_concurrent_runs": 3, "tags": {"team": "data", "env": "prod"},
                     "tasks": [{"task_key": "a", "notebook_task": {"notebook_path": "/a"}},
                               {"task_key": "b", "depends_on": [{"task_key": "a"}], "spark_python_task": {"python_file": "b.py"}}],
                     "unknown_setting": 42}})");
    const Job job = Job::fromJson(raw);
    QVERIFY(job.isValid());
    QCOMPARE(job.id(), Q_INT64_C(931844287868435));
    QCOMPARE(job.name(), u"Nightly ETL"_s);
    QCOMPARE(job.createdTimeMs(), Q_INT64_C(1700000000123));
    QCOMPARE(job.createdTime().toMSecsSinceEpoch(), Q_INT64_C(1700000000123));
    QCOMPARE(job.creatorUserName(), u"ana@example.com"_s);
    QCOMPARE(job.runAsUserName(), u"svc@example.com"_s);
    QVERIFY(job.hasMore());
    const JobSettings settings = job.settings();
    QCOMPARE(settings.maxConcurrentRuns(), 3);
    QCOMPARE(settings.tags().value(u"team"_s), u"data"_s);
    QCOMPARE(settings.tags().size(), 2);
    QCOMPARE(settings.taskCount(), 2);
    QCOMPARE(settings.tasks().at(1).dependsOn(), QStringList {u"a"_s});
    QCOMPARE(job.raw(), raw); // lossless
    QCOMPARE(settings.toJson().value(u"unknown_setting"_s).toInt(), 42);
}

void TestDomain::jobIdsSurviveUpTo2Pow53()
{
    // QJsonValue holds numbers as double in Qt 6.4: ids are exact up to 2^53.
    const qint64 big = (Q_INT64_C(1) << 53) - 1;
    const Job job = Job::fromJson(QJsonObject {{u"job_id"_s, QJsonValue(big)}});
    QCOMPARE(job.id(), big);
    const Run run = Run::fromJson(json(R"({"run_id": 1062463728911234, "job_id": 931844287868435})"));
    QCOMPARE(run.id(), Q_INT64_C(1062463728911234));
    QCOMPARE(run.jobId(), Q_INT64_C(931844287868435));
}

void TestDomain::jobSettingsEditsPreserveEverythingElse()
{
    const QJsonObject raw = json(R"({"name": "old", "email_notifications": {"on_failure": ["x@example.com"]},
        "schedule": {"quartz_cron_expression": "0 0 * * * ?", "timezone_id": "UTC", "pause_status": "UNPAUSED", "sql_condition": "keep"},
        "tasks": [{"task_key": "t1", "mystery_task": {"k": 1}, "x_extra": true}], "zzz": [1, 2, 3]})");
    JobSettings settings = JobSettings::fromJson(raw);
    settings.setName(u"new"_s);
    settings.setSchedule(u"0 30 2 * * ?"_s, u"Europe/Lisbon"_s, true);
    QVector<Task> tasks = settings.tasks();
    tasks[0].setDescription(u"described"_s);
    settings.setTasks(tasks);
    settings.setTags({{u"k"_s, u"v"_s}});

    QJsonObject expected = raw;
    expected.insert(u"name"_s, u"new"_s);
    QJsonObject schedule = raw.value(u"schedule"_s).toObject();
    schedule.insert(u"quartz_cron_expression"_s, u"0 30 2 * * ?"_s);
    schedule.insert(u"timezone_id"_s, u"Europe/Lisbon"_s);
    schedule.insert(u"pause_status"_s, u"PAUSED"_s);
    expected.insert(u"schedule"_s, schedule);
    QJsonObject task = raw.value(u"tasks"_s).toArray().at(0).toObject();
    task.insert(u"description"_s, u"described"_s);
    expected.insert(u"tasks"_s, QJsonArray {task});
    expected.insert(u"tags"_s, QJsonObject {{u"k"_s, u"v"_s}});
    QCOMPARE(settings.toJson(), expected);

    Job job = Job::fromJson(QJsonObject {{u"job_id"_s, 7}, {u"settings"_s, raw}, {u"other"_s, 1}});
    job.setSettings(settings);
    QCOMPARE(job.raw().value(u"settings"_s).toObject(), expected);
    QCOMPARE(job.raw().value(u"other"_s).toInt(), 1);
    QCOMPARE(job.name(), u"new"_s);

    settings.clearSchedule();
    QVERIFY(!settings.hasSchedule());
    settings.setValue(u"zzz"_s, QJsonValue(QJsonValue::Undefined));
    QVERIFY(!settings.toJson().contains(u"zzz"_s));
}

void TestDomain::jobSettingsScheduleFlags_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<bool>("scheduled");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<bool>("continuous");
    QTest::addColumn<bool>("trigger");
    QTest::newRow("none") << QByteArray(R"({"name": "x"})") << false << false << false << false;
    QTest::newRow("cron") << QByteArray(
        R"({"schedule": {"quartz_cron_expression": "0 0 1 * * ?", "timezone_id": "UTC"}})")
                          << true << false << false << false;
    QTest::newRow("cron paused") << QByteArray(
        R"({"schedule": {"quartz_cron_expression": "0 0 1 * * ?", "pause_status": "PAUSED"}})")
                                 << false << true << false << false;
    QTest::newRow("continuous") << QByteArray(R"({"continuous": {"pause_status": "UNPAUSED"}})") << true
                                << false << true << false;
    QTest::newRow("file arrival") << QByteArray(R"({"trigger": {"file_arrival": {"url": "s3://b/"}}})")
                                  << true << false << false << true;
    QTest::newRow("triggers paused") << QByteArray(
        R"({"triggers": [{"pause_status": "PAUSED", "periodic": {}}]})")
                                     << false << false << false << true;
}

void TestDomain::jobSettingsScheduleFlags()
{
    QFETCH(QByteArray, settings);
    QFETCH(bool, scheduled);
    QFETCH(bool, paused);
    QFETCH(bool, continuous);
    QFETCH(bool, trigger);
    const JobSettings s = JobSettings::fromJson(QJsonDocument::fromJson(settings).object());
    QCOMPARE(s.isScheduled(), scheduled);
    QCOMPARE(s.isPaused(), paused);
    QCOMPARE(s.isContinuous(), continuous);
    QCOMPARE(s.hasTrigger(), trigger);
}

void TestDomain::taskKindsComputeAndUnknownKinds()
{
    const Task notebook = Task::fromJson(json(
        R"({"task_key": "nb", "notebook_task": {"notebook_path": "/Repos/x/etl"}, "existing_cluster_id": "0101-abc", "max_retries": 2})"));
    QCOMPARE(notebook.kind(), Task::Kind::Notebook);
    QCOMPARE(notebook.kindName(), u"notebook_task"_s);
    QCOMPARE(notebook.target(), u"/Repos/x/etl"_s);
    QCOMPARE(notebook.compute(), Task::Compute::ExistingCluster);
    QCOMPARE(notebook.existingClusterId(), u"0101-abc"_s);
    QCOMPARE(notebook.maxRetries(), 2);

    const Task jar = Task::fromJson(json(
        R"({"task_key": "j", "spark_jar_task": {"main_class_name": "com.x.Main"}, "job_cluster_key": "shared"})"));
    QCOMPARE(jar.kind(), Task::Kind::SparkJar);
    QCOMPARE(jar.target(), u"com.x.Main"_s);
    QCOMPARE(jar.compute(), Task::Compute::JobCluster);
    QCOMPARE(jar.jobClusterKey(), u"shared"_s);

    const QJsonObject futureRaw
        = json(R"({"task_key": "f", "quantum_task": {"qubits": 5}, "environment_key": "default"})");
    const Task future = Task::fromJson(futureRaw);
    QCOMPARE(future.kind(), Task::Kind::Unknown);
    QCOMPARE(future.kindName(), u"quantum_task"_s);
    QCOMPARE(future.kindSettings().value(u"qubits"_s).toInt(), 5);
    QCOMPARE(future.compute(), Task::Compute::Environment);
    QCOMPARE(future.toJson(), futureRaw);

    for (Task::Kind kind : {Task::Kind::Notebook, Task::Kind::SparkPython, Task::Kind::PythonWheel,
             Task::Kind::SparkJar, Task::Kind::SparkSubmit, Task::Kind::Sql, Task::Kind::Pipeline,
             Task::Kind::RunJob, Task::Kind::Dbt, Task::Kind::Condition, Task::Kind::ForEach})
        QCOMPARE(Task::kindFromName(Task::kindToName(kind)), kind);
}

void TestDomain::taskDependsOnKeepsOutcome()
{
    Task task = Task::fromJson(json(
        R"({"task_key": "t", "depends_on": [{"task_key": "cond", "outcome": "true"}, {"task_key": "x"}]})"));
    task.setDependsOn({u"cond"_s, u"y"_s});
    const QJsonArray deps = task.toJson().value(u"depends_on"_s).toArray();
    QCOMPARE(deps.size(), 2);
    QCOMPARE(deps.at(0).toObject().value(u"outcome"_s).toString(), u"true"_s);
    QCOMPARE(deps.at(1).toObject(), QJsonObject({{u"task_key"_s, u"y"_s}}));
    task.setDependsOn({});
    QVERIFY(!task.toJson().contains(u"depends_on"_s));
}

void TestDomain::runParsesFieldsAndTasks()
{
    const QJsonObject raw = json(R"({"run_id": 55, "job_id": 7, "run_name": "Nightly", "run_type": "JOB_RUN",
        "trigger": "PERIODIC", "start_time": 1000, "end_time": 61000, "run_duration": 60000, "queue_duration": 5,
        "attempt_number": 1, "creator_user_name": "ana", "run_page_url": "https://h/?o=1#job/7/run/55",
        "cluster_instance": {"cluster_id": "0101-xyz"},
        "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS", "state_message": ""},
        "status": {"state": "TERMINATED", "termination_details": {"code": "SUCCESS", "type": "SUCCESS", "message": "ok"}},
        "tasks": [{"task_key": "a", "run_id": 56, "start_time": 1000, "end_time": 31000, "run_duration": 30000,
                   "status": {"state": "TERMINATED", "termination_details": {"code": "DRIVER_ERROR", "type": "CLIENT_ERROR"}},
                   "cluster_instance": {"cluster_id": "0101-xyz"}, "notebook_task": {"notebook_path": "/a"}}],
        "brand_new": 1})");
    const Run run = Run::fromJson(raw);
    QCOMPARE(run.id(), 55);
    QCOMPARE(run.jobId(), 7);
    QCOMPARE(run.runName(), u"Nightly"_s);
    QCOMPARE(run.runType(), u"JOB_RUN"_s);
    QCOMPARE(run.trigger(), u"PERIODIC"_s);
    QCOMPARE(run.startTimeMs(), 1000);
    QCOMPARE(run.endTimeMs(), 61000);
    QCOMPARE(run.durationMs(), 60000);
    QCOMPARE(run.queueDurationMs(), 5);
    QCOMPARE(run.attemptNumber(), 1);
    QCOMPARE(run.clusterId(), u"0101-xyz"_s);
    QCOMPARE(run.displayState().category(), RunDisplayState::Category::Succeeded);
    QCOMPARE(run.displayState().message(), u"ok"_s);
    QCOMPARE(run.raw(), raw);
    const QVector<RunTask> tasks = run.tasks();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.at(0).runId(), 56);
    QCOMPARE(tasks.at(0).taskKey(), u"a"_s);
    QCOMPARE(tasks.at(0).durationMs(), 30000);
    QCOMPARE(tasks.at(0).displayState().category(), RunDisplayState::Category::Failed);
    QCOMPARE(tasks.at(0).displayState().outcomeName(), u"DRIVER_ERROR"_s);
    QCOMPARE(tasks.at(0).task().kind(), Task::Kind::Notebook);
}

void TestDomain::runDisplayState_data()
{
    QTest::addColumn<QByteArray>("run");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("stateName");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("terminal");
    using C = RunDisplayState::Category;
    QTest::newRow("status running") << QByteArray(
        R"({"status": {"state": "RUNNING"}, "state": {"life_cycle_state": "PENDING"}})")
                                    << int(C::Running) << u"RUNNING"_s << QString() << false;
    QTest::newRow("legacy only running") << QByteArray(R"({"state": {"life_cycle_state": "RUNNING"}})")
                                         << int(C::Running) << u"RUNNING"_s << QString() << false;
    QTest::newRow("queued") << QByteArray(
        R"({"status": {"state": "QUEUED", "queue_details": {"code": "MAX_CONCURRENT_RUNS_REACHED"}}})")
                            << int(C::Queued) << u"QUEUED"_s << QString() << false;
    QTest::newRow("waiting for retry")
        << QByteArray(R"({"state": {"life_cycle_state": "WAITING_FOR_RETRY"}})") << int(C::Waiting)
        << u"WAITING_FOR_RETRY"_s << QString() << false;
    QTest::newRow("blocked") << QByteArray(R"({"status": {"state": "BLOCKED"}})") << int(C::Blocked)
                             << u"BLOCKED"_s << QString() << false;
    QTest::newRow("status success") << QByteArray(
        R"({"status": {"state": "TERMINATED", "termination_details": {"code": "SUCCESS", "type": "SUCCESS"}}})")
                                    << int(C::Succeeded) << u"TERMINATED"_s << u"SUCCESS"_s << true;
    QTest::newRow("user canceled") << QByteArray(
        R"({"status": {"state": "TERMINATED", "termination_details": {"code": "USER_CANCELED", "type": "SUCCESS"}}})")
                                   << int(C::Cancelled) << u"TERMINATED"_s << u"USER_CANCELED"_s << true;
    QTest::newRow("canceled by timeout") << QByteArray(
        R"({"status": {"state": "TERMINATED", "termination_details": {"code": "CANCELED"}}, "state": {"life_cycle_state": "TERMINATED", "result_state": "TIMEDOUT"}})")
                                         << int(C::TimedOut) << u"TERMINATED"_s << u"CANCELED"_s << true;
    QTest::newRow("unknown failure code kept") << QByteArray(
        R"({"status": {"state": "TERMINATED", "termination_details": {"code": "BRAND_NEW_ERROR", "type": "CLIENT_ERROR"}}})")
                                               << int(C::Failed) << u"TERMINATED"_s << u"BRAND_NEW_ERROR"_s
                                               << true;
    QTest::newRow("legacy failed") << QByteArray(
        R"({"state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED"}})")
                                   << int(C::Failed) << u"TERMINATED"_s << u"FAILED"_s << true;
    QTest::newRow("legacy success with failures")
        << QByteArray(
               R"({"state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS_WITH_FAILURES"}})")
        << int(C::SucceededWithFailures) << u"TERMINATED"_s << u"SUCCESS_WITH_FAILURES"_s << true;
    QTest::newRow("legacy skipped") << QByteArray(R"({"state": {"life_cycle_state": "SKIPPED"}})")
                                    << int(C::Skipped) << u"SKIPPED"_s << QString() << true;
    QTest::newRow("legacy internal error")
        << QByteArray(R"({"state": {"life_cycle_state": "INTERNAL_ERROR", "result_state": "FAILED"}})")
        << int(C::Failed) << u"INTERNAL_ERROR"_s << u"FAILED"_s << true;
    QTest::newRow("excluded") << QByteArray(
        R"({"state": {"life_cycle_state": "TERMINATED", "result_state": "EXCLUDED"}})")
                              << int(C::Excluded) << u"TERMINATED"_s << u"EXCLUDED"_s << true;
    QTest::newRow("unknown status state")
        << QByteArray(R"({"status": {"state": "HIBERNATING"}, "state": {"life_cycle_state": "RUNNING"}})")
        << int(C::Unknown) << u"HIBERNATING"_s << QString() << false;
    QTest::newRow("unknown result state")
        << QByteArray(R"({"state": {"life_cycle_state": "TERMINATED", "result_state": "MOONED"}})")
        << int(C::Unknown) << u"TERMINATED"_s << u"MOONED"_s << true;
    QTest::newRow("nothing") << QByteArray("{}") << int(C::Unknown) << QString() << QString() << false;
}

void TestDomain::runDisplayState()
{
    QFETCH(QByteArray, run);
    QFETCH(int, category);
    QFETCH(QString, stateName);
    QFETCH(QString, outcome);
    QFETCH(bool, terminal);
    const RunDisplayState d = Run::fromJson(QJsonDocument::fromJson(run).object()).displayState();
    QCOMPARE(int(d.category()), category);
    QCOMPARE(d.stateName(), stateName);
    QCOMPARE(d.outcomeName(), outcome);
    QCOMPARE(d.isTerminal(), terminal);
    QVERIFY(!d.text().isEmpty());
    if (d.category() == RunDisplayState::Category::Unknown && !outcome.isEmpty())
        QCOMPARE(d.text(), outcome); // unknown values show raw
}

void TestDomain::runDurationFallsBackToPhases()
{
    QCOMPARE(
        Run::fromJson(
            json(R"({"run_id": 1, "setup_duration": 10, "execution_duration": 20, "cleanup_duration": 5})"))
            .durationMs(),
        35);
    QCOMPARE(
        Run::fromJson(json(R"({"run_id": 1, "run_duration": 99, "setup_duration": 0})")).durationMs(), 99);
    QCOMPARE(Run::fromJson(json(R"({"run_id": 1})")).durationMs(), -1);
}

void TestDomain::clusterParsesFieldsAndUnknownState()
{
    const QJsonObject raw = json(R"({"cluster_id": "0101-abc", "cluster_name": "etl", "state": "RUNNING",
        "num_workers": 8, "autoscale": {"min_workers": 2, "max_workers": 10}, "executors": [{}, {}, {}],
        "node_type_id": "i3.xlarge", "spark_version": "15.4.x-scala2.12", "cluster_source": "UI",
        "start_time": 5, "terminated_time": 0, "termination_reason": {"code": "INACTIVITY", "type": "SUCCESS"},
        "custom_tags": {"team": "x"}, "autotermination_minutes": 60})");
    const Cluster c = Cluster::fromJson(raw);
    QCOMPARE(c.id(), u"0101-abc"_s);
    QCOMPARE(c.name(), u"etl"_s);
    QCOMPARE(c.state(), Cluster::State::Running);
    QVERIFY(c.isActive());
    QCOMPARE(c.numWorkers(), 8);
    QVERIFY(c.isAutoscale());
    QCOMPARE(c.autoscaleMinWorkers(), 2);
    QCOMPARE(c.autoscaleMaxWorkers(), 10);
    QCOMPARE(c.executorCount(), 3);
    QCOMPARE(c.driverNodeTypeId(), u"i3.xlarge"_s); // defaults to the worker type
    QCOMPARE(c.terminationCode(), u"INACTIVITY"_s);
    QCOMPARE(c.customTags().value(u"team"_s), u"x"_s);
    QCOMPARE(c.autoterminationMinutes(), 60);
    QCOMPARE(c.raw(), raw);

    const Cluster odd = Cluster::fromJson(json(R"({"cluster_id": "x", "state": "HIBERNATING"})"));
    QCOMPARE(odd.state(), Cluster::State::Unknown);
    QCOMPARE(odd.stateName(), u"HIBERNATING"_s);
    QCOMPARE(odd.executorCount(), -1);
    QCOMPARE(odd.autoscaleMinWorkers(), -1);
}

void TestDomain::nodeTypeAndSparkVersion()
{
    const NodeType n = NodeType::fromJson(json(
        R"({"node_type_id": "i3.xlarge", "memory_mb": 31232, "num_cores": 4.0, "description": "i3.xlarge", "category": "Storage Optimized", "is_deprecated": false, "photon_worker_capable": true})"));
    QCOMPARE(n.id(), u"i3.xlarge"_s);
    QCOMPARE(n.memoryMb(), 31232);
    QCOMPARE(n.numCores(), 4.0);
    QCOMPARE(n.category(), u"Storage Optimized"_s);
    QVERIFY(n.isPhotonWorkerCapable());
    QVERIFY(!n.isDeprecated());
    const SparkVersion v = SparkVersion::fromJson(json(
        R"j({"key": "15.4.x-photon-scala2.12", "name": "15.4 LTS Photon (includes Apache Spark 3.5.0, Scala 2.12)"})j"));
    QCOMPARE(v.key(), u"15.4.x-photon-scala2.12"_s);
    QVERIFY(v.isLts());
    QVERIFY(v.isPhoton());
    QVERIFY(!v.isMl());
}

void TestDomain::clusterEventDecodesCompactFields()
{
    const ClusterEvent e
        = ClusterEvent::fromJson(json(R"({"cluster_id": "0101-abc", "timestamp": 1700000000500,
        "type": "RESIZING", "details": {"current_num_workers": 4, "target_num_workers": 10, "cause": "AUTOSCALE",
        "user": "ana@example.com", "reason": {"code": "SPOT_INSTANCE_TERMINATION", "type": "CLOUD_FAILURE"}}})"));
    QVERIFY(e.isValid());
    QCOMPARE(e.timestamp(), Q_INT64_C(1700000000500));
    QCOMPARE(e.dateTime().toMSecsSinceEpoch(), Q_INT64_C(1700000000500));
    QCOMPARE(e.type(), ClusterEvent::Type::Resizing);
    QCOMPARE(e.typeName(), u"RESIZING"_s);
    QCOMPARE(e.clusterId(), u"0101-abc"_s);
    QCOMPARE(e.currentWorkers(), 4);
    QCOMPARE(e.targetWorkers(), 10);
    QCOMPARE(e.cause(), ClusterEvent::Cause::Autoscale);
    QCOMPARE(e.causeName(), u"AUTOSCALE"_s);
    QCOMPARE(e.user(), u"ana@example.com"_s);
    QCOMPARE(e.reasonCode(), u"SPOT_INSTANCE_TERMINATION"_s);
    QCOMPARE(e.reasonType(), u"CLOUD_FAILURE"_s);

    const ClusterEvent edited = ClusterEvent::fromJson(json(R"({"timestamp": 1, "type": "EDITED", "details": {
        "previous_cluster_size": {"num_workers": 4},
        "cluster_size": {"autoscale": {"min_workers": 2, "max_workers": 8}}}})"));
    QCOMPARE(edited.previousClusterSize(), (ClusterEvent::Size {4, -1, -1}));
    QCOMPARE(edited.clusterSize(), (ClusterEvent::Size {-1, 2, 8}));
    QVERIFY(edited.clusterSize().isAutoscale());

    // Without cluster_size the attributes (a cluster spec) tell the size.
    const ClusterEvent created
        = ClusterEvent::fromJson(json(R"({"timestamp": 1, "type": "CREATING", "details": {
        "attributes": {"num_workers": 6, "spark_version": "x"}}})"));
    QCOMPARE(created.clusterSize(), (ClusterEvent::Size {6, -1, -1}));
}

void TestDomain::clusterEventKeepsUnknownTypeAndCause()
{
    const ClusterEvent e = ClusterEvent::fromJson(
        json(R"({"timestamp": 9, "type": "QUANTUM_FLUCTUATION", "details": {"cause": "GREMLINS"}})"));
    QCOMPARE(e.type(), ClusterEvent::Type::Unknown);
    QCOMPARE(e.typeName(), u"QUANTUM_FLUCTUATION"_s);
    QCOMPARE(e.cause(), ClusterEvent::Cause::Unknown);
    QCOMPARE(e.causeName(), u"GREMLINS"_s);
    QVERIFY(e.isValid());
}

void TestDomain::clusterEventRawRoundTripsExactly()
{
    const QJsonObject raw = json(R"({"cluster_id": "c", "timestamp": 1700000000000, "type": "NODES_LOST",
        "details": {"current_num_workers": 8, "unknown_detail": {"deep": [1, "two", null]}},
        "data_plane_event_details": {"event_type": "NODE_BLACKLISTED", "host_id": "h-1"}, "new_top_level": "x"})");
    const ClusterEvent e = ClusterEvent::fromJson(raw);
    QCOMPARE(e.raw(), raw);
    QCOMPARE(QJsonDocument::fromJson(e.rawJson()).object(), raw);
    QCOMPARE(e.details().value(u"unknown_detail"_s).toObject().value(u"deep"_s).toArray().size(), 3);
    const ClusterEvent copy = e; // cheap copy shares the page
    QCOMPARE(copy.raw(), raw);
    QCOMPARE(ClusterEvent().raw(), QJsonObject());
    QVERIFY(!ClusterEvent().isValid());
}

void TestDomain::clusterEventPageSharesOneCompressedBuffer()
{
    QJsonArray page;
    for (int i = 0; i < 500; ++i) {
        page.append(QJsonObject {{u"cluster_id"_s, u"0101-123456-abcdefgh"_s},
            {u"timestamp"_s, QJsonValue(qint64(1700000000000) + i * 60000)},
            {u"type"_s, u"AUTOSCALING_STATS_REPORT"_s},
            {u"details"_s, QJsonObject {{u"current_num_workers"_s, i % 10}, {u"target_num_workers"_s, 10}}}});
    }
    const QVector<ClusterEvent> events = ClusterEvent::fromJsonArray(page);
    QCOMPARE(events.size(), 500);
    QCOMPARE(events.at(0).pageEventCount(), 500);
    QCOMPARE(events.at(0).pageBytes(), events.at(499).pageBytes());
    const int rawBytes = int(QJsonDocument(page).toJson(QJsonDocument::Compact).size());
    QVERIFY2(events.at(0).pageBytes() * 4 < rawBytes,
        qPrintable(u"compressed %1 of %2 bytes"_s.arg(events.at(0).pageBytes()).arg(rawBytes)));
    // Random access decodes the right slice, in any order.
    for (int i : {499, 0, 250, 1, 498})
        QCOMPARE(events.at(i).raw(), page.at(i).toObject());
    QCOMPARE(events.at(7).currentWorkers(), 7);
}

void TestDomain::clusterEventPageSlicesTrickyJson()
{
    // A page's raw buffer is the whole array, cut at object boundaries: braces, brackets, quotes
    // and backslashes inside strings must not move the cuts.
    const QJsonArray page = QJsonDocument::fromJson(R"([
        {"timestamp": 1, "type": "EDITED", "details": {"user": "a}\"b]{[", "note": "\\"}},
        {"timestamp": 2, "type": "RESIZING", "details": {"reason": {"code": "X", "parameters": {"k": "[{\\\""}}}},
        {"timestamp": 3, "type": "RUNNING", "details": {"list": [[], [{}], {"a": []}], "text": "ção ✓"}}
    ])")
                                .array();
    QCOMPARE(page.size(), 3);
    const QVector<ClusterEvent> events = ClusterEvent::fromJsonArray(page);
    QCOMPARE(events.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(events.at(i).raw(), page.at(i).toObject());
    QCOMPARE(events.at(0).user(), u"a}\"b]{["_s);

    // An element that is not an object (a broken server) still yields one event per element.
    const QJsonArray odd {QJsonValue(), page.at(1), 42};
    const QVector<ClusterEvent> fallback = ClusterEvent::fromJsonArray(odd);
    QCOMPARE(fallback.size(), 3);
    QCOMPARE(fallback.at(1).raw(), page.at(1).toObject());
    QCOMPARE(fallback.at(0).raw(), QJsonObject());
}

void TestDomain::clusterEventTypeNamesRoundTrip()
{
    const QList<ClusterEvent::Type> types = ClusterEvent::allKnownTypes();
    QCOMPARE(types.size(), 35);
    QSet<QString> names;
    for (ClusterEvent::Type type : types) {
        const QString name = ClusterEvent::typeToName(type);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        QCOMPARE(ClusterEvent::typeFromName(name), type);
    }
    QCOMPARE(names.size(), 35);
    QVERIFY(names.contains(u"UPSIZE_COMPLETED"_s));
    QVERIFY(names.contains(u"INIT_SCRIPTS_STARTED"_s));
    QVERIFY(names.contains(u"UC_VOLUME_MISCONFIGURED"_s));
    QCOMPARE(ClusterEvent::typeFromName(u"INIT_SCRIPTS_STARTING"), ClusterEvent::Type::Unknown);
    for (auto cause : {ClusterEvent::Cause::UserRequest, ClusterEvent::Cause::Autoscale,
             ClusterEvent::Cause::AutoscaleV2, ClusterEvent::Cause::DbrAutoscale,
             ClusterEvent::Cause::Autorecovery, ClusterEvent::Cause::ReplaceBadNodes})
        QCOMPARE(ClusterEvent::causeFromName(ClusterEvent::causeToName(cause)), cause);
    QCOMPARE(ClusterEvent::causeFromName(u""), ClusterEvent::Cause::None);
}

void TestDomain::clusterEventMissingFieldsReadAsNoValue()
{
    const ClusterEvent e = ClusterEvent::fromJson(json(R"({"timestamp": 5, "type": "RUNNING"})"));
    QVERIFY(!e.hasCurrentWorkers());
    QVERIFY(!e.hasTargetWorkers());
    QCOMPARE(e.currentWorkers(), ClusterEvent::NoValue);
    QVERIFY(!e.clusterSize().isValid());
    QCOMPARE(e.cause(), ClusterEvent::Cause::None);
    QCOMPARE(e.user(), QString());
    QCOMPARE(e.reasonCode(), QString());
    // Wrong JSON types are treated as missing, not as 0.
    const ClusterEvent odd = ClusterEvent::fromJson(json(
        R"({"timestamp": 5, "type": "RUNNING", "details": {"current_num_workers": "8", "target_num_workers": -3}})"));
    QVERIFY(!odd.hasCurrentWorkers());
    QVERIFY(!odd.hasTargetWorkers());
}

void TestDomain::clusterEventSortAndDeduplicate()
{
    const auto ev = [](qint64 t, const char *type, int current) {
        return QJsonObject {{u"timestamp"_s, QJsonValue(t)}, {u"type"_s, QString::fromLatin1(type)},
            {u"details"_s, QJsonObject {{u"current_num_workers"_s, current}}}};
    };
    // Two shards that overlap at t=20: the same event arrives twice, in separate pages.
    QVector<ClusterEvent> events
        = ClusterEvent::fromJsonArray({ev(30, "RUNNING", 3), ev(10, "CREATING", 0), ev(20, "RESIZING", 2)});
    events += ClusterEvent::fromJsonArray(
        {ev(20, "RESIZING", 2), ev(20, "NODES_LOST", 1), ev(40, "TERMINATING", 0)});
    QCOMPARE(ClusterEvent::sortAndDeduplicate(events), 1);
    QCOMPARE(events.size(), 5);
    QList<qint64> times;
    for (const ClusterEvent &e : std::as_const(events))
        times.append(e.timestamp());
    QCOMPARE(times, (QList<qint64> {10, 20, 20, 30, 40}));
    QCOMPARE(events.at(1).type(), ClusterEvent::Type::Resizing); // stable: first arrival kept first
    QCOMPARE(events.at(2).type(), ClusterEvent::Type::NodesLost);
    QVERIFY(events.at(1) != events.at(2));
}

void TestDomain::clusterEventIsCompact()
{
    // The inline part must stay small (the raw JSON lives compressed in the shared page).
    QVERIFY2(ClusterEvent::inlineSize() <= 96, qPrintable(QString::number(ClusterEvent::inlineSize())));
}

void TestDomain::clusterEventNotExpandedReasonComesWithThePage()
{
    QJsonArray page;
    const QStringList reasons {u"No capacity in the zone."_s, QString(),
        u"Instance quota reached.\nRetrying."_s, u"No capacity in the zone."_s};
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        QJsonObject details {{u"current_num_workers"_s, 2}, {u"target_num_workers"_s, 6}};
        if (!reasons.at(i).isEmpty())
            details.insert(u"did_not_expand_reason"_s, reasons.at(i));
        page.append(QJsonObject {{u"timestamp"_s, QJsonValue(qint64(1700000000000) + i)},
            {u"type"_s, u"ADD_NODES_FAILED"_s}, {u"details"_s, details}});
    }
    const QVector<ClusterEvent> events = ClusterEvent::fromJsonArray(page);
    QCOMPARE(events.size(), reasons.size());
    for (qsizetype i = 0; i < reasons.size(); ++i)
        QCOMPARE(events.at(i).notExpandedReason(), reasons.at(i));
    // Copies outlive the page's vector; a default event has none.
    const ClusterEvent copy = events.at(2);
    QCOMPARE(copy.notExpandedReason(), reasons.at(2));
    QCOMPARE(ClusterEvent().notExpandedReason(), QString());
}

void TestDomain::clusterEventWithoutRawJsonDecodesTheSameFields()
{
    QJsonArray page;
    const QStringList types {u"CREATING"_s, u"RESIZING"_s, u"UPSIZE_COMPLETED"_s, u"ADD_NODES_FAILED"_s,
        u"SOMETHING_NEW"_s, u"TERMINATING"_s};
    for (qsizetype i = 0; i < types.size(); ++i) {
        QJsonObject details {{u"current_num_workers"_s, int(i)}, {u"target_num_workers"_s, int(i + 2)},
            {u"current_num_vcpus"_s, int(4 * i)}, {u"cause"_s, i % 2 ? u"AUTOSCALE"_s : u"A_NEW_CAUSE"_s},
            {u"user"_s, u"ana@example.com"_s},
            {u"cluster_size"_s,
                QJsonObject {{u"autoscale"_s, QJsonObject {{u"min_workers"_s, 1}, {u"max_workers"_s, 8}}}}},
            {u"reason"_s, QJsonObject {{u"code"_s, u"INACTIVITY"_s}, {u"type"_s, u"SUCCESS"_s}}}};
        if (i == 3)
            details.insert(u"did_not_expand_reason"_s, u"No capacity."_s);
        page.append(QJsonObject {{u"cluster_id"_s, u"c-1"_s}, {u"timestamp"_s, QJsonValue(1700000000000 + i)},
            {u"type"_s, types.at(i)}, {u"details"_s, details}});
    }
    const QVector<ClusterEvent> kept = ClusterEvent::fromJsonArray(page);
    const QVector<ClusterEvent> dropped = ClusterEvent::fromJsonArray(page, ClusterEvent::RawJson::Drop);
    QCOMPARE(dropped.size(), kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const ClusterEvent &k = kept.at(i);
        const ClusterEvent &d = dropped.at(i);
        QCOMPARE(d.timestamp(), k.timestamp());
        QCOMPARE(d.type(), k.type());
        QCOMPARE(d.typeName(), k.typeName());
        QCOMPARE(d.clusterId(), k.clusterId());
        QCOMPARE(d.currentWorkers(), k.currentWorkers());
        QCOMPARE(d.targetWorkers(), k.targetWorkers());
        QCOMPARE(d.currentVcpus(), k.currentVcpus());
        QCOMPARE(d.causeName(), k.causeName());
        QCOMPARE(d.user(), k.user());
        QVERIFY(d.clusterSize() == k.clusterSize());
        QCOMPARE(d.reasonCode(), k.reasonCode());
        QCOMPARE(d.notExpandedReason(), k.notExpandedReason());
        QVERIFY(!k.rawJson().isEmpty());
        QVERIFY(d.rawJson().isEmpty()); // nothing kept, so nothing to give
        QCOMPARE(d.raw(), QJsonObject());
    }
}

void TestDomain::stringPoolInternsOnce()
{
    const quint32 a = StringPool::intern(u"pool-test-value"_s);
    const int size = StringPool::size();
    QCOMPARE(StringPool::intern(QString(u"pool-test-"_s + u"value"_s)), a);
    QCOMPARE(StringPool::size(), size);
    QCOMPARE(StringPool::text(a), u"pool-test-value"_s);
    QCOMPARE(StringPool::intern(QString()), 0u);
    QCOMPARE(StringPool::text(0), QString());
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
