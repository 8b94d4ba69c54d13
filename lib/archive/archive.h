#pragma once

#include "archive/archivedatabase.h"
#include "archive/archivetypes.h"

#include <QFuture>
#include <QJsonArray>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>

#include <memory>
#include <type_traits>

namespace brickdesk {

// A workspace's archive for code on the GUI thread (or any thread with an event loop): every
// call runs on the archive's own worker thread, in the order made, and answers with a
// QFuture (attach a continuation with .then(context, ...)). The Qt SQL connection is made on
// that worker and only used there, so disk work never blocks the caller.
//
//   Archive archive(ArchiveLocation::pathForHost(host));
//   archive.open().then(this, [](const ArchiveOpenResult &r) { if (!r.message.isEmpty()) ... });
//   archive.addEvents(clusterId, page).then(this, [](const ArchiveWriteResult &w) { ... });
class Archive final : public QObject
{
    Q_OBJECT
public:
    explicit Archive(const QString &path, QObject *parent = nullptr);
    ~Archive() override; // finishes what was asked, then closes the file

    QString path() const { return m_path; }

    QFuture<ArchiveOpenResult> open();
    // `page`: the answer's bytes `events` was parsed from, if kept (ArchiveDatabase::addEvents).
    QFuture<ArchiveWriteResult> addEvents(
        const QString &clusterId, const QJsonArray &events, const QByteArray &page = {});
    QFuture<qint64> newestEventTime(const QString &clusterId);
    QFuture<ArchiveWriteResult> recordClusterConfig(
        const QString &clusterId, const QJsonObject &cluster, qint64 seenMs);
    QFuture<ArchiveWriteResult> recordJobs(const QJsonArray &jobs, qint64 seenMs);
    QFuture<ArchiveWriteResult> recordRuns(const QJsonArray &runs, qint64 seenMs);
    QFuture<QList<JobVersion>> jobVersions(qint64 jobId);
    QFuture<QList<ArchiveSearchHit>> search(const QString &text, int limit = 100, qint64 sinceMs = 0);
    QFuture<ArchiveSearchResult> search(const ArchiveSearchRequest &request);
    QFuture<ArchiveCachedResult> cachedResult(const QString &key);
    QFuture<ArchiveError> storeCachedResult(
        const QString &key, qint64 fetchedAtMs, qint64 windowEndMs, const QString &payload);
    QFuture<QString> meta(const QString &key);
    QFuture<ArchiveError> setMeta(const QString &key, const QString &value);
    QFuture<ArchiveStats> stats();

    // Anything else, as fn(ArchiveDatabase &) on the archive's thread.
    // (Not QtConcurrent on a one-thread pool: waiting on such a future may run a task that has
    // not started yet on the waiting thread, with the connection of another thread.)
    template<typename Fn>
    auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, ArchiveDatabase &>>
    {
        using T = std::invoke_result_t<Fn, ArchiveDatabase &>;
        static_assert(!std::is_void_v<T>, "return a value");
        auto promise = std::make_shared<QPromise<T>>();
        // Started here: a future that is not started yet counts as finished to a waiter.
        promise->start();
        QFuture<T> future = promise->future();
        QMetaObject::invokeMethod(
            m_context,
            [db = m_db.get(), promise, fn = std::move(fn)]() mutable {
                promise->addResult(fn(*db));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    QString m_path;
    QThread m_thread; // the connection's thread: every call runs there, in order
    QObject *m_context = nullptr; // lives in m_thread
    std::unique_ptr<ArchiveDatabase> m_db;
};

} // namespace brickdesk
