#pragma once

#include "api/apierror.h"
#include "domain/clusterevent.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace brickdesk {

class ClusterEventsFetcher;
class Connection;

// Events of one cluster, oldest first, held as compact ClusterEvent values so that the table
// and the node-count chart share one copy (events()). Fed in bulk: appendEvents() (from any
// source), or load()/refresh(), which run the sharded ClusterEventsFetcher and append events as
// they arrive in time order.
class ClusterEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        SummaryColumn,
        WorkersColumn,
        CauseColumn,
        UserColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole + 1, // QString "<timestamp>:<type>" (events have no id)
        RawJsonRole, // QJsonObject, decoded on demand
        StateRole, // int ClusterEvent::Type
        SortRole,
        EventRole, // QVariant<ClusterEvent>
        TypeNameRole, // wire name, also for unknown types
        TimestampRole, // qint64 ms
        CurrentWorkersRole, // int, -1 when absent
        TargetWorkersRole, // int, -1 when absent
        SummaryRole, // EventSummary::summary
    };
    Q_ENUM(Roles)

    explicit ClusterEventsModel(QObject *parent = nullptr);
    ~ClusterEventsModel() override;

    // Adds events (any order); keeps rows in time order and drops exact duplicates.
    void appendEvents(const QVector<ClusterEvent> &events);
    void clear();
    const QVector<ClusterEvent> &events() const { return m_events; }
    ClusterEvent event(int row) const { return m_events.value(row); }

    // Fetches [startMs, endMs] of `clusterId` (replacing current rows).
    void load(Connection *connection, const QString &clusterId, qint64 startMs, qint64 endMs);
    // Fetches what happened since the newest event (up to now) and appends it.
    void refresh();
    void cancel();
    bool isLoading() const { return !m_fetcher.isNull(); }
    QString clusterId() const { return m_clusterId; }
    ApiError lastError() const { return m_lastError; }
    // Fetch tuning passed to ClusterEventsFetcher (0 = its default).
    void setMaxConcurrency(int requests) { m_maxConcurrency = requests; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    void progress(qint64 loaded, qint64 total);
    void errorOccurred(const brickdesk::ApiError &error);
    void loaded();

private:
    void startFetch(qint64 startMs, qint64 endMs);
    void stopFetcher();
    int previousWorkers(int row) const;

    QVector<ClusterEvent> m_events;
    QPointer<Connection> m_connection;
    QPointer<ClusterEventsFetcher> m_fetcher;
    QString m_clusterId;
    qint64 m_endMs = 0;
    int m_maxConcurrency = 0;
    ApiError m_lastError;
};

} // namespace brickdesk
