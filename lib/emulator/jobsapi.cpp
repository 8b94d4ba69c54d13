#include "jobsapi.h"

#include "emulatorlogging.h"
#include "jobsettingsvalidation.h"
#include "pagetoken.h"
#include "requestparams.h"
#include "runphase.h"
#include "workspacestate.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr int kArrayPage = 100; // Jobs API 2.2 array paging in get and runs/get

EmulatorResponse ok(const QJsonObject &object = {})
{
    return EmulatorResponse::json(object);
}

EmulatorResponse jobNotFound(qint64 jobId)
{
    return EmulatorResponse::invalidParameter(u"Job %1 does not exist."_s.arg(jobId));
}

EmulatorResponse runNotFound(qint64 runId)
{
    return EmulatorResponse::invalidParameter(u"Run %1 does not exist."_s.arg(runId));
}

// Slices the 2.2-paged arrays of `object` (paths like "settings/tasks") to page `page`;
// returns whether any array has more elements.
bool sliceArrays(QJsonObject &object, const QStringList &paths, int page)
{
    bool more = false;
    for (const QString &path : paths) {
        const QStringList parts = path.split(u'/');
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

// jobs/get and runs/get in 2.2: the page of the large arrays that the request's page_token
// names (the first without one), and a next_page_token while any array has more. False when the
// token is not one of this object's.
bool pageArrays(
    QJsonObject &object, const QStringList &paths, const QString &filterKey, const EmulatorRequest &request)
{
    int page = 0;
    const QString token = request.queryValue(u"page_token"_s);
    if (!token.isEmpty()) {
        const auto decoded = pagetoken::decode(token, filterKey);
        if (!decoded)
            return false;
        page = int(*decoded);
    }
    if (sliceArrays(object, paths, page))
        object.insert(u"next_page_token"_s, pagetoken::encode(page + 1, filterKey));
    return true;
}

QStringList pagedJobArrays()
{
    return {u"settings/tasks"_s, u"settings/job_clusters"_s, u"settings/parameters"_s,
        u"settings/environments"_s};
}

QStringList pagedRunArrays()
{
    return {u"tasks"_s, u"job_clusters"_s, u"job_parameters"_s, u"repair_history"_s, u"iterations"_s};
}

} // namespace

JobsApi::JobsApi(WorkspaceState &state)
    : m_state(state)
{ }

EmulatorResponse JobsApi::handle(
    const EmulatorRequest &request, const QString &version, const QString &endpoint)
{
    const bool v22 = version == u"2.2"_s;
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";
    struct Route
    {
        const char *name;
        bool get;
    };
    if (isGet) {
        if (endpoint == u"list"_s)
            return list(request, v22);
        if (endpoint == u"get"_s)
            return get(request, v22);
        if (endpoint == u"runs/list"_s)
            return runsList(request, v22);
        if (endpoint == u"runs/get"_s)
            return runsGet(request, v22);
        if (endpoint == u"runs/get-output"_s)
            return runsGetOutput(request);
        if (endpoint == u"runs/export"_s)
            return runsExport(request);
    } else if (isPost) {
        if (endpoint == u"create"_s)
            return create(request, v22);
        if (endpoint == u"reset"_s)
            return reset(request);
        if (endpoint == u"update"_s)
            return update(request);
        if (endpoint == u"delete"_s)
            return remove(request);
        if (endpoint == u"run-now"_s)
            return runNow(request);
        if (endpoint == u"runs/submit"_s)
            return submit(request);
        if (endpoint == u"runs/cancel"_s)
            return runsCancel(request);
        if (endpoint == u"runs/cancel-all"_s)
            return runsCancelAll(request);
        if (endpoint == u"runs/repair"_s)
            return runsRepair(request);
        if (endpoint == u"runs/delete"_s)
            return runsDelete(request);
    }
    return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
        u"No API found for '%1 /jobs/%2'"_s.arg(QString::fromLatin1(request.method), endpoint));
}

