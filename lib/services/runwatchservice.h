#pragma once

#include "domain/run.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace brickdesk {

class Connection;
class RunPoller;

// Follows runs in the background until they end ("Watch a run"): one RunPoller per run (first
// page only, back-off per run), then says how each ended. Dropping the connection forgets every
// watched run.
class RunWatchService final : public QObject
{
    Q_OBJECT
public:
    explicit RunWatchService(QObject *parent = nullptr);

    void setConnection(Connection *connection);
    void setPollingIntervals(int initialMs, int maximumMs);
    void watch(qint64 runId, const QString &label);
    void unwatch(qint64 runId);
    bool isWatching(qint64 runId) const { return m_pollers.contains(runId); }
    QList<qint64> watchedRuns() const { return m_pollers.keys(); }
    QString label(qint64 runId) const { return m_labels.value(runId); }

signals:
    void watching(qint64 runId, const QString &label);
    // The run reached a terminal state (also when it had already ended when watching began).
    void runEnded(qint64 runId, const QString &label, const brickdesk::Run &run);
    void runVanished(qint64 runId, const QString &label); // deleted (404) while watched

private:
    QPointer<Connection> m_connection;
    QHash<qint64, RunPoller *> m_pollers;
    QHash<qint64, QString> m_labels;
    int m_initial = 2000;
    int m_maximum = 30000;
};

} // namespace brickdesk
