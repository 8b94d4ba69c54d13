#include "jobsapi.h"

#include "emulatorlogging.h"
#include "jobform/quartzcron.h"
#include "pagetoken.h"
#include "requestparams.h"
#include "runphase.h"
#include "workspacestate.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace brickdesk::emulator {

namespace {

constexpr int kArrayPage = 100; // Jobs API 2.2 array paging in get and runs/get

EmulatorResponse ok(const QJsonObject &object = {})
{
    return EmulatorResponse::json(object);
}

EmulatorResponse jobNotFound(qint64 jobId)
{
    return EmulatorResponse::invalidParameter(QStringLiteral("Job %1 does not exist.").arg(jobId));
}

EmulatorResponse runNotFound(qint64 runId)
{
    return EmulatorResponse::invalidParameter(QStringLiteral("Run %1 does not exist.").arg(runId));
}

// Slices the 2.2-paged arrays of `object` (paths like "settings/tasks") to page `page`;
// returns whether any array has more elements.
bool sliceArrays(QJsonObject &object, const QStringList &paths, int page)
{
    bool more = false;
    for (const QString &path : paths) {
        const QStringList parts = path.split(QLatin1Char('/'));
        QJsonObject parent = parts.size() == 2 ? object.value(parts[0]).toObject() : object;
        const QString key = parts.last();
        if (!parent.contains(key))
            continue;
        const QJsonArray all = parent.value(key).toArray();
        QJsonArray slice;
        for (qsizetype i = qsizetype(page) * kArrayPage;
             i < all.size() && i < qsizetype(page + 1) * kArrayPage; ++i)
            slice.append(all[i]);
        more = more || all.size() > qsizetype(page + 1) * kArrayPage;
        parent.insert(key, slice);
        if (parts.size() == 2)
            object.insert(parts[0], parent);
        else
            object = parent;
    }
    return more;
}

QString checkType(const QJsonObject &o, const char *key, QJsonValue::Type type)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || v.type() == type)
        return {};
    return QStringLiteral("Could not parse request object: Expected %1 for field '%2'")
        .arg(type == QJsonValue::String      ? QStringLiteral("a string")
                : type == QJsonValue::Double ? QStringLiteral("a number")
                : type == QJsonValue::Array  ? QStringLiteral("an array")
                : type == QJsonValue::Bool   ? QStringLiteral("a boolean")
                                             : QStringLiteral("an object"),
            QLatin1String(key));
}

QString validateTasks(const QJsonArray &tasks, const QJsonObject &settings, bool submit, bool *malformed)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[\\w\\-]{1,100}$"));
    QSet<QString> keys;
    QSet<QString> clusterKeys;
    const QJsonArray jobClusters = settings.value(QLatin1String("job_clusters")).toArray();
    for (const QJsonValue &jc : jobClusters) {
        const QString key = jc.toObject().value(QLatin1String("job_cluster_key")).toString();
        if (key.isEmpty())
            return QStringLiteral("Missing required field: job_clusters.job_cluster_key");
        if (clusterKeys.contains(key))
            return QStringLiteral("Duplicate job cluster key: %1").arg(key);
        clusterKeys.insert(key);
    }
    if (tasks.size() > 1000)
        return QStringLiteral("A job can have at most 1000 tasks.");
    for (const QJsonValue &v : tasks) {
        if (!v.isObject()) {
            *malformed = true;
            return QStringLiteral("Could not parse request object: Expected an object in 'tasks'");
        }
        const QJsonObject t = v.toObject();
        if (!t.value(QLatin1String("task_key")).isString()
            || t.value(QLatin1String("task_key")).toString().isEmpty())
            return QStringLiteral("Missing required field: task_key");
        const QString key = t.value(QLatin1String("task_key")).toString();
        if (!keyPattern.match(key).hasMatch())
            return QStringLiteral(
                "Invalid task_key '%1': only alphanumeric characters, '_' and '-' are allowed, up to 100.")
                .arg(key);
        if (keys.contains(key))
            return QStringLiteral("Task key %1 is not unique.").arg(key);
        keys.insert(key);
        if (t.contains(QLatin1String("job_cluster_key"))) {
            if (submit)
                return QStringLiteral("job_cluster_key is not supported in runs/submit tasks.");
            const QString ck = t.value(QLatin1String("job_cluster_key")).toString();
            if (!clusterKeys.contains(ck))
                return QStringLiteral("Job cluster with key %1 is not defined in job_clusters.").arg(ck);
        }
    }
    // Dependencies exist and have no cycle.
    QHash<QString, QStringList> deps;
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        const QJsonArray d = t.value(QLatin1String("depends_on")).toArray();
        QStringList list;
        for (const QJsonValue &dv : d) {
            const QString k = dv.toObject().value(QLatin1String("task_key")).toString();
            if (!keys.contains(k))
                return QStringLiteral("Task %1 depends on %2, which is not defined.")
                    .arg(t.value(QLatin1String("task_key")).toString(), k);
            list.append(k);
        }
        deps.insert(t.value(QLatin1String("task_key")).toString(), list);
    }
    QHash<QString, int> mark; // 1 visiting, 2 done
    std::function<bool(const QString &)> cyclic = [&](const QString &k) {
        if (mark.value(k) == 1)
            return true;
        if (mark.value(k) == 2)
            return false;
        mark.insert(k, 1);
        for (const QString &d : deps.value(k)) {
            if (cyclic(d))
                return true;
        }
        mark.insert(k, 2);
        return false;
    };
    for (const QString &k : std::as_const(keys)) {
        if (cyclic(k))
            return QStringLiteral("The task dependency graph has a cycle involving %1.").arg(k);
    }
    return {};
}

