#include "workspaceseeder.h"

#include "clustereventgenerator.h"
#include "common/timeunits.h"
#include "eventtypes.h"
#include "seedcatalog.h"
#include "showcasejobs.h"
#include "taskgraph.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(int(list.size()))));
}

QJsonArray strings(std::initializer_list<QString> items)
{
    QJsonArray a;
    for (const QString &s : items)
        a.append(s);
    return a;
}

struct Ctx
{
    const EmulatorOptions &options;
    QRandomGenerator rng;
    QStringList nodeTypes;
    QStringList clusterIds; // all-purpose clusters, for existing_cluster_id
};

QJsonObject newClusterSpec(Ctx &ctx, bool autoscale, bool forJob)
{
    QRandomGenerator &rng = ctx.rng;
    QJsonObject c;
    c.insert(u"spark_version"_s, seedcatalog::sparkVersions().at(int(rng.bounded(6))));
    const QString node = ctx.nodeTypes.at(int(rng.bounded(int(ctx.nodeTypes.size()) - 1)));
    c.insert(u"node_type_id"_s, node);
    c.insert(u"driver_node_type_id"_s, node);
    if (autoscale) {
        const int min = 1 + int(rng.bounded(3));
        c.insert(u"autoscale"_s,
            QJsonObject {{u"min_workers"_s, min}, {u"max_workers"_s, min + 2 + int(rng.bounded(14))}});
    } else {
        c.insert(u"num_workers"_s, 1 + int(rng.bounded(8)));
    }
    c.insert(u"spark_conf"_s,
        QJsonObject {{u"spark.sql.shuffle.partitions"_s, u"auto"_s},
            {u"spark.databricks.delta.optimizeWrite.enabled"_s, u"true"_s}});
    if (ctx.options.cloud == u"azure"_s) {
        c.insert(u"azure_attributes"_s,
            QJsonObject {{u"availability"_s, u"SPOT_WITH_FALLBACK_AZURE"_s}, {u"first_on_demand"_s, 1},
                {u"spot_bid_max_price"_s, -1}});
    } else {
        c.insert(u"aws_attributes"_s,
            QJsonObject {{u"availability"_s, u"SPOT_WITH_FALLBACK"_s}, {u"zone_id"_s, u"auto"_s},
                {u"first_on_demand"_s, 1}, {u"spot_bid_price_percent"_s, 100}});
    }
    c.insert(u"enable_elastic_disk"_s, true);
    c.insert(u"data_security_mode"_s, forJob ? u"SINGLE_USER"_s : u"USER_ISOLATION"_s);
    c.insert(u"runtime_engine"_s, rng.bounded(3) == 0 ? u"PHOTON"_s : u"STANDARD"_s);
    return c;
}

