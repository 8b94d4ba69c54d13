#include "common/workspaceactiongate.h"

#include "services/workspacereachability.h"

#include <QAction>
#include <QActionGroup>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
const char kNeedsWorkspace[] = "needsWorkspace";

// What an action's tooltip is when none was set (its text, without the mnemonic).
QString defaultToolTip(const QAction *action)
{
    QAction plain;
    plain.setText(action->text());
    return plain.toolTip();
}
} // namespace

WorkspaceActionGate::WorkspaceActionGate(QWidget *scope, WorkspaceReachability *reachability, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    setReachability(reachability);
}

WorkspaceActionGate::~WorkspaceActionGate() = default;

void WorkspaceActionGate::needsWorkspace(QAction *action)
{
    action->setProperty(kNeedsWorkspace, true);
}

bool WorkspaceActionGate::isMarked(const QAction *action)
{
    return action->property(kNeedsWorkspace).toBool();
}

void WorkspaceActionGate::addAction(QAction *action)
{
    m_extra.append(action);
    if (!m_reason.isEmpty())
        apply(action);
}

void WorkspaceActionGate::setReachability(WorkspaceReachability *reachability)
{
    if (m_reachability == reachability)
        return;
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    if (reachability)
        connect(reachability, &WorkspaceReachability::changed, this, &WorkspaceActionGate::update);
    update();
}

void WorkspaceActionGate::update()
{
    const QString reason = m_reachability ? m_reachability->reason() : QString();
    if (reason == m_reason)
        return;
    m_reason = reason;
    if (reason.isEmpty()) {
        // Back: each action is as its screen set it last, with its own tooltip.
        m_group->setEnabled(true);
        const QList<QAction *> actions = m_group->actions();
        for (QAction *action : actions)
            release(action);
        return;
    }
    QList<QAction *> actions;
    if (m_scope)
        actions = m_scope->findChildren<QAction *>();
    for (const QPointer<QAction> &extra : std::as_const(m_extra)) {
        if (extra)
            actions.append(extra);
    }
    for (QAction *action : std::as_const(actions)) {
        if (isMarked(action) || m_extra.contains(action))
            apply(action);
    }
    m_group->setEnabled(false);
}

void WorkspaceActionGate::apply(QAction *action)
{
    if (action->actionGroup() && action->actionGroup() != m_group)
        return; // in a group of its own screen: that screen decides
    if (!m_toolTips.contains(action)) {
        m_toolTips.insert(action, ownToolTip(action));
        m_statusTips.insert(action, action->statusTip());
        m_group->addAction(action);
        // The screen changes the tooltip (a locked job) or the text (a count) while the
        // workspace is away: the reason goes back at the end of what it shows now.
        connect(action, &QAction::changed, this, [this, action] {
            if (m_applying || m_reason.isEmpty() || action->toolTip() == gatedToolTip(action))
                return;
            if (!action->toolTip().endsWith(m_reason))
                m_toolTips.insert(action, ownToolTip(action));
            apply(action);
        });
        connect(action, &QObject::destroyed, this, [this, action] {
            m_toolTips.remove(action);
            m_statusTips.remove(action);
        });
    }
    m_applying = true;
    action->setToolTip(gatedToolTip(action));
    action->setStatusTip(m_reason);
    m_applying = false;
}

QString WorkspaceActionGate::ownToolTip(const QAction *action)
{
    // Empty: none of its own, so it follows the action's text.
    return action->toolTip() == defaultToolTip(action) ? QString() : action->toolTip();
}

QString WorkspaceActionGate::gatedToolTip(const QAction *action) const
{
    const QString own = m_toolTips.value(const_cast<QAction *>(action));
    return (own.isEmpty() ? defaultToolTip(action) : own) + u'\n' + m_reason;
}

void WorkspaceActionGate::release(QAction *action)
{
    m_applying = true;
    action->setToolTip(m_toolTips.take(action));
    action->setStatusTip(m_statusTips.take(action));
    m_applying = false;
    action->disconnect(this);
    m_group->removeAction(action);
}

} // namespace brickdesk
