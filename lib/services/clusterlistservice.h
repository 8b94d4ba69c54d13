#pragma once

#include <QObject>
#include <QPointer>

namespace brickdesk {

class ClustersModel;
class ClustersService;
class Connection;
class OfflineListFallback;
class WorkspaceReachability;

// The clusters list of a workspace, kept current: clusters/list paged into a ClustersModel,
// and each configuration it lists kept in the workspace's archive (through ClustersService,
// as opening a job keeps its settings). While the workspace cannot be reached, an empty (or
// archived) list shows the clusters the archive knows instead: their newest configuration,
// the state their last archived events leave them in, and until when the archive saw them.
// When it answers again, the list is read from it again.
class ClusterListService final : public QObject
{
    Q_OBJECT
public:
    // `clusters` (not owned) keeps the archive and knows whether the workspace can be reached.
    explicit ClusterListService(ClustersService *clusters, QObject *parent = nullptr);
    ~ClusterListService() override;

    ClustersModel *model() const { return m_model; }

    // nullptr: no workspace. Loads the list of a new one.
    void setConnection(Connection *connection);
    void setReachability(WorkspaceReachability *reachability);
    bool isOffline() const;
    // Asks the workspace again (nothing while it cannot be reached).
    void refresh();

signals:
    // The model holds what the archive kept (ClustersModel::isArchived()).
    void archivedShown();

private:
    ClustersService *m_clusters;
    ClustersModel *m_model;
    OfflineListFallback *m_offline;
    QPointer<Connection> m_connection;
};

} // namespace brickdesk
