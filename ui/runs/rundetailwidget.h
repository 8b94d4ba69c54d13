#pragma once

#include "domain/run.h"
#include "domain/runoutput.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QAction;

namespace brickdesk {

class Connection;
class RunService;
class TaskTimelineWidget;
class WorkspaceReachability;

// One run in detail: life cycle, result and termination reason in words; timings (queue,
// setup, execution, cleanup, total); trigger, who started it, parameters; the cluster or
// serverless environment it ran on; a per-task table (condition outcomes, run-job links to the
// child run, for-each progress) and a Gantt timeline of the tasks; the iterations of every
// for-each task (all pages) with their state and a link to each; and every task's output or
// error gathered in one place.
//
// Loading, polling with back-off while the run is active (paused while the view is hidden),
// outputs, iterations and the actions (cancel, repair, delete) belong to a RunService; this
// widget only shows it and forwards what the user asks. Outcomes go to statusMessage().
class RunDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetailWidget(QWidget *parent = nullptr);
    ~RunDetailWidget() override;

    void setConnection(Connection *connection);
    // While it says the workspace cannot be reached, runs come from the archive.
    void setReachability(WorkspaceReachability *reachability);
    // Loads the run (all pages of its tasks) and keeps it up to date while it is active.
    void showRun(qint64 runId);
    void clear();
    void reload();

    qint64 runId() const;
    Run run() const;
    RunService *service() const { return m_service; }
    bool isPolling() const;
    int pollIntervalMs() const;
    void setPollingIntervals(int initialMs, int maximumMs);
    // Task run id -> its runs/get-output answer, and the ones that could not be read.
    QHash<qint64, RunOutput> outputs() const;
    QString stateText() const;

    TaskTimelineWidget *timeline() const { return m_timeline; }
    QTableWidget *tasksTable() const { return m_tasks; }
    QTableWidget *iterationsTable() const { return m_iterations; }
    QTabWidget *taskTabs() const { return m_taskTabs; }
    QTextBrowser *outputView() const { return m_output; }
    QLabel *detailsLabel() const { return m_details; }

    QAction *cancelAction() const { return m_cancelAction; }
    QAction *repairAction() const { return m_repairAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *watchAction() const { return m_watchAction; }
    QAction *openInBrowserAction() const { return m_browserAction; }

    enum TaskColumn {
        KeyColumn,
        StateColumn,
        DetailColumn, // condition outcome, child run, for-each progress
        StartColumn,
        DurationColumn,
        AttemptColumn,
        ComputeColumn,
        RunIdColumn,
        TaskColumnCount
    };
    enum IterationColumn {
        ForEachColumn,
        IndexColumn,
        IterationStateColumn,
        IterationStartColumn,
        IterationDurationColumn,
        IterationRunIdColumn,
        IterationColumnCount
    };
    // Role of the cells that link to another run (a child run, an iteration): its run id.
    static constexpr int LinkedRunRole = Qt::UserRole + 1;

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
    void runUpdated(const brickdesk::Run &run);
    // The shown run reached a terminal state while it was being polled.
    void runFinished(qint64 runId);
    void runDeleted(qint64 runId);
    void watchRequested(qint64 runId, const QString &label);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    // The details, tables and output carry colours chosen for the palette: built again when it
    // changes.
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void render();
    void renderTasks();
    void renderIterations();
    void renderOutputs();
    void updateActions();
    void openLink(const QString &link);
    QString label() const;

    RunService *m_service = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_timings = nullptr;
    QLabel *m_parameters = nullptr;
    QTableWidget *m_tasks = nullptr;
    QTableWidget *m_iterations = nullptr;
    QTabWidget *m_taskTabs = nullptr;
    QWidget *m_iterationsTab = nullptr;
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