EmulatorResponse JobsApi::list(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const qint64 limit = p.integer(u"limit"_s).value_or(20);
    const qint64 offsetParam = p.integer(u"offset"_s).value_or(0);
    const bool expand = p.boolean(u"expand_tasks"_s).value_or(false);
    const QString name = p.string(u"name"_s).value_or(QString());
    if (p.failed())
        return p.error();
    if (limit < 1 || limit > 100)
        return EmulatorResponse::invalidParameter(
            u"Invalid limit %1: must be between 1 and 100."_s.arg(limit));
    if (offsetParam < 0)
        return EmulatorResponse::invalidParameter(
            u"Invalid offset %1: must be non-negative."_s.arg(offsetParam));
    const QString filterKey = u"jobs|%1|%2"_s.arg(name.toLower()).arg(expand);
    qint64 offset = offsetParam;
    if (request.hasQueryItem(u"page_token"_s) && !request.queryValue(u"page_token"_s).isEmpty()) {
        const auto decoded = pagetoken::decode(request.queryValue(u"page_token"_s), filterKey);
        if (!decoded)
            return EmulatorResponse::invalidParameter(u"Invalid page token."_s);
        offset = *decoded;
    }
    std::vector<const JobRecord *> matches;
    for (const auto &[id, job] : m_state.jobs()) {
        if (name.isEmpty()
            || job.settings.value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0)
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
            j.insert(u"has_more"_s, more);
        }
        jobs.append(j);
    }
    QJsonObject out;
    if (!jobs.isEmpty())
        out.insert(u"jobs"_s, jobs);
    const bool more = end < qint64(matches.size());
    out.insert(u"has_more"_s, more);
    if (more)
        out.insert(u"next_page_token"_s, pagetoken::encode(end, filterKey));
    if (offset > 0)
        out.insert(u"prev_page_token"_s, pagetoken::encode(std::max<qint64>(0, offset - limit), filterKey));
    return ok(out);
}

EmulatorResponse JobsApi::get(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(u"job_id"_s);
    if (p.failed())
        return p.error();
    const JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    QJsonObject out = m_state.jobJson(*job, true);
    if (v22 && !pageArrays(out, pagedJobArrays(), u"job|%1"_s.arg(jobId), request))
        return EmulatorResponse::invalidParameter(u"Invalid page token."_s);
    return ok(out);
}

