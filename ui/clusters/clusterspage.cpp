#include "clusterspage.h"

#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterprompts.h"
#include "clusters/clusterstatebadge.h"
#include "common/textcolours.h"
#include "common/viewstatesaver.h"
#include "common/workspaceactiongate.h"
#include "cost/fleetcostview.h"
#include "models/clustersfilterproxymodel.h"
#include "models/clustersmodel.h"
#include "services/clusterlistservice.h"
#include "services/clustersservice.h"
#include "services/costservice.h"
#include "services/jobcostservice.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Paints the state column as a coloured badge.
class StateBadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const auto state = Cluster::State(index.data(ClustersModel::StateRole).toInt());
        const QString text = ClusterStateBadge::text(state, opt.text);
        opt.text.clear();
        QStyledItemDelegate::paint(painter, opt, index);
        if (text.isEmpty())
            return;
        const QFontMetrics metrics(opt.font);
        const int width = metrics.horizontalAdvance(text) + 12;
        const int height = metrics.height() + 2;
        const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(TextColours::badgeFill(ClusterStateBadge::color(state)));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }
};

// A button over an action of the page's (named as the button), so that one rule can turn the
// actions that need the workspace off (WorkspaceActionGate).
QToolButton *actionButton(
    QWidget *page, const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *action = new QAction(text, page);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ClustersPage::ClustersPage(QWidget *parent)
    : WorkspacePage(parent)
{
    setAccessibleName(tr("Clusters"));
    m_service = new ClustersService(this);
    m_cost = new CostService(QString(), this);
    m_jobCost = new JobCostService(m_cost, this);
    m_list = new ClusterListService(m_service, this);
    m_model = m_list->model();
    m_proxy = new ClustersFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    // When the filter hides the open cluster, a single-selection view selects a neighbour on its
    // own. That must neither replace the detail (and the events it loaded) nor become the target
    // of Start or Terminate: ignore it, and leave nothing selected. Connected before the view
    // gets the model, so that the flag is up before the view reacts.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_proxyRemovingRows = true; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_proxyRemovingRows = false;
        if (m_detail->cluster().isValid() && selectedClusterId() != m_detail->cluster().id())
            m_table->selectionModel()->clearSelection();
        updateActions();
    });

    m_filter = new QLineEdit;
    m_filter->setObjectName(u"clusterFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, id, creator, node type…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter clusters"));
    m_filter->setAccessibleDescription(
        tr("Shows the clusters whose name, ID, creator or node type contains the text"));
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(u"clusterStateFilter"_s);
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("All states"), QString());
    m_stateFilter->addItem(tr("Active"), u"active"_s);
    m_stateFilter->addItem(tr("Running"), u"running"_s);
    m_stateFilter->addItem(tr("Terminated"), u"terminated"_s);
    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(u"clusterKindFilter"_s);
    m_kindFilter->setAccessibleName(tr("Kind of cluster"));
    m_kindFilter->setToolTip(tr("All-purpose clusters are created from the UI or the API; job clusters are "
                                "created for a job run and end with it"));
    m_kindFilter->addItem(tr("All kinds"), int(ClustersFilterProxyModel::Kind::All));
    m_kindFilter->addItem(tr("All-purpose"), int(ClustersFilterProxyModel::Kind::AllPurpose));
    m_kindFilter->addItem(tr("Job clusters"), int(ClustersFilterProxyModel::Kind::Job));
    m_refresh = actionButton(this, tr("Refresh"), u"refreshClustersButton"_s, tr("Reload the list (F5)"));
    m_start = actionButton(this, tr("Start"), u"startClusterButton"_s, tr("Start the selected cluster"));
    m_terminate = actionButton(
        this, tr("Terminate"), u"terminateClusterButton"_s, tr("Terminate the selected cluster"));
    m_resize
        = actionButton(this, tr("Resize…"), u"resizeClusterButton"_s, tr("Change the number of workers"));
    for (QToolButton *button : {m_refresh, m_start, m_terminate, m_resize})
        WorkspaceActionGate::needsWorkspace(button->defaultAction());
    auto *fleet = actionButton(
        this, tr("Fleet cost…"), u"fleetCostButton"_s, tr("Billed cost and idle capacity of every cluster"));
    connect(fleet, &QToolButton::clicked, this, [this] { openFleetCost(); });
    m_status = new QLabel;
    m_status->setObjectName(u"clustersStatus"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_stateFilter);
    bar->addWidget(m_kindFilter);
    bar->addWidget(m_status);
    bar->addSpacing(12);
    bar->addWidget(m_refresh);
    bar->addWidget(m_start);
    bar->addWidget(m_terminate);
    bar->addWidget(m_resize);
    bar->addWidget(fleet);

    m_table = new QTableView;
    m_table->setObjectName(u"clustersTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Clusters"));
    m_table->setAccessibleDescription(
        tr("Every cluster of the workspace; choose one to see its history below"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClustersModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Columns fit their content (the name is not cut for the uptime to take the rest), and the
    // user's widths are remembered.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setItemDelegateForColumn(ClustersModel::StateColumn, new StateBadgeDelegate(m_table));
    ViewStateSaver *columns = ViewStateSaver::attach(m_table->horizontalHeader(), u"clusters/table"_s);
    // Once, when the first clusters arrive, unless the user's widths were restored.
    const auto fit = [this, columns] {
        if (m_columnsFitted || columns->isRestored() || m_model->rowCount() == 0)
            return;
        m_columnsFitted = true;
        m_table->resizeColumnsToContents();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fit);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fit);

    m_detail = new ClusterDetailWidget;
    // Before a cluster is chosen: a sentence and the next step, not an empty chart.
    m_emptyState
        = new QLabel(tr("Choose a cluster in the list above to see its node count over time, its events, "
                        "and what it cost.\nUse the filter to find one by name, ID or creator."));
    m_emptyState->setObjectName(u"clustersEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAccessibleName(tr("No cluster chosen"));
    m_detailStack = new QStackedWidget;
    m_detailStack->setObjectName(u"clusterDetailStack"_s);
    m_detailStack->addWidget(m_emptyState);
    m_detailStack->addWidget(m_detail);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(u"clustersSplitter"_s);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_detailStack);
    // The list gets room for a dozen rows, the detail the rest.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({360, 540});
    ViewStateSaver::attach(m_splitter, u"clusters/splitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ClustersFilterProxyModel::setFilterText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString choice = m_stateFilter->currentData().toString();
        m_proxy->setActiveOnly(choice == u"active"_s);
        QSet<int> states;
        if (choice == u"running"_s)
            states = {int(Cluster::State::Running)};
        else if (choice == u"terminated"_s)
            states = {int(Cluster::State::Terminating), int(Cluster::State::Terminated),
                int(Cluster::State::Error)};
        m_proxy->setStates(states);
    });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setKind(ClustersFilterProxyModel::Kind(m_kindFilter->currentData().toInt())); });
    connect(m_refresh, &QToolButton::clicked, this, &ClustersPage::refresh);
    connect(m_start, &QToolButton::clicked, this, [this] { startCluster(selectedClusterId()); });
    connect(m_terminate, &QToolButton::clicked, this, [this] { terminateCluster(selectedClusterId()); });
    connect(m_resize, &QToolButton::clicked, this, [this] {
        const Cluster cluster = clusterById(selectedClusterId());
        if (!cluster.isValid())
            return;
        ClusterResizeDialog dialog(cluster, this);
        if (dialog.exec() == QDialog::Accepted)
            resizeCluster(cluster.id(), dialog.size());
    });
    // The selection, not the current row, says what is open (see selectedClusterId()).
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ClustersPage::onSelectionChanged);
    connect(m_model, &ClustersModel::dataChanged, this, [this] {
        updateActions();
        // Keep the detail's header current (state, size) without reloading its events.
        const Cluster cluster = clusterById(m_detail->cluster().id());
        if (cluster.isValid())
            m_detail->setCluster(cluster);
    });
    connect(m_model, &ClustersModel::rowsInserted, this, [this] {
        selectPending();
        updateCompareCandidates();
        updateStatus();
    });
    // The archive's clusters arrive all at once, as a reset.
    connect(m_model, &ClustersModel::modelReset, this, [this] {
        selectPending();
        updateCompareCandidates();
    });
    connect(m_model, &ClustersModel::loadingChanged, this, &ClustersPage::updateStatus);
    // The filters change what is shown.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClustersPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClustersPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClustersPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ClustersPage::updateStatus);
    connect(m_model, &ClustersModel::errorOccurred, this, [this](const ApiError &error) {
        emit statusMessage(tr("Could not load the clusters: %1").arg(error.userMessage()), 10000);
    });
    connect(m_detail, &ClusterDetailWidget::statusMessage, this, &ClustersPage::statusMessage);
    updateActions();
}

