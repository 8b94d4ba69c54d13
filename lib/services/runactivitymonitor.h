#pragma once

#include "api/apicall.h"
#include "domain/run.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <functional>

class QTimer;

namespace brickdesk {

class Connection;
class PageFetcher;
class RunsRangeFetcher;

// The one poller of a workspace's run activity, behind the failure inbox and the watch rules:
// what is running or queued now, and which runs ended recently. It never walks every job's
// history. Each poll costs, whatever the number of jobs:
//   - runs/list completed_only with a start time: on the first poll the whole window, cut into
//     a few time shards (RunsRangeFetcher); afterwards only the runs started since the previous
//     poll (one shard, a small overlap for clock skew), usually one page;
//   - runs/list active_only, one page per 25 active runs;
//   - runs/get (first page) for each run that was active at the previous poll and is neither
//     active nor among the completed runs just listed: it started before the previous poll and
//     ended since, which a start-time filter cannot see.
class RunActivityMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit RunActivityMonitor(QObject *parent = nullptr);
    ~RunActivityMonitor() override;

    void setConnection(Connection *connection);
    // How far back ended runs are kept (by end time); changing it fetches the window again.
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_intervalMs; }
    // Milliseconds since the epoch; tests move time forward without waiting.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    void start(); // polls now, then every interval
    void stop(); // aborts the poll in flight
    void pollNow(); // a poll in flight is as fresh: nothing is sent then
    bool isRunning() const;
    bool isPolling() const { return m_polling; }
    bool hasPolled() const { return m_polls > 0; }

    QVector<Run> activeRuns() const { return m_active.values().toVector(); }
    // Runs that ended inside the window, newest start first.
    QVector<Run> endedRuns() const;
    int requestsSent() const { return m_requests; }
    int pollCount() const { return m_polls; }

signals:
    // Runs seen ended for the first time, newest first.
    void runsEnded(const QVector<brickdesk::Run> &runs);
    // After every poll: what is active now.
    void activeRunsChanged(const QVector<brickdesk::Run> &runs);
    // endedRuns() was fetched again from scratch (first poll, new window, new connection).
    void windowReloaded();
    void polled();
    void pollFailed(const brickdesk::ApiError &error);

private:
    void fetchEnded();
    void fetchActive();
    void fetchVanished();
    void finishPoll();
    void fail(const ApiError &error);
    void addEnded(const Run &run, QVector<Run> *fresh);
    void prune();
    qint64 now() const;

    QPointer<Connection> m_connection;
    QTimer *m_timer = nullptr;
    std::function<qint64()> m_now;
    qint64 m_windowMs = 24 * 3600 * 1000LL;
    int m_intervalMs = 60'000;

    QHash<qint64, Run> m_active;
    QHash<qint64, Run> m_ended;
    qint64 m_watermark = 0; // start of the previous successful poll, 0 before the first
    qint64 m_pollStarted = 0;
    bool m_reload = true;
    bool m_polling = false;
    quint64 m_generation = 0;
    int m_requests = 0;
    int m_polls = 0;

    // The poll in flight.
    QPointer<RunsRangeFetcher> m_rangeFetcher;
    QPointer<PageFetcher> m_activeFetcher;
    QHash<qint64, Run> m_nextActive;
    QVector<Run> m_fresh;
    QList<ApiCall<Run>> m_vanishedCalls;
    int m_vanishedPending = 0;
};

} // namespace brickdesk