QJsonObject makeTask(Ctx &ctx, const QString &key, const QString &jobName, const QString &owner, int kindRoll,
    const QString &clusterKey)
{
    QRandomGenerator &rng = ctx.rng;
    QJsonObject t {{u"task_key"_s, key}};
    bool needsCluster = true;
    if (kindRoll < 55) {
        t.insert(u"notebook_task"_s,
            QJsonObject {{u"notebook_path"_s, u"/Repos/%1/pipelines/%2/%3"_s.arg(owner, jobName, key)},
                {u"source"_s, u"WORKSPACE"_s},
                {u"base_parameters"_s,
                    QJsonObject {{u"env"_s, u"prod"_s}, {u"run_date"_s, u"{{job.start_time.iso_date}}"_s}}}});
    } else if (kindRoll < 70) {
        t.insert(u"spark_python_task"_s,
            QJsonObject {{u"python_file"_s, u"dbfs:/pipelines/%1/%2.py"_s.arg(jobName, key)},
                {u"parameters"_s, strings({u"--env"_s, u"prod"_s})}});
    } else if (kindRoll < 80) {
        t.insert(u"python_wheel_task"_s,
            QJsonObject {{u"package_name"_s, QString(jobName.section(u'_', 0, 0) + u"_jobs"_s)},
                {u"entry_point"_s, key}, {u"named_parameters"_s, QJsonObject {{u"env"_s, u"prod"_s}}}});
        t.insert(u"libraries"_s,
            QJsonArray {QJsonObject {{u"whl"_s,
                u"/Volumes/main/artifacts/wheels/%1-1.%2.0-py3-none-any.whl"_s.arg(jobName).arg(
                    rng.bounded(9))}}});
    } else if (kindRoll < 88) {
        t.insert(u"spark_jar_task"_s,
            QJsonObject {
                {u"main_class_name"_s, u"com.example.pipelines.%1"_s.arg(key.at(0).toUpper() + key.mid(1))},
                {u"parameters"_s, strings({u"--date"_s, u"{{job.start_time.iso_date}}"_s})}});
        t.insert(u"libraries"_s,
            QJsonArray {
                QJsonObject {{u"jar"_s, u"dbfs:/FileStore/jars/%1-assembly-2.4.1.jar"_s.arg(jobName)}},
                QJsonObject {
                    {u"maven"_s, QJsonObject {{u"coordinates"_s, u"org.postgresql:postgresql:42.7.3"_s}}}}});
    } else {
        needsCluster = false;
        t.insert(u"sql_task"_s,
            QJsonObject {{u"warehouse_id"_s, u"8f3b1c2d4e5a6b7c"_s},
                {u"file"_s,
                    QJsonObject {{u"path"_s, u"/Workspace/Shared/sql/%1/%2.sql"_s.arg(jobName, key)},
                        {u"source"_s, u"WORKSPACE"_s}}}});
    }
    if (needsCluster) {
        if (!clusterKey.isEmpty())
            t.insert(u"job_cluster_key"_s, clusterKey);
        else if (!ctx.clusterIds.isEmpty())
            t.insert(u"existing_cluster_id"_s, pick(rng, ctx.clusterIds));
        if (rng.bounded(4) == 0 && !t.contains(u"libraries"_s))
            t.insert(u"libraries"_s,
                QJsonArray {QJsonObject {
                    {u"pypi"_s, QJsonObject {{u"package"_s, u"great-expectations==0.18.12"_s}}}}});
    }
    t.insert(u"timeout_seconds"_s, 0);
    t.insert(u"run_if"_s, u"ALL_SUCCESS"_s);
    if (rng.bounded(5) == 0) {
        t.insert(u"max_retries"_s, 2);
        t.insert(u"min_retry_interval_millis"_s, 60000);
        t.insert(u"retry_on_timeout"_s, false);
    }
    t.insert(u"email_notifications"_s, QJsonObject {});
    return t;
}

