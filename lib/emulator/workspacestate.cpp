#include "workspacestate.h"

#include "clustereventgenerator.h"
#include "emulatorlogging.h"
#include "eventtypes.h"
#include "runphase.h"
#include "seedcatalog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

using namespace eventtypes;

namespace {

constexpr qint64 kSecond = 1000;

QString clusterIdFor(qint64 time, quint64 noise)
{
    static const char *const words[]
        = {"reef", "tide", "pine", "oak", "fern", "dune", "gale", "vale", "moss", "cove"};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(time, Qt::UTC);
    return t.toString(u"MMdd-HHmmss-"_s) + QLatin1String(words[noise % 10])
        + QString::number(100 + noise / 10 % 900);
}

// Topological level of each task (0 = no dependencies).
QList<int> taskLevels(const QJsonArray &tasks)
{
    QHash<QString, int> index;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        index.insert(tasks[i].toObject().value(u"task_key"_s).toString(), int(i));
    QList<int> level(tasks.size(), -1);
    std::function<int(int, int)> levelOf = [&](int i, int depth) -> int {
        if (level[i] >= 0)
            return level[i];
        if (depth > tasks.size())
            return 0; // a cycle; validation rejects these, be safe anyway
        int l = 0;
        const QJsonArray deps = tasks[i].toObject().value(u"depends_on"_s).toArray();
        for (const QJsonValue &d : deps) {
            const int j = index.value(d.toObject().value(u"task_key"_s).toString(), -1);
            if (j >= 0)
                l = std::max(l, levelOf(j, depth + 1) + 1);
        }
        level[i] = l;
        return l;
    };
    for (qsizetype i = 0; i < tasks.size(); ++i)
        levelOf(int(i), 0);
    return level;
}

QString taskKind(const QJsonObject &task)
{
    static const char *const kinds[]
        = {"notebook_task", "spark_python_task", "python_wheel_task", "spark_jar_task", "sql_task",
            "spark_submit_task", "pipeline_task", "run_job_task", "dbt_task", "condition_task"};
    for (const char *k : kinds) {
        if (task.contains(QLatin1String(k)))
            return QLatin1String(k);
    }
    return {};
}

} // namespace

WorkspaceState::WorkspaceState(const EmulatorOptions &options)
    : m_options(options)
    // Whole minutes: two emulators with the same seed started in the same minute agree exactly.
    , m_seededAt(QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000)
    , m_host(u"http://127.0.0.1"_s)
    , m_liveRng(quint32(options.seed * 7919 + 17))
{
    if (m_options.timeScale <= 0)
        m_options.timeScale = 1.0;
}

qint64 WorkspaceState::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString WorkspaceState::apiUser() const
{
    // A seeded creator, so that "jobs I own" is a real subset of the demo workspace.
    return seedcatalog::users().at(1);
}

QStringList WorkspaceState::apiUserGroups() const
{
    return {u"users"_s, seedcatalog::teams().first()};
}

qint64 WorkspaceState::scaled(qint64 ms) const
{
    return std::max<qint64>(1, qint64(double(ms) / m_options.timeScale));
}

// ---------------------------------------------------------------------------------- jobs

JobRecord *WorkspaceState::findJob(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? nullptr : &it->second;
}

qint64 WorkspaceState::createJob(const QJsonObject &settings, bool via22)
{
    JobRecord job;
    job.jobId = m_nextJobId;
    m_nextJobId += 1 + m_liveRng.bounded(9'000'000);
    job.createdTime = now();
    job.creator = apiUser();
    job.runAs = apiUser();
    job.settings = settings;
    job.createdVia22 = via22;
    const qint64 id = job.jobId;
    m_jobs.emplace(id, std::move(job));
    markJobChanged(id);
    return id;
}

void WorkspaceState::deleteJob(qint64 jobId)
{
    m_jobs.erase(jobId);
    m_deletedJobs.insert(jobId);
    m_changedJobs.remove(jobId);
    saveState();
}

QJsonObject WorkspaceState::jobJson(const JobRecord &job, bool withTasks) const
{
    QJsonObject settings = job.settings;
    settings.insert(u"format"_s, u"MULTI_TASK"_s);
    if (!settings.contains(u"name"_s))
        settings.insert(u"name"_s, u"Untitled"_s);
    if (!settings.contains(u"max_concurrent_runs"_s))
        settings.insert(u"max_concurrent_runs"_s, 1);
    if (!settings.contains(u"timeout_seconds"_s))
        settings.insert(u"timeout_seconds"_s, 0);
    if (!settings.contains(u"email_notifications"_s))
        settings.insert(u"email_notifications"_s, QJsonObject {});
    if (!settings.contains(u"webhook_notifications"_s))
        settings.insert(u"webhook_notifications"_s, QJsonObject {});
    if (!settings.contains(u"queue"_s) && job.createdVia22)
        settings.insert(u"queue"_s, QJsonObject {{u"enabled"_s, true}});
    settings.remove(u"run_as"_s); // write-only
    if (!withTasks) {
        settings.remove(u"tasks"_s);
        settings.remove(u"job_clusters"_s);
    }
    QJsonObject out {
        {u"job_id"_s, job.jobId}, {u"created_time"_s, job.createdTime}, {u"settings"_s, settings}};
    if (!job.creator.isEmpty())
        out.insert(u"creator_user_name"_s, job.creator);
    out.insert(u"run_as_user_name"_s, job.runAs.isEmpty() ? job.creator : job.runAs);
    return out;
}

void WorkspaceState::markJobChanged(qint64 jobId)
{
    m_changedJobs.insert(jobId);
    m_deletedJobs.remove(jobId);
    saveState();
}

