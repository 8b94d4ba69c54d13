#pragma once

#include "emulatoroptions.h"
#include "workspacerecords.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <map>
#include <vector>

namespace brickdesk::emulator {

// The emulated workspace's data and its behaviour over time: jobs, runs (seeded history and
// live runs whose state is computed from the clock), clusters with lazily generated event
// histories. Not thread-safe: it lives on the emulator's thread.
class WorkspaceState final
{
public:
    explicit WorkspaceState(const EmulatorOptions &options);

    const EmulatorOptions &options() const { return m_options; }
    qint64 now() const;
    qint64 seededAt() const { return m_seededAt; }
    void setHost(const QString &host) { m_host = host; }
    QString host() const { return m_host; }
    QString apiUser() const; // who the API caller is (creator of jobs and runs)
    QStringList apiUserGroups() const; // the groups the API caller belongs to ("users" first)

    // --- jobs
    std::map<qint64, JobRecord> &jobs() { return m_jobs; }
    const std::map<qint64, JobRecord> &jobs() const { return m_jobs; }
    JobRecord *findJob(qint64 jobId);
    qint64 createJob(const QJsonObject &settings, bool via22);
    void deleteJob(qint64 jobId);
    // Job (withTasks) or BaseJob JSON (list items without tasks and job clusters).
    QJsonObject jobJson(const JobRecord &job, bool withTasks) const;

    // --- runs
    std::vector<RunRecord> &runs() { return m_runs; }
    RunRecord *findRun(qint64 runId);
    // A task run: its parent run and index in parent->tasks.
    bool findTaskRun(qint64 taskRunId, RunRecord **parent, int *taskIndex);
    void ensureTasks(RunRecord &run);
    bool isRunVisible(const RunRecord &run) const;
    bool isRunActive(RunRecord &run);
    const std::vector<size_t> &runIndicesOfJob(qint64 jobId) const;
    QJsonObject runJson(RunRecord &run, bool withTasks, bool withHistory);
    QJsonObject taskRunJson(RunRecord &run, const TaskRunRecord &task);
    // Starts a live run of a job (run-now) or of a one-time task list (runs/submit).
    qint64 startRun(qint64 jobId, const QJsonObject &settings, const QString &runName, const QString &trigger,
        const QJsonObject &overriding, const QJsonArray &jobParameters, const QString &idempotencyToken);
    qint64 runForIdempotencyToken(const QString &token) const { return m_idempotency.value(token, 0); }
    void cancelRun(RunRecord &run, int taskIndex = -1);
    // Reruns the given tasks (by key) of a finished run; returns the repair id.
    qint64 repairRun(RunRecord &run, const QStringList &taskKeys);
    QJsonObject runOutputJson(RunRecord &run, const TaskRunRecord &task);

    // --- clusters
    std::vector<ClusterRecord> &clusters() { return m_clusters; }
    ClusterRecord *findCluster(const QString &clusterId);
    void advanceCluster(ClusterRecord &cluster);
    // History plus due live events, ascending. Generates the history on first use.
    const std::vector<EventRecord> &visibleEvents(ClusterRecord &cluster);
    QJsonObject clusterJson(ClusterRecord &cluster, bool withSpec);
    void startCluster(ClusterRecord &cluster);
    void terminateCluster(ClusterRecord &cluster);
    void resizeCluster(ClusterRecord &cluster, int numWorkers, int minWorkers, int maxWorkers);
    static QString stateName(ClusterState state);

    // --- persistence (--state FILE): jobs created, changed or deleted since seeding.
    void markJobChanged(qint64 jobId);
    bool saveState(QString *error = nullptr) const;
    bool loadState(QString *error = nullptr);

    // Seeding hooks (WorkspaceSeeder fills these).
    void addSeedJob(JobRecord job) { m_jobs.emplace(job.jobId, std::move(job)); }
    void addSeedCluster(ClusterRecord cluster);
    void finishSeeding(std::vector<RunRecord> runs);
    qint64 allocateRunId(int taskCount);

    qint64 scaled(qint64 ms) const; // a live duration divided by the time scale

private:
    qint64 createClusterForRun(RunRecord &run, const QJsonObject &newCluster);
    void scheduleRunTimeline(RunRecord &run, qint64 from, bool forceResults);
    void applyLiveEvent(ClusterRecord &cluster, const EventRecord &event);
    void pushLive(ClusterRecord &cluster, EventRecord event);

    EmulatorOptions m_options;
    qint64 m_seededAt = 0;
    QString m_host;
    std::map<qint64, JobRecord> m_jobs;
    std::vector<RunRecord> m_runs; // ascending run_id
    QHash<qint64, std::vector<size_t>> m_runsByJob; // indices into m_runs, ascending
    QHash<qint64, qint64> m_taskRunParent; // live and repaired task runs -> parent run id
    QHash<QString, qint64> m_idempotency;
    std::vector<ClusterRecord> m_clusters;
    QHash<QString, size_t> m_clusterIndex;
    qint64 m_nextJobId = 0;
    qint64 m_nextRunId = 0;
    QRandomGenerator m_liveRng;
    // Persistence overlay.
    QSet<qint64> m_changedJobs;
    QSet<qint64> m_deletedJobs;
};

} // namespace brickdesk::emulator
