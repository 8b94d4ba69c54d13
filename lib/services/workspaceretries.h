#pragma once

#include "api/pendingretries.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace brickdesk {

class WorkspaceSet;

// The calls waiting to be sent again in every workspace of a WorkspaceSet (each workspace's
// PendingRetries, gathered), for one notice in the main window: what waits, why, until when,
// and Cancel for all of them.
class WorkspaceRetries final : public QObject
{
    Q_OBJECT
public:
    struct Wait
    {
        QString workspaceKey;
        QString workspaceName;
        PendingRetries::Wait wait;
    };

    explicit WorkspaceRetries(QObject *parent = nullptr);
    ~WorkspaceRetries() override;

    // Not owned; nullptr forgets every workspace.
    void setWorkspaceSet(WorkspaceSet *set);
    // How many workspaces are open (a notice names the workspace when there are several).
    int workspaceCount() const;

    // Soonest retry first, over every workspace.
    QList<Wait> waits() const;
    bool isEmpty() const;
    // Ends every waiting call with Kind::Cancelled; nothing more is sent for them.
    void cancelAll();

signals:
    void changed();

private:
    void track(const QString &key);
    void forget(const QString &key);

    QPointer<WorkspaceSet> m_set;
    QHash<QString, QPointer<PendingRetries>> m_tracked;
};

} // namespace brickdesk
