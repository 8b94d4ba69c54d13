#include "services/clusterlistservice.h"

#include "api/connection.h"
#include "models/clustersmodel.h"
#include "services/clustersservice.h"
#include "services/offlinearchive.h"
#include "services/offlinelistfallback.h"

#include <QHash>

namespace brickdesk {

ClusterListService::ClusterListService(ClustersService *clusters, QObject *parent)
    : QObject(parent)
    , m_clusters(clusters)
    , m_model(new ClustersModel(this))
    , m_offline(new OfflineListFallback(
          m_model, [this] { return m_model->isArchived(); },
          [](OfflineArchive *archive) { archive->readClusters(); }, this))
{
    // Every list the workspace gives is archived, so that it can be shown when it cannot be asked.
    connect(m_model, &ClustersModel::loaded, this, [this] {
        if (m_model->isArchived())
            return;
        QVector<QJsonObject> clusters;
        clusters.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            clusters.append(m_model->cluster(row).raw());
        m_clusters->archiveConfigurations(clusters);
    });
    connect(m_offline->archive(), &OfflineArchive::clustersRead, this,
        [this](const OfflineArchive::ClusterList &list) {
            if (!m_offline->wantsArchive())
                return;
            QVector<QJsonObject> clusters;
            QHash<QString, qint64> lastSeen;
            clusters.reserve(list.clusters.size());
            for (const OfflineArchive::ArchivedCluster &cluster : list.clusters) {
                clusters.append(OfflineArchive::clusterJson(cluster));
                lastSeen.insert(cluster.clusterId, cluster.lastSeenMs());
            }
            m_model->showArchived(clusters, lastSeen, list.asOfMs);
            emit archivedShown();
        });
}

ClusterListService::~ClusterListService() = default;

void ClusterListService::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    m_model->setConnection(connection);
    if (connection && !isOffline())
        m_model->reload();
}

void ClusterListService::setReachability(WorkspaceReachability *reachability)
{
    m_clusters->setReachability(reachability);
    m_offline->setReachability(reachability);
}

bool ClusterListService::isOffline() const
{
    return m_offline->isOffline();
}

void ClusterListService::refresh()
{
    if (m_connection && !isOffline())
        m_model->refresh();
}

} // namespace brickdesk
