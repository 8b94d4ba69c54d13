#pragma once

#include "archive/archivetypes.h"

#include <QCoreApplication>
#include <QJsonArray>

class QSqlQuery;

namespace brickdesk {

class ArchiveConnection;
class ArchiveSearchIndex;

// What the archive keeps of job runs: each run as runs/list returned it last, its task runs,
// and the error text of a run that failed (which search finds it by).
class ArchiveRunStore final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveRunStore)
public:
    ArchiveRunStore(ArchiveConnection &connection, ArchiveSearchIndex &search)
        : m_db(connection)
        , m_search(search)
    { }

    // Runs as runs/list (expand_tasks) returns them: inserted or replaced (a run that was
    // running at the last sync has ended since), with their task runs.
    ArchiveWriteResult recordRuns(const QJsonArray &runs, qint64 seenMs);
    QList<ArchivedRun> runsOfJob(qint64 jobId);
    // One run (runId 0 when the archive does not hold it).
    ArchivedRun run(qint64 runId);
    // Each job's newest run (by start time): the jobs list's "Last run" while offline.
    QList<ArchivedRun> latestRunOfEachJob();
    qint64 runCount();
    // When a run was last written (0: none).
    qint64 lastSeenMs();
    // The start time of the oldest archived run that had not ended, -1 if none: the next sync
    // looks again from there so that its end is archived too.
    qint64 oldestUnfinishedRunStart();

    // Derives and indexes the error text of every archived run (inside the caller's
    // transaction): for a file whose schema had no error column yet.
    bool indexAllErrors();

    // What went wrong in a run, in the service's words: the run's termination message and
    // those of its failed tasks, each once.
    static QString errorTextOf(const QJsonObject &run);

private:
    void readRuns(QSqlQuery &query, QList<ArchivedRun> &out);
    bool recordRun(const QJsonObject &run, qint64 seenMs, int &added);
    bool recordTaskRuns(qint64 runId, const QJsonArray &tasks);

    ArchiveConnection &m_db;
    ArchiveSearchIndex &m_search;
};

} // namespace brickdesk