bool WorkspaceState::saveState(QString *error) const
{
    if (m_options.stateFile.isEmpty())
        return true;
    QJsonArray jobs;
    for (const qint64 id : m_changedJobs) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        const JobRecord &j = it->second;
        QJsonObject job {{u"job_id"_s, j.jobId}, {u"created_time"_s, j.createdTime},
            {u"creator_user_name"_s, j.creator}, {u"run_as_user_name"_s, j.runAs},
            {u"created_via_2_2"_s, j.createdVia22}, {u"settings"_s, j.settings}};
        if (j.acl)
            job.insert(u"access_control_list"_s, *j.acl);
        jobs.append(job);
    }
    QJsonArray deleted;
    for (const qint64 id : m_deletedJobs)
        deleted.append(id);
    const QJsonObject root {{u"version"_s, 1}, {u"seed"_s, QString::number(m_options.seed)},
        {u"next_job_id"_s, m_nextJobId}, {u"jobs"_s, jobs}, {u"deleted_job_ids"_s, deleted}};
    QSaveFile file(m_options.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        qCWarning(lcEmulator) << "cannot write state file" << m_options.stateFile << file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}

bool WorkspaceState::loadState(QString *error)
{
    if (m_options.stateFile.isEmpty() || !QFile::exists(m_options.stateFile))
        return true;
    QFile file(m_options.stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonArray deleted = root.value(u"deleted_job_ids"_s).toArray();
    for (const QJsonValue &v : deleted) {
        m_jobs.erase(v.toInteger());
        m_deletedJobs.insert(v.toInteger());
    }
    const QJsonArray jobs = root.value(u"jobs"_s).toArray();
    for (const QJsonValue &v : jobs) {
        const QJsonObject o = v.toObject();
        JobRecord j;
        j.jobId = o.value(u"job_id"_s).toInteger();
        j.createdTime = o.value(u"created_time"_s).toInteger();
        j.creator = o.value(u"creator_user_name"_s).toString();
        j.runAs = o.value(u"run_as_user_name"_s).toString();
        j.createdVia22 = o.value(u"created_via_2_2"_s).toBool(true);
        j.settings = o.value(u"settings"_s).toObject();
        if (o.contains(u"access_control_list"_s))
            j.acl = o.value(u"access_control_list"_s).toArray();
        m_changedJobs.insert(j.jobId);
        m_jobs.insert_or_assign(j.jobId, std::move(j));
    }
    m_nextJobId = std::max(m_nextJobId, root.value(u"next_job_id"_s).toInteger());
    if (!m_jobs.empty())
        m_nextJobId = std::max(m_nextJobId, m_jobs.rbegin()->first + 1);
    return true;
}

// ---------------------------------------------------------------------------------- runs

void WorkspaceState::finishSeeding(std::vector<RunRecord> runs)
{
    m_runs = std::move(runs);
    m_runsByJob.clear();
    for (size_t i = 0; i < m_runs.size(); ++i)
        m_runsByJob[m_runs[i].jobId].push_back(i);
    if (!m_jobs.empty())
        m_nextJobId = m_jobs.rbegin()->first + 1 + 7'919;
    else
        m_nextJobId = 401'234'567'890'123;
    if (m_nextRunId == 0)
        m_nextRunId = 700'000'000'000'000;
}

qint64 WorkspaceState::allocateRunId(int taskCount)
{
    if (m_nextRunId == 0)
        m_nextRunId = 700'000'000'000'000;
    const qint64 id = m_nextRunId;
    m_nextRunId += taskCount + 2 + m_liveRng.bounded(40'000);
    return id;
}

RunRecord *WorkspaceState::findRun(qint64 runId)
{
    const auto it = std::lower_bound(
        m_runs.begin(), m_runs.end(), runId, [](const RunRecord &r, qint64 id) { return r.runId < id; });
    if (it == m_runs.end() || it->runId != runId || !isRunVisible(*it))
        return nullptr;
    return &*it;
}

bool WorkspaceState::findTaskRun(qint64 taskRunId, RunRecord **parent, int *taskIndex)
{
    RunRecord *run = nullptr;
    if (const auto p = m_taskRunParent.constFind(taskRunId); p != m_taskRunParent.constEnd()) {
        run = findRun(*p);
    } else {
        // Seeded task runs: ids follow their parent's, parent + 1 + index.
        auto it = std::upper_bound(m_runs.begin(), m_runs.end(), taskRunId,
            [](qint64 id, const RunRecord &r) { return id < r.runId; });
        if (it != m_runs.begin()) {
            --it;
            const int tasks = int(it->jobSettings.value(u"tasks"_s).toArray().size());
            if (taskRunId > it->runId && taskRunId <= it->runId + tasks && isRunVisible(*it))
                run = &*it;
        }
    }
    if (!run)
        return false;
    ensureTasks(*run);
    for (qsizetype i = 0; i < run->tasks.size(); ++i) {
        if (run->tasks[i].runId == taskRunId) {
            *parent = run;
            *taskIndex = int(i);
            return true;
        }
    }
    return false;
}

bool WorkspaceState::isRunVisible(const RunRecord &run) const
{
    return !run.deleted && (run.jobId == 0 || m_jobs.count(run.jobId) > 0);
}

const std::vector<size_t> &WorkspaceState::runIndicesOfJob(qint64 jobId) const
{
    static const std::vector<size_t> none;
    const auto it = m_runsByJob.constFind(jobId);
    return it == m_runsByJob.constEnd() ? none : *it;
}

bool WorkspaceState::isRunActive(RunRecord &run)
{
    const qint64 t = now();
    if (run.cancelledAt > 0 && run.cancelledAt <= t)
        return t < run.cancelledAt + scaled(1500) && run.cancelledAt >= run.runningAt;
    return t < run.endAt;
}

void WorkspaceState::ensureTasks(RunRecord &run)
{
    if (run.tasksReady)
        return;
    run.tasksReady = true;
    const QJsonArray tasks = run.jobSettings.value(u"tasks"_s).toArray();
    const QList<int> levels = taskLevels(tasks);
    const int levelCount = levels.isEmpty() ? 1 : *std::max_element(levels.begin(), levels.end()) + 1;
    const qint64 execution = std::max<qint64>(levelCount, run.terminatingAt - run.runningAt);
    const qint64 levelDuration = execution / levelCount;
    QRandomGenerator rng(quint32(run.noise ^ (run.noise >> 32)));
    const bool failed = run.result != RunResult::Success;
    const int failingLevel = failed ? int(rng.bounded(levelCount)) : -1;
    int failingTask = -1;
    if (failed) {
        QList<int> candidates;
        for (qsizetype i = 0; i < levels.size(); ++i) {
            if (levels[i] == failingLevel)
                candidates.append(int(i));
        }
        if (!candidates.isEmpty())
            failingTask = candidates.at(int(rng.bounded(int(candidates.size()))));
    }
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        TaskRunRecord t;
        t.runId = run.runId + 1 + i;
        t.task = tasks[i].toObject();
        t.taskKey = t.task.value(u"task_key"_s).toString();
        const int level = levels[i];
        t.queuedAt = run.runningAt + level * levelDuration;
        if (level == 0)
            t.queuedAt = run.pendingAt;
        t.runningAt = std::max(t.queuedAt, run.runningAt + level * levelDuration)
            + qint64(double(levelDuration) * (0.02 + rng.bounded(0.08)));
        t.terminatingAt = run.runningAt + level * levelDuration
            + qint64(double(levelDuration) * (0.75 + rng.bounded(0.2)));
        t.terminatingAt = std::max(t.terminatingAt, t.runningAt + 1);
        t.endAt = t.terminatingAt + std::max<qint64>(1, std::min<qint64>(levelDuration / 20, 4000));
        t.clusterId = t.task.contains(u"existing_cluster_id"_s)
            ? t.task.value(u"existing_cluster_id"_s).toString()
            : run.clusterId;
        if (failed && level > failingLevel) {
            t.skipped = true;
            t.result = run.result == RunResult::Canceled ? RunResult::Canceled : RunResult::Failed;
        } else if (int(i) == failingTask) {
            t.result = run.result;
        }
        run.tasks.append(t);
    }
    if (tasks.isEmpty())
        return;
    // The parent ends with its last executed task.
    qint64 lastEnd = 0;
    for (const TaskRunRecord &t : std::as_const(run.tasks)) {
        if (!t.skipped)
            lastEnd = std::max(lastEnd, t.endAt);
    }
    if (lastEnd > 0 && run.endAt < now()) {
        run.terminatingAt = std::min(run.terminatingAt, lastEnd);
        run.endAt = lastEnd;
    }
}

void WorkspaceState::scheduleRunTimeline(RunRecord &run, qint64 from, bool forceResults)
{
    // Live timeline, in real time divided by the time scale.
    const QJsonArray tasks = run.jobSettings.value(u"tasks"_s).toArray();
    const QList<int> levels = taskLevels(tasks);
    const int levelCount = levels.isEmpty() ? 1 : *std::max_element(levels.begin(), levels.end()) + 1;
    run.startTime = from;
    run.pendingAt = from + scaled(1500);
    run.runningAt = run.pendingAt + scaled(6000);
    qint64 cursor = run.runningAt;
    QList<qint64> levelStart(levelCount + 1, 0);
    for (int l = 0; l < levelCount; ++l) {
        levelStart[l] = cursor;
        cursor += scaled(8000 + m_liveRng.bounded(8000));
    }
    levelStart[levelCount] = cursor;
    run.terminatingAt = cursor;
    run.endAt = cursor + scaled(1500);
    if (forceResults)
        run.result
            = m_liveRng.bounded(1.0) < m_options.liveFailureRate ? RunResult::Failed : RunResult::Success;
    const int failingLevel = run.result == RunResult::Failed ? int(m_liveRng.bounded(levelCount)) : -1;
    bool failedOne = false;
    run.tasks.clear();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        TaskRunRecord t;
        t.runId = run.runId + 1 + i;
        t.task = tasks[i].toObject();
        t.taskKey = t.task.value(u"task_key"_s).toString();
        const int level = levels[i];
        t.queuedAt = level == 0 ? run.pendingAt : levelStart[level];
        t.runningAt = levelStart[level] + scaled(500);
        t.terminatingAt = levelStart[level + 1] - scaled(800);
        t.endAt = levelStart[level + 1] - scaled(200);
        t.terminatingAt = std::max(t.terminatingAt, t.runningAt + 1);
        t.endAt = std::max(t.endAt, t.terminatingAt + 1);
        t.clusterId = t.task.contains(u"existing_cluster_id"_s)
            ? t.task.value(u"existing_cluster_id"_s).toString()
            : run.clusterId;
        if (failingLevel >= 0 && level > failingLevel) {
            t.skipped = true;
            t.result = RunResult::Failed;
        } else if (level == failingLevel && !failedOne) {
            t.result = RunResult::Failed;
            failedOne = true;
        }
        m_taskRunParent.insert(t.runId, run.runId);
        run.tasks.append(t);
    }
    run.tasksReady = true;
}

