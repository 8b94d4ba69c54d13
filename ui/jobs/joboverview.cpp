#include "joboverview.h"

#include "common/textcolours.h"
#include "domain/job.h"
#include "domain/jobpermissions.h"
#include "domain/task.h"
#include "jobform/scheduletext.h"
#include "runs/runstyle.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A label/value row, the label dimmed (in `dim`, a CSS colour) but still readable.
QString labelRow(const QString &dim, const QString &label, const QString &valueHtml)
{
    return u"<tr><td style='padding-right:16px; color:%1'>%2</td><td>%3</td></tr>"_s.arg(
        dim, esc(label), valueHtml);
}

QString clusterSpecText(const ClusterSpec &spec)
{
    QStringList parts;
    if (!spec.sparkVersion.isEmpty())
        parts << spec.sparkVersion;
    if (!spec.nodeTypeId.isEmpty())
        parts << spec.nodeTypeId;
    if (spec.autoscale) {
        parts << JobOverview::tr("autoscale %1–%2 workers").arg(spec.minWorkers).arg(spec.maxWorkers);
    } else if (spec.numWorkers) {
        const qint64 workers = *spec.numWorkers;
        parts << (workers == 1 ? JobOverview::tr("1 worker") : JobOverview::tr("%1 workers").arg(workers));
    }
    return parts.join(u", "_s);
}

} // namespace

QString JobOverview::scheduleText(const JobSettings &settings)
{
    return ScheduleText::describe(settings);
}

