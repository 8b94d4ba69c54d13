#pragma once

#include "api/pendingretries.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace brickdesk {

class WorkspaceReachability;
class WorkspaceSet;

// The calls waiting to be sent again in every workspace of a WorkspaceSet (each workspace's
// PendingRetries, gathered), for one notice in the main window: what waits, why, until when,
// and Cancel for all of them. The waits of a workspace its WorkspaceReachability has declared
// offline are left out: the offline banner speaks for that workspace (with its own Try again),
// and a countdown of retries beneath it would contradict it. They are announced again once
// the workspace answers, if any still wait then.
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
    // Where a workspace is known to be offline (not owned; nullptr forgets).
    void setReachability(const QString &key, WorkspaceReachability *reachability);

    // How many workspaces are open (a notice names the workspace when there are several).
    int workspaceCount() const;

    // Soonest retry first, over every workspace that is not offline.
    QList<Wait> waits() const;
    bool isEmpty() const;
    // The retries sent once their wait was over and not answered yet (PendingRetries::
    // sentRetries), over every workspace that is not offline.
    QList<Wait> sentRetries() const;
    // Ends every waiting call that waits() lists with Kind::Cancelled; nothing more is sent
    // for them.
    void cancelAll();

signals:
    void changed();

private:
    void track(const QString &key);
    void forget(const QString &key);
    bool isOffline(const QString &key) const;
    // What waits or is on its way in the workspace (whether offline or not).
    bool hasAny(const QString &key) const;
    QList<Wait> gather(bool sent) const;

    QPointer<WorkspaceSet> m_set;
    QHash<QString, QPointer<PendingRetries>> m_tracked;
    QHash<QString, QPointer<WorkspaceReachability>> m_reachability;
};

} // namespace brickdesk
