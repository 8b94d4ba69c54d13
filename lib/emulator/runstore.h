#pragma once

#include "workspaceclock.h"
#include "workspacerecords.h"

#include <QHash>
#include <QRandomGenerator>

#include <vector>

namespace brickdesk::emulator {

class JobStore;

// The runs of the emulated workspace, ascending by run id (which follows start time), with the
// lookups the API needs: by job, by task run id, by idempotency token.
class RunStore final
{
public:
    RunStore(const JobStore &jobs, QRandomGenerator &rng);

    std::vector<RunRecord> &runs() { return m_runs; }
    const JobStore &jobs() const { return m_jobs; }
    // A visible run (not deleted, its job still exists); nullptr otherwise.
    RunRecord *find(qint64 runId);
    // The run that holds task run `taskRunId` (seeded ids follow their parent's; live and
    // repaired ones are registered); nullptr when there is none. Its tasks may not be built yet.
    RunRecord *parentOfTaskRun(qint64 taskRunId);
    bool isVisible(const RunRecord &run) const;
    // Runs that started before now - keepMs are gone (keepMs <= 0: none).
    void setRetention(const WorkspaceClock *clock, qint64 keepMs)
    {
        m_clock = clock;
        m_keepMs = keepMs;
    }
    const std::vector<size_t> &indicesOfJob(qint64 jobId) const;
    qint64 runForIdempotencyToken(const QString &token) const { return m_idempotency.value(token, 0); }

    qint64 allocateRunId(int taskCount);
    // Appends a live run (its id is above every other) and returns it.
    RunRecord &append(RunRecord run);
    void registerTaskRun(qint64 taskRunId, qint64 parentRunId)
    {
        m_taskRunParent.insert(taskRunId, parentRunId);
    }
    void finishSeeding(std::vector<RunRecord> runs);

private:
    const JobStore &m_jobs;
    QRandomGenerator &m_rng;
    std::vector<RunRecord> m_runs; // ascending run_id
    QHash<qint64, std::vector<size_t>> m_runsByJob; // indices into m_runs, ascending
    QHash<qint64, qint64> m_taskRunParent; // live and repaired task runs -> parent run id
    QHash<QString, qint64> m_idempotency;
    qint64 m_nextRunId = 0;
    const WorkspaceClock *m_clock = nullptr;
    qint64 m_keepMs = 0;
};

} // namespace brickdesk::emulator
