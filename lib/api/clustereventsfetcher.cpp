#include "api/clustereventsfetcher.h"

#include "api/apilogging.h"
#include "api/apireplyprivate.h"
#include "api/clustersparams.h"
#include "api/connection.h"
#include "api/pagination.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

struct PageSlot
{
    QVector<ClusterEvent> events;
    bool ready = false;
};

struct Shard
{
    qint64 start = 0;
    qint64 end = 0;
    PageFetcher *fetcher = nullptr;
    std::deque<PageSlot> pages; // in arrival (= time) order; emitted ones are popped
    int converting = 0; // pages still being converted on a worker thread
    qint64 received = 0;
    qint64 newestMs = -1; // newest event timestamp received (pages come in ascending order)
    bool started = false;
    bool fetched = false; // the page chain ended
};

} // namespace

class ClusterEventsFetcherPrivate final
{
public:
    ClusterEventsFetcherPrivate(
        ClusterEventsFetcher *q, Connection *connection, QString clusterId, qint64 startMs, qint64 endMs)
        : q(q)
        , connection(connection)
        , clusterId(std::move(clusterId))
        , startMs(startMs)
        , endMs(endMs)
    { }

    void start();
    void launchMore();
    void launch(int index);
    void onPage(int index, const QJsonObject &page);
    void onConverted(int index, PageSlot *slot, QVector<ClusterEvent> events);
    void onShardFinished(int index);
    void flush();
    void fail(const ApiError &error);
    void stopAll();
    void reportProgress();
    qint64 coveredMs() const;
    qint64 windowMs() const { return std::max<qint64>(1, endMs - startMs + 1); }

    ClusterEventsFetcher *q;
    QPointer<Connection> connection;
    QString clusterId;
    qint64 startMs;
    qint64 endMs;
    int maxConcurrency = 6;
    int shardCount = 0;
    int pageSize = 500;
    QStringList eventTypes;
    bool keepEvents = false;

    std::vector<Shard> shards;
    int head = 0; // first shard not yet fully emitted
    int nextToLaunch = 0;
    int running = 0;
    int limit = 6; // current concurrency, lowered on 429
    int successStreak = 0;
    int requests = 0;
    int legacyPages = 0;
    int peak = 0;
    qint64 emitted = 0;
    bool active = false;
    bool done = false;

    // Duplicate guard where shards meet: events already emitted at the latest timestamp.
    qint64 lastTimestamp = std::numeric_limits<qint64>::min();
    QVector<ClusterEvent> atLastTimestamp;
    QVector<ClusterEvent> kept;
};

void ClusterEventsFetcherPrivate::start()
{
    const int count = std::max(1, shardCount > 0 ? shardCount : 4 * maxConcurrency);
    const qint64 span = std::max<qint64>(1, endMs - startMs + 1);
    const int n = int(std::min<qint64>(count, span));
    shards.clear();
    shards.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        Shard &shard = shards[size_t(i)];
        shard.start = startMs + span * i / n;
        // Adjacent shards share their boundary millisecond: whether the server's end_time is
        // inclusive or exclusive, no event is lost; duplicates are dropped when merging.
        shard.end = i + 1 < n ? startMs + span * (i + 1) / n : endMs;
    }
    limit = maxConcurrency;
    active = true;
    launchMore();
}

void ClusterEventsFetcherPrivate::launchMore()
{
    while (active && running < limit && nextToLaunch < int(shards.size()))
        launch(nextToLaunch++);
}

void ClusterEventsFetcherPrivate::launch(int index)
{
    Shard &shard = shards[size_t(index)];
    ClusterEventsParams params;
    params.clusterId = clusterId;
    params.startTime = shard.start;
    params.endTime = shard.end;
    params.order = u"ASC"_s;
    params.eventTypes = eventTypes;
    params.pageSize = pageSize;
    PageFetcher *fetcher = PageFetcher::clusterEvents(connection, params, q);
    shard.fetcher = fetcher;
    shard.started = true;
    ++running;
    peak = std::max(peak, running);
    QObject::connect(
        fetcher, &PageFetcher::page, q, [this, index](const QJsonObject &page) { onPage(index, page); });
    QObject::connect(fetcher, &PageFetcher::retrying, q, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::RateLimited) {
            // Back off: fewer chains in flight until the server keeps up again.
            limit = std::max(1, limit / 2);
            successStreak = 0;
            qCDebug(lcApi) << "clusters/events: rate limited, concurrency now" << limit;
        }
    });
    QObject::connect(fetcher, &PageFetcher::finished, q, [this, index] { onShardFinished(index); });
    QObject::connect(fetcher, &PageFetcher::failed, q, [this](const ApiError &error) { fail(error); });
    fetcher->start();
}

