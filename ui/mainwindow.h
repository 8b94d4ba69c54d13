#pragma once

#include "workspacenavigation.h"

#include <QHash>
#include <QMainWindow>
#include <QStringList>

class QLabel;
class QStackedWidget;
class QTimer;

namespace brickdesk {

class ArchiveSearchPage;
class ClustersPage;
class CommandPalette;
struct PaletteEntry;
class Connection;
class FailureInbox;
class InboxPage;
class JobsPage;
class OfflineBanner;
class RetryNotice;
class WorkspaceActionGate;
class WorkspaceReachability;
class WatchRules;
class WorkspacePage;
class WorkspaceSet;

// The application shell, an assembler: the navigation (WorkspaceNavigation) on the left, the
// chosen screen in the centre, the menus (addMainMenus), the command palette, and a status bar
// that carries every action's outcome (no modal storms). Each workspace keeps its own screens,
// so switching is instant and each keeps its place.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The workspaces to show; not owned, must outlive the window. Without one the window has
    // its own, which setConnection() fills.
    void setWorkspaceSet(WorkspaceSet *set);
    WorkspaceSet *workspaceSet() const { return m_set; }
    // Shows this one workspace (a connection the caller owns) instead of every other one;
    // nullptr closes them all. The connection must outlive the window or be reset first.
    void setConnection(const QString &workspaceName, Connection *connection);
    // The current workspace's connection (nullptr when none is connected).
    Connection *connection() const;
    QString currentWorkspaceKey() const { return m_currentKey; }
    void showWorkspace(const QString &key);

    // The current workspace's screens when `key` is empty; nullptr for an unknown workspace.
    JobsPage *jobsPage(const QString &key = {}) const;
    ClustersPage *clustersPage(const QString &key = {}) const;
    ArchiveSearchPage *searchPage(const QString &key = {}) const;
    InboxPage *inboxPage() const { return m_inboxPage; }
    FailureInbox *failureInbox() const { return m_inbox; }
    WatchRules *watchRules() const { return m_watchRules; }
    CommandPalette *commandPalette() const { return m_palette; }
    WorkspaceNavigation *sidebar() const { return m_sidebar; }
    OfflineBanner *offlineBanner() const { return m_offlineBanner; }
    RetryNotice *retryNotice() const { return m_retryNotice; }
    WorkspaceReachability *reachability(const QString &key) const;

    // File ▸ Workspaces…: add, edit, test and open workspaces.
    void manageWorkspaces();
    // The failure inbox, of one workspace or (empty) of all of them.
    void showInbox(const QString &workspaceKey = {});
    void showJobs();
    void showClusters();
    // The archive search of the current workspace, the cursor in its search box.
    void showSearch();
    void showJob(qint64 jobId);
    void showRun(qint64 runId);
    void showCluster(const QString &clusterId);
    void showJob(const QString &key, qint64 jobId);
    void showRun(const QString &key, qint64 runId);
    void showCluster(const QString &key, const QString &clusterId);
    // Opens the Preferences dialog (Settings ▸ Preferences…).
    void showPreferences();
    void showShortcuts();
    // Ctrl+K: jump to any job, run, cluster or action of any workspace.
    void showCommandPalette();
    // Settings ▸ Watch rules…
    void showWatchRules();
    void showAbout();
    // View ▸ Refresh: reloads what the current screen shows.
    void refreshCurrentPage();
    // View ▸ Next/Previous workspace (step 1 or -1), in the order they were opened.
    void cycleWorkspace(int step);

signals:
    // File ▸ Workspaces… was chosen.
    void manageWorkspacesRequested();
    // Help ▸ Welcome: the welcome page, which the composition root wires to its workspaces.
    void welcomeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct WorkspaceView
    {
        QStackedWidget *stack = nullptr;
        JobsPage *jobs = nullptr;
        ClustersPage *clusters = nullptr;
        ArchiveSearchPage *search = nullptr;
        WorkspaceReachability *reachability = nullptr;
    };

    void onWorkspaceAdded(const QString &key);
    void onWorkspaceStateChanged(const QString &key);
    void onWorkspaceClosing(const QString &key);
    void connectPage(const QString &key, WorkspacePage *page);
    void navigate(const QString &key, WorkspaceNavigation::Screen screen);
    void updateWindowTitle();
    void updateOffline(const QString &key);
    // The offline banner: for the workspace shown, or every one offline when the inbox of all is.
    void updateBanner();
    void restoreLayout();
    void saveLayout() const;
    void activatePaletteEntry(const PaletteEntry &entry);
    void applyRefreshInterval(int seconds);

    WorkspaceSet *m_set = nullptr;
    WorkspaceSet *m_ownSet = nullptr;
    FailureInbox *m_inbox = nullptr;
    WatchRules *m_watchRules = nullptr;
    CommandPalette *m_palette = nullptr;
    QHash<QString, WorkspaceView> m_views;
    OfflineBanner *m_offlineBanner = nullptr;
    QStringList m_bannerKeys; // the workspaces the banner speaks for (Try again asks each)
    WorkspaceActionGate *m_windowGate = nullptr;
    QString m_currentKey;
    // The screen shown when the window closed last.
    WorkspaceNavigation::Screen m_restoredScreen = WorkspaceNavigation::Screen::Jobs;
    WorkspaceNavigation *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    InboxPage *m_inboxPage = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    RetryNotice *m_retryNotice = nullptr;
    QTimer *m_autoRefresh = nullptr;
};

} // namespace brickdesk
