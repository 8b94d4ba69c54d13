#pragma once

#include <QHash>
#include <QPointer>
#include <QTreeWidget>

class QAbstractItemModel;

namespace brickdesk {

class FailureInbox;
class WorkspaceReachability;
class WorkspaceSet;

// The window's navigation: the failure inbox of every workspace on top and, under each open
// workspace, its screens (Jobs, Failures, Clusters with their counts, and the archive's
// Search) and the workspace's state, offline included (since when and data as of when, in its
// tooltip), so that a workspace not shown says so too. It shows and forwards: choosing an item emits
// screenChosen(), the window shows it.
class WorkspaceNavigation final : public QTreeWidget
{
    Q_OBJECT
public:
    // Workspace: the workspace item itself, which shows the screen that workspace showed last.
    enum class Screen { Inbox, Jobs, Clusters, Workspace, Search };

    // The inbox gives the unseen counts; it must outlive the navigation.
    explicit WorkspaceNavigation(FailureInbox *inbox, QWidget *parent = nullptr);

    // Where names, states and errors come from; not owned.
    void setWorkspaceSet(WorkspaceSet *set) { m_set = set; }

    // Adds the items of a workspace; its counts follow the two models (owned by its screens).
    void addWorkspace(const QString &key, const QAbstractItemModel *jobs, const QAbstractItemModel *clusters);
    void removeWorkspace(const QString &key);
    bool hasWorkspace(const QString &key) const { return m_workspaces.contains(key); }
    // Whether the workspace can be reached (not owned; nullptr forgets); its item follows it.
    void setReachability(const QString &key, WorkspaceReachability *reachability);
    // Redraws a workspace's name, state and counts.
    void updateWorkspace(const QString &key);

    // Makes this screen current and emits screenChosen() even when it already was. An empty key
    // means the inbox of every workspace.
    void select(const QString &key, Screen screen);
    QString currentKey() const;
    Screen currentScreen() const;

    // The names saved in the settings for the screen shown when the window closed last.
    static QString screenName(Screen screen);
    static Screen screenFromName(const QString &name, Screen fallback);

signals:
    void screenChosen(const QString &key, brickdesk::WorkspaceNavigation::Screen screen);

private:
    struct Items
    {
        QTreeWidgetItem *workspace = nullptr;
        QTreeWidgetItem *jobs = nullptr;
        QTreeWidgetItem *inbox = nullptr;
        QTreeWidgetItem *clusters = nullptr;
        QTreeWidgetItem *search = nullptr;
        const QAbstractItemModel *jobsModel = nullptr;
        const QAbstractItemModel *clustersModel = nullptr;
        QPointer<WorkspaceReachability> reachability;
    };

    QTreeWidgetItem *item(const QString &key, Screen screen) const;
    void updateInboxItem();
    void choose(QTreeWidgetItem *item);

    FailureInbox *m_inbox = nullptr;
    WorkspaceSet *m_set = nullptr;
    QTreeWidgetItem *m_inboxItem = nullptr;
    QHash<QString, Items> m_workspaces;
};

} // namespace brickdesk
