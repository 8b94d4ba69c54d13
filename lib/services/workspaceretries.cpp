#include "services/workspaceretries.h"

#include "api/connection.h"
#include "services/workspacereachability.h"
#include "services/workspaceset.h"

#include <algorithm>

namespace brickdesk {

WorkspaceRetries::WorkspaceRetries(QObject *parent)
    : QObject(parent)
{ }

WorkspaceRetries::~WorkspaceRetries()
{
    // Nothing may reach this object's receivers any more.
    blockSignals(true);
    setWorkspaceSet(nullptr);
}

void WorkspaceRetries::setWorkspaceSet(WorkspaceSet *set)
{
    if (m_set == set)
        return;
    if (m_set)
        m_set->disconnect(this);
    const QStringList tracked = m_tracked.keys();
    for (const QString &key : tracked)
        forget(key);
    m_set = set;
    if (set) {
        connect(set, &WorkspaceSet::added, this, &WorkspaceRetries::track);
        connect(set, &WorkspaceSet::stateChanged, this, [this](const QString &key) { track(key); });
        connect(set, &WorkspaceSet::aboutToClose, this, [this](const QString &key) {
            forget(key);
            setReachability(key, nullptr);
        });
        const QStringList keys = set->keys();
        for (const QString &key : keys)
            track(key);
    }
    emit changed();
}

void WorkspaceRetries::setReachability(const QString &key, WorkspaceReachability *reachability)
{
    const QPointer<WorkspaceReachability> old = m_reachability.value(key);
    if (old == reachability)
        return;
    const bool wasOffline = isOffline(key);
    if (old)
        old->disconnect(this);
    if (reachability) {
        m_reachability.insert(key, reachability);
        // Its waits leave or come back as it goes offline or answers again.
        connect(reachability, &WorkspaceReachability::changed, this, [this, key] {
            const QPointer<PendingRetries> pending = m_tracked.value(key);
            if (pending && !pending->isEmpty())
                emit changed();
        });
    } else {
        m_reachability.remove(key);
    }
    const QPointer<PendingRetries> pending = m_tracked.value(key);
    if (wasOffline != isOffline(key) && pending && !pending->isEmpty())
        emit changed();
}

bool WorkspaceRetries::isOffline(const QString &key) const
{
    const QPointer<WorkspaceReachability> reachability = m_reachability.value(key);
    return reachability && reachability->isOffline();
}

int WorkspaceRetries::workspaceCount() const
{
    return m_set ? m_set->count() : 0;
}

void WorkspaceRetries::track(const QString &key)
{
    Connection *connection = m_set ? m_set->connection(key) : nullptr;
    PendingRetries *pending = connection ? connection->pendingRetries() : nullptr;
    if (m_tracked.value(key) == pending)
        return;
    forget(key);
    if (!pending)
        return;
    m_tracked.insert(key, pending);
    connect(pending, &PendingRetries::changed, this, &WorkspaceRetries::changed);
    if (!pending->isEmpty())
        emit changed();
}

void WorkspaceRetries::forget(const QString &key)
{
    const QPointer<PendingRetries> pending = m_tracked.take(key);
    if (!pending)
        return;
    pending->disconnect(this);
    if (!pending->isEmpty())
        emit changed();
}

QList<WorkspaceRetries::Wait> WorkspaceRetries::waits() const
{
    QList<Wait> all;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        if (!it.value() || isOffline(it.key()))
            continue;
        const QString name = m_set ? m_set->name(it.key()) : QString();
        const QList<PendingRetries::Wait> waits = it.value()->waits();
        for (const PendingRetries::Wait &wait : waits)
            all.append({it.key(), name, wait});
    }
    std::stable_sort(all.begin(), all.end(),
        [](const Wait &a, const Wait &b) { return a.wait.retryAt.deadline() < b.wait.retryAt.deadline(); });
    return all;
}

bool WorkspaceRetries::isEmpty() const
{
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        if (it.value() && !it.value()->isEmpty() && !isOffline(it.key()))
            return false;
    }
    return true;
}

void WorkspaceRetries::cancelAll()
{
    const QStringList keys = m_tracked.keys();
    for (const QString &key : keys) {
        const QPointer<PendingRetries> pending = m_tracked.value(key);
        if (pending && !isOffline(key))
            pending->cancelAll();
    }
}

} // namespace brickdesk
