#include "api/runsrangefetcher.h"

#include "api/pagination.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

RunsRangeFetcher::RunsRangeFetcher(
    Connection *connection, const RunsListParams &params, qint64 fromMs, qint64 toMs, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_params(params)
    , m_from(fromMs)
    , m_to(std::max(fromMs, toMs))
{ }

RunsRangeFetcher::~RunsRangeFetcher()
{
    stopAll();
}

void RunsRangeFetcher::setMaxConcurrency(int requests)
{
    m_maxConcurrency = std::clamp(requests, 1, 6);
}

void RunsRangeFetcher::setShardCount(int shards)
{
    m_shardCount = std::max(0, shards);
}

int RunsRangeFetcher::requestCount() const
{
    int requests = 0;
    for (const Shard &shard : m_shards)
        requests += shard.fetcher ? shard.fetcher->requestsSent() : shard.requests;
    return requests;
}

void RunsRangeFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    const qint64 span = m_to - m_from + 1;
    const qint64 wanted = m_shardCount > 0 ? m_shardCount : 4 * m_maxConcurrency;
    const qint64 count = std::clamp<qint64>(span / 1000, 1, wanted);
    // Newest first, as runs/list orders its answers: [to - width + 1, to], then the one before…
    const qint64 width = span / count;
    for (qint64 i = 0; i < count; ++i) {
        Shard shard;
        shard.to = m_to - i * width;
        shard.from = i == count - 1 ? m_from : shard.to - width + 1;
        m_shards.append(shard);
    }
    startMore();
}

void RunsRangeFetcher::startMore()
{
    while (m_running && m_inFlight < m_maxConcurrency && m_nextToStart < m_shards.size()) {
        const int index = m_nextToStart++;
        Shard &shard = m_shards[index];
        RunsListParams params = m_params;
        params.startTimeFrom = shard.from;
        params.startTimeTo = shard.to;
        params.pageToken.clear();
        PageFetcher *fetcher = PageFetcher::runs(m_connection, params, this);
        shard.fetcher = fetcher;
        connect(fetcher, &PageFetcher::page, this,
            [this, index](const QJsonObject &page) { onPage(index, page); });
        connect(fetcher, &PageFetcher::finished, this, [this, index] { onShardFinished(index); });
        connect(fetcher, &PageFetcher::failed, this, &RunsRangeFetcher::fail);
        ++m_inFlight;
        m_peak = std::max(m_peak, m_inFlight);
        fetcher->start();
    }
}

void RunsRangeFetcher::onPage(int index, const QJsonObject &page)
{
    QVector<QJsonObject> runs;
    for (const QJsonValue &value : page.value(u"runs"_s).toArray())
        runs.append(value.toObject());
    m_received += runs.size();
    if (index == m_nextToDeliver)
        deliver(runs);
    else
        m_shards[index].held += runs;
    if (!m_running)
        return;
    // Until the last shard has answered, extrapolate from the shards that are complete.
    qint64 doneRuns = 0;
    int doneShards = 0;
    for (const Shard &shard : std::as_const(m_shards)) {
        if (shard.done) {
            ++doneShards;
            doneRuns += shard.runs;
        }
    }
    const qint64 estimate
        = doneShards > 0 ? std::max(m_received, doneRuns * m_shards.size() / doneShards) : -1;
    emit progress(m_received, estimate);
}

void RunsRangeFetcher::onShardFinished(int index)
{
    Shard &shard = m_shards[index];
    shard.done = true;
    if (shard.fetcher) {
        shard.runs = shard.fetcher->itemCount();
        shard.requests = shard.fetcher->requestsSent();
        shard.fetcher->deleteLater();
    }
    --m_inFlight;
    while (m_running && m_nextToDeliver < m_shards.size() && m_shards.at(m_nextToDeliver).done) {
        ++m_nextToDeliver;
        if (m_nextToDeliver < m_shards.size()) {
            const QVector<QJsonObject> held = std::exchange(m_shards[m_nextToDeliver].held, {});
            if (!held.isEmpty())
                deliver(held);
        }
    }
    if (!m_running)
        return;
    if (m_nextToDeliver >= m_shards.size()) {
        m_running = false;
        emit progress(m_received, m_received);
        emit finished();
        return;
    }
    startMore();
}

void RunsRangeFetcher::deliver(const QVector<QJsonObject> &runs)
{
    QVector<QJsonObject> fresh;
    fresh.reserve(runs.size());
    for (const QJsonObject &run : runs) {
        const qint64 id = run.value(u"run_id"_s).toInteger();
        if (id > 0 && m_seen.contains(id))
            continue; // listed twice: the list moved between two pages
        m_seen.insert(id);
        fresh.append(run);
    }
    m_delivered += fresh.size();
    if (!fresh.isEmpty())
        emit runsReady(fresh);
}

void RunsRangeFetcher::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    stopAll();
    emit failed(error);
}

void RunsRangeFetcher::cancel()
{
    fail(ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void RunsRangeFetcher::stopAll()
{
    for (Shard &shard : m_shards) {
        if (!shard.fetcher)
            continue;
        PageFetcher *fetcher = shard.fetcher;
        shard.requests = fetcher->requestsSent();
        shard.fetcher = nullptr;
        fetcher->disconnect(this);
        if (fetcher->isRunning())
            fetcher->cancel();
        fetcher->deleteLater();
    }
}

} // namespace brickdesk