QStringList pagedJobArrays()
{
    return {QStringLiteral("settings/tasks"), QStringLiteral("settings/job_clusters"),
        QStringLiteral("settings/parameters"), QStringLiteral("settings/environments")};
}

QStringList pagedRunArrays()
{
    return {QStringLiteral("tasks"), QStringLiteral("job_clusters"), QStringLiteral("job_parameters"),
        QStringLiteral("repair_history"), QStringLiteral("iterations")};
}

} // namespace

JobsApi::JobsApi(WorkspaceState &state)
    : m_state(state)
{ }

QString JobsApi::validateSettings(const QJsonObject &s, bool *malformed)
{
    *malformed = true;
    const std::pair<const char *, QJsonValue::Type> types[]
        = {{"name", QJsonValue::String}, {"description", QJsonValue::String}, {"tasks", QJsonValue::Array},
            {"job_clusters", QJsonValue::Array}, {"schedule", QJsonValue::Object},
            {"continuous", QJsonValue::Object}, {"trigger", QJsonValue::Object},
            {"email_notifications", QJsonValue::Object}, {"webhook_notifications", QJsonValue::Object},
            {"notification_settings", QJsonValue::Object}, {"timeout_seconds", QJsonValue::Double},
            {"max_concurrent_runs", QJsonValue::Double}, {"parameters", QJsonValue::Array},
            {"tags", QJsonValue::Object}, {"queue", QJsonValue::Object}, {"run_as", QJsonValue::Object},
            {"health", QJsonValue::Object}, {"git_source", QJsonValue::Object},
            {"environments", QJsonValue::Array}};
    for (const auto &[key, type] : types) {
        const QString e = checkType(s, key, type);
        if (!e.isEmpty())
            return e;
    }
    *malformed = false;
    if (s.value(QLatin1String("name")).toString().toUtf8().size() > 4096)
        return QStringLiteral("Job name must be at most 4096 bytes.");
    if (s.contains(QLatin1String("timeout_seconds"))
        && s.value(QLatin1String("timeout_seconds")).toInteger() < 0)
        return QStringLiteral("timeout_seconds must be non-negative.");
    if (s.contains(QLatin1String("max_concurrent_runs"))) {
        const qint64 m = s.value(QLatin1String("max_concurrent_runs")).toInteger();
        if (m < 0 || m > 1000)
            return QStringLiteral("max_concurrent_runs must be between 0 and 1000.");
    }
    if (s.value(QLatin1String("tags")).toObject().size() > 25)
        return QStringLiteral("A job can have at most 25 tags.");
    if (s.contains(QLatin1String("schedule"))) {
        if (s.contains(QLatin1String("continuous")))
            return QStringLiteral("A job cannot have both a schedule and continuous settings.");
        const QJsonObject schedule = s.value(QLatin1String("schedule")).toObject();
        if (!schedule.value(QLatin1String("quartz_cron_expression")).isString())
            return QStringLiteral("Missing required field: schedule.quartz_cron_expression");
        const QString cron = schedule.value(QLatin1String("quartz_cron_expression")).toString();
        const QString cronError = QuartzCron::validate(cron);
        if (!cronError.isEmpty())
            return QStringLiteral("Invalid quartz_cron_expression '%1': %2").arg(cron, cronError);
        if (!schedule.value(QLatin1String("timezone_id")).isString())
            return QStringLiteral("Missing required field: schedule.timezone_id");
        const QString tz = schedule.value(QLatin1String("timezone_id")).toString();
        if (!QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()))
            return QStringLiteral("Invalid timezone_id '%1'.").arg(tz);
        if (schedule.contains(QLatin1String("pause_status"))) {
            const QString p = schedule.value(QLatin1String("pause_status")).toString();
            if (p != QLatin1String("PAUSED") && p != QLatin1String("UNPAUSED"))
                return QStringLiteral("Invalid pause_status '%1'.").arg(p);
        }
    }
    const QJsonArray params = s.value(QLatin1String("parameters")).toArray();
    static const QRegularExpression paramName(QStringLiteral("^[\\w\\-.]+$"));
    for (const QJsonValue &p : params) {
        const QString name = p.toObject().value(QLatin1String("name")).toString();
        if (!paramName.match(name).hasMatch())
            return QStringLiteral("Invalid job parameter name '%1'.").arg(name);
        if (!p.toObject().contains(QLatin1String("default")))
            return QStringLiteral("Missing required field: parameters.default");
    }
    return validateTasks(s.value(QLatin1String("tasks")).toArray(), s, false, malformed);
}

