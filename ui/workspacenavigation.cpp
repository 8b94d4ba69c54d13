#include "workspacenavigation.h"

#include "common/plaintexttooltip.h"
#include "services/failureinbox.h"
#include "services/workspacereachability.h"
#include "services/workspaceset.h"

#include <QAbstractItemModel>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
// What an item opens, and of which workspace.
constexpr int ScreenRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;

void setBold(QTreeWidgetItem *item, bool bold)
{
    QFont font = item->font(0);
    font.setBold(bold);
    item->setFont(0, font);
}
} // namespace

WorkspaceNavigation::WorkspaceNavigation(FailureInbox *inbox, QWidget *parent)
    : QTreeWidget(parent)
    , m_inbox(inbox)
{
    setObjectName(u"sidebar"_s);
    setAccessibleName(tr("Navigation"));
    setAccessibleDescription(tr("The failure inbox and, for each workspace, its jobs and clusters"));
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setIconSize(QSize(18, 18));
    setMinimumWidth(200);

    m_inboxItem = new QTreeWidgetItem(this);
    m_inboxItem->setData(0, ScreenRole, int(Screen::Inbox));
    m_inboxItem->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(m_inbox, &FailureInbox::countsChanged, this, [this] {
        updateInboxItem();
        for (auto it = m_workspaces.cbegin(); it != m_workspaces.cend(); ++it)
            updateWorkspace(it.key());
    });
    updateInboxItem();

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { choose(item); });
}

