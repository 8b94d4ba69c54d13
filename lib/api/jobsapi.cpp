#include "api/jobsapi.h"

#include "api/apireply.h"
#include "api/connection.h"
#include "api/pagetokenguard.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString newIdempotencyToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces); // 36 chars, the API allows 64
}

// Follows the 2.2 array pagination of jobs/get and runs/get (guide §1.1): later pages carry
// more elements of the large arrays (others empty); concatenate, drop next_page_token.
// Jobs keep them under settings, runs at the root ([GO] ext_api.go GetJob / GetRun).
class ArrayPageMerger final : public QObject
{
public:
    using MakeRequest = std::function<ApiReply *(const QString &pageToken)>;

    ArrayPageMerger(ApiReply *result, MakeRequest make, QStringList arrayKeys)
        : QObject(result)
        , m_result(result)
        , m_make(std::move(make))
        , m_keys(std::move(arrayKeys))
    { }

    void fetch(const QString &token)
    {
        m_current = m_make(token);
        connect(m_current, &ApiReply::finished, this, [this, reply = m_current] { onPage(reply); });
    }

    ~ArrayPageMerger() override
    {
        if (m_current) {
            m_current->disconnect(this);
            m_current->abort();
        }
    }

    void abortCurrent()
    {
        if (m_current)
            m_current->abort();
    }

private:
    void onPage(ApiReply *reply)
    {
        m_current = nullptr;
        if (!m_result || m_result->isFinished())
            return;
        if (reply->hasError()) {
            m_result->complete({}, reply->error(), reply->httpStatus());
            return;
        }
        const QJsonObject page = reply->json();
        if (m_pages++ == 0) {
            m_merged = page;
        } else {
            for (const QString &key : std::as_const(m_keys))
                append(key, page);
        }
        const QString next = page.value(u"next_page_token"_s).toString();
        if (ApiError error = m_guard.next(next.toUtf8(), itemsOn(page))) {
            error.setRequestDescription(reply->request().description());
            m_result->complete({}, error, reply->httpStatus());
            return;
        }
        if (!next.isEmpty()) {
            fetch(next);
            return;
        }
        m_merged.remove(u"next_page_token"_s);
        m_result->complete(m_merged, {}, reply->httpStatus());
    }

    // `key` is "tasks" (at the root) or "settings.tasks" (one level down).
    static QJsonArray arrayAt(const QString &key, const QJsonObject &page)
    {
        const qsizetype dot = key.indexOf(u'.');
        const QJsonObject source = dot < 0 ? page : page.value(key.left(dot)).toObject();
        return source.value(dot < 0 ? key : key.mid(dot + 1)).toArray();
    }

    qsizetype itemsOn(const QJsonObject &page) const
    {
        qsizetype items = 0;
        for (const QString &key : m_keys)
            items += arrayAt(key, page).size();
        return items;
    }

    void append(const QString &key, const QJsonObject &page)
    {
        const qsizetype dot = key.indexOf(u'.');
        const QString parent = dot < 0 ? QString() : key.left(dot);
        const QString name = dot < 0 ? key : key.mid(dot + 1);
        const QJsonArray more = arrayAt(key, page);
        if (more.isEmpty())
            return;
        QJsonObject target = parent.isEmpty() ? m_merged : m_merged.value(parent).toObject();
        QJsonArray all = target.value(name).toArray();
        for (const QJsonValue &value : more)
            all.append(value);
        target.insert(name, all);
        if (parent.isEmpty())
            m_merged = target;
        else
            m_merged.insert(parent, target);
    }

    QPointer<ApiReply> m_result;
    QPointer<ApiReply> m_current;
    MakeRequest m_make;
    QStringList m_keys;
    QJsonObject m_merged;
    PageTokenGuard m_guard;
    int m_pages = 0;
};

ApiReply *mergedPages(Connection *connection, const ApiRequest &first, ArrayPageMerger::MakeRequest make,
    const QStringList &keys)
{
    auto holder = std::make_shared<QPointer<ArrayPageMerger>>();
    ApiReply *result = ApiReply::createManual(first, connection, [holder] {
        if (*holder)
            (*holder)->abortCurrent();
    });
    auto *merger = new ArrayPageMerger(result, std::move(make), keys);
    *holder = merger;
    merger->fetch({});
    return result;
}

} // namespace

JobsApi::JobsApi(Connection *connection)
    : m_connection(connection)
{ }

QString JobsApi::path(QStringView endpoint) const
{
    return m_connection->jobsApiPrefix() + u'/' + endpoint;
}

