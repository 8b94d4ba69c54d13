#include "services/runservice.h"

#include "api/connection.h"
#include "api/jobsapi.h"
#include "archive/archive.h"
#include "archive/archiverelease.h"
#include "services/offlinearchive.h"
#include "services/runpoller.h"
#include "services/workspacereachability.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

RunService::RunService(QObject *parent)
    : QObject(parent)
    , m_poller(new RunPoller(this))
    , m_archive(new OfflineArchive(this))
{
    connect(m_archive, &OfflineArchive::runRead, this, [this](const OfflineArchive::RunRecord &record) {
        if (record.runId != m_archivedRunId || m_archivedRunId == 0)
            return;
        if (record.run.runId != record.runId) {
            emit archivedRunLoaded(false, 0);
            return;
        }
        m_archivedRun = Run::fromJson(record.run.run);
        m_archived = true;
        emit runLoaded(m_archivedRun);
        emit archivedRunLoaded(true, record.run.seenMs);
    });
    connect(m_poller, &RunPoller::loaded, this, [this](const Run &run, bool changed) {
        // Kept as it changes, so that a run once shown can be read while the workspace cannot be
        // reached (a new state, or the first answer: changed is true then too).
        if (changed)
            archiveRun(run);
        onLoaded(run);
    });
    // Preferences deletes the archive: let go of it (the next run shown opens a new one).
    connect(ArchiveRelease::instance(), &ArchiveRelease::releaseRequested, this, [this](const QString &path) {
        if (m_writer && QFileInfo(path).absoluteFilePath() == QFileInfo(m_writer->path()).absoluteFilePath())
            m_writer.reset();
    });
    connect(m_poller, &RunPoller::failed, this, [this](const ApiError &error) {
        // The workspace cannot be reached and nothing of the run is shown: the archive may have it.
        if (isOffline() && !m_poller->hasRun()) {
            readArchived(m_poller->runId());
            return;
        }
        emit loadFailed(
            tr("Run %1: %2").arg(m_poller->runId()).arg(error.userMessage()), !m_poller->hasRun());
    });
    connect(m_poller, &RunPoller::finished, this, &RunService::runFinished);
}

RunService::~RunService()
{
    clear();
}

void RunService::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    clear();
    m_connection = connection;
    m_poller->setConnection(connection);
}

Connection *RunService::connection() const
{
    return m_connection;
}

QUrl RunService::workspaceHost() const
{
    return m_connection ? m_connection->host() : QUrl();
}

void RunService::setReachability(WorkspaceReachability *reachability)
{
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    if (reachability)
        connect(reachability, &WorkspaceReachability::changed, this, &RunService::reachabilityChanged);
}

bool RunService::isOffline() const
{
    return m_reachability && m_reachability->isOffline();
}

void RunService::reachabilityChanged()
{
    const qint64 shown = runId();
    if (shown == 0)
        return;
    // A run asked for just before the outage was known would wait on the retry policy: the
    // archive answers now instead.
    if (isOffline() && m_archivedRunId == 0 && !m_poller->hasRun()) {
        readArchived(shown);
        return;
    }
    // Back: what came from the archive is asked of the workspace again.
    if (!isOffline() && m_archivedRunId != 0)
        show(shown);
}

void RunService::archiveRun(const Run &run)
{
    const QString path = m_reachability ? m_reachability->archivePath() : QString();
    if (path.isEmpty() || !run.isValid())
        return;
    if (!m_writer || m_writer->path() != path) {
        m_writer = std::make_unique<Archive>(path);
        m_writer->open(); // runs before anything asked later; its failure leaves it closed
    }
    // Written on the archive's thread; nobody waits for it.
    m_writer->recordRuns(QJsonArray {run.raw()}, QDateTime::currentMSecsSinceEpoch());
}

void RunService::readArchived(qint64 runId)
{
    m_poller->stop();
    m_archivedRunId = runId;
    m_archive->setPath(m_reachability ? m_reachability->archivePath() : QString());
    m_archive->readRun(runId);
}

qint64 RunService::runId() const
{
    return m_archivedRunId != 0 ? m_archivedRunId : m_poller->runId();
}

Run RunService::run() const
{
    return m_archived ? m_archivedRun : m_poller->run();
}

void RunService::clear()
{
    ++m_generation;
    m_poller->stop();
    m_archivedRunId = 0;
    m_archived = false;
    m_archivedRun = {};
    for (const ApiCall<RunOutput> &call : std::as_const(m_outputCalls))
        call.abort();
    for (const ApiCall<Run> &call : std::as_const(m_iterationCalls))
        call.abort();
    m_outputCalls.clear();
    m_iterationCalls.clear();
    m_outputs.clear();
    m_outputErrors.clear();
    m_iterations.clear();
    m_iterationStates.clear();
}

void RunService::show(qint64 runId)
{
    clear();
    if (isOffline())
        readArchived(runId);
    else
        m_poller->start(runId);
}

void RunService::reload()
{
    if (m_archivedRunId != 0) {
        if (!isOffline())
            show(m_archivedRunId);
        return;
    }
    m_poller->refresh();
}