EmulatorResponse JobsApi::handle(
    const EmulatorRequest &request, const QString &version, const QString &endpoint)
{
    const bool v22 = version == QLatin1String("2.2");
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";
    struct Route
    {
        const char *name;
        bool get;
    };
    if (isGet) {
        if (endpoint == QLatin1String("list"))
            return list(request, v22);
        if (endpoint == QLatin1String("get"))
            return get(request, v22);
        if (endpoint == QLatin1String("runs/list"))
            return runsList(request, v22);
        if (endpoint == QLatin1String("runs/get"))
            return runsGet(request, v22);
        if (endpoint == QLatin1String("runs/get-output"))
            return runsGetOutput(request);
        if (endpoint == QLatin1String("runs/export"))
            return runsExport(request);
    } else if (isPost) {
        if (endpoint == QLatin1String("create"))
            return create(request, v22);
        if (endpoint == QLatin1String("reset"))
            return reset(request);
        if (endpoint == QLatin1String("update"))
            return update(request);
        if (endpoint == QLatin1String("delete"))
            return remove(request);
        if (endpoint == QLatin1String("run-now"))
            return runNow(request);
        if (endpoint == QLatin1String("runs/submit"))
            return submit(request);
        if (endpoint == QLatin1String("runs/cancel"))
            return runsCancel(request);
        if (endpoint == QLatin1String("runs/cancel-all"))
            return runsCancelAll(request);
        if (endpoint == QLatin1String("runs/repair"))
            return runsRepair(request);
        if (endpoint == QLatin1String("runs/delete"))
            return runsDelete(request);
    }
    return EmulatorResponse::error(404, QStringLiteral("ENDPOINT_NOT_FOUND"),
        QStringLiteral("No API found for '%1 /jobs/%2'").arg(QString::fromLatin1(request.method), endpoint));
}

