#pragma once

#include "api/apicall.h"
#include "clusters/clusterresizedialog.h"
#include "common/workspacepage.h"
#include "domain/cluster.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace brickdesk {

class ClusterDetailWidget;
class ClusterListService;
class ClustersFilterProxyModel;
class ClustersModel;
class ClustersService;
class CostService;
class JobCostService;
class FleetCostView;
class Connection;
class WorkspaceReachability;

// The Clusters screen: every cluster of the workspace (all-purpose and job clusters, running
// and terminated) in a sortable, filterable table with state badge, size, node type, runtime,
// creator and uptime; start, terminate and resize with confirmation; and below, the selected
// cluster's detail (configuration, event log, node-count chart).
class ClustersPage final : public WorkspacePage
{
    Q_OBJECT
public:
    explicit ClustersPage(QWidget *parent = nullptr);
    ~ClustersPage() override;

    void setConnection(Connection *connection) override;
    // The workspace's archive: the chart reads past the API's retention from it.
    void setArchivePath(const QString &path);
    // While it says the workspace cannot be reached, the list and a cluster's history come from
    // the archive.
    void setReachability(WorkspaceReachability *reachability);
    void refresh() override;
    // Selects the cluster (once the list has it) and opens its detail.
    void showCluster(const QString &clusterId);
    // Every cluster's billed cost in a window of its own; a row opens that cluster here.
    FleetCostView *openFleetCost();

    // Actions on a cluster; each asks for confirmation first (naming what is lost) and reports
    // the outcome on the status bar.
    void startCluster(const QString &clusterId);
    void terminateCluster(const QString &clusterId);
    void resizeCluster(const QString &clusterId, const ClusterResizeDialog::Size &size);

    ClusterDetailWidget *detail() const { return m_detail; }
    // What shows instead of the detail until a cluster is chosen.
    QLabel *emptyState() const { return m_emptyState; }
    QTableView *table() const { return m_table; }
    ClustersModel *model() const { return m_model; }
    QString selectedClusterId() const;

private:
    void onSelectionChanged();
    void updateActions();
    void selectPending();
    Cluster clusterById(const QString &clusterId) const;
    void runAction(const ApiCall<Done> &call, const QString &success, const QString &failure);
    void updateCompareCandidates();
    void updateStatus();

    ClustersService *m_service = nullptr;
    ClusterListService *m_list = nullptr;
    CostService *m_cost = nullptr;
    JobCostService *m_jobCost = nullptr;
    FleetCostView *m_fleet = nullptr;
    ClustersModel *m_model = nullptr;
    ClustersFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_start = nullptr;
    QToolButton *m_terminate = nullptr;
    QToolButton *m_resize = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    ClusterDetailWidget *m_detail = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_emptyState = nullptr;
    bool m_columnsFitted = false;
    QString m_pendingClusterId;
    bool m_proxyRemovingRows = false;
};

} // namespace brickdesk
