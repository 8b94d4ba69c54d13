#pragma once

#include "auth/workspaceentry.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace brickdesk {

class WorkspaceStore;

// The sidebar's list of workspaces: the demo workspace and every saved one, the last used
// marked. Activating an entry asks to open it (side by side or instead, the main window's
// choice); "Manage…" opens the connection dialog.
class WorkspaceListWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceListWidget(WorkspaceStore *store, QWidget *parent = nullptr);

    void reload();
    // Marks which workspaces are open (shown in bold).
    void setOpenWorkspaces(const QStringList &ids);
    QString currentId() const;

signals:
    void workspaceActivated(const brickdesk::WorkspaceEntry &entry);
    void manageRequested();

private:
    QPointer<WorkspaceStore> m_store;
    QListWidget *m_list = nullptr;
    QPushButton *m_manageButton = nullptr;
    QStringList m_open;
};

} // namespace brickdesk
