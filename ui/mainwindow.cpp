#include "mainwindow.h"

#include "archive/archivesearchpage.h"
#include "charts/nodecountchart.h"
#include "clusters/clusterspage.h"
#include "common/notifier.h"
#include "common/offlinebanner.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "common/retrynotice.h"
#include "common/shortcutsdialog.h"
#include "common/workspaceactiongate.h"
#include "common/workspacepage.h"
#include "connections/connectiondialog.h"
#include "domain/job.h"
#include "domain/jobsettings.h"
#include "inbox/inboxpage.h"
#include "inbox/watchrulesdialog.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainmenus.h"
#include "models/clustersmodel.h"
#include "models/jobsmodel.h"
#include "models/paletteentries.h"
#include "palette/commandpalette.h"
#include "runs/rundetailwidget.h"
#include "services/failureinbox.h"
#include "services/jobhistoryservice.h"
#include "services/joblistservice.h"
#include "services/watchrules.h"
#include "services/workspacereachability.h"
#include "services/workspaceretries.h"
#include "services/workspaceset.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using Screen = WorkspaceNavigation::Screen;

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

    m_sidebar = new WorkspaceNavigation(m_inbox);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);

    m_offlineBanner = new OfflineBanner;
    connect(m_offlineBanner, &OfflineBanner::retryRequested, this, [this] {
        for (const QString &key : std::as_const(m_bannerKeys)) {
            if (WorkspaceReachability *reachability = this->reachability(key))
                reachability->probeNow();
        }
    });
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    rightLayout->addWidget(m_offlineBanner);
    rightLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
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

    connect(m_sidebar, &WorkspaceNavigation::screenChosen, this, &MainWindow::navigate);

    m_palette = new CommandPalette(this);
    // Line edits take Ctrl+K for "delete to the end of the line"; in this window it is the palette.
    qApp->installEventFilter(this);
    connect(m_palette, &CommandPalette::entryActivated, this, &MainWindow::activatePaletteEntry);

    m_workspaceLabel = new QLabel(tr("Not connected"));
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    // Calls waiting to be sent again, in any workspace: how long, and Cancel.
    m_retryNotice = new RetryNotice;
    statusBar()->insertPermanentWidget(0, m_retryNotice);
    connect(m_retryNotice, &RetryNotice::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });

    addMainMenus(this);
    // Refresh asks the current workspace: off while it cannot be reached.
    m_windowGate = new WorkspaceActionGate(nullptr, nullptr, this);
    if (auto *refresh = findChild<QAction *>(u"refreshAction"_s))
        m_windowGate->addAction(refresh);
    resize(1400, 900);
    restoreLayout();
    m_sidebar->select({}, Screen::Inbox);

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
    m_sidebar->setWorkspaceSet(set);
    m_retryNotice->setWorkspaceSet(set);
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
    view.search = new ArchiveSearchPage;
    view.reachability = new WorkspaceReachability(view.stack);
    connect(view.reachability, &WorkspaceReachability::changed, this, [this, key] { updateOffline(key); });
    // Offline, the banner speaks for the workspace: its retries are not counted down beneath it.
    m_retryNotice->retries()->setReachability(key, view.reachability);
    new WorkspaceActionGate(view.stack, view.reachability, view.stack);
    view.jobs->setReachability(view.reachability);
    view.jobs->runDetail()->setReachability(view.reachability);
    view.clusters->setReachability(view.reachability);
    view.stack->addWidget(view.jobs);
    view.stack->addWidget(view.clusters);
    view.stack->addWidget(view.search);
    m_pages->addWidget(view.stack);
    connectPage(key, view.jobs);
    view.jobs->setWorkspaceSet(m_set, key);
    connectPage(key, view.clusters);
    connectPage(key, view.search);
    connect(view.search, &ArchiveSearchPage::openRunRequested, this,
        [this, key](qint64 runId) { showRun(key, runId); });
    m_views.insert(key, view);
    m_sidebar->addWorkspace(key, view.jobs->model(), view.clusters->model());
    m_sidebar->setReachability(key, view.reachability);
    onWorkspaceStateChanged(key);
    // The first workspace is where the window opens (on the screen it showed last time).
    if (m_views.size() == 1 && m_sidebar->currentKey().isEmpty() && m_restoredScreen != Screen::Inbox)
        m_sidebar->select(key, m_restoredScreen);
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
    it->reachability->setConnection(connection);
    it->reachability->setArchivePath(m_set->archivePath(key));
    it->jobs->setConnection(connection);
    it->clusters->setConnection(connection);
    // The archive is there whether or not the workspace can be reached. A job's history is
    // kept in the same file as what the search finds (the demo's is not named after its port).
    it->search->setArchivePath(m_set->archivePath(key));
    it->clusters->setArchivePath(m_set->archivePath(key));
    if (connection)
        it->jobs->jobDetail()->historyService()->setArchivePath(m_set->archivePath(key));
    it->search->setConnection(connection);
    if (connection && !m_inbox->hasWorkspace(key))
        m_inbox->addWorkspace(key, m_set->name(key), connection);
    else if (!connection && m_inbox->hasWorkspace(key))
        m_inbox->removeWorkspace(key);
    m_sidebar->updateWorkspace(key);
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
    view.reachability->setConnection(nullptr);
    view.jobs->setConnection(nullptr);
    view.clusters->setConnection(nullptr);
    view.search->setConnection(nullptr);
    view.search->setArchivePath({});
    const bool wasCurrent = m_currentKey == key;
    m_sidebar->removeWorkspace(key);
    m_pages->removeWidget(view.stack);
    view.stack->deleteLater();
    if (wasCurrent) {
        m_currentKey.clear();
        if (!m_views.isEmpty())
            showWorkspace(m_set->keys().value(0) == key ? m_set->keys().value(1) : m_set->keys().value(0));
        else
            m_sidebar->select({}, Screen::Inbox);
    }
    updateWindowTitle();
}

