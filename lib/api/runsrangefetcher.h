#pragma once

#include "api/apierror.h"
#include "api/jobsparams.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

namespace brickdesk {

class Connection;
class PageFetcher;

// Fetches every run started in [fromMs, toMs] (of one job, or of the workspace: the other
// RunsListParams filters apply) fast. runs/list pages hold at most 25 runs, so a long history
// is hundreds of round trips one after the other; instead the window is cut into time shards
// (start_time_from/start_time_to, both inclusive, so shards do not overlap) whose page chains
// run concurrently, at most maxConcurrency at a time.
//
// runsReady() delivers runs newest first across all calls, as runs/list orders them, without
// duplicates: the newest shard streams as its pages arrive, older ones are held until every
// newer shard is complete. Ends with exactly one finished() or failed(); cancel() aborts all
// requests and emits failed(Kind::Cancelled) synchronously, after which nothing is emitted.
class RunsRangeFetcher final : public QObject
{
    Q_OBJECT

public:
    RunsRangeFetcher(Connection *connection, const RunsListParams &params, qint64 fromMs, qint64 toMs,
        QObject *parent = nullptr);
    ~RunsRangeFetcher() override;

    void setMaxConcurrency(int requests); // 1..6, default 6 (Qt's per-host limit for HTTP/1.1)
    void setShardCount(int shards); // default 0: 4 x maxConcurrency, at most one per second

    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 runCount() const { return m_delivered; }
    int requestCount() const;
    int peakConcurrency() const { return m_peak; }

signals:
    void runsReady(const QVector<QJsonObject> &runs);
    void progress(qint64 runsSoFar, qint64 totalEstimate);
    void finished();
    void failed(const brickdesk::ApiError &error);

private:
    struct Shard
    {
        qint64 from = 0;
        qint64 to = 0;
        QPointer<PageFetcher> fetcher;
        QVector<QJsonObject> held; // pages that arrived before a newer shard completed
        bool done = false;
        int requests = 0; // once the fetcher is gone
        qint64 runs = 0; // once done
    };

    void startMore();
    void onPage(int shard, const QJsonObject &page);
    void onShardFinished(int shard);
    void deliver(const QVector<QJsonObject> &runs);
    void fail(const ApiError &error);
    void stopAll();

    Connection *m_connection;
    RunsListParams m_params;
    qint64 m_from;
    qint64 m_to;
    int m_maxConcurrency = 6;
    int m_shardCount = 0;
    QVector<Shard> m_shards; // newest first
    int m_nextToStart = 0;
    int m_nextToDeliver = 0;
    int m_inFlight = 0;
    int m_peak = 0;
    qint64 m_received = 0;
    qint64 m_delivered = 0;
    QSet<qint64> m_seen;
    bool m_running = false;
};

} // namespace brickdesk
