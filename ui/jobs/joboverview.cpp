#include "joboverview.h"

#include "domain/job.h"
#include "domain/task.h"
#include "jobform/scheduletext.h"
#include "runs/runstyle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style='padding-right:16px; color:#555'>%1</td><td>%2</td></tr>"_s.arg(
        esc(label), valueHtml);
}

QString stringList(const QJsonArray &values)
{
    QStringList items;
    for (const QJsonValue &value : values)
        items << value.toVariant().toString();
    return items.join(u", "_s);
}

QString clusterSpecText(const QJsonObject &spec)
{
    QStringList parts;
    if (spec.contains(u"spark_version"_s))
        parts << spec.value(u"spark_version"_s).toString();
    if (spec.contains(u"node_type_id"_s))
        parts << spec.value(u"node_type_id"_s).toString();
    const QJsonObject autoscale = spec.value(u"autoscale"_s).toObject();
    if (!autoscale.isEmpty()) {
        parts << JobOverview::tr("autoscale %1–%2 workers")
                     .arg(autoscale.value(u"min_workers"_s).toInteger())
                     .arg(autoscale.value(u"max_workers"_s).toInteger());
    } else if (spec.contains(u"num_workers"_s)) {
        const qint64 workers = spec.value(u"num_workers"_s).toInteger();
        parts << (workers == 1 ? JobOverview::tr("1 worker") : JobOverview::tr("%1 workers").arg(workers));
    }
    return parts.join(u", "_s);
}

} // namespace

QString JobOverview::scheduleText(const QJsonObject &settings)
{
    return ScheduleText::describe(settings);
}

