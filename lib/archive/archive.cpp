#include "archive.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Archive::Archive(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_db(std::make_unique<ArchiveDatabase>(path))
    , m_bulk(std::make_unique<ArchiveDatabase>(path))
    , m_queue(std::make_unique<ArchiveQueue>(u"archive"_s, [this] { m_bulk->close(); }))
{ }

Archive::~Archive()
{
    // After everything asked so far: each connection closed on the thread that opened it.
    m_queue->post(ArchiveQueue::Lane::Main, [this](ArchiveQueue::Lane) { m_db->close(); });
    m_queue.reset();
}

QFuture<ArchiveOpenResult> Archive::open()
{
    return run([](ArchiveDatabase &db) { return db.open(); });
}

QFuture<ArchiveWriteResult> Archive::addEvents(const QString &clusterId, const QJsonArray &events,
    const QByteArray &page, std::shared_ptr<ArchiveSyncedPages> synced)
{
    return runBulk([this, clusterId, events, page, synced](ArchiveQueue::Lane thread) {
        return writeEvents(thread, clusterId, events, page, synced.get());
    });
}

QFuture<ArchiveWriteResult> Archive::addEvents(const QString &clusterId, const QVector<ClusterEvent> &events)
{
    return runBulk([this, clusterId, events](ArchiveQueue::Lane thread) {
        QJsonArray page;
        for (const ClusterEvent &e : events)
            page.append(e.raw());
        return writeEvents(thread, clusterId, page, {});
    });
}

QFuture<bool> Archive::refreshNodeTimeline(const QString &clusterId)
{
    return runBulk([this, clusterId](ArchiveQueue::Lane thread) {
        ArchiveDatabase &db = connection(thread);
        return db.isOpen() && db.nodeTimeline(clusterId).has_value();
    });
}

ArchiveDatabase &Archive::connection(ArchiveQueue::Lane thread)
{
    if (thread == ArchiveQueue::Lane::Main)
        return *m_db;
    // The Bulk thread's connection opens only once the main one has opened the file (and
    // checked, created or migrated it), and not while that is closed (never opened, failed,
    // or deleted since).
    if (!m_open)
        m_bulk->close();
    else if (!m_bulk->isOpen())
        m_joinError = m_bulk->join().message;
    return *m_bulk;
}

ArchiveWriteResult Archive::writeEvents(ArchiveQueue::Lane thread, const QString &clusterId,
    const QJsonArray &events, const QByteArray &page, ArchiveSyncedPages *synced)
{
    ArchiveDatabase &db = connection(thread);
    ArchiveWriteResult result = db.addEvents(clusterId, events, page, synced && !synced->m_broken);
    if (&db == m_bulk.get() && m_open && !db.isOpen() && !m_joinError.isEmpty())
        result.error.message = m_joinError;
    if (synced && !result.ok())
        synced->m_broken = true;
    if (!result.ok()) {
        m_toldArchived = false;
        QMetaObject::invokeMethod(
            this, [this, message = result.error.message] { emit eventsNotArchived(message); },
            Qt::QueuedConnection);
    } else if (result.added > 0 && !m_toldArchived.exchange(true)) {
        // Only new rows prove it: events already kept are skipped without writing anything.
        QMetaObject::invokeMethod(
            this, [this] { emit eventsArchived(); }, Qt::QueuedConnection);
    }
    return result;
}

QFuture<bool> Archive::writesDone()
{
    return run([](ArchiveDatabase &) { return true; });
}

QFuture<qint64> Archive::newestEventTime(const QString &clusterId)
{
    return run([clusterId](ArchiveDatabase &db) { return db.newestEventTime(clusterId); });
}

QFuture<qint64> Archive::eventsSyncedThrough(const QString &clusterId)
{
    return run([clusterId](ArchiveDatabase &db) { return db.eventsSyncedThrough(clusterId); });
}

QFuture<ArchiveWriteResult> Archive::recordClusterConfig(
    const QString &clusterId, const QJsonObject &cluster, qint64 seenMs)
{
    return run([=](ArchiveDatabase &db) { return db.recordClusterConfig(clusterId, cluster, seenMs); });
}

QFuture<ArchiveWriteResult> Archive::recordJobs(const QJsonArray &jobs, qint64 seenMs)
{
    return run([=](ArchiveDatabase &db) { return db.recordJobs(jobs, seenMs); });
}

QFuture<ArchiveWriteResult> Archive::recordRuns(const QJsonArray &runs, qint64 seenMs)
{
    return run([=](ArchiveDatabase &db) { return db.recordRuns(runs, seenMs); });
}

QFuture<QList<JobVersion>> Archive::jobVersions(qint64 jobId)
{
    return run([=](ArchiveDatabase &db) { return db.jobVersions(jobId); });
}

QFuture<QList<ArchiveSearchHit>> Archive::search(const QString &text, int limit, qint64 sinceMs)
{
    return run([=](ArchiveDatabase &db) { return db.search(text, limit, sinceMs); });
}

QFuture<ArchiveSearchResult> Archive::search(const ArchiveSearchRequest &request)
{
    return run([request](ArchiveDatabase &db) { return db.search(request); });
}

QFuture<ArchiveCachedResult> Archive::cachedResult(const QString &key)
{
    return run([=](ArchiveDatabase &db) { return db.cachedResult(key); });
}

QFuture<ArchiveError> Archive::storeCachedResult(
    const QString &key, qint64 fetchedAtMs, qint64 windowEndMs, const QString &payload)
{
    return run(
        [=](ArchiveDatabase &db) { return db.storeCachedResult(key, fetchedAtMs, windowEndMs, payload); });
}

QFuture<QString> Archive::meta(const QString &key)
{
    return run([=](ArchiveDatabase &db) { return db.meta(key); });
}

QFuture<ArchiveError> Archive::setMeta(const QString &key, const QString &value)
{
    return run([=](ArchiveDatabase &db) { return db.setMeta(key, value); });
}

QFuture<ArchiveStats> Archive::stats()
{
    return run([](ArchiveDatabase &db) { return db.stats(); });
}

} // namespace brickdesk
