#include "domain/run.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Run Run::fromJson(const QJsonObject &run)
{
    Run result;
    result.m_raw = run;
    result.m_id = run.value(u"run_id"_s).toInteger();
    result.m_jobId = run.value(u"job_id"_s).toInteger();
    result.m_startTime = run.value(u"start_time"_s).toInteger();
    result.m_display = RunDisplayState::from(result.status(), result.state());
    return result;
}

QString Run::runName() const
{
    return m_raw.value(u"run_name"_s).toString();
}
QString Run::creatorUserName() const
{
    return m_raw.value(u"creator_user_name"_s).toString();
}
QString Run::runType() const
{
    return m_raw.value(u"run_type"_s).toString();
}
QString Run::trigger() const
{
    return m_raw.value(u"trigger"_s).toString();
}
int Run::attemptNumber() const
{
    return int(m_raw.value(u"attempt_number"_s).toInteger());
}
qint64 Run::endTimeMs() const
{
    return m_raw.value(u"end_time"_s).toInteger();
}

QDateTime Run::startTime() const
{
    return m_startTime > 0 ? QDateTime::fromMSecsSinceEpoch(m_startTime, Qt::UTC) : QDateTime();
}

QDateTime Run::endTime() const
{
    const qint64 end = endTimeMs();
    return end > 0 ? QDateTime::fromMSecsSinceEpoch(end, Qt::UTC) : QDateTime();
}

qint64 Run::durationMs() const
{
    // The same rule as for task runs: run_duration, else the sum of the legacy phases.
    return RunTask::fromJson(m_raw).durationMs();
}

qint64 Run::queueDurationMs() const
{
    return m_raw.value(u"queue_duration"_s).toInteger();
}
RunState Run::state() const
{
    return RunState::fromJson(m_raw.value(u"state"_s).toObject());
}
RunStatus Run::status() const
{
    return RunStatus::fromJson(m_raw.value(u"status"_s).toObject());
}
QString Run::runPageUrl() const
{
    return m_raw.value(u"run_page_url"_s).toString();
}

QString Run::clusterId() const
{
    return m_raw.value(u"cluster_instance"_s).toObject().value(u"cluster_id"_s).toString();
}

QVector<RunTask> Run::tasks() const
{
    const QJsonArray array = m_raw.value(u"tasks"_s).toArray();
    QVector<RunTask> result;
    result.reserve(array.size());
    for (const QJsonValue &task : array)
        result.append(RunTask::fromJson(task.toObject()));
    return result;
}

QVector<RunParameter> Run::jobParameters() const
{
    QVector<RunParameter> result;
    const QJsonArray parameters = m_raw.value(u"job_parameters"_s).toArray();
    for (const QJsonValue &value : parameters) {
        const QJsonObject parameter = value.toObject();
        const QJsonValue used
            = parameter.contains(u"value"_s) ? parameter.value(u"value"_s) : parameter.value(u"default"_s);
        result.append({parameter.value(u"name"_s).toString(), used.toVariant().toString()});
    }
    return result;
}

QList<std::pair<QString, QString>> Run::overridingParameters() const
{
    QList<std::pair<QString, QString>> result;
    const QJsonObject overriding = m_raw.value(u"overriding_parameters"_s).toObject();
    for (auto it = overriding.constBegin(); it != overriding.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isObject()
            ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
            : value.isArray()
            ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
            : value.toVariant().toString();
        result.append({it.key(), text});
    }
    return result;
}

qint64 Run::setupDurationMs() const
{
    return m_raw.value(u"setup_duration"_s).toInteger();
}

qint64 Run::executionDurationMs() const
{
    return m_raw.value(u"execution_duration"_s).toInteger();
}

qint64 Run::cleanupDurationMs() const
{
    return m_raw.value(u"cleanup_duration"_s).toInteger();
}
bool Run::hasMore() const
{
    return m_raw.value(u"has_more"_s).toBool();
}

QVector<RunTask> Run::iterations() const
{
    QVector<RunTask> result;
    const QJsonArray all = m_raw.value(u"iterations"_s).toArray();
    result.reserve(all.size());
    for (const QJsonValue &v : all)
        result.append(RunTask::fromJson(v.toObject()));
    return result;
}

qint64 Run::parentRunId() const
{
    return m_raw.value(u"parent_run_id"_s).toInteger();
}

qint64 Run::triggerRunId() const
{
    return m_raw.value(u"trigger_info"_s).toObject().value(u"run_id"_s).toInteger();
}

QString Run::effectivePerformanceTarget() const
{
    return m_raw.value(u"effective_performance_target"_s).toString();
}

QString Run::effectiveUsagePolicyId() const
{
    return m_raw.value(u"effective_usage_policy_id"_s).toString();
}

QJsonArray Run::repairHistory() const
{
    return m_raw.value(u"repair_history"_s).toArray();
}

qint64 Run::latestRepairId() const
{
    qint64 latest = 0;
    const QJsonArray history = repairHistory();
    for (const QJsonValue &item : history) {
        const QJsonObject o = item.toObject();
        if (o.value(u"type"_s).toString() == u"REPAIR"_s)
            latest = o.value(u"id"_s).toInteger();
    }
    return latest;
}

} // namespace brickdesk