QJsonObject makeJobSettings(
    Ctx &ctx, int index, const QString &name, const QString &owner, int taskCountOverride)
{
    QRandomGenerator &rng = ctx.rng;
    QJsonObject s;
    s.insert(u"name"_s, name);
    const QString team = pick(rng, seedcatalog::teams());
    s.insert(u"tags"_s,
        QJsonObject {{u"team"_s, team}, {u"env"_s, rng.bounded(5) == 0 ? u"staging"_s : u"prod"_s},
            {u"cost_center"_s, u"cc-%1"_s.arg(1000 + rng.bounded(60) * 10)}});
    if (rng.bounded(3) == 0)
        s.insert(u"description"_s,
            u"Owned by %1 (%2). Runbook: https://wiki.example.com/data/%3"_s.arg(team, owner, name));
    s.insert(u"email_notifications"_s,
        QJsonObject {{u"on_failure"_s, strings({owner})}, {u"no_alert_for_skipped_runs"_s, false}});
    if (rng.bounded(4) == 0)
        s.insert(u"webhook_notifications"_s,
            QJsonObject {{u"on_failure"_s,
                QJsonArray {QJsonObject {{u"id"_s, u"0481e838-0a59-4eff-9541-a4ca6f149574"_s}}}}});
    else
        s.insert(u"webhook_notifications"_s, QJsonObject {});
    s.insert(u"notification_settings"_s,
        QJsonObject {{u"no_alert_for_skipped_runs"_s, false}, {u"no_alert_for_canceled_runs"_s, true}});
    s.insert(u"timeout_seconds"_s, rng.bounded(3) == 0 ? 3600 * (1 + int(rng.bounded(4))) : 0);
    s.insert(u"max_concurrent_runs"_s, 1);
    s.insert(u"queue"_s, QJsonObject {{u"enabled"_s, true}});
    s.insert(u"format"_s, u"MULTI_TASK"_s);
    const int scheduleRoll = int(rng.bounded(100));
    if (scheduleRoll < 70) {
        static const QStringList crons = {u"0 0 2 * * ?"_s, u"0 30 6 ? * MON-FRI"_s, u"0 0 * * * ?"_s,
            u"0 15 */4 * * ?"_s, u"0 0 3 ? * SUN"_s, u"0 45 23 * * ?"_s, u"0 0/30 * * * ?"_s,
            u"0 0 5 1 * ?"_s, u"20 30 1 * * ?"_s, u"0 0 7,19 * * ?"_s};
        s.insert(u"schedule"_s,
            QJsonObject {{u"quartz_cron_expression"_s, pick(rng, crons)},
                {u"timezone_id"_s, pick(rng, seedcatalog::timezones())},
                {u"pause_status"_s, rng.bounded(10) == 0 ? u"PAUSED"_s : u"UNPAUSED"_s}});
    } else if (scheduleRoll < 76) {
        s.insert(u"trigger"_s,
            QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                {u"file_arrival"_s,
                    QJsonObject {{u"url"_s, u"s3://landing-zone/%1/"_s.arg(name)},
                        {u"min_time_between_triggers_seconds"_s, 300}}}});
    }
    if (rng.bounded(10) < 3) {
        s.insert(u"parameters"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"env"_s}, {u"default"_s, u"prod"_s}},
                QJsonObject {{u"name"_s, u"run_date"_s}, {u"default"_s, QString()}}});
    }
    if (rng.bounded(8) == 0)
        s.insert(u"git_source"_s,
            QJsonObject {{u"git_url"_s, u"https://github.com/example-corp/%1"_s.arg(team)},
                {u"git_provider"_s, u"gitHub"_s}, {u"git_branch"_s, u"main"_s}});
    if (rng.bounded(6) == 0)
        s.insert(u"health"_s,
            QJsonObject {{u"rules"_s,
                QJsonArray {QJsonObject {{u"metric"_s, u"RUN_DURATION_SECONDS"_s},
                    {u"op"_s, u"GREATER_THAN"_s}, {u"value"_s, 7200}}}}});

    // Tasks: single-task or a DAG (ingest -> transforms -> aggregate -> publish).
    const bool multi = taskCountOverride > 0 || rng.bounded(100) < 45;
    const bool useJobCluster = rng.bounded(100) < 75 || ctx.clusterIds.isEmpty();
    const QString clusterKey = useJobCluster ? u"main_cluster"_s : QString();
    QJsonArray tasks;
    const int kindRoll = int(rng.bounded(100));
    if (!multi) {
        tasks.append(makeTask(ctx, u"main"_s, name, owner, kindRoll, clusterKey));
    } else {
        const int middle = taskCountOverride > 0 ? taskCountOverride - 2 : 1 + int(rng.bounded(5));
        tasks.append(makeTask(ctx, u"ingest"_s, name, owner, kindRoll % 70, clusterKey));
        QJsonArray deps;
        static const QStringList transforms = {u"clean_orders"_s, u"clean_customers"_s, u"enrich_geo"_s,
            u"dedupe_events"_s, u"join_products"_s, u"validate_schema"_s};
        for (int i = 0; i < middle; ++i) {
            const QString key
                = i < transforms.size() ? transforms.at(i) : u"partition_%1"_s.arg(i, 3, 10, QChar(u'0'));
            QJsonObject t = makeTask(ctx, key, name, owner, int(rng.bounded(88)), clusterKey);
            t.insert(u"depends_on"_s, QJsonArray {QJsonObject {{u"task_key"_s, u"ingest"_s}}});
            tasks.append(t);
            deps.append(QJsonObject {{u"task_key"_s, key}});
        }
        QJsonObject aggregate = makeTask(ctx, u"aggregate"_s, name, owner, 10, clusterKey);
        aggregate.insert(u"depends_on"_s, deps);
        tasks.append(aggregate);
        if (taskCountOverride <= 0 && rng.bounded(2) == 0) {
            QJsonObject publish = makeTask(ctx, u"publish"_s, name, owner, 95, clusterKey);
            publish.insert(u"depends_on"_s, QJsonArray {QJsonObject {{u"task_key"_s, u"aggregate"_s}}});
            tasks.append(publish);
        }
    }
    s.insert(u"tasks"_s, tasks);
    bool anyJobCluster = false;
    for (const QJsonValue &t : std::as_const(tasks))
        anyJobCluster = anyJobCluster || t.toObject().contains(u"job_cluster_key"_s);
    if (anyJobCluster) {
        QJsonObject spec = newClusterSpec(ctx, rng.bounded(2) == 0, true);
        spec.insert(u"custom_tags"_s, QJsonObject {{u"job"_s, name}});
        s.insert(u"job_clusters"_s,
            QJsonArray {QJsonObject {{u"job_cluster_key"_s, u"main_cluster"_s}, {u"new_cluster"_s, spec}}});
    }
    Q_UNUSED(index)
    return s;
}