void ClusterEventsFetcherPrivate::onPage(int index, const QJsonObject &page)
{
    Shard &shard = shards[size_t(index)];
    const QJsonArray events = page.value(u"events"_s).toArray();
    shard.received += events.size();
    if (!events.isEmpty()) {
        const qint64 newest = events.last().toObject().value(u"timestamp"_s).toInteger(-1);
        shard.newestMs = std::max(shard.newestMs, std::min(newest, shard.end));
    }
    if (++successStreak >= 8 && limit < maxConcurrency) {
        ++limit;
        successStreak = 0;
        launchMore();
    }
    shard.pages.emplace_back();
    PageSlot *slot = &shard.pages.back(); // deque: stable address while we only push/pop ends
    ++shard.converting;
    auto *watcher = new QFutureWatcher<QVector<ClusterEvent>>(q);
    QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, index, slot, watcher] {
        watcher->deleteLater();
        if (!active)
            return;
        onConverted(index, slot, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(apiWorkerPool(), [events] { return ClusterEvent::fromJsonArray(events); }));
    reportProgress();
}

void ClusterEventsFetcherPrivate::onConverted(int index, PageSlot *slot, QVector<ClusterEvent> events)
{
    slot->events = std::move(events);
    slot->ready = true;
    --shards[size_t(index)].converting;
    flush();
}

void ClusterEventsFetcherPrivate::onShardFinished(int index)
{
    Shard &shard = shards[size_t(index)];
    shard.fetched = true;
    requests += shard.fetcher->requestsSent();
    legacyPages += shard.fetcher->legacyPagesFollowed();
    shard.fetcher->deleteLater();
    shard.fetcher = nullptr;
    --running;
    launchMore();
    flush();
}

void ClusterEventsFetcherPrivate::flush()
{
    QVector<ClusterEvent> batch;
    while (head < int(shards.size())) {
        Shard &shard = shards[size_t(head)];
        while (!shard.pages.empty() && shard.pages.front().ready) {
            for (ClusterEvent &event : shard.pages.front().events) {
                if (event.timestamp() == lastTimestamp) {
                    if (atLastTimestamp.contains(event))
                        continue;
                } else {
                    lastTimestamp = event.timestamp();
                    atLastTimestamp.clear();
                }
                atLastTimestamp.append(event);
                batch.append(std::move(event));
            }
            shard.pages.pop_front();
        }
        if (!shard.fetched || shard.converting > 0 || !shard.pages.empty())
            break;
        ++head;
    }
    const QPointer<ClusterEventsFetcher> guard(q);
    if (!batch.isEmpty()) {
        emitted += batch.size();
        if (keepEvents)
            kept += batch;
        emit q->eventsReady(batch);
        if (!guard || !active)
            return;
    }
    if (head == int(shards.size()) && active) {
        active = false;
        done = true;
        emit q->progress(emitted, windowMs(), windowMs());
        emit q->finished();
    }
}

qint64 ClusterEventsFetcherPrivate::coveredMs() const
{
    qint64 covered = 0;
    for (const Shard &shard : shards) {
        if (shard.fetched)
            covered += shard.end - shard.start + 1;
        else if (shard.newestMs >= shard.start)
            covered += shard.newestMs - shard.start + 1;
    }
    return std::min(covered, windowMs());
}

void ClusterEventsFetcherPrivate::reportProgress()
{
    if (!active)
        return;
    qint64 received = 0;
    for (const Shard &shard : shards)
        received += shard.received;
    emit q->progress(received, coveredMs(), windowMs());
}

