#include "archivedatabase.h"

#include "archive/archivepruner.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ArchiveDatabase::ArchiveDatabase(const QString &path)
    : m_db(path)
{ }

ArchiveDatabase::~ArchiveDatabase()
{
    // While the stores that cache row ids are still there to be told.
    close();
}

ArchiveOpenResult ArchiveDatabase::open()
{
    return m_db.open([this](int fromVersion) { return migrateData(fromVersion); });
}

ArchiveOpenResult ArchiveDatabase::join()
{
    return m_db.join();
}

void ArchiveDatabase::close()
{
    m_db.close();
}

bool ArchiveDatabase::migrateData(int fromVersion)
{
    // Version 2 adds run errors and the search index: fill both from what is archived.
    if (fromVersion == 1)
        return m_runs.indexAllErrors() && m_jobs.indexLatestSettings();
    return true;
}

ArchiveWriteResult ArchiveDatabase::addEvents(
    const QString &clusterId, const QJsonArray &events, QByteArrayView page, bool synced)
{
    return m_clusters.addEvents(clusterId, events, page, synced);
}

std::optional<NodeTimeline> ArchiveDatabase::nodeTimeline(
    const QString &clusterId, ArchiveTimelineStore::Missing missing)
{
    return m_timelines.timeline(clusterId, missing);
}

qint64 ArchiveDatabase::newestEventTime(const QString &clusterId)
{
    return m_clusters.newestEventTime(clusterId);
}

qint64 ArchiveDatabase::eventsSyncedThrough(const QString &clusterId)
{
    return m_clusters.eventsSyncedThrough(clusterId);
}

qint64 ArchiveDatabase::eventCount(const QString &clusterId)
{
    return m_clusters.eventCount(clusterId);
}

QJsonArray ArchiveDatabase::events(const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    return m_clusters.events(clusterId, fromMs, toMs);
}

QStringList ArchiveDatabase::clusterIds()
{
    return m_clusters.clusterIds();
}

ArchiveWriteResult ArchiveDatabase::recordClusterConfig(
    const QString &clusterId, const QJsonObject &cluster, qint64 seenMs)
{
    return m_clusters.recordClusterConfig(clusterId, cluster, seenMs);
}

QList<ClusterConfigVersion> ArchiveDatabase::clusterConfigs(const QString &clusterId)
{
    return m_clusters.clusterConfigs(clusterId);
}

ArchiveWriteResult ArchiveDatabase::recordJobs(const QJsonArray &jobs, qint64 seenMs)
{
    return m_jobs.recordJobs(jobs, seenMs);
}

QList<JobVersion> ArchiveDatabase::jobVersions(qint64 jobId)
{
    return m_jobs.jobVersions(jobId);
}

QList<qint64> ArchiveDatabase::jobIds()
{
    return m_jobs.jobIds();
}

QList<JobVersion> ArchiveDatabase::latestJobVersions()
{
    return m_jobs.latestVersions();
}

ArchiveWriteResult ArchiveDatabase::recordRuns(const QJsonArray &runs, qint64 seenMs)
{
    return m_runs.recordRuns(runs, seenMs);
}

QList<ArchivedRun> ArchiveDatabase::runsOfJob(qint64 jobId)
{
    return m_runs.runsOfJob(jobId);
}

ArchivedRun ArchiveDatabase::run(qint64 runId)
{
    return m_runs.run(runId);
}

QList<ArchivedRun> ArchiveDatabase::latestRunOfEachJob()
{
    return m_runs.latestRunOfEachJob();
}

qint64 ArchiveDatabase::runCount()
{
    return m_runs.runCount();
}

qint64 ArchiveDatabase::oldestUnfinishedRunStart()
{
    return m_runs.oldestUnfinishedRunStart();
}

qint64 ArchiveDatabase::newestSeenMs()
{
    return std::max(m_jobs.lastSeenMs(), m_runs.lastSeenMs());
}

