#pragma once

#include "clusterstore.h"
#include "emulatoroptions.h"
#include "jobstore.h"
#include "runengine.h"
#include "runjson.h"
#include "runstore.h"
#include "statepersistence.h"
#include "workspaceclock.h"
#include "workspacerecords.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <map>
#include <vector>

namespace brickdesk::emulator {

// The emulated workspace: its jobs (JobStore), runs (RunStore, RunEngine, RunJson), clusters
// (ClusterStore) and what --state persists (StatePersistence), behind the one interface the
// API handlers use. Not thread-safe: it lives on the emulator's thread.
class WorkspaceState final
{
public:
    explicit WorkspaceState(const EmulatorOptions &options);

    const EmulatorOptions &options() const { return m_options; }
    qint64 now() const { return m_clock.now(); }
    qint64 seededAt() const { return m_seededAt; }
    void setHost(const QString &host) { m_host = host; }
    QString host() const { return m_host; }
    QString apiUser() const; // who the API caller is (creator of jobs and runs)
    QStringList apiUserGroups() const; // the groups the API caller belongs to ("users" first)

    JobStore &jobStore() { return m_jobs; }
    RunStore &runStore() { return m_runs; }
    RunEngine &runEngine() { return m_engine; }
    const RunJson &runRenderer() const { return m_runJson; }
    ClusterStore &clusterStore() { return m_clusters; }

    // --- jobs
    std::map<qint64, JobRecord> &jobs() { return m_jobs.jobs(); }
    const std::map<qint64, JobRecord> &jobs() const { return m_jobs.jobs(); }
    JobRecord *findJob(qint64 jobId) { return m_jobs.find(jobId); }
    qint64 createJob(const QJsonObject &settings, bool via22);
    void deleteJob(qint64 jobId);
    // Job (withTasks) or BaseJob JSON (list items without tasks and job clusters).
    QJsonObject jobJson(const JobRecord &job, bool withTasks) const;

    // --- runs
    std::vector<RunRecord> &runs() { return m_runs.runs(); }
    RunRecord *findRun(qint64 runId) { return m_runs.find(runId); }
    // A task run: its parent run and index in parent->tasks.
    bool findTaskRun(qint64 taskRunId, RunRecord **parent, int *taskIndex)
    {
        return m_engine.findTaskRun(taskRunId, parent, taskIndex);
    }
    TaskRunRecord *findTaskRunRecord(qint64 taskRunId, RunRecord **parent)
    {
        return m_engine.taskRun(taskRunId, parent);
    }
    void ensureTasks(RunRecord &run) { m_engine.ensureTasks(run); }
    bool isRunVisible(const RunRecord &run) const { return m_runs.isVisible(run); }
    bool isRunActive(RunRecord &run) { return m_engine.isActive(run); }
    const std::vector<size_t> &runIndicesOfJob(qint64 jobId) const { return m_runs.indicesOfJob(jobId); }
    QJsonObject runJson(RunRecord &run, bool withTasks, bool withHistory);
    QJsonObject taskRunJson(RunRecord &run, const TaskRunRecord &task);
    QJsonObject taskRunAsRunJson(RunRecord &run, const TaskRunRecord &task)
    {
        return m_runJson.taskRunAsRun(run, task);
    }
    // Starts a live run of a job (run-now) or of a one-time task list (runs/submit).
    qint64 startRun(qint64 jobId, const QJsonObject &settings, const QString &runName, const QString &trigger,
        const QJsonObject &overriding, const QJsonArray &jobParameters, const QString &idempotencyToken,
        const QString &performanceTarget = {});
    qint64 runForIdempotencyToken(const QString &token) const { return m_runs.runForIdempotencyToken(token); }
    void cancelRun(RunRecord &run, int taskIndex = -1) { m_engine.cancel(run, taskIndex); }
    // Reruns the given tasks (by key) of a finished run; returns the repair id.
    qint64 repairRun(RunRecord &run, const QStringList &taskKeys, const QString &performanceTarget = {})
    {
        return m_engine.repair(run, taskKeys, performanceTarget);
    }
    QJsonObject runOutputJson(RunRecord &run, const TaskRunRecord &task);

    // --- clusters
    std::vector<ClusterRecord> &clusters() { return m_clusters.clusters(); }
    ClusterRecord *findCluster(const QString &clusterId) { return m_clusters.find(clusterId); }
    void advanceCluster(ClusterRecord &cluster) { m_clusters.advance(cluster); }
    // The oldest event time still served (retention, EmulatorOptions::eventRetentionDays).
    qint64 eventsKeptFrom() const;
    // History plus due live events, ascending. Generates the history on first use.
    const std::vector<EventRecord> &visibleEvents(ClusterRecord &cluster)
    {
        return m_clusters.visibleEvents(cluster);
    }
    QJsonObject clusterJson(ClusterRecord &cluster, bool withSpec);
    void startCluster(ClusterRecord &cluster) { m_clusters.start(cluster); }
    void terminateCluster(ClusterRecord &cluster) { m_clusters.terminate(cluster); }
    void resizeCluster(ClusterRecord &cluster, int numWorkers, int minWorkers, int maxWorkers)
    {
        m_clusters.resize(cluster, numWorkers, minWorkers, maxWorkers);
    }
    static QString stateName(ClusterState state);

    // --- persistence (--state FILE): jobs created, changed or deleted since seeding.
    void markJobChanged(qint64 jobId);
    bool saveState(QString *error = nullptr) const { return m_persistence.save(m_jobs, error); }
    bool loadState(QString *error = nullptr) { return m_persistence.load(m_jobs, error); }

    // Seeding hooks (WorkspaceSeeder fills these).
    void addSeedJob(JobRecord job) { m_jobs.addSeed(std::move(job)); }
    void addSeedCluster(ClusterRecord cluster) { m_clusters.add(std::move(cluster)); }
    void finishSeeding(std::vector<RunRecord> runs);
    qint64 allocateRunId(int taskCount) { return m_runs.allocateRunId(taskCount); }

    qint64 scaled(qint64 ms) const { return m_clock.scaled(ms); } // a live duration divided by the time scale

private:
    EmulatorOptions m_options;
    WorkspaceClock m_clock;
    qint64 m_seededAt = 0;
    QString m_host;
    QRandomGenerator m_liveRng;
    JobStore m_jobs;
    RunStore m_runs;
    ClusterStore m_clusters;
    RunEngine m_engine;
    RunJson m_runJson;
    StatePersistence m_persistence;
};

} // namespace brickdesk::emulator
