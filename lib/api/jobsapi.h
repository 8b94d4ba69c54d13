#pragma once

#include "api/apicall.h"
#include "api/jobsparams.h"
#include "domain/job.h"
#include "domain/jobpermissions.h"
#include "domain/run.h"
#include "domain/runoutput.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

class ApiReply;
class Connection;

// One page of runs/list as domain values.
struct RunsPage
{
    QList<Run> runs;
    QString nextPageToken; // "" on the last page
};

// Typed calls of the Jobs API (guide §1.2), on the connection's Jobs API version (2.2, or 2.1
// after a fallback). A cheap value handle: get one from Connection::jobs(); it must not
// outlive its connection. Every call returns an ApiReply (see apireply.h).
class JobsApi final
{
public:
    explicit JobsApi(Connection *connection);

    ApiReply *list(const JobsListParams &params = {});
    // One page of a job (2.2 returns at most 100 tasks/job_clusters/... per page).
    ApiReply *get(qint64 jobId, const QString &pageToken = {});
    // The whole job: follows next_page_token and concatenates the arrays (tasks,
    // job_clusters, parameters, environments); the reply's json() has no next_page_token.
    ApiReply *getComplete(qint64 jobId);
    ApiReply *create(const QJsonObject &settings); // not retried (the API has no idempotency token)
    ApiReply *runNow(const RunNowParams &params); // adds an idempotency token if none
    ApiReply *submitRun(const QJsonObject &submit); // adds an idempotency token if none

    ApiReply *listRuns(const RunsListParams &params = {});
    ApiReply *getRun(qint64 runId, const GetRunParams &params = {});
    ApiReply *cancelAllQueuedRuns(); // no job_id, all_queued_runs = true
    ApiReply *deleteRun(qint64 runId);
    ApiReply *exportRun(qint64 runId, const QString &viewsToExport = u"CODE"_s);

    // GET /api/2.0/permissions/jobs/{job_id}: the job's ObjectPermissions (object_id "/jobs/<id>",
    // access_control_list). Not versioned with the Jobs API. Callers without rights on the job get
    // ApiError::Kind::PermissionDenied (403 PERMISSION_DENIED).
    ApiReply *getPermissions(qint64 jobId);

    // Typed calls: domain values, so that nothing above lib/api reads a reply's JSON.
    ApiCall<Job> getJob(qint64 jobId); // jobs/get with every page merged (getComplete)
    ApiCall<qint64> createJob(const QJsonObject &settings); // the new job's id
    ApiCall<Done> resetJob(qint64 jobId, const QJsonObject &newSettings);
    ApiCall<JobPermissions> getJobPermissions(qint64 jobId);
    ApiCall<Done> updateJob(qint64 jobId, const QJsonObject &newSettings);
    ApiCall<Done> deleteJob(qint64 jobId);
    ApiCall<Done> cancelJobRuns(qint64 jobId); // every active and queued run of the job
    // runs/get with every page merged (tasks, iterations, repair history...).
    ApiCall<Run> getFullRun(qint64 runId, const GetRunParams &params = {});
    ApiCall<Run> getRunFirstPage(qint64 runId, const GetRunParams &params = {});
    ApiCall<RunOutput> getTaskRunOutput(qint64 taskRunId);
    ApiCall<qint64> repairJobRun(const RepairRunParams &params); // the repair id
    ApiCall<qint64> startRun(const RunNowParams &params); // jobs/run-now: the new run's id
    ApiCall<Done> cancelJobRun(qint64 runId);
    ApiCall<Done> deleteJobRun(qint64 runId);
    ApiCall<RunsPage> listRunsPage(const RunsListParams &params = {});

    // "/api/2.2/jobs/<endpoint>" for the connection's current version.
    QString path(QStringView endpoint) const;

private:
    // The replies only typed calls parse.
    ApiReply *reset(qint64 jobId, const QJsonObject &newSettings);
    ApiReply *update(qint64 jobId, const QJsonObject &newSettings, const QStringList &fieldsToRemove = {});
    ApiReply *remove(qint64 jobId); // jobs/delete
    // The whole run: follows next_page_token, concatenating tasks, job_clusters,
    // job_parameters, repair_history and iterations.
    ApiReply *getRunComplete(qint64 runId, const GetRunParams &params = {});
    ApiReply *getRunOutput(qint64 taskRunId);
    ApiReply *cancelRun(qint64 runId);
    ApiReply *cancelAllRuns(qint64 jobId);
    ApiReply *repairRun(const RepairRunParams &params); // not retried (no idempotency token)

    Connection *m_connection;
};

} // namespace brickdesk
