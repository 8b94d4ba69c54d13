#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;

namespace brickdesk {

class ApiReply;
class Connection;

// Follows runs in the background until they end ("Watch a run"): polls runs/get with
// back-off per run (the interval grows 1.5x up to the maximum, reset when the state
// changes), then reports the outcome on the status bar and, where the desktop has a
// notification area, as a desktop notification.
class RunWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit RunWatcher(QObject *parent = nullptr);
    ~RunWatcher() override;

    // Dropping the connection forgets every watched run.
    void setConnection(Connection *connection);
    void watch(qint64 runId, const QString &label);
    void unwatch(qint64 runId);
    bool isWatching(qint64 runId) const { return m_runs.contains(runId); }
    QList<qint64> watchedRuns() const { return m_runs.keys(); }
    void setPollingIntervals(int initialMs, int maximumMs);
    // Desktop notifications (on by default where available; tests turn them off).
    void setDesktopNotificationsEnabled(bool enabled) { m_notify = enabled; }

signals:
    void statusMessage(const QString &text, int timeoutMs = 6000);
    // The run reached a terminal state; `text` is e.g. "Succeeded", `success` for SUCCESS.
    void runEnded(qint64 runId, const QString &label, const QString &text, bool success);

private:
    struct Watched
    {
        QString label;
        QString stateKey;
        qint64 nextPollMs = 0;
        int intervalMs = 0;
        QPointer<ApiReply> reply;
    };

    void poll();
    void notifyDesktop(const QString &title, const QString &text, bool success);

    QPointer<Connection> m_connection;
    QHash<qint64, Watched> m_runs;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_initialInterval = 2000;
    int m_maximumInterval = 30000;
    bool m_notify = true;
};

} // namespace brickdesk
