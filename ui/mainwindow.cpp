#include "mainwindow.h"

#include "clusters/clusterspage.h"
#include "common/notifier.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "common/workspacepage.h"
#include "connections/connectiondialog.h"
#include "jobs/jobspage.h"
#include "services/workspaceswitcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Brickdesk"));
    setWindowIcon(QIcon(u":/icons/brickdesk.svg"_s));

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setIconSize(QSize(20, 20));

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1220});
    setCentralWidget(splitter);

    m_jobsPage = new JobsPage;
    m_clustersPage = new ClustersPage;
    addPage(m_jobsPage, tr("Jobs"), u"jobs"_s);
    addPage(m_clustersPage, tr("Clusters"), u"clusters"_s);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    m_workspaceLabel = new QLabel(tr("Not connected"));
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    resize(1400, 900);
    restoreLayout();

    // Automatic refresh of the visible page, at the interval chosen in Preferences.
    m_autoRefresh = new QTimer(this);
    m_autoRefresh->setObjectName(u"autoRefreshTimer"_s);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        // The Jobs page refreshes itself at the interval chosen in its toolbar.
        if (isVisible() && !isMinimized() && m_connection && m_pages->currentWidget() != m_jobsPage)
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
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(WorkspacePage *page, const QString &title, const QString &objectName)
{
    page->setObjectName(objectName + u"Page"_s);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setData(Qt::UserRole, objectName);
    connect(page, &WorkspacePage::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(page, &WorkspacePage::openJobRequested, this, &MainWindow::showJob);
    connect(page, &WorkspacePage::openClusterRequested, this, &MainWindow::showCluster);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    QAction *workspaces = fileMenu->addAction(tr("&Workspaces…"), this, &MainWindow::manageWorkspaces);
    workspaces->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    workspaces->setObjectName(u"workspacesAction"_s);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"quitAction"_s);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    QAction *jobs = viewMenu->addAction(tr("&Jobs"), this, &MainWindow::showJobs);
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *clusters = viewMenu->addAction(tr("&Clusters"), this, &MainWindow::showClusters);
    clusters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
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

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *welcome = helpMenu->addAction(tr("&Welcome"), this, &MainWindow::welcomeRequested);
    welcome->setObjectName(u"welcomeAction"_s);
    helpMenu->addAction(tr("&About Brickdesk"), this, &MainWindow::showAbout);
}

void MainWindow::setConnection(const QString &workspaceName, Connection *connection)
{
    m_connection = connection;
    m_workspaceLabel->setText(connection ? tr("Workspace: %1").arg(workspaceName) : tr("Not connected"));
    setWindowTitle(connection ? tr("%1 — Brickdesk").arg(workspaceName) : tr("Brickdesk"));
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *page = qobject_cast<WorkspacePage *>(m_pages->widget(i)))
            page->setConnection(connection);
    }
}

void MainWindow::setWorkspaceSwitcher(WorkspaceSwitcher *switcher)
{
    m_switcher = switcher;
    connect(switcher, &WorkspaceSwitcher::opening, this, [this](const QString &name) {
        m_openingName = name;
        statusBar()->showMessage(tr("Opening “%1”…").arg(name));
    });
    connect(switcher, &WorkspaceSwitcher::switched, this, [this](const QString &name) {
        Connection *connection = m_switcher->connection();
        setConnection(name, connection);
        if (connection && !m_openingName.isEmpty() && name == m_openingName)
            statusBar()->showMessage(tr("Opened “%1”.").arg(name), 6000);
        m_openingName.clear();
    });
    connect(switcher, &WorkspaceSwitcher::failed, this, [this](const QString &name, const QString &message) {
        m_openingName.clear();
        statusBar()->showMessage(message);
        QMessageBox::warning(this, tr("Brickdesk"), tr("“%1” could not be opened: %2").arg(name, message));
    });
}

void MainWindow::manageWorkspaces()
{
    emit manageWorkspacesRequested();
    if (!m_switcher)
        return;
    auto *dialog = new ConnectionDialog(
        m_switcher->store(), m_switcher->keychain(), m_switcher->sessionSecrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_switcher->openBrowser())
        dialog->setOpenBrowser(m_switcher->openBrowser());
    const WorkspaceSwitcher::DemoEndpoint demo = m_switcher->demoEndpoint();
    if (demo.url.isValid())
        dialog->setDemoEndpoint(demo.url, demo.token);
    connect(dialog, &ConnectionDialog::connectRequested, this, [this, dialog](const WorkspaceEntry &entry) {
        dialog->accept();
        m_switcher->openEntry(entry);
    });
    dialog->show();
}

void MainWindow::showJobs()
{
    m_sidebar->setCurrentRow(m_pages->indexOf(m_jobsPage));
}

void MainWindow::showClusters()
{
    m_sidebar->setCurrentRow(m_pages->indexOf(m_clustersPage));
}

void MainWindow::showJob(qint64 jobId)
{
    showJobs();
    m_jobsPage->showJob(jobId);
}

void MainWindow::showRun(qint64 runId)
{
    showJobs();
    m_jobsPage->showRun(runId);
}

void MainWindow::showCluster(const QString &clusterId)
{
    showClusters();
    m_clustersPage->showCluster(clusterId);
}

void MainWindow::refreshCurrentPage()
{
    if (auto *page = qobject_cast<WorkspacePage *>(m_pages->currentWidget()))
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
    const QString page = settings.value(u"page"_s).toString();
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == page)
            m_sidebar->setCurrentRow(row);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(u"splitter"_s, splitter->saveState());
    if (QListWidgetItem *item = m_sidebar->currentItem())
        settings.setValue(u"page"_s, item->data(Qt::UserRole));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace brickdesk
