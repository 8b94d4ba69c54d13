#include "services/clusterhistoryloader.h"

#include "analysis/nodechartbuilder.h"
#include "api/clustereventsfetcher.h"
#include "api/connection.h"
#include "archive/archive.h"

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
        if (m_storeTimeline && m_archive) {
            // Built and kept by the archive, after everything asked before it and waited for
            // by nobody: the next load of this cluster draws at once.
            m_archive->refreshNodeTimeline(m_clusterId);
        }
        emit loaded();
    });
}

void ClusterHistoryLoader::setArchive(Archive *archive)
{
    m_archive = archive;
}

ClusterHistoryLoader::~ClusterHistoryLoader()
{
    ++m_generation;
    m_probe.abort();
    m_archiveRead.disconnect(this);
    m_timelineRead.disconnect(this);
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
    if (!m_connection && !m_archiveOnly) {
        fail(ApiError(ApiError::Kind::Network, tr("Not connected to a workspace.")));
        return;
    }
    m_running = true;
    m_fetched = false;
    m_events.clear();
    m_eventCount = 0;
    m_archivedUntilMs = 0;
    m_archivedCount = 0;
    m_preview = {};
    m_storeTimeline = false;
    if (m_archiveOnly) {
        ++m_generation;
        // As if the API's oldest event came after the window: all of it from the archive.
        if (m_archive) {
            readArchive(m_toMs + 1);
        } else {
            m_fromMs = m_fromMs > 0 ? m_fromMs : m_toMs - 1;
            finishFetch();
        }
        return;
    }
    if (m_fromMs > 0 && !m_archive) {
        startFetch();
        return;
    }
    probeOldest();
}

// The API keeps events for a limited time: its oldest event says where the archive's part of
// the window ends and, for "all available", where the API's part begins.
void ClusterHistoryLoader::probeOldest()
{
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
        // None up to the window's end: the API holds nothing of the window.
        const qint64 apiOldest = events.isEmpty() ? m_toMs + 1 : events.first().timestamp();
        if (m_archive && (m_fromMs <= 0 || m_fromMs < apiOldest)) {
            readArchive(apiOldest);
            return;
        }
        if (m_fromMs <= 0)
            m_fromMs = events.isEmpty() ? m_toMs - 1 : apiOldest;
        startFetch();
    });
}

// The archive keeps each cluster's node timeline: read before the events (which take seconds
// to read and parse at a million), the chart can draw the archived stretch at once.
void ClusterHistoryLoader::readStoredTimeline(qint64 archivedUntilMs)
{
    const int generation = m_generation;
    m_timelineRead.disconnect(this);
    connect(
        &m_timelineRead, &QFutureWatcher<std::optional<NodeChartData>>::finished, this, [this, generation] {
            if (generation != m_generation || !m_running || m_fetched)
                return;
            const std::optional<NodeChartData> preview
                = m_timelineRead.future().resultCount() > 0 ? m_timelineRead.result() : std::nullopt;
            if (!preview) {
                m_storeTimeline = true;
                return;
            }
            m_preview = *preview;
            emit previewReady();
        });
    m_timelineRead.setFuture(m_archive->run([clusterId = m_clusterId, from = m_fromMs, to = m_toMs,
                                                label = m_label, archivedUntilMs](ArchiveDatabase &db) {
        const std::optional<NodeTimeline> timeline
            = db.isOpen() ? db.nodeTimeline(clusterId, ArchiveTimelineStore::Missing::Skip) : std::nullopt;
        if (!timeline || timeline->endMs() < from)
            return std::optional<NodeChartData>();
        NodeChartData data = windowOfNodeChart(buildNodeChartData(*timeline, {}, label), from, to);
        data.archivedUntilMs = archivedUntilMs;
        return std::optional<NodeChartData>(std::move(data));
    }));
}

void ClusterHistoryLoader::readArchive(qint64 apiOldestMs)
{
    if (!m_eventsOnly)
        readStoredTimeline(std::min(apiOldestMs, m_toMs));
    const QString clusterId = m_clusterId;
    const qint64 from = std::max<qint64>(m_fromMs, 0);
    const qint64 to = std::min(m_toMs, apiOldestMs - 1);
    const int generation = m_generation;
    m_archiveRead.disconnect(this);
    connect(&m_archiveRead, &QFutureWatcher<QVector<ClusterEvent>>::finished, this,
        [this, generation, apiOldestMs] {
            if (generation != m_generation || !m_running)
                return;
            const QVector<ClusterEvent> archived
                = m_archiveRead.future().resultCount() > 0 ? m_archiveRead.result() : QVector<ClusterEvent>();
            if (!archived.isEmpty()) {
                m_archivedUntilMs = std::min(apiOldestMs, m_toMs);
                m_archivedCount = archived.size();
                if (m_fromMs <= 0)
                    m_fromMs = archived.first().timestamp();
                if (m_keepEvents)
                    m_events.append(archived);
                m_eventCount += archived.size();
                emit eventsReady(archived);
            }
            if (m_fromMs <= 0)
                m_fromMs = apiOldestMs > m_toMs ? m_toMs - 1 : apiOldestMs;
            if (apiOldestMs > m_toMs) {
                finishFetch(); // the API has nothing of this window
                return;
            }
            startFetch(std::max(m_fromMs, apiOldestMs));
        });
    // Read and parsed on the archive's thread; an archive that cannot be opened adds nothing.
    m_archiveRead.setFuture(m_archive->run([clusterId, from, to](ArchiveDatabase &db) {
        if (!db.isOpen() || to < from)
            return QVector<ClusterEvent>();
        return ClusterEvent::fromJsonArray(db.events(clusterId, from, to));
    }));
}

void ClusterHistoryLoader::archiveBatch(const QVector<ClusterEvent> &events)
{
    if (!m_archive || events.isEmpty())
        return;
    // Written by the archive's low-priority thread, after anything asked before; nobody waits
    // for it.
    m_archive->addEvents(m_clusterId, events);
}

void ClusterHistoryLoader::startFetch(qint64 fromMs)
{
    m_fetcher
        = new ClusterEventsFetcher(m_connection, m_clusterId, fromMs > 0 ? fromMs : m_fromMs, m_toMs, this);
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
        archiveBatch(events);
        emit eventsReady(events);
    });
    connect(m_fetcher, &ClusterEventsFetcher::progress, this, &ClusterHistoryLoader::progress);
    connect(m_fetcher, &ClusterEventsFetcher::finished, this, [this] {
        m_requests += m_fetcher->requestCount();
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
        finishFetch();
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

void ClusterHistoryLoader::finishFetch()
{
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
}

void ClusterHistoryLoader::build()
{
    TimelineOptions options;
    options.endMs = std::min(m_toMs, QDateTime::currentMSecsSinceEpoch());
    options.knownSize = m_knownSize;
    const QVector<ClusterEvent> events = m_events; // shared, not copied
    const QString label = m_label;
    const qint64 archivedUntil = m_archivedUntilMs;
    m_builder.setFuture(QtConcurrent::run([events, options, label, archivedUntil] {
        Built built;
        built.timeline = buildNodeTimeline(events, options);
        built.chart = buildNodeChartData(built.timeline, events, label);
        built.chart.archivedUntilMs = archivedUntil;
        return built;
    }));
}

void ClusterHistoryLoader::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // a probe or archive read still in flight is ignored when it lands
    m_probe.abort();
    m_probe = {};
    m_archiveRead.disconnect(this);
    m_timelineRead.disconnect(this);
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