ClustersPage::~ClustersPage() = default;

void ClustersPage::setArchivePath(const QString &path)
{
    m_service->setArchivePath(path);
}

void ClustersPage::setReachability(WorkspaceReachability *reachability)
{
    m_list->setReachability(reachability);
}

void ClustersPage::setConnection(Connection *connection)
{
    m_service->setConnection(connection);
    m_detail->setService(m_service);
    m_cost->setConnection(connection);
    m_cost->useWorkspaceArchive();
    m_jobCost->useWorkspaceArchive();
    m_detail->setCostService(m_cost);
    if (connection)
        m_cost->refreshWarehouses();
    m_list->setConnection(connection);
    m_detailStack->setCurrentWidget(m_emptyState);
    updateActions();
}

FleetCostView *ClustersPage::openFleetCost()
{
    if (!m_fleet) {
        m_fleet = new FleetCostView(m_cost, this);
        m_fleet->setWindowFlag(Qt::Window);
        m_fleet->setWindowTitle(tr("Fleet cost"));
        m_fleet->resize(1100, 600);
        connect(m_fleet, &FleetCostView::clusterActivated, this, [this](const QString &clusterId) {
            showCluster(clusterId);
            window()->raise();
            window()->activateWindow();
        });
        m_fleet->setJobCostService(m_jobCost);
        connect(m_fleet, &FleetCostView::jobActivated, this, [this](qint64 jobId) {
            emit openJobRequested(jobId);
            window()->raise();
            window()->activateWindow();
        });
    }
    QHash<QString, FleetClusterInfo> clusters;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Cluster c = m_model->cluster(row);
        clusters.insert(c.id(),
            {c.name(), c.creatorUserName(), c.clusterSource(),
                m_model->index(row, 0).data(ClustersModel::TagsRole).toStringList().join(u", "_s)});
    }
    m_fleet->setClusters(clusters);
    m_fleet->show();
    m_fleet->raise();
    m_fleet->load(30);
    return m_fleet;
}

