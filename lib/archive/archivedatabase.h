#pragma once

#include "archive/archiveclusterstore.h"
#include "archive/archiveconnection.h"
#include "archive/archivejobstore.h"
#include "archive/archiverunstore.h"
#include "archive/archivesearchindex.h"
#include "archive/archivetimelinestore.h"
#include "archive/archivetypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace brickdesk {

// One workspace's archive file, used from ONE thread (Qt SQL connections belong to the thread
// that made them): Archive runs it on its worker thread; tests and benchmarks may use it
// directly. Every write is one transaction (BEGIN IMMEDIATE), so a process killed at any
// moment leaves the file as it was before or after a whole batch; the journal is WAL with a
// busy timeout, so the GUI and a timer's `brickdesk sync` share one file.
//
// Nothing secret is written: every JSON value passes SecretScrubber first.
//
// One connection (ArchiveConnection) under a store per kind of record: clusters (events and
// configurations), job versions, runs, and the search index over jobs and run errors.
class ArchiveDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveDatabase)
public:
    explicit ArchiveDatabase(const QString &path);
    ~ArchiveDatabase();
    ArchiveDatabase(const ArchiveDatabase &) = delete;
    ArchiveDatabase &operator=(const ArchiveDatabase &) = delete;

    // Opens (creating, migrating or, when the file is damaged, moving it aside and starting
    // afresh), after an integrity check.
    ArchiveOpenResult open();
    // Opens the file as another connection of this process has just opened it (open()): no
    // check, creation or migration; fails unless it is at the current schema.
    ArchiveOpenResult join();
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    int schemaVersion() const { return m_db.schemaVersion(); }

    // Cluster events as clusters/events returns them; exact repeats are ignored (the
    // deduplication key is cluster, timestamp, type and a hash of everything else). `page`:
    // the bytes of the answer `events` was parsed from, when kept (cheaper to read).
    // `synced`: the events continue, without a gap, what syncs archived through
    // eventsSyncedThrough() (ArchiveClusterStore::addEvents).
    ArchiveWriteResult addEvents(
        const QString &clusterId, const QJsonArray &events, QByteArrayView page = {}, bool synced = false);
    // The newest archived event's timestamp, -1 when there is none.
    qint64 newestEventTime(const QString &clusterId);
    // Where the cluster's next sync starts: the time through which syncs archived its events
    // without a gap; -1 when unknown.
    qint64 eventsSyncedThrough(const QString &clusterId);
    qint64 eventCount(const QString &clusterId = {});
    // Events in [fromMs, toMs], ascending, rebuilt as the API returned them (scrubbed).
    QJsonArray events(const QString &clusterId, qint64 fromMs, qint64 toMs);
    QStringList clusterIds();
    // The node timeline of all the cluster's archived events (equal to buildNodeTimeline() of
    // them), kept in the archive and extended with events archived since; with Missing::Skip,
    // nullopt at once when none is kept yet (ArchiveTimelineStore).
    std::optional<NodeTimeline> nodeTimeline(const QString &clusterId,
        ArchiveTimelineStore::Missing missing = ArchiveTimelineStore::Missing::Build);

    // A cluster as clusters/list or clusters/get returns it: a new configuration version when
    // its configuration (state and live figures left out) differs from the last one kept.
    ArchiveWriteResult recordClusterConfig(
        const QString &clusterId, const QJsonObject &cluster, qint64 seenMs);
    QList<ClusterConfigVersion> clusterConfigs(const QString &clusterId);

    // Jobs as jobs/list (expand_tasks) returns them: a new version of a job's settings when
    // they differ from the last version kept, else only its last-seen time moves.
    ArchiveWriteResult recordJobs(const QJsonArray &jobs, qint64 seenMs);
    QList<JobVersion> jobVersions(qint64 jobId);
    QList<qint64> jobIds();
    // The newest version of every job's settings, by job id (JobVersion::version is 0).
    QList<JobVersion> latestJobVersions();

    // Runs as runs/list (expand_tasks) returns them: inserted or replaced (a run that was
    // running at the last sync has ended since), with their task runs.
    ArchiveWriteResult recordRuns(const QJsonArray &runs, qint64 seenMs);
    QList<ArchivedRun> runsOfJob(qint64 jobId);
    // One run (runId 0 when the archive does not hold it).
    ArchivedRun run(qint64 runId);
    // Each job's newest archived run.
    QList<ArchivedRun> latestRunOfEachJob();
    qint64 runCount();
    // The start time of the oldest archived run that had not ended, -1 if none: the next sync
    // looks again from there so that its end is archived too.
    qint64 oldestUnfinishedRunStart();
    // When the archive last saw the workspace's jobs or runs (what "data as of" means while
    // the workspace cannot be reached); 0 when it holds neither.
    qint64 newestSeenMs();

    // Answers of statements run elsewhere (billed cost from a SQL warehouse), by a key that
    // names the query and its window; replaced when stored again.
    ArchiveCachedResult cachedResult(const QString &key);
    ArchiveError storeCachedResult(
        const QString &key, qint64 fetchedAtMs, qint64 windowEndMs, const QString &payload);

    // Small sync bookkeeping (last sync times).
    QString meta(const QString &key);
    ArchiveError setMeta(const QString &key, const QString &value);

    // Full text over jobs (names, tags, task kinds, paths, parameters, cluster settings: every
    // key and value of the latest settings) and run errors. Each word of `text` must match;
    // a word with `/`, `.` or `_` is matched as a phrase ("/Repos/etl/ingest"). Run errors
    // only from runs started at or after sinceMs.
    QList<ArchiveSearchHit> search(const QString &text, int limit = 100, qint64 sinceMs = 0);
    // The same with every option, and why it failed when it did.
    ArchiveSearchResult search(const ArchiveSearchRequest &request);

    ArchiveStats stats();
    // Removes cluster events and runs from before `beforeMs` and gives the space back to the
    // disk; job versions and each cluster's newest event stay (ArchivePruner says why).
    ArchivePruneResult prune(qint64 beforeMs);
    ArchiveError lastError() const { return m_db.lastError(); }

private:
    bool migrateData(int fromVersion);

    ArchiveConnection m_db;
    ArchiveSearchIndex m_search {m_db};
    ArchiveClusterStore m_clusters {m_db};
    ArchiveTimelineStore m_timelines {m_db, m_clusters};
    ArchiveJobStore m_jobs {m_db, m_search};
    ArchiveRunStore m_runs {m_db, m_search};
};

} // namespace brickdesk