void RunService::pause()
{
    m_poller->pause();
}

void RunService::resume()
{
    m_poller->resume();
}

void RunService::onLoaded(const Run &run)
{
    fetchOutputs(run);
    fetchIterations(run);
    emit runLoaded(run);
}

void RunService::fetchOutputs(const Run &run)
{
    if (!m_connection)
        return;
    QList<std::pair<qint64, RunDisplayState>> targets;
    const QVector<RunTask> tasks = run.tasks();
    for (const RunTask &task : tasks)
        targets.append({task.runId(), task.displayState()});
    // A single-task run without a tasks array (runs/submit of old) answers get-output itself.
    if (tasks.isEmpty())
        targets.append({run.id(), run.displayState()});
    const quint64 generation = m_generation;
    for (const auto &target : std::as_const(targets)) {
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        const qint64 taskRunId = target.first;
        if (taskRunId == 0 || !target.second.isTerminal() || m_outputs.contains(taskRunId)
            || m_outputErrors.contains(taskRunId) || m_outputCalls.contains(taskRunId))
            continue;
        ApiCall<RunOutput> call = m_connection->jobs().getTaskRunOutput(taskRunId);
        m_outputCalls.insert(taskRunId, call);
        call.then(this, [this, taskRunId, generation](const ApiResult<RunOutput> &result) {
            if (generation != m_generation)
                return;
            m_outputCalls.remove(taskRunId);
            if (!result.ok() && result.error().kind() == ApiError::Kind::Cancelled)
                return;
            if (result.ok())
                m_outputs.insert(taskRunId, result.value());
            else
                m_outputErrors.insert(taskRunId, result.error().userMessage());
            emit outputsChanged();
        });
    }
}

void RunService::fetchIterations(const Run &run)
{
    if (!m_connection)
        return;
    const quint64 generation = m_generation;
    const QVector<RunTask> tasks = run.tasks();
    for (const RunTask &task : tasks) {
        if (!task.isForEach() || task.runId() == 0 || task.startTimeMs() <= 0)
            continue;
        // Again whenever the for-each task's state or progress moved; once when it has ended.
        const RunTask::ForEachStats stats = task.forEachStats();
        const QString key = task.displayState().stateName() + u'/' + QString::number(stats.completed) + u'/'
            + QString::number(stats.active);
        const qint64 id = task.runId();
        if (m_iterationStates.value(id) == key || m_iterationCalls.contains(id))
            continue;
        m_iterationStates.insert(id, key);
        // Every page: a for-each task can have thousands of iterations, 100 per page.
        ApiCall<Run> call = m_connection->jobs().getFullRun(id);
        m_iterationCalls.insert(id, call);
        call.then(this, [this, id, generation](const ApiResult<Run> &result) {
            if (generation != m_generation)
                return;
            m_iterationCalls.remove(id);
            if (!result.ok()) {
                if (result.error().kind() != ApiError::Kind::Cancelled) {
                    m_iterationStates.remove(id); // try again on the next load
                    emit statusMessage(tr("Could not load the iterations of task run %1: %2")
                                           .arg(id)
                                           .arg(result.error().userMessage()));
                }
                return;
            }
            m_iterations.insert(id, result.value().iterations());
            emit iterationsChanged(id);
        });
    }
}

QString RunService::label() const
{
    const QString name = run().runName();
    return name.isEmpty() ? tr("Run %1").arg(runId()) : tr("Run %1 of “%2”").arg(runId()).arg(name);
}

void RunService::cancel()
{
    if (!m_connection || runId() == 0)
        return;
    const QString what = label();
    m_connection->jobs().cancelJobRun(runId()).then(this, [this, what](const ApiResult<Done> &result) {
        if (!result.ok()) {
            emit statusMessage(tr("Could not cancel %1: %2").arg(what, result.error().userMessage()));
            return;
        }
        emit statusMessage(tr("Cancelling %1…").arg(what));
        reload();
    });
}

void RunService::repair(const RepairRunParams &params)
{
    if (!m_connection)
        return;
    const qint64 id = params.runId;
    m_connection->jobs().repairJobRun(params).then(this, [this, id](const ApiResult<qint64> &result) {
        if (!result.ok()) {
            emit statusMessage(tr("Could not repair run %1: %2").arg(id).arg(result.error().userMessage()));
            return;
        }
        emit statusMessage(tr("Repairing run %1 (repair %2)…").arg(id).arg(result.value()));
        emit repairStarted(id, result.value());
        if (id == runId())
            reload();
    });
}

void RunService::remove()
{
    if (!m_connection || runId() == 0)
        return;
    const qint64 id = runId();
    const QString what = label();
    m_connection->jobs().deleteJobRun(id).then(this, [this, what, id](const ApiResult<Done> &result) {
        if (!result.ok()) {
            emit statusMessage(tr("Could not delete %1: %2").arg(what, result.error().userMessage()));
            return;
        }
        emit statusMessage(tr("Deleted %1.").arg(what));
        if (id == runId())
            clear();
        emit runDeleted(id);
    });
}

} // namespace brickdesk
