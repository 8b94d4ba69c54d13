#include "jobform/jobsettingsform.h"

#include "cron/quartzcron.h"
#include "jobform/jobenvironments.h"
#include "jobform/jsonfields.h"
#include "jobform/keyvaluerows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

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

QString taskPath(int index, const QString &field)
{
    return u"tasks[%1].%2"_s.arg(index).arg(field);
}

QString clusterPath(int index, const QString &field)
{
    return u"job_clusters[%1].%2"_s.arg(index).arg(field);
}

const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(u"^[\\w\\-]+$"_s, QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression &parameterNamePattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.\\-]+$"_s);
    return pattern;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern;
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
    QList<JobFormIssue> issues;
    auto add = [&issues](const QString &field, const QString &message) { issues.append({field, message}); };
    // A name typed on two rows of a name->value field: JSON keeps one value per name, so the save
    // is refused rather than silently keeping one of them. `where` names the field for the user.
    auto addRepeated = [&add](const QString &field, const keyvaluerows::Rows &rows, const QString &where) {
        for (const QString &repeated : keyvaluerows::names(rows))
            add(field,
                //: %1 is the name typed twice; %2 the field, with its article: "the tags",
                //: "the parameters of task "t"".
                tr("\"%1\" is on more than one line of %2. Keep one line per name: only one value "
                   "can be saved for it.")
                    .arg(repeated, where));
    };

    if (name.trimmed().isEmpty())
        add(u"name"_s, tr("A job needs a name."));
    else if (name.toUtf8().size() > 4096)
        add(u"name"_s, tr("The name is longer than 4096 bytes."));
    if (description.size() > 27700)
        add(u"description"_s, tr("The description is longer than 27700 characters."));
    if (tags.size() > 25)
        add(u"tags"_s, tr("A job can have at most 25 tags."));
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it.key().trimmed().isEmpty()) {
            add(u"tags"_s, tr("Tag names cannot be empty."));
            break;
        }
    }
    addRepeated(u"tags"_s, repeatedRows.value(u"tags"_s), tr("the tags"));

    // Job clusters first: tasks refer to them.
    QSet<QString> clusterKeys;
    for (int i = 0; i < jobClusters.size(); ++i) {
        const JobClusterForm &cluster = jobClusters.at(i);
        if (cluster.isKeptAsSent()) { // nothing the form could check: it goes back as sent
            clusterKeys.insert(cluster.key);
            continue;
        }
        if (cluster.key.isEmpty())
            add(clusterPath(i, u"job_cluster_key"_s), tr("A job cluster needs a key."));
        else if (!keyPattern().match(cluster.key).hasMatch())
            add(clusterPath(i, u"job_cluster_key"_s),
                tr("Use only letters, digits, '_' and '-' in the cluster key."));
        else if (clusterKeys.contains(cluster.key))
            add(clusterPath(i, u"job_cluster_key"_s),
                tr("The cluster key \"%1\" is used twice.").arg(cluster.key));
        clusterKeys.insert(cluster.key);
        for (auto it = cluster.repeatedRows.begin(); it != cluster.repeatedRows.end(); ++it)
            addRepeated(clusterPath(i, it.key()), it.value(),
                it.key().endsWith(u"custom_tags")
                    ? tr("the tags of job cluster \"%1\"").arg(cluster.key)
                    : tr("the Spark conf of job cluster \"%1\"").arg(cluster.key));
        if (cluster.sparkVersion.isEmpty())
            add(clusterPath(i, u"new_cluster.spark_version"_s), tr("Pick a Databricks Runtime version."));
        if (cluster.nodeTypeId.isEmpty()
            && !cluster.raw.value(u"new_cluster").toObject().contains(u"instance_pool_id"))
            add(clusterPath(i, u"new_cluster.node_type_id"_s), tr("Pick a node type."));
        if (cluster.autoscale) {
            if (cluster.minWorkers < 0)
                add(clusterPath(i, u"new_cluster.autoscale.min_workers"_s),
                    tr("Minimum workers cannot be negative."));
            if (cluster.maxWorkers < 1 || cluster.maxWorkers < cluster.minWorkers)
                add(clusterPath(i, u"new_cluster.autoscale.max_workers"_s),
                    tr("Maximum workers must be at least 1 and not less than the minimum."));
        } else if (cluster.numWorkers < 0 || cluster.numWorkers > 100000) {
            add(clusterPath(i, u"new_cluster.num_workers"_s), tr("Workers must be between 0 and 100000."));
        }
    }

    if (tasks.isEmpty())
        add(u"tasks"_s, tr("Add at least one task."));
    if (tasks.size() > 1000)
        add(u"tasks"_s, tr("A job can have at most 1000 tasks."));
    QHash<QString, int> firstIndexOfKey;
    QSet<QString> keptKeys; // of tasks kept as sent: others may depend on them, not reuse them
    for (int i = 0; i < tasks.size(); ++i) {
        if (!firstIndexOfKey.contains(tasks.at(i).key))
            firstIndexOfKey.insert(tasks.at(i).key, i);
        if (tasks.at(i).isKeptAsSent() && !tasks.at(i).key.isEmpty())
            keptKeys.insert(tasks.at(i).key);
    }
    for (int i = 0; i < tasks.size(); ++i) {
        const JobTaskForm &task = tasks.at(i);
        if (task.isKeptAsSent())
            continue; // nothing the form could check: it goes back as the workspace sent it
        if (task.key.isEmpty())
            add(taskPath(i, u"task_key"_s), tr("A task needs a key."));
        else if (task.key.size() > 100)
            add(taskPath(i, u"task_key"_s), tr("The task key is longer than 100 characters."));
        else if (!keyPattern().match(task.key).hasMatch())
            add(taskPath(i, u"task_key"_s), tr("Use only letters, digits, '_' and '-' in the task key."));
        else if (firstIndexOfKey.value(task.key) != i || keptKeys.contains(task.key))
            add(taskPath(i, u"task_key"_s), tr("The task key \"%1\" is used twice.").arg(task.key));

        QSet<QString> seen;
        for (const QString &dependency : task.dependsOn) {
            if (dependency == task.key && !task.key.isEmpty())
                add(taskPath(i, u"depends_on"_s), tr("A task cannot depend on itself."));
            else if (!firstIndexOfKey.contains(dependency) || dependency.isEmpty())
                add(taskPath(i, u"depends_on"_s),
                    tr("Depends on \"%1\", which is not a task of this job.").arg(dependency));
            else if (seen.contains(dependency))
                add(taskPath(i, u"depends_on"_s), tr("Depends on \"%1\" twice.").arg(dependency));
            seen.insert(dependency);
        }

        const QString typeKey = JobTaskForm::typeKey(task.type);
        for (auto it = task.repeatedRows.begin(); it != task.repeatedRows.end(); ++it) {
            // Only the fields of the task's kind are saved (and shown).
            if (!it.key().startsWith(typeKey + u'.') || typeKey.isEmpty())
                continue;
            addRepeated(taskPath(i, it.key()), it.value(),
                it.key().endsWith(u"job_parameters") ? tr("the job parameters of task \"%1\"").arg(task.key)
                                                     : tr("the parameters of task \"%1\"").arg(task.key));
        }
        switch (task.type) {
        case JobTaskForm::Type::Notebook:
            if (task.notebookPath.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".notebook_path"), tr("Enter the notebook path."));
            else if (task.source != u"GIT" && !m_raw.contains(u"git_source")
                && !task.notebookPath.startsWith(u'/'))
                add(taskPath(i, typeKey + u".notebook_path"),
                    tr("A workspace notebook path must be absolute (start with '/')."));
            break;
        case JobTaskForm::Type::SparkPython:
            if (task.pythonFile.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".python_file"), tr("Enter the Python file."));
            break;
        case JobTaskForm::Type::PythonWheel:
            if (task.packageName.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".package_name"), tr("Enter the package name."));
            if (task.entryPoint.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".entry_point"), tr("Enter the entry point."));
            break;
        case JobTaskForm::Type::SparkJar:
            if (task.mainClassName.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".main_class_name"), tr("Enter the main class."));
            break;
        case JobTaskForm::Type::Sql:
            if (task.warehouseId.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".warehouse_id"), tr("Enter the SQL warehouse ID."));
            if (task.sqlReference.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".reference"), tr("Enter the query, file, alert or dashboard."));
            break;
        case JobTaskForm::Type::RunJob:
            if (task.runJobId <= 0)
                add(taskPath(i, typeKey + u".job_id"), tr("Enter the ID of the job to run."));
            break;
        case JobTaskForm::Type::ForEach:
            if (task.forEachInputs.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".inputs"),
                    tr("Enter the inputs: a JSON array or a reference to one."));
            if (task.forEachTask.isEmpty())
                add(taskPath(i, typeKey + u".task"), tr("Define the task that runs for each input."));
            if (task.forEachConcurrency && (*task.forEachConcurrency < 1 || *task.forEachConcurrency > 100))
                add(taskPath(i, typeKey + u".concurrency"), tr("Run between 1 and 100 iterations at once."));
            break;
        case JobTaskForm::Type::Condition:
            if (task.conditionOp.isEmpty())
                add(taskPath(i, typeKey + u".op"), tr("Pick how to compare the two values."));
            break;
        case JobTaskForm::Type::Pipeline:
            if (task.pipelineId.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".pipeline_id"), tr("Enter the pipeline ID."));
            break;
        case JobTaskForm::Type::Dashboard:
            if (task.dashboardId.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".dashboard_id"), tr("Enter the dashboard ID."));
            break;
        case JobTaskForm::Type::Alert:
            if (task.alertId.trimmed().isEmpty())
                add(taskPath(i, typeKey + u".alert_id"), tr("Enter the alert ID."));
            break;
        case JobTaskForm::Type::PowerBi:
        case JobTaskForm::Type::DbtPlatform:
        case JobTaskForm::Type::Other:
            break;
        }

        if (task.type != JobTaskForm::Type::Other
            && !JobTaskForm::allowedCompute(task.type).contains(task.compute)) {
            add(taskPath(i, u"compute"_s),
                task.compute == JobTaskForm::Compute::None
                    ? tr("Choose the compute this task runs on.")
                    : tr("This task type cannot run on the chosen compute."));
        }
        if (task.compute == JobTaskForm::Compute::ExistingCluster
            && task.existingClusterId.trimmed().isEmpty())
            add(taskPath(i, u"existing_cluster_id"_s), tr("Pick a cluster."));
        if (task.compute == JobTaskForm::Compute::JobCluster) {
            if (task.jobClusterKey.isEmpty())
                add(taskPath(i, u"job_cluster_key"_s), tr("Pick a job cluster."));
            else if (!clusterKeys.contains(task.jobClusterKey))
                add(taskPath(i, u"job_cluster_key"_s),
                    tr("The job cluster \"%1\" is not defined in this job.").arg(task.jobClusterKey));
        }

        if (task.maxRetries && *task.maxRetries < -1)
            add(taskPath(i, u"max_retries"_s), tr("Retries must be -1 (forever) or more."));
        if (task.minRetryIntervalMillis && *task.minRetryIntervalMillis < 0)
            add(taskPath(i, u"min_retry_interval_millis"_s), tr("The retry interval cannot be negative."));
        if (task.timeoutSeconds && *task.timeoutSeconds < 0)
            add(taskPath(i, u"timeout_seconds"_s), tr("The timeout cannot be negative."));
    }

    // Cycles: every task not in the topological order is on (or behind) a cycle.
    if (!tasks.isEmpty()) {
        const QStringList order = topologicalOrder();
        if (order.isEmpty()) {
            // Find the tasks that are really on a cycle: repeatedly drop tasks nothing depends on.
            QSet<QString> remaining;
            for (const JobTaskForm &task : tasks)
                remaining.insert(task.key);
            bool changed = true;
            while (changed) {
                changed = false;
                // Drop tasks with no remaining dependency, then tasks no remaining task depends on.
                for (const JobTaskForm &task : tasks) {
                    if (!remaining.contains(task.key))
                        continue;
                    bool hasDependency = false;
                    for (const QString &dependency : task.dependsOn)
                        hasDependency
                            = hasDependency || (remaining.contains(dependency) && dependency != QString());
                    bool isDependedOn = false;
                    for (const JobTaskForm &other : tasks) {
                        if (remaining.contains(other.key) && other.dependsOn.contains(task.key))
                            isDependedOn = true;
                    }
                    if (!hasDependency || !isDependedOn) {
                        remaining.remove(task.key);
                        changed = true;
                    }
                }
            }
            QStringList cycle;
            for (const JobTaskForm &task : tasks) {
                if (remaining.contains(task.key))
                    cycle << task.key;
            }
            for (int i = 0; i < tasks.size(); ++i) {
                if (remaining.contains(tasks.at(i).key) && tasks.at(i).dependsOn.size() > 0
                    && !tasks.at(i).dependsOn.contains(tasks.at(i).key) && !tasks.at(i).isKeptAsSent())
                    add(taskPath(i, u"depends_on"_s),
                        tr("Dependency cycle between %1.").arg(cycle.join(u", ")));
            }
        }
    }

    switch (triggerKind) {
    case TriggerKind::Schedule: {
        const QuartzCron cron = QuartzCron::parse(cronExpression);
        if (!cron.isValid())
            add(u"schedule.quartz_cron_expression"_s, cron.errorString());
        if (timeZoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZoneId.toUtf8()))
            add(u"schedule.timezone_id"_s, tr("\"%1\" is not a known time zone.").arg(timeZoneId));
        break;
    }
    case TriggerKind::FileArrival:
        if (fileArrivalUrl.trimmed().isEmpty())
            add(u"trigger.file_arrival.url"_s, tr("Enter the storage location to watch."));
        if (fileArrivalMinSecondsBetween && *fileArrivalMinSecondsBetween < 60)
            add(u"trigger.file_arrival.min_time_between_triggers_seconds"_s, tr("Use at least 60 seconds."));
        if (fileArrivalWaitAfterLastChange && *fileArrivalWaitAfterLastChange < 60)
            add(u"trigger.file_arrival.wait_after_last_change_seconds"_s, tr("Use at least 60 seconds."));
        break;
    case TriggerKind::Periodic:
        if (periodicInterval < 1)
            add(u"trigger.periodic.interval"_s, tr("The interval must be at least 1."));
        if (!QStringList {u"MINUTES"_s, u"HOURS"_s, u"DAYS"_s, u"WEEKS"_s}.contains(periodicUnit))
            add(u"trigger.periodic.unit"_s, tr("Pick minutes, hours, days or weeks."));
        break;
    case TriggerKind::TableUpdate:
        if (triggerDetails.tableNames.isEmpty())
            add(u"trigger.table_update.table_names"_s, tr("Enter at least one table to watch."));
        break;
    case TriggerKind::Model:
        if (triggerDetails.modelCondition.isEmpty())
            add(u"trigger.model.condition"_s, tr("Pick what about the model starts the job."));
        break;
    case TriggerKind::SqlCondition:
        if (triggerDetails.sqlWarehouseId.trimmed().isEmpty())
            add(u"trigger.sql_condition.warehouse_id"_s, tr("Enter the SQL warehouse ID."));
        if (triggerDetails.sqlQueryId.trimmed().isEmpty())
            add(u"trigger.sql_condition.sql_query_id"_s, tr("Enter the query whose result is watched."));
        break;
    case TriggerKind::Manual:
    case TriggerKind::Continuous:
    case TriggerKind::Other:
        break;
    }

    QSet<QString> parameterNames;
    for (int i = 0; i < parameters.size(); ++i) {
        const QString field = u"parameters[%1].name"_s.arg(i);
        const QString &parameterName = parameters.at(i).name;
        if (parameterName.isEmpty())
            add(field, tr("A parameter needs a name."));
        else if (!parameterNamePattern().match(parameterName).hasMatch())
            add(field, tr("Use only letters, digits, '_', '-' and '.' in parameter names."));
        else if (parameterNames.contains(parameterName))
            add(field, tr("The parameter \"%1\" is defined twice.").arg(parameterName));
        parameterNames.insert(parameterName);
    }

    const std::pair<QString, const QStringList *> emailLists[] = {
        {u"email_notifications.on_start"_s, &emailOnStart},
        {u"email_notifications.on_success"_s, &emailOnSuccess},
        {u"email_notifications.on_failure"_s, &emailOnFailure},
    };
    for (const auto &[field, list] : emailLists) {
        for (const QString &address : *list) {
            if (!emailPattern().match(address).hasMatch()) {
                add(field, tr("\"%1\" is not an e-mail address.").arg(address));
                break;
            }
        }
    }

    if (timeoutSeconds && *timeoutSeconds < 0)
        add(u"timeout_seconds"_s, tr("The timeout cannot be negative."));
    if (maxConcurrentRuns && (*maxConcurrentRuns < 0 || *maxConcurrentRuns > 1000))
        add(u"max_concurrent_runs"_s, tr("Maximum concurrent runs must be between 0 and 1000."));
    issues.append(jobenvironments::repeatedKeys(environments));
    return issues;
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
            return taskPath(i, u"existing_cluster_id"_s);
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
                return clusterPath(clusterIndex, field);
            if (!jobClusters.isEmpty())
                return clusterPath(0, field);
            continue;
        }
        if (mapping.taskField && taskIndex >= 0)
            return taskPath(taskIndex, QString::fromUtf16(mapping.taskField));
        if (mapping.taskField && !mapping.jobField && tasks.size() == 1)
            return taskPath(0, QString::fromUtf16(mapping.taskField));
        if (mapping.jobField)
            return QString::fromUtf16(mapping.jobField);
    }
    if (taskIndex >= 0)
        return taskPath(taskIndex, u"task_key"_s);
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
