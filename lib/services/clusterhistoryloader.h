#pragma once

#include "analysis/nodechartdata.h"
#include "analysis/nodetimeline.h"
#include "api/apicall.h"
#include "api/apierror.h"
#include "api/clustersapi.h"
#include "domain/clusterevent.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <optional>

namespace brickdesk {

class Archive;
class Connection;
class ClusterEventsFetcher;

// Loads one cluster's history for a time window: every event through all pages (in parallel
// time shards, ClusterEventsFetcher, paged by token), then the node timeline and the chart's
// data built on a worker thread. The one way the clusters page, the export, the benchmarks and
// the tests load events; the GUI thread only appends batches of events as they arrive.
//
// fromMs <= 0 means "all available": the oldest event is asked for first, then the window
// starts there. Ends with exactly one loaded() or failed(); cancel() fails with
// Kind::Cancelled synchronously, after which nothing is emitted.
//
// With the workspace's archive (setArchive), the API's oldest event is asked for first: what
// the window holds before it (past the API's retention) comes from the archive, the rest from
// the API, and what the API sends is archived so that it outlives the API's retention.
class ClusterHistoryLoader final : public QObject
{
    Q_OBJECT
public:
    ClusterHistoryLoader(Connection *connection, const QString &clusterId, qint64 fromMs, qint64 toMs,
        QObject *parent = nullptr);
    ~ClusterHistoryLoader() override;

    // The configuration known from clusters/get, used before the first CREATING/EDITED event.
    void setKnownSize(const ClusterEvent::Size &size) { m_knownSize = size; }
    // Legend text of the chart data.
    void setLabel(const QString &label) { m_label = label; }
    // Fetch tuning (0 = ClusterEventsFetcher's defaults).
    void setMaxConcurrency(int requests) { m_maxConcurrency = requests; }
    void setShardCount(int shards) { m_shardCount = shards; }
    void setPageSize(int events) { m_pageSize = events; }
    // Stop after fetching (no timeline, no chart data): loaded() follows fetched() at once.
    // For consumers that only want the events (the export).
    void setEventsOnly(bool eventsOnly) { m_eventsOnly = eventsOnly; }
    // Also keep the events in events() (default true; the export streams them instead).
    void setKeepEvents(bool keep) { m_keepEvents = keep; }
    // The workspace's archive (not owned; may be null), read for what the API no longer has
    // and written with what it sends.
    void setArchive(Archive *archive);
    // The window from the archive alone, asking the workspace nothing (it cannot be reached):
    // the whole window counts as archived (archivedUntilMs() is toMs()).
    void setArchiveOnly(bool archiveOnly) { m_archiveOnly = archiveOnly; }
    bool isArchiveOnly() const { return m_archiveOnly; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    QString clusterId() const { return m_clusterId; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    // Everything from fromMs() up to this time has been delivered (toMs() once fetched).
    qint64 reachedMs() const;
    qint64 eventCount() const { return m_eventCount; }
    int requestCount() const; // clusters/events pages requested so far
    const QVector<ClusterEvent> &events() const { return m_events; }
    const NodeTimeline &timeline() const { return m_timeline; }
    const NodeChartData &chartData() const { return m_chartData; }
    // What the archive's stored node timeline shows of the window (previewReady()); empty when
    // it has none.
    const NodeChartData &previewData() const { return m_preview; }
    // The events before this time came from the archive (0: none did), and how many.
    qint64 archivedUntilMs() const { return m_archivedUntilMs; }
    qint64 archivedEventCount() const { return m_archivedCount; }

signals:
    // A batch of events, in ascending time order across batches.
    void eventsReady(const QVector<brickdesk::ClusterEvent> &events);
    // Events so far and the time covered of the window (never a count the server claims).
    void progress(qint64 eventsSoFar, qint64 coveredMs, qint64 windowMs);
    // The chart of the window as the archive's stored node timeline has it (previewData()),
    // long before the events are read and fetched: no markers, no vCPUs, and nothing past the
    // archive's newest event. At most once, before loaded(); never when nothing is stored.
    void previewReady();
    // Fetching is over; building the timeline has started.
    void fetched();
    void loaded();
    void failed(const brickdesk::ApiError &error);

private:
    struct Built
    {
        NodeTimeline timeline;
        NodeChartData chart;
    };

    void probeOldest();
    void readArchive(qint64 apiOldestMs);
    void readStoredTimeline(qint64 archivedUntilMs);
    void archiveBatch(const QVector<ClusterEvent> &events);
    void startFetch(qint64 fromMs = 0);
    void finishFetch();
    void build();
    void fail(const ApiError &error);

    QPointer<Connection> m_connection;
    QString m_clusterId;
    qint64 m_fromMs;
    qint64 m_toMs;
    QString m_label;
    ClusterEvent::Size m_knownSize;
    int m_maxConcurrency = 0;
    int m_shardCount = 0;
    int m_pageSize = 0;
    bool m_eventsOnly = false;
    bool m_keepEvents = true;
    bool m_archiveOnly = false;
    QPointer<Archive> m_archive;
    QFutureWatcher<QVector<ClusterEvent>> m_archiveRead;
    QFutureWatcher<std::optional<NodeChartData>> m_timelineRead;
    NodeChartData m_preview;
    bool m_storeTimeline = false; // the archive has none stored: build it once loaded
    qint64 m_archivedUntilMs = 0;
    qint64 m_archivedCount = 0;
    ApiCall<ClusterEventsPage> m_probe;
    bool m_fetched = false;
    ClusterEventsFetcher *m_fetcher = nullptr;
    QFutureWatcher<Built> m_builder;
    QVector<ClusterEvent> m_events;
    qint64 m_eventCount = 0;
    int m_requests = 0;
    NodeTimeline m_timeline;
    NodeChartData m_chartData;
    bool m_running = false;
    int m_generation = 0; // ignores a probe or archive answer that belongs to a cancelled start
};

} // namespace brickdesk
