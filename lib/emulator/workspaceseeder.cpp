#include "workspaceseeder.h"

#include "clustereventgenerator.h"
#include "eventtypes.h"
#include "seedcatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace brickdesk::emulator {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

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
    c.insert(QStringLiteral("spark_version"), seedcatalog::sparkVersions().at(int(rng.bounded(6))));
    const QString node = ctx.nodeTypes.at(int(rng.bounded(int(ctx.nodeTypes.size()) - 1)));
    c.insert(QStringLiteral("node_type_id"), node);
    c.insert(QStringLiteral("driver_node_type_id"), node);
    if (autoscale) {
        const int min = 1 + int(rng.bounded(3));
        c.insert(QStringLiteral("autoscale"),
            QJsonObject {{QStringLiteral("min_workers"), min},
                {QStringLiteral("max_workers"), min + 2 + int(rng.bounded(14))}});
    } else {
        c.insert(QStringLiteral("num_workers"), 1 + int(rng.bounded(8)));
    }
    c.insert(QStringLiteral("spark_conf"),
        QJsonObject {{QStringLiteral("spark.sql.shuffle.partitions"), QStringLiteral("auto")},
            {QStringLiteral("spark.databricks.delta.optimizeWrite.enabled"), QStringLiteral("true")}});
    if (ctx.options.cloud == QLatin1String("azure")) {
        c.insert(QStringLiteral("azure_attributes"),
            QJsonObject {{QStringLiteral("availability"), QStringLiteral("SPOT_WITH_FALLBACK_AZURE")},
                {QStringLiteral("first_on_demand"), 1}, {QStringLiteral("spot_bid_max_price"), -1}});
    } else {
        c.insert(QStringLiteral("aws_attributes"),
            QJsonObject {{QStringLiteral("availability"), QStringLiteral("SPOT_WITH_FALLBACK")},
                {QStringLiteral("zone_id"), QStringLiteral("auto")}, {QStringLiteral("first_on_demand"), 1},
                {QStringLiteral("spot_bid_price_percent"), 100}});
    }
    c.insert(QStringLiteral("enable_elastic_disk"), true);
    c.insert(QStringLiteral("data_security_mode"),
        forJob ? QStringLiteral("SINGLE_USER") : QStringLiteral("USER_ISOLATION"));
    c.insert(QStringLiteral("runtime_engine"),
        rng.bounded(3) == 0 ? QStringLiteral("PHOTON") : QStringLiteral("STANDARD"));
    return c;
}

