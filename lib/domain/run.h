#pragma once

#include "domain/rundisplaystate.h"
#include "domain/runstate.h"
#include "domain/runstatus.h"
#include "domain/runtask.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace brickdesk {

// A job parameter of a run: its name and the value the run used (the default when not set).
struct RunParameter
{
    QString name;
    QString value;
};

// BaseRun (runs/list) or Run (runs/get), guide §1.4. Keeps the raw object; ids via
// toInteger() (exact below 2^53, see Job).
class Run final
{
public:
    Run() = default;
    static Run fromJson(const QJsonObject &run);

    bool isValid() const { return m_id > 0; }
    qint64 id() const { return m_id; }
    qint64 jobId() const { return m_jobId; }
    QString runName() const;
    QString creatorUserName() const;
    QString runType() const; // JOB_RUN | WORKFLOW_RUN | SUBMIT_RUN
    QString trigger() const; // PERIODIC, ONE_TIME, RETRY, ...
    int attemptNumber() const;
    qint64 startTimeMs() const { return m_startTime; }
    qint64 endTimeMs() const; // 0 while running
    QDateTime startTime() const;
    QDateTime endTime() const; // invalid while running
    // run_duration (multitask runs) if present, else setup + execution + cleanup; -1 if unknown.
    qint64 durationMs() const;
    qint64 queueDurationMs() const;
    // The phases (ms, 0 when not known): cluster setup, the tasks, cleanup.
    qint64 setupDurationMs() const;
    qint64 executionDurationMs() const;
    qint64 cleanupDurationMs() const;
    RunState state() const;
    RunStatus status() const;
    RunDisplayState displayState() const { return m_display; }
    QString runPageUrl() const;
    QString clusterId() const; // cluster_instance.cluster_id, once the cluster exists
    QVector<RunTask> tasks() const;
    // runs/get of a for-each task run: one task run per iteration (all pages when fetched
    // with getRunComplete).
    QVector<RunTask> iterations() const;
    qint64 parentRunId() const; // runs/get of a task run id: the run it belongs to
    // The run-job task run that started this run (trigger RUN_JOB_TASK): trigger_info.run_id.
    qint64 triggerRunId() const;
    QString effectivePerformanceTarget() const; // STANDARD, PERFORMANCE_OPTIMIZED, or as it comes
    QString effectiveUsagePolicyId() const;
    QJsonArray repairHistory() const;
    // repair_history's latest REPAIR id (for latest_repair_id), 0 if never repaired.
    qint64 latestRepairId() const;
    QVector<RunParameter> jobParameters() const;
    // overriding_parameters: what run-now or a repair set (job_parameters, notebook_params,
    // python_params...), each with its value as compact JSON text.
    QList<std::pair<QString, QString>> overridingParameters() const;
    // A run without tasks (a legacy single-task run) stands for its own task.
    RunTask asTask() const { return RunTask::fromJson(m_raw); }
    bool hasMore() const;

    QJsonObject raw() const { return m_raw; }

private:
    qint64 m_id = 0;
    qint64 m_jobId = 0;
    qint64 m_startTime = 0;
    QJsonObject m_raw;
    RunDisplayState m_display;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::Run)