ApiReply *JobsApi::list(const JobsListParams &params)
{
    return m_connection->send(ApiRequest::get(path(u"list"), params.toQuery()));
}

ApiReply *JobsApi::get(qint64 jobId, const QString &pageToken)
{
    QUrlQuery query;
    query.addQueryItem(u"job_id"_s, QString::number(jobId));
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_s, pageToken);
    return m_connection->send(ApiRequest::get(path(u"get"), query));
}

ApiReply *JobsApi::getComplete(qint64 jobId)
{
    JobsApi api = *this;
    QUrlQuery query;
    query.addQueryItem(u"job_id"_s, QString::number(jobId));
    return mergedPages(m_connection, ApiRequest::get(path(u"get"), query),
        [api, jobId](const QString &token) mutable { return api.get(jobId, token); },
        {u"settings.tasks"_s, u"settings.job_clusters"_s, u"settings.parameters"_s,
            u"settings.environments"_s});
}

ApiReply *JobsApi::create(const QJsonObject &settings)
{
    return m_connection->send(ApiRequest::post(path(u"create"), settings, false));
}

ApiReply *JobsApi::reset(qint64 jobId, const QJsonObject &newSettings)
{
    // Replaces all settings with the same value each time: safe to repeat.
    return m_connection->send(
        ApiRequest::post(path(u"reset"), {{u"job_id"_s, jobId}, {u"new_settings"_s, newSettings}}, true));
}

ApiReply *JobsApi::update(qint64 jobId, const QJsonObject &newSettings, const QStringList &fieldsToRemove)
{
    QJsonObject body {{u"job_id"_s, jobId}};
    if (!newSettings.isEmpty())
        body.insert(u"new_settings"_s, newSettings);
    if (!fieldsToRemove.isEmpty())
        body.insert(u"fields_to_remove"_s, QJsonArray::fromStringList(fieldsToRemove));
    // Sets fields to given values (merging tasks by key): repeating it changes nothing more.
    return m_connection->send(ApiRequest::post(path(u"update"), body, true));
}

ApiReply *JobsApi::remove(qint64 jobId)
{
    return m_connection->send(ApiRequest::post(path(u"delete"), {{u"job_id"_s, jobId}}, true));
}

ApiReply *JobsApi::runNow(const RunNowParams &params)
{
    RunNowParams withToken = params;
    if (withToken.idempotencyToken.isEmpty())
        withToken.idempotencyToken = newIdempotencyToken();
    // With an idempotency token a replay returns the run already started (guide §1.2).
    return m_connection->send(ApiRequest::post(path(u"run-now"), withToken.toJson(), true));
}

ApiReply *JobsApi::submitRun(const QJsonObject &submit)
{
    QJsonObject body = submit;
    if (body.value(u"idempotency_token"_s).toString().isEmpty())
        body.insert(u"idempotency_token"_s, newIdempotencyToken());
    return m_connection->send(ApiRequest::post(path(u"runs/submit"), body, true));
}

ApiReply *JobsApi::listRuns(const RunsListParams &params)
{
    return m_connection->send(ApiRequest::get(path(u"runs/list"), params.toQuery()));
}

namespace {

QUrlQuery runQuery(qint64 runId, const GetRunParams &params, const QString &pageToken)
{
    QUrlQuery query;
    query.addQueryItem(u"run_id"_s, QString::number(runId));
    if (params.includeHistory)
        query.addQueryItem(u"include_history"_s, u"true"_s);
    if (params.includeResolvedValues)
        query.addQueryItem(u"include_resolved_values"_s, u"true"_s);
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_s, pageToken);
    return query;
}

} // namespace

ApiReply *JobsApi::getRun(qint64 runId, const GetRunParams &params)
{
    return m_connection->send(ApiRequest::get(path(u"runs/get"), runQuery(runId, params, params.pageToken)));
}

ApiReply *JobsApi::getRunComplete(qint64 runId, const GetRunParams &params)
{
    JobsApi api = *this;
    return mergedPages(m_connection, ApiRequest::get(path(u"runs/get"), runQuery(runId, params, {})),
        [api, runId, params](const QString &token) mutable {
            GetRunParams page = params;
            page.pageToken = token;
            return api.getRun(runId, page);
        },
        {u"tasks"_s, u"job_clusters"_s, u"job_parameters"_s, u"repair_history"_s, u"iterations"_s});
}

ApiReply *JobsApi::getRunOutput(qint64 taskRunId)
{
    QUrlQuery query;
    query.addQueryItem(u"run_id"_s, QString::number(taskRunId));
    return m_connection->send(ApiRequest::get(path(u"runs/get-output"), query));
}