QJsonObject makeTask(Ctx &ctx, const QString &key, const QString &jobName, const QString &owner, int kindRoll,
    const QString &clusterKey)
{
    QRandomGenerator &rng = ctx.rng;
    QJsonObject t {{QStringLiteral("task_key"), key}};
    bool needsCluster = true;
    if (kindRoll < 55) {
        t.insert(QStringLiteral("notebook_task"),
            QJsonObject {{QStringLiteral("notebook_path"),
                             QStringLiteral("/Repos/%1/pipelines/%2/%3").arg(owner, jobName, key)},
                {QStringLiteral("source"), QStringLiteral("WORKSPACE")},
                {QStringLiteral("base_parameters"),
                    QJsonObject {{QStringLiteral("env"), QStringLiteral("prod")},
                        {QStringLiteral("run_date"), QStringLiteral("{{job.start_time.iso_date}}")}}}});
    } else if (kindRoll < 70) {
        t.insert(QStringLiteral("spark_python_task"),
            QJsonObject {
                {QStringLiteral("python_file"), QStringLiteral("dbfs:/pipelines/%1/%2.py").arg(jobName, key)},
                {QStringLiteral("parameters"), strings({QStringLiteral("--env"), QStringLiteral("prod")})}});
    } else if (kindRoll < 80) {
        t.insert(QStringLiteral("python_wheel_task"),
            QJsonObject {{QStringLiteral("package_name"),
                             QString(jobName.section(QLatin1Char('_'), 0, 0) + QStringLiteral("_jobs"))},
                {QStringLiteral("entry_point"), key},
                {QStringLiteral("named_parameters"),
                    QJsonObject {{QStringLiteral("env"), QStringLiteral("prod")}}}});
        t.insert(QStringLiteral("libraries"),
            QJsonArray {QJsonObject {{QStringLiteral("whl"),
                QStringLiteral("/Volumes/main/artifacts/wheels/%1-1.%2.0-py3-none-any.whl")
                    .arg(jobName)
                    .arg(rng.bounded(9))}}});
    } else if (kindRoll < 88) {
        t.insert(QStringLiteral("spark_jar_task"),
            QJsonObject {
                {QStringLiteral("main_class_name"),
                    QStringLiteral("com.example.pipelines.%1").arg(key.at(0).toUpper() + key.mid(1))},
                {QStringLiteral("parameters"),
                    strings({QStringLiteral("--date"), QStringLiteral("{{job.start_time.iso_date}}")})}});
        t.insert(QStringLiteral("libraries"),
            QJsonArray {QJsonObject {{QStringLiteral("jar"),
                            QStringLiteral("dbfs:/FileStore/jars/%1-assembly-2.4.1.jar").arg(jobName)}},
                QJsonObject {{QStringLiteral("maven"),
                    QJsonObject {{QStringLiteral("coordinates"),
                        QStringLiteral("org.postgresql:postgresql:42.7.3")}}}}});
    } else {
        needsCluster = false;
        t.insert(QStringLiteral("sql_task"),
            QJsonObject {{QStringLiteral("warehouse_id"), QStringLiteral("8f3b1c2d4e5a6b7c")},
                {QStringLiteral("file"),
                    QJsonObject {{QStringLiteral("path"),
                                     QStringLiteral("/Workspace/Shared/sql/%1/%2.sql").arg(jobName, key)},
                        {QStringLiteral("source"), QStringLiteral("WORKSPACE")}}}});
    }
    if (needsCluster) {
        if (!clusterKey.isEmpty())
            t.insert(QStringLiteral("job_cluster_key"), clusterKey);
        else if (!ctx.clusterIds.isEmpty())
            t.insert(QStringLiteral("existing_cluster_id"), pick(rng, ctx.clusterIds));
        if (rng.bounded(4) == 0 && !t.contains(QLatin1String("libraries")))
            t.insert(QStringLiteral("libraries"),
                QJsonArray {QJsonObject {{QStringLiteral("pypi"),
                    QJsonObject {
                        {QStringLiteral("package"), QStringLiteral("great-expectations==0.18.12")}}}}});
    }
    t.insert(QStringLiteral("timeout_seconds"), 0);
    t.insert(QStringLiteral("run_if"), QStringLiteral("ALL_SUCCESS"));
    if (rng.bounded(5) == 0) {
        t.insert(QStringLiteral("max_retries"), 2);
        t.insert(QStringLiteral("min_retry_interval_millis"), 60000);
        t.insert(QStringLiteral("retry_on_timeout"), false);
    }
    t.insert(QStringLiteral("email_notifications"), QJsonObject {});
    return t;
}

