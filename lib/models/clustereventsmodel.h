#pragma once

#include "domain/clusterevent.h"

#include <QAbstractTableModel>
#include <QVector>

namespace brickdesk {

// Events of one cluster, oldest first, held as compact ClusterEvent values so that the table
// and the node-count chart share one copy (events()). Fed in bulk by appendEvents(), from
// ClusterHistoryLoader::eventsReady (services/clusterhistoryloader.h): the one way events are
// loaded.
class ClusterEventsModel final : public QAbstractTableModel
{
    Q_OBJECT

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
    ClusterEvent eventAt(int row) const { return m_events.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int previousWorkers(int row) const;

    QVector<ClusterEvent> m_events;
};

} // namespace brickdesk
