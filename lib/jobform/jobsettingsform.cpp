#include "jobform/jobsettingsform.h"

#include "jobform/jobenvironments.h"
#include "jobform/jobsettingsvalidator.h"
#include "jobform/jsonfields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jsonfields;

namespace {

QString pauseStatus(bool paused)
{
    return paused ? u"PAUSED"_s : u"UNPAUSED"_s;
}

// Writes pause_status, except that an unpaused object that never had one stays without it, and
// a status the form reads as it is now (an unknown one reads as unpaused) stays as sent.
void setPause(QJsonObject &object, bool paused, bool existedBefore)
{
    if (object.contains(u"pause_status") && (object.value(u"pause_status").toString() == u"PAUSED") == paused)
        return;
    if (paused || !existedBefore || object.contains(u"pause_status"))
        object.insert(u"pause_status"_s, pauseStatus(paused));
}

} // namespace

JobSettingsForm JobSettingsForm::fromJson(const QJsonObject &json)
{
    // A jobs/get response wraps the settings.
    const QJsonObject settings
        = json.contains(u"settings") && json.value(u"settings").isObject() && json.contains(u"job_id")
        ? json.value(u"settings").toObject()
        : json;

    JobSettingsForm form;
    form.m_raw = settings;
    form.name = settings.value(u"name").toString();
    form.description = settings.value(u"description").toString();
    form.tags = readMap(settings.value(u"tags"));

    const QJsonArray tasks = settings.value(u"tasks").toArray();
    for (const QJsonValue &task : tasks)
        form.tasks.append(JobTaskForm::fromEntry(task));
    const QJsonArray clusters = settings.value(u"job_clusters").toArray();
    for (const QJsonValue &cluster : clusters)
        form.jobClusters.append(JobClusterForm::fromEntry(cluster));

    const QJsonObject schedule = settings.value(u"schedule").toObject();
    const QJsonObject trigger = settings.value(u"trigger").toObject();
    if (settings.contains(u"triggers")) {
        form.triggerKind = TriggerKind::Other; // the preview list: kept verbatim
    } else if (settings.contains(u"continuous")) {
        form.triggerKind = TriggerKind::Continuous;
        form.paused = settings.value(u"continuous").toObject().value(u"pause_status").toString() == u"PAUSED";
    } else if (settings.contains(u"schedule")) {
        form.triggerKind = TriggerKind::Schedule;
        form.paused = schedule.value(u"pause_status").toString() == u"PAUSED";
    } else if (settings.contains(u"trigger")) {
        form.paused = trigger.value(u"pause_status").toString() == u"PAUSED";
        form.triggerKind = TriggerKind::Other; // a kind this version does not know
        for (const TriggerKind kind : {TriggerKind::FileArrival, TriggerKind::Periodic,
                 TriggerKind::TableUpdate, TriggerKind::Model, TriggerKind::SqlCondition}) {
            if (trigger.contains(triggerKey(kind))) {
                form.triggerKind = kind;
                break;
            }
        }
    }
    form.triggerDetails = JobTriggerForm::fromJson(trigger);
    if (settings.contains(u"schedule")) {
        form.cronExpression = schedule.value(u"quartz_cron_expression").toString();
        form.timeZoneId = schedule.value(u"timezone_id").toString();
    }
    const QJsonObject fileArrival = trigger.value(u"file_arrival").toObject();
    form.fileArrivalUrl = fileArrival.value(u"url").toString();
    form.fileArrivalMinSecondsBetween = readInt(fileArrival, u"min_time_between_triggers_seconds"_s);
    form.fileArrivalWaitAfterLastChange = readInt(fileArrival, u"wait_after_last_change_seconds"_s);
    if (trigger.contains(u"periodic")) {
        const QJsonObject periodic = trigger.value(u"periodic").toObject();
        form.periodicInterval = int(periodic.value(u"interval").toInteger());
        form.periodicUnit = periodic.value(u"unit").toString();
    }

    const QJsonArray parameters = settings.value(u"parameters").toArray();
    for (const QJsonValue &parameter : parameters) {
        const QJsonObject object = parameter.toObject();
        form.parameters.append({object.value(u"name").toString(), stringOf(object.value(u"default"))});
    }
    const QJsonObject email = settings.value(u"email_notifications").toObject();
    form.emailOnStart = readList(email.value(u"on_start"));
    form.emailOnSuccess = readList(email.value(u"on_success"));
    form.emailOnFailure = readList(email.value(u"on_failure"));
    form.timeoutSeconds = readInt(settings, u"timeout_seconds"_s);
    form.maxConcurrentRuns = readInt(settings, u"max_concurrent_runs"_s);
    if (settings.contains(u"queue"))
        form.queueEnabled = settings.value(u"queue").toObject().value(u"enabled").toBool();
    form.performanceTarget = settings.value(u"performance_target").toString();
    form.budgetPolicyId = settings.value(u"budget_policy_id").toString();
    form.usagePolicyId = settings.value(u"usage_policy_id").toString();
    form.environments = jobenvironments::read(settings);
    return form;
}