QList<ArchiveSearchHit> ArchiveDatabase::search(const QString &text, int limit, qint64 sinceMs)
{
    return m_search.search(text, limit, sinceMs);
}

ArchiveSearchResult ArchiveDatabase::search(const ArchiveSearchRequest &request)
{
    ArchiveSearchResult result;
    if (!isOpen())
        result.error = ArchiveConnection::notOpen();
    else if (!m_search.search(request, &result.hits))
        result.error = m_db.failure(tr("The archive could not be searched"));
    return result;
}

QString ArchiveDatabase::meta(const QString &key)
{
    if (!isOpen())
        return {};
    QSqlQuery &q = m_db.statement(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    return m_db.value(q).toString();
}

ArchiveError ArchiveDatabase::setMeta(const QString &key, const QString &value)
{
    if (!isOpen())
        return ArchiveConnection::notOpen();
    QSqlQuery &q = m_db.statement(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!m_db.run(q))
        return m_db.failure(tr("The archive's sync state could not be saved"));
    return {};
}

ArchiveCachedResult ArchiveDatabase::cachedResult(const QString &key)
{
    ArchiveCachedResult result;
    if (!isOpen())
        return result;
    QSqlQuery &q
        = m_db.statement(u"SELECT fetched_at, window_end, payload FROM cached_results WHERE key = ?"_s);
    q.addBindValue(key);
    if (m_db.run(q) && q.next()) {
        result.found = true;
        result.fetchedAtMs = q.value(0).toLongLong();
        result.windowEndMs = q.value(1).toLongLong();
        result.payload = q.value(2).toString();
    }
    q.finish();
    return result;
}

ArchiveError ArchiveDatabase::storeCachedResult(
    const QString &key, qint64 fetchedAtMs, qint64 windowEndMs, const QString &payload)
{
    if (!isOpen())
        return ArchiveConnection::notOpen();
    QSqlQuery &q = m_db.statement(
        u"INSERT OR REPLACE INTO cached_results(key, fetched_at, window_end, payload) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(fetchedAtMs);
    q.addBindValue(windowEndMs);
    q.addBindValue(payload);
    if (!m_db.run(q))
        return m_db.failure(tr("A billed-cost answer could not be kept in the archive"));
    return {};
}

ArchiveStats ArchiveDatabase::stats()
{
    ArchiveStats s;
    s.fileBytes = QFileInfo(path()).size() + QFileInfo(path() + u"-wal"_s).size();
    if (!isOpen())
        return s;
    const auto count = [this](const QString &table) {
        QSqlQuery q(m_db.database());
        return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : 0;
    };
    s.events = count(u"events"_s);
    s.distinctEventBodies = count(u"event_bodies"_s);
    s.clusters = count(u"clusters"_s);
    s.clusterConfigs = count(u"cluster_configs"_s);
    s.runs = count(u"runs"_s);
    s.taskRuns = count(u"task_runs"_s);
    s.jobs = count(u"jobs"_s);
    s.jobVersions = count(u"job_versions"_s);
    const auto oldest = [this](const QString &sql) {
        QSqlQuery q(m_db.database());
        return q.exec(sql) && q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : -1;
    };
    // Per cluster, so that each is one step down the primary key rather than a scan.
    s.oldestEventMs
        = oldest(u"SELECT MIN((SELECT MIN(ts) FROM events e WHERE e.cluster = c.id)) FROM clusters c"_s);
    s.oldestRunMs = oldest(u"SELECT MIN(start_time) FROM runs"_s);
    return s;
}

ArchivePruneResult ArchiveDatabase::prune(qint64 beforeMs)
{
    if (!isOpen()) {
        ArchivePruneResult result;
        result.error = ArchiveConnection::notOpen();
        return result;
    }
    return ArchivePruner(m_db).prune(beforeMs);
}

} // namespace brickdesk