EmulatorResponse JobsApi::list(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const qint64 limit = p.integer(QStringLiteral("limit")).value_or(20);
    const qint64 offsetParam = p.integer(QStringLiteral("offset")).value_or(0);
    const bool expand = p.boolean(QStringLiteral("expand_tasks")).value_or(false);
    const QString name = p.string(QStringLiteral("name")).value_or(QString());
    if (p.failed())
        return p.error();
    if (limit < 1 || limit > 100)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Invalid limit %1: must be between 1 and 100.").arg(limit));
    if (offsetParam < 0)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Invalid offset %1: must be non-negative.").arg(offsetParam));
    const QString filterKey = QStringLiteral("jobs|%1|%2").arg(name.toLower()).arg(expand);
    qint64 offset = offsetParam;
    if (request.hasQueryItem(QStringLiteral("page_token"))
        && !request.queryValue(QStringLiteral("page_token")).isEmpty()) {
        const auto decoded = pagetoken::decode(request.queryValue(QStringLiteral("page_token")), filterKey);
        if (!decoded)
            return EmulatorResponse::invalidParameter(QStringLiteral("Invalid page token."));
        offset = *decoded;
    }
    std::vector<const JobRecord *> matches;
    for (const auto &[id, job] : m_state.jobs()) {
        if (name.isEmpty()
            || job.settings.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            matches.push_back(&job);
    }
    QJsonArray jobs;
    const qint64 end = std::min<qint64>(qint64(matches.size()), offset + limit);
    for (qint64 i = offset; i < end; ++i) {
        QJsonObject j = m_state.jobJson(*matches[size_t(i)], expand);
        if (expand) {
            bool more = false;
            if (v22)
                more = sliceArrays(j, pagedJobArrays(), 0);
            j.insert(QStringLiteral("has_more"), more);
        }
        jobs.append(j);
    }
    QJsonObject out;
    if (!jobs.isEmpty())
        out.insert(QStringLiteral("jobs"), jobs);
    const bool more = end < qint64(matches.size());
    out.insert(QStringLiteral("has_more"), more);
    if (more)
        out.insert(QStringLiteral("next_page_token"), pagetoken::encode(end, filterKey));
    if (offset > 0)
        out.insert(QStringLiteral("prev_page_token"),
            pagetoken::encode(std::max<qint64>(0, offset - limit), filterKey));
    return ok(out);
}

EmulatorResponse JobsApi::get(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(QStringLiteral("job_id"));
    if (p.failed())
        return p.error();
    const JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    QJsonObject out = m_state.jobJson(*job, true);
    if (v22) {
        const QString filterKey = QStringLiteral("job|%1").arg(jobId);
        int page = 0;
        const QString token = request.queryValue(QStringLiteral("page_token"));
        if (!token.isEmpty()) {
            const auto decoded = pagetoken::decode(token, filterKey);
            if (!decoded)
                return EmulatorResponse::invalidParameter(QStringLiteral("Invalid page token."));
            page = int(*decoded);
        }
        if (sliceArrays(out, pagedJobArrays(), page))
            out.insert(QStringLiteral("next_page_token"), pagetoken::encode(page + 1, filterKey));
    }
    return ok(out);
}

EmulatorResponse JobsApi::create(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    if (p.failed())
        return p.error();
    QJsonObject settings = p.body();
    // Permissions are not settings: they become the job's direct ACL (permissions/jobs).
    const QJsonArray acl = settings.take(QStringLiteral("access_control_list")).toArray();
    bool malformed = false;
    const QString error = validateSettings(settings, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    if (!settings.contains(QLatin1String("name")))
        settings.insert(QStringLiteral("name"), QStringLiteral("Untitled"));
    const qint64 id = m_state.createJob(settings, v22);
    if (!acl.isEmpty()) {
        JobRecord *job = m_state.findJob(id);
        QJsonArray direct {QJsonObject {{QStringLiteral("user_name"), job->creator},
            {QStringLiteral("permission_level"), QStringLiteral("IS_OWNER")}}};
        for (const QJsonValue &entry : acl) {
            if (entry.toObject().value(QLatin1String("permission_level")) != QLatin1String("IS_OWNER"))
                direct.append(entry);
        }
        job->acl = direct;
        m_state.markJobChanged(id);
    }
    qCDebug(lcEmulator) << "created job" << id;
    return ok({{QStringLiteral("job_id"), id}});
}

EmulatorResponse JobsApi::reset(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(QStringLiteral("job_id"));
    const auto newSettings = p.object(QStringLiteral("new_settings"));
    if (p.failed())
        return p.error();
    if (!newSettings)
        return EmulatorResponse::invalidParameter(QStringLiteral("Missing required field: new_settings"));
    JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    bool malformed = false;
    const QString error = validateSettings(*newSettings, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    job->settings = *newSettings;
    m_state.markJobChanged(jobId);
    return ok();
}

EmulatorResponse JobsApi::update(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(QStringLiteral("job_id"));
    const QJsonObject newSettings = p.object(QStringLiteral("new_settings")).value_or(QJsonObject {});
    const QStringList remove = p.strings(QStringLiteral("fields_to_remove"));
    if (p.failed())
        return p.error();
    JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    bool malformed = false;
    // Type-check what was sent before merging it.
    QString error = validateSettings(QJsonObject {}, &malformed);
    for (const QString &key : newSettings.keys()) {
        QJsonObject one {{key, newSettings.value(key)}};
        if (key == QLatin1String("tasks") || key == QLatin1String("job_clusters")) {
            const QString e
                = checkType(one, key == QLatin1String("tasks") ? "tasks" : "job_clusters", QJsonValue::Array);
            if (!e.isEmpty())
                return EmulatorResponse::malformed(e);
        }
    }
    QJsonObject merged = job->settings;
    for (auto it = newSettings.constBegin(); it != newSettings.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("tasks") || key == QLatin1String("job_clusters")) {
            // Merged by key (guide §1.2).
            const QString keyField = key == QLatin1String("tasks") ? QStringLiteral("task_key")
                                                                   : QStringLiteral("job_cluster_key");
            QJsonArray current = merged.value(key).toArray();
            const QJsonArray incoming = it.value().toArray();
            for (const QJsonValue &v : incoming) {
                const QString k = v.toObject().value(keyField).toString();
                bool replaced = false;
                for (qsizetype i = 0; i < current.size(); ++i) {
                    if (current[i].toObject().value(keyField).toString() == k) {
                        current.replace(i, v);
                        replaced = true;
                        break;
                    }
                }
                if (!replaced)
                    current.append(v);
            }
            merged.insert(key, current);
        } else {
            merged.insert(key, it.value());
        }
    }
    for (const QString &field : remove) {
        if (field.startsWith(QLatin1String("tasks/")) || field.startsWith(QLatin1String("job_clusters/"))) {
            const QString array = field.section(QLatin1Char('/'), 0, 0);
            const QString k = field.section(QLatin1Char('/'), 1);
            const QString keyField = array == QLatin1String("tasks") ? QStringLiteral("task_key")
                                                                     : QStringLiteral("job_cluster_key");
            QJsonArray current = merged.value(array).toArray();
            bool found = false;
            for (qsizetype i = 0; i < current.size(); ++i) {
                if (current[i].toObject().value(keyField).toString() == k) {
                    current.removeAt(i);
                    found = true;
                    break;
                }
            }
            if (!found)
                return EmulatorResponse::invalidParameter(
                    QStringLiteral("Cannot remove %1: not found.").arg(field));
            merged.insert(array, current);
        } else {
            merged.remove(field);
        }
    }
    error = validateSettings(merged, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    job->settings = merged;
    m_state.markJobChanged(jobId);
    return ok();
}

EmulatorResponse JobsApi::remove(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(QStringLiteral("job_id"));
    if (p.failed())
        return p.error();
    if (!m_state.findJob(jobId))
        return jobNotFound(jobId);
    m_state.deleteJob(jobId);
    return ok();
}

EmulatorResponse JobsApi::runNow(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(QStringLiteral("job_id"));
    const QString token = p.string(QStringLiteral("idempotency_token")).value_or(QString());
    const QJsonObject jobParams = p.object(QStringLiteral("job_parameters")).value_or(QJsonObject {});
    const QStringList only = p.strings(QStringLiteral("only"));
    if (p.failed())
        return p.error();
    if (token.size() > 64)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("idempotency_token must be at most 64 characters."));
    JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    if (!token.isEmpty()) {
        if (const qint64 existing = m_state.runForIdempotencyToken(token);
            existing && m_state.findRun(existing))
            return ok({{QStringLiteral("run_id"), existing}, {QStringLiteral("number_in_job"), existing}});
    }
    const QJsonObject body = p.body();
    if (body.contains(QLatin1String("notebook_params")) && body.contains(QLatin1String("jar_params")))
        return EmulatorResponse::invalidParameter(
            QStringLiteral("notebook_params and jar_params cannot be specified together."));
    QJsonObject overriding;
    for (const char *key : {"job_parameters", "notebook_params", "python_params", "python_named_params",
             "jar_params", "spark_submit_params", "sql_params", "dbt_commands", "pipeline_params"}) {
        if (body.contains(QLatin1String(key)))
            overriding.insert(QLatin1String(key), body.value(QLatin1String(key)));
    }
    for (auto it = jobParams.constBegin(); it != jobParams.constEnd(); ++it) {
        if (!it.value().isString())
            return EmulatorResponse::malformed(
                QStringLiteral("Could not parse request object: job_parameters values must be strings"));
    }
    QJsonArray parameters;
    const QJsonArray defs = job->settings.value(QLatin1String("parameters")).toArray();
    QSet<QString> known;
    for (const QJsonValue &d : defs) {
        QJsonObject o = d.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        known.insert(name);
        o.insert(QStringLiteral("value"),
            jobParams.contains(name) ? jobParams.value(name) : o.value(QLatin1String("default")));
        parameters.append(o);
    }
    for (auto it = jobParams.constBegin(); it != jobParams.constEnd(); ++it) {
        if (!known.contains(it.key()))
            parameters.append(
                QJsonObject {{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), it.value()}});
    }
    QJsonObject settings = job->settings;
    if (!only.isEmpty()) {
        QJsonArray tasks;
        const QJsonArray all = settings.value(QLatin1String("tasks")).toArray();
        QSet<QString> wanted;
        for (QString k : only) {
            k.remove(QLatin1Char('+'));
            wanted.insert(k);
        }
        for (const QJsonValue &t : all) {
            if (wanted.contains(t.toObject().value(QLatin1String("task_key")).toString())) {
                QJsonObject task = t.toObject();
                task.remove(QStringLiteral("depends_on"));
                tasks.append(task);
            }
        }
        if (tasks.isEmpty())
            return EmulatorResponse::invalidParameter(
                QStringLiteral("None of the tasks in 'only' exist in job %1.").arg(jobId));
        settings.insert(QStringLiteral("tasks"), tasks);
    }
    if (settings.value(QLatin1String("tasks")).toArray().isEmpty())
        return EmulatorResponse::invalidParameter(QStringLiteral("Job %1 has no tasks to run.").arg(jobId));
    const qint64 runId = m_state.startRun(jobId, settings, settings.value(QLatin1String("name")).toString(),
        QStringLiteral("ONE_TIME"), overriding, parameters, token);
    return ok({{QStringLiteral("run_id"), runId}, {QStringLiteral("number_in_job"), runId}});
}

EmulatorResponse JobsApi::submit(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString token = p.string(QStringLiteral("idempotency_token")).value_or(QString());
    const auto tasks = p.array(QStringLiteral("tasks"));
    const QString runName = p.string(QStringLiteral("run_name")).value_or(QStringLiteral("Untitled"));
    if (p.failed())
        return p.error();
    if (token.size() > 64)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("idempotency_token must be at most 64 characters."));
    if (!token.isEmpty()) {
        if (const qint64 existing = m_state.runForIdempotencyToken(token);
            existing && m_state.findRun(existing))
            return ok({{QStringLiteral("run_id"), existing}});
    }
    if (!tasks || tasks->isEmpty())
        return EmulatorResponse::invalidParameter(QStringLiteral("Missing required field: tasks"));
    bool malformed = false;
    const QString error = validateTasks(*tasks, p.body(), true, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    QJsonObject settings = p.body();
    settings.remove(QStringLiteral("access_control_list"));
    settings.remove(QStringLiteral("idempotency_token"));
    settings.insert(QStringLiteral("name"), runName);
    const qint64 runId = m_state.startRun(0, settings, runName, QStringLiteral("ONE_TIME"), {}, {}, token);
    return ok({{QStringLiteral("run_id"), runId}});
}

EmulatorResponse JobsApi::runsList(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const auto jobId = p.integer(QStringLiteral("job_id"));
    const bool activeOnly = p.boolean(QStringLiteral("active_only")).value_or(false);
    const bool completedOnly = p.boolean(QStringLiteral("completed_only")).value_or(false);
    const QString runType = p.string(QStringLiteral("run_type")).value_or(QString());
    const qint64 from = p.integer(QStringLiteral("start_time_from")).value_or(0);
    const qint64 to = p.integer(QStringLiteral("start_time_to")).value_or(0);
    qint64 limit = p.integer(QStringLiteral("limit")).value_or(20);
    const qint64 offsetParam = p.integer(QStringLiteral("offset")).value_or(0);
    const bool expand = p.boolean(QStringLiteral("expand_tasks")).value_or(false);
    if (p.failed())
        return p.error();
    if (activeOnly && completedOnly)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("active_only and completed_only cannot both be true."));
    if (limit < 0 || limit > 25)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Invalid limit %1: must be between 1 and 25.").arg(limit));
    if (limit == 0)
        limit = 25; // 0 = the server's maximum
    if (offsetParam < 0)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Invalid offset %1: must be non-negative.").arg(offsetParam));
    if (!runType.isEmpty() && runType != QLatin1String("JOB_RUN") && runType != QLatin1String("WORKFLOW_RUN")
        && runType != QLatin1String("SUBMIT_RUN"))
        return EmulatorResponse::invalidParameter(QStringLiteral("Invalid run_type '%1'.").arg(runType));
    if (jobId && !m_state.findJob(*jobId))
        return jobNotFound(*jobId);
    const QString filterKey = QStringLiteral("runs|%1|%2|%3|%4|%5|%6|%7")
                                  .arg(jobId.value_or(-1))
                                  .arg(activeOnly)
                                  .arg(completedOnly)
                                  .arg(runType)
                                  .arg(from)
                                  .arg(to)
                                  .arg(expand);
    qint64 offset = offsetParam;
    qint64 resumeAtRunId = 0; // next_page_token: the first run of that page, so no rescan from the top
    const QString token = request.queryValue(QStringLiteral("page_token"));
    if (!token.isEmpty()) {
        const auto decoded = pagetoken::decode(token, filterKey, &resumeAtRunId);
        if (!decoded)
            return EmulatorResponse::invalidParameter(QStringLiteral("Invalid page token."));
        offset = *decoded;
    }
    auto &runs = m_state.runs();
    auto matches = [&](RunRecord &r) {
        if (!m_state.isRunVisible(r))
            return false;
        if (!runType.isEmpty() && r.runType != runType)
            return false;
        if (from && r.startTime < from)
            return false;
        if (to && r.startTime > to)
            return false;
        if (activeOnly || completedOnly) {
            const bool active = m_state.isRunActive(r);
            if (activeOnly != active)
                return false;
        }
        return true;
    };
    // Most recently started first.
    std::vector<size_t> order;
    if (jobId) {
        const auto &indices = m_state.runIndicesOfJob(*jobId);
        order.assign(indices.rbegin(), indices.rend());
    } else {
        order.resize(runs.size());
        for (size_t i = 0; i < runs.size(); ++i)
            order[i] = runs.size() - 1 - i;
    }
    // m_runs is ascending by run_id, which follows start_time (seeded ids are assigned in start
    // order, live runs get larger ids), so reverse order is most recently started first.
    // A next_page_token resumes at its run (ids descend along `order`); counting matches from the
    // top instead made every page cost as much as all the pages before it.
    auto first = order.cbegin();
    qint64 seen = 0;
    if (resumeAtRunId > 0) {
        first = std::partition_point(
            order.cbegin(), order.cend(), [&](size_t i) { return runs[i].runId > resumeAtRunId; });
        seen = offset;
    }
    QJsonArray page;
    bool more = false;
    qint64 nextRunId = 0;
    for (auto it = first; it != order.cend(); ++it) {
        RunRecord &r = runs[*it];
        if (!matches(r))
            continue;
        if (seen >= offset + limit) {
            more = true;
            nextRunId = r.runId;
            break;
        }
        if (seen >= offset) {
            QJsonObject j = m_state.runJson(r, expand, false);
            if (expand) {
                const bool hasMore = v22 && sliceArrays(j, pagedRunArrays(), 0);
                j.insert(QStringLiteral("has_more"), hasMore);
            }
            page.append(j);
        }
        ++seen;
    }
    QJsonObject out;
    if (!page.isEmpty())
        out.insert(QStringLiteral("runs"), page);
    out.insert(QStringLiteral("has_more"), more);
    if (more)
        out.insert(
            QStringLiteral("next_page_token"), pagetoken::encode(offset + limit, filterKey, nextRunId));
    if (offset > 0)
        out.insert(QStringLiteral("prev_page_token"),
            pagetoken::encode(std::max<qint64>(0, offset - limit), filterKey));
    return ok(out);
}

