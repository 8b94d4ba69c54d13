#include "domain/jobsettings.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

bool isUnpaused(const QJsonObject &object)
{
    return !object.isEmpty() && object.value(u"pause_status"_s).toString() != u"PAUSED"_s;
}

} // namespace

JobSettings JobSettings::fromJson(const QJsonObject &settings)
{
    JobSettings result;
    result.m_raw = settings;
    return result;
}

QString JobSettings::name() const
{
    return m_raw.value(u"name"_s).toString();
}
QString JobSettings::description() const
{
    return m_raw.value(u"description"_s).toString();
}

QVector<Task> JobSettings::tasks() const
{
    const QJsonArray array = m_raw.value(u"tasks"_s).toArray();
    QVector<Task> result;
    result.reserve(array.size());
    for (const QJsonValue &task : array)
        result.append(Task::fromJson(task.toObject()));
    return result;
}

int JobSettings::taskCount() const
{
    return int(m_raw.value(u"tasks"_s).toArray().size());
}
QJsonArray JobSettings::jobClusters() const
{
    return m_raw.value(u"job_clusters"_s).toArray();
}
QJsonArray JobSettings::parameters() const
{
    return m_raw.value(u"parameters"_s).toArray();
}

QMap<QString, QString> JobSettings::tags() const
{
    QMap<QString, QString> result;
    const QJsonObject tags = m_raw.value(u"tags"_s).toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

int JobSettings::maxConcurrentRuns() const
{
    return int(m_raw.value(u"max_concurrent_runs"_s).toInteger(1));
}
int JobSettings::timeoutSeconds() const
{
    return int(m_raw.value(u"timeout_seconds"_s).toInteger(0));
}

bool JobSettings::hasSchedule() const
{
    return m_raw.value(u"schedule"_s).isObject();
}

QString JobSettings::cronExpression() const
{
    return m_raw.value(u"schedule"_s).toObject().value(u"quartz_cron_expression"_s).toString();
}

QString JobSettings::timezoneId() const
{
    return m_raw.value(u"schedule"_s).toObject().value(u"timezone_id"_s).toString();
}

bool JobSettings::isPaused() const
{
    for (const QString &key : {u"schedule"_s, u"continuous"_s, u"trigger"_s}) {
        const QJsonObject object = m_raw.value(key).toObject();
        if (!object.isEmpty())
            return object.value(u"pause_status"_s).toString() == u"PAUSED"_s;
    }
    return false;
}

bool JobSettings::isContinuous() const
{
    return m_raw.value(u"continuous"_s).isObject();
}

bool JobSettings::hasTrigger() const
{
    return m_raw.value(u"trigger"_s).isObject() || !m_raw.value(u"triggers"_s).toArray().isEmpty();
}

bool JobSettings::isScheduled() const
{
    if (isUnpaused(m_raw.value(u"schedule"_s).toObject())
        || isUnpaused(m_raw.value(u"continuous"_s).toObject())
        || isUnpaused(m_raw.value(u"trigger"_s).toObject()))
        return true;
    const QJsonArray triggers = m_raw.value(u"triggers"_s).toArray();
    for (const QJsonValue &trigger : triggers) {
        if (isUnpaused(trigger.toObject()))
            return true;
    }
    return false;
}

bool JobSettings::queueEnabled() const
{
    return m_raw.value(u"queue"_s).toObject().value(u"enabled"_s).toBool();
}

QString JobSettings::format() const
{
    return m_raw.value(u"format"_s).toString();
}

QStringList JobSettings::triggerKinds() const
{
    QStringList kinds;
    if (m_raw.value(u"schedule"_s).isObject())
        kinds << u"schedule"_s;
    if (m_raw.value(u"continuous"_s).isObject())
        kinds << u"continuous"_s;
    auto addFrom = [&kinds](const QJsonObject &trigger) {
        for (auto it = trigger.constBegin(); it != trigger.constEnd(); ++it) {
            if (it.value().isObject() && !kinds.contains(it.key()))
                kinds << it.key();
        }
    };
    addFrom(m_raw.value(u"trigger"_s).toObject());
    const QJsonArray triggers = m_raw.value(u"triggers"_s).toArray();
    for (const QJsonValue &t : triggers)
        addFrom(t.toObject());
    return kinds;
}

QJsonObject JobSettings::triggerSettings(const QString &kind) const
{
    if (kind == u"schedule"_s || kind == u"continuous"_s)
        return m_raw.value(kind).toObject();
    const QJsonObject trigger = m_raw.value(u"trigger"_s).toObject();
    if (trigger.contains(kind))
        return trigger.value(kind).toObject();
    const QJsonArray triggers = m_raw.value(u"triggers"_s).toArray();
    for (const QJsonValue &t : triggers) {
        if (t.toObject().contains(kind))
            return t.toObject().value(kind).toObject();
    }
    return {};
}

QJsonArray JobSettings::environments() const
{
    return m_raw.value(u"environments"_s).toArray();
}

QJsonObject JobSettings::environmentSpec(const QString &environmentKey) const
{
    const QJsonArray all = environments();
    for (const QJsonValue &e : all) {
        if (e.toObject().value(u"environment_key"_s).toString() == environmentKey)
            return e.toObject().value(u"spec"_s).toObject();
    }
    return {};
}

QString JobSettings::performanceTarget() const
{
    return m_raw.value(u"performance_target"_s).toString();
}
QString JobSettings::budgetPolicyId() const
{
    return m_raw.value(u"budget_policy_id"_s).toString();
}
QString JobSettings::usagePolicyId() const
{
    return m_raw.value(u"usage_policy_id"_s).toString();
}
QString JobSettings::editMode() const
{
    return m_raw.value(u"edit_mode"_s).toString();
}
bool JobSettings::isUiLocked() const
{
    return editMode() == u"UI_LOCKED"_s;
}
QJsonObject JobSettings::deployment() const
{
    return m_raw.value(u"deployment"_s).toObject();
}
QString JobSettings::parentPath() const
{
    return m_raw.value(u"parent_path"_s).toString();
}

void JobSettings::setName(const QString &name)
{
    m_raw.insert(u"name"_s, name);
}

void JobSettings::setDescription(const QString &description)
{
    setValue(u"description"_s,
        description.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(description));
}

void JobSettings::setTasks(const QVector<Task> &tasks)
{
    QJsonArray array;
    for (const Task &task : tasks)
        array.append(task.toJson());
    m_raw.insert(u"tasks"_s, array);
}

void JobSettings::setTags(const QMap<QString, QString> &tags)
{
    QJsonObject object;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        object.insert(it.key(), it.value());
    setValue(u"tags"_s, object.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object));
}

void JobSettings::setMaxConcurrentRuns(int runs)
{
    m_raw.insert(u"max_concurrent_runs"_s, runs);
}
void JobSettings::setTimeoutSeconds(int seconds)
{
    m_raw.insert(u"timeout_seconds"_s, seconds);
}

void JobSettings::setSchedule(const QString &cron, const QString &timezoneId, bool paused)
{
    // Start from the existing object so fields we do not edit (sql_condition...) survive.
    QJsonObject schedule = m_raw.value(u"schedule"_s).toObject();
    schedule.insert(u"quartz_cron_expression"_s, cron);
    schedule.insert(u"timezone_id"_s, timezoneId);
    schedule.insert(u"pause_status"_s, paused ? u"PAUSED"_s : u"UNPAUSED"_s);
    m_raw.insert(u"schedule"_s, schedule);
}

void JobSettings::clearSchedule()
{
    m_raw.remove(u"schedule"_s);
}

void JobSettings::setValue(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        m_raw.remove(key);
    else
        m_raw.insert(key, value);
}

} // namespace brickdesk
