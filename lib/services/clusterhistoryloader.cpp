#include "services/clusterhistoryloader.h"

#include "analysis/nodechartbuilder.h"
#include "api/clustereventsfetcher.h"
#include "api/connection.h"

#include <QDateTime>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClusterHistoryLoader::ClusterHistoryLoader(
    Connection *connection, const QString &clusterId, qint64 fromMs, qint64 toMs, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clusterId(clusterId)
    , m_fromMs(fromMs)
    , m_toMs(toMs)
    , m_label(clusterId)
{
    connect(&m_builder, &QFutureWatcher<Built>::finished, this, [this] {
        if (!m_running)
            return;
        Built built = m_builder.result();
        m_timeline = std::move(built.timeline);
        m_chartData = std::move(built.chart);
        m_running = false;
        emit loaded();
    });
}

ClusterHistoryLoader::~ClusterHistoryLoader()
{
    ++m_generation;
    m_probe.abort();
    if (m_fetcher)
        m_fetcher->disconnect(this);
    m_builder.waitForFinished();
}

qint64 ClusterHistoryLoader::reachedMs() const
{
    if (m_fetched)
        return m_toMs;
    return m_fetcher ? m_fetcher->reachedMs() : m_fromMs;
}

int ClusterHistoryLoader::requestCount() const
{
    return m_requests + (m_fetcher ? m_fetcher->requestCount() : 0);
}

void ClusterHistoryLoader::start()
{
    if (m_running)
        return;
    if (!m_connection) {
        fail(ApiError(ApiError::Kind::Network, tr("Not connected to a workspace.")));
        return;
    }
    m_running = true;
    m_fetched = false;
    m_events.clear();
    m_eventCount = 0;
    if (m_fromMs > 0) {
        startFetch();
        return;
    }
    // "All available": the API keeps events for a limited time; ask for the oldest one so the
    // time shards cover exactly what exists.
    ClusterEventsParams params;
    params.clusterId = m_clusterId;
    params.endTime = m_toMs;
    params.order = u"ASC"_s;
    params.pageSize = 1;
    const int generation = ++m_generation;
    m_probe = m_connection->clusters().eventsPage(params);
    m_probe.then(this, [this, generation](const ApiResult<ClusterEventsPage> &result) {
        if (generation != m_generation || !m_running)
            return;
        m_probe = {};
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        const QVector<ClusterEvent> &events = result.value().events;
        m_fromMs = events.isEmpty() ? m_toMs - 1 : events.first().timestamp();
        startFetch();
    });
}

void ClusterHistoryLoader::startFetch()
{
    m_fetcher = new ClusterEventsFetcher(m_connection, m_clusterId, m_fromMs, m_toMs, this);
    if (m_maxConcurrency > 0)
        m_fetcher->setMaxConcurrency(m_maxConcurrency);
    if (m_shardCount > 0)
        m_fetcher->setShardCount(m_shardCount);
    if (m_pageSize > 0)
        m_fetcher->setPageSize(m_pageSize);
    connect(m_fetcher, &ClusterEventsFetcher::eventsReady, this, [this](const QVector<ClusterEvent> &events) {
        if (m_keepEvents)
            m_events.append(events);
        m_eventCount += events.size();
        emit eventsReady(events);
    });
    connect(m_fetcher, &ClusterEventsFetcher::progress, this, &ClusterHistoryLoader::progress);
    connect(m_fetcher, &ClusterEventsFetcher::finished, this, [this] {
        m_requests += m_fetcher->requestCount();
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
        m_fetched = true;
        const QPointer<ClusterHistoryLoader> guard(this);
        emit fetched();
        if (!guard || !m_running)
            return;
        if (m_eventsOnly) {
            m_running = false;
            emit loaded();
            return;
        }
        build();
    });
    connect(m_fetcher, &ClusterEventsFetcher::failed, this, [this](const ApiError &error) {
        if (m_fetcher) {
            m_fetcher->deleteLater();
            m_fetcher = nullptr;
        }
        fail(error);
    });
    m_fetcher->start();
}

void ClusterHistoryLoader::build()
{
    TimelineOptions options;
    options.endMs = std::min(m_toMs, QDateTime::currentMSecsSinceEpoch());
    options.knownSize = m_knownSize;
    const QVector<ClusterEvent> events = m_events; // shared, not copied
    const QString label = m_label;
    m_builder.setFuture(QtConcurrent::run([events, options, label] {
        Built built;
        built.timeline = buildNodeTimeline(events, options);
        built.chart = buildNodeChartData(built.timeline, events, label);
        return built;
    }));
}

void ClusterHistoryLoader::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // a probe still in flight is ignored when it lands
    m_probe.abort();
    m_probe = {};
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->cancel();
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    fail(ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void ClusterHistoryLoader::fail(const ApiError &error)
{
    m_running = false;
    emit failed(error);
}

} // namespace brickdesk
