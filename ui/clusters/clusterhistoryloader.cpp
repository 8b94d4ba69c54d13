#include "clusters/clusterhistoryloader.h"

#include "api/apireply.h"
#include "api/clustereventsfetcher.h"
#include "api/clustersapi.h"
#include "api/connection.h"
#include "clusters/nodechartbuilder.h"

#include <QDateTime>
#include <QJsonArray>
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
    if (m_probe)
        m_probe->disconnect(this);
    if (m_fetcher)
        m_fetcher->disconnect(this);
    m_builder.waitForFinished();
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
    m_events.clear();
    if (m_fromMs > 0) {
        startFetch();
        return;
    }
    // "All available": the API keeps events for a limited time; ask for the oldest one so the
    // time shards cover exactly what exists (guide §2.3).
    ClusterEventsParams params;
    params.clusterId = m_clusterId;
    params.order = u"ASC"_s;
    params.limit = 1;
    m_probe = m_connection->clusters().events(params);
    connect(m_probe, &ApiReply::finished, this, [this, reply = m_probe.data()] {
        m_probe = nullptr;
        if (reply->hasError()) {
            fail(reply->error());
            return;
        }
        const QJsonArray events = reply->json().value(u"events"_s).toArray();
        m_fromMs = events.isEmpty() ? m_toMs - 1
                                    : qint64(events.first().toObject().value(u"timestamp"_s).toInteger());
        startFetch();
    });
}

void ClusterHistoryLoader::startFetch()
{
    m_fetcher = new ClusterEventsFetcher(m_connection, m_clusterId, m_fromMs, m_toMs, this);
    connect(m_fetcher, &ClusterEventsFetcher::eventsReady, this, [this](const QVector<ClusterEvent> &events) {
        m_events.append(events);
        emit eventsReady(events);
    });
    connect(m_fetcher, &ClusterEventsFetcher::progress, this, &ClusterHistoryLoader::progress);
    connect(m_fetcher, &ClusterEventsFetcher::finished, this, [this] {
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
        emit fetched();
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
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe = nullptr;
    }
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
