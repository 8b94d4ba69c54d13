#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "domain/job.h"
#include "domain/jobpermissions.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace brickdesk {

class Connection;
class OfflineArchive;
class RunsModel;
class WorkspaceReachability;

// One job as its detail screen shows it, kept current: the whole definition (every task
// page), its permissions where readable, and its run history (a RunsModel the screen filters
// and scrolls). showJob() and reload() cancel whatever an earlier call still loads, so an
// answer never lands on the wrong job.
class JobDetailService final : public QObject
{
    Q_OBJECT
public:
    explicit JobDetailService(QObject *parent = nullptr);
    ~JobDetailService() override;

    // nullptr: no workspace. Forgets the job shown.
    void setConnection(Connection *connection);
    bool isConnected() const { return !m_connection.isNull(); }
    Connection *connection() const;
    QUrl host() const;

    // While the workspace cannot be reached, a job is read from its local archive instead (its
    // newest archived settings, and its archived runs in runsModel()), and so is one whose
    // fetch meets the outage: archivedJobLoaded() then, never a request that would wait on
    // the retry policy. Once it answers again, an archived job and its runs are read from the
    // workspace again (jobLoaded()), with no one asking.
    void setReachability(WorkspaceReachability *reachability);
    bool isOffline() const;
    // Whether job() (and the runs) came from the archive.
    bool isArchived() const { return m_archived; }

    // Loads the job and its permissions (0: nothing).
    void showJob(qint64 jobId);
    // Loads the shown job and its permissions again.
    void reload();
    // Loads the job's runs again with the query last set on runsModel() (the job's, whatever
    // job it names); nothing while offline, where reload() reads them from the archive.
    void reloadRuns();
    void clear();

    qint64 jobId() const { return m_jobId; }
    // Invalid until the first answer for jobId() arrives.
    const Job &job() const { return m_job; }
    const JobPermissions &permissions() const { return m_permissions; }
    // Why permissions() is empty, when it could not be read (kind None otherwise).
    const ApiError &permissionsError() const { return m_permissionsError; }
    bool isLoading() const { return !m_jobCall.isFinished(); }

    // The job's run history: the screen sets the query (RunsModel::setParams) and loads.
    RunsModel *runsModel() const { return m_runs; }

    ApiCall<Done> cancelRun(qint64 runId);
    ApiCall<Done> deleteRun(qint64 runId);

signals:
    void jobLoaded(const brickdesk::Job &job);
    void jobFailed(const brickdesk::ApiError &error);
    // job() and the runs model hold what the archive kept of the job (found: false when it
    // kept nothing of it); lastSeenMs: when the archive last saw its settings.
    void archivedJobLoaded(bool found, qint64 lastSeenMs);
    void permissionsChanged();

private:
    void abortLoads();
    void readArchived();

    QPointer<Connection> m_connection;
    QPointer<WorkspaceReachability> m_reachability;
    OfflineArchive *m_archive = nullptr;
    bool m_archived = false;
    qint64 m_jobId = 0;
    Job m_job;
    JobPermissions m_permissions;
    ApiError m_permissionsError;
    ApiCall<Job> m_jobCall;
    ApiCall<JobPermissions> m_permissionsCall;
    RunsModel *m_runs = nullptr;
};

} // namespace brickdesk