qint64 WorkspaceState::startRun(qint64 jobId, const QJsonObject &settings, const QString &runName,
    const QString &trigger, const QJsonObject &overriding, const QJsonArray &jobParameters,
    const QString &idempotencyToken)
{
    const int taskCount = int(settings.value(u"tasks"_s).toArray().size());
    RunRecord run;
    run.runId = allocateRunId(taskCount);
    run.jobId = jobId;
    run.runName = runName;
    run.runType = jobId ? u"JOB_RUN"_s : u"SUBMIT_RUN"_s;
    run.trigger = trigger;
    run.creator = apiUser();
    run.jobSettings = settings;
    run.overridingParameters = overriding;
    run.jobParameters = jobParameters;
    run.idempotencyToken = idempotencyToken;
    run.noise = m_liveRng.generate64();
    // A job cluster for the run when any task uses one.
    const QJsonArray tasks = settings.value(u"tasks"_s).toArray();
    QJsonObject newCluster;
    for (const QJsonValue &v : tasks) {
        const QJsonObject task = v.toObject();
        if (task.contains(u"new_cluster"_s)) {
            newCluster = task.value(u"new_cluster"_s).toObject();
            break;
        }
        if (task.contains(u"job_cluster_key"_s)) {
            const QString key = task.value(u"job_cluster_key"_s).toString();
            const QJsonArray jcs = settings.value(u"job_clusters"_s).toArray();
            for (const QJsonValue &jc : jcs) {
                if (jc.toObject().value(u"job_cluster_key"_s).toString() == key)
                    newCluster = jc.toObject().value(u"new_cluster"_s).toObject();
            }
            if (!newCluster.isEmpty())
                break;
        }
        if (task.contains(u"existing_cluster_id"_s) && run.clusterId.isEmpty())
            run.clusterId = task.value(u"existing_cluster_id"_s).toString();
    }
    scheduleRunTimeline(run, now(), true);
    const qint64 runId = run.runId;
    m_runs.push_back(std::move(run));
    RunRecord &stored = m_runs.back();
    if (!newCluster.isEmpty()) {
        stored.clusterId = QString();
        createClusterForRun(stored, newCluster);
        for (TaskRunRecord &t : stored.tasks) {
            if (!t.task.contains(u"existing_cluster_id"_s))
                t.clusterId = stored.clusterId;
        }
    }
    m_runsByJob[jobId].push_back(m_runs.size() - 1);
    if (!idempotencyToken.isEmpty())
        m_idempotency.insert(idempotencyToken, runId);
    qCDebug(lcEmulator) << "started run" << runId << "of job" << jobId;
    return runId;
}

