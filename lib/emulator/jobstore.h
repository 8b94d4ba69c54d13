#pragma once

#include "workspacerecords.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <map>

namespace brickdesk::emulator {

// The jobs of the emulated workspace, and which of them changed or were deleted since seeding
// (what --state persists).
class JobStore final
{
public:
    explicit JobStore(QRandomGenerator &rng);

    std::map<qint64, JobRecord> &jobs() { return m_jobs; }
    const std::map<qint64, JobRecord> &jobs() const { return m_jobs; }
    JobRecord *find(qint64 jobId);
    bool contains(qint64 jobId) const { return m_jobs.count(jobId) > 0; }
    qint64 create(const QJsonObject &settings, bool via22, const QString &creator, qint64 createdTime);
    void remove(qint64 jobId);
    void markChanged(qint64 jobId);

    void addSeed(JobRecord job) { m_jobs.emplace(job.jobId, std::move(job)); }
    // After seeding: new job ids continue above the seeded ones.
    void finishSeeding();

    // Persistence overlay.
    const QSet<qint64> &changedJobs() const { return m_changedJobs; }
    const QSet<qint64> &deletedJobs() const { return m_deletedJobs; }
    void restoreDeleted(qint64 jobId);
    void restoreChanged(JobRecord job);
    qint64 nextJobId() const { return m_nextJobId; }
    void raiseNextJobId(qint64 atLeast);

private:
    QRandomGenerator &m_rng;
    std::map<qint64, JobRecord> m_jobs;
    qint64 m_nextJobId = 0;
    QSet<qint64> m_changedJobs;
    QSet<qint64> m_deletedJobs;
};

} // namespace brickdesk::emulator
