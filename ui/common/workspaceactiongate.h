#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QActionGroup;
class QWidget;

namespace brickdesk {

class WorkspaceReachability;

// The one rule for actions that need the workspace (run, cancel, repair, delete, edit, start,
// refresh…): while the workspace cannot be reached they are off, and their tooltip and status
// tip say why; once it answers they are as their screens want them again. Screens only mark
// such actions (needsWorkspace) and keep deciding everything else (what is selected, a locked
// job…) as before: the gate holds the actions in a disabled QActionGroup, which keeps an
// action off whatever its screen sets, and gives back the state the screen set last.
class WorkspaceActionGate final : public QObject
{
    Q_OBJECT
public:
    // The marked actions under `scope` (found when the workspace goes offline), or those added.
    WorkspaceActionGate(QWidget *scope, WorkspaceReachability *reachability, QObject *parent = nullptr);
    ~WorkspaceActionGate() override;

    static void needsWorkspace(QAction *action);
    static bool isMarked(const QAction *action);

    // An action outside the scope (the window's Refresh), gated as well.
    void addAction(QAction *action);
    // The reachability whose reason gates the actions (the window's follows the current one).
    void setReachability(WorkspaceReachability *reachability);
    QString reason() const { return m_reason; }

private:
    void update();
    void apply(QAction *action);
    void release(QAction *action);
    static QString ownToolTip(const QAction *action);
    QString gatedToolTip(const QAction *action) const;

    QPointer<QWidget> m_scope;
    QPointer<WorkspaceReachability> m_reachability;
    QActionGroup *m_group;
    QList<QPointer<QAction>> m_extra;
    // The tooltip each gated action has of its own, without the reason (empty: its text's).
    QHash<QAction *, QString> m_toolTips;
    QHash<QAction *, QString> m_statusTips;
    QString m_reason;
    bool m_applying = false;
};

} // namespace brickdesk
