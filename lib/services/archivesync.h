#pragma once

#include "api/apierror.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace brickdesk {

class Archive;
class Connection;
class PageFetcher;

// Brings a workspace's archive up to date, incrementally:
//  - cluster configurations: one clusters/list (a new version where one changed);
//  - each cluster's events: only those at or after where syncs archived them without a gap
//    (ArchiveSyncedPages) minus a small overlap (deduplicated by the archive), oldest first, by
//    token paging (PageFetcher over ClustersApi::eventsRequest). A cluster with nothing new
//    costs one request;
//  - job settings: jobs/list with tasks, each job compared with its last archived version;
//  - runs: runs/list from the last sync (less an overlap, and from the oldest run that was
//    still going then), inserted or replaced.
// Each page is written in its own transaction, in the order fetched, so a process killed at
// any moment leaves an archive that holds a gapless prefix of what it was fetching; the next
// sync starts from what is there and completes it. Events are written by the archive's
// lowest-priority thread while the next pages are fetched, at most MaxPagesAhead pages behind.
//
// Ends with exactly one finished(summary); a part that failed (a cluster that is gone, a
// full disk) is in summary.errors and the rest carries on.
class ArchiveSync final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool clusters = true;
        QStringList clusterIds; // empty: every cluster clusters/list shows (and every one archived)
        bool recordConfigurations = true; // clusters/list for configuration versions
        bool jobs = true; // job settings and runs
        qint64 overlapMs = 60'000; // events
        int eventsPageSize = 500; // clusters/events page_size (1..500)
        qint64 runsOverlapMs = 3'600'000;
    };
    struct ClusterResult
    {
        QString clusterId;
        qint64 fetched = 0;
        qint64 added = 0;
        int requests = 0;
        QString error;
    };
    struct Summary
    {
        QList<ClusterResult> clusters;
        int configurationsAdded = 0;
        qint64 jobsSeen = 0;
        qint64 jobVersionsAdded = 0;
        qint64 runsSeen = 0;
        qint64 runsAdded = 0;
        int requests = 0;
        QStringList errors; // for people
        bool cancelled = false;
        bool ok() const { return errors.isEmpty() && !cancelled; }
    };

    ArchiveSync(Connection *connection, Archive *archive, const Options &options, QObject *parent = nullptr);
    ~ArchiveSync() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Summary &summary() const { return m_summary; }

    // The archive meta key of the time runs were last synced through.
    static QString runsSyncedKey();

    // Pages of a cluster's events fetched but not yet written, at most: then the fetch waits.
    static constexpr int MaxPagesAhead = 16;

signals:
    // A line for people ("cluster 0102-...: 1,234 events, 56 new").
    void progress(const QString &message);
    // After each page of jobs or runs: how many were fetched so far (for a running count).
    void counted(qint64 jobsSeen, qint64 runsSeen);
    void finished(const brickdesk::ArchiveSync::Summary &summary);

private:
    void next();
    void listClusters();
    void syncCluster(const QString &clusterId);
    void syncJobs();
    void syncRuns(qint64 fromMs);
    void finishStep();
    // Runs `then` once every write asked for so far is done.
    void afterWrites(std::function<void()> then);
    void fail(const QString &message);
    void follow(PageFetcher *fetcher, const QString &itemsKey,
        std::function<void(const QJsonArray &)> onItems, std::function<void()> onDone,
        std::function<void(const ApiError &)> onError);

    QPointer<Connection> m_connection;
    Archive *m_archive;
    Options m_options;
    Summary m_summary;
    QStringList m_pending; // clusters still to sync
    QList<std::function<void()>> m_steps;
    PageFetcher *m_fetcher = nullptr;
    qint64 m_startedMs = 0;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ArchiveSync::Summary)
