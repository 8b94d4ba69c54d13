#include "inboxpage.h"

#include "api/jobsparams.h"
#include "common/viewstatesaver.h"
#include "models/failureinboxmodel.h"
#include "runs/rundetailwidget.h"
#include "services/failureinbox.h"
#include "services/runservice.h"

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// One workspace or all of them; unseen failures in bold.
class InboxProxyModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWorkspaceKey(const QString &key)
    {
        m_key = key;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole) {
            const QVariant unseen = QSortFilterProxyModel::data(index, FailureInboxModel::UnseenRole);
            if (unseen.toInt() > 0 || (unseen.typeId() == QMetaType::Bool && unseen.toBool())) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_key.isEmpty() || sourceParent.isValid())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return index.data(FailureInboxModel::WorkspaceKeyRole).toString() == m_key;
    }

private:
    QString m_key;
};

} // namespace

InboxPage::InboxPage(FailureInbox *inbox, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
{
    setObjectName(u"inboxPage"_s);
    setAccessibleName(tr("Failure inbox"));
    auto *proxy = new InboxProxyModel(this);
    proxy->setSourceModel(inbox->model());
    m_proxy = proxy;

    m_heading = new QLabel;
    m_heading->setObjectName(u"inboxHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_summary = new QLabel;
    m_summary->setObjectName(u"inboxSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);

    m_window = new QComboBox;
    m_window->setObjectName(u"inboxWindow"_s);
    m_window->setAccessibleName(tr("Time window"));
    m_window->setAccessibleDescription(tr("How far back failed runs are shown"));
    m_window->addItem(tr("Last 6 hours"), 6);
    m_window->addItem(tr("Last 24 hours"), 24);
    m_window->addItem(tr("Last 3 days"), 72);
    m_window->addItem(tr("Last 7 days"), 168);
    const int current = m_window->findData(inbox->windowHours());
    if (current >= 0) {
        m_window->setCurrentIndex(current);
    } else {
        m_window->addItem(tr("Last %n hour(s)", nullptr, inbox->windowHours()), inbox->windowHours());
        m_window->setCurrentIndex(m_window->count() - 1);
    }
    connect(m_window, &QComboBox::activated, this,
        [this] { m_inbox->setWindowHours(m_window->currentData().toInt()); });

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(u"inboxToolbar"_s);
    toolbar->setAccessibleName(tr("Failure inbox actions"));
    const auto make = [this, toolbar](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        toolbar->addAction(action);
        addAction(action);
        return action;
    };
    m_repairFailed = make(tr("&Repair failed tasks"), u"inboxRepairFailedAction"_s,
        tr("Run the failed tasks of the selected run again"));
    m_repairFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_repairDependents = make(tr("Repair with &dependents"), u"inboxRepairDependentsAction"_s,
        tr("Run the failed tasks and every task that depends on them again"));
    m_repairDependents->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_openJob = make(tr("Open &job"), u"inboxOpenJobAction"_s, tr("Show the job of the selected failure"));
    m_openJob->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    toolbar->addSeparator();
    m_markSeen
        = make(tr("Mark as &seen"), u"inboxMarkSeenAction"_s, tr("Mark the selected failures as seen"));
    m_markSeen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markAllSeen
        = make(tr("Mark &all as seen"), u"inboxMarkAllSeenAction"_s, tr("Mark every failure shown as seen"));
    m_refresh
        = make(tr("Check &now"), u"inboxRefreshAction"_s, tr("Ask every workspace for new failures now"));
    for (QAction *action :
        {m_repairFailed, m_repairDependents, m_openJob, m_markSeen, m_markAllSeen, m_refresh})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_repairFailed, &QAction::triggered, this, [this] { repair(false); });
    connect(m_repairDependents, &QAction::triggered, this, [this] { repair(true); });
    connect(m_openJob, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const qint64 jobId = current.data(FailureInboxModel::JobIdRole).toLongLong();
        if (jobId > 0)
            emit openJobRequested(current.data(FailureInboxModel::WorkspaceKeyRole).toString(), jobId);
    });
    connect(m_markSeen, &QAction::triggered, this, &InboxPage::markSelectionSeen);
    connect(m_markAllSeen, &QAction::triggered, this, [this] { m_inbox->markAllSeen(m_filterKey); });
    connect(m_refresh, &QAction::triggered, m_inbox, &FailureInbox::refresh);

    auto *windowLabel = new QLabel(tr("&Show:"));
    windowLabel->setBuddy(m_window);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(windowLabel);
    top->addWidget(m_window);

    m_view = new QTreeView;
    m_view->setObjectName(u"inboxView"_s);
    m_view->setAccessibleName(tr("Failed runs"));
    m_view->setAccessibleDescription(tr("Failed, timed-out and cancelled runs grouped by job, newest first"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FailureInboxModel::ErrorColumn, QHeaderView::Stretch);
    ViewStateSaver::attach(m_view->header(), u"inbox/tree"_s);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InboxPage::onCurrentChanged);

    m_empty = new QLabel;
    m_empty->setObjectName(u"inboxEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    m_detail = new RunDetailWidget;
    m_detail->setObjectName(u"inboxRunDetail"_s);
    connect(m_detail, &RunDetailWidget::statusMessage, this, &InboxPage::statusMessage);
    connect(m_detail, &RunDetailWidget::runUpdated, this, &InboxPage::updateActions);
    connect(m_detail, &RunDetailWidget::openJobRequested, this,
        [this](qint64 jobId) { emit openJobRequested(m_shownKey, jobId); });
    connect(m_detail, &RunDetailWidget::openClusterRequested, this,
        [this](const QString &clusterId) { emit openClusterRequested(m_shownKey, clusterId); });
    connect(m_detail->service(), &RunService::repairStarted, this, [this] {
        // The repair shows up as a new run state: ask for it now rather than at the next poll.
        m_inbox->refresh();
    });
    m_pickHint
        = new QLabel(tr("Select a failed run to read its error and output here, repair it or open its job."));
    m_pickHint->setObjectName(u"inboxPickHint"_s);
    m_pickHint->setAlignment(Qt::AlignCenter);
    m_pickHint->setWordWrap(true);
    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(m_pickHint);
    m_detailStack->addWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"inboxSplitter"_s);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    ViewStateSaver::attach(splitter, u"inbox/splitter"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(inbox, &FailureInbox::countsChanged, this, &InboxPage::updateEmptyState);
    connect(inbox->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        // Columns fit their content; the error takes what is left.
        for (int column = 0; column < FailureInboxModel::ColumnCount; ++column) {
            if (column != FailureInboxModel::ErrorColumn)
                m_view->resizeColumnToContents(column);
        }
        // The run on screen stays selected across polls.
        if (m_shownRun > 0) {
            const QModelIndex source = m_inbox->model()->indexOfRun(m_shownKey, m_shownRun);
            const QModelIndex index = m_proxy->mapFromSource(source);
            if (index.isValid()) {
                const QSignalBlocker blocker(m_view->selectionModel());
                m_view->setCurrentIndex(index);
            }
        }
    });
    setWorkspaceFilter({});
    updateActions();
}

InboxPage::~InboxPage() = default;

void InboxPage::setWorkspaceFilter(const QString &workspaceKey)
{
    m_filterKey = workspaceKey;
    static_cast<InboxProxyModel *>(m_proxy)->setWorkspaceKey(workspaceKey);
    m_view->expandAll();
    updateEmptyState();
}

void InboxPage::updateEmptyState()
{
    const int keys = int(m_inbox->workspaceKeys().size());
    const QString scope = m_filterKey.isEmpty() ? QString() : m_inbox->workspaceName(m_filterKey);
    m_heading->setText(scope.isEmpty() ? tr("Failures in every workspace") : tr("Failures in %1").arg(scope));
    const int failures = m_inbox->model()->failureCount(m_filterKey);
    const int unseen = m_inbox->unseenCount(m_filterKey);
    m_summary->setText(tr("%n failed run(s), ", nullptr, failures) + tr("%n not seen yet", nullptr, unseen));
    if (keys == 0)
        m_empty->setText(tr("No workspace is connected. Open one with File ▸ Workspaces… (Ctrl+Shift+W)."));
    else
        m_empty->setText(
            tr("No failed, timed-out or cancelled runs in this time window. Choose a longer window "
               "above to look further back."));
    m_listStack->setCurrentWidget(m_proxy->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    m_markAllSeen->setEnabled(unseen > 0);
}

void InboxPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool isRun = current.isValid() && !current.data(FailureInboxModel::IsGroupRole).toBool();
    const bool runLoaded = isRun && m_detail->run().isValid() && m_detail->runId() == m_shownRun
        && m_detail->run().displayState().isTerminal();
    m_repairFailed->setEnabled(runLoaded && m_detail->run().jobId() > 0);
    m_repairDependents->setEnabled(runLoaded && m_detail->run().jobId() > 0);
    m_openJob->setEnabled(current.isValid() && current.data(FailureInboxModel::JobIdRole).toLongLong() > 0);
    m_markSeen->setEnabled(!m_view->selectionModel()->selectedRows().isEmpty());
}

void InboxPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    QModelIndex runIndex = current;
    // A job row shows its newest failure.
    if (current.isValid() && current.data(FailureInboxModel::IsGroupRole).toBool())
        runIndex = m_proxy->index(0, 0, current.siblingAtColumn(0));
    const QString key = runIndex.data(FailureInboxModel::WorkspaceKeyRole).toString();
    const qint64 runId = runIndex.data(FailureInboxModel::RunIdRole).toLongLong();
    if (runId <= 0) {
        m_shownKey.clear();
        m_shownRun = 0;
        m_detail->clear();
        m_detailStack->setCurrentWidget(m_pickHint);
        updateActions();
        return;
    }
    if (key != m_shownKey || runId != m_shownRun) {
        m_shownKey = key;
        m_shownRun = runId;
        m_detail->setConnection(m_lookup ? m_lookup(key) : nullptr);
        m_detail->showRun(runId);
        m_detailStack->setCurrentWidget(m_detail);
    }
    if (!current.data(FailureInboxModel::IsGroupRole).toBool())
        m_inbox->markSeen(key, runId);
    updateActions();
}

