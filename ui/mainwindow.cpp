#include "mainwindow.h"

#include "clusters/clusterspage.h"
#include "common/notifier.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "common/workspacepage.h"
#include "connections/connectiondialog.h"
#include "domain/cluster.h"
#include "domain/job.h"
#include "domain/jobsettings.h"
#include "inbox/inboxpage.h"
#include "inbox/watchrulesdialog.h"
#include "jobs/jobspage.h"
#include "models/clustersmodel.h"
#include "models/failureinboxmodel.h"
#include "models/jobsmodel.h"
#include "palette/commandpalette.h"
#include "services/failureinbox.h"
#include "services/joblistservice.h"
#include "services/watchrules.h"
#include "services/workspaceset.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
// What a navigation item opens, and of which workspace.
constexpr int KindRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;
const QString kInbox = u"inbox"_s;
const QString kJobs = u"jobs"_s;
const QString kClusters = u"clusters"_s;
const QString kWorkspace = u"workspace"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Brickdesk"));
    setWindowIcon(QIcon(u":/icons/brickdesk.svg"_s));

    m_inbox = new FailureInbox(this);
    m_watchRules = new WatchRules(this);
    m_watchRules->attach(m_inbox);
    m_watchRules->setSink(Notifier::instance());
    m_watchRules->setJobTags([this](const QString &key, qint64 jobId) {
        const JobsPage *page = jobsPage(key);
        return page ? page->service()->job(jobId).settings().tags() : QMap<QString, QString>();
    });

    m_sidebar = new QTreeWidget;
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setAccessibleDescription(
        tr("The failure inbox and, for each workspace, its jobs and clusters"));
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setRootIsDecorated(true);
    m_sidebar->setIconSize(QSize(18, 18));
    m_sidebar->setMinimumWidth(200);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1160});
    setCentralWidget(splitter);

    m_inboxPage = new InboxPage(m_inbox);
    m_pages->addWidget(m_inboxPage);
    m_inboxPage->setConnectionLookup(
        [this](const QString &key) { return m_set ? m_set->connection(key) : nullptr; });
    connect(m_inboxPage, &InboxPage::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_inboxPage, &InboxPage::openJobRequested, this,
        qOverload<const QString &, qint64>(&MainWindow::showJob));
    connect(m_inboxPage, &InboxPage::openClusterRequested, this,
        qOverload<const QString &, const QString &>(&MainWindow::showCluster));

    m_inboxItem = new QTreeWidgetItem(m_sidebar);
    m_inboxItem->setData(0, KindRole, kInbox);
    m_inboxItem->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(m_inbox, &FailureInbox::countsChanged, this, [this] {
        updateInboxItem();
        for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
            updateItems(it.key());
    });
    updateInboxItem();

    connect(
        m_sidebar, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { navigate(item); });

    m_palette = new CommandPalette(this);
    // Line edits take Ctrl+K for "delete to the end of the line"; in this window it is the palette.
    qApp->installEventFilter(this);
    connect(m_palette, &CommandPalette::entryActivated, this, &MainWindow::activatePaletteEntry);

    m_workspaceLabel = new QLabel(tr("Not connected"));
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    resize(1400, 900);
    restoreLayout();
    m_sidebar->setCurrentItem(m_inboxItem);

    // Automatic refresh of the visible page, at the interval chosen in Preferences.
    m_autoRefresh = new QTimer(this);
    m_autoRefresh->setObjectName(u"autoRefreshTimer"_s);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        // The Jobs page refreshes itself at the interval chosen in its toolbar; the inbox polls.
        auto *stack = qobject_cast<QStackedWidget *>(m_pages->currentWidget());
        if (isVisible() && !isMinimized() && stack && !qobject_cast<JobsPage *>(stack->currentWidget()))
            refreshCurrentPage();
    });
    Preferences *preferences = Preferences::instance();
    connect(preferences, &Preferences::refreshIntervalChanged, this, &MainWindow::applyRefreshInterval);
    applyRefreshInterval(preferences->refreshIntervalSeconds());

    connect(
        Notifier::instance(), &Notifier::notified, this, [this](const QString &title, const QString &body) {
            statusBar()->showMessage(body.isEmpty() ? title : tr("%1: %2").arg(title, body), 10000);
            QApplication::alert(this);
        });
    connect(Notifier::instance(), &Notifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    m_ownSet = new WorkspaceSet(nullptr, nullptr, nullptr, this);
    setWorkspaceSet(m_ownSet);
}