void ClustersPage::refresh()
{
    if (!m_service->isConnected() || m_service->isOffline())
        return;
    m_list->refresh();
    if (m_detail->cluster().isValid())
        m_detail->loadEvents();
}

void ClustersPage::updateStatus()
{
    const QLocale locale;
    const int count = m_model->rowCount();
    QString text = m_model->isLoading() ? tr("Loading… %1").arg(locale.toString(count))
                                        : tr("%n cluster(s)", nullptr, count);
    if (m_model->isArchived())
        text = count == 0
            ? tr("The local archive holds no cluster of this workspace yet")
            : tr("%n cluster(s) from the local archive, data as of %1 (read-only: the "
                 "workspace cannot be reached)",
                nullptr, count)
                  .arg(locale.toString(
                      QDateTime::fromMSecsSinceEpoch(m_model->archivedAsOfMs()), QLocale::ShortFormat));
    const int shown = m_proxy->rowCount();
    if (shown != count)
        text += tr(" — %1 shown").arg(locale.toString(shown));
    m_status->setText(text);
}

QString ClustersPage::selectedClusterId() const
{
    // The selected row, not the current one (which can be a row the view moved to by itself).
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return m_model->cluster(m_proxy->mapToSource(rows.constFirst()).row()).id();
}

Cluster ClustersPage::clusterById(const QString &clusterId) const
{
    if (clusterId.isEmpty())
        return {};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Cluster cluster = m_model->cluster(row);
        if (cluster.id() == clusterId)
            return cluster;
    }
    return {};
}

void ClustersPage::showCluster(const QString &clusterId)
{
    m_pendingClusterId = clusterId;
    selectPending();
}