bool InboxPage::showFailure(const QString &workspaceKey, qint64 runId)
{
    const QModelIndex source = m_inbox->model()->indexOfRun(workspaceKey, runId);
    if (!source.isValid())
        return false;
    if (!m_filterKey.isEmpty() && m_filterKey != workspaceKey)
        setWorkspaceFilter({});
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void InboxPage::forgetWorkspace(const QString &workspaceKey)
{
    if (m_shownKey == workspaceKey) {
        m_shownKey.clear();
        m_shownRun = 0;
        m_detail->setConnection(nullptr);
        m_detailStack->setCurrentWidget(m_pickHint);
    }
    if (m_filterKey == workspaceKey)
        setWorkspaceFilter({});
}

void InboxPage::repair(bool withDependents)
{
    const Run run = m_detail->run();
    if (!run.isValid() || run.id() != m_shownRun || !run.displayState().isTerminal())
        return;
    RepairRunParams params;
    params.runId = run.id();
    params.rerunAllFailedTasks = true;
    params.rerunDependentTasks = withDependents;
    if (run.latestRepairId() > 0)
        params.latestRepairId = run.latestRepairId();
    m_detail->service()->repair(params);
}

void InboxPage::markSelectionSeen()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString key = row.data(FailureInboxModel::WorkspaceKeyRole).toString();
        if (!row.data(FailureInboxModel::IsGroupRole).toBool()) {
            m_inbox->markSeen(key, row.data(FailureInboxModel::RunIdRole).toLongLong());
            continue;
        }
        for (int child = 0; child < m_proxy->rowCount(row); ++child)
            m_inbox->markSeen(
                key, m_proxy->index(child, 0, row).data(FailureInboxModel::RunIdRole).toLongLong());
    }
}

} // namespace brickdesk