EmulatorResponse JobsApi::runsGet(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(QStringLiteral("run_id"));
    const bool history = p.boolean(QStringLiteral("include_history")).value_or(false);
    if (p.failed())
        return p.error();
    QJsonObject out;
    if (RunRecord *run = m_state.findRun(runId)) {
        out = m_state.runJson(*run, true, history || !run->repairHistory.isEmpty());
    } else {
        RunRecord *parent = nullptr;
        int index = -1;
        if (!m_state.findTaskRun(runId, &parent, &index))
            return runNotFound(runId);
        // A task run id: the task run, shaped as a run.
        out = m_state.taskRunJson(*parent, parent->tasks[index]);
        out.insert(QStringLiteral("job_id"), parent->jobId);
        out.insert(QStringLiteral("run_name"), parent->tasks[index].taskKey);
        out.insert(QStringLiteral("run_type"), parent->runType);
        out.insert(QStringLiteral("trigger"), parent->trigger);
        out.insert(QStringLiteral("creator_user_name"), parent->creator);
        out.insert(QStringLiteral("number_in_job"), runId);
        out.insert(QStringLiteral("parent_run_id"), parent->runId);
    }
    if (v22) {
        const QString filterKey = QStringLiteral("run|%1").arg(runId);
        int page = 0;
        const QString token = request.queryValue(QStringLiteral("page_token"));
        if (!token.isEmpty()) {
            const auto decoded = pagetoken::decode(token, filterKey);
            if (!decoded)
                return EmulatorResponse::invalidParameter(QStringLiteral("Invalid page token."));
            page = int(*decoded);
        }
        if (sliceArrays(out, pagedRunArrays(), page))
            out.insert(QStringLiteral("next_page_token"), pagetoken::encode(page + 1, filterKey));
    }
    return ok(out);
}

