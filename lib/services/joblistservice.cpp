#include "services/joblistservice.h"

#include "api/connection.h"
#include "domain/run.h"
#include "models/jobsmodel.h"
#include "services/offlinearchive.h"
#include "services/offlinelistfallback.h"

#include <QTimer>

namespace brickdesk {

JobListService::JobListService(QObject *parent)
    : QObject(parent)
    , m_model(new JobsModel(this))
    , m_offline(new OfflineListFallback(
          m_model, [this] { return m_model->isArchived(); },
          [](OfflineArchive *archive) { archive->readJobs(); }, this))
    , m_autoRefresh(new QTimer(this))
{
    m_model->setExpandTasks(true);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_paused && m_connection && !m_model->isLoading() && !isOffline())
            refresh();
    });
    connect(
        m_offline->archive(), &OfflineArchive::jobsRead, this, [this](const OfflineArchive::JobList &list) {
            if (!m_offline->wantsArchive())
                return;
            QVector<QJsonObject> jobs;
            QHash<qint64, qint64> lastSeen;
            jobs.reserve(list.jobs.size());
            for (const JobVersion &version : list.jobs) {
                jobs.append(OfflineArchive::jobJson(version));
                lastSeen.insert(version.jobId, version.lastSeenMs);
            }
            m_model->showArchived(jobs, lastSeen, list.asOfMs);
            for (const ArchivedRun &archived : list.lastRuns) {
                const Run run = Run::fromJson(archived.run);
                m_model->setLastRun(archived.jobId, run.displayState(), run.id(), run.startTimeMs());
            }
        });
}

JobListService::~JobListService()
{
    m_userCall.abort();
}

void JobListService::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    m_userCall.abort();
    m_connection = connection;
    m_model->setConnection(connection);
    setCurrentUser({});
    if (connection) {
        m_model->reload();
        fetchCurrentUser();
    }
    emit connectionChanged(connection != nullptr);
}

void JobListService::setReachability(WorkspaceReachability *reachability)
{
    m_offline->setReachability(reachability);
}

bool JobListService::isOffline() const
{
    return m_offline->isOffline();
}

Connection *JobListService::connection() const
{
    return m_connection;
}

QUrl JobListService::host() const
{
    return m_connection ? m_connection->host() : QUrl();
}

Job JobListService::job(qint64 jobId) const
{
    return m_model->job(m_model->rowOfJob(jobId));
}

void JobListService::setCurrentUser(const CurrentUser &user)
{
    const bool changed = user.userName() != m_user.userName();
    m_user = user;
    if (changed)
        emit currentUserChanged(m_user.userName());
}

void JobListService::fetchCurrentUser()
{
    // Whom "Mine" means: the workspace's SCIM Me. Workspaces (or tokens) that do not answer it
    // leave the user unknown rather than guessing.
    m_userCall = m_connection->scim().me();
    m_userCall.then(this, [this](const ApiResult<CurrentUser> &result) {
        if (result.ok())
            setCurrentUser(result.value());
    });
}

void JobListService::refresh()
{
    if (m_connection)
        m_model->refresh();
}

void JobListService::cancel()
{
    m_model->cancel();
}

void JobListService::setAutoRefreshInterval(int seconds)
{
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
}

int JobListService::autoRefreshInterval() const
{
    return m_autoRefresh->isActive() ? m_autoRefresh->interval() / 1000 : 0;
}

ApiCall<Job> JobListService::fetchJob(qint64 jobId)
{
    return m_connection ? m_connection->jobs().getJob(jobId) : ApiCall<Job>();
}

ApiCall<qint64> JobListService::runNow(const RunNowParams &params)
{
    return m_connection ? m_connection->jobs().startRun(params) : ApiCall<qint64>();
}

ApiCall<Done> JobListService::cancelActiveRuns(qint64 jobId)
{
    return m_connection ? m_connection->jobs().cancelJobRuns(jobId) : ApiCall<Done>();
}

ApiCall<Done> JobListService::updateSettings(qint64 jobId, const QJsonObject &newSettings)
{
    return m_connection ? m_connection->jobs().updateJob(jobId, newSettings) : ApiCall<Done>();
}

ApiCall<Done> JobListService::deleteJob(qint64 jobId)
{
    return m_connection ? m_connection->jobs().deleteJob(jobId) : ApiCall<Done>();
}

} // namespace brickdesk