QString JobSettingsForm::triggerKey(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::FileArrival:
        return u"file_arrival"_s;
    case TriggerKind::Periodic:
        return u"periodic"_s;
    case TriggerKind::TableUpdate:
        return u"table_update"_s;
    case TriggerKind::Model:
        return u"model"_s;
    case TriggerKind::SqlCondition:
        return u"sql_condition"_s;
    case TriggerKind::Manual:
    case TriggerKind::Schedule:
    case TriggerKind::Continuous:
    case TriggerKind::Other:
        break;
    }
    return {};
}

bool JobSettingsForm::isLockedByBundle(const QJsonObject &settings)
{
    return settings.value(u"edit_mode").toString() == u"UI_LOCKED";
}

JobSettingsForm JobSettingsForm::newJob()
{
    JobSettingsForm form;
    form.name = tr("New job");
    JobTaskForm task;
    task.key = u"main"_s;
    task.type = JobTaskForm::Type::Notebook;
    task.compute = JobTaskForm::Compute::Serverless;
    form.tasks.append(task);
    form.maxConcurrentRuns = 1;
    form.queueEnabled = true;
    return form;
}

QJsonObject JobSettingsForm::toJson() const
{
    QJsonObject settings = m_raw;
    // What the form read, to tell the user's edits from what the form merely cannot show.
    const JobSettingsForm read = fromJson(m_raw);
    // Always present in the body we send, even if empty (the API's default is "Untitled").
    if (!settings.contains(u"name") || settings.value(u"name").toString() != name)
        settings.insert(u"name"_s, name);
    setString(settings, u"description"_s, description);
    setMap(settings, u"tags"_s, tags);

    QJsonArray taskArray;
    for (const JobTaskForm &task : tasks)
        taskArray.append(task.toEntry());
    // "tasks" that is not an array (read as no task) stays as sent while there is none.
    if (!taskArray.isEmpty() || settings.value(u"tasks").isArray())
        settings.insert(u"tasks"_s, taskArray);

    QJsonArray clusterArray;
    for (const JobClusterForm &cluster : jobClusters)
        clusterArray.append(cluster.toEntry());
    if (!clusterArray.isEmpty() || settings.value(u"job_clusters").isArray())
        settings.insert(u"job_clusters"_s, clusterArray);

    jobenvironments::write(settings, m_raw, environments, taskArray);

    // Schedule, continuous or trigger: exactly the chosen one (Other keeps whatever was there).
    if (triggerKind != TriggerKind::Other) {
        // A job sent with two of them keeps both until the user picks another kind.
        const bool kindAsRead = triggerKind == read.triggerKind;
        const auto drop = [&settings, kindAsRead](const QString &key) {
            if (!kindAsRead)
                settings.remove(key);
        };
        drop(u"triggers"_s);
        if (triggerKind == TriggerKind::Continuous) {
            QJsonObject continuous = settings.value(u"continuous").toObject();
            setPause(continuous, paused, m_raw.contains(u"continuous"));
            setObject(settings, u"continuous"_s, continuous);
        } else {
            drop(u"continuous"_s);
        }
        if (triggerKind == TriggerKind::Schedule) {
            const bool existed = m_raw.contains(u"schedule");
            QJsonObject schedule = settings.value(u"schedule").toObject();
            if (schedule.value(u"quartz_cron_expression"_s).toString() != cronExpression)
                setRequiredString(schedule, u"quartz_cron_expression"_s, cronExpression.trimmed());
            setRequiredString(schedule, u"timezone_id"_s, timeZoneId);
            setPause(schedule, paused, existed);
            setObject(settings, u"schedule"_s, schedule);
        } else {
            drop(u"schedule"_s);
        }
        const QString keep = triggerKey(triggerKind);
        if (!keep.isEmpty()) {
            const bool existed = m_raw.contains(u"trigger");
            QJsonObject trigger = settings.value(u"trigger").toObject();
            // A trigger sent with two kinds keeps both until the user picks another kind.
            for (const QString &kind : {u"file_arrival"_s, u"periodic"_s, u"table_update"_s, u"table"_s,
                     u"model"_s, u"sql_condition"_s}) {
                if (kind != keep && !kindAsRead)
                    trigger.remove(kind);
            }
            const QJsonObject sent = trigger.value(keep).toObject();
            QJsonObject details = sent;
            if (triggerKind == TriggerKind::FileArrival) {
                setRequiredString(details, u"url"_s, fileArrivalUrl);
                setInt(details, u"min_time_between_triggers_seconds"_s, fileArrivalMinSecondsBetween);
                setInt(details, u"wait_after_last_change_seconds"_s, fileArrivalWaitAfterLastChange);
            } else if (triggerKind == TriggerKind::Periodic) {
                setCount(details, u"interval"_s, periodicInterval);
                setRequiredString(details, u"unit"_s, periodicUnit);
            } else {
                triggerDetails.write(keep, details);
            }
            // Details the form did not change (missing, not an object...) stay as sent.
            if (details != sent || !trigger.contains(keep))
                trigger.insert(keep, details);
            setPause(trigger, paused, existed);
            setObject(settings, u"trigger"_s, trigger);
        } else {
            drop(u"trigger"_s);
        }
    }

    // Parameters: as read (a definition without a default, the same name twice...), as sent;
    // else each original definition (any extra keys) matched by name is kept.
    if (parameters != read.parameters) {
        const QJsonArray oldParameters = settings.value(u"parameters").toArray();
        QJsonArray parameterArray;
        for (const Parameter &parameter : parameters) {
            QJsonObject entry;
            for (const QJsonValue &old : oldParameters) {
                if (old.toObject().value(u"name").toString() == parameter.name)
                    entry = old.toObject();
            }
            entry.insert(u"name"_s, parameter.name);
            if (stringOf(entry.value(u"default")) != parameter.defaultValue || !entry.contains(u"default"))
                entry.insert(u"default"_s, parameter.defaultValue);
            parameterArray.append(entry);
        }
        if (!parameterArray.isEmpty() || settings.contains(u"parameters"))
            settings.insert(u"parameters"_s, parameterArray);
    }

    QJsonObject email = settings.value(u"email_notifications").toObject();
    setList(email, u"on_start"_s, emailOnStart);
    setList(email, u"on_success"_s, emailOnSuccess);
    setList(email, u"on_failure"_s, emailOnFailure);
    setObject(settings, u"email_notifications"_s, email);

    setInt(settings, u"timeout_seconds"_s, timeoutSeconds);
    setInt(settings, u"max_concurrent_runs"_s, maxConcurrentRuns);
    if (queueEnabled) {
        QJsonObject queue = settings.value(u"queue").toObject();
        setFlag(queue, u"enabled"_s, *queueEnabled);
        if (queue != settings.value(u"queue").toObject() || !settings.contains(u"queue"))
            settings.insert(u"queue"_s, queue);
    } else {
        settings.remove(u"queue");
    }
    setString(settings, u"performance_target"_s, performanceTarget);
    setString(settings, u"budget_policy_id"_s, budgetPolicyId);
    setString(settings, u"usage_policy_id"_s, usagePolicyId);
    return settings;
}