void ClustersPage::selectPending()
{
    if (m_pendingClusterId.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->cluster(row).id() != m_pendingClusterId)
            continue;
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) {
            // Hidden by the filters: clear them so the cluster can be shown.
            m_filter->clear();
            m_stateFilter->setCurrentIndex(0);
            m_kindFilter->setCurrentIndex(0);
            index = m_proxy->mapFromSource(m_model->index(row, 0));
        }
        m_pendingClusterId.clear();
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return;
    }
}

void ClustersPage::onSelectionChanged()
{
    if (m_proxyRemovingRows)
        return;
    const Cluster cluster = clusterById(selectedClusterId());
    if (cluster.isValid()) {
        m_detail->setCluster(cluster);
        m_detailStack->setCurrentWidget(m_detail);
    }
    updateActions();
}

void ClustersPage::updateCompareCandidates()
{
    QList<QPair<QString, QString>> candidates;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Cluster cluster = m_model->cluster(row);
        candidates.append({cluster.id(), cluster.name()});
    }
    m_detail->setCompareCandidates(candidates);
}

void ClustersPage::updateActions()
{
    const Cluster cluster = clusterById(selectedClusterId());
    const bool connected = m_service->isConnected();
    m_refresh->defaultAction()->setEnabled(connected);
    m_start->defaultAction()->setEnabled(connected && cluster.isValid() && !cluster.isActive());
    m_terminate->defaultAction()->setEnabled(connected && cluster.isValid() && cluster.isActive());
    m_resize->defaultAction()->setEnabled(
        connected && cluster.isValid() && cluster.state() == Cluster::State::Running);
}

void ClustersPage::runAction(const ApiCall<Done> &call, const QString &success, const QString &failure)
{
    call.then(this, [this, success, failure](const ApiResult<Done> &result) {
        if (!result.ok())
            emit statusMessage(failure.arg(result.error().userMessage()), 10000);
        else
            emit statusMessage(success, 6000);
        m_list->refresh();
    });
}

void ClustersPage::startCluster(const QString &clusterId)
{
    const Cluster cluster = clusterById(clusterId);
    if (!m_service->isConnected() || clusterId.isEmpty())
        return;
    const QString name = cluster.isValid() ? cluster.name() : clusterId;
    if (!clusterprompts::confirm(this, tr("Start cluster"),
            tr("Start “%1”? Its nodes are billed from now on until it terminates.").arg(name), tr("Start")))
        return;
    runAction(m_service->start(clusterId), tr("Starting %1").arg(name),
        tr("Could not start %1: %2").arg(name, u"%1"_s));
}

void ClustersPage::terminateCluster(const QString &clusterId)
{
    const Cluster cluster = clusterById(clusterId);
    if (!m_service->isConnected() || clusterId.isEmpty())
        return;
    const QString name = cluster.isValid() ? cluster.name() : clusterId;
    if (!clusterprompts::confirm(this, tr("Terminate cluster"),
            tr("Terminate “%1”? Notebooks and jobs running on it fail, and everything held in its memory and "
               "local disks (cached tables, Spark sessions, temporary files) is lost. The configuration is "
               "kept, and it can be started again.")
                .arg(name),
            tr("Terminate")))
        return;
    runAction(m_service->terminate(clusterId), tr("Terminating %1").arg(name),
        tr("Could not terminate %1: %2").arg(name, u"%1"_s));
}

void ClustersPage::resizeCluster(const QString &clusterId, const ClusterResizeDialog::Size &size)
{
    const Cluster cluster = clusterById(clusterId);
    if (!m_service->isConnected() || clusterId.isEmpty())
        return;
    const QString name = cluster.isValid() ? cluster.name() : clusterId;
    const QString target = ClusterResizeDialog::describe(size);
    if (!clusterprompts::confirm(this, tr("Resize cluster"),
            tr("Resize “%1” to %2? Workers that are removed lose the data cached and shuffled on them; "
               "running tasks on them are retried elsewhere.")
                .arg(name, target),
            tr("Resize")))
        return;
    const ApiCall<Done> call = size.autoscale
        ? m_service->resizeAutoscale(clusterId, size.minWorkers, size.maxWorkers)
        : m_service->resize(clusterId, size.numWorkers);
    runAction(
        call, tr("Resizing %1 to %2").arg(name, target), tr("Could not resize %1: %2").arg(name, u"%1"_s));
}

} // namespace brickdesk