MainWindow::~MainWindow()
{
    // Screens drop their connections before the workspaces (possibly owned elsewhere) go.
    if (m_set)
        m_set->disconnect(this);
    const QStringList keys = m_views.keys();
    for (const QString &key : keys)
        onWorkspaceClosing(key);
}

void MainWindow::setWorkspaceSet(WorkspaceSet *set)
{
    if (m_set == set)
        return;
    if (m_set) {
        m_set->disconnect(this);
        const QStringList keys = m_views.keys();
        for (const QString &key : keys)
            onWorkspaceClosing(key);
    }
    m_set = set;
    if (!set)
        return;
    connect(set, &WorkspaceSet::added, this, &MainWindow::onWorkspaceAdded);
    connect(set, &WorkspaceSet::stateChanged, this, &MainWindow::onWorkspaceStateChanged);
    connect(set, &WorkspaceSet::aboutToClose, this, &MainWindow::onWorkspaceClosing);
    connect(set, &WorkspaceSet::failed, this, [this](const QString &key, const QString &message) {
        statusBar()->showMessage(tr("“%1” could not be opened: %2").arg(m_set->name(key), message));
    });
    const QStringList keys = set->keys();
    for (const QString &key : keys)
        onWorkspaceAdded(key);
}

void MainWindow::setConnection(const QString &workspaceName, Connection *connection)
{
    m_set->closeAll();
    if (connection)
        showWorkspace(m_set->addConnection(workspaceName, connection));
}

Connection *MainWindow::connection() const
{
    return m_set && !m_currentKey.isEmpty() ? m_set->connection(m_currentKey) : nullptr;
}

void MainWindow::onWorkspaceAdded(const QString &key)
{
    if (m_views.contains(key))
        return;
    WorkspaceView view;
    view.stack = new QStackedWidget;
    view.stack->setObjectName(u"workspaceStack"_s);
    view.jobs = new JobsPage;
    view.jobs->setObjectName(u"jobsPage"_s);
    view.clusters = new ClustersPage;
    view.clusters->setObjectName(u"clustersPage"_s);
    view.stack->addWidget(view.jobs);
    view.stack->addWidget(view.clusters);
    m_pages->addWidget(view.stack);
    connectPage(key, view.jobs);
    connectPage(key, view.clusters);

    view.item = new QTreeWidgetItem(m_sidebar);
    view.item->setData(0, KindRole, kWorkspace);
    view.item->setData(0, KeyRole, key);
    const auto child = [&view, &key](const QString &kind) {
        auto *item = new QTreeWidgetItem(view.item);
        item->setData(0, KindRole, kind);
        item->setData(0, KeyRole, key);
        return item;
    };
    view.jobsItem = child(kJobs);
    view.jobsItem->setIcon(0, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    view.inboxItem = child(kInbox);
    view.inboxItem->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    view.clustersItem = child(kClusters);
    view.clustersItem->setIcon(0, style()->standardIcon(QStyle::SP_ComputerIcon));
    view.item->setExpanded(true);
    m_views.insert(key, view);

    const auto recount = [this, key] { updateItems(key); };
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(view.jobs->model()),
             static_cast<QAbstractItemModel *>(view.clusters->model())}) {
        connect(model, &QAbstractItemModel::modelReset, this, recount);
        connect(model, &QAbstractItemModel::rowsInserted, this, recount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, recount);
    }
    onWorkspaceStateChanged(key);
    // The first workspace is where the window opens (on the screen it showed last time).
    if (m_views.size() == 1 && m_sidebar->currentItem() == m_inboxItem && m_restoredKind != kInbox)
        selectItem(key, m_restoredKind.isEmpty() ? kJobs : m_restoredKind);
}