void WorkspaceState::cancelRun(RunRecord &run, int taskIndex)
{
    const qint64 t = now();
    ensureTasks(run);
    bool any = false;
    for (qsizetype i = 0; i < run.tasks.size(); ++i) {
        if (taskIndex >= 0 && i != taskIndex && taskIndex >= 0) {
            // Cancelling one task run cancels the tasks that depend on it too: keep it simple
            // and cancel later tasks that have not ended.
            if (run.tasks[i].queuedAt < run.tasks[taskIndex].queuedAt)
                continue;
        }
        TaskRunRecord &task = run.tasks[i];
        if (task.endAt > t && task.cancelledAt == 0 && !task.skipped) {
            task.cancelledAt = t;
            any = true;
        }
    }
    if ((taskIndex < 0 || any) && run.endAt > t && run.cancelledAt == 0) {
        run.cancelledAt = t;
        run.result = RunResult::Canceled;
        // The job cluster goes down.
        if (ClusterRecord *c = findCluster(run.clusterId); c && c->source == u"JOB"_s) {
            while (!c->live.empty() && c->live.back().timestamp > t)
                c->live.pop_back();
            c->liveApplied = std::min(c->liveApplied, c->live.size());
            EventRecord e;
            e.type = Terminating;
            e.reason = UserRequestReason;
            e.timestamp = t + 1;
            pushLive(*c, e);
        }
    }
}

qint64 WorkspaceState::repairRun(RunRecord &run, const QStringList &taskKeys)
{
    ensureTasks(run);
    const qint64 t = now();
    const qint64 repairId = allocateRunId(0);
    if (run.repairHistory.isEmpty()) {
        QJsonArray ids;
        for (const TaskRunRecord &task : std::as_const(run.tasks))
            ids.append(task.runId);
        const RunPhase original = RunPhase::at(t, run.startTime, run.pendingAt, run.runningAt,
            run.terminatingAt, run.endAt, run.cancelledAt, run.result, false, scaled(1500));
        run.repairHistory.append(QJsonObject {{u"type"_s, u"ORIGINAL"_s}, {u"start_time"_s, run.startTime},
            {u"end_time"_s, original.endTime}, {u"state"_s, original.stateJson()},
            {u"status"_s, original.statusJson()}, {u"task_run_ids"_s, ids}});
    }
    QJsonArray newIds;
    qint64 cursor = t + scaled(1000);
    qint64 lastEnd = cursor;
    for (TaskRunRecord &task : run.tasks) {
        if (!taskKeys.contains(task.taskKey))
            continue;
        TaskRunRecord fresh;
        fresh.task = task.task;
        fresh.taskKey = task.taskKey;
        fresh.runId = allocateRunId(0);
        fresh.attempt = task.attempt + 1;
        fresh.repairId = int(run.repairHistory.size());
        fresh.clusterId = task.clusterId;
        fresh.queuedAt = cursor;
        fresh.runningAt = cursor + scaled(2000);
        fresh.terminatingAt = fresh.runningAt + scaled(6000 + m_liveRng.bounded(4000));
        fresh.endAt = fresh.terminatingAt + scaled(500);
        fresh.result
            = m_liveRng.bounded(1.0) < m_options.liveFailureRate ? RunResult::Failed : RunResult::Success;
        lastEnd = std::max(lastEnd, fresh.endAt);
        m_taskRunParent.insert(fresh.runId, run.runId);
        newIds.append(fresh.runId);
        task = fresh;
    }
    // The parent is active again until the repaired tasks finish.
    RunResult result = RunResult::Success;
    for (const TaskRunRecord &task : std::as_const(run.tasks)) {
        if (task.result != RunResult::Success && !(task.skipped && taskKeys.contains(task.taskKey)))
            result = task.result;
    }
    run.result = result;
    run.cancelledAt = 0;
    run.terminatingAt = lastEnd - scaled(300);
    run.endAt = lastEnd;
    run.runningAt = std::min(run.runningAt, t);
    ++run.repairCount;
    run.lastRepairId = repairId;
    run.repairHistory.append(QJsonObject {{u"type"_s, u"REPAIR"_s}, {u"id"_s, repairId}, {u"start_time"_s, t},
        {u"end_time"_s, 0}, {u"task_run_ids"_s, newIds}});
    return repairId;
}