EmulatorResponse JobsApi::runsGetOutput(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(QStringLiteral("run_id"));
    if (p.failed())
        return p.error();
    if (RunRecord *run = m_state.findRun(runId)) {
        m_state.ensureTasks(*run);
        if (run->tasks.size() != 1) {
            return EmulatorResponse::invalidParameter(QStringLiteral(
                "Retrieving the output of runs with multiple tasks is not supported. Please retrieve the "
                "output of each individual task run instead."));
        }
        QJsonObject out = m_state.runOutputJson(*run, run->tasks.first());
        out.insert(QStringLiteral("metadata"), m_state.runJson(*run, true, false));
        return ok(out);
    }
    RunRecord *parent = nullptr;
    int index = -1;
    if (!m_state.findTaskRun(runId, &parent, &index))
        return runNotFound(runId);
    return ok(m_state.runOutputJson(*parent, parent->tasks[index]));
}

EmulatorResponse JobsApi::runsCancel(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(QStringLiteral("run_id"));
    if (p.failed())
        return p.error();
    if (RunRecord *run = m_state.findRun(runId)) {
        m_state.cancelRun(*run);
        return ok();
    }
    RunRecord *parent = nullptr;
    int index = -1;
    if (!m_state.findTaskRun(runId, &parent, &index))
        return runNotFound(runId);
    m_state.cancelRun(*parent, index);
    return ok();
}

