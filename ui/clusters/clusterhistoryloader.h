#pragma once

#include "analysis/nodetimeline.h"
#include "api/apierror.h"
#include "charts/nodechartdata.h"
#include "domain/clusterevent.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace brickdesk {

class ApiReply;
class Connection;
class ClusterEventsFetcher;

// Loads one cluster's history for a time window: every event through all pages (in parallel
// time shards, ClusterEventsFetcher), then the node timeline and the chart's data built on a
// worker thread. The GUI thread only appends batches of events as they arrive.
//
// fromMs <= 0 means "all available": the first event is asked for first, then the window
// starts there. Ends with exactly one loaded() or failed(); cancel() fails with
// Kind::Cancelled synchronously, after which nothing is emitted.
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

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    QString clusterId() const { return m_clusterId; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    const QVector<ClusterEvent> &events() const { return m_events; }
    const NodeTimeline &timeline() const { return m_timeline; }
    const NodeChartData &chartData() const { return m_chartData; }

signals:
    // A batch of events, in ascending time order across batches.
    void eventsReady(const QVector<brickdesk::ClusterEvent> &events);
    void progress(qint64 eventsSoFar, qint64 totalEstimate);
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

    void startFetch();
    void build();
    void fail(const ApiError &error);

    QPointer<Connection> m_connection;
    QString m_clusterId;
    qint64 m_fromMs;
    qint64 m_toMs;
    QString m_label;
    ClusterEvent::Size m_knownSize;
    QPointer<ApiReply> m_probe;
    ClusterEventsFetcher *m_fetcher = nullptr;
    QFutureWatcher<Built> m_builder;
    QVector<ClusterEvent> m_events;
    NodeTimeline m_timeline;
    NodeChartData m_chartData;
    bool m_running = false;
};

} // namespace brickdesk
