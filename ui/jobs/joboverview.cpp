#include "joboverview.h"

#include "domain/task.h"
#include "jobform/scheduletext.h"
#include "runs/runstyle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace brickdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:16px; color:#555'>%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString stringList(const QJsonArray &values)
{
    QStringList items;
    for (const QJsonValue &value : values)
        items << value.toVariant().toString();
    return items.join(QStringLiteral(", "));
}

QString clusterSpecText(const QJsonObject &spec)
{
    QStringList parts;
    if (spec.contains(QLatin1String("spark_version")))
        parts << spec.value(QLatin1String("spark_version")).toString();
    if (spec.contains(QLatin1String("node_type_id")))
        parts << spec.value(QLatin1String("node_type_id")).toString();
    const QJsonObject autoscale = spec.value(QLatin1String("autoscale")).toObject();
    if (!autoscale.isEmpty()) {
        parts << JobOverview::tr("autoscale %1–%2 workers")
                     .arg(autoscale.value(QLatin1String("min_workers")).toInteger())
                     .arg(autoscale.value(QLatin1String("max_workers")).toInteger());
    } else if (spec.contains(QLatin1String("num_workers"))) {
        const qint64 workers = spec.value(QLatin1String("num_workers")).toInteger();
        parts << (workers == 1 ? JobOverview::tr("1 worker") : JobOverview::tr("%1 workers").arg(workers));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString JobOverview::scheduleText(const QJsonObject &settings)
{
    return ScheduleText::describe(settings);
}

QHash<QString, int> JobOverview::dependencyLevels(const QJsonObject &settings)
{
    QHash<QString, QStringList> deps;
    for (const QJsonValue &value : settings.value(QLatin1String("tasks")).toArray()) {
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
    QJsonObject body = job.value(QLatin1String("settings")).toObject();
    // 2.2 paging markers are not part of JobSettings.
    body.remove(QLatin1String("next_page_token"));
    return body;
}

QString JobOverview::html(
    const QJsonObject &job, const QJsonObject &permissions, const QString &permissionsNote)
{
    const QLocale locale;
    const QJsonObject settings = job.value(QLatin1String("settings")).toObject();
    QString html = QStringLiteral("<html><body style='font-size:10pt'>");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(settings.value(QLatin1String("name")).toString()));
    const QString description = settings.value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(description));

    html += QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Job ID"), QString::number(job.value(QLatin1String("job_id")).toInteger()));
    const QString creator = job.value(QLatin1String("creator_user_name")).toString();
    html += row(tr("Created by"), creator.isEmpty() ? tr("(deleted user)") : esc(creator));
    const QString runAs = job.value(QLatin1String("run_as_user_name")).toString();
    if (!runAs.isEmpty())
        html += row(tr("Runs as"), esc(runAs));
    const qint64 created = job.value(QLatin1String("created_time")).toInteger();
    if (created > 0)
        html += row(tr("Created"),
            esc(locale.toString(QDateTime::fromMSecsSinceEpoch(created), QLocale::LongFormat)));
    html += row(tr("Schedule / trigger"), esc(scheduleText(settings)));
    const QJsonObject schedule = settings.value(QLatin1String("schedule")).toObject();
    if (!schedule.isEmpty()) {
        html += row(tr("Cron"),
            QStringLiteral("<code>%1</code> (%2)")
                .arg(esc(schedule.value(QLatin1String("quartz_cron_expression")).toString()),
                    esc(schedule.value(QLatin1String("timezone_id")).toString())));
    }
    const QJsonObject fileArrival
        = settings.value(QLatin1String("trigger")).toObject().value(QLatin1String("file_arrival")).toObject();
    if (!fileArrival.isEmpty())
        html += row(tr("Watched location"), esc(fileArrival.value(QLatin1String("url")).toString()));
    const int maxConcurrent = settings.contains(QLatin1String("max_concurrent_runs"))
        ? int(settings.value(QLatin1String("max_concurrent_runs")).toInteger())
        : 1;
    html += row(tr("Max concurrent runs"), locale.toString(maxConcurrent));
    const qint64 timeout = settings.value(QLatin1String("timeout_seconds")).toInteger();
    html += row(tr("Timeout"), timeout > 0 ? esc(RunStyle::durationText(timeout * 1000)) : tr("None"));
    if (settings.contains(QLatin1String("queue"))) {
        html += row(tr("Queueing"),
            settings.value(QLatin1String("queue")).toObject().value(QLatin1String("enabled")).toBool()
                ? tr("Enabled")
                : tr("Disabled"));
    }
    const QJsonObject tags = settings.value(QLatin1String("tags")).toObject();
    if (!tags.isEmpty()) {
        QStringList items;
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            const QString value = it.value().toString();
            items << (value.isEmpty() ? esc(it.key()) : esc(it.key()) + QLatin1Char('=') + esc(value));
        }
        html += row(tr("Tags"), items.join(QStringLiteral(", ")));
    }
    const QJsonObject git = settings.value(QLatin1String("git_source")).toObject();
    if (!git.isEmpty()) {
        QString ref = git.value(QLatin1String("git_branch")).toString();
        if (ref.isEmpty())
            ref = git.value(QLatin1String("git_tag")).toString();
        if (ref.isEmpty())
            ref = git.value(QLatin1String("git_commit")).toString();
        html += row(tr("Git source"),
            esc(git.value(QLatin1String("git_url")).toString()) + QStringLiteral(" @ ") + esc(ref));
    }
    html += QStringLiteral("</table>");

    // Tasks, ordered by dependency level: a small text rendering of the DAG.
    const QJsonArray tasks = settings.value(QLatin1String("tasks")).toArray();
    const QHash<QString, int> levels = dependencyLevels(settings);
    QList<Task> ordered;
    for (const QJsonValue &value : tasks)
        ordered << Task::fromJson(value.toObject());
    std::stable_sort(ordered.begin(), ordered.end(), [&levels](const Task &a, const Task &b) {
        return levels.value(a.taskKey()) < levels.value(b.taskKey());
    });
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Tasks (%1)").arg(tasks.size()));
    html += QStringLiteral("<table border='0' cellspacing='0' cellpadding='3' width='100%'>");
    html += QStringLiteral("<tr style='background:#eee'><th align='left'>%1</th><th align='left'>%2</th>"
                           "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>")
                .arg(tr("Task"), tr("Type and target"), tr("Compute"), tr("Depends on"),
                    tr("Retries / timeout"));
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
        case Task::Compute::Environment:
            compute = tr("Serverless (%1)")
                          .arg(esc(task.raw().value(QLatin1String("environment_key")).toString()));
            break;
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
            retries += (retries.isEmpty() ? QString() : QStringLiteral(", "))
                + tr("timeout %1").arg(RunStyle::durationText(qint64(task.timeoutSeconds()) * 1000));
        }
        QString deps = esc(task.dependsOn().join(QStringLiteral(", ")));
        if (!task.runIf().isEmpty() && task.runIf() != QLatin1String("ALL_SUCCESS"))
            deps += QStringLiteral(" <i>(%1)</i>").arg(esc(task.runIf()));
        html += QStringLiteral(
            "<tr><td>%1%2%3</td><td>%4<br><small>%5</small></td><td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(QString(level * 4, QChar(0x00a0)), level > 0 ? QStringLiteral("↳ ") : QString(),
                        QStringLiteral("<b>%1</b>").arg(esc(task.taskKey()))
                            + (task.isDisabled() ? tr(" (disabled)") : QString()),
                        esc(task.kindName()), esc(task.target()), compute,
                        deps.isEmpty() ? QStringLiteral("—") : deps,
                        retries.isEmpty() ? QStringLiteral("—") : retries);
    }
    html += QStringLiteral("</table>");

    const QJsonArray jobClusters = settings.value(QLatin1String("job_clusters")).toArray();
    if (!jobClusters.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Job clusters"));
        for (const QJsonValue &value : jobClusters) {
            const QJsonObject cluster = value.toObject();
            html += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(esc(cluster.value(QLatin1String("job_cluster_key")).toString()),
                            esc(clusterSpecText(cluster.value(QLatin1String("new_cluster")).toObject())));
        }
        html += QStringLiteral("</ul>");
    }

    const QJsonArray parameters = settings.value(QLatin1String("parameters")).toArray();
    if (!parameters.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Parameters"));
        for (const QJsonValue &value : parameters) {
            const QJsonObject parameter = value.toObject();
            html += QStringLiteral("<li><code>%1</code> = <code>%2</code></li>")
                        .arg(esc(parameter.value(QLatin1String("name")).toString()),
                            esc(parameter.value(QLatin1String("default")).toVariant().toString()));
        }
        html += QStringLiteral("</ul>");
    }

    const QJsonObject email = settings.value(QLatin1String("email_notifications")).toObject();
    const QJsonObject webhooks = settings.value(QLatin1String("webhook_notifications")).toObject();
    if (!email.isEmpty() || !webhooks.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Notifications"));
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
                targets << tr("webhook %1").arg(hook.toObject().value(QLatin1String("id")).toString());
            targets.removeAll(QString());
            if (!targets.isEmpty())
                html += row(tr(kind.label), esc(targets.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</table>");
    }

    const QJsonArray acl = permissions.value(QLatin1String("access_control_list")).toArray();
    if (!acl.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Permissions"));
        for (const QJsonValue &value : acl) {
            const QJsonObject entry = value.toObject();
            QString who = entry.value(QLatin1String("user_name")).toString();
            if (who.isEmpty())
                who = entry.value(QLatin1String("group_name")).toString();
            if (!who.isEmpty() && entry.contains(QLatin1String("group_name")))
                who = tr("%1 (group)").arg(who);
            if (who.isEmpty()) {
                who = entry.value(QLatin1String("service_principal_name")).toString();
                if (!who.isEmpty())
                    who = tr("%1 (service principal)").arg(who);
            }
            QStringList levelsText;
            for (const QJsonValue &p : entry.value(QLatin1String("all_permissions")).toArray()) {
                const QJsonObject permission = p.toObject();
                QString text
                    = permissionLevelText(permission.value(QLatin1String("permission_level")).toString());
                if (permission.value(QLatin1String("inherited")).toBool()) {
                    QStringList from;
                    for (const QJsonValue &object :
                        permission.value(QLatin1String("inherited_from_object")).toArray())
                        from << object.toString();
                    text = from.isEmpty()
                        ? tr("%1 (inherited)").arg(text)
                        : tr("%1 (inherited from %2)").arg(text, from.join(QStringLiteral(", ")));
                }
                levelsText << text;
            }
            html += row(who, esc(levelsText.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</table>");
    } else if (!permissionsNote.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p><i>%2</i></p>").arg(tr("Permissions"), esc(permissionsNote));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

QString JobOverview::permissionLevelText(const QString &level)
{
    if (level == QLatin1String("CAN_VIEW"))
        return tr("Can view");
    if (level == QLatin1String("CAN_MANAGE_RUN"))
        return tr("Can manage run");
    if (level == QLatin1String("CAN_MANAGE"))
        return tr("Can manage");
    if (level == QLatin1String("IS_OWNER"))
        return tr("Is owner");
    return level;
}

} // namespace brickdesk