QJsonObject WorkspaceState::taskRunJson(RunRecord &run, const TaskRunRecord &task)
{
    const qint64 t = now();
    const RunPhase phase = RunPhase::at(t, task.queuedAt, task.queuedAt, task.runningAt, task.terminatingAt,
        task.endAt, task.cancelledAt, task.result, task.skipped, scaled(1500));
    QJsonObject o = task.task;
    o.insert(u"run_id"_s, task.runId);
    o.insert(u"attempt_number"_s, task.attempt);
    o.insert(u"state"_s, phase.stateJson());
    o.insert(u"status"_s, phase.statusJson());
    const bool started = !task.skipped && t >= task.queuedAt;
    o.insert(u"start_time"_s, started ? task.queuedAt : 0);
    o.insert(u"end_time"_s, phase.endTime);
    const qint64 setup = started && t >= task.runningAt ? task.runningAt - task.queuedAt : 0;
    const qint64 execution = phase.isTerminal() && !task.skipped
        ? std::max<qint64>(0, std::min(phase.endTime, task.terminatingAt) - task.runningAt)
        : 0;
    o.insert(u"setup_duration"_s, setup);
    o.insert(u"execution_duration"_s, execution);
    o.insert(u"cleanup_duration"_s,
        phase.isTerminal() && !task.skipped ? std::max<qint64>(0, phase.endTime - task.terminatingAt) : 0);
    o.insert(u"run_duration"_s,
        started ? (phase.isTerminal() ? phase.endTime - task.queuedAt : t - task.queuedAt) : 0);
    o.insert(u"queue_duration"_s, 0);
    o.insert(u"run_page_url"_s,
        QString(m_host % u"/?o="_s % QString::number(m_options.workspaceId) % u"#job/"_s
            % QString::number(run.jobId) % u"/run/"_s % QString::number(task.runId)));
    if (!task.clusterId.isEmpty() && started && t >= task.runningAt) {
        o.insert(u"cluster_instance"_s,
            QJsonObject {{u"cluster_id"_s, task.clusterId},
                {u"spark_context_id"_s, QString::number(quint64(run.noise % 9'000'000'000'000'000'000ULL))}});
    }
    if (!task.task.contains(u"job_cluster_key"_s) && !task.task.contains(u"existing_cluster_id"_s)
        && !task.task.contains(u"new_cluster"_s) && !task.task.contains(u"environment_key"_s)
        && !task.task.contains(u"sql_task"_s)) {
        // nothing: serverless
    }
    return o;
}

QJsonObject WorkspaceState::runJson(RunRecord &run, bool withTasks, bool withHistory)
{
    ensureTasks(run);
    const qint64 t = now();
    const RunPhase phase = RunPhase::at(t, run.startTime, run.pendingAt, run.runningAt, run.terminatingAt,
        run.endAt, run.cancelledAt, run.result, false, scaled(1500));
    QJsonObject o;
    o.insert(u"job_id"_s, run.jobId);
    o.insert(u"run_id"_s, run.runId);
    o.insert(u"number_in_job"_s, run.runId);
    o.insert(u"original_attempt_run_id"_s, run.runId);
    o.insert(u"attempt_number"_s, 0);
    o.insert(u"creator_user_name"_s, run.creator);
    o.insert(u"run_name"_s, run.runName);
    o.insert(u"run_type"_s, run.runType);
    o.insert(u"trigger"_s, run.trigger);
    o.insert(u"format"_s, u"MULTI_TASK"_s);
    o.insert(u"state"_s, phase.stateJson());
    o.insert(u"status"_s, phase.statusJson());
    o.insert(u"start_time"_s, run.startTime);
    o.insert(u"end_time"_s, phase.endTime);
    const bool single = run.tasks.size() == 1;
    if (single && !run.tasks.first().skipped) {
        const TaskRunRecord &task = run.tasks.first();
        const bool terminal = phase.isTerminal();
        o.insert(u"setup_duration"_s, t >= task.runningAt ? task.runningAt - run.pendingAt : 0);
        o.insert(u"execution_duration"_s,
            terminal ? std::max<qint64>(0, std::min(phase.endTime, task.terminatingAt) - task.runningAt) : 0);
        o.insert(
            u"cleanup_duration"_s, terminal ? std::max<qint64>(0, phase.endTime - task.terminatingAt) : 0);
    } else {
        // Multi-task runs report run_duration only (guide §1.4).
        o.insert(u"setup_duration"_s, 0);
        o.insert(u"execution_duration"_s, 0);
        o.insert(u"cleanup_duration"_s, 0);
    }
    o.insert(u"run_duration"_s, phase.isTerminal() ? phase.endTime - run.startTime : t - run.startTime);
    o.insert(u"queue_duration"_s, std::max<qint64>(0, std::min(t, run.pendingAt) - run.startTime));
    o.insert(u"run_page_url"_s,
        QString(m_host % u"/?o="_s % QString::number(m_options.workspaceId) % u"#job/"_s
            % QString::number(run.jobId) % u"/run/"_s % QString::number(run.runId)));
    if (run.trigger == u"PERIODIC"_s && run.jobSettings.contains(u"schedule"_s))
        o.insert(u"schedule"_s, run.jobSettings.value(u"schedule"_s));
    if (run.jobSettings.contains(u"description"_s))
        o.insert(u"description"_s, run.jobSettings.value(u"description"_s));
    if (run.jobSettings.contains(u"git_source"_s))
        o.insert(u"git_source"_s, run.jobSettings.value(u"git_source"_s));
    if (!run.clusterId.isEmpty() && t >= run.runningAt) {
        o.insert(u"cluster_instance"_s,
            QJsonObject {{u"cluster_id"_s, run.clusterId},
                {u"spark_context_id"_s, QString::number(quint64(run.noise % 9'000'000'000'000'000'000ULL))}});
    }
    if (single) {
        const QJsonObject task = run.tasks.first().task;
        QJsonObject spec;
        for (const char *key : {"existing_cluster_id", "new_cluster", "job_cluster_key", "libraries"}) {
            if (task.contains(QLatin1String(key)))
                spec.insert(QLatin1String(key), task.value(QLatin1String(key)));
        }
        if (!spec.isEmpty())
            o.insert(u"cluster_spec"_s, spec);
    }
    if (run.jobSettings.contains(u"job_clusters"_s))
        o.insert(u"job_clusters"_s, run.jobSettings.value(u"job_clusters"_s));
    if (!run.jobParameters.isEmpty())
        o.insert(u"job_parameters"_s, run.jobParameters);
    if (!run.overridingParameters.isEmpty())
        o.insert(u"overriding_parameters"_s, run.overridingParameters);
    if (withTasks) {
        QJsonArray tasks;
        for (const TaskRunRecord &task : std::as_const(run.tasks))
            tasks.append(taskRunJson(run, task));
        o.insert(u"tasks"_s, tasks);
    }
    if (withHistory && !run.repairHistory.isEmpty()) {
        QJsonArray history = run.repairHistory;
        // Fill the live state of the latest repair.
        QJsonObject last = history.last().toObject();
        if (last.value(u"type"_s).toString() == u"REPAIR"_s) {
            last.insert(u"state"_s, phase.stateJson());
            last.insert(u"status"_s, phase.statusJson());
            last.insert(u"end_time"_s, phase.endTime);
            history.replace(history.size() - 1, last);
        }
        o.insert(u"repair_history"_s, history);
    }
    return o;
}