void WorkspaceNavigation::addWorkspace(
    const QString &key, const QAbstractItemModel *jobs, const QAbstractItemModel *clusters)
{
    if (m_workspaces.contains(key))
        return;
    Items items;
    items.jobsModel = jobs;
    items.clustersModel = clusters;
    items.workspace = new QTreeWidgetItem(this);
    items.workspace->setData(0, ScreenRole, int(Screen::Workspace));
    items.workspace->setData(0, KeyRole, key);
    const auto child = [&items, &key](Screen screen) {
        auto *item = new QTreeWidgetItem(items.workspace);
        item->setData(0, ScreenRole, int(screen));
        item->setData(0, KeyRole, key);
        return item;
    };
    items.jobs = child(Screen::Jobs);
    items.jobs->setIcon(0, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    items.inbox = child(Screen::Inbox);
    items.inbox->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    items.clusters = child(Screen::Clusters);
    items.clusters->setIcon(0, style()->standardIcon(QStyle::SP_ComputerIcon));
    items.search = child(Screen::Search);
    items.search->setIcon(0, style()->standardIcon(QStyle::SP_FileDialogContentsView));
    items.workspace->setExpanded(true);
    m_workspaces.insert(key, items);

    const auto recount = [this, key] { updateWorkspace(key); };
    for (const QAbstractItemModel *model : {jobs, clusters}) {
        connect(model, &QAbstractItemModel::modelReset, this, recount);
        connect(model, &QAbstractItemModel::rowsInserted, this, recount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, recount);
    }
    updateWorkspace(key);
}

void WorkspaceNavigation::removeWorkspace(const QString &key)
{
    const Items items = m_workspaces.take(key);
    if (!items.workspace)
        return;
    for (const QAbstractItemModel *model : {items.jobsModel, items.clustersModel})
        disconnect(model, nullptr, this, nullptr);
    if (items.reachability)
        items.reachability->disconnect(this);
    // The window decides what to show instead; the deletion must not choose a screen.
    const QSignalBlocker blocker(this);
    delete items.workspace;
}

void WorkspaceNavigation::setReachability(const QString &key, WorkspaceReachability *reachability)
{
    const auto it = m_workspaces.find(key);
    if (it == m_workspaces.end() || it->reachability == reachability)
        return;
    if (it->reachability)
        it->reachability->disconnect(this);
    it->reachability = reachability;
    if (reachability)
        connect(reachability, &WorkspaceReachability::changed, this, [this, key] { updateWorkspace(key); });
    updateWorkspace(key);
}

void WorkspaceNavigation::updateWorkspace(const QString &key)
{
    const auto it = m_workspaces.constFind(key);
    if (it == m_workspaces.cend() || !m_set)
        return;
    const WorkspaceSet::State state = m_set->state(key);
    const QString name = m_set->name(key);
    QString stateText;
    QStyle::StandardPixmap icon = QStyle::SP_DriveNetIcon;
    switch (state) {
    case WorkspaceSet::State::Opening:
        stateText = tr("opening…");
        icon = QStyle::SP_BrowserReload;
        break;
    case WorkspaceSet::State::Connected:
        stateText = tr("connected");
        break;
    case WorkspaceSet::State::Failed:
        stateText = tr("could not connect");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    // Connected but not answering: the banner's words, which only the shown workspace has.
    const QString offline = it->reachability ? it->reachability->offlineText() : QString();
    if (state == WorkspaceSet::State::Connected && !offline.isEmpty()) {
        stateText = tr("offline since %1").arg(it->reachability->offlineSinceText());
        icon = QStyle::SP_MessageBoxWarning;
    }
    QTreeWidgetItem *workspace = it->workspace;
    workspace->setText(0,
        state == WorkspaceSet::State::Connected && offline.isEmpty() ? name
                                                                     : tr("%1 (%2)").arg(name, stateText));
    workspace->setIcon(0, style()->standardIcon(icon));
    const QString error = !offline.isEmpty() ? offline : m_set->errorText(key);
    // The error is the server's or the network's words: shown as they are, wrapped.
    workspace->setToolTip(0,
        plainTextToolTip(
            error.isEmpty() ? tr("%1: %2").arg(name, stateText) : tr("%1: %2").arg(name, error)));
    workspace->setData(0, Qt::AccessibleTextRole, tr("Workspace %1, %2").arg(name, stateText));

    const int jobs = it->jobsModel->rowCount();
    const int clusters = it->clustersModel->rowCount();
    const int unseen = m_inbox->unseenCount(key);
    it->jobs->setText(0, jobs > 0 ? tr("Jobs (%1)").arg(jobs) : tr("Jobs"));
    it->jobs->setData(0, Qt::AccessibleTextRole, tr("Jobs of %1: %n", nullptr, jobs).arg(name));
    it->inbox->setText(0, unseen > 0 ? tr("Failures (%1 new)").arg(unseen) : tr("Failures"));
    it->inbox->setData(
        0, Qt::AccessibleTextRole, tr("Failures of %1: %n not seen", nullptr, unseen).arg(name));
    setBold(it->inbox, unseen > 0);
    it->clusters->setText(0, clusters > 0 ? tr("Clusters (%1)").arg(clusters) : tr("Clusters"));
    it->clusters->setData(0, Qt::AccessibleTextRole, tr("Clusters of %1: %n", nullptr, clusters).arg(name));
    it->search->setText(0, tr("Search archive"));
    it->search->setData(0, Qt::AccessibleTextRole, tr("Search the archive of %1").arg(name));
}

void WorkspaceNavigation::updateInboxItem()
{
    const int unseen = m_inbox->unseenCount();
    m_inboxItem->setText(0, unseen > 0 ? tr("Failure inbox (%1 new)").arg(unseen) : tr("Failure inbox"));
    m_inboxItem->setData(
        0, Qt::AccessibleTextRole, tr("Failure inbox of every workspace: %n not seen", nullptr, unseen));
    setBold(m_inboxItem, unseen > 0);
}

QTreeWidgetItem *WorkspaceNavigation::item(const QString &key, Screen screen) const
{
    if (key.isEmpty())
        return m_inboxItem;
    const auto it = m_workspaces.constFind(key);
    if (it == m_workspaces.cend())
        return nullptr;
    switch (screen) {
    case Screen::Inbox:
        return it->inbox;
    case Screen::Clusters:
        return it->clusters;
    case Screen::Workspace:
        return it->workspace;
    case Screen::Search:
        return it->search;
    case Screen::Jobs:
        break;
    }
    return it->jobs;
}

void WorkspaceNavigation::select(const QString &key, Screen screen)
{
    QTreeWidgetItem *target = item(key, screen);
    if (!target)
        return;
    if (currentItem() == target)
        choose(target);
    else
        setCurrentItem(target);
}

QString WorkspaceNavigation::currentKey() const
{
    const QTreeWidgetItem *current = currentItem();
    return current ? current->data(0, KeyRole).toString() : QString();
}

WorkspaceNavigation::Screen WorkspaceNavigation::currentScreen() const
{
    const QTreeWidgetItem *current = currentItem();
    return current ? Screen(current->data(0, ScreenRole).toInt()) : Screen::Inbox;
}

void WorkspaceNavigation::choose(QTreeWidgetItem *item)
{
    if (item)
        emit screenChosen(item->data(0, KeyRole).toString(), Screen(item->data(0, ScreenRole).toInt()));
}

QString WorkspaceNavigation::screenName(Screen screen)
{
    switch (screen) {
    case Screen::Inbox:
        return u"inbox"_s;
    case Screen::Clusters:
        return u"clusters"_s;
    case Screen::Search:
        return u"search"_s;
    case Screen::Jobs:
    case Screen::Workspace:
        break;
    }
    return u"jobs"_s;
}

WorkspaceNavigation::Screen WorkspaceNavigation::screenFromName(const QString &name, Screen fallback)
{
    if (name == u"inbox")
        return Screen::Inbox;
    if (name == u"clusters")
        return Screen::Clusters;
    if (name == u"jobs")
        return Screen::Jobs;
    if (name == u"search")
        return Screen::Search;
    return fallback;
}

} // namespace brickdesk