QHash<QString, int> JobOverview::dependencyLevels(const QVector<Task> &tasks)
{
    QHash<QString, QStringList> deps;
    for (const Task &task : tasks)
        deps.insert(task.taskKey(), task.dependsOn());
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

QString JobOverview::triggerText(const JobTrigger &trigger)
{
    const QString &kind = trigger.kind;
    const QString paused = trigger.paused ? tr(" (paused)") : QString();
    if (kind == u"schedule"_s)
        return tr("Schedule: %1 (%2)%3").arg(trigger.cronExpression, trigger.timezoneId, paused);
    if (kind == u"continuous"_s)
        return tr("Continuous%1").arg(paused);
    if (kind == u"file_arrival"_s)
        return tr("File arrival: %1").arg(trigger.url);
    if (kind == u"table_update"_s || kind == u"table"_s) {
        const QString tables = trigger.tableNames.join(u", "_s);
        return trigger.condition.isEmpty() ? tr("Table update: %1").arg(tables)
                                           : tr("Table update: %1 (%2)").arg(tables, trigger.condition);
    }
    if (kind == u"periodic"_s)
        return tr("Periodic: every %1 %2").arg(trigger.interval).arg(trigger.unit.toLower());
    if (kind == u"model"_s) {
        return tr("Model: %1, %2%3")
            .arg(trigger.securableName, trigger.condition,
                trigger.aliases.isEmpty() ? QString() : u" ("_s + trigger.aliases.join(u", "_s) + u')');
    }
    if (kind == u"sql_condition"_s)
        return tr("SQL condition: query %1 on warehouse %2").arg(trigger.sqlQueryId, trigger.warehouseId);
    // A kind newer than this client: its name and settings as they came.
    return kind + u": "_s + trigger.settingsText;
}

QString JobOverview::html(const Job &job)
{
    return html(job, JobPermissions());
}

QString JobOverview::html(const Job &job, const JobPermissions &permissions, const QString &permissionsNote,
    const QPalette &palette)
{
    const QLocale locale;
    // A text browser shows the HTML on its Base: the colours are chosen against that.
    const TextColours colours = TextColours::fromPalette(palette, QPalette::Base);
    const QString dim = TextColours::css(colours.dim);
    const auto row
        = [&dim](const QString &label, const QString &valueHtml) { return labelRow(dim, label, valueHtml); };
    const JobSettings settings = job.settings();
    QString html = u"<html><body style='font-size:10pt'>"_s;
    html += u"<h2>%1</h2>"_s.arg(esc(settings.name()));
    if (settings.isUiLocked()) {
        const QString metadata = settings.deploymentMetadataPath();
        html += u"<p style='background:%1; color:%2; padding:4px'><b>%3</b> %4</p>"_s.arg(
                    TextColours::css(colours.noticeBackground), TextColours::css(colours.noticeText),
                    esc(tr("Locked.")), esc(lockedReason()))
            + (metadata.isEmpty()
                    ? QString()
                    : u"<p><small>%1</small></p>"_s.arg(esc(tr("Bundle deployment: %1").arg(metadata))));
    }
    const QString description = settings.description();
    if (!description.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(description));

    html += u"<table cellspacing='2'>"_s;
    html += row(tr("Job ID"), QString::number(job.id()));
    const QString creator = job.creatorUserName();
    // The API leaves the creator out once that user is deleted; a job read from the local
    // archive (settings only, no creation time either) says nothing of who created it.
    if (job.createdTimeMs() > 0 || !creator.isEmpty())
        html += row(tr("Created by"), creator.isEmpty() ? tr("(deleted user)") : esc(creator));
    const QString runAs = job.runAsUserName();
    if (!runAs.isEmpty())
        html += row(tr("Runs as"), esc(runAs));
    const qint64 created = job.createdTimeMs();
    if (created > 0)
        html += row(tr("Created"),
            esc(locale.toString(QDateTime::fromMSecsSinceEpoch(created), QLocale::LongFormat)));
    html += row(tr("Schedule / trigger"), esc(scheduleText(settings)));
    if (settings.hasSchedule()) {
        html += row(tr("Cron"),
            u"<code>%1</code> (%2)"_s.arg(esc(settings.cronExpression()), esc(settings.timezoneId())));
    }
    const QStringList triggerKinds = settings.triggerKinds();
    if (triggerKinds.contains(u"file_arrival"_s)) {
        const QString url = settings.trigger(u"file_arrival"_s).url;
        html += row(tr("Watched location"), esc(url));
    }
    for (const QString &kind : triggerKinds) {
        if (kind != u"schedule"_s && kind != u"continuous"_s) // those two read well in words above
            html += row(tr("Trigger"), esc(triggerText(settings.trigger(kind))));
    }
    if (!settings.performanceTarget().isEmpty())
        html += row(tr("Performance target"), esc(settings.performanceTarget()));
    const QString budget
        = job.effectiveBudgetPolicyId().isEmpty() ? settings.budgetPolicyId() : job.effectiveBudgetPolicyId();
    if (!budget.isEmpty())
        html += row(tr("Budget policy"), u"<code>%1</code>"_s.arg(esc(budget)));
    const QString usage
        = job.effectiveUsagePolicyId().isEmpty() ? settings.usagePolicyId() : job.effectiveUsagePolicyId();
    if (!usage.isEmpty())
        html += row(tr("Usage policy"), u"<code>%1</code>"_s.arg(esc(usage)));
    if (!settings.editMode().isEmpty())
        html += row(tr("Edit mode"), esc(settings.editMode()));
    if (!settings.parentPath().isEmpty())
        html += row(tr("Folder"), esc(settings.parentPath()));
    html += row(tr("Max concurrent runs"), locale.toString(settings.maxConcurrentRuns()));
    const qint64 timeout = settings.timeoutSeconds();
    html += row(tr("Timeout"), timeout > 0 ? esc(RunStyle::durationText(timeout * 1000)) : tr("None"));
    if (settings.hasQueue())
        html += row(tr("Queueing"), settings.queueEnabled() ? tr("Enabled") : tr("Disabled"));
    const QMap<QString, QString> tags = settings.tags();
    if (!tags.isEmpty()) {
        QStringList items;
        for (auto it = tags.cbegin(); it != tags.cend(); ++it)
            items << (it.value().isEmpty() ? esc(it.key()) : esc(it.key()) + u'=' + esc(it.value()));
        html += row(tr("Tags"), items.join(u", "_s));
    }
    if (const std::optional<JobGitSource> git = settings.gitSource())
        html += row(tr("Git source"), esc(git->url) + u" @ "_s + esc(git->reference));
    html += u"</table>"_s;

    // Tasks, ordered by dependency level: a small text rendering of the DAG.
    const QVector<Task> tasks = settings.tasks();
    const QHash<QString, int> levels = dependencyLevels(tasks);
    QVector<Task> ordered = tasks;
    std::stable_sort(ordered.begin(), ordered.end(), [&levels](const Task &a, const Task &b) {
        return levels.value(a.taskKey()) < levels.value(b.taskKey());
    });
    html += u"<h3>%1</h3>"_s.arg(tr("Tasks (%1)").arg(tasks.size()));
    html += u"<table border='0' cellspacing='0' cellpadding='3' width='100%'>"_s;
    QString header;
    for (const QString &title :
        {tr("Task"), tr("Type and target"), tr("Compute"), tr("Depends on"), tr("Retries / timeout")})
        header += u"<th align='left' style='color:%1'>%2</th>"_s.arg(
            TextColours::css(colours.headerText), title);
    html += u"<tr style='background:%1'>%2</tr>"_s.arg(TextColours::css(colours.headerBackground), header);
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
            const JobEnvironment environment = settings.environment(task.environmentKey());
            const QString &version = environment.environmentVersion;
            const QString &base = environment.baseEnvironment;
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
            const std::optional<int> inputs = task.forEachInputCount();
            const QString what = inputs ? tr("%n input(s)", nullptr, *inputs) : esc(task.forEachInputs());
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

    const QVector<JobCluster> jobClusters = settings.jobClusters();
    if (!jobClusters.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(tr("Job clusters"));
        for (const JobCluster &cluster : jobClusters)
            html += u"<li><b>%1</b>: %2</li>"_s.arg(esc(cluster.key), esc(clusterSpecText(cluster.spec)));
        html += u"</ul>"_s;
    }

    const QVector<JobEnvironment> environments = settings.environments();
    if (!environments.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(tr("Serverless environments"));
        for (const JobEnvironment &environment : environments) {
            QStringList parts;
            if (!environment.environmentVersion.isEmpty())
                parts << tr("environment version %1").arg(environment.environmentVersion);
            if (!environment.baseEnvironment.isEmpty())
                parts << tr("base %1").arg(environment.baseEnvironment);
            if (!environment.client.isEmpty())
                parts << tr("client %1").arg(environment.client);
            if (!environment.dependencies.isEmpty())
                parts << tr("dependencies: %1").arg(environment.dependencies.join(u", "_s));
            html += u"<li><b>%1</b>: %2</li>"_s.arg(esc(environment.key), esc(parts.join(u"; "_s)));
        }
        html += u"</ul>"_s;
    }

    const QVector<JobParameter> parameters = settings.parameters();
    if (!parameters.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(tr("Parameters"));
        for (const JobParameter &parameter : parameters) {
            html += u"<li><code>%1</code> = <code>%2</code></li>"_s.arg(
                esc(parameter.name), esc(parameter.defaultValue));
        }
        html += u"</ul>"_s;
    }

    if (settings.hasNotifications()) {
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
            const JobNotificationTargets event = settings.notificationTargets(QLatin1String(kind.key));
            QStringList targets = event.emails;
            for (const QString &hook : event.webhookIds)
                targets << tr("webhook %1").arg(hook);
            if (!targets.isEmpty())
                html += row(tr(kind.label), esc(targets.join(u", "_s)));
        }
        html += u"</table>"_s;
    }

    const QList<JobPermissions::Entry> acl = permissions.entries();
    if (!acl.isEmpty()) {
        html += u"<h3>%1</h3><table>"_s.arg(tr("Permissions"));
        for (const JobPermissions::Entry &entry : acl) {
            QString who = entry.principal;
            if (!who.isEmpty() && entry.kind == JobPermissions::Entry::Kind::Group)
                who = tr("%1 (group)").arg(who);
            else if (!who.isEmpty() && entry.kind == JobPermissions::Entry::Kind::ServicePrincipal)
                who = tr("%1 (service principal)").arg(who);
            QStringList levelsText;
            for (const JobPermissions::Entry::Grant &grant : entry.grants) {
                QString text = permissionLevelText(grant.level);
                if (grant.inherited) {
                    text = grant.inheritedFrom.isEmpty()
                        ? tr("%1 (inherited)").arg(text)
                        : tr("%1 (inherited from %2)").arg(text, grant.inheritedFrom.join(u", "_s));
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