void ClusterEventsFetcherPrivate::stopAll()
{
    active = false;
    for (Shard &shard : shards) {
        if (shard.fetcher) {
            requests += shard.fetcher->requestsSent();
            legacyPages += shard.fetcher->legacyPagesFollowed();
            shard.fetcher->disconnect(q);
            shard.fetcher->cancel();
            shard.fetcher->deleteLater();
            shard.fetcher = nullptr;
        }
    }
    running = 0;
}

void ClusterEventsFetcherPrivate::fail(const ApiError &error)
{
    if (!active)
        return;
    stopAll();
    done = true;
    emit q->failed(error);
}

ClusterEventsFetcher::ClusterEventsFetcher(
    Connection *connection, const QString &clusterId, qint64 startMs, qint64 endMs, QObject *parent)
    : QObject(parent)
    , m_d(std::make_unique<ClusterEventsFetcherPrivate>(this, connection, clusterId, startMs, endMs))
{ }

ClusterEventsFetcher::~ClusterEventsFetcher()
{
    if (m_d->active) {
        m_d->stopAll();
    }
}

void ClusterEventsFetcher::setMaxConcurrency(int requests)
{
    m_d->maxConcurrency = std::clamp(requests, 1, 6);
}

void ClusterEventsFetcher::setShardCount(int shards)
{
    m_d->shardCount = std::max(0, shards);
}

void ClusterEventsFetcher::setPageSize(int events)
{
    m_d->pageSize = std::clamp(events, 1, 500);
}

void ClusterEventsFetcher::setEventTypes(const QStringList &types)
{
    m_d->eventTypes = types;
}

void ClusterEventsFetcher::setKeepEvents(bool keep)
{
    m_d->keepEvents = keep;
}

void ClusterEventsFetcher::start()
{
    if (m_d->active || m_d->done)
        return;
    if (!m_d->connection) {
        m_d->done = true;
        QMetaObject::invokeMethod(
            this, [this] { emit failed(ApiError(ApiError::Kind::Cancelled, u"no connection"_s)); },
            Qt::QueuedConnection);
        return;
    }
    m_d->start();
}

void ClusterEventsFetcher::cancel()
{
    if (!m_d->active)
        return;
    m_d->fail(ApiError(ApiError::Kind::Cancelled, u"cancelled"_s));
}

bool ClusterEventsFetcher::isRunning() const
{
    return m_d->active;
}

qint64 ClusterEventsFetcher::eventCount() const
{
    return m_d->emitted;
}

int ClusterEventsFetcher::requestCount() const
{
    int count = m_d->requests;
    for (const Shard &shard : m_d->shards) {
        if (shard.fetcher)
            count += shard.fetcher->requestsSent();
    }
    return count;
}

int ClusterEventsFetcher::peakConcurrency() const
{
    return m_d->peak;
}

QVector<ClusterEvent> ClusterEventsFetcher::events() const
{
    return m_d->kept;
}

qint64 ClusterEventsFetcher::startMs() const
{
    return m_d->startMs;
}

qint64 ClusterEventsFetcher::endMs() const
{
    return m_d->endMs;
}

qint64 ClusterEventsFetcher::reachedMs() const
{
    const ClusterEventsFetcherPrivate &d = *m_d;
    if (d.done && !d.active && d.head >= int(d.shards.size()))
        return d.endMs;
    if (d.head >= int(d.shards.size()))
        return d.shards.empty() ? d.startMs : d.endMs;
    // Shards before the head are fully delivered; within the head, up to the newest event
    // emitted so far.
    const qint64 headStart = d.shards[size_t(d.head)].start;
    const qint64 lastEmitted = d.emitted > 0 ? d.lastTimestamp : d.startMs;
    return std::max(headStart, lastEmitted);
}

int ClusterEventsFetcher::legacyPagesFollowed() const
{
    int count = m_d->legacyPages;
    for (const Shard &shard : m_d->shards) {
        if (shard.fetcher)
            count += shard.fetcher->legacyPagesFollowed();
    }
    return count;
}

} // namespace brickdesk