void MainWindow::navigate(const QString &key, Screen screen)
{
    if (screen == Screen::Inbox) {
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
    if (screen == Screen::Jobs)
        it->stack->setCurrentWidget(it->jobs);
    else if (screen == Screen::Clusters)
        it->stack->setCurrentWidget(it->clusters);
    else if (screen == Screen::Search) {
        it->stack->setCurrentWidget(it->search);
        it->search->focusSearch();
    }
    // The workspace item itself shows the screen it showed last: each keeps its place.
    updateWindowTitle();
}

void MainWindow::showWorkspace(const QString &key)
{
    const auto it = m_views.constFind(key);
    if (it == m_views.cend())
        return;
    QWidget *shown = it->stack->currentWidget();
    m_sidebar->select(key,
        shown == it->clusters     ? Screen::Clusters
            : shown == it->search ? Screen::Search
                                  : Screen::Jobs);
}

WorkspaceReachability *MainWindow::reachability(const QString &key) const
{
    const auto it = m_views.constFind(key);
    return it == m_views.cend() ? nullptr : it->reachability;
}

void MainWindow::updateOffline(const QString &key)
{
    const auto it = m_views.constFind(key);
    if (it == m_views.cend())
        return;
    // Restoring a version needs the workspace; browsing the history does not.
    it->jobs->jobDetail()->historyService()->setOfflineReason(it->reachability->reason());
    updateBanner();
}

void MainWindow::updateBanner()
{
    // The inbox of every workspace (or no workspace chosen yet) speaks for all of them.
    const bool all = m_currentKey.isEmpty()
        || (m_pages->currentWidget() == m_inboxPage && m_sidebar->currentKey().isEmpty());
    const QStringList keys = !m_set ? QStringList() : all ? m_set->keys() : QStringList {m_currentKey};
    m_bannerKeys.clear();
    QStringList lines;
    for (const QString &key : keys) {
        const WorkspaceReachability *shown = reachability(key);
        const QString text = shown ? shown->offlineText() : QString();
        if (text.isEmpty())
            continue;
        m_bannerKeys.append(key);
        // With several open, which one: the others may well answer.
        lines.append(m_set->count() > 1 ? tr("“%1”: %2").arg(m_set->name(key), text) : text);
    }
    m_offlineBanner->setText(lines.join(u'\n'));
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
    updateBanner();
    m_windowGate->setReachability(reachability(m_currentKey));
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

ArchiveSearchPage *MainWindow::searchPage(const QString &key) const
{
    const auto it = m_views.constFind(key.isEmpty() ? m_currentKey : key);
    return it == m_views.cend() ? nullptr : it->search;
}

void MainWindow::showCommandPalette()
{
    QVector<PaletteEntry> entries;
    const QList<QAction *> menus = menuBar()->actions();
    for (const QAction *menu : menus) {
        if (menu->menu())
            entries += CommandPalette::actionEntries(menu->menu()->actions());
    }
    const QStringList keys = m_set ? m_set->keys() : QStringList();
    for (const QString &key : keys) {
        const auto view = m_views.constFind(key);
        if (view == m_views.cend())
            continue;
        const QString name = m_set->name(key);
        entries += PaletteEntries::jobs(key, name, *view->jobs->model());
        entries += PaletteEntries::clusters(key, name, *view->clusters->model());
        // The actions of the screen each workspace shows (Run now, Open in browser…).
        entries += CommandPalette::actionEntries(view->stack->currentWidget()->actions(), key, name);
    }
    // Runs: the failures the inbox holds.
    entries += PaletteEntries::failures(
        *m_inbox->model(), [this](const QString &key) { return m_set ? m_set->name(key) : QString(); });
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
    m_sidebar->select(m_views.contains(workspaceKey) ? workspaceKey : QString(), Screen::Inbox);
}

void MainWindow::showJobs()
{
    m_sidebar->select(m_currentKey.isEmpty() ? m_set->keys().value(0) : m_currentKey, Screen::Jobs);
}

void MainWindow::showClusters()
{
    m_sidebar->select(m_currentKey.isEmpty() ? m_set->keys().value(0) : m_currentKey, Screen::Clusters);
}

void MainWindow::showSearch()
{
    m_sidebar->select(m_currentKey.isEmpty() ? m_set->keys().value(0) : m_currentKey, Screen::Search);
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
    m_sidebar->select(key.isEmpty() ? m_currentKey : key, Screen::Jobs);
    page->showJob(jobId);
}

void MainWindow::showRun(const QString &key, qint64 runId)
{
    JobsPage *page = jobsPage(key);
    if (!page)
        return;
    m_sidebar->select(key.isEmpty() ? m_currentKey : key, Screen::Jobs);
    page->showRun(runId);
}

void MainWindow::showCluster(const QString &key, const QString &clusterId)
{
    ClustersPage *page = clustersPage(key);
    if (!page)
        return;
    m_sidebar->select(key.isEmpty() ? m_currentKey : key, Screen::Clusters);
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
    QMap<QString, QString> archiveNames;
    for (const QString &key : m_set->keys())
        archiveNames.insert(m_set->archivePath(key), m_set->name(key));
    dialog->setArchiveNames(archiveNames);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    // Every action of every screen, so the list never falls behind the code.
    auto *dialog = new ShortcutsDialog(
        findChildren<QAction *>(), NodeCountChart::keyboardHelp() + CommandPalette::keyboardHelp(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
    // The default size, or one saved on a larger monitor, may not fit this screen.
    if (const QScreen *current = screen()) {
        const QRect room = current->availableGeometry();
        if (width() > room.width() || height() > room.height()) {
            resize(size().boundedTo(room.size()));
            move(room.topLeft());
        }
    }
    restoreState(settings.value(u"state"_s).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_restoredScreen
        = WorkspaceNavigation::screenFromName(settings.value(u"page"_s).toString(), Screen::Jobs);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(u"splitter"_s, splitter->saveState());
    if (m_sidebar->currentItem())
        settings.setValue(u"page"_s, WorkspaceNavigation::screenName(m_sidebar->currentScreen()));
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
