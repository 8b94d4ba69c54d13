#pragma once

#include "api/clustersparams.h"
#include "domain/cluster.h"
#include "models/apilistmodel.h"

namespace brickdesk {

// Clusters (clusters/list, paged in the background): pinned, active and recently terminated.
class ClustersModel final : public ApiListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        WorkersColumn,
        NodeTypeColumn,
        SparkVersionColumn,
        CreatorColumn,
        SourceColumn,
        IdColumn,
        UptimeColumn, // time since the cluster (re)started, for active clusters
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole + 1, // QString cluster_id
        RawJsonRole,
        StateRole, // int Cluster::State
        SortRole,
        ClusterRole, // QVariant<Cluster>
        StateNameRole, // raw state text
        IsActiveRole, // bool
        OwnerRole, // creator_user_name
        TagsRole, // QStringList "key:value" of custom_tags
    };
    Q_ENUM(Roles)

    explicit ClustersModel(QObject *parent = nullptr);

    void setParams(const ClustersListParams &params) { m_params = params; }
    ClustersListParams params() const { return m_params; }

    Cluster cluster(int row) const { return m_clusters.value(row); }

    // Clusters from the local archive (while the workspace cannot be reached), each with when
    // the archive last saw it, and until when it saw the workspace's clusters ("data as of").
    // The first page from the API ends it.
    void showArchived(
        const QVector<QJsonObject> &clusters, const QHash<QString, qint64> &lastSeenMs, qint64 asOfMs);
    bool isArchived() const { return m_archived; }
    qint64 archivedAsOfMs() const { return m_archivedAsOfMs; }
    int rowOfCluster(const QString &clusterId) const { return rowOfKey(clusterId); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "3 / 8" (executors / configured), "2–8 (autoscale)", "4" when no live count is known.
    static QString workersText(const Cluster &cluster);
    // Milliseconds since the cluster last (re)started, -1 unless it is active.
    static qint64 uptimeMs(const Cluster &cluster, qint64 nowMs);
    static QString uptimeText(qint64 ms); // "3 d 4 h", "2 h 5 min", "12 min"

protected:
    PageFetcher *createFetcher(Connection *connection) override;
    QString itemsKey() const override;
    QString keyOf(const QJsonObject &item) const override;
    int itemCount() const override { return int(m_clusters.size()); }
    QString keyAt(int row) const override { return m_clusters.at(row).id(); }
    bool replaceAt(int row, const QJsonObject &item) override;
    void appendItems(const QVector<QJsonObject> &items) override;
    void removeItems(int first, int last) override;
    void clearItems() override { m_clusters.clear(); }
    void afterPage() override;

private:
    ClustersListParams m_params;
    QVector<Cluster> m_clusters;
    bool m_archived = false;
    qint64 m_archivedAsOfMs = 0;
    QHash<QString, qint64> m_archivedSeenMs;
};

} // namespace brickdesk
