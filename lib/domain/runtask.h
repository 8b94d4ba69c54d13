#pragma once

#include "domain/rundisplaystate.h"
#include "domain/runstate.h"
#include "domain/runstatus.h"
#include "domain/task.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// One element of Run.tasks: the task definition plus per-task run fields (guide §1.4).
class RunTask final
{
public:
    RunTask() = default;
    static RunTask fromJson(const QJsonObject &runTask);

    qint64 runId() const; // the task run id: use it for runs/get-output
    QString taskKey() const;
    int attemptNumber() const;
    qint64 startTimeMs() const;
    qint64 endTimeMs() const; // 0 while running
    // run_duration if present, else setup + execution + cleanup (ms); -1 if none known.
    qint64 durationMs() const;
    qint64 queueDurationMs() const;
    // The phases of the task run (ms, 0 when not known): cluster setup, the task, cleanup.
    qint64 setupDurationMs() const;
    qint64 executionDurationMs() const;
    qint64 cleanupDurationMs() const;
    RunState state() const;
    RunStatus status() const;
    RunDisplayState displayState() const;
    QString clusterId() const; // cluster_instance.cluster_id
    QString runPageUrl() const;
    Task task() const { return Task::fromJson(m_raw); }
    // condition_task.outcome once the condition is evaluated: "true", "false" ("" before).
    QString conditionOutcome() const;
    // for_each_task.stats.task_run_stats: how many iterations there are and how far they are.
    struct ForEachStats
    {
        int total = 0;
        int scheduled = 0;
        int active = 0;
        int completed = 0;
        int succeeded = 0;
        int failed = 0;
    };
    bool isForEach() const;
    ForEachStats forEachStats() const;
    QString effectivePerformanceTarget() const;

    QJsonObject raw() const { return m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
