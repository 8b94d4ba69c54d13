#include "services/jobdetailservice.h"

#include "api/connection.h"
#include "models/runsmodel.h"
#include "services/offlinearchive.h"
#include "services/workspacereachability.h"

namespace brickdesk {

JobDetailService::JobDetailService(QObject *parent)
    : QObject(parent)
    , m_archive(new OfflineArchive(this))
    , m_runs(new RunsModel(this))
{
    connect(m_archive, &OfflineArchive::jobRead, this, [this](const OfflineArchive::JobRecord &record) {
        if (record.jobId != m_jobId || m_jobId == 0)
            return;
        QVector<QJsonObject> runs;
        runs.reserve(record.runs.size());
        for (const ArchivedRun &run : record.runs)
            runs.append(run.run);
        m_runs->replaceAllItems(runs);
        const bool found = record.latest.jobId == m_jobId;
        if (found) {
            m_job = Job::fromJson(OfflineArchive::jobJson(record.latest));
            m_archived = true;
        }
        emit archivedJobLoaded(found, record.latest.lastSeenMs);
    });
}

JobDetailService::~JobDetailService()
{
    abortLoads();
}

void JobDetailService::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    clear();
    m_connection = connection;
    m_runs->setConnection(connection);
}

Connection *JobDetailService::connection() const
{
    return m_connection;
}

QUrl JobDetailService::host() const
{
    return m_connection ? m_connection->host() : QUrl();
}

void JobDetailService::setReachability(WorkspaceReachability *reachability)
{
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    if (!reachability)
        return;
    connect(reachability, &WorkspaceReachability::changed, this, [this] {
        // A job asked for just before the outage was known would wait on the retry policy: the
        // archive answers now instead.
        if (isOffline() && m_jobId != 0 && !m_jobCall.isFinished()) {
            abortLoads();
            readArchived();
        }
        // Back: what came from the archive is read from the workspace again, the runs with the
        // query the screen set last.
        if (!isOffline() && m_archived) {
            reload();
            reloadRuns();
        }
    });
}

void JobDetailService::reloadRuns()
{
    if (!m_connection || m_jobId == 0 || isOffline())
        return;
    RunsListParams params = m_runs->params();
    params.jobId = m_jobId;
    m_runs->setParams(params);
    m_runs->reload();
}

bool JobDetailService::isOffline() const
{
    return m_reachability && m_reachability->isOffline();
}

void JobDetailService::readArchived()
{
    if (!m_reachability)
        return;
    m_archive->setPath(m_reachability->archivePath());
    m_archive->readJob(m_jobId);
}

void JobDetailService::abortLoads()
{
    // Aborting answers the pending callbacks with Cancelled, which they ignore.
    m_jobCall.abort();
    m_permissionsCall.abort();
}

void JobDetailService::clear()
{
    abortLoads();
    m_jobId = 0;
    m_job = {};
    m_archived = false;
    m_permissions = {};
    m_permissionsError = {};
    m_runs->cancel();
}

void JobDetailService::showJob(qint64 jobId)
{
    if (jobId != m_jobId) {
        clear();
        m_jobId = jobId;
    }
    reload();
}

void JobDetailService::reload()
{
    if (!m_connection || m_jobId == 0)
        return;
    abortLoads();
    if (isOffline()) {
        readArchived();
        return;
    }
    m_jobCall = m_connection->jobs().getJob(m_jobId);
    m_jobCall.then(this, [this](const ApiResult<Job> &result) {
        if (result.error().kind() == ApiError::Kind::Cancelled)
            return; // superseded by a newer load, or the job was put away
        if (!result.ok()) {
            emit jobFailed(result.error());
            const ApiError::Kind kind = result.error().kind();
            if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout)
                readArchived();
            return;
        }
        m_job = result.value();
        m_archived = false;
        emit jobLoaded(m_job);
    });
    // Permissions are shown "where readable": a refusal is kept as the reason, not an error.
    m_permissionsCall = m_connection->jobs().getJobPermissions(m_jobId);
    m_permissionsCall.then(this, [this](const ApiResult<JobPermissions> &result) {
        if (result.error().kind() == ApiError::Kind::Cancelled)
            return;
        m_permissions = result.value();
        m_permissionsError = result.error();
        emit permissionsChanged();
    });
}

ApiCall<Done> JobDetailService::cancelRun(qint64 runId)
{
    return m_connection ? m_connection->jobs().cancelJobRun(runId) : ApiCall<Done>();
}

ApiCall<Done> JobDetailService::deleteRun(qint64 runId)
{
    return m_connection ? m_connection->jobs().deleteJobRun(runId) : ApiCall<Done>();
}

} // namespace brickdesk
