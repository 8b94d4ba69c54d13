#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace brickdesk::emulator {

// Internal storage of the emulated workspace. Kept compact (plain integers) where there are
// many of them, so seeding thousands of runs and 100,000 events per cluster stays cheap; JSON
// is produced on demand, one page at a time.

// Excluded: a condition upstream was not met; Disabled: the task is disabled in the job. Both
// are never executed, like skipped tasks.
enum class RunResult : quint8 { Success, Failed, TimedOut, Canceled, InternalError, Excluded, Disabled };

struct JobRecord
{
    qint64 jobId = 0;
    qint64 createdTime = 0;
    QString creator;
    QString runAs;
    QJsonObject settings; // exactly what the client sent (unknown fields included)
    bool createdVia22 = true;
    // Direct permissions as set through permissions/jobs (JobAccessControlRequest entries);
    // unset: the seeded default (see PermissionsApi::directAcl).
    std::optional<QJsonArray> acl;
};

struct TaskRunRecord
{
    qint64 runId = 0;
    QString taskKey;
    QJsonObject task; // task definition at run time
    qint64 queuedAt = 0; // start_time
    qint64 runningAt = 0; // setup finished, execution starts
    qint64 terminatingAt = 0;
    qint64 endAt = 0;
    RunResult result = RunResult::Success;
    bool skipped = false; // upstream failed: never started
    qint64 cancelledAt = 0; // user cancelled at (0 = not)
    int attempt = 0;
    QString clusterId;
    int repairId = 0; // 0 = original run
    QString conditionOutcome; // condition tasks: "true" / "false" once evaluated
    qint64 childRunId = 0; // run-job tasks: the run of the other job they started
    std::vector<TaskRunRecord> iterations; // for-each tasks: one task run per input
};

struct RunRecord
{
    qint64 runId = 0;
    qint64 jobId = 0; // 0 for one-time submitted runs
    QString runName;
    QString runType; // JOB_RUN, SUBMIT_RUN
    QString trigger; // PERIODIC, ONE_TIME, RETRY, ...
    QString creator;
    qint64 startTime = 0; // queued at
    qint64 pendingAt = 0; // left the queue
    qint64 runningAt = 0;
    qint64 terminatingAt = 0;
    qint64 endAt = 0;
    qint64 cancelledAt = 0;
    RunResult result = RunResult::Success;
    bool deleted = false;
    bool tasksReady = false; // seeded runs build their task runs on first access
    QJsonObject jobSettings; // settings snapshot (tasks, job_clusters, schedule, ...)
    QList<TaskRunRecord> tasks;
    QJsonObject overridingParameters;
    QJsonArray jobParameters; // [{name, default, value}]
    QString idempotencyToken;
    QString clusterId; // the cluster of the (first) task
    QJsonArray repairHistory;
    int repairCount = 0;
    qint64 lastRepairId = 0;
    quint64 noise = 0; // per-run randomness
    QString performanceTarget; // run-now's performance_target (empty: the job's)
    qint64 triggerRunId = 0; // runs started by a run-job task: that task run (trigger_info.run_id)
    QHash<QString, qint64> childRuns; // seeded runs: run-job task key -> the child run it started
};

// Cluster events: one compact record each.
struct EventRecord
{
    qint64 timestamp = 0;
    quint8 type = 0; // EventType
    quint8 cause = 0; // index into the cause names (0 = none)
    quint8 reason = 0; // index into the reason table (0 = none)
    quint8 user = 0; // index into the user list (0 = control plane)
    qint32 current = -1; // current_num_workers (-1 = absent)
    qint32 target = -1; // target_num_workers (-1 = absent)
};

enum class ClusterState : quint8 { Pending, Running, Restarting, Resizing, Terminating, Terminated, Error };

struct ClusterRecord
{
    QString clusterId;
    QString source; // UI, API, JOB
    QJsonObject spec; // cluster_name, spark_version, node_type_id, autoscale/num_workers, ...
    QString creator;
    ClusterState state = ClusterState::Running;
    bool pinned = false;
    int currentWorkers = 0;
    int targetWorkers = 0;
    qint64 createdTime = 0;
    qint64 startTime = 0;
    qint64 terminatedTime = 0;
    qint64 lastRestartedTime = 0;
    quint8 terminationReason = 0; // eventtypes::Reason of the last termination
    qint64 historyEnd = 0; // end of the simulated history (termination or emulator start)
    bool spot = false;
    quint64 seed = 0;
    int eventBudget = 0; // number of history events to generate
    bool eventsGenerated = false;
    std::vector<EventRecord> events; // ascending by timestamp
    // Events of live activity (start, resize, terminate, job runs), possibly in the future;
    // those with timestamp <= now are visible after the history, and their effect on the
    // cluster's state is applied once (liveApplied counts how many were).
    std::vector<EventRecord> live;
    size_t liveApplied = 0;
    size_t liveVisible = 0; // how many were appended to `events`
    qint64 jobRunId = 0; // job clusters: the run that created it
};

} // namespace brickdesk::emulator
