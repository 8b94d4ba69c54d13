#include "jobform/jobsettingsvalidator.h"

#include "cron/quartzcron.h"
#include "jobform/jobenvironments.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

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

QList<JobFormIssue> JobSettingsValidator::check(const JobSettingsForm &form)
{
    JobSettingsValidator validator(form);
    validator.checkJob();
    // Job clusters first: tasks refer to them.
    const QSet<QString> clusterKeys = validator.checkJobClusters();
    validator.checkTasks(clusterKeys);
    validator.checkCycles();
    validator.checkTrigger();
    validator.checkParameters();
    validator.checkNotifications();
    validator.checkLimits();
    validator.m_issues.append(jobenvironments::repeatedKeys(form.environments));
    return validator.m_issues;
}

QString JobSettingsValidator::taskPath(int index, const QString &field)
{
    return u"tasks[%1].%2"_s.arg(index).arg(field);
}

QString JobSettingsValidator::clusterPath(int index, const QString &field)
{
    return u"job_clusters[%1].%2"_s.arg(index).arg(field);
}

void JobSettingsValidator::add(const QString &field, const QString &message)
{
    m_issues.append({field, message});
}

void JobSettingsValidator::addRepeated(
    const QString &field, const keyvaluerows::Rows &rows, const QString &where)
{
    for (const QString &repeated : keyvaluerows::names(rows))
        add(field,
            //: %1 is the name typed twice; %2 the field, with its article: "the tags",
            //: "the parameters of task "t"".
            tr("\"%1\" is on more than one line of %2. Keep one line per name: only one value "
               "can be saved for it.")
                .arg(repeated, where));
}

void JobSettingsValidator::checkJob()
{
    const QString &name = m_form.name;
    const QString &description = m_form.description;
    const QMap<QString, QString> &tags = m_form.tags;
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
    addRepeated(u"tags"_s, m_form.repeatedRows.value(u"tags"_s), tr("the tags"));
}

QSet<QString> JobSettingsValidator::checkJobClusters()
{
    const QList<JobClusterForm> &jobClusters = m_form.jobClusters;
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
    return clusterKeys;
}

void JobSettingsValidator::checkTasks(const QSet<QString> &clusterKeys)
{
    const QList<JobTaskForm> &tasks = m_form.tasks;
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
    for (int i = 0; i < tasks.size(); ++i)
        checkTask(i, firstIndexOfKey, keptKeys, clusterKeys);
}

