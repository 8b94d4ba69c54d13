#pragma once

#include "emulatoroptions.h"
#include "workspaceclock.h"
#include "workspacerecords.h"

#include <QRandomGenerator>
#include <QStringList>

namespace brickdesk::emulator {

class ClusterStore;
class RunStore;

// How runs behave over time: seeded runs get their task runs on first access, live runs
// (run-now, submit, repair) get a timeline from the clock; cancelling and repairing change it.
class RunEngine final
{
public:
    RunEngine(const EmulatorOptions &options, const WorkspaceClock &clock, QRandomGenerator &rng,
        RunStore &runs, ClusterStore &clusters);

    void ensureTasks(RunRecord &run);
    bool isActive(RunRecord &run) const;
    // A task run: its parent run and index in parent->tasks.
    // (for a for-each iteration: the index of its for-each task).
    bool findTaskRun(qint64 taskRunId, RunRecord **parent, int *taskIndex);
    // The task run or for-each iteration with this id, and its run; nullptr when there is none.
    TaskRunRecord *taskRun(qint64 taskRunId, RunRecord **parent);
    // Starts a live run of a job (run-now) or of a one-time task list (runs/submit).
    qint64 start(qint64 jobId, const QJsonObject &settings, const QString &runName, const QString &trigger,
        const QJsonObject &overriding, const QJsonArray &jobParameters, const QString &idempotencyToken,
        const QString &creator, const QString &performanceTarget = {});
    void cancel(RunRecord &run, int taskIndex = -1);
    // Reruns the given tasks (by key) of a finished run; returns the repair id.
    qint64 repair(RunRecord &run, const QStringList &taskKeys, const QString &performanceTarget = {});

private:
    void scheduleTimeline(RunRecord &run, qint64 from, bool forceResults);
    void completeTaskGraph(RunRecord &run, bool live);
    void buildIterations(RunRecord &run, TaskRunRecord &task, qint64 firstId, bool live);
    void startChildRuns(qint64 runId, const QString &creator);

    const EmulatorOptions &m_options;
    const WorkspaceClock &m_clock;
    QRandomGenerator &m_rng;
    RunStore &m_runs;
    ClusterStore &m_clusters;
};

} // namespace brickdesk::emulator
