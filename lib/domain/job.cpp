#include "domain/job.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Job Job::fromJson(const QJsonObject &job)
{
    Job result;
    result.m_raw = job;
    // toInteger(): exact for ids below 2^53, which is what QJsonValue (a double) can hold.
    result.m_id = job.value(u"job_id"_s).toInteger();
    result.m_settings = JobSettings::fromJson(job.value(u"settings"_s).toObject());
    return result;
}

qint64 Job::createdTimeMs() const
{
    return m_raw.value(u"created_time"_s).toInteger();
}

QDateTime Job::createdTime() const
{
    const qint64 ms = createdTimeMs();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString Job::creatorUserName() const
{
    return m_raw.value(u"creator_user_name"_s).toString();
}
QString Job::runAsUserName() const
{
    return m_raw.value(u"run_as_user_name"_s).toString();
}
bool Job::hasMore() const
{
    return m_raw.value(u"has_more"_s).toBool();
}

void Job::setSettings(const JobSettings &settings)
{
    m_settings = settings;
    m_raw.insert(u"settings"_s, settings.toJson());
}

QJsonObject Job::raw() const
{
    return m_raw;
}

QString Job::effectiveBudgetPolicyId() const
{
    return m_raw.value(u"effective_budget_policy_id"_s).toString();
}

QString Job::effectiveUsagePolicyId() const
{
    return m_raw.value(u"effective_usage_policy_id"_s).toString();
}

} // namespace brickdesk