void MainWindow::connectPage(const QString &key, WorkspacePage *page)
{
    connect(page, &WorkspacePage::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(page, &WorkspacePage::openJobRequested, this, [this, key](qint64 jobId) { showJob(key, jobId); });
    connect(page, &WorkspacePage::openClusterRequested, this,
        [this, key](const QString &clusterId) { showCluster(key, clusterId); });
}

void MainWindow::onWorkspaceStateChanged(const QString &key)
{
    const auto it = m_views.constFind(key);
    if (it == m_views.cend())
        return;
    Connection *connection = m_set->connection(key);
    it->jobs->setConnection(connection);
    it->clusters->setConnection(connection);
    if (connection && !m_inbox->hasWorkspace(key))
        m_inbox->addWorkspace(key, m_set->name(key), connection);
    else if (!connection && m_inbox->hasWorkspace(key))
        m_inbox->removeWorkspace(key);
    updateItems(key);
    updateWindowTitle();
    if (m_set->state(key) == WorkspaceSet::State::Connected)
        statusBar()->showMessage(tr("Opened “%1”.").arg(m_set->name(key)), 6000);
    else if (m_set->state(key) == WorkspaceSet::State::Opening)
        statusBar()->showMessage(tr("Opening “%1”…").arg(m_set->name(key)));
}

void MainWindow::onWorkspaceClosing(const QString &key)
{
    const auto it = m_views.find(key);
    if (it == m_views.end())
        return;
    WorkspaceView view = *it;
    m_views.erase(it);
    m_inboxPage->forgetWorkspace(key);
    m_inbox->removeWorkspace(key);
    view.jobs->setConnection(nullptr);
    view.clusters->setConnection(nullptr);
    const bool wasCurrent = m_currentKey == key;
    {
        const QSignalBlocker blocker(m_sidebar);
        delete view.item;
    }
    m_pages->removeWidget(view.stack);
    view.stack->deleteLater();
    if (wasCurrent) {
        m_currentKey.clear();
        if (!m_views.isEmpty())
            showWorkspace(m_set->keys().value(0) == key ? m_set->keys().value(1) : m_set->keys().value(0));
        else
            m_sidebar->setCurrentItem(m_inboxItem);
    }
    updateWindowTitle();
}

void MainWindow::updateItems(const QString &key)
{
    const auto it = m_views.constFind(key);
    if (it == m_views.cend() || !m_set)
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
    it->item->setText(0, state == WorkspaceSet::State::Connected ? name : tr("%1 (%2)").arg(name, stateText));
    it->item->setIcon(0, style()->standardIcon(icon));
    const QString error = m_set->errorText(key);
    it->item->setToolTip(
        0, error.isEmpty() ? tr("%1: %2").arg(name, stateText) : tr("%1: %2").arg(name, error));
    it->item->setData(0, Qt::AccessibleTextRole, tr("Workspace %1, %2").arg(name, stateText));

    const int jobs = it->jobs->model()->rowCount();
    const int clusters = it->clusters->model()->rowCount();
    const int unseen = m_inbox->unseenCount(key);
    it->jobsItem->setText(0, jobs > 0 ? tr("Jobs (%1)").arg(jobs) : tr("Jobs"));
    it->jobsItem->setData(0, Qt::AccessibleTextRole, tr("Jobs of %1: %n", nullptr, jobs).arg(name));
    it->inboxItem->setText(0, unseen > 0 ? tr("Failures (%1 new)").arg(unseen) : tr("Failures"));
    it->inboxItem->setData(
        0, Qt::AccessibleTextRole, tr("Failures of %1: %n not seen", nullptr, unseen).arg(name));
    QFont font = it->inboxItem->font(0);
    font.setBold(unseen > 0);
    it->inboxItem->setFont(0, font);
    it->clustersItem->setText(0, clusters > 0 ? tr("Clusters (%1)").arg(clusters) : tr("Clusters"));
    it->clustersItem->setData(
        0, Qt::AccessibleTextRole, tr("Clusters of %1: %n", nullptr, clusters).arg(name));
}

void MainWindow::updateInboxItem()
{
    const int unseen = m_inbox->unseenCount();
    m_inboxItem->setText(0, unseen > 0 ? tr("Failure inbox (%1 new)").arg(unseen) : tr("Failure inbox"));
    m_inboxItem->setData(
        0, Qt::AccessibleTextRole, tr("Failure inbox of every workspace: %n not seen", nullptr, unseen));
    QFont font = m_inboxItem->font(0);
    font.setBold(unseen > 0);
    m_inboxItem->setFont(0, font);
}

void MainWindow::navigate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString kind = item->data(0, KindRole).toString();
    const QString key = item->data(0, KeyRole).toString();
    if (kind == kInbox) {
        m_inboxPage->setWorkspaceFilter(key);
        m_pages->setCurrentWidget(m_inboxPage);
        if (!key.isEmpty())
            m_currentKey = key;
        updateWindowTitle();
        return;
    }
    const auto it = m_views.constFind(key);
    if (it == m_views.cend())
        return;
    m_currentKey = key;
    m_pages->setCurrentWidget(it->stack);
    if (kind == kJobs)
        it->stack->setCurrentWidget(it->jobs);
    else if (kind == kClusters)
        it->stack->setCurrentWidget(it->clusters);
    // The workspace item itself shows the screen it showed last: each keeps its place.
    updateWindowTitle();
}

