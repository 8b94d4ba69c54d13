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
            if (hasAny(key))
                emit changed();
        });
    } else {
        m_reachability.remove(key);
    }
    if (wasOffline != isOffline(key) && hasAny(key))
        emit changed();
}

bool WorkspaceRetries::hasAny(const QString &key) const
{
    const QPointer<PendingRetries> pending = m_tracked.value(key);
    return pending && (!pending->isEmpty() || pending->hasSentRetries());
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
    if (hasAny(key))
        emit changed();
}

void WorkspaceRetries::forget(const QString &key)
{
    const bool had = hasAny(key);
    const QPointer<PendingRetries> pending = m_tracked.take(key);
    if (!pending)
        return;
    pending->disconnect(this);
    if (had)
        emit changed();
}

QList<WorkspaceRetries::Wait> WorkspaceRetries::gather(bool sent) const
{
    QList<Wait> all;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        if (!it.value() || isOffline(it.key()))
            continue;
        const QString name = m_set ? m_set->name(it.key()) : QString();
        const QList<PendingRetries::Wait> waits = sent ? it.value()->sentRetries() : it.value()->waits();
        for (const PendingRetries::Wait &wait : waits)
            all.append({it.key(), name, wait});
    }
    std::stable_sort(all.begin(), all.end(),
        [](const Wait &a, const Wait &b) { return a.wait.retryAt.deadline() < b.wait.retryAt.deadline(); });
    return all;
}

QList<WorkspaceRetries::Wait> WorkspaceRetries::waits() const
{
    return gather(false);
}

QList<WorkspaceRetries::Wait> WorkspaceRetries::sentRetries() const
{
    return gather(true);
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