EmulatorResponse JobsApi::runsCancelAll(const EmulatorRequest &request)
{
    RequestParams p(request);
    const auto jobId = p.integer(QStringLiteral("job_id"));
    const bool allQueued = p.boolean(QStringLiteral("all_queued_runs")).value_or(false);
    if (p.failed())
        return p.error();
    if (!jobId && !allQueued)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Either job_id or all_queued_runs must be specified."));
    if (jobId && !m_state.findJob(*jobId))
        return jobNotFound(*jobId);
    const qint64 now = m_state.now();
    for (RunRecord &run : m_state.runs()) {
        if (!m_state.isRunVisible(run) || !m_state.isRunActive(run))
            continue;
        if (jobId && run.jobId != *jobId)
            continue;
        if (!jobId && allQueued && now >= run.pendingAt)
            continue; // only queued runs
        m_state.cancelRun(run);
    }
    return ok();
}

EmulatorResponse JobsApi::runsRepair(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(QStringLiteral("run_id"));
    const QStringList rerunTasks = p.strings(QStringLiteral("rerun_tasks"));
    const bool allFailed = p.boolean(QStringLiteral("rerun_all_failed_tasks")).value_or(false);
    const bool dependents = p.boolean(QStringLiteral("rerun_dependent_tasks")).value_or(false);
    const auto latest = p.integer(QStringLiteral("latest_repair_id"));
    if (p.failed())
        return p.error();
    RunRecord *run = m_state.findRun(runId);
    if (!run)
        return runNotFound(runId);
    if (m_state.isRunActive(*run))
        return EmulatorResponse::error(400, QStringLiteral("INVALID_STATE"),
            QStringLiteral("Run %1 is still active and cannot be repaired.").arg(runId));
    if (rerunTasks.isEmpty() && !allFailed)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Either rerun_tasks or rerun_all_failed_tasks must be set."));
    if (run->repairCount > 0 && latest.value_or(0) != run->lastRepairId)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("latest_repair_id must be %1, the id of the latest repair of run %2.")
                .arg(run->lastRepairId)
                .arg(runId));
    m_state.ensureTasks(*run);
    QStringList keys = rerunTasks;
    QSet<QString> existing;
    for (const TaskRunRecord &t : std::as_const(run->tasks)) {
        existing.insert(t.taskKey);
        if (allFailed && t.result != RunResult::Success && !keys.contains(t.taskKey))
            keys.append(t.taskKey);
    }
    for (const QString &k : std::as_const(rerunTasks)) {
        if (!existing.contains(k))
            return EmulatorResponse::invalidParameter(
                QStringLiteral("Task %1 does not exist in run %2.").arg(k).arg(runId));
    }
    if (dependents || allFailed) {
        bool grew = true;
        while (grew) {
            grew = false;
            for (const TaskRunRecord &t : std::as_const(run->tasks)) {
                if (keys.contains(t.taskKey))
                    continue;
                const QJsonArray deps = t.task.value(QLatin1String("depends_on")).toArray();
                for (const QJsonValue &d : deps) {
                    if (keys.contains(d.toObject().value(QLatin1String("task_key")).toString())) {
                        keys.append(t.taskKey);
                        grew = true;
                        break;
                    }
                }
            }
        }
    }
    if (keys.isEmpty())
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Run %1 has no failed tasks to repair.").arg(runId));
    const qint64 repairId = m_state.repairRun(*run, keys);
    return ok({{QStringLiteral("repair_id"), repairId}});
}