void MainWindow::selectItem(const QString &key, const QString &kind)
{
    if (key.isEmpty()) {
        m_sidebar->setCurrentItem(m_inboxItem);
        return;
    }
    const auto it = m_views.constFind(key);
    if (it == m_views.cend())
        return;
    QTreeWidgetItem *item = kind == kClusters ? it->clustersItem
        : kind == kInbox                      ? it->inboxItem
                                              : it->jobsItem;
    if (m_sidebar->currentItem() == item)
        navigate(item);
    else
        m_sidebar->setCurrentItem(item);
}

void MainWindow::showWorkspace(const QString &key)
{
    const auto it = m_views.constFind(key);
    if (it == m_views.cend())
        return;
    m_sidebar->setCurrentItem(it->stack->currentWidget() == it->clusters ? it->clustersItem : it->jobsItem);
}

void MainWindow::updateWindowTitle()
{
    const QString name = m_set && !m_currentKey.isEmpty() ? m_set->name(m_currentKey) : QString();
    const bool connected = connection() != nullptr;
    const int count = m_set ? m_set->count() : 0;
    if (count == 0)
        m_workspaceLabel->setText(tr("Not connected"));
    else if (count == 1 || name.isEmpty())
        m_workspaceLabel->setText(
            connected ? tr("Workspace: %1").arg(name) : tr("%n workspace(s)", nullptr, count));
    else
        m_workspaceLabel->setText(tr("Workspace: %1 (%n open)", nullptr, count).arg(name));
    setWindowTitle(!name.isEmpty() ? tr("%1 — Brickdesk").arg(name) : tr("Brickdesk"));
}

JobsPage *MainWindow::jobsPage(const QString &key) const
{
    const auto it = m_views.constFind(key.isEmpty() ? m_currentKey : key);
    return it == m_views.cend() ? nullptr : it->jobs;
}