QJsonObject makeJobSettings(
    Ctx &ctx, int index, const QString &name, const QString &owner, int taskCountOverride)
{
    QRandomGenerator &rng = ctx.rng;
    QJsonObject s;
    s.insert(QStringLiteral("name"), name);
    const QString team = pick(rng, seedcatalog::teams());
    s.insert(QStringLiteral("tags"),
        QJsonObject {{QStringLiteral("team"), team},
            {QStringLiteral("env"), rng.bounded(5) == 0 ? QStringLiteral("staging") : QStringLiteral("prod")},
            {QStringLiteral("cost_center"), QStringLiteral("cc-%1").arg(1000 + rng.bounded(60) * 10)}});
    if (rng.bounded(3) == 0)
        s.insert(QStringLiteral("description"),
            QStringLiteral("Owned by %1 (%2). Runbook: https://wiki.example.com/data/%3")
                .arg(team, owner, name));
    s.insert(QStringLiteral("email_notifications"),
        QJsonObject {{QStringLiteral("on_failure"), strings({owner})},
            {QStringLiteral("no_alert_for_skipped_runs"), false}});
    if (rng.bounded(4) == 0)
        s.insert(QStringLiteral("webhook_notifications"),
            QJsonObject {{QStringLiteral("on_failure"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("id"), QStringLiteral("0481e838-0a59-4eff-9541-a4ca6f149574")}}}}});
    else
        s.insert(QStringLiteral("webhook_notifications"), QJsonObject {});
    s.insert(QStringLiteral("notification_settings"),
        QJsonObject {{QStringLiteral("no_alert_for_skipped_runs"), false},
            {QStringLiteral("no_alert_for_canceled_runs"), true}});
    s.insert(QStringLiteral("timeout_seconds"), rng.bounded(3) == 0 ? 3600 * (1 + int(rng.bounded(4))) : 0);
    s.insert(QStringLiteral("max_concurrent_runs"), 1);
    s.insert(QStringLiteral("queue"), QJsonObject {{QStringLiteral("enabled"), true}});
    s.insert(QStringLiteral("format"), QStringLiteral("MULTI_TASK"));
    const int scheduleRoll = int(rng.bounded(100));
    if (scheduleRoll < 70) {
        static const QStringList crons = {QStringLiteral("0 0 2 * * ?"), QStringLiteral("0 30 6 ? * MON-FRI"),
            QStringLiteral("0 0 * * * ?"), QStringLiteral("0 15 */4 * * ?"), QStringLiteral("0 0 3 ? * SUN"),
            QStringLiteral("0 45 23 * * ?"), QStringLiteral("0 0/30 * * * ?"), QStringLiteral("0 0 5 1 * ?"),
            QStringLiteral("20 30 1 * * ?"), QStringLiteral("0 0 7,19 * * ?")};
        s.insert(QStringLiteral("schedule"),
            QJsonObject {{QStringLiteral("quartz_cron_expression"), pick(rng, crons)},
                {QStringLiteral("timezone_id"), pick(rng, seedcatalog::timezones())},
                {QStringLiteral("pause_status"),
                    rng.bounded(10) == 0 ? QStringLiteral("PAUSED") : QStringLiteral("UNPAUSED")}});
    } else if (scheduleRoll < 76) {
        s.insert(QStringLiteral("trigger"),
            QJsonObject {{QStringLiteral("pause_status"), QStringLiteral("UNPAUSED")},
                {QStringLiteral("file_arrival"),
                    QJsonObject {{QStringLiteral("url"), QStringLiteral("s3://landing-zone/%1/").arg(name)},
                        {QStringLiteral("min_time_between_triggers_seconds"), 300}}}});
    }
    if (rng.bounded(10) < 3) {
        s.insert(QStringLiteral("parameters"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("env")},
                            {QStringLiteral("default"), QStringLiteral("prod")}},
                QJsonObject {{QStringLiteral("name"), QStringLiteral("run_date")},
                    {QStringLiteral("default"), QString()}}});
    }
    if (rng.bounded(8) == 0)
        s.insert(QStringLiteral("git_source"),
            QJsonObject {
                {QStringLiteral("git_url"), QStringLiteral("https://github.com/example-corp/%1").arg(team)},
                {QStringLiteral("git_provider"), QStringLiteral("gitHub")},
                {QStringLiteral("git_branch"), QStringLiteral("main")}});
    if (rng.bounded(6) == 0)
        s.insert(QStringLiteral("health"),
            QJsonObject {{QStringLiteral("rules"),
                QJsonArray {QJsonObject {{QStringLiteral("metric"), QStringLiteral("RUN_DURATION_SECONDS")},
                    {QStringLiteral("op"), QStringLiteral("GREATER_THAN")},
                    {QStringLiteral("value"), 7200}}}}});

    // Tasks: single-task or a DAG (ingest -> transforms -> aggregate -> publish).
    const bool multi = taskCountOverride > 0 || rng.bounded(100) < 45;
    const bool useJobCluster = rng.bounded(100) < 75 || ctx.clusterIds.isEmpty();
    const QString clusterKey = useJobCluster ? QStringLiteral("main_cluster") : QString();
    QJsonArray tasks;
    const int kindRoll = int(rng.bounded(100));
    if (!multi) {
        tasks.append(makeTask(ctx, QStringLiteral("main"), name, owner, kindRoll, clusterKey));
    } else {
        const int middle = taskCountOverride > 0 ? taskCountOverride - 2 : 1 + int(rng.bounded(5));
        tasks.append(makeTask(ctx, QStringLiteral("ingest"), name, owner, kindRoll % 70, clusterKey));
        QJsonArray deps;
        static const QStringList transforms = {QStringLiteral("clean_orders"),
            QStringLiteral("clean_customers"), QStringLiteral("enrich_geo"), QStringLiteral("dedupe_events"),
            QStringLiteral("join_products"), QStringLiteral("validate_schema")};
        for (int i = 0; i < middle; ++i) {
            const QString key = i < transforms.size()
                ? transforms.at(i)
                : QStringLiteral("partition_%1").arg(i, 3, 10, QLatin1Char('0'));
            QJsonObject t = makeTask(ctx, key, name, owner, int(rng.bounded(88)), clusterKey);
            t.insert(QStringLiteral("depends_on"),
                QJsonArray {QJsonObject {{QStringLiteral("task_key"), QStringLiteral("ingest")}}});
            tasks.append(t);
            deps.append(QJsonObject {{QStringLiteral("task_key"), key}});
        }
        QJsonObject aggregate = makeTask(ctx, QStringLiteral("aggregate"), name, owner, 10, clusterKey);
        aggregate.insert(QStringLiteral("depends_on"), deps);
        tasks.append(aggregate);
        if (taskCountOverride <= 0 && rng.bounded(2) == 0) {
            QJsonObject publish = makeTask(ctx, QStringLiteral("publish"), name, owner, 95, clusterKey);
            publish.insert(QStringLiteral("depends_on"),
                QJsonArray {QJsonObject {{QStringLiteral("task_key"), QStringLiteral("aggregate")}}});
            tasks.append(publish);
        }
    }
    s.insert(QStringLiteral("tasks"), tasks);
    bool anyJobCluster = false;
    for (const QJsonValue &t : std::as_const(tasks))
        anyJobCluster = anyJobCluster || t.toObject().contains(QLatin1String("job_cluster_key"));
    if (anyJobCluster) {
        QJsonObject spec = newClusterSpec(ctx, rng.bounded(2) == 0, true);
        spec.insert(QStringLiteral("custom_tags"), QJsonObject {{QStringLiteral("job"), name}});
        s.insert(QStringLiteral("job_clusters"),
            QJsonArray {QJsonObject {{QStringLiteral("job_cluster_key"), QStringLiteral("main_cluster")},
                {QStringLiteral("new_cluster"), spec}}});
    }
    Q_UNUSED(index)
    return s;
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
    static const QStringList sharedNames = {QStringLiteral("Shared Autoscaling Americas"),
        QStringLiteral("data-eng-interactive"), QStringLiteral("analytics-adhoc"),
        QStringLiteral("ml-gpu-training"), QStringLiteral("finance-reporting"),
        QStringLiteral("Shared Autoscaling EMEA"), QStringLiteral("bi-serving"),
        QStringLiteral("streaming-ingest"), QStringLiteral("dbt-dev"), QStringLiteral("feature-engineering")};
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
            name = QStringLiteral("job-%1-run-%2")
                       .arg(500'000'000'000'000 + qint64(rng.bounded(90'000'000)) * 1000)
                       .arg(700'000'000'000'000 + qint64(rng.bounded(90'000'000)) * 1000);
        } else if (kind == 3) {
            name = QStringLiteral("%1's Cluster")
                       .arg(c.creator.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), 0, 0));
            name[0] = name[0].toUpper();
            spec.insert(QStringLiteral("num_workers"), 0);
            spec.insert(QStringLiteral("spark_conf"),
                QJsonObject {{QStringLiteral("spark.master"), QStringLiteral("local[*, 4]")},
                    {QStringLiteral("spark.databricks.cluster.profile"), QStringLiteral("singleNode")}});
            spec.insert(QStringLiteral("custom_tags"),
                QJsonObject {{QStringLiteral("ResourceClass"), QStringLiteral("SingleNode")}});
        } else {
            name = sharedNames.at(i / 8 * 3 % sharedNames.size() + 0);
            name = sharedNames.at((i + i / 8) % sharedNames.size());
            if (i >= sharedNames.size())
                name += QStringLiteral("-%1").arg(i);
        }
        if (i == 0) {
            name = sharedNames.at(0);
            spec.insert(QStringLiteral("autoscale"),
                QJsonObject {{QStringLiteral("min_workers"), 2}, {QStringLiteral("max_workers"), 24}});
            spec.insert(QStringLiteral("node_type_id"), ctx.nodeTypes.at(0));
            spec.insert(QStringLiteral("driver_node_type_id"), ctx.nodeTypes.at(0));
        }
        spec.insert(QStringLiteral("cluster_name"), name);
        if (!spec.contains(QLatin1String("custom_tags")))
            spec.insert(QStringLiteral("custom_tags"),
                QJsonObject {{QStringLiteral("team"), pick(rng, seedcatalog::teams())}});
        const int autoterm
            = jobCluster ? 0 : (kind == 0 ? 0 : QList<int> {30, 60, 120}.at(int(rng.bounded(3))));
        spec.insert(QStringLiteral("autotermination_minutes"), autoterm);
        c.spec = spec;
        c.source = jobCluster ? QStringLiteral("JOB")
                              : (rng.bounded(4) == 0 ? QStringLiteral("API") : QStringLiteral("UI"));
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
        const QJsonObject as = spec.value(QLatin1String("autoscale")).toObject();
        if (autoscale) {
            const int minW = as.value(QLatin1String("min_workers")).toInt();
            const int maxW = as.value(QLatin1String("max_workers")).toInt();
            c.targetWorkers = minW + int(rng.bounded(maxW - minW + 1));
        } else {
            c.targetWorkers = spec.value(QLatin1String("num_workers")).toInt();
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
        c.clusterId
            = QDateTime::fromMSecsSinceEpoch(c.createdTime, Qt::UTC).toString(QStringLiteral("MMdd-HHmmss-"))
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
    for (int i = 0; i < o.jobs; ++i) {
        jobId += 1'000'000 + qint64(rng.bounded(40'000'000'000.0));
        QString name = stems.at(i % stems.size());
        if (i >= stems.size()) {
            static const QStringList suffixes = {QStringLiteral("_eu"), QStringLiteral("_us"),
                QStringLiteral("_hourly"), QStringLiteral("_v2"), QStringLiteral("_backfill"),
                QStringLiteral("_staging"), QStringLiteral("_apac")};
            name += suffixes.at((i / stems.size() - 1) % suffixes.size());
            if (i >= stems.size() * (suffixes.size() + 1))
                name += QStringLiteral("_%1").arg(i / (stems.size() * (suffixes.size() + 1)) + 1);
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
        if (job.runAs != owner)
            job.settings.insert(QStringLiteral("run_as"),
                QJsonObject {{QStringLiteral("service_principal_name"), job.runAs}});
        const bool scheduled = job.settings.contains(QLatin1String("schedule"));
        const int taskCount = int(job.settings.value(QLatin1String("tasks")).toArray().size());
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
        const QJsonArray tasks = job.settings.value(QLatin1String("tasks")).toArray();
        const bool usesJobCluster = job.settings.contains(QLatin1String("job_clusters"));
        QString existing;
        for (const QJsonValue &t : tasks) {
            if (t.toObject().contains(QLatin1String("existing_cluster_id"))) {
                existing = t.toObject().value(QLatin1String("existing_cluster_id")).toString();
                break;
            }
        }
        for (int k = 0; k < j.runs; ++k) {
            RunRecord r;
            r.jobId = j.jobId;
            r.runName = job.settings.value(QLatin1String("name")).toString();
            r.runType = QStringLiteral("JOB_RUN");
            r.noise = rng.generate64();
            r.trigger = j.scheduled
                ? (rng.bounded(12) == 0 ? QStringLiteral("ONE_TIME") : QStringLiteral("PERIODIC"))
                : (job.settings.contains(QLatin1String("trigger")) ? QStringLiteral("FILE_ARRIVAL")
                                                                   : QStringLiteral("ONE_TIME"));
            r.creator = r.trigger == QLatin1String("ONE_TIME") ? pick(rng, users.mid(1)) : job.creator;
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
                r.clusterId = QDateTime::fromMSecsSinceEpoch(r.pendingAt, Qt::UTC)
                                  .toString(QStringLiteral("MMdd-HHmmss-"))
                    + QLatin1String(words[r.noise % 6]) + QString::number(100 + (r.noise >> 8) % 900);
            }
            if (job.settings.contains(QLatin1String("parameters"))) {
                QJsonArray params;
                const QJsonArray defs = job.settings.value(QLatin1String("parameters")).toArray();
                for (const QJsonValue &d : defs) {
                    QJsonObject p = d.toObject();
                    p.insert(QStringLiteral("value"),
                        p.value(QLatin1String("name")).toString() == QLatin1String("run_date")
                            ? QDateTime::fromMSecsSinceEpoch(r.startTime, Qt::UTC)
                                  .toString(QStringLiteral("yyyy-MM-dd"))
                            : p.value(QLatin1String("default")).toString());
                    params.append(p);
                }
                r.jobParameters = params;
            }
            runs.push_back(std::move(r));
        }
    }
    std::sort(runs.begin(), runs.end(),
        [](const RunRecord &a, const RunRecord &b) { return a.startTime < b.startTime; });
    for (RunRecord &r : runs)
        r.runId = state.allocateRunId(int(r.jobSettings.value(QLatin1String("tasks")).toArray().size()));
    state.finishSeeding(std::move(runs));
}

} // namespace brickdesk::emulator
