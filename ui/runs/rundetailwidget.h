#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QAction;

namespace brickdesk {

class ApiReply;
class Connection;
class TaskTimelineWidget;

// One run in detail: life cycle, result and termination reason in words; timings (queue,
// setup, execution, cleanup, total); trigger, who started it, parameters; the cluster it ran
// on (a link to the cluster view); a per-task table and a Gantt timeline of the tasks; and
// every task's output or error gathered in one place (runs/get-output per task run id, since
// the API refuses a multi-task parent run).
//
// An active run is polled until it ends, with back-off (initial interval growing 1.5x to the
// maximum, reset whenever the run's state changes); polling stops when the view is hidden or
// shows another run. Actions: cancel, repair (failed tasks or chosen ones), delete, watch,
// open in browser. Outcomes go to statusMessage(), never to a modal dialog.
class RunDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetailWidget(QWidget *parent = nullptr);
    ~RunDetailWidget() override;

    void setConnection(Connection *connection);
    // Loads the run (all pages of its tasks) and keeps it up to date while it is active.
    void showRun(qint64 runId);
    // Shows a run already fetched (e.g. from a test or the list), then keeps it up to date.
    void clear();
    void reload();

    qint64 runId() const { return m_runId; }
    QJsonObject run() const { return m_run; }
    bool isPolling() const;
    int pollIntervalMs() const { return m_interval; }
    void setPollingIntervals(int initialMs, int maximumMs);
    // Task run id -> the gathered get-output answer (or an {"error": ...} object).
    QHash<qint64, QJsonObject> outputs() const { return m_outputs; }
    QString stateText() const;

    TaskTimelineWidget *timeline() const { return m_timeline; }
    QTableWidget *tasksTable() const { return m_tasks; }
    QTextBrowser *outputView() const { return m_output; }

    QAction *cancelAction() const { return m_cancelAction; }
    QAction *repairAction() const { return m_repairAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *watchAction() const { return m_watchAction; }
    QAction *openInBrowserAction() const { return m_browserAction; }

public slots:
    void cancelRun();
    void repairRun();
    void deleteRun();

signals:
    void statusMessage(const QString &text, int timeoutMs = 6000);
    void openClusterRequested(const QString &clusterId);
    void openJobRequested(qint64 jobId);
    void backRequested();
    // After every successful load (initial and each poll).
    void runUpdated(const QJsonObject &run);
    // The shown run reached a terminal state while it was being polled.
    void runFinished(qint64 runId);
    void runDeleted(qint64 runId);
    void watchRequested(qint64 runId, const QString &label);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void fetch();
    void onRunLoaded(ApiReply *reply, qint64 runId);
    void render();
    void renderTasks();
    void renderOutputs();
    void fetchOutputs();
    void updateActions();
    void schedulePoll(bool stateChanged);
    QString label() const;
    QJsonArray taskRuns() const;

    QPointer<Connection> m_connection;
    QPointer<ApiReply> m_reply;
    qint64 m_runId = 0;
    QJsonObject m_run;
    QString m_lastStateKey;
    QHash<qint64, QJsonObject> m_outputs;
    QHash<qint64, QPointer<ApiReply>> m_outputReplies;
    bool m_wasActive = false;

    QTimer *m_pollTimer = nullptr;
    int m_initialInterval = 1000;
    int m_maximumInterval = 15000;
    int m_interval = 1000;

    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_timings = nullptr;
    QLabel *m_parameters = nullptr;
    QTableWidget *m_tasks = nullptr;
    TaskTimelineWidget *m_timeline = nullptr;
    QTextBrowser *m_output = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_repairAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_watchAction = nullptr;
    QAction *m_browserAction = nullptr;
};

} // namespace brickdesk
