#pragma once

#include <QObject>

namespace brickdesk {

class Connection;
class Run;
class RunWatchService;

// "Watch a run" on the desktop: RunWatchService (lib) follows the runs until they end; this
// says so on the status bar and, where the desktop has a notification area, as a desktop
// notification (through the shared Notifier, which honours Preferences ▸ Notifications).
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
    bool isWatching(qint64 runId) const;
    QList<qint64> watchedRuns() const;
    void setPollingIntervals(int initialMs, int maximumMs);
    // Desktop notifications (on by default where available; tests turn them off).
    void setDesktopNotificationsEnabled(bool enabled) { m_notify = enabled; }
    RunWatchService *service() const { return m_service; }

signals:
    void statusMessage(const QString &text, int timeoutMs = 6000);
    // The run reached a terminal state; `text` is e.g. "Succeeded", `success` for SUCCESS.
    void runEnded(qint64 runId, const QString &label, const QString &text, bool success);

private:
    void onEnded(qint64 runId, const QString &label, const Run &run);

    RunWatchService *m_service = nullptr;
    bool m_notify = true;
};

} // namespace brickdesk
