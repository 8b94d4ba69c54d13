#include "domain/runtask.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// run_duration (multitask runs and task runs in 2.1+) wins; the three phases are the legacy
// split (all three are 0 for multitask job runs, guide §1.4).
qint64 durationOf(const QJsonObject &raw)
{
    const qint64 runDuration = raw.value(u"run_duration"_s).toInteger(-1);
    if (runDuration > 0)
        return runDuration;
    const qint64 sum = raw.value(u"setup_duration"_s).toInteger(0)
        + raw.value(u"execution_duration"_s).toInteger(0) + raw.value(u"cleanup_duration"_s).toInteger(0);
    if (sum > 0)
        return sum;
    return runDuration;
}

} // namespace

RunTask RunTask::fromJson(const QJsonObject &runTask)
{
    RunTask result;
    result.m_raw = runTask;
    return result;
}

qint64 RunTask::runId() const
{
    return m_raw.value(u"run_id"_s).toInteger();
}
QString RunTask::taskKey() const
{
    return m_raw.value(u"task_key"_s).toString();
}
int RunTask::attemptNumber() const
{
    return int(m_raw.value(u"attempt_number"_s).toInteger());
}
qint64 RunTask::startTimeMs() const
{
    return m_raw.value(u"start_time"_s).toInteger();
}
qint64 RunTask::endTimeMs() const
{
    return m_raw.value(u"end_time"_s).toInteger();
}
qint64 RunTask::durationMs() const
{
    return durationOf(m_raw);
}
qint64 RunTask::queueDurationMs() const
{
    return m_raw.value(u"queue_duration"_s).toInteger();
}
qint64 RunTask::setupDurationMs() const
{
    return m_raw.value(u"setup_duration"_s).toInteger();
}
qint64 RunTask::executionDurationMs() const
{
    return m_raw.value(u"execution_duration"_s).toInteger();
}
qint64 RunTask::cleanupDurationMs() const
{
    return m_raw.value(u"cleanup_duration"_s).toInteger();
}
RunState RunTask::state() const
{
    return RunState::fromJson(m_raw.value(u"state"_s).toObject());
}
RunStatus RunTask::status() const
{
    return RunStatus::fromJson(m_raw.value(u"status"_s).toObject());
}
RunDisplayState RunTask::displayState() const
{
    return RunDisplayState::from(status(), state());
}

QString RunTask::clusterId() const
{
    return m_raw.value(u"cluster_instance"_s).toObject().value(u"cluster_id"_s).toString();
}

QString RunTask::runPageUrl() const
{
    return m_raw.value(u"run_page_url"_s).toString();
}

QString RunTask::conditionOutcome() const
{
    return m_raw.value(u"condition_task"_s).toObject().value(u"outcome"_s).toString();
}

bool RunTask::isForEach() const
{
    return m_raw.value(u"for_each_task"_s).isObject();
}

RunTask::ForEachStats RunTask::forEachStats() const
{
    const QJsonObject s = m_raw.value(u"for_each_task"_s)
                              .toObject()
                              .value(u"stats"_s)
                              .toObject()
                              .value(u"task_run_stats"_s)
                              .toObject();
    ForEachStats stats;
    stats.total = int(s.value(u"total_iterations"_s).toInteger());
    stats.scheduled = int(s.value(u"scheduled_iterations"_s).toInteger());
    stats.active = int(s.value(u"active_iterations"_s).toInteger());
    stats.completed = int(s.value(u"completed_iterations"_s).toInteger());
    stats.succeeded = int(s.value(u"succeeded_iterations"_s).toInteger());
    stats.failed = int(s.value(u"failed_iterations"_s).toInteger());
    return stats;
}

QString RunTask::effectivePerformanceTarget() const
{
    return m_raw.value(u"effective_performance_target"_s).toString();
}

} // namespace brickdesk
