#pragma once

#include "api/apicall.h"
#include "domain/run.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace brickdesk {

class Connection;

// Loads one run (every page of its tasks, iterations and repair history) and keeps it current
// while it is active: polls runs/get with back-off (the interval grows 1.5x from the initial one
// up to the maximum, and goes back to the initial one whenever the state of the run or of any
// task changes). Polling stops when the run ends, on stop(), on pause() (a hidden view) and when
// another run is started; a load that a newer one supersedes is aborted, so nothing stale ever
// arrives. The one poller behind the run detail and the run watcher.
class RunPoller final : public QObject
{
    Q_OBJECT
public:
    explicit RunPoller(QObject *parent = nullptr);
    ~RunPoller() override;

    void setConnection(Connection *connection);
    void setIntervals(int initialMs, int maximumMs);
    // With `allPages` false only the first page is fetched (enough to follow a run's state).
    void setFetchAllPages(bool allPages) { m_allPages = allPages; }

    // Loads `runId` at once and polls it while it is active.
    void start(qint64 runId);
    void stop(); // aborts the load in flight and forgets the run
    void refresh(); // loads now; the back-off starts again
    void pause(); // no more polls until resume()
    void resume(); // polls again (at once) if the run is active

    qint64 runId() const { return m_runId; }
    Run run() const { return m_run; }
    bool hasRun() const { return m_run.isValid(); }
    bool isActive() const { return m_run.isValid() && m_run.displayState().isActive(); }
    bool isPolling() const;
    bool isLoading() const { return !m_call.isFinished(); }
    int intervalMs() const { return m_interval; }

signals:
    // After every successful load; `changed`: the run's or a task's state differs from before.
    void loaded(const brickdesk::Run &run, bool changed);
    void failed(const brickdesk::ApiError &error);
    // The run reached a terminal state while this poller followed it.
    void finished(const brickdesk::Run &run);

private:
    void fetch();
    void onLoaded(const ApiResult<Run> &result, quint64 generation);
    void schedule(bool changed);
    static QString stateKey(const Run &run);

    QPointer<Connection> m_connection;
    ApiCall<Run> m_call;
    QTimer *m_timer = nullptr;
    qint64 m_runId = 0;
    Run m_run;
    QString m_stateKey;
    quint64 m_generation = 0;
    bool m_allPages = true;
    bool m_paused = false;
    bool m_wasActive = false;
    int m_initial = 1000;
    int m_maximum = 15000;
    int m_interval = 1000;
};

} // namespace brickdesk