EmulatorResponse JobsApi::create(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    if (p.failed())
        return p.error();
    QJsonObject settings = p.body();
    // Permissions are not settings: they become the job's direct ACL (permissions/jobs).
    const QJsonArray acl = settings.take(u"access_control_list"_s).toArray();
    bool malformed = false;
    const QString error = jobvalidation::validateSettings(settings, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    if (!settings.contains(u"name"_s))
        settings.insert(u"name"_s, u"Untitled"_s);
    const qint64 id = m_state.createJob(settings, v22);
    if (!acl.isEmpty()) {
        JobRecord *job = m_state.findJob(id);
        QJsonArray direct {
            QJsonObject {{u"user_name"_s, job->creator}, {u"permission_level"_s, u"IS_OWNER"_s}}};
        for (const QJsonValue &entry : acl) {
            if (entry.toObject().value(u"permission_level"_s) != u"IS_OWNER"_s)
                direct.append(entry);
        }
        job->acl = direct;
        m_state.markJobChanged(id);
    }
    qCDebug(lcEmulator) << "created job" << id;
    return ok({{u"job_id"_s, id}});
}

EmulatorResponse JobsApi::reset(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(u"job_id"_s);
    const auto newSettings = p.object(u"new_settings"_s);
    if (p.failed())
        return p.error();
    if (!newSettings)
        return EmulatorResponse::invalidParameter(u"Missing required field: new_settings"_s);
    JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    bool malformed = false;
    const QString error = jobvalidation::validateSettings(*newSettings, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    job->settings = *newSettings;
    m_state.markJobChanged(jobId);
    return ok();
}

EmulatorResponse JobsApi::update(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(u"job_id"_s);
    const QJsonObject newSettings = p.object(u"new_settings"_s).value_or(QJsonObject {});
    const QStringList remove = p.strings(u"fields_to_remove"_s);
    if (p.failed())
        return p.error();
    JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    bool malformed = false;
    // Type-check what was sent before merging it.
    QString error = jobvalidation::validateSettings(QJsonObject {}, &malformed);
    for (const QString &key : newSettings.keys()) {
        QJsonObject one {{key, newSettings.value(key)}};
        if (key == u"tasks"_s || key == u"job_clusters"_s) {
            const QString e = jobvalidation::checkType(
                one, key == u"tasks"_s ? "tasks" : "job_clusters", QJsonValue::Array);
            if (!e.isEmpty())
                return EmulatorResponse::malformed(e);
        }
    }
    QJsonObject merged = job->settings;
    for (auto it = newSettings.constBegin(); it != newSettings.constEnd(); ++it) {
        const QString key = it.key();
        if (key == u"tasks"_s || key == u"job_clusters"_s) {
            // Merged by key (guide §1.2).
            const QString keyField = key == u"tasks"_s ? u"task_key"_s : u"job_cluster_key"_s;
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
        if (field.startsWith(u"tasks/"_s) || field.startsWith(u"job_clusters/"_s)) {
            const QString array = field.section(u'/', 0, 0);
            const QString k = field.section(u'/', 1);
            const QString keyField = array == u"tasks"_s ? u"task_key"_s : u"job_cluster_key"_s;
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
                return EmulatorResponse::invalidParameter(u"Cannot remove %1: not found."_s.arg(field));
            merged.insert(array, current);
        } else {
            merged.remove(field);
        }
    }
    error = jobvalidation::validateSettings(merged, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    job->settings = merged;
    m_state.markJobChanged(jobId);
    return ok();
}

EmulatorResponse JobsApi::remove(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 jobId = p.requiredInteger(u"job_id"_s);
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
    const qint64 jobId = p.requiredInteger(u"job_id"_s);
    const QString token = p.string(u"idempotency_token"_s).value_or(QString());
    const QJsonObject jobParams = p.object(u"job_parameters"_s).value_or(QJsonObject {});
    const QStringList only = p.strings(u"only"_s);
    const QString performanceTarget = p.string(u"performance_target"_s).value_or(QString());
    if (p.failed())
        return p.error();
    if (token.size() > 64)
        return EmulatorResponse::invalidParameter(u"idempotency_token must be at most 64 characters."_s);
    JobRecord *job = m_state.findJob(jobId);
    if (!job)
        return jobNotFound(jobId);
    if (!token.isEmpty()) {
        if (const qint64 existing = m_state.runForIdempotencyToken(token);
            existing && m_state.findRun(existing))
            return ok({{u"run_id"_s, existing}, {u"number_in_job"_s, existing}});
    }
    const QJsonObject body = p.body();
    if (body.contains(u"notebook_params"_s) && body.contains(u"jar_params"_s))
        return EmulatorResponse::invalidParameter(
            u"notebook_params and jar_params cannot be specified together."_s);
    QJsonObject overriding;
    for (const char *key : {"job_parameters", "notebook_params", "python_params", "python_named_params",
             "jar_params", "spark_submit_params", "sql_params", "dbt_commands", "pipeline_params"}) {
        if (body.contains(QLatin1String(key)))
            overriding.insert(QLatin1String(key), body.value(QLatin1String(key)));
    }
    for (auto it = jobParams.constBegin(); it != jobParams.constEnd(); ++it) {
        if (!it.value().isString())
            return EmulatorResponse::malformed(
                u"Could not parse request object: job_parameters values must be strings"_s);
    }
    QJsonArray parameters;
    const QJsonArray defs = job->settings.value(u"parameters"_s).toArray();
    QSet<QString> known;
    for (const QJsonValue &d : defs) {
        QJsonObject o = d.toObject();
        const QString name = o.value(u"name"_s).toString();
        known.insert(name);
        o.insert(u"value"_s, jobParams.contains(name) ? jobParams.value(name) : o.value(u"default"_s));
        parameters.append(o);
    }
    for (auto it = jobParams.constBegin(); it != jobParams.constEnd(); ++it) {
        if (!known.contains(it.key()))
            parameters.append(QJsonObject {{u"name"_s, it.key()}, {u"value"_s, it.value()}});
    }
    QJsonObject settings = job->settings;
    if (!only.isEmpty()) {
        QJsonArray tasks;
        const QJsonArray all = settings.value(u"tasks"_s).toArray();
        QSet<QString> wanted;
        for (QString k : only) {
            k.remove(u'+');
            wanted.insert(k);
        }
        for (const QJsonValue &t : all) {
            if (wanted.contains(t.toObject().value(u"task_key"_s).toString())) {
                QJsonObject task = t.toObject();
                task.remove(u"depends_on"_s);
                tasks.append(task);
            }
        }
        if (tasks.isEmpty())
            return EmulatorResponse::invalidParameter(
                u"None of the tasks in 'only' exist in job %1."_s.arg(jobId));
        settings.insert(u"tasks"_s, tasks);
    }
    if (settings.value(u"tasks"_s).toArray().isEmpty())
        return EmulatorResponse::invalidParameter(u"Job %1 has no tasks to run."_s.arg(jobId));
    const qint64 runId = m_state.startRun(jobId, settings, settings.value(u"name"_s).toString(),
        u"ONE_TIME"_s, overriding, parameters, token, performanceTarget);
    return ok({{u"run_id"_s, runId}, {u"number_in_job"_s, runId}});
}

EmulatorResponse JobsApi::submit(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString token = p.string(u"idempotency_token"_s).value_or(QString());
    const auto tasks = p.array(u"tasks"_s);
    const QString runName = p.string(u"run_name"_s).value_or(u"Untitled"_s);
    if (p.failed())
        return p.error();
    if (token.size() > 64)
        return EmulatorResponse::invalidParameter(u"idempotency_token must be at most 64 characters."_s);
    if (!token.isEmpty()) {
        if (const qint64 existing = m_state.runForIdempotencyToken(token);
            existing && m_state.findRun(existing))
            return ok({{u"run_id"_s, existing}});
    }
    if (!tasks || tasks->isEmpty())
        return EmulatorResponse::invalidParameter(u"Missing required field: tasks"_s);
    bool malformed = false;
    const QString error = jobvalidation::validateTasks(*tasks, p.body(), true, &malformed);
    if (!error.isEmpty())
        return malformed ? EmulatorResponse::malformed(error) : EmulatorResponse::invalidParameter(error);
    QJsonObject settings = p.body();
    settings.remove(u"access_control_list"_s);
    settings.remove(u"idempotency_token"_s);
    settings.insert(u"name"_s, runName);
    const qint64 runId = m_state.startRun(0, settings, runName, u"ONE_TIME"_s, {}, {}, token);
    return ok({{u"run_id"_s, runId}});
}

EmulatorResponse JobsApi::runsList(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const auto jobId = p.integer(u"job_id"_s);
    const bool activeOnly = p.boolean(u"active_only"_s).value_or(false);
    const bool completedOnly = p.boolean(u"completed_only"_s).value_or(false);
    const QString runType = p.string(u"run_type"_s).value_or(QString());
    const qint64 from = p.integer(u"start_time_from"_s).value_or(0);
    const qint64 to = p.integer(u"start_time_to"_s).value_or(0);
    qint64 limit = p.integer(u"limit"_s).value_or(20);
    const qint64 offsetParam = p.integer(u"offset"_s).value_or(0);
    const bool expand = p.boolean(u"expand_tasks"_s).value_or(false);
    if (p.failed())
        return p.error();
    if (activeOnly && completedOnly)
        return EmulatorResponse::invalidParameter(u"active_only and completed_only cannot both be true."_s);
    if (limit < 0 || limit > 25)
        return EmulatorResponse::invalidParameter(
            u"Invalid limit %1: must be between 1 and 25."_s.arg(limit));
    if (limit == 0)
        limit = 25; // 0 = the server's maximum
    if (offsetParam < 0)
        return EmulatorResponse::invalidParameter(
            u"Invalid offset %1: must be non-negative."_s.arg(offsetParam));
    if (!runType.isEmpty() && runType != u"JOB_RUN"_s && runType != u"WORKFLOW_RUN"_s
        && runType != u"SUBMIT_RUN"_s)
        return EmulatorResponse::invalidParameter(u"Invalid run_type '%1'."_s.arg(runType));
    if (jobId && !m_state.findJob(*jobId))
        return jobNotFound(*jobId);
    const QString filterKey = u"runs|%1|%2|%3|%4|%5|%6|%7"_s.arg(jobId.value_or(-1))
                                  .arg(activeOnly)
                                  .arg(completedOnly)
                                  .arg(runType)
                                  .arg(from)
                                  .arg(to)
                                  .arg(expand);
    qint64 offset = offsetParam;
    qint64 resumeAtRunId = 0; // next_page_token: the first run of that page, so no rescan from the top
    const QString token = request.queryValue(u"page_token"_s);
    if (!token.isEmpty()) {
        const auto decoded = pagetoken::decode(token, filterKey, &resumeAtRunId);
        if (!decoded)
            return EmulatorResponse::invalidParameter(u"Invalid page token."_s);
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
                j.insert(u"has_more"_s, hasMore);
            }
            page.append(j);
        }
        ++seen;
    }
    QJsonObject out;
    if (!page.isEmpty())
        out.insert(u"runs"_s, page);
    out.insert(u"has_more"_s, more);
    if (more)
        out.insert(u"next_page_token"_s, pagetoken::encode(offset + limit, filterKey, nextRunId));
    if (offset > 0)
        out.insert(u"prev_page_token"_s, pagetoken::encode(std::max<qint64>(0, offset - limit), filterKey));
    return ok(out);
}

EmulatorResponse JobsApi::runsGet(const EmulatorRequest &request, bool v22)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(u"run_id"_s);
    const bool history = p.boolean(u"include_history"_s).value_or(false);
    if (p.failed())
        return p.error();
    QJsonObject out;
    if (RunRecord *run = m_state.findRun(runId)) {
        out = m_state.runJson(*run, true, history || !run->repairHistory.isEmpty());
    } else {
        RunRecord *parent = nullptr;
        const TaskRunRecord *task = m_state.findTaskRunRecord(runId, &parent);
        if (!task)
            return runNotFound(runId);
        // A task run id (or a for-each iteration's): the task run, shaped as a run.
        out = m_state.taskRunAsRunJson(*parent, *task);
    }
    if (v22 && !pageArrays(out, pagedRunArrays(), u"run|%1"_s.arg(runId), request))
        return EmulatorResponse::invalidParameter(u"Invalid page token."_s);
    return ok(out);
}

EmulatorResponse JobsApi::runsGetOutput(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(u"run_id"_s);
    if (p.failed())
        return p.error();
    if (RunRecord *run = m_state.findRun(runId)) {
        m_state.ensureTasks(*run);
        if (run->tasks.size() != 1) {
            return EmulatorResponse::invalidParameter(
                u"Retrieving the output of runs with multiple tasks is not supported. Please retrieve the "
                "output of each individual task run instead."_s);
        }
        QJsonObject out = m_state.runOutputJson(*run, run->tasks.first());
        out.insert(u"metadata"_s, m_state.runJson(*run, true, false));
        return ok(out);
    }
    RunRecord *parent = nullptr;
    const TaskRunRecord *task = m_state.findTaskRunRecord(runId, &parent);
    if (!task)
        return runNotFound(runId);
    return ok(m_state.runOutputJson(*parent, *task));
}

EmulatorResponse JobsApi::runsCancel(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(u"run_id"_s);
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
    const auto jobId = p.integer(u"job_id"_s);
    const bool allQueued = p.boolean(u"all_queued_runs"_s).value_or(false);
    if (p.failed())
        return p.error();
    if (!jobId && !allQueued)
        return EmulatorResponse::invalidParameter(u"Either job_id or all_queued_runs must be specified."_s);
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
    const qint64 runId = p.requiredInteger(u"run_id"_s);
    const QStringList rerunTasks = p.strings(u"rerun_tasks"_s);
    const bool allFailed = p.boolean(u"rerun_all_failed_tasks"_s).value_or(false);
    const bool dependents = p.boolean(u"rerun_dependent_tasks"_s).value_or(false);
    const auto latest = p.integer(u"latest_repair_id"_s);
    const QString performanceTarget = p.string(u"performance_target"_s).value_or(QString());
    if (p.failed())
        return p.error();
    RunRecord *run = m_state.findRun(runId);
    if (!run)
        return runNotFound(runId);
    if (m_state.isRunActive(*run))
        return EmulatorResponse::error(
            400, u"INVALID_STATE"_s, u"Run %1 is still active and cannot be repaired."_s.arg(runId));
    if (rerunTasks.isEmpty() && !allFailed)
        return EmulatorResponse::invalidParameter(
            u"Either rerun_tasks or rerun_all_failed_tasks must be set."_s);
    if (run->repairCount > 0 && latest.value_or(0) != run->lastRepairId)
        return EmulatorResponse::invalidParameter(
            u"latest_repair_id must be %1, the id of the latest repair of run %2."_s.arg(run->lastRepairId)
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
                u"Task %1 does not exist in run %2."_s.arg(k).arg(runId));
    }
    if (dependents || allFailed) {
        bool grew = true;
        while (grew) {
            grew = false;
            for (const TaskRunRecord &t : std::as_const(run->tasks)) {
                if (keys.contains(t.taskKey))
                    continue;
                const QJsonArray deps = t.task.value(u"depends_on"_s).toArray();
                for (const QJsonValue &d : deps) {
                    if (keys.contains(d.toObject().value(u"task_key"_s).toString())) {
                        keys.append(t.taskKey);
                        grew = true;
                        break;
                    }
                }
            }
        }
    }
    if (keys.isEmpty())
        return EmulatorResponse::invalidParameter(u"Run %1 has no failed tasks to repair."_s.arg(runId));
    const qint64 repairId = m_state.repairRun(*run, keys, performanceTarget);
    return ok({{u"repair_id"_s, repairId}});
}

