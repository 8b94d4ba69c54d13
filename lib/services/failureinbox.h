#pragma once

#include "domain/run.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace brickdesk {

class Connection;
class FailureInboxModel;
class RunActivityMonitor;

// The failure inbox across every connected workspace: one RunActivityMonitor per workspace
// (the only poller of run activity; the watch rules listen to the same monitors), digested
// into a FailureInboxModel. Which failures were seen is kept in the settings per workspace
// (run ids only), so the unseen count survives a restart.
class FailureInbox final : public QObject
{
    Q_OBJECT
public:
    explicit FailureInbox(QObject *parent = nullptr);
    ~FailureInbox() override;

    // Starts following a workspace (polling at once); the connection must outlive its place
    // here (removeWorkspace() before it goes).
    void addWorkspace(const QString &key, const QString &name, Connection *connection);
    void removeWorkspace(const QString &key);
    bool hasWorkspace(const QString &key) const { return m_monitors.contains(key); }
    QStringList workspaceKeys() const { return m_monitors.keys(); }
    QString workspaceName(const QString &key) const { return m_names.value(key); }
    RunActivityMonitor *monitor(const QString &key) const { return m_monitors.value(key); }

    // How far back failures are shown (hours); stored in the settings.
    void setWindowHours(int hours);
    int windowHours() const { return m_windowHours; }
    void setPollIntervalMs(int intervalMs);
    int pollIntervalMs() const { return m_intervalMs; }
    void refresh(); // polls every workspace now

    FailureInboxModel *model() const { return m_model; }
    int unseenCount(const QString &key = {}) const;
    void markSeen(const QString &key, qint64 runId);
    void markAllSeen(const QString &key = {}); // every workspace when empty
    // Requests sent by every monitor so far (for measuring what polling costs).
    int requestsSent() const;

signals:
    void countsChanged();
    // Relayed from the workspace's monitor, for the watch rules.
    void runsEnded(const QString &key, const QVector<brickdesk::Run> &runs);
    void activeRunsChanged(const QString &key, const QVector<brickdesk::Run> &runs);
    void pollFailed(const QString &key, const QString &message);

private:
    void digest(const QString &key);
    void loadSeen(const QString &key);
    void saveSeen(const QString &key) const;
    static QString settingsKey(const QString &key);

    FailureInboxModel *m_model = nullptr;
    QHash<QString, RunActivityMonitor *> m_monitors;
    QHash<QString, QString> m_names;
    int m_windowHours = 24;
    int m_intervalMs = 60'000;
};

} // namespace brickdesk
