#include "runengine.h"

#include "clusterstore.h"
#include "emulatorlogging.h"
#include "jobstore.h"
#include "runphase.h"
#include "runstore.h"
#include "taskgraph.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

// Upstream task keys that `task` waits for with a condition outcome ("true"/"false").
QHash<QString, QString> outcomeDependencies(const QJsonObject &task)
{
    QHash<QString, QString> out;
    const QJsonArray deps = task.value(u"depends_on"_s).toArray();
    for (const QJsonValue &d : deps) {
        const QJsonObject o = d.toObject();
        if (o.contains(u"outcome"_s))
            out.insert(o.value(u"task_key"_s).toString(), o.value(u"outcome"_s).toString());
    }
    return out;
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
        const TaskRunRecord &t = run->tasks[i];
        const bool iteration = std::any_of(t.iterations.begin(), t.iterations.end(),
            [taskRunId](const TaskRunRecord &it) { return it.runId == taskRunId; });
        if (t.runId == taskRunId || iteration) {
            *parent = run;
            *taskIndex = int(i);
            return true;
        }
    }
    return false;
}

TaskRunRecord *RunEngine::taskRun(qint64 taskRunId, RunRecord **parent)
{
    int index = -1;
    if (!findTaskRun(taskRunId, parent, &index))
        return nullptr;
    TaskRunRecord &t = (*parent)->tasks[index];
    if (t.runId == taskRunId)
        return &t;
    for (TaskRunRecord &it : t.iterations) {
        if (it.runId == taskRunId)
            return &it;
    }
    return nullptr;
}

void RunEngine::ensureTasks(RunRecord &run)
{
    if (run.tasksReady)
        return;
    run.tasksReady = true;
    const QJsonArray tasks = run.jobSettings.value(u"tasks"_s).toArray();
    const QList<int> levels = taskgraph::levels(tasks);
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
    completeTaskGraph(run, false);
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
    const QList<int> levels = taskgraph::levels(tasks);
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
    completeTaskGraph(run, true);
}