QStringList JobSettingsForm::topologicalOrder() const
{
    // Kahn's algorithm; unknown dependency keys are ignored here (validate() reports them).
    QHash<QString, int> indexOfKey;
    for (int i = 0; i < tasks.size(); ++i)
        indexOfKey.insert(tasks.at(i).key, i);
    QList<int> pending(tasks.size(), 0);
    QList<QList<int>> dependents(tasks.size());
    for (int i = 0; i < tasks.size(); ++i) {
        for (const QString &dependency : tasks.at(i).dependsOn) {
            const auto it = indexOfKey.constFind(dependency);
            if (it == indexOfKey.constEnd())
                continue;
            ++pending[i];
            dependents[it.value()].append(i);
        }
    }
    QList<int> ready;
    for (int i = 0; i < tasks.size(); ++i) {
        if (pending.at(i) == 0)
            ready.append(i);
    }
    QStringList order;
    while (!ready.isEmpty()) {
        const int current = ready.takeFirst();
        order << tasks.at(current).key;
        for (const int dependent : std::as_const(dependents[current])) {
            if (--pending[dependent] == 0)
                ready.append(dependent);
        }
    }
    if (order.size() != tasks.size())
        return {};
    return order;
}

QList<JobFormIssue> JobSettingsForm::validate() const
{
    return JobSettingsValidator::check(*this);
}

