#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace brickdesk {

class Connection;
class WorkspacePage;
class WorkspaceSwitcher;
class JobsPage;
class ClustersPage;

// The application shell: a sidebar of screens (Jobs, Clusters), the current screen in the
// centre, and a status bar that carries every action's outcome (no modal storms).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the given workspace; the connection must outlive the window or be reset first.
    void setConnection(const QString &workspaceName, Connection *connection);
    Connection *connection() const { return m_connection; }
    // Follows the switcher: shows each workspace it opens, says when one fails, and opens the
    // workspaces dialog (File ▸ Workspaces…) on it. Not owned; must outlive the window.
    void setWorkspaceSwitcher(WorkspaceSwitcher *switcher);
    // File ▸ Workspaces…: add, edit, test and open workspaces (with a switcher set).
    void manageWorkspaces();

    JobsPage *jobsPage() const { return m_jobsPage; }
    ClustersPage *clustersPage() const { return m_clustersPage; }

    void showJobs();
    void showClusters();
    void showJob(qint64 jobId);
    void showRun(qint64 runId);
    void showCluster(const QString &clusterId);
    // Opens the Preferences dialog (Settings ▸ Preferences…).
    void showPreferences();

signals:
    // File ▸ Workspaces… was chosen.
    void manageWorkspacesRequested();
    // Help ▸ Welcome: the welcome page, which the composition root wires to its workspaces.
    void welcomeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void addPage(WorkspacePage *page, const QString &title, const QString &objectName);
    void restoreLayout();
    void saveLayout() const;
    void refreshCurrentPage();
    void showAbout();
    void applyRefreshInterval(int seconds);

    Connection *m_connection = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    JobsPage *m_jobsPage = nullptr;
    ClustersPage *m_clustersPage = nullptr;
    QTimer *m_autoRefresh = nullptr;
    WorkspaceSwitcher *m_switcher = nullptr;
    QString m_openingName; // the workspace being opened, for "Opened …" once it is
};

} // namespace brickdesk