quint64 childNoise(quint64 parentNoise);

// Seeded runs of jobs with run-job tasks start a run of the other job while they run; the two
// are linked once run ids are known (linkRunJobChildren). Until then the child keeps the task
// key in childRuns.
void addRunJobChildren(std::vector<RunRecord> &runs, const std::map<qint64, JobRecord> &jobs)
{
    const size_t parents = runs.size();
    for (size_t i = 0; i < parents; ++i) {
        const QJsonArray tasks = runs[i].jobSettings.value(u"tasks"_s).toArray();
        for (const QJsonValue &v : tasks) {
            const QJsonObject task = v.toObject();
            const qint64 jobId = task.value(u"run_job_task"_s).toObject().value(u"job_id"_s).toInteger();
            const auto job = jobs.find(jobId);
            if (jobId == 0 || job == jobs.end() || runs[i].result != RunResult::Success)
                continue;
            const RunRecord &parent = runs[i];
            RunRecord child;
            child.jobId = jobId;
            child.runName = job->second.settings.value(u"name"_s).toString();
            child.runType = u"JOB_RUN"_s;
            child.trigger = u"RUN_JOB_TASK"_s;
            child.creator = parent.creator;
            child.noise = childNoise(parent.noise);
            const qint64 span = std::max<qint64>(4, parent.terminatingAt - parent.runningAt);
            child.startTime = parent.runningAt + span / 20;
            child.pendingAt = child.startTime + 1000;
            child.runningAt = child.pendingAt + 2000;
            child.terminatingAt = parent.runningAt + span / 2;
            child.endAt = child.terminatingAt + 2000;
            child.jobSettings = job->second.settings;
            child.childRuns.insert(task.value(u"task_key"_s).toString(), 0);
            runs.push_back(std::move(child));
        }
    }
}

quint64 childNoise(quint64 parentNoise)
{
    return parentNoise * 6364136223846793005ULL + 1442695040888963407ULL;
}

