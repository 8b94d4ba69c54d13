#include "api/jobsapi.h"

#include "api/apireply.h"
#include "api/connection.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <functional>

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
        const QString next = page.value(QLatin1String("next_page_token")).toString();
        if (!next.isEmpty()) {
            if (m_seen.contains(next)) {
                ApiError error(ApiError::Kind::BadResponse,
                    QStringLiteral("the server repeated a page token"), reply->httpStatus());
                error.setBodyIssue(ApiError::BodyIssue::Unexpected);
                error.setRequestDescription(reply->request().description());
                m_result->complete({}, error, reply->httpStatus());
                return;
            }
            m_seen.insert(next);
            fetch(next);
            return;
        }
        m_merged.remove(QLatin1String("next_page_token"));
        m_result->complete(m_merged, {}, reply->httpStatus());
    }

    // `key` is "tasks" (at the root) or "settings.tasks" (one level down).
    void append(const QString &key, const QJsonObject &page)
    {
        const qsizetype dot = key.indexOf(u'.');
        const QString parent = dot < 0 ? QString() : key.left(dot);
        const QString name = dot < 0 ? key : key.mid(dot + 1);
        const QJsonObject source = parent.isEmpty() ? page : page.value(parent).toObject();
        const QJsonArray more = source.value(name).toArray();
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
    QSet<QString> m_seen;
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
    query.addQueryItem(QStringLiteral("job_id"), QString::number(jobId));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    return m_connection->send(ApiRequest::get(path(u"get"), query));
}

ApiReply *JobsApi::getComplete(qint64 jobId)
{
    JobsApi api = *this;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("job_id"), QString::number(jobId));
    return mergedPages(m_connection, ApiRequest::get(path(u"get"), query),
        [api, jobId](const QString &token) mutable { return api.get(jobId, token); },
        {QStringLiteral("settings.tasks"), QStringLiteral("settings.job_clusters"),
            QStringLiteral("settings.parameters"), QStringLiteral("settings.environments")});
}

ApiReply *JobsApi::create(const QJsonObject &settings)
{
    return m_connection->send(ApiRequest::post(path(u"create"), settings, false));
}

ApiReply *JobsApi::reset(qint64 jobId, const QJsonObject &newSettings)
{
    // Replaces all settings with the same value each time: safe to repeat.
    return m_connection->send(ApiRequest::post(path(u"reset"),
        {{QLatin1String("job_id"), jobId}, {QLatin1String("new_settings"), newSettings}}, true));
}

ApiReply *JobsApi::update(qint64 jobId, const QJsonObject &newSettings, const QStringList &fieldsToRemove)
{
    QJsonObject body {{QLatin1String("job_id"), jobId}};
    if (!newSettings.isEmpty())
        body.insert(QLatin1String("new_settings"), newSettings);
    if (!fieldsToRemove.isEmpty())
        body.insert(QLatin1String("fields_to_remove"), QJsonArray::fromStringList(fieldsToRemove));
    // Sets fields to given values (merging tasks by key): repeating it changes nothing more.
    return m_connection->send(ApiRequest::post(path(u"update"), body, true));
}

ApiReply *JobsApi::remove(qint64 jobId)
{
    return m_connection->send(ApiRequest::post(path(u"delete"), {{QLatin1String("job_id"), jobId}}, true));
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
    if (body.value(QLatin1String("idempotency_token")).toString().isEmpty())
        body.insert(QLatin1String("idempotency_token"), newIdempotencyToken());
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
    query.addQueryItem(QStringLiteral("run_id"), QString::number(runId));
    if (params.includeHistory)
        query.addQueryItem(QStringLiteral("include_history"), QStringLiteral("true"));
    if (params.includeResolvedValues)
        query.addQueryItem(QStringLiteral("include_resolved_values"), QStringLiteral("true"));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
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
        {QStringLiteral("tasks"), QStringLiteral("job_clusters"), QStringLiteral("job_parameters"),
            QStringLiteral("repair_history"), QStringLiteral("iterations")});
}

ApiReply *JobsApi::getRunOutput(qint64 taskRunId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("run_id"), QString::number(taskRunId));
    return m_connection->send(ApiRequest::get(path(u"runs/get-output"), query));
}

ApiReply *JobsApi::cancelRun(qint64 runId)
{
    return m_connection->send(
        ApiRequest::post(path(u"runs/cancel"), {{QLatin1String("run_id"), runId}}, true));
}

ApiReply *JobsApi::cancelAllRuns(qint64 jobId)
{
    return m_connection->send(
        ApiRequest::post(path(u"runs/cancel-all"), {{QLatin1String("job_id"), jobId}}, true));
}

ApiReply *JobsApi::cancelAllQueuedRuns()
{
    return m_connection->send(
        ApiRequest::post(path(u"runs/cancel-all"), {{QLatin1String("all_queued_runs"), true}}, true));
}

ApiReply *JobsApi::repairRun(const RepairRunParams &params)
{
    return m_connection->send(ApiRequest::post(path(u"runs/repair"), params.toJson(), false));
}

ApiReply *JobsApi::deleteRun(qint64 runId)
{
    return m_connection->send(
        ApiRequest::post(path(u"runs/delete"), {{QLatin1String("run_id"), runId}}, true));
}

ApiReply *JobsApi::exportRun(qint64 runId, const QString &viewsToExport)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("run_id"), QString::number(runId));
    if (!viewsToExport.isEmpty())
        query.addQueryItem(QStringLiteral("views_to_export"), viewsToExport);
    return m_connection->send(ApiRequest::get(path(u"runs/export"), query));
}

ApiReply *JobsApi::getPermissions(qint64 jobId)
{
    // The Permissions API lives under 2.0 for every object type ([GO] service/jobs impl.go).
    return m_connection->send(ApiRequest::get(QStringLiteral("/api/2.0/permissions/jobs/%1").arg(jobId)));
}

} // namespace brickdesk
