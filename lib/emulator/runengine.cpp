#include "runengine.h"

#include "clusterstore.h"
#include "emulatorlogging.h"
#include "runphase.h"
#include "runstore.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

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

} // namespace

RunEngine::RunEngine(const EmulatorOptions &options, const WorkspaceClock &clock, QRandomGenerator &rng,
    RunStore &runs, ClusterStore &clusters)
    : m_options(options)
    , m_clock(clock)
    , m_rng(rng)
    , m_runs(runs)
    , m_clusters(clusters)
{ }

bool RunEngine::isActive(RunRecord &run) const
{
    const qint64 t = m_clock.now();
    if (run.cancelledAt > 0 && run.cancelledAt <= t)
        return t < run.cancelledAt + m_clock.scaled(1500) && run.cancelledAt >= run.runningAt;
    return t < run.endAt;
}

bool RunEngine::findTaskRun(qint64 taskRunId, RunRecord **parent, int *taskIndex)
{
    RunRecord *run = m_runs.parentOfTaskRun(taskRunId);
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

void RunEngine::ensureTasks(RunRecord &run)
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
    if (lastEnd > 0 && run.endAt < m_clock.now()) {
        run.terminatingAt = std::min(run.terminatingAt, lastEnd);
        run.endAt = lastEnd;
    }
}

void RunEngine::scheduleTimeline(RunRecord &run, qint64 from, bool forceResults)
{
    // Live timeline, in real time divided by the time scale.
    const QJsonArray tasks = run.jobSettings.value(u"tasks"_s).toArray();
    const QList<int> levels = taskLevels(tasks);
    const int levelCount = levels.isEmpty() ? 1 : *std::max_element(levels.begin(), levels.end()) + 1;
    run.startTime = from;
    run.pendingAt = from + m_clock.scaled(1500);
    run.runningAt = run.pendingAt + m_clock.scaled(6000);
    qint64 cursor = run.runningAt;
    QList<qint64> levelStart(levelCount + 1, 0);
    for (int l = 0; l < levelCount; ++l) {
        levelStart[l] = cursor;
        cursor += m_clock.scaled(8000 + m_rng.bounded(8000));
    }
    levelStart[levelCount] = cursor;
    run.terminatingAt = cursor;
    run.endAt = cursor + m_clock.scaled(1500);
    if (forceResults)
        run.result = m_rng.bounded(1.0) < m_options.liveFailureRate ? RunResult::Failed : RunResult::Success;
    const int failingLevel = run.result == RunResult::Failed ? int(m_rng.bounded(levelCount)) : -1;
    bool failedOne = false;
    run.tasks.clear();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        TaskRunRecord t;
        t.runId = run.runId + 1 + i;
        t.task = tasks[i].toObject();
        t.taskKey = t.task.value(u"task_key"_s).toString();
        const int level = levels[i];
        t.queuedAt = level == 0 ? run.pendingAt : levelStart[level];
        t.runningAt = levelStart[level] + m_clock.scaled(500);
        t.terminatingAt = levelStart[level + 1] - m_clock.scaled(800);
        t.endAt = levelStart[level + 1] - m_clock.scaled(200);
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
        m_runs.registerTaskRun(t.runId, run.runId);
        run.tasks.append(t);
    }
    run.tasksReady = true;
}

qint64 RunEngine::start(qint64 jobId, const QJsonObject &settings, const QString &runName,
    const QString &trigger, const QJsonObject &overriding, const QJsonArray &jobParameters,
    const QString &idempotencyToken, const QString &creator)
{
    const int taskCount = int(settings.value(u"tasks"_s).toArray().size());
    RunRecord run;
    run.runId = m_runs.allocateRunId(taskCount);
    run.jobId = jobId;
    run.runName = runName;
    run.runType = jobId ? u"JOB_RUN"_s : u"SUBMIT_RUN"_s;
    run.trigger = trigger;
    run.creator = creator;
    run.jobSettings = settings;
    run.overridingParameters = overriding;
    run.jobParameters = jobParameters;
    run.idempotencyToken = idempotencyToken;
    run.noise = m_rng.generate64();
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
    scheduleTimeline(run, m_clock.now(), true);
    const qint64 runId = run.runId;
    RunRecord &stored = m_runs.append(std::move(run));
    if (!newCluster.isEmpty()) {
        stored.clusterId = QString();
        m_clusters.createForRun(stored, newCluster);
        for (TaskRunRecord &t : stored.tasks) {
            if (!t.task.contains(u"existing_cluster_id"_s))
                t.clusterId = stored.clusterId;
        }
    }
    qCDebug(lcEmulator) << "started run" << runId << "of job" << jobId;
    return runId;
}

void RunEngine::cancel(RunRecord &run, int taskIndex)
{
    const qint64 t = m_clock.now();
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
        m_clusters.terminateJobCluster(run.clusterId, t);
    }
}

qint64 RunEngine::repair(RunRecord &run, const QStringList &taskKeys)
{
    ensureTasks(run);
    const qint64 t = m_clock.now();
    const qint64 repairId = m_runs.allocateRunId(0);
    if (run.repairHistory.isEmpty()) {
        QJsonArray ids;
        for (const TaskRunRecord &task : std::as_const(run.tasks))
            ids.append(task.runId);
        const RunPhase original = RunPhase::at(t, run.startTime, run.pendingAt, run.runningAt,
            run.terminatingAt, run.endAt, run.cancelledAt, run.result, false, m_clock.scaled(1500));
        run.repairHistory.append(QJsonObject {{u"type"_s, u"ORIGINAL"_s}, {u"start_time"_s, run.startTime},
            {u"end_time"_s, original.endTime}, {u"state"_s, original.stateJson()},
            {u"status"_s, original.statusJson()}, {u"task_run_ids"_s, ids}});
    }
    QJsonArray newIds;
    qint64 cursor = t + m_clock.scaled(1000);
    qint64 lastEnd = cursor;
    for (TaskRunRecord &task : run.tasks) {
        if (!taskKeys.contains(task.taskKey))
            continue;
        TaskRunRecord fresh;
        fresh.task = task.task;
        fresh.taskKey = task.taskKey;
        fresh.runId = m_runs.allocateRunId(0);
        fresh.attempt = task.attempt + 1;
        fresh.repairId = int(run.repairHistory.size());
        fresh.clusterId = task.clusterId;
        fresh.queuedAt = cursor;
        fresh.runningAt = cursor + m_clock.scaled(2000);
        fresh.terminatingAt = fresh.runningAt + m_clock.scaled(6000 + m_rng.bounded(4000));
        fresh.endAt = fresh.terminatingAt + m_clock.scaled(500);
        fresh.result
            = m_rng.bounded(1.0) < m_options.liveFailureRate ? RunResult::Failed : RunResult::Success;
        lastEnd = std::max(lastEnd, fresh.endAt);
        m_runs.registerTaskRun(fresh.runId, run.runId);
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
    run.terminatingAt = lastEnd - m_clock.scaled(300);
    run.endAt = lastEnd;
    run.runningAt = std::min(run.runningAt, t);
    ++run.repairCount;
    run.lastRepairId = repairId;
    run.repairHistory.append(QJsonObject {{u"type"_s, u"REPAIR"_s}, {u"id"_s, repairId}, {u"start_time"_s, t},
        {u"end_time"_s, 0}, {u"task_run_ids"_s, newIds}});
    return repairId;
}

} // namespace brickdesk::emulator
