#include "domain/jobsettings.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

bool isUnpaused(const QJsonObject &object)
{
    return !object.isEmpty() && object.value(u"pause_status"_s).toString() != u"PAUSED"_s;
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    const QJsonArray values = array.toArray();
    for (const QJsonValue &value : values)
        result << value.toVariant().toString();
    return result;
}

JobEnvironment environmentFromJson(const QJsonObject &environment)
{
    const QJsonObject spec = environment.value(u"spec"_s).toObject();
    return {environment.value(u"environment_key"_s).toString(),
        spec.value(u"environment_version"_s).toString(), spec.value(u"base_environment"_s).toString(),
        spec.value(u"client"_s).toString(), strings(spec.value(u"dependencies"_s))};
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
QVector<JobCluster> JobSettings::jobClusters() const
{
    QVector<JobCluster> result;
    const QJsonArray clusters = m_raw.value(u"job_clusters"_s).toArray();
    for (const QJsonValue &value : clusters) {
        const QJsonObject cluster = value.toObject();
        result.append({cluster.value(u"job_cluster_key"_s).toString(),
            ClusterSpec::fromJson(cluster.value(u"new_cluster"_s).toObject())});
    }
    return result;
}

QVector<JobParameter> JobSettings::parameters() const
{
    QVector<JobParameter> result;
    const QJsonArray parameters = m_raw.value(u"parameters"_s).toArray();
    for (const QJsonValue &value : parameters) {
        const QJsonObject parameter = value.toObject();
        // Defaults are strings on the wire; older jobs may hold numbers or booleans.
        result.append(
            {parameter.value(u"name"_s).toString(), parameter.value(u"default"_s).toVariant().toString()});
    }
    return result;
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

bool JobSettings::hasQueue() const
{
    return m_raw.contains(u"queue"_s);
}

QMap<QString, bool> JobSettings::pauseStates() const
{
    QMap<QString, bool> states;
    for (const QString &key : {u"schedule"_s, u"trigger"_s, u"continuous"_s}) {
        if (m_raw.contains(key))
            states.insert(
                key, m_raw.value(key).toObject().value(u"pause_status"_s).toString() == u"PAUSED"_s);
    }
    return states;
}

QJsonObject JobSettings::pauseUpdate(bool paused) const
{
    const QString wanted = paused ? u"PAUSED"_s : u"UNPAUSED"_s;
    QJsonObject update;
    for (const QString &key : {u"schedule"_s, u"trigger"_s, u"continuous"_s}) {
        if (!m_raw.contains(key))
            continue;
        QJsonObject block = m_raw.value(key).toObject();
        if (block.value(u"pause_status"_s).toString() == wanted)
            continue;
        block.insert(u"pause_status"_s, wanted);
        update.insert(key, block);
    }
    return update;
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

JobTrigger JobSettings::trigger(const QString &kind) const
{
    const QJsonObject settings = triggerSettings(kind);
    JobTrigger trigger;
    trigger.kind = kind;
    trigger.paused = settings.value(u"pause_status"_s).toString() == u"PAUSED"_s;
    trigger.cronExpression = settings.value(u"quartz_cron_expression"_s).toString();
    trigger.timezoneId = settings.value(u"timezone_id"_s).toString();
    trigger.url = settings.value(u"url"_s).toString();
    trigger.tableNames = strings(settings.value(u"table_names"_s));
    trigger.condition = settings.value(u"condition"_s).toString();
    trigger.interval = settings.value(u"interval"_s).toInteger();
    trigger.unit = settings.value(u"unit"_s).toString();
    trigger.securableName = settings.value(u"securable_name"_s).toString();
    trigger.aliases = strings(settings.value(u"aliases"_s));
    trigger.sqlQueryId = settings.value(u"sql_query_id"_s).toString();
    trigger.warehouseId = settings.value(u"warehouse_id"_s).toString();
    trigger.settingsText = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    return trigger;
}

QVector<JobEnvironment> JobSettings::environments() const
{
    QVector<JobEnvironment> result;
    const QJsonArray environments = m_raw.value(u"environments"_s).toArray();
    for (const QJsonValue &value : environments)
        result.append(environmentFromJson(value.toObject()));
    return result;
}

JobEnvironment JobSettings::environment(const QString &environmentKey) const
{
    const QVector<JobEnvironment> all = environments();
    for (const JobEnvironment &environment : all) {
        if (environment.key == environmentKey)
            return environment;
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
QString JobSettings::deploymentMetadataPath() const
{
    return deployment().value(u"metadata_file_path"_s).toString();
}

std::optional<JobGitSource> JobSettings::gitSource() const
{
    const QJsonObject git = m_raw.value(u"git_source"_s).toObject();
    if (git.isEmpty())
        return std::nullopt;
    QString reference = git.value(u"git_branch"_s).toString();
    if (reference.isEmpty())
        reference = git.value(u"git_tag"_s).toString();
    if (reference.isEmpty())
        reference = git.value(u"git_commit"_s).toString();
    return JobGitSource {git.value(u"git_url"_s).toString(), reference};
}

bool JobSettings::hasNotifications() const
{
    return !m_raw.value(u"email_notifications"_s).toObject().isEmpty()
        || !m_raw.value(u"webhook_notifications"_s).toObject().isEmpty();
}

JobNotificationTargets JobSettings::notificationTargets(const QString &event) const
{
    JobNotificationTargets targets;
    targets.emails = strings(m_raw.value(u"email_notifications"_s).toObject().value(event));
    targets.emails.removeAll(QString());
    const QJsonArray hooks = m_raw.value(u"webhook_notifications"_s).toObject().value(event).toArray();
    for (const QJsonValue &hook : hooks)
        targets.webhookIds << hook.toObject().value(u"id"_s).toString();
    return targets;
}

QJsonObject JobSettings::toCreateBody() const
{
    QJsonObject body = m_raw;
    body.remove(u"next_page_token"_s);
    return body;
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
