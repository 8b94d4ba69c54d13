#pragma once

#include "archive/archivetypes.h"
#include "archive/archiveversiontable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace brickdesk {

class ArchiveConnection;
class ArchiveSearchIndex;

// What the archive keeps of jobs: a version of a job's settings each time they change, and
// when each version was seen. The latest settings of a job are what search finds it by.
class ArchiveJobStore final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveJobStore)
public:
    ArchiveJobStore(ArchiveConnection &connection, ArchiveSearchIndex &search);

    // Jobs as jobs/list (expand_tasks) returns them: a new version of a job's settings when
    // they differ from the last version kept, else only its last-seen time moves.
    ArchiveWriteResult recordJobs(const QJsonArray &jobs, qint64 seenMs);
    QList<JobVersion> jobVersions(qint64 jobId);
    QList<qint64> jobIds();
    // The newest version of every job (version numbers are not counted: 0), by job id.
    QList<JobVersion> latestVersions();
    // When the archive last saw any job (0: none).
    qint64 lastSeenMs();

    // Indexes the latest settings of every job (inside the caller's transaction): for a file
    // whose schema had no search index yet.
    bool indexLatestSettings();

private:
    bool recordJob(const QJsonObject &job, qint64 seenMs, int &added);

    ArchiveConnection &m_db;
    ArchiveSearchIndex &m_search;
    ArchiveVersionTable m_versions;
};

} // namespace brickdesk