QJsonObject WorkspaceState::runOutputJson(RunRecord &run, const TaskRunRecord &task)
{
    QJsonObject metadata = taskRunJson(run, task);
    metadata.insert(u"job_id"_s, run.jobId);
    metadata.insert(u"run_name"_s, task.taskKey);
    metadata.insert(u"run_type"_s, u"JOB_RUN"_s);
    metadata.insert(u"trigger"_s, run.trigger);
    metadata.insert(u"creator_user_name"_s, run.creator);
    metadata.insert(u"number_in_job"_s, task.runId);
    metadata.insert(u"task_key"_s, task.taskKey);
    QJsonObject out {{u"metadata"_s, metadata}};
    const RunPhase phase = RunPhase::at(now(), task.queuedAt, task.queuedAt, task.runningAt,
        task.terminatingAt, task.endAt, task.cancelledAt, task.result, task.skipped, scaled(1500));
    if (!phase.isTerminal() || task.skipped)
        return out;
    const QString kind = taskKind(task.task);
    const bool ok = phase.result == RunResult::Success;
    if (kind == u"notebook_task"_s) {
        if (ok) {
            out.insert(u"notebook_output"_s,
                QJsonObject {
                    {u"result"_s, u"{\"rows_written\": %1, \"status\": \"ok\"}"_s.arg(task.runId % 100000)},
                    {u"truncated"_s, false}});
        } else {
            out.insert(u"notebook_output"_s, QJsonObject {});
        }
    } else if (kind == u"spark_python_task"_s || kind == u"python_wheel_task"_s
        || kind == u"spark_jar_task"_s) {
        QString logs = u"INFO Starting task %1\nINFO Reading input partitions: 128\n"_s.arg(task.taskKey);
        logs += ok ? u"INFO Wrote 1843203 rows\nINFO Done.\n"_s : u"ERROR Task failed, see error trace\n"_s;
        out.insert(u"logs"_s, logs);
        out.insert(u"logs_truncated"_s, false);
    } else if (kind == u"sql_task"_s) {
        out.insert(u"sql_output"_s,
            QJsonObject {{u"query_output"_s,
                QJsonObject {{u"query_text"_s, u"SELECT * FROM main.sales.daily_totals"_s},
                    {u"warehouse_id"_s, task.task.value(u"sql_task"_s).toObject().value(u"warehouse_id"_s)},
                    {u"output_link"_s, QString(m_host + u"/sql/history"_s)}}}});
    }
    if (!ok) {
        if (phase.result == RunResult::Canceled) {
            out.insert(u"error"_s, u"Run cancelled."_s);
        } else {
            out.insert(u"error"_s,
                u"org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in "
                "stage 7.0 failed 4 times"_s);
            out.insert(u"error_trace"_s,
                u"org.apache.spark.SparkException: Job aborted due to stage failure\n"
                "\tat "
                "org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:"
                "2790)\n"
                "\tat org.apache.spark.scheduler.DAGScheduler.abortStage(DAGScheduler.scala:2726)\n"
                "Caused by: java.io.FileNotFoundException: s3://lake/raw/orders/part-00042.parquet"_s);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------- clusters

void WorkspaceState::addSeedCluster(ClusterRecord cluster)
{
    m_clusterIndex.insert(cluster.clusterId, m_clusters.size());
    m_clusters.push_back(std::move(cluster));
}

ClusterRecord *WorkspaceState::findCluster(const QString &clusterId)
{
    const auto it = m_clusterIndex.constFind(clusterId);
    if (it == m_clusterIndex.constEnd())
        return nullptr;
    ClusterRecord &c = m_clusters[*it];
    advanceCluster(c);
    return &c;
}

QString WorkspaceState::stateName(ClusterState state)
{
    switch (state) {
    case ClusterState::Pending:
        return u"PENDING"_s;
    case ClusterState::Running:
        return u"RUNNING"_s;
    case ClusterState::Restarting:
        return u"RESTARTING"_s;
    case ClusterState::Resizing:
        return u"RESIZING"_s;
    case ClusterState::Terminating:
        return u"TERMINATING"_s;
    case ClusterState::Terminated:
        return u"TERMINATED"_s;
    case ClusterState::Error:
        return u"ERROR"_s;
    }
    return u"UNKNOWN"_s;
}

void WorkspaceState::applyLiveEvent(ClusterRecord &c, const EventRecord &e)
{
    switch (e.type) {
    case Creating:
    case Starting:
        c.state = ClusterState::Pending;
        c.startTime = e.timestamp;
        c.currentWorkers = 0;
        break;
    case Restarting:
        c.state = ClusterState::Restarting;
        break;
    case Running:
        c.state = ClusterState::Running;
        c.lastRestartedTime = e.timestamp;
        break;
    case Resizing:
        c.state = ClusterState::Resizing;
        break;
    case UpsizeCompleted:
    case DecommissionEnded:
        c.state = ClusterState::Running;
        break;
    case Terminating:
        c.state = ClusterState::Terminating;
        c.terminatedTime = e.timestamp + scaled(3000);
        c.terminationReason = e.reason;
        break;
    default:
        break;
    }
    if (e.current >= 0)
        c.currentWorkers = e.current;
    if (e.target >= 0)
        c.targetWorkers = e.target;
}

void WorkspaceState::advanceCluster(ClusterRecord &c)
{
    const qint64 t = now();
    while (c.liveApplied < c.live.size() && c.live[c.liveApplied].timestamp <= t) {
        applyLiveEvent(c, c.live[c.liveApplied]);
        ++c.liveApplied;
    }
    if (c.state == ClusterState::Terminating && t >= c.terminatedTime) {
        c.state = ClusterState::Terminated;
        c.currentWorkers = 0;
    }
}

void WorkspaceState::pushLive(ClusterRecord &c, EventRecord event)
{
    if (!c.live.empty() && event.timestamp <= c.live.back().timestamp)
        event.timestamp = c.live.back().timestamp + 1;
    if (!c.eventsGenerated && event.timestamp <= c.historyEnd)
        event.timestamp = c.historyEnd + 1;
    c.live.push_back(event);
}

const std::vector<EventRecord> &WorkspaceState::visibleEvents(ClusterRecord &c)
{
    if (!c.eventsGenerated) {
        c.events = ClusterEventGenerator::generate(c);
        c.eventsGenerated = true;
    }
    advanceCluster(c);
    for (; c.liveVisible < c.liveApplied; ++c.liveVisible) {
        EventRecord e = c.live[c.liveVisible];
        if (!c.events.empty() && e.timestamp <= c.events.back().timestamp)
            e.timestamp = c.events.back().timestamp + 1;
        c.events.push_back(e);
    }
    return c.events;
}

qint64 WorkspaceState::createClusterForRun(RunRecord &run, const QJsonObject &newCluster)
{
    ClusterRecord c;
    c.seed = run.noise;
    c.clusterId = clusterIdFor(run.startTime, run.noise);
    c.source = u"JOB"_s;
    c.spec = newCluster;
    c.spec.insert(u"cluster_name"_s, u"job-%1-run-%2"_s.arg(run.jobId).arg(run.runId));
    c.creator = run.creator;
    c.state = ClusterState::Pending;
    c.createdTime = run.pendingAt;
    c.startTime = run.pendingAt;
    c.historyEnd = run.pendingAt - 1;
    c.eventBudget = 0;
    c.eventsGenerated = true; // no simulated past: only live events
    const bool autoscale = newCluster.contains(u"autoscale"_s);
    const int minW = autoscale ? newCluster.value(u"autoscale"_s).toObject().value(u"min_workers"_s).toInt()
                               : newCluster.value(u"num_workers"_s).toInt();
    const int maxW
        = autoscale ? newCluster.value(u"autoscale"_s).toObject().value(u"max_workers"_s).toInt() : minW;
    auto add = [&](int type, qint64 at, int current = -1, int target = -1, int cause = NoCause,
                   int reason = NoReason) {
        EventRecord e;
        e.type = quint8(type);
        e.timestamp = at;
        e.current = current;
        e.target = target;
        e.cause = quint8(cause);
        e.reason = quint8(reason);
        pushLive(c, e);
    };
    const qint64 setup = run.runningAt - run.pendingAt;
    add(Creating, run.pendingAt);
    add(InitScriptsStarted, run.pendingAt + setup / 2);
    add(InitScriptsFinished, run.pendingAt + setup * 3 / 4);
    add(Running, run.runningAt - 1, minW, minW);
    add(DriverHealthy, run.runningAt);
    if (maxW > minW) {
        // The job's load scales the cluster up while it runs.
        const qint64 span = run.terminatingAt - run.runningAt;
        const int mid = minW + (maxW - minW + 1) / 2;
        add(Resizing, run.runningAt + span / 5, minW, mid, Autoscale);
        add(UpsizeCompleted, run.runningAt + span * 2 / 5, mid, mid);
        add(Resizing, run.runningAt + span / 2, mid, maxW, Autoscale);
        add(UpsizeCompleted, run.runningAt + span * 3 / 5, maxW, maxW);
        add(Resizing, run.runningAt + span * 4 / 5, maxW, minW, Autoscale);
    }
    add(Terminating, run.endAt, -1, -1, NoCause, JobFinished);
    run.clusterId = c.clusterId;
    addSeedCluster(std::move(c));
    return 0;
}

void WorkspaceState::startCluster(ClusterRecord &c)
{
    const qint64 t = now();
    const bool autoscale = c.spec.contains(u"autoscale"_s);
    const int n = autoscale ? c.spec.value(u"autoscale"_s).toObject().value(u"min_workers"_s).toInt()
                            : c.spec.value(u"num_workers"_s).toInt();
    const int user = 1;
    EventRecord e;
    e.type = Starting;
    e.user = user;
    e.timestamp = t;
    pushLive(c, e);
    e = {};
    e.type = InitScriptsStarted;
    e.timestamp = t + scaled(2000);
    pushLive(c, e);
    e.type = InitScriptsFinished;
    e.timestamp = t + scaled(4000);
    pushLive(c, e);
    e.type = Running;
    e.current = n;
    e.target = n;
    e.timestamp = t + scaled(6000);
    pushLive(c, e);
    e = {};
    e.type = DriverHealthy;
    e.timestamp = t + scaled(6500);
    pushLive(c, e);
    c.terminationReason = 0;
    advanceCluster(c);
}

void WorkspaceState::terminateCluster(ClusterRecord &c)
{
    const qint64 t = now();
    // Drop pending live activity and terminate now.
    while (c.live.size() > c.liveApplied && c.live.back().timestamp > t)
        c.live.pop_back();
    EventRecord e;
    e.type = Terminating;
    e.reason = UserRequestReason;
    e.user = 1;
    e.timestamp = t;
    pushLive(c, e);
    advanceCluster(c);
}

void WorkspaceState::resizeCluster(ClusterRecord &c, int numWorkers, int minWorkers, int maxWorkers)
{
    const qint64 t = now();
    int target = numWorkers;
    if (numWorkers >= 0) {
        c.spec.remove(u"autoscale"_s);
        c.spec.insert(u"num_workers"_s, numWorkers);
    } else {
        c.spec.remove(u"num_workers"_s);
        c.spec.insert(
            u"autoscale"_s, QJsonObject {{u"min_workers"_s, minWorkers}, {u"max_workers"_s, maxWorkers}});
        target = std::clamp(c.currentWorkers, minWorkers, maxWorkers);
    }
    const int current = c.currentWorkers;
    EventRecord e;
    e.type = Resizing;
    e.current = current;
    e.target = target;
    e.cause = UserRequest;
    e.user = 1;
    e.timestamp = t;
    pushLive(c, e);
    e = {};
    if (target >= current) {
        e.type = UpsizeCompleted;
        e.current = target;
        e.target = target;
        e.timestamp = t + scaled(5000);
        pushLive(c, e);
    } else {
        e.type = DecommissionStarted;
        e.current = current;
        e.target = target;
        e.timestamp = t + scaled(1000);
        pushLive(c, e);
        e.type = DecommissionEnded;
        e.current = target;
        e.timestamp = t + scaled(4000);
        pushLive(c, e);
    }
    advanceCluster(c);
}

QJsonObject WorkspaceState::clusterJson(ClusterRecord &c, bool withSpec)
{
    advanceCluster(c);
    QJsonObject o = c.spec;
    o.insert(u"cluster_id"_s, c.clusterId);
    o.insert(u"cluster_source"_s, c.source);
    o.insert(u"creator_user_name"_s, c.creator);
    o.insert(u"state"_s, stateName(c.state));
    const bool up = c.state == ClusterState::Running || c.state == ClusterState::Resizing;
    QString message;
    if (c.state == ClusterState::Pending)
        message = u"Setting up 2 nodes."_s;
    else if (c.state == ClusterState::Terminated)
        message = c.terminationReason == Inactivity
            ? u"Inactive cluster terminated (inactive for %1 minutes)."_s.arg(
                c.spec.value(u"autotermination_minutes"_s).toInt())
            : QString();
    o.insert(u"state_message"_s, message);
    o.insert(u"start_time"_s, c.startTime);
    if (c.lastRestartedTime)
        o.insert(u"last_restarted_time"_s, c.lastRestartedTime);
    if (c.state == ClusterState::Terminated || c.state == ClusterState::Terminating) {
        o.insert(u"terminated_time"_s, c.terminatedTime);
        if (c.terminationReason) {
            QJsonObject params;
            if (c.terminationReason == Inactivity)
                params.insert(u"inactivity_duration_min"_s,
                    QString::number(c.spec.value(u"autotermination_minutes"_s).toInt()));
            if (c.terminationReason == UserRequestReason)
                params.insert(u"username"_s, c.creator);
            o.insert(u"termination_reason"_s,
                QJsonObject {{u"code"_s, reasonCode(c.terminationReason)},
                    {u"type"_s, reasonType(c.terminationReason)}, {u"parameters"_s, params}});
        }
    }
    const bool autoscale = c.spec.contains(u"autoscale"_s);
    if (autoscale)
        o.insert(u"num_workers"_s, up ? c.targetWorkers : 0);
    const QJsonObject node
        = seedcatalog::nodeTypeJson(m_options.cloud, c.spec.value(u"node_type_id"_s).toString());
    const int cores = node.value(u"num_cores"_s).toInt(4);
    const int memory = node.value(u"memory_mb"_s).toInt(16384);
    if (up || c.state == ClusterState::Restarting) {
        auto sparkNode = [&](int i) {
            const quint64 h = (c.seed + quint64(i) * 0x9E3779B97F4A7C15ULL) ^ quint64(c.lastRestartedTime);
            return QJsonObject {{u"node_id"_s,
                                    QString(QString::number(h, 16).rightJustified(16, u'0')
                                        + QString::number(h >> 7, 16).left(16))},
                {u"instance_id"_s, u"i-0%1"_s.arg(h % 0xFFFFFFFFFFFULL, 15, 16, QChar(u'0'))},
                {u"private_ip"_s, u"10.%1.%2.%3"_s.arg(h % 200).arg((h >> 8) % 250).arg(i + 4)},
                {u"host_private_ip"_s, u"10.%1.%2.%3"_s.arg(h % 200).arg((h >> 8) % 250 + 1).arg(i + 4)},
                {u"start_timestamp"_s, c.lastRestartedTime ? c.lastRestartedTime : c.startTime},
                {u"node_aws_attributes"_s, QJsonObject {{u"is_spot"_s, c.spot && i > 0}}}};
        };
        o.insert(u"driver"_s, sparkNode(0));
        QJsonArray executors;
        for (int i = 1; i <= c.currentWorkers; ++i)
            executors.append(sparkNode(i));
        o.insert(u"executors"_s, executors);
        o.insert(u"spark_context_id"_s, QString::number(c.seed % 9'000'000'000'000'000'000ULL));
        o.insert(u"jdbc_port"_s, 10000);
        o.insert(u"cluster_cores"_s, double(cores * (c.currentWorkers + 1)));
        o.insert(u"cluster_memory_mb"_s, memory * (c.currentWorkers + 1));
    }
    o.insert(u"default_tags"_s,
        QJsonObject {{u"Vendor"_s, u"Databricks"_s}, {u"Creator"_s, c.creator},
            {u"ClusterName"_s, c.spec.value(u"cluster_name"_s)}, {u"ClusterId"_s, c.clusterId}});
    o.insert(u"disk_spec"_s, QJsonObject {});
    o.insert(u"init_scripts_safe_mode"_s, false);
    o.insert(u"cluster_log_status"_s, QJsonObject {{u"last_attempted"_s, c.startTime}});
    if (withSpec)
        o.insert(u"spec"_s, c.spec);
    return o;
}

} // namespace brickdesk::emulator