QHash<QString, int> JobOverview::dependencyLevels(const QJsonObject &settings)
{
    QHash<QString, QStringList> deps;
    for (const QJsonValue &value : settings.value(u"tasks"_s).toArray()) {
        const Task task = Task::fromJson(value.toObject());
        deps.insert(task.taskKey(), task.dependsOn());
    }
    QHash<QString, int> levels;
    // Longest path from a root; a bounded number of passes also ends on (invalid) cycles.
    for (auto it = deps.cbegin(); it != deps.cend(); ++it)
        levels.insert(it.key(), 0);
    for (int pass = 0; pass < deps.size(); ++pass) {
        bool changed = false;
        for (auto it = deps.cbegin(); it != deps.cend(); ++it) {
            int level = 0;
            for (const QString &dep : it.value()) {
                if (levels.contains(dep))
                    level = qMax(level, levels.value(dep) + 1);
            }
            if (level != levels.value(it.key())) {
                levels[it.key()] = level;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return levels;
}

QJsonObject JobOverview::createBody(const QJsonObject &job)
{
    QJsonObject body = job.value(u"settings"_s).toObject();
    // 2.2 paging markers are not part of JobSettings.
    body.remove(u"next_page_token"_s);
    return body;
}

QString JobOverview::lockedReason()
{
    return tr("Deployed from a bundle; edit the bundle, or unlock it.");
}

QString JobOverview::taskTypeText(const Task &task)
{
    switch (task.kind()) {
    case Task::Kind::Notebook:
        return tr("Notebook");
    case Task::Kind::SparkPython:
        return tr("Python script");
    case Task::Kind::PythonWheel:
        return tr("Python wheel");
    case Task::Kind::SparkJar:
        return tr("JAR");
    case Task::Kind::SparkSubmit:
        return tr("Spark submit");
    case Task::Kind::Sql:
        return tr("SQL");
    case Task::Kind::Pipeline:
        return tr("Lakeflow Declarative Pipelines");
    case Task::Kind::RunJob:
        return tr("Run job");
    case Task::Kind::Dbt:
        return tr("dbt");
    case Task::Kind::Condition:
        return tr("If/else condition");
    case Task::Kind::ForEach:
        return tr("For each");
    case Task::Kind::Dashboard:
        return tr("Dashboard");
    case Task::Kind::Alert:
        return tr("SQL alert");
    case Task::Kind::PowerBi:
        return tr("Power BI");
    case Task::Kind::DbtPlatform:
        return tr("dbt platform");
    case Task::Kind::DbtCloud:
        return tr("dbt Cloud (deprecated)");
    case Task::Kind::Unknown:
        break;
    }
    return task.kindName().isEmpty() ? tr("(no task type)") : task.kindName();
}

QString JobOverview::triggerText(const QString &kind, const QJsonObject &trigger)
{
    const QString paused
        = trigger.value(u"pause_status"_s).toString() == u"PAUSED"_s ? tr(" (paused)") : QString();
    if (kind == u"schedule"_s)
        return tr("Schedule: %1 (%2)%3")
            .arg(trigger.value(u"quartz_cron_expression"_s).toString(),
                trigger.value(u"timezone_id"_s).toString(), paused);
    if (kind == u"continuous"_s)
        return tr("Continuous%1").arg(paused);
    if (kind == u"file_arrival"_s)
        return tr("File arrival: %1").arg(trigger.value(u"url"_s).toString());
    if (kind == u"table_update"_s || kind == u"table"_s) {
        QStringList tables;
        for (const QJsonValue &t : trigger.value(u"table_names"_s).toArray())
            tables << t.toString();
        const QString condition = trigger.value(u"condition"_s).toString();
        return condition.isEmpty() ? tr("Table update: %1").arg(tables.join(u", "_s))
                                   : tr("Table update: %1 (%2)").arg(tables.join(u", "_s), condition);
    }
    if (kind == u"periodic"_s)
        return tr("Periodic: every %1 %2")
            .arg(trigger.value(u"interval"_s).toInteger())
            .arg(trigger.value(u"unit"_s).toString().toLower());
    if (kind == u"model"_s) {
        QStringList aliases;
        for (const QJsonValue &a : trigger.value(u"aliases"_s).toArray())
            aliases << a.toString();
        return tr("Model: %1, %2%3")
            .arg(trigger.value(u"securable_name"_s).toString(), trigger.value(u"condition"_s).toString(),
                aliases.isEmpty() ? QString() : u" ("_s + aliases.join(u", "_s) + u')');
    }
    if (kind == u"sql_condition"_s)
        return tr("SQL condition: query %1 on warehouse %2")
            .arg(trigger.value(u"sql_query_id"_s).toString(), trigger.value(u"warehouse_id"_s).toString());
    // A kind newer than this client: its name and settings as they came.
    return kind + u": "_s + QString::fromUtf8(QJsonDocument(trigger).toJson(QJsonDocument::Compact));
}

QString JobOverview::html(
    const QJsonObject &job, const QJsonObject &permissions, const QString &permissionsNote)
{
    const QLocale locale;
    const QJsonObject settings = job.value(u"settings"_s).toObject();
    const Job domainJob = Job::fromJson(job);
    const JobSettings jobSettings = domainJob.settings();
    QString html = u"<html><body style='font-size:10pt'>"_s;
    html += u"<h2>%1</h2>"_s.arg(esc(settings.value(u"name"_s).toString()));
    if (jobSettings.isUiLocked()) {
        const QString metadata = jobSettings.deployment().value(u"metadata_file_path"_s).toString();
        html += u"<p style='background:#fff3e0; padding:4px'><b>%1</b> %2</p>"_s.arg(
                    esc(tr("Locked.")), esc(lockedReason()))
            + (metadata.isEmpty()
                    ? QString()
                    : u"<p><small>%1</small></p>"_s.arg(esc(tr("Bundle deployment: %1").arg(metadata))));
    }
    const QString description = settings.value(u"description"_s).toString();
    if (!description.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(description));

    html += u"<table cellspacing='2'>"_s;
    html += row(tr("Job ID"), QString::number(job.value(u"job_id"_s).toInteger()));
    const QString creator = job.value(u"creator_user_name"_s).toString();
    html += row(tr("Created by"), creator.isEmpty() ? tr("(deleted user)") : esc(creator));
    const QString runAs = job.value(u"run_as_user_name"_s).toString();
    if (!runAs.isEmpty())
        html += row(tr("Runs as"), esc(runAs));
    const qint64 created = job.value(u"created_time"_s).toInteger();
    if (created > 0)
        html += row(tr("Created"),
            esc(locale.toString(QDateTime::fromMSecsSinceEpoch(created), QLocale::LongFormat)));
    html += row(tr("Schedule / trigger"), esc(scheduleText(settings)));
    const QJsonObject schedule = settings.value(u"schedule"_s).toObject();
    if (!schedule.isEmpty()) {
        html += row(tr("Cron"),
            u"<code>%1</code> (%2)"_s.arg(esc(schedule.value(u"quartz_cron_expression"_s).toString()),
                esc(schedule.value(u"timezone_id"_s).toString())));
    }
    const QJsonObject fileArrival
        = settings.value(u"trigger"_s).toObject().value(u"file_arrival"_s).toObject();
    if (!fileArrival.isEmpty())
        html += row(tr("Watched location"), esc(fileArrival.value(u"url"_s).toString()));
    const QStringList triggerKinds = jobSettings.triggerKinds();
    for (const QString &kind : triggerKinds) {
        if (kind != u"schedule"_s && kind != u"continuous"_s) // those two read well in words above
            html += row(tr("Trigger"), esc(triggerText(kind, jobSettings.triggerSettings(kind))));
    }
    if (!jobSettings.performanceTarget().isEmpty())
        html += row(tr("Performance target"), esc(jobSettings.performanceTarget()));
    const QString budget = domainJob.effectiveBudgetPolicyId().isEmpty()
        ? jobSettings.budgetPolicyId()
        : domainJob.effectiveBudgetPolicyId();
    if (!budget.isEmpty())
        html += row(tr("Budget policy"), u"<code>%1</code>"_s.arg(esc(budget)));
    const QString usage = domainJob.effectiveUsagePolicyId().isEmpty() ? jobSettings.usagePolicyId()
                                                                       : domainJob.effectiveUsagePolicyId();
    if (!usage.isEmpty())
        html += row(tr("Usage policy"), u"<code>%1</code>"_s.arg(esc(usage)));
    if (!jobSettings.editMode().isEmpty())
        html += row(tr("Edit mode"), esc(jobSettings.editMode()));
    if (!jobSettings.parentPath().isEmpty())
        html += row(tr("Folder"), esc(jobSettings.parentPath()));
    const int maxConcurrent = settings.contains(u"max_concurrent_runs"_s)
        ? int(settings.value(u"max_concurrent_runs"_s).toInteger())
        : 1;
    html += row(tr("Max concurrent runs"), locale.toString(maxConcurrent));
    const qint64 timeout = settings.value(u"timeout_seconds"_s).toInteger();
    html += row(tr("Timeout"), timeout > 0 ? esc(RunStyle::durationText(timeout * 1000)) : tr("None"));
    if (settings.contains(u"queue"_s)) {
        html += row(tr("Queueing"),
            settings.value(u"queue"_s).toObject().value(u"enabled"_s).toBool() ? tr("Enabled")
                                                                               : tr("Disabled"));
    }
    const QJsonObject tags = settings.value(u"tags"_s).toObject();
    if (!tags.isEmpty()) {
        QStringList items;
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            const QString value = it.value().toString();
            items << (value.isEmpty() ? esc(it.key()) : esc(it.key()) + u'=' + esc(value));
        }
        html += row(tr("Tags"), items.join(u", "_s));
    }
    const QJsonObject git = settings.value(u"git_source"_s).toObject();
    if (!git.isEmpty()) {
        QString ref = git.value(u"git_branch"_s).toString();
        if (ref.isEmpty())
            ref = git.value(u"git_tag"_s).toString();
        if (ref.isEmpty())
            ref = git.value(u"git_commit"_s).toString();
        html += row(tr("Git source"), esc(git.value(u"git_url"_s).toString()) + u" @ "_s + esc(ref));
    }
    html += u"</table>"_s;

    // Tasks, ordered by dependency level: a small text rendering of the DAG.
    const QJsonArray tasks = settings.value(u"tasks"_s).toArray();
    const QHash<QString, int> levels = dependencyLevels(settings);
    QList<Task> ordered;
    for (const QJsonValue &value : tasks)
        ordered << Task::fromJson(value.toObject());
    std::stable_sort(ordered.begin(), ordered.end(), [&levels](const Task &a, const Task &b) {
        return levels.value(a.taskKey()) < levels.value(b.taskKey());
    });
    html += u"<h3>%1</h3>"_s.arg(tr("Tasks (%1)").arg(tasks.size()));
    html += u"<table border='0' cellspacing='0' cellpadding='3' width='100%'>"_s;
    html += u"<tr style='background:#eee'><th align='left'>%1</th><th align='left'>%2</th>"
            "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>"_s.arg(
                tr("Task"), tr("Type and target"), tr("Compute"), tr("Depends on"), tr("Retries / timeout"));
    for (const Task &task : ordered) {
        const int level = levels.value(task.taskKey());
        QString compute;
        switch (task.compute()) {
        case Task::Compute::ExistingCluster:
            compute = tr("Cluster <a href='cluster:%1'>%1</a>").arg(esc(task.existingClusterId()));
            break;
        case Task::Compute::NewCluster:
            compute = tr("New cluster: %1").arg(esc(clusterSpecText(task.newCluster())));
            break;
        case Task::Compute::JobCluster:
            compute = tr("Job cluster “%1”").arg(esc(task.jobClusterKey()));
            break;
        case Task::Compute::Environment: {
            const QJsonObject spec = jobSettings.environmentSpec(task.environmentKey());
            const QString version = spec.value(u"environment_version"_s).toString();
            const QString base = spec.value(u"base_environment"_s).toString();
            compute = !version.isEmpty()
                ? tr("Serverless (%1, environment version %2)").arg(esc(task.environmentKey()), esc(version))
                : !base.isEmpty() ? tr("Serverless (%1, base %2)").arg(esc(task.environmentKey()), esc(base))
                                  : tr("Serverless (%1)").arg(esc(task.environmentKey()));
            break;
        }
        case Task::Compute::None:
            compute = tr("Serverless");
            break;
        }
        QString retries;
        if (task.maxRetries() != 0)
            retries = task.maxRetries() < 0
                ? tr("retries forever")
                : (task.maxRetries() == 1 ? tr("1 retry") : tr("%1 retries").arg(task.maxRetries()));
        if (task.timeoutSeconds() > 0) {
            retries += (retries.isEmpty() ? QString() : u", "_s)
                + tr("timeout %1").arg(RunStyle::durationText(qint64(task.timeoutSeconds()) * 1000));
        }
        QStringList depList;
        const auto outcomes = task.outcomeDependencies();
        for (const QString &dep : task.dependsOn()) {
            QString text = esc(dep);
            for (const auto &[key, outcome] : outcomes) {
                if (key == dep)
                    text += u" <i>(%1)</i>"_s.arg(esc(outcome == u"true"_s ? tr("if true")
                            : outcome == u"false"_s                        ? tr("if false")
                                                                           : outcome));
            }
            depList << text;
        }
        QString deps = depList.join(u", "_s);
        QString target = esc(task.target());
        switch (task.kind()) {
        case Task::Kind::Condition:
            target = u"<code>%1</code>"_s.arg(esc(task.conditionText()));
            break;
        case Task::Kind::RunJob:
            target = tr("job <a href='job:%1'>%1</a>").arg(task.runJobId());
            break;
        case Task::Kind::ForEach: {
            const Task nested = task.forEachTask();
            const QJsonDocument inputs = QJsonDocument::fromJson(task.forEachInputs().toUtf8());
            const QString what = inputs.isArray() ? tr("%n input(s)", nullptr, int(inputs.array().size()))
                                                  : esc(task.forEachInputs());
            target = tr("%1, %2 at a time: %3 “%4” %5")
                         .arg(what)
                         .arg(task.forEachConcurrency())
                         .arg(esc(taskTypeText(nested)), esc(nested.taskKey()), esc(nested.target()));
            break;
        }
        default:
            break;
        }
        if (!task.runIf().isEmpty() && task.runIf() != u"ALL_SUCCESS"_s)
            deps += u" <i>(%1)</i>"_s.arg(esc(task.runIf()));
        html += u"<tr><td>%1%2%3</td><td>%4<br><small>%5</small></td><td>%6</td><td>%7</td><td>%8</td></tr>"_s
                    .arg(QString(level * 4, QChar(0x00a0)), level > 0 ? u"↳ "_s : QString(),
                        u"<b>%1</b>"_s.arg(esc(task.taskKey()))
                            + (task.isDisabled() ? tr(" (disabled)") : QString()),
                        esc(taskTypeText(task)), target, compute, deps.isEmpty() ? u"—"_s : deps,
                        retries.isEmpty() ? u"—"_s : retries);
    }
    html += u"</table>"_s;

    const QJsonArray jobClusters = settings.value(u"job_clusters"_s).toArray();
    if (!jobClusters.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(tr("Job clusters"));
        for (const QJsonValue &value : jobClusters) {
            const QJsonObject cluster = value.toObject();
            html += u"<li><b>%1</b>: %2</li>"_s.arg(esc(cluster.value(u"job_cluster_key"_s).toString()),
                esc(clusterSpecText(cluster.value(u"new_cluster"_s).toObject())));
        }
        html += u"</ul>"_s;
    }

    const QJsonArray environments = jobSettings.environments();
    if (!environments.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(tr("Serverless environments"));
        for (const QJsonValue &value : environments) {
            const QJsonObject environment = value.toObject();
            const QJsonObject spec = environment.value(u"spec"_s).toObject();
            QStringList parts;
            if (spec.contains(u"environment_version"_s))
                parts << tr("environment version %1").arg(spec.value(u"environment_version"_s).toString());
            if (spec.contains(u"base_environment"_s))
                parts << tr("base %1").arg(spec.value(u"base_environment"_s).toString());
            if (spec.contains(u"client"_s))
                parts << tr("client %1").arg(spec.value(u"client"_s).toString());
            QStringList dependencies;
            for (const QJsonValue &d : spec.value(u"dependencies"_s).toArray())
                dependencies << d.toString();
            if (!dependencies.isEmpty())
                parts << tr("dependencies: %1").arg(dependencies.join(u", "_s));
            html += u"<li><b>%1</b>: %2</li>"_s.arg(
                esc(environment.value(u"environment_key"_s).toString()), esc(parts.join(u"; "_s)));
        }
        html += u"</ul>"_s;
    }

    const QJsonArray parameters = settings.value(u"parameters"_s).toArray();
    if (!parameters.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(tr("Parameters"));
        for (const QJsonValue &value : parameters) {
            const QJsonObject parameter = value.toObject();
            html += u"<li><code>%1</code> = <code>%2</code></li>"_s.arg(
                esc(parameter.value(u"name"_s).toString()),
                esc(parameter.value(u"default"_s).toVariant().toString()));
        }
        html += u"</ul>"_s;
    }

    const QJsonObject email = settings.value(u"email_notifications"_s).toObject();
    const QJsonObject webhooks = settings.value(u"webhook_notifications"_s).toObject();
    if (!email.isEmpty() || !webhooks.isEmpty()) {
        html += u"<h3>%1</h3><table>"_s.arg(tr("Notifications"));
        const struct
        {
            const char *key;
            const char *label;
        } kinds[] = {{"on_start", QT_TR_NOOP("On start")}, {"on_success", QT_TR_NOOP("On success")},
            {"on_failure", QT_TR_NOOP("On failure")},
            {"on_duration_warning_threshold_exceeded", QT_TR_NOOP("On duration warning")},
            {"on_streaming_backlog_exceeded", QT_TR_NOOP("On streaming backlog")}};
        for (const auto &kind : kinds) {
            const QString key = QLatin1String(kind.key);
            QStringList targets;
            if (email.contains(key))
                targets << stringList(email.value(key).toArray());
            for (const QJsonValue &hook : webhooks.value(key).toArray())
                targets << tr("webhook %1").arg(hook.toObject().value(u"id"_s).toString());
            targets.removeAll(QString());
            if (!targets.isEmpty())
                html += row(tr(kind.label), esc(targets.join(u", "_s)));
        }
        html += u"</table>"_s;
    }

    const QJsonArray acl = permissions.value(u"access_control_list"_s).toArray();
    if (!acl.isEmpty()) {
        html += u"<h3>%1</h3><table>"_s.arg(tr("Permissions"));
        for (const QJsonValue &value : acl) {
            const QJsonObject entry = value.toObject();
            QString who = entry.value(u"user_name"_s).toString();
            if (who.isEmpty())
                who = entry.value(u"group_name"_s).toString();
            if (!who.isEmpty() && entry.contains(u"group_name"_s))
                who = tr("%1 (group)").arg(who);
            if (who.isEmpty()) {
                who = entry.value(u"service_principal_name"_s).toString();
                if (!who.isEmpty())
                    who = tr("%1 (service principal)").arg(who);
            }
            QStringList levelsText;
            for (const QJsonValue &p : entry.value(u"all_permissions"_s).toArray()) {
                const QJsonObject permission = p.toObject();
                QString text = permissionLevelText(permission.value(u"permission_level"_s).toString());
                if (permission.value(u"inherited"_s).toBool()) {
                    QStringList from;
                    for (const QJsonValue &object : permission.value(u"inherited_from_object"_s).toArray())
                        from << object.toString();
                    text = from.isEmpty() ? tr("%1 (inherited)").arg(text)
                                          : tr("%1 (inherited from %2)").arg(text, from.join(u", "_s));
                }
                levelsText << text;
            }
            html += row(who, esc(levelsText.join(u", "_s)));
        }
        html += u"</table>"_s;
    } else if (!permissionsNote.isEmpty()) {
        html += u"<h3>%1</h3><p><i>%2</i></p>"_s.arg(tr("Permissions"), esc(permissionsNote));
    }
    html += u"</body></html>"_s;
    return html;
}

QString JobOverview::permissionLevelText(const QString &level)
{
    if (level == u"CAN_VIEW"_s)
        return tr("Can view");
    if (level == u"CAN_MANAGE_RUN"_s)
        return tr("Can manage run");
    if (level == u"CAN_MANAGE"_s)
        return tr("Can manage");
    if (level == u"IS_OWNER"_s)
        return tr("Is owner");
    return level;
}

} // namespace brickdesk