EmulatorResponse JobsApi::runsDelete(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(QStringLiteral("run_id"));
    if (p.failed())
        return p.error();
    RunRecord *run = m_state.findRun(runId);
    if (!run)
        return runNotFound(runId);
    if (m_state.isRunActive(*run))
        return EmulatorResponse::error(400, QStringLiteral("INVALID_STATE"),
            QStringLiteral("Cannot delete run %1 while it is active.").arg(runId));
    run->deleted = true;
    return ok();
}

EmulatorResponse JobsApi::runsExport(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(QStringLiteral("run_id"));
    if (p.failed())
        return p.error();
    RunRecord *parent = nullptr;
    int index = -1;
    if (!m_state.findTaskRun(runId, &parent, &index)) {
        if (RunRecord *run = m_state.findRun(runId)) {
            m_state.ensureTasks(*run);
            if (run->tasks.size() == 1) {
                parent = run;
                index = 0;
            }
        }
    }
    if (!parent)
        return runNotFound(runId);
    const TaskRunRecord &task = parent->tasks[index];
    const QString path = task.task.value(QLatin1String("notebook_task"))
                             .toObject()
                             .value(QLatin1String("notebook_path"))
                             .toString();
    const QString name = path.isEmpty() ? task.taskKey : path.section(QLatin1Char('/'), -1);
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body><h1>%1</h1><p>Exported run %2 of the Brickdesk workspace emulator.</p></body></html>")
                             .arg(name.toHtmlEscaped())
                             .arg(task.runId);
    return ok({{QStringLiteral("views"),
        QJsonArray {QJsonObject {{QStringLiteral("content"), html}, {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("NOTEBOOK")}}}}});
}

} // namespace brickdesk::emulator
