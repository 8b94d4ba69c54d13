#include "jobstore.h"

namespace brickdesk::emulator {

JobStore::JobStore(QRandomGenerator &rng)
    : m_rng(rng)
{ }

JobRecord *JobStore::find(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? nullptr : &it->second;
}

qint64 JobStore::create(const QJsonObject &settings, bool via22, const QString &creator, qint64 createdTime)
{
    JobRecord job;
    job.jobId = m_nextJobId;
    m_nextJobId += 1 + m_rng.bounded(9'000'000);
    job.createdTime = createdTime;
    job.creator = creator;
    job.runAs = creator;
    job.settings = settings;
    job.createdVia22 = via22;
    const qint64 id = job.jobId;
    m_jobs.emplace(id, std::move(job));
    return id;
}

void JobStore::remove(qint64 jobId)
{
    m_jobs.erase(jobId);
    m_deletedJobs.insert(jobId);
    m_changedJobs.remove(jobId);
}

void JobStore::markChanged(qint64 jobId)
{
    m_changedJobs.insert(jobId);
    m_deletedJobs.remove(jobId);
}

void JobStore::finishSeeding()
{
    if (!m_jobs.empty())
        m_nextJobId = m_jobs.rbegin()->first + 1 + 7'919;
    else
        m_nextJobId = 401'234'567'890'123;
}

void JobStore::restoreDeleted(qint64 jobId)
{
    m_jobs.erase(jobId);
    m_deletedJobs.insert(jobId);
}

void JobStore::restoreChanged(JobRecord job)
{
    m_changedJobs.insert(job.jobId);
    const qint64 id = job.jobId;
    m_jobs.insert_or_assign(id, std::move(job));
}

void JobStore::raiseNextJobId(qint64 atLeast)
{
    m_nextJobId = std::max(m_nextJobId, atLeast);
    if (!m_jobs.empty())
        m_nextJobId = std::max(m_nextJobId, m_jobs.rbegin()->first + 1);
}

} // namespace brickdesk::emulator