void JobSettingsValidator::checkTask(int i, const QHash<QString, int> &firstIndexOfKey,
    const QSet<QString> &keptKeys, const QSet<QString> &clusterKeys)
{
    const JobTaskForm &task = m_form.tasks.at(i);
    if (task.isKeptAsSent())
        return; // nothing the form could check: it goes back as the workspace sent it
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
    checkTaskKind(i, task);

    if (task.type != JobTaskForm::Type::Other
        && !JobTaskForm::allowedCompute(task.type).contains(task.compute)) {
        add(taskPath(i, u"compute"_s),
            task.compute == JobTaskForm::Compute::None
                ? tr("Choose the compute this task runs on.")
                : tr("This task type cannot run on the chosen compute."));
    }
    if (task.compute == JobTaskForm::Compute::ExistingCluster && task.existingClusterId.trimmed().isEmpty())
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

void JobSettingsValidator::checkTaskKind(int i, const JobTaskForm &task)
{
    const QString typeKey = JobTaskForm::typeKey(task.type);
    switch (task.type) {
    case JobTaskForm::Type::Notebook:
        if (task.notebookPath.trimmed().isEmpty())
            add(taskPath(i, typeKey + u".notebook_path"), tr("Enter the notebook path."));
        else if (task.source != u"GIT" && !m_form.originalJson().contains(u"git_source")
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
}

void JobSettingsValidator::checkCycles()
{
    const QList<JobTaskForm> &tasks = m_form.tasks;
    // Every task not in the topological order is on (or behind) a cycle.
    if (tasks.isEmpty() || !m_form.topologicalOrder().isEmpty())
        return;
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
                hasDependency = hasDependency || (remaining.contains(dependency) && dependency != QString());
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
            add(taskPath(i, u"depends_on"_s), tr("Dependency cycle between %1.").arg(cycle.join(u", ")));
    }
}

void JobSettingsValidator::checkTrigger()
{
    using TriggerKind = JobSettingsForm::TriggerKind;
    switch (m_form.triggerKind) {
    case TriggerKind::Schedule: {
        const QuartzCron cron = QuartzCron::parse(m_form.cronExpression);
        if (!cron.isValid())
            add(u"schedule.quartz_cron_expression"_s, cron.errorString());
        if (m_form.timeZoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(m_form.timeZoneId.toUtf8()))
            add(u"schedule.timezone_id"_s, tr("\"%1\" is not a known time zone.").arg(m_form.timeZoneId));
        break;
    }
    case TriggerKind::FileArrival:
        if (m_form.fileArrivalUrl.trimmed().isEmpty())
            add(u"trigger.file_arrival.url"_s, tr("Enter the storage location to watch."));
        if (m_form.fileArrivalMinSecondsBetween && *m_form.fileArrivalMinSecondsBetween < 60)
            add(u"trigger.file_arrival.min_time_between_triggers_seconds"_s, tr("Use at least 60 seconds."));
        if (m_form.fileArrivalWaitAfterLastChange && *m_form.fileArrivalWaitAfterLastChange < 60)
            add(u"trigger.file_arrival.wait_after_last_change_seconds"_s, tr("Use at least 60 seconds."));
        break;
    case TriggerKind::Periodic:
        if (m_form.periodicInterval < 1)
            add(u"trigger.periodic.interval"_s, tr("The interval must be at least 1."));
        if (!QStringList {u"MINUTES"_s, u"HOURS"_s, u"DAYS"_s, u"WEEKS"_s}.contains(m_form.periodicUnit))
            add(u"trigger.periodic.unit"_s, tr("Pick minutes, hours, days or weeks."));
        break;
    case TriggerKind::TableUpdate:
        if (m_form.triggerDetails.tableNames.isEmpty())
            add(u"trigger.table_update.table_names"_s, tr("Enter at least one table to watch."));
        break;
    case TriggerKind::Model:
        if (m_form.triggerDetails.modelCondition.isEmpty())
            add(u"trigger.model.condition"_s, tr("Pick what about the model starts the job."));
        break;
    case TriggerKind::SqlCondition:
        if (m_form.triggerDetails.sqlWarehouseId.trimmed().isEmpty())
            add(u"trigger.sql_condition.warehouse_id"_s, tr("Enter the SQL warehouse ID."));
        if (m_form.triggerDetails.sqlQueryId.trimmed().isEmpty())
            add(u"trigger.sql_condition.sql_query_id"_s, tr("Enter the query whose result is watched."));
        break;
    case TriggerKind::Manual:
    case TriggerKind::Continuous:
    case TriggerKind::Other:
        break;
    }
}

void JobSettingsValidator::checkParameters()
{
    const QList<JobSettingsForm::Parameter> &parameters = m_form.parameters;
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
}

void JobSettingsValidator::checkNotifications()
{
    const std::pair<QString, const QStringList *> emailLists[] = {
        {u"email_notifications.on_start"_s, &m_form.emailOnStart},
        {u"email_notifications.on_success"_s, &m_form.emailOnSuccess},
        {u"email_notifications.on_failure"_s, &m_form.emailOnFailure},
    };
    for (const auto &[field, list] : emailLists) {
        for (const QString &address : *list) {
            if (!emailPattern().match(address).hasMatch()) {
                add(field, tr("\"%1\" is not an e-mail address.").arg(address));
                break;
            }
        }
    }
}

void JobSettingsValidator::checkLimits()
{
    if (m_form.timeoutSeconds && *m_form.timeoutSeconds < 0)
        add(u"timeout_seconds"_s, tr("The timeout cannot be negative."));
    if (m_form.maxConcurrentRuns && (*m_form.maxConcurrentRuns < 0 || *m_form.maxConcurrentRuns > 1000))
        add(u"max_concurrent_runs"_s, tr("Maximum concurrent runs must be between 0 and 1000."));
}

} // namespace brickdesk