ClustersPage *MainWindow::clustersPage(const QString &key) const
{
    const auto it = m_views.constFind(key.isEmpty() ? m_currentKey : key);
    return it == m_views.cend() ? nullptr : it->clusters;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    QAction *workspaces = fileMenu->addAction(tr("&Workspaces…"), this, &MainWindow::manageWorkspaces);
    workspaces->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    workspaces->setObjectName(u"workspacesAction"_s);
    QAction *closeWorkspace = fileMenu->addAction(tr("&Close workspace"), this, [this] {
        if (m_set && !m_currentKey.isEmpty())
            m_set->close(m_currentKey);
    });
    closeWorkspace->setObjectName(u"closeWorkspaceAction"_s);
    QAction *retry = fileMenu->addAction(tr("&Reconnect workspace"), this, [this] {
        if (m_set && !m_currentKey.isEmpty())
            m_set->retry(m_currentKey);
    });
    retry->setObjectName(u"reconnectWorkspaceAction"_s);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"quitAction"_s);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    QAction *inbox = viewMenu->addAction(tr("Failure &inbox"), this, [this] { showInbox(); });
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    inbox->setObjectName(u"showInboxAction"_s);
    QAction *jobs = viewMenu->addAction(tr("&Jobs"), this, &MainWindow::showJobs);
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    jobs->setObjectName(u"showJobsAction"_s);
    QAction *clusters = viewMenu->addAction(tr("&Clusters"), this, &MainWindow::showClusters);
    clusters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    clusters->setObjectName(u"showClustersAction"_s);
    QAction *next = viewMenu->addAction(tr("&Next workspace"), this, [this] { cycleWorkspace(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    next->setObjectName(u"nextWorkspaceAction"_s);
    QAction *previous = viewMenu->addAction(tr("&Previous workspace"), this, [this] { cycleWorkspace(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    previous->setObjectName(u"previousWorkspaceAction"_s);
    QAction *palette = viewMenu->addAction(tr("&Go to…"), this, &MainWindow::showCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setObjectName(u"commandPaletteAction"_s);
    QAction *navigation
        = viewMenu->addAction(tr("Go to na&vigation"), this, [this] { m_sidebar->setFocus(); });
    navigation->setShortcut(QKeySequence(Qt::Key_F6));
    navigation->setObjectName(u"focusNavigationAction"_s);
    viewMenu->addSeparator();
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentPage);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(u"refreshAction"_s);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(u"settingsMenu"_s);
    QAction *preferences = settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(u"preferencesAction"_s);
    QAction *rules = settingsMenu->addAction(tr("&Watch rules…"), this, &MainWindow::showWatchRules);
    rules->setObjectName(u"watchRulesAction"_s);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *welcome = helpMenu->addAction(tr("&Welcome"), this, &MainWindow::welcomeRequested);
    welcome->setObjectName(u"welcomeAction"_s);
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    helpMenu->addAction(tr("&About Brickdesk"), this, &MainWindow::showAbout);
}

void MainWindow::showCommandPalette()
{
    QVector<PaletteEntry> entries;
    const auto addActions
        = [&entries](const QList<QAction *> &actions, const QString &key, const QString &name) {
              for (const QAction *action : actions) {
                  if (action->menu() || action->isSeparator() || action->objectName().isEmpty()
                      || !action->isEnabled())
                      continue;
                  QString text = action->text();
                  text.remove(u'&');
                  entries.append({PaletteEntry::Kind::Action, key, name, text, action->objectName()});
              }
          };
    const QList<QAction *> menus = menuBar()->actions();
    for (const QAction *menu : menus) {
        if (menu->menu())
            addActions(menu->menu()->actions(), {}, {});
    }
    const QStringList keys = m_set ? m_set->keys() : QStringList();
    for (const QString &key : keys) {
        const auto view = m_views.constFind(key);
        if (view == m_views.cend())
            continue;
        const QString name = m_set->name(key);
        const JobsModel *jobs = view->jobs->model();
        for (int row = 0; row < jobs->rowCount(); ++row) {
            const Job job = jobs->job(row);
            entries.append({PaletteEntry::Kind::Job, key, name, job.name(), QString::number(job.id())});
        }
        const ClustersModel *clusters = view->clusters->model();
        for (int row = 0; row < clusters->rowCount(); ++row) {
            const Cluster cluster = clusters->cluster(row);
            entries.append({PaletteEntry::Kind::Cluster, key, name, cluster.name(), cluster.id()});
        }
        // The actions of the screen each workspace shows (Run now, Open in browser…).
        addActions(view->stack->currentWidget()->actions(), key, name);
    }
    // Runs: the failures the inbox holds.
    const FailureInboxModel *failures = m_inbox->model();
    for (int group = 0; group < failures->rowCount(); ++group) {
        const QModelIndex parent = failures->index(group, 0);
        for (int row = 0; row < failures->rowCount(parent); ++row) {
            const QModelIndex run = failures->index(row, 0, parent);
            const QString key = run.data(FailureInboxModel::WorkspaceKeyRole).toString();
            const QString runId = QString::number(run.data(FailureInboxModel::RunIdRole).toLongLong());
            entries.append({PaletteEntry::Kind::Run, key, m_set ? m_set->name(key) : QString(),
                tr("Run %1 of %2").arg(runId, parent.data().toString()), runId});
        }
    }
    m_palette->setEntries(entries);
    m_palette->popUp();
}

void MainWindow::activatePaletteEntry(const PaletteEntry &entry)
{
    switch (entry.kind) {
    case PaletteEntry::Kind::Job:
        showJob(entry.workspaceKey, entry.id.toLongLong());
        return;
    case PaletteEntry::Kind::Cluster:
        showCluster(entry.workspaceKey, entry.id);
        return;
    case PaletteEntry::Kind::Run:
        showInbox();
        if (!m_inboxPage->showFailure(entry.workspaceKey, entry.id.toLongLong()))
            showRun(entry.workspaceKey, entry.id.toLongLong());
        return;
    case PaletteEntry::Kind::Action:
        break;
    }
    QWidget *scope = this;
    if (!entry.workspaceKey.isEmpty()) {
        const auto view = m_views.constFind(entry.workspaceKey);
        if (view == m_views.cend())
            return;
        showWorkspace(entry.workspaceKey);
        scope = view->stack->currentWidget();
    }
    if (auto *action = scope->findChild<QAction *>(entry.id))
        action->trigger();
}

void MainWindow::cycleWorkspace(int step)
{
    if (!m_set || m_set->count() == 0)
        return;
    const QStringList keys = m_set->keys();
    const qsizetype at = keys.indexOf(m_currentKey);
    const qsizetype next = at < 0 ? 0 : (at + step + keys.size()) % keys.size();
    showWorkspace(keys.at(next));
}

void MainWindow::manageWorkspaces()
{
    emit manageWorkspacesRequested();
    if (!m_set || m_set == m_ownSet)
        return;
    auto *dialog = new ConnectionDialog(m_set->store(), m_set->keychain(), m_set->sessionSecrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_set->openBrowser())
        dialog->setOpenBrowser(m_set->openBrowser());
    const WorkspaceSet::DemoEndpoint demo = m_set->demoEndpoint();
    if (demo.url.isValid())
        dialog->setDemoEndpoint(demo.url, demo.token);
    connect(dialog, &ConnectionDialog::connectRequested, this, [this, dialog](const WorkspaceEntry &entry) {
        dialog->accept();
        const QString key = m_set->openEntry(entry);
        if (!key.isEmpty())
            showWorkspace(key);
    });
    dialog->show();
}

void MainWindow::showInbox(const QString &workspaceKey)
{
    selectItem(workspaceKey, kInbox);
    if (!workspaceKey.isEmpty() && m_views.contains(workspaceKey))
        m_sidebar->setCurrentItem(m_views.value(workspaceKey).inboxItem);
    else
        m_sidebar->setCurrentItem(m_inboxItem);
}

void MainWindow::showJobs()
{
    selectItem(m_currentKey.isEmpty() ? m_set->keys().value(0) : m_currentKey, kJobs);
}

void MainWindow::showClusters()
{
    selectItem(m_currentKey.isEmpty() ? m_set->keys().value(0) : m_currentKey, kClusters);
}

void MainWindow::showJob(qint64 jobId)
{
    showJob(m_currentKey, jobId);
}

void MainWindow::showRun(qint64 runId)
{
    showRun(m_currentKey, runId);
}

void MainWindow::showCluster(const QString &clusterId)
{
    showCluster(m_currentKey, clusterId);
}

void MainWindow::showJob(const QString &key, qint64 jobId)
{
    JobsPage *page = jobsPage(key);
    if (!page)
        return;
    selectItem(key.isEmpty() ? m_currentKey : key, kJobs);
    page->showJob(jobId);
}

void MainWindow::showRun(const QString &key, qint64 runId)
{
    JobsPage *page = jobsPage(key);
    if (!page)
        return;
    selectItem(key.isEmpty() ? m_currentKey : key, kJobs);
    page->showRun(runId);
}

void MainWindow::showCluster(const QString &key, const QString &clusterId)
{
    ClustersPage *page = clustersPage(key);
    if (!page)
        return;
    selectItem(key.isEmpty() ? m_currentKey : key, kClusters);
    page->showCluster(clusterId);
}

void MainWindow::refreshCurrentPage()
{
    if (m_pages->currentWidget() == m_inboxPage) {
        m_inbox->refresh();
        return;
    }
    auto *stack = qobject_cast<QStackedWidget *>(m_pages->currentWidget());
    if (auto *page = stack ? qobject_cast<WorkspacePage *>(stack->currentWidget()) : nullptr)
        page->refresh();
}

void MainWindow::showPreferences()
{
    auto *dialog = findChild<PreferencesDialog *>(u"preferencesDialog"_s);
    if (!dialog) {
        dialog = new PreferencesDialog(Preferences::instance(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, dialog);
    table->setObjectName(u"shortcutsTable"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setAccessibleDescription(tr("Every action that has a shortcut, and its keys"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every action of every screen, so the list never falls behind the code.
    QMap<QString, QString> rows;
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        rows.insert(text, action->shortcut().toString(QKeySequence::NativeText));
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(520, 560);
    dialog->show();
}

void MainWindow::showWatchRules()
{
    QList<QPair<QString, QString>> workspaces;
    if (m_set) {
        const QStringList keys = m_set->keys();
        for (const QString &key : keys)
            workspaces.append({key, m_set->name(key)});
    }
    auto *dialog = new WatchRulesDialog(m_watchRules, workspaces, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::applyRefreshInterval(int seconds)
{
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Brickdesk"),
        tr("<h3>Brickdesk %1</h3><p>A native desktop client for Databricks Jobs and Clusters.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    restoreState(settings.value(u"state"_s).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_restoredKind = settings.value(u"page"_s).toString();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(u"splitter"_s, splitter->saveState());
    if (QTreeWidgetItem *item = m_sidebar->currentItem()) {
        QString kind = item->data(0, KindRole).toString();
        if (kind == kWorkspace)
            kind = kJobs;
        settings.setValue(u"page"_s, kind);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier && widget
            && widget->window() == this)
            return true; // not accepted: the shortcut fires instead of the line edit's command
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace brickdesk
