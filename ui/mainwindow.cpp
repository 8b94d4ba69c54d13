#include "mainwindow.h"

#include "api/connection.h"
#include "clusters/clusterspage.h"
#include "common/notifier.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "common/workspacepage.h"
#include "jobs/jobspage.h"

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

namespace brickdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Brickdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/brickdesk.svg")));

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setIconSize(QSize(20, 20));

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1220});
    setCentralWidget(splitter);

    m_jobsPage = new JobsPage;
    m_clustersPage = new ClustersPage;
    addPage(m_jobsPage, tr("Jobs"), QStringLiteral("jobs"));
    addPage(m_clustersPage, tr("Clusters"), QStringLiteral("clusters"));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    m_workspaceLabel = new QLabel(tr("Not connected"));
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    resize(1400, 900);
    restoreLayout();

    // Automatic refresh of the visible page, at the interval chosen in Preferences.
    m_autoRefresh = new QTimer(this);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
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
    page->setObjectName(objectName + QStringLiteral("Page"));
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
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *workspaces
        = fileMenu->addAction(tr("&Workspaces…"), this, &MainWindow::manageWorkspacesRequested);
    workspaces->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    workspaces->setObjectName(QStringLiteral("workspacesAction"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *jobs = viewMenu->addAction(tr("&Jobs"), this, &MainWindow::showJobs);
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *clusters = viewMenu->addAction(tr("&Clusters"), this, &MainWindow::showClusters);
    clusters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    viewMenu->addSeparator();
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentPage);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    QAction *preferences = settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferencesAction"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
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
    auto *dialog = findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
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
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QString page = settings.value(QStringLiteral("page")).toString();
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == page)
            m_sidebar->setCurrentRow(row);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(QStringLiteral("splitter"), splitter->saveState());
    if (QListWidgetItem *item = m_sidebar->currentItem())
        settings.setValue(QStringLiteral("page"), item->data(Qt::UserRole));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace brickdesk
