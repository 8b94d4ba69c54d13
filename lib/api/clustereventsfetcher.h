#pragma once

#include "api/apierror.h"
#include "domain/clusterevent.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <memory>

namespace brickdesk {

class Connection;
class ClusterEventsFetcherPrivate;

// Fetches every event of one cluster in [startMs, endMs] fast: the window is cut into
// time shards ([a, b], [b, c], ...: neighbours share their boundary millisecond, so nothing
// is lost whether the server's end_time is inclusive or not) fetched concurrently (at most
// maxConcurrency page chains in flight; halved whenever the server answers 429, grown back
// after successes), each shard following `next_page_token` in ascending order (PageFetcher;
// every request comes from ClustersApi::eventsRequest). Pages are parsed and turned into
// compact ClusterEvent values on worker threads.
//
// eventsReady() delivers events in ascending time order across all calls, without
// duplicates where shards meet. Progress is the time covered, never a count the server
// claims (total_count is deprecated and gone from token-paged answers): within each shard,
// the span from its start to its newest event so far, all of it once the shard is done.
// Ends with exactly one finished() or failed(); cancel() aborts everything in flight and
// emits failed(Kind::Cancelled) synchronously, after which nothing is emitted.
class ClusterEventsFetcher final : public QObject
{
    Q_OBJECT
public:
    ClusterEventsFetcher(Connection *connection, const QString &clusterId, qint64 startMs, qint64 endMs,
        QObject *parent = nullptr);
    ~ClusterEventsFetcher() override;

    void setMaxConcurrency(int requests); // 1..6, default 6 (Qt's per-host limit for HTTP/1.1)
    void setShardCount(int shards); // default 0: 4 x maxConcurrency
    void setPageSize(int events); // 1..500, default 500
    void setEventTypes(const QStringList &types); // empty: all
    // Also keep every event in events() (default false: consumers take them from eventsReady).
    void setKeepEvents(bool keep);

    void start();
    void cancel();

    bool isRunning() const;
    qint64 eventCount() const;
    int requestCount() const; // pages requested so far
    int peakConcurrency() const; // most page requests seen in flight at once
    QVector<ClusterEvent> events() const;
    qint64 startMs() const;
    qint64 endMs() const;
    // Everything in [startMs, reachedMs()] has been delivered by eventsReady() (endMs once
    // finished); the event log and chart say "through <reachedMs>".
    qint64 reachedMs() const;
    // Pages followed by re-posting a legacy `next_page` body (a server with no tokens).
    int legacyPagesFollowed() const;

signals:
    void eventsReady(const QVector<brickdesk::ClusterEvent> &events);
    // coveredMs of windowMs (= endMs - startMs + 1) fetched so far; coveredMs == windowMs at
    // the end.
    void progress(qint64 eventsSoFar, qint64 coveredMs, qint64 windowMs);
    void finished();
    void failed(const brickdesk::ApiError &error);

private:
    friend class ClusterEventsFetcherPrivate;
    std::unique_ptr<ClusterEventsFetcherPrivate> m_d;
};

} // namespace brickdesk