QString JobSettingsForm::fieldForApiError(const QString &message) const
{
    const QString text = message.toLower();
    // The task the message names, if any (as a whole word).
    int taskIndex = -1;
    for (int i = 0; i < tasks.size() && taskIndex < 0; ++i) {
        const QString &key = tasks.at(i).key;
        if (key.isEmpty())
            continue;
        const QRegularExpression word(u"(^|[^\\w-])"_s + QRegularExpression::escape(key) + u"($|[^\\w-])"_s);
        if (word.match(message).hasMatch())
            taskIndex = i;
    }
    int clusterIndex = -1;
    for (int i = 0; i < jobClusters.size() && clusterIndex < 0; ++i) {
        if (!jobClusters.at(i).key.isEmpty() && message.contains(jobClusters.at(i).key))
            clusterIndex = i;
    }
    // A cluster id that a task uses.
    for (int i = 0; i < tasks.size() && taskIndex < 0; ++i) {
        if (!tasks.at(i).existingClusterId.isEmpty() && message.contains(tasks.at(i).existingClusterId))
            return JobSettingsValidator::taskPath(i, u"existing_cluster_id"_s);
    }

    struct Mapping
    {
        const char16_t *needle;
        const char16_t *jobField; // job-level field, or null
        const char16_t *taskField; // task-level field, or null
    };
    static const Mapping mappings[] = {
        {u"quartz_cron_expression", u"schedule.quartz_cron_expression", nullptr},
        {u"cron", u"schedule.quartz_cron_expression", nullptr},
        {u"timezone", u"schedule.timezone_id", nullptr},
        {u"time zone", u"schedule.timezone_id", nullptr},
        {u"file_arrival", u"trigger.file_arrival.url", nullptr},
        {u"periodic", u"trigger.periodic.interval", nullptr},
        {u"notebook_path", nullptr, u"notebook_task.notebook_path"},
        {u"python_file", nullptr, u"spark_python_task.python_file"},
        {u"package_name", nullptr, u"python_wheel_task.package_name"},
        {u"entry_point", nullptr, u"python_wheel_task.entry_point"},
        {u"main_class_name", nullptr, u"spark_jar_task.main_class_name"},
        {u"warehouse_id", nullptr, u"sql_task.warehouse_id"},
        {u"existing_cluster_id", nullptr, u"existing_cluster_id"},
        {u"environment_key", nullptr, u"compute"},
        {u"depends_on", nullptr, u"depends_on"},
        {u"dependency", nullptr, u"depends_on"},
        {u"max_retries", nullptr, u"max_retries"},
        {u"min_retry_interval_millis", nullptr, u"min_retry_interval_millis"},
        {u"spark_version", nullptr, nullptr},
        {u"node_type_id", nullptr, nullptr},
        {u"num_workers", nullptr, nullptr},
        {u"autoscale", nullptr, nullptr},
        {u"job_cluster_key", nullptr, u"job_cluster_key"},
        {u"task_key", nullptr, u"task_key"},
        {u"task key", nullptr, u"task_key"},
        {u"max_concurrent_runs", u"max_concurrent_runs", nullptr},
        {u"concurrent", u"max_concurrent_runs", nullptr},
        {u"timeout_seconds", u"timeout_seconds", u"timeout_seconds"},
        {u"email", u"email_notifications.on_failure", nullptr},
        {u"parameters", u"parameters", nullptr},
        {u"tags", u"tags", nullptr},
        {u"name", u"name", nullptr},
    };
    for (const Mapping &mapping : mappings) {
        const QString needle = QString::fromUtf16(mapping.needle);
        if (!text.contains(needle))
            continue;
        if (needle == u"spark_version" || needle == u"node_type_id" || needle == u"num_workers"
            || needle == u"autoscale") {
            const QString field = needle == u"autoscale" ? u"new_cluster.autoscale.max_workers"_s
                                                         : u"new_cluster."_s + needle;
            if (clusterIndex >= 0)
                return JobSettingsValidator::clusterPath(clusterIndex, field);
            if (!jobClusters.isEmpty())
                return JobSettingsValidator::clusterPath(0, field);
            continue;
        }
        if (mapping.taskField && taskIndex >= 0)
            return JobSettingsValidator::taskPath(taskIndex, QString::fromUtf16(mapping.taskField));
        if (mapping.taskField && !mapping.jobField && tasks.size() == 1)
            return JobSettingsValidator::taskPath(0, QString::fromUtf16(mapping.taskField));
        if (mapping.jobField)
            return QString::fromUtf16(mapping.jobField);
    }
    if (taskIndex >= 0)
        return JobSettingsValidator::taskPath(taskIndex, u"task_key"_s);
    return {};
}

JobSettingsForm JobSettingsForm::cloned() const
{
    JobSettingsForm copy = *this;
    copy.name = tr("%1 (copy)").arg(name);
    // A copy is the user's own job: not managed by the bundle that deployed the original.
    copy.m_raw.remove(u"deployment");
    copy.m_raw.remove(u"edit_mode");
    return copy;
}

QList<int> JobSettingsForm::tasksWithUnknownClusters(const QStringList &existingClusterIds) const
{
    QList<int> result;
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).compute == JobTaskForm::Compute::ExistingCluster
            && !existingClusterIds.contains(tasks.at(i).existingClusterId))
            result.append(i);
    }
    return result;
}

QString JobSettingsForm::originalTriggersJson() const
{
    QJsonObject shown;
    for (const QString &key : {u"trigger"_s, u"triggers"_s}) {
        if (m_raw.contains(key))
            shown.insert(key, m_raw.value(key));
    }
    return shown.isEmpty() ? QString()
                           : QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
}

} // namespace brickdesk