EmulatorResponse JobsApi::runsDelete(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(u"run_id"_s);
    if (p.failed())
        return p.error();
    RunRecord *run = m_state.findRun(runId);
    if (!run)
        return runNotFound(runId);
    if (m_state.isRunActive(*run))
        return EmulatorResponse::error(
            400, u"INVALID_STATE"_s, u"Cannot delete run %1 while it is active."_s.arg(runId));
    run->deleted = true;
    return ok();
}

EmulatorResponse JobsApi::runsExport(const EmulatorRequest &request)
{
    RequestParams p(request);
    const qint64 runId = p.requiredInteger(u"run_id"_s);
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
    const QString path = task.task.value(u"notebook_task"_s).toObject().value(u"notebook_path"_s).toString();
    const QString name = path.isEmpty() ? task.taskKey : path.section(u'/', -1);
    const QString html
        = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
          "<body><h1>%1</h1><p>Exported run %2 of the Brickdesk workspace emulator.</p></body></html>"_s
              .arg(name.toHtmlEscaped())
              .arg(task.runId);
    return ok({{u"views"_s,
        QJsonArray {QJsonObject {{u"content"_s, html}, {u"name"_s, name}, {u"type"_s, u"NOTEBOOK"_s}}}}});
}

} // namespace brickdesk::emulator
