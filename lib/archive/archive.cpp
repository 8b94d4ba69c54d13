#include "archive.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Archive::Archive(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_db(std::make_unique<ArchiveDatabase>(path))
{
    m_thread.setObjectName(u"archive"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

Archive::~Archive()
{
    // After everything asked so far: close the connection on the thread that opened it.
    QMetaObject::invokeMethod(
        m_context,
        [db = m_db.release()] {
            delete db;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_context;
}

QFuture<ArchiveOpenResult> Archive::open()
{
    return run([](ArchiveDatabase &db) { return db.open(); });
}

QFuture<ArchiveWriteResult> Archive::addEvents(
    const QString &clusterId, const QJsonArray &events, const QByteArray &page)
{
    return run(
        [clusterId, events, page](ArchiveDatabase &db) { return db.addEvents(clusterId, events, page); });
}

QFuture<qint64> Archive::newestEventTime(const QString &clusterId)
{
    return run([clusterId](ArchiveDatabase &db) { return db.newestEventTime(clusterId); });
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
