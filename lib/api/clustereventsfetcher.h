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
// after successes), each shard following `next_page` in ascending order. Pages are parsed
// and turned into compact ClusterEvent values on worker threads.
//
// eventsReady() delivers events in ascending time order across all calls, without
// duplicates where shards meet; progress() reports events so far and an estimate of the
// total (from total_count where the server sends it, else extrapolated; -1 when unknown).
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

signals:
    void eventsReady(const QVector<brickdesk::ClusterEvent> &events);
    void progress(qint64 eventsSoFar, qint64 totalEstimate);
    void finished();
    void failed(const brickdesk::ApiError &error);

private:
    friend class ClusterEventsFetcherPrivate;
    std::unique_ptr<ClusterEventsFetcherPrivate> m_d;
};

} // namespace brickdesk
