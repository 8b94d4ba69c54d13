#pragma once

#include "api/apicall.h"
#include "api/jobsparams.h"
#include "domain/run.h"
#include "domain/runoutput.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace brickdesk {

class Archive;
class Connection;
class OfflineArchive;
class RunPoller;
class WorkspaceReachability;

// What the run detail shows, kept current: the run (through RunPoller: every page, polled with
// back-off while active), the output of each finished task (runs/get-output per task run), the
// iterations of each for-each task (runs/get on its task run, every page), and the actions on
// the run (cancel, repair, delete) with their outcome in words. Loads for a run that is no
// longer shown are aborted; nothing stale arrives.
//
// While the workspace cannot be reached, a run is read from the local archive instead (as
// runs/list returned it when archived: its tasks and states, no output), and so is one whose
// load meets the outage; back online, an archived run is asked of the workspace again. Each
// run shown is archived as it changes, so that a run seen once can be read offline.
class RunService final : public QObject
{
    Q_OBJECT
public:
    explicit RunService(QObject *parent = nullptr);
    ~RunService() override;

    void setConnection(Connection *connection);
    Connection *connection() const;
    QUrl workspaceHost() const; // for links into the workspace's web UI
    RunPoller *poller() const { return m_poller; }
    void setReachability(WorkspaceReachability *reachability);
    bool isOffline() const;
    // Whether run() came from the archive (which keeps no output: outputs() stays empty).
    bool isArchived() const { return m_archived; }

    void show(qint64 runId);
    void clear();
    void reload();
    void pause(); // the view is hidden
    void resume();

    qint64 runId() const;
    Run run() const;
    bool hasOutput(qint64 taskRunId) const { return m_outputs.contains(taskRunId); }
    RunOutput output(qint64 taskRunId) const { return m_outputs.value(taskRunId); }
    QString outputError(qint64 taskRunId) const { return m_outputErrors.value(taskRunId); }
    QHash<qint64, RunOutput> outputs() const { return m_outputs; }
    // Iterations of the for-each task run `taskRunId` (empty until loaded).
    bool hasIterations(qint64 taskRunId) const { return m_iterations.contains(taskRunId); }
    QVector<RunTask> iterations(qint64 taskRunId) const { return m_iterations.value(taskRunId); }

    void cancel();
    void repair(const RepairRunParams &params);
    void remove();

signals:
    void runLoaded(const brickdesk::Run &run);
    // run() is what the archive kept of the run (after runLoaded()); found: false when it kept
    // nothing of it (no runLoaded() then). seenMs: when the archive last saw it.
    void archivedRunLoaded(bool found, qint64 seenMs);
    void loadFailed(const QString &message, bool nothingShown);
    void runFinished(const brickdesk::Run &run);
    void outputsChanged();
    void iterationsChanged(qint64 forEachTaskRunId);
    void statusMessage(const QString &text);
    void runDeleted(qint64 runId);
    void repairStarted(qint64 runId, qint64 repairId);

private:
    void onLoaded(const Run &run);
    void archiveRun(const Run &run);
    void readArchived(qint64 runId);
    void reachabilityChanged();
    void fetchOutputs(const Run &run);
    void fetchIterations(const Run &run);
    QString label() const;

    QPointer<Connection> m_connection;
    RunPoller *m_poller = nullptr;
    QPointer<WorkspaceReachability> m_reachability;
    OfflineArchive *m_archive = nullptr;
    qint64 m_archivedRunId = 0; // the run read (or being read) from the archive
    bool m_archived = false;
    Run m_archivedRun;
    std::unique_ptr<Archive> m_writer; // keeps the runs shown, opened with the first
    quint64 m_generation = 0;
    QHash<qint64, RunOutput> m_outputs;
    QHash<qint64, QString> m_outputErrors;
    QHash<qint64, ApiCall<RunOutput>> m_outputCalls;
    QHash<qint64, QVector<RunTask>> m_iterations;
    QHash<qint64, QString> m_iterationStates; // for-each task run -> its state when last fetched
    QHash<qint64, ApiCall<Run>> m_iterationCalls;
};

} // namespace brickdesk
