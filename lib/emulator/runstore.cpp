#include "runstore.h"

#include "jobstore.h"
#include "taskgraph.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {
constexpr qint64 kFirstRunId = 700'000'000'000'000;
}

RunStore::RunStore(const JobStore &jobs, QRandomGenerator &rng)
    : m_jobs(jobs)
    , m_rng(rng)
{ }

void RunStore::finishSeeding(std::vector<RunRecord> runs)
{
    m_runs = std::move(runs);
    m_runsByJob.clear();
    for (size_t i = 0; i < m_runs.size(); ++i)
        m_runsByJob[m_runs[i].jobId].push_back(i);
    if (m_nextRunId == 0)
        m_nextRunId = kFirstRunId;
}

qint64 RunStore::allocateRunId(int taskCount)
{
    if (m_nextRunId == 0)
        m_nextRunId = kFirstRunId;
    const qint64 id = m_nextRunId;
    m_nextRunId += taskCount + 2 + m_rng.bounded(40'000);
    return id;
}

RunRecord &RunStore::append(RunRecord run)
{
    const qint64 jobId = run.jobId;
    const QString token = run.idempotencyToken;
    const qint64 runId = run.runId;
    m_runs.push_back(std::move(run));
    m_runsByJob[jobId].push_back(m_runs.size() - 1);
    if (!token.isEmpty())
        m_idempotency.insert(token, runId);
    return m_runs.back();
}

RunRecord *RunStore::find(qint64 runId)
{
    const auto it = std::lower_bound(
        m_runs.begin(), m_runs.end(), runId, [](const RunRecord &r, qint64 id) { return r.runId < id; });
    if (it == m_runs.end() || it->runId != runId || !isVisible(*it))
        return nullptr;
    return &*it;
}

RunRecord *RunStore::parentOfTaskRun(qint64 taskRunId)
{
    if (const auto p = m_taskRunParent.constFind(taskRunId); p != m_taskRunParent.constEnd())
        return find(*p);
    // Seeded task runs: ids follow their parent's, parent + 1 + index, then the iterations.
    auto it = std::upper_bound(
        m_runs.begin(), m_runs.end(), taskRunId, [](qint64 id, const RunRecord &r) { return id < r.runId; });
    if (it == m_runs.begin())
        return nullptr;
    --it;
    const int tasks = taskgraph::runIdSpan(it->jobSettings.value(u"tasks"_s).toArray());
    if (taskRunId > it->runId && taskRunId <= it->runId + tasks && isVisible(*it))
        return &*it;
    return nullptr;
}

bool RunStore::isVisible(const RunRecord &run) const
{
    if (m_clock && m_keepMs > 0 && run.startTime < m_clock->now() - m_keepMs)
        return false;
    return !run.deleted && (run.jobId == 0 || m_jobs.contains(run.jobId));
}

const std::vector<size_t> &RunStore::indicesOfJob(qint64 jobId) const
{
    static const std::vector<size_t> none;
    const auto it = m_runsByJob.constFind(jobId);
    return it == m_runsByJob.constEnd() ? none : *it;
}

} // namespace brickdesk::emulator
