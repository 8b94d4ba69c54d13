#pragma once

#include "archive/archivedatabase.h"
#include "archive/archivequeue.h"
#include "archive/archivetypes.h"
#include "domain/clusterevent.h"

#include <QFuture>
#include <QJsonArray>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <type_traits>

namespace brickdesk {

// A workspace's archive for code on the GUI thread (or any thread with an event loop): every
// call runs on the archive's own threads, one at a time in the order made, and answers with a
// QFuture (attach a continuation with .then(context, ...)). Each thread has its own Qt SQL
// connection, made and used there, so disk work never blocks the caller.
//
// Events (addEvents) are written by a thread of the lowest priority (ArchiveQueue::Lane::Bulk),
// through a second connection to the file that the first one opened: a sync's writes then
// wait for a free core rather than delay the fetch that feeds them. Everything else runs on the
// main archive thread at normal priority.
//
//   Archive archive(ArchiveLocation::pathForHost(host));
//   archive.open().then(this, [](const ArchiveOpenResult &r) { if (!r.message.isEmpty()) ... });
//   archive.addEvents(clusterId, page).then(this, [](const ArchiveWriteResult &w) { ... });
// The pages of one fetch in time order (a sync's), written one after the other: while every
// page so far was written, each moves the cluster's synced-through mark on (where its next sync
// starts, ArchiveDatabase::eventsSyncedThrough). After one fails (a full disk), the later pages
// are still written, but the mark stays where the archive's history is whole, so that the
// next sync fetches again what was lost.
class ArchiveSyncedPages
{
public:
    bool broken() const { return m_broken; }

private:
    friend class Archive;
    std::atomic<bool> m_broken = false; // set and read by the archive's threads only
};

class Archive final : public QObject
{
    Q_OBJECT
public:
    explicit Archive(const QString &path, QObject *parent = nullptr);
    ~Archive() override; // finishes what was asked, then closes the file

    QString path() const { return m_path; }

signals:
    // Events asked with addEvents() could not be kept (a full disk...): nobody waits for those
    // writes, so this is how their failure is told (on this object's thread).
    void eventsNotArchived(const QString &message);
    // Events asked with addEvents() were kept: the first write that adds any after the archive
    // opened or after eventsNotArchived(), not every one, so that a failure told can be
    // taken back once writes work again.
    void eventsArchived();

public:
    QFuture<ArchiveOpenResult> open();
    // `page`: the answer's bytes `events` was parsed from, if kept (ArchiveDatabase::addEvents).
    // With `synced`, the page is the next of a sync's pages (see ArchiveSyncedPages).
    QFuture<ArchiveWriteResult> addEvents(const QString &clusterId, const QJsonArray &events,
        const QByteArray &page = {}, std::shared_ptr<ArchiveSyncedPages> synced = {});
    // The same, for events already parsed (their JSON is rebuilt on the archive's thread).
    QFuture<ArchiveWriteResult> addEvents(const QString &clusterId, const QVector<ClusterEvent> &events);
    // Brings the cluster's stored node timeline up to date with its archived events (derived
    // data nobody waits for: on the low-priority thread, like addEvents); false when there is none.
    QFuture<bool> refreshNodeTimeline(const QString &clusterId);
    // Finishes when everything asked before is done; the low-priority writes among it are
    // done now, at normal priority (a Main task waits behind them, ArchiveQueue).
    QFuture<bool> writesDone();
    QFuture<qint64> newestEventTime(const QString &clusterId);
    QFuture<qint64> eventsSyncedThrough(const QString &clusterId);
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
        m_queue->post(
            ArchiveQueue::Lane::Main, [this, promise, fn = std::move(fn)](ArchiveQueue::Lane) mutable {
                promise->addResult(fn(*m_db));
                m_open = m_db->isOpen();
                promise->finish();
            });
        return future;
    }

private:
    // fn(the thread that runs it) as a Bulk task, after every task asked before.
    template<typename Fn>
    auto runBulk(Fn fn) -> QFuture<std::invoke_result_t<Fn, ArchiveQueue::Lane>>
    {
        using T = std::invoke_result_t<Fn, ArchiveQueue::Lane>;
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QFuture<T> future = promise->future();
        m_queue->post(
            ArchiveQueue::Lane::Bulk, [promise, fn = std::move(fn)](ArchiveQueue::Lane thread) mutable {
                promise->addResult(fn(thread));
                promise->finish();
            });
        return future;
    }
    // The connection of the thread that runs a task: the Bulk thread's is opened on first use.
    ArchiveDatabase &connection(ArchiveQueue::Lane thread);
    ArchiveWriteResult writeEvents(ArchiveQueue::Lane thread, const QString &clusterId,
        const QJsonArray &events, const QByteArray &page, ArchiveSyncedPages *synced = nullptr);

    QString m_path;
    std::unique_ptr<ArchiveDatabase> m_db; // the main thread's connection
    std::unique_ptr<ArchiveDatabase> m_bulk; // the Bulk thread's: joins the file m_db opened
    std::atomic<bool> m_open = false; // m_db is open, as the last Main task left it
    QString m_joinError; // why m_bulk could not open the file (used on the Bulk thread only)
    std::atomic<bool> m_toldArchived = false; // eventsArchived() sent since the last failure
    std::unique_ptr<ArchiveQueue> m_queue; // last: its threads stop before the connections go
};

} // namespace brickdesk
