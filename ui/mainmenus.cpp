#include "mainmenus.h"

#include "mainwindow.h"
#include "services/workspaceset.h"

#include <QAction>
#include <QKeySequence>
#include <QMenuBar>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QMenu *addMenu(MainWindow *window, const QString &title, const QString &objectName)
{
    QMenu *menu = window->menuBar()->addMenu(title);
    menu->setObjectName(objectName);
    return menu;
}

// One action: its words, what it calls on the window, the name the palette and the tests
// find it by, and its keys (if any).
template<typename Slot>
QAction *addAction(QMenu *menu, const QString &text, MainWindow *window, Slot slot, const QString &objectName,
    const QKeySequence &keys = {})
{
    QAction *action = menu->addAction(text, window, slot);
    action->setObjectName(objectName);
    if (!keys.isEmpty())
        action->setShortcut(keys);
    return action;
}

void addFileMenu(MainWindow *window)
{
    QMenu *menu = addMenu(window, MainWindow::tr("&File"), u"fileMenu"_s);
    addAction(menu, MainWindow::tr("&Workspaces…"), window, &MainWindow::manageWorkspaces,
        u"workspacesAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    // Both act on the workspace shown, of whichever set the window shows at the time.
    const auto current = [window](void (WorkspaceSet::*act)(const QString &)) {
        return [window, act] {
            if (window->workspaceSet() && !window->currentWorkspaceKey().isEmpty())
                (window->workspaceSet()->*act)(window->currentWorkspaceKey());
        };
    };
    addAction(menu, MainWindow::tr("&Close workspace"), window, current(&WorkspaceSet::close),
        u"closeWorkspaceAction"_s);
    addAction(menu, MainWindow::tr("&Reconnect workspace"), window, current(&WorkspaceSet::retry),
        u"reconnectWorkspaceAction"_s);
    menu->addSeparator();
    addAction(menu, MainWindow::tr("&Quit"), window, &QWidget::close, u"quitAction"_s, QKeySequence::Quit);
}

void addViewMenu(MainWindow *window)
{
    QMenu *menu = addMenu(window, MainWindow::tr("&View"), u"viewMenu"_s);
    addAction(
        menu, MainWindow::tr("Failure &inbox"), window, [window] { window->showInbox(); },
        u"showInboxAction"_s, QKeySequence(Qt::CTRL | Qt::Key_I));
    addAction(menu, MainWindow::tr("&Jobs"), window, &MainWindow::showJobs, u"showJobsAction"_s,
        QKeySequence(Qt::CTRL | Qt::Key_1));
    addAction(menu, MainWindow::tr("&Clusters"), window, &MainWindow::showClusters, u"showClustersAction"_s,
        QKeySequence(Qt::CTRL | Qt::Key_2));
    addAction(menu, MainWindow::tr("&Search archive"), window, &MainWindow::showSearch, u"showSearchAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    addAction(
        menu, MainWindow::tr("&Next workspace"), window, [window] { window->cycleWorkspace(1); },
        u"nextWorkspaceAction"_s, QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    addAction(
        menu, MainWindow::tr("&Previous workspace"), window, [window] { window->cycleWorkspace(-1); },
        u"previousWorkspaceAction"_s, QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    addAction(menu, MainWindow::tr("&Go to…"), window, &MainWindow::showCommandPalette,
        u"commandPaletteAction"_s, QKeySequence(Qt::CTRL | Qt::Key_K));
    addAction(
        menu, MainWindow::tr("Go to na&vigation"), window, [window] { window->sidebar()->setFocus(); },
        u"focusNavigationAction"_s, QKeySequence(Qt::Key_F6));
    menu->addSeparator();
    addAction(menu, MainWindow::tr("&Refresh"), window, &MainWindow::refreshCurrentPage, u"refreshAction"_s,
        QKeySequence::Refresh);
}

void addSettingsMenu(MainWindow *window)
{
    QMenu *menu = addMenu(window, MainWindow::tr("&Settings"), u"settingsMenu"_s);
    QAction *preferences = addAction(menu, MainWindow::tr("&Preferences…"), window,
        &MainWindow::showPreferences, u"preferencesAction"_s, QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    addAction(
        menu, MainWindow::tr("&Watch rules…"), window, &MainWindow::showWatchRules, u"watchRulesAction"_s);
}

void addHelpMenu(MainWindow *window)
{
    QMenu *menu = addMenu(window, MainWindow::tr("&Help"), u"helpMenu"_s);
    addAction(menu, MainWindow::tr("&Welcome"), window, &MainWindow::welcomeRequested, u"welcomeAction"_s);
    addAction(menu, MainWindow::tr("&Keyboard shortcuts"), window, &MainWindow::showShortcuts,
        u"shortcutsAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Slash));
    menu->addAction(MainWindow::tr("&About Brickdesk"), window, &MainWindow::showAbout);
}

} // namespace

// The words stay the window's own (translation context brickdesk::MainWindow).
void addMainMenus(MainWindow *window)
{
    addFileMenu(window);
    addViewMenu(window);
    addSettingsMenu(window);
    addHelpMenu(window);
}

} // namespace brickdesk
