#include "api/jobsparams.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

QUrlQuery JobsListParams::toQuery() const
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!name.isEmpty())
        query.addQueryItem(u"name"_s, name);
    if (expandTasks)
        query.addQueryItem(u"expand_tasks"_s, boolText(true));
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_s, pageToken);
    return query;
}

QUrlQuery RunsListParams::toQuery() const
{
    QUrlQuery query;
    if (jobId)
        query.addQueryItem(u"job_id"_s, QString::number(*jobId));
    if (activeOnly)
        query.addQueryItem(u"active_only"_s, boolText(true));
    if (completedOnly)
        query.addQueryItem(u"completed_only"_s, boolText(true));
    if (!runType.isEmpty())
        query.addQueryItem(u"run_type"_s, runType);
    if (startTimeFrom)
        query.addQueryItem(u"start_time_from"_s, QString::number(*startTimeFrom));
    if (startTimeTo)
        query.addQueryItem(u"start_time_to"_s, QString::number(*startTimeTo));
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    if (expandTasks)
        query.addQueryItem(u"expand_tasks"_s, boolText(true));
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_s, pageToken);
    return query;
}

QJsonObject RunNowParams::toJson() const
{
    QJsonObject body = extra;
    body.insert(u"job_id"_s, jobId);
    if (!jobParameters.isEmpty())
        body.insert(u"job_parameters"_s, jobParameters);
    if (!only.isEmpty())
        body.insert(u"only"_s, QJsonArray::fromStringList(only));
    if (queueEnabled)
        body.insert(u"queue"_s, QJsonObject {{u"enabled"_s, *queueEnabled}});
    if (!idempotencyToken.isEmpty())
        body.insert(u"idempotency_token"_s, idempotencyToken);
    return body;
}

QJsonObject RepairRunParams::toJson() const
{
    QJsonObject body = extra;
    body.insert(u"run_id"_s, runId);
    if (!rerunTasks.isEmpty())
        body.insert(u"rerun_tasks"_s, QJsonArray::fromStringList(rerunTasks));
    if (rerunAllFailedTasks)
        body.insert(u"rerun_all_failed_tasks"_s, true);
    if (rerunDependentTasks)
        body.insert(u"rerun_dependent_tasks"_s, *rerunDependentTasks);
    if (latestRepairId)
        body.insert(u"latest_repair_id"_s, *latestRepairId);
    if (!jobParameters.isEmpty())
        body.insert(u"job_parameters"_s, jobParameters);
    return body;
}

} // namespace brickdesk