void linkRunJobChildren(std::vector<RunRecord> &runs)
{
    // A child's noise derives from its parent's: that finds the parent after the sort.
    QHash<quint64, size_t> parentOf;
    for (size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].trigger != u"RUN_JOB_TASK"_s)
            parentOf.insert(childNoise(runs[i].noise), i);
    }
    for (RunRecord &child : runs) {
        if (child.trigger != u"RUN_JOB_TASK"_s || child.childRuns.isEmpty())
            continue;
        const QString key = child.childRuns.constBegin().key();
        child.childRuns.clear();
        child.triggerRunId = 0;
        const auto p = parentOf.constFind(child.noise);
        if (p == parentOf.constEnd())
            continue;
        RunRecord &parent = runs[*p];
        const QJsonArray tasks = parent.jobSettings.value(u"tasks"_s).toArray();
        for (qsizetype k = 0; k < tasks.size(); ++k) {
            if (tasks[k].toObject().value(u"task_key"_s).toString() == key) {
                child.triggerRunId = parent.runId + 1 + k; // the seeded task run id
                parent.childRuns.insert(key, child.runId);
            }
        }
    }
}

} // namespace

void WorkspaceSeeder::seed(WorkspaceState &state)
{
    const EmulatorOptions &o = state.options();
    Ctx ctx {o, QRandomGenerator(quint32(o.seed ^ (o.seed >> 32))), seedcatalog::nodeTypes(o.cloud), {}};
    QRandomGenerator &rng = ctx.rng;
    const qint64 now = state.seededAt();
    const qint64 historyStart = now - qint64(o.historyDays) * kDay;
    const QStringList &users = seedcatalog::users();

    // ----- clusters
    static const QStringList sharedNames = {u"Shared Autoscaling Americas"_s, u"data-eng-interactive"_s,
        u"analytics-adhoc"_s, u"ml-gpu-training"_s, u"finance-reporting"_s, u"Shared Autoscaling EMEA"_s,
        u"bi-serving"_s, u"streaming-ingest"_s, u"dbt-dev"_s, u"feature-engineering"_s};
    for (int i = 0; i < o.clusters; ++i) {
        ClusterRecord c;
        c.seed = o.seed * 1'000'003ULL + quint64(i) * 7'777'777ULL + 12345;
        const int kind = i % 8; // 0 always-on autoscale spot, 1/6 autoscale, 2 fixed, 3 single node,
                                // 4 terminated autoscale, 5 job cluster, 7 terminated fixed
        const bool jobCluster = kind == 5;
        const bool autoscale = kind == 0 || kind == 1 || kind == 4 || kind == 6 || (jobCluster && i % 2);
        QJsonObject spec = newClusterSpec(ctx, autoscale, jobCluster);
        c.creator = users.at(1 + int(rng.bounded(int(users.size()) - 1)));
        QString name;
        if (jobCluster) {
            name = u"job-%1-run-%2"_s.arg(500'000'000'000'000 + qint64(rng.bounded(90'000'000)) * 1000)
                       .arg(700'000'000'000'000 + qint64(rng.bounded(90'000'000)) * 1000);
        } else if (kind == 3) {
            name = u"%1's Cluster"_s.arg(c.creator.section(u'@', 0, 0).section(u'.', 0, 0));
            name[0] = name[0].toUpper();
            spec.insert(u"num_workers"_s, 0);
            spec.insert(u"spark_conf"_s,
                QJsonObject {{u"spark.master"_s, u"local[*, 4]"_s},
                    {u"spark.databricks.cluster.profile"_s, u"singleNode"_s}});
            spec.insert(u"custom_tags"_s, QJsonObject {{u"ResourceClass"_s, u"SingleNode"_s}});
        } else {
            name = sharedNames.at(i / 8 * 3 % sharedNames.size() + 0);
            name = sharedNames.at((i + i / 8) % sharedNames.size());
            if (i >= sharedNames.size())
                name += u"-%1"_s.arg(i);
        }
        if (i == 0) {
            name = sharedNames.at(0);
            spec.insert(u"autoscale"_s, QJsonObject {{u"min_workers"_s, 2}, {u"max_workers"_s, 24}});
            spec.insert(u"node_type_id"_s, ctx.nodeTypes.at(0));
            spec.insert(u"driver_node_type_id"_s, ctx.nodeTypes.at(0));
        }
        spec.insert(u"cluster_name"_s, name);
        if (!spec.contains(u"custom_tags"_s))
            spec.insert(u"custom_tags"_s, QJsonObject {{u"team"_s, pick(rng, seedcatalog::teams())}});
        const int autoterm
            = jobCluster ? 0 : (kind == 0 ? 0 : QList<int> {30, 60, 120}.at(int(rng.bounded(3))));
        spec.insert(u"autotermination_minutes"_s, autoterm);
        c.spec = spec;
        c.source = jobCluster ? u"JOB"_s : (rng.bounded(4) == 0 ? u"API"_s : u"UI"_s);
        c.spot = kind == 0 || kind == 1 || kind == 6 || jobCluster;
        c.pinned = kind == 0 || kind == 2;
        const bool terminated = kind == 4 || kind == 5 || kind == 7;
        if (jobCluster) {
            c.createdTime = now - qint64(rng.bounded(double(std::min(o.historyDays, 29)) * kDay)) - kHour;
            c.historyEnd = c.createdTime + (20 + rng.bounded(90)) * kMinute;
            c.terminationReason = eventtypes::JobFinished;
        } else {
            c.createdTime = historyStart + qint64(rng.bounded(3.0 * kHour));
            c.historyEnd = terminated ? now - qint64((1.0 + rng.bounded(9.0)) * kDay) : now - kMinute;
            c.historyEnd = std::max(c.historyEnd, c.createdTime + kHour);
            c.terminationReason
                = rng.bounded(3) == 0 ? eventtypes::UserRequestReason : eventtypes::Inactivity;
        }
        c.state = terminated ? ClusterState::Terminated : ClusterState::Running;
        const QJsonObject as = spec.value(u"autoscale"_s).toObject();
        if (autoscale) {
            const int minW = as.value(u"min_workers"_s).toInt();
            const int maxW = as.value(u"max_workers"_s).toInt();
            c.targetWorkers = minW + int(rng.bounded(maxW - minW + 1));
        } else {
            c.targetWorkers = spec.value(u"num_workers"_s).toInt();
        }
        c.currentWorkers = terminated ? 0 : c.targetWorkers;
        if (terminated)
            c.targetWorkers = 0;
        c.startTime = terminated ? c.historyEnd - kHour : c.createdTime;
        c.lastRestartedTime = terminated ? 0 : c.historyEnd - 10 * kMinute;
        c.terminatedTime = terminated ? c.historyEnd : 0;
        c.eventBudget = o.eventsPerCluster > 0
            ? o.eventsPerCluster
            : ClusterEventGenerator::naturalBudget(c, c.historyEnd - c.createdTime, c.seed >> 5);
        // The cluster id encodes its creation time, like the real ones.
        static const char *const words[]
            = {"reef", "tide", "pine", "oak", "fern", "dune", "gale", "vale", "moss", "cove"};
        c.clusterId = QDateTime::fromMSecsSinceEpoch(c.createdTime, Qt::UTC).toString(u"MMdd-HHmmss-"_s)
            + QLatin1String(words[rng.bounded(10)]) + QString::number(100 + rng.bounded(900));
        if (!jobCluster && !terminated)
            ctx.clusterIds.append(c.clusterId);
        state.addSeedCluster(std::move(c));
    }

    // ----- jobs
    struct JobSeed
    {
        qint64 jobId;
        double baseMinutes;
        double failRate;
        bool scheduled;
        int taskCount;
        int runs;
    };
    std::vector<JobSeed> jobSeeds;
    jobSeeds.reserve(size_t(std::max(0, o.jobs)));
    qint64 jobId = 100'000'000'000'000 + qint64(rng.bounded(900'000'000)) * 1000;
    const QStringList &stems = seedcatalog::jobNameStems();
    qint64 fanOutJobId = 0;
    for (int i = 0; i < o.jobs; ++i) {
        jobId += 1'000'000 + qint64(rng.bounded(40'000'000'000.0));
        QString name = stems.at(i % stems.size());
        if (i >= stems.size()) {
            static const QStringList suffixes
                = {u"_eu"_s, u"_us"_s, u"_hourly"_s, u"_v2"_s, u"_backfill"_s, u"_staging"_s, u"_apac"_s};
            name += suffixes.at((i / stems.size() - 1) % suffixes.size());
            if (i >= stems.size() * (suffixes.size() + 1))
                name += u"_%1"_s.arg(i / (stems.size() * (suffixes.size() + 1)) + 1);
        }
        const QString owner = users.at(1 + int(rng.bounded(int(users.size()) - 1)));
        // One job has more than 100 tasks, so Jobs API 2.2 array paging is exercised.
        const int override = i == 7 ? 130 : 0;
        JobRecord job;
        job.jobId = jobId;
        job.createdTime = historyStart - qint64(rng.bounded(300.0 * kDay)) - kDay;
        job.creator = owner;
        job.runAs = rng.bounded(4) == 0 ? pick(rng, seedcatalog::servicePrincipals()) : owner;
        job.settings = makeJobSettings(ctx, i, name, owner, override);
        if (const int kind = i - showcasejobs::firstIndex(); kind >= 0 && kind < showcasejobs::count()
            && o.jobs > showcasejobs::firstIndex() + showcasejobs::count()) {
            // Replaces the ordinary job (after drawing its settings, so the others stay the same).
            if (kind == 0)
                fanOutJobId = jobId;
            job.settings = showcasejobs::settings(kind, fanOutJobId, owner);
            job.runAs = owner;
        }
        if (job.runAs != owner)
            job.settings.insert(u"run_as"_s, QJsonObject {{u"service_principal_name"_s, job.runAs}});
        const bool scheduled = job.settings.contains(u"schedule"_s);
        const int taskCount = int(job.settings.value(u"tasks"_s).toArray().size());
        const double factor = 0.3 + rng.bounded(1.4);
        const int runs = o.runsPerJob <= 0 ? 0 : std::max(1, int(std::lround(o.runsPerJob * factor)));
        jobSeeds.push_back({jobId, std::exp(std::log(2.0) + rng.bounded(std::log(120.0 / 2.0))),
            rng.bounded(100) < 15 ? 0.2 : 0.03, scheduled, taskCount,
            override > 0 ? std::min(runs, 3) : runs});
        state.addSeedJob(std::move(job));
    }

    // ----- runs
    std::vector<RunRecord> runs;
    size_t total = 0;
    for (const JobSeed &j : jobSeeds)
        total += size_t(j.runs);
    runs.reserve(total);
    const auto &jobs = state.jobs();
    for (const JobSeed &j : jobSeeds) {
        const JobRecord &job = jobs.at(j.jobId);
        const qint64 span = now - historyStart;
        const qint64 spacing = j.runs > 0 ? span / j.runs : span;
        const bool activeNow = rng.bounded(100) < 4;
        const QJsonArray tasks = job.settings.value(u"tasks"_s).toArray();
        const bool usesJobCluster = job.settings.contains(u"job_clusters"_s);
        QString existing;
        for (const QJsonValue &t : tasks) {
            if (t.toObject().contains(u"existing_cluster_id"_s)) {
                existing = t.toObject().value(u"existing_cluster_id"_s).toString();
                break;
            }
        }
        for (int k = 0; k < j.runs; ++k) {
            RunRecord r;
            r.jobId = j.jobId;
            r.runName = job.settings.value(u"name"_s).toString();
            r.runType = u"JOB_RUN"_s;
            r.noise = rng.generate64();
            r.trigger = j.scheduled ? (rng.bounded(12) == 0 ? u"ONE_TIME"_s : u"PERIODIC"_s)
                                    : showcasejobs::triggerTypeOf(job.settings);
            r.creator = r.trigger == u"ONE_TIME"_s ? pick(rng, users.mid(1)) : job.creator;
            const bool last = k == j.runs - 1;
            const double durationMinutes = j.baseMinutes * (0.7 + rng.bounded(0.8));
            const qint64 duration = qint64(durationMinutes * double(kMinute));
            if (last && activeNow) {
                r.startTime = now - qint64(double(duration) * (0.2 + rng.bounded(0.5)));
                const double remaining = double(r.startTime + duration - now) / std::max(0.01, o.timeScale);
                r.pendingAt = r.startTime + 2000;
                r.runningAt = r.pendingAt + 3 * kMinute / 2;
                r.endAt = now + qint64(std::max(5000.0, remaining));
                r.runningAt = std::min(r.runningAt, now - 1000);
                r.terminatingAt = r.endAt - 20'000 / std::max(1, int(o.timeScale));
            } else {
                const qint64 jitter
                    = j.scheduled ? qint64(rng.bounded(60'000)) : qint64(rng.bounded(double(spacing) * 0.8));
                r.startTime = historyStart + spacing * k + jitter;
                const qint64 queue
                    = rng.bounded(20) == 0 ? qint64(rng.bounded(15.0 * kMinute)) : qint64(rng.bounded(3000));
                r.pendingAt = r.startTime + queue;
                const qint64 setup = usesJobCluster ? qint64((3.0 + rng.bounded(4.0)) * kMinute)
                                                    : qint64(rng.bounded(20'000));
                r.runningAt = r.pendingAt + setup;
                r.terminatingAt = r.runningAt + duration;
                r.endAt = r.terminatingAt + 5000 + qint64(rng.bounded(60'000));
                if (r.endAt >= now - kMinute) {
                    // Keep the past in the past.
                    const qint64 shift = r.endAt - (now - kMinute);
                    r.startTime -= shift;
                    r.pendingAt -= shift;
                    r.runningAt -= shift;
                    r.terminatingAt -= shift;
                    r.endAt -= shift;
                }
                const double roll = rng.bounded(1.0);
                if (roll < j.failRate)
                    r.result = RunResult::Failed;
                else if (roll < j.failRate + 0.01)
                    r.result = RunResult::TimedOut;
                else if (roll < j.failRate + 0.025)
                    r.result = RunResult::Canceled;
                else if (roll < j.failRate + 0.03)
                    r.result = RunResult::InternalError;
            }
            r.jobSettings = job.settings;
            if (!existing.isEmpty() && !usesJobCluster) {
                r.clusterId = existing;
            } else if (usesJobCluster) {
                static const char *const words[] = {"bolt", "hawk", "lynx", "wren", "kite", "finch"};
                r.clusterId = QDateTime::fromMSecsSinceEpoch(r.pendingAt, Qt::UTC).toString(u"MMdd-HHmmss-"_s)
                    + QLatin1String(words[r.noise % 6]) + QString::number(100 + (r.noise >> 8) % 900);
            }
            if (job.settings.contains(u"parameters"_s)) {
                QJsonArray params;
                const QJsonArray defs = job.settings.value(u"parameters"_s).toArray();
                for (const QJsonValue &d : defs) {
                    QJsonObject p = d.toObject();
                    p.insert(u"value"_s,
                        p.value(u"name"_s).toString() == u"run_date"_s
                            ? QDateTime::fromMSecsSinceEpoch(r.startTime, Qt::UTC).toString(u"yyyy-MM-dd"_s)
                            : p.value(u"default"_s).toString());
                    params.append(p);
                }
                r.jobParameters = params;
            }
            runs.push_back(std::move(r));
        }
    }
    addRunJobChildren(runs, jobs);
    std::sort(runs.begin(), runs.end(),
        [](const RunRecord &a, const RunRecord &b) { return a.startTime < b.startTime; });
    for (RunRecord &r : runs)
        r.runId = state.allocateRunId(taskgraph::runIdSpan(r.jobSettings.value(u"tasks"_s).toArray()));
    linkRunJobChildren(runs);
    state.finishSeeding(std::move(runs));
}

} // namespace brickdesk::emulator
