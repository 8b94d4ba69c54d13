#include "api/jobsparams.h"

#include <QJsonArray>
#include <QUuid>

namespace brickdesk {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QUrlQuery JobsListParams::toQuery() const
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), name);
    if (expandTasks)
        query.addQueryItem(QStringLiteral("expand_tasks"), boolText(true));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    return query;
}

QUrlQuery RunsListParams::toQuery() const
{
    QUrlQuery query;
    if (jobId)
        query.addQueryItem(QStringLiteral("job_id"), QString::number(*jobId));
    if (activeOnly)
        query.addQueryItem(QStringLiteral("active_only"), boolText(true));
    if (completedOnly)
        query.addQueryItem(QStringLiteral("completed_only"), boolText(true));
    if (!runType.isEmpty())
        query.addQueryItem(QStringLiteral("run_type"), runType);
    if (startTimeFrom)
        query.addQueryItem(QStringLiteral("start_time_from"), QString::number(*startTimeFrom));
    if (startTimeTo)
        query.addQueryItem(QStringLiteral("start_time_to"), QString::number(*startTimeTo));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (expandTasks)
        query.addQueryItem(QStringLiteral("expand_tasks"), boolText(true));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    return query;
}

QJsonObject RunNowParams::toJson() const
{
    QJsonObject body = extra;
    body.insert(QLatin1String("job_id"), jobId);
    if (!jobParameters.isEmpty())
        body.insert(QLatin1String("job_parameters"), jobParameters);
    if (!only.isEmpty())
        body.insert(QLatin1String("only"), QJsonArray::fromStringList(only));
    if (queueEnabled)
        body.insert(QLatin1String("queue"), QJsonObject {{QLatin1String("enabled"), *queueEnabled}});
    if (!idempotencyToken.isEmpty())
        body.insert(QLatin1String("idempotency_token"), idempotencyToken);
    return body;
}

QJsonObject RepairRunParams::toJson() const
{
    QJsonObject body = extra;
    body.insert(QLatin1String("run_id"), runId);
    if (!rerunTasks.isEmpty())
        body.insert(QLatin1String("rerun_tasks"), QJsonArray::fromStringList(rerunTasks));
    if (rerunAllFailedTasks)
        body.insert(QLatin1String("rerun_all_failed_tasks"), true);
    if (rerunDependentTasks)
        body.insert(QLatin1String("rerun_dependent_tasks"), *rerunDependentTasks);
    if (latestRepairId)
        body.insert(QLatin1String("latest_repair_id"), *latestRepairId);
    if (!jobParameters.isEmpty())
        body.insert(QLatin1String("job_parameters"), jobParameters);
    return body;
}

} // namespace brickdesk