void RunEngine::completeTaskGraph(RunRecord &run, bool live)
{
    // Disabled tasks never run; condition tasks evaluate to an outcome, and the tasks that wait
    // for the other outcome (and everything downstream of them) are excluded.
    QHash<QString, int> byKey;
    for (qsizetype i = 0; i < run.tasks.size(); ++i) {
        TaskRunRecord &t = run.tasks[i];
        byKey.insert(t.taskKey, int(i));
        if (t.task.value(u"disabled"_s).toBool()) {
            t.skipped = true;
            t.result = RunResult::Disabled;
        } else if (t.task.contains(u"condition_task"_s) && !t.skipped) {
            t.conditionOutcome = ((run.noise >> (i % 48)) & 3) == 0 ? u"false"_s : u"true"_s;
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (TaskRunRecord &t : run.tasks) {
            if (t.skipped)
                continue;
            const QHash<QString, QString> wanted = outcomeDependencies(t.task);
            bool excluded = false;
            for (auto it = wanted.constBegin(); it != wanted.constEnd() && !excluded; ++it) {
                const int up = byKey.value(it.key(), -1);
                excluded = up >= 0
                    && (run.tasks[up].result == RunResult::Excluded
                        || (!run.tasks[up].conditionOutcome.isEmpty()
                            && run.tasks[up].conditionOutcome != *it));
            }
            const QJsonArray deps = t.task.value(u"depends_on"_s).toArray();
            for (const QJsonValue &d : deps) {
                const int up = byKey.value(d.toObject().value(u"task_key"_s).toString(), -1);
                excluded = excluded || (up >= 0 && run.tasks[up].result == RunResult::Excluded);
            }
            if (excluded) {
                t.skipped = true;
                t.result = RunResult::Excluded;
                changed = true;
            }
        }
    }
    // For-each tasks: one task run per input, `concurrency` at a time, within the task's own
    // running time. Ids follow the task runs' (seeded) or are allocated (live).
    qint64 nextId = run.runId + 1 + run.tasks.size();
    for (TaskRunRecord &t : run.tasks) {
        const int count = taskgraph::iterationCount(t.task);
        if (count == 0)
            continue;
        const qint64 firstId = nextId;
        nextId += count;
        if (t.skipped)
            continue;
        buildIterations(run, t, firstId, live);
    }
    for (TaskRunRecord &t : run.tasks) {
        if (t.task.contains(u"run_job_task"_s))
            t.childRunId = run.childRuns.value(t.taskKey, t.childRunId);
    }
}

qint64 RunEngine::start(qint64 jobId, const QJsonObject &settings, const QString &runName,
    const QString &trigger, const QJsonObject &overriding, const QJsonArray &jobParameters,
    const QString &idempotencyToken, const QString &creator, const QString &performanceTarget)
{
    const int taskCount = taskgraph::runIdSpan(settings.value(u"tasks"_s).toArray());
    RunRecord run;
    run.runId = m_runs.allocateRunId(taskCount);
    run.performanceTarget = performanceTarget;
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
    startChildRuns(runId, creator);
    return runId;
}

void RunEngine::buildIterations(RunRecord &run, TaskRunRecord &t, qint64 firstId, bool live)
{
    const int count = taskgraph::iterationCount(t.task);
    if (count == 0)
        return;
    const QJsonObject forEach = t.task.value(u"for_each_task"_s).toObject();
    const QJsonObject nested = forEach.value(u"task"_s).toObject();
    const int concurrency = std::max(1, forEach.value(u"concurrency"_s).toInt(1));
    const int waves = (count + concurrency - 1) / concurrency;
    const qint64 span = std::max<qint64>(waves, t.terminatingAt - t.runningAt);
    const qint64 wave = std::max<qint64>(1, span / waves);
    const int failing = t.result == RunResult::Success ? -1 : count / 2;
    t.iterations.clear();
    t.iterations.reserve(size_t(count));
    for (int k = 0; k < count; ++k) {
        TaskRunRecord it;
        it.runId = live ? m_runs.allocateRunId(0) : firstId + k;
        it.task = nested;
        it.taskKey = nested.value(u"task_key"_s).toString();
        it.clusterId = t.clusterId;
        it.queuedAt = t.runningAt + (k / concurrency) * wave;
        it.runningAt = it.queuedAt + std::max<qint64>(1, wave / 20);
        it.terminatingAt = std::max(it.runningAt + 1, it.queuedAt + wave * 9 / 10);
        it.endAt = it.terminatingAt + std::max<qint64>(1, wave / 40);
        it.cancelledAt = t.cancelledAt;
        it.result = k == failing ? t.result : RunResult::Success;
        if (live)
            m_runs.registerTaskRun(it.runId, run.runId);
        t.iterations.push_back(it);
    }
}

void RunEngine::startChildRuns(qint64 runId, const QString &creator)
{
    // Run-job tasks start a run of their job; the task run and the child link to each other
    // (run_job_output.run_id, trigger_info.run_id). Depth-limited: a job may run itself.
    static int depth = 0;
    if (depth > 2)
        return;
    ++depth;
    QList<std::pair<QString, qint64>> children; // task key -> job id
    if (RunRecord *run = m_runs.find(runId)) {
        for (const TaskRunRecord &t : std::as_const(run->tasks)) {
            if (t.task.contains(u"run_job_task"_s) && !t.skipped)
                children.append(
                    {t.taskKey, t.task.value(u"run_job_task"_s).toObject().value(u"job_id"_s).toInteger()});
        }
    }
    for (const auto &[key, jobId] : std::as_const(children)) {
        const auto job = m_runs.jobs().jobs().find(jobId);
        if (job == m_runs.jobs().jobs().end())
            continue;
        const QJsonObject settings = job->second.settings;
        const qint64 child = start(jobId, settings, settings.value(u"name"_s).toString(), u"RUN_JOB_TASK"_s,
            {}, {}, {}, creator, {});
        RunRecord *parent = m_runs.find(runId); // start() may have moved the runs
        RunRecord *childRun = m_runs.find(child);
        if (!parent || !childRun)
            continue;
        for (TaskRunRecord &t : parent->tasks) {
            if (t.taskKey == key) {
                t.childRunId = child;
                childRun->triggerRunId = t.runId;
            }
        }
    }
    --depth;
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
            for (TaskRunRecord &iteration : task.iterations) {
                if (iteration.endAt > t && iteration.cancelledAt == 0)
                    iteration.cancelledAt = t;
            }
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

qint64 RunEngine::repair(RunRecord &run, const QStringList &taskKeys, const QString &performanceTarget)
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
        if (fresh.task.value(u"disabled"_s).toBool()) {
            fresh.skipped = true;
            fresh.result = RunResult::Disabled;
        } else if (fresh.task.contains(u"condition_task"_s)) {
            fresh.conditionOutcome = u"true"_s;
        }
        lastEnd = std::max(lastEnd, fresh.endAt);
        m_runs.registerTaskRun(fresh.runId, run.runId);
        newIds.append(fresh.runId);
        if (!fresh.skipped)
            buildIterations(run, fresh, 0, true);
        task = fresh;
    }
    // The parent is active again until the repaired tasks finish.
    RunResult result = RunResult::Success;
    for (const TaskRunRecord &task : std::as_const(run.tasks)) {
        const bool neverRuns = task.result == RunResult::Excluded || task.result == RunResult::Disabled;
        if (task.result != RunResult::Success && !neverRuns
            && !(task.skipped && taskKeys.contains(task.taskKey)))
            result = task.result;
    }
    run.result = result;
    run.cancelledAt = 0;
    run.terminatingAt = lastEnd - m_clock.scaled(300);
    run.endAt = lastEnd;
    run.runningAt = std::min(run.runningAt, t);
    ++run.repairCount;
    run.lastRepairId = repairId;
    QJsonObject item {{u"type"_s, u"REPAIR"_s}, {u"id"_s, repairId}, {u"start_time"_s, t}, {u"end_time"_s, 0},
        {u"task_run_ids"_s, newIds}};
    if (!performanceTarget.isEmpty())
        item.insert(u"effective_performance_target"_s, performanceTarget);
    run.repairHistory.append(item);
    return repairId;
}

} // namespace brickdesk::emulator