ApiReply *JobsApi::cancelRun(qint64 runId)
{
    return m_connection->send(ApiRequest::post(path(u"runs/cancel"), {{u"run_id"_s, runId}}, true));
}

ApiReply *JobsApi::cancelAllRuns(qint64 jobId)
{
    return m_connection->send(ApiRequest::post(path(u"runs/cancel-all"), {{u"job_id"_s, jobId}}, true));
}

ApiReply *JobsApi::cancelAllQueuedRuns()
{
    return m_connection->send(
        ApiRequest::post(path(u"runs/cancel-all"), {{u"all_queued_runs"_s, true}}, true));
}

ApiReply *JobsApi::repairRun(const RepairRunParams &params)
{
    return m_connection->send(ApiRequest::post(path(u"runs/repair"), params.toJson(), false));
}

ApiReply *JobsApi::deleteRun(qint64 runId)
{
    return m_connection->send(ApiRequest::post(path(u"runs/delete"), {{u"run_id"_s, runId}}, true));
}

ApiReply *JobsApi::exportRun(qint64 runId, const QString &viewsToExport)
{
    QUrlQuery query;
    query.addQueryItem(u"run_id"_s, QString::number(runId));
    if (!viewsToExport.isEmpty())
        query.addQueryItem(u"views_to_export"_s, viewsToExport);
    return m_connection->send(ApiRequest::get(path(u"runs/export"), query));
}

ApiReply *JobsApi::getPermissions(qint64 jobId)
{
    // The Permissions API lives under 2.0 for every object type ([GO] service/jobs impl.go).
    return m_connection->send(ApiRequest::get(u"/api/2.0/permissions/jobs/%1"_s.arg(jobId)));
}

ApiCall<Job> JobsApi::getJob(qint64 jobId)
{
    return {getComplete(jobId), &Job::fromJson};
}

ApiCall<qint64> JobsApi::createJob(const QJsonObject &settings)
{
    return {create(settings), [](const QJsonObject &json) { return json.value(u"job_id"_s).toInteger(); }};
}

ApiCall<Done> JobsApi::resetJob(qint64 jobId, const QJsonObject &newSettings)
{
    return {reset(jobId, newSettings), &nothingToParse};
}

ApiCall<JobPermissions> JobsApi::getJobPermissions(qint64 jobId)
{
    return {getPermissions(jobId), &JobPermissions::fromJson};
}

ApiCall<Done> JobsApi::updateJob(qint64 jobId, const QJsonObject &newSettings)
{
    return {update(jobId, newSettings), &nothingToParse};
}

ApiCall<Done> JobsApi::deleteJob(qint64 jobId)
{
    return {remove(jobId), &nothingToParse};
}

ApiCall<Done> JobsApi::cancelJobRuns(qint64 jobId)
{
    return {cancelAllRuns(jobId), &nothingToParse};
}

ApiCall<Run> JobsApi::getFullRun(qint64 runId, const GetRunParams &params)
{
    return {getRunComplete(runId, params), &Run::fromJson};
}

ApiCall<Run> JobsApi::getRunFirstPage(qint64 runId, const GetRunParams &params)
{
    return {getRun(runId, params), &Run::fromJson};
}

ApiCall<RunOutput> JobsApi::getTaskRunOutput(qint64 taskRunId)
{
    return {getRunOutput(taskRunId), &RunOutput::fromJson};
}

ApiCall<qint64> JobsApi::repairJobRun(const RepairRunParams &params)
{
    return {
        repairRun(params), [](const QJsonObject &json) { return json.value(u"repair_id"_s).toInteger(); }};
}

ApiCall<qint64> JobsApi::startRun(const RunNowParams &params)
{
    return {runNow(params), [](const QJsonObject &json) { return json.value(u"run_id"_s).toInteger(); }};
}

ApiCall<Done> JobsApi::cancelJobRun(qint64 runId)
{
    return {cancelRun(runId), &nothingToParse};
}

ApiCall<Done> JobsApi::deleteJobRun(qint64 runId)
{
    return {deleteRun(runId), &nothingToParse};
}

ApiCall<RunsPage> JobsApi::listRunsPage(const RunsListParams &params)
{
    return {listRuns(params), [](const QJsonObject &json) {
                RunsPage page;
                page.runs = parseList<Run>(json, u"runs"_s);
                page.nextPageToken = json.value(u"next_page_token"_s).toString();
                return page;
            }};
}

} // namespace brickdesk
