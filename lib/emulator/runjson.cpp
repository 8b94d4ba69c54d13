#include "runjson.h"

#include "runphase.h"

#include <QJsonArray>
#include <QStringBuilder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

QString taskKind(const QJsonObject &task)
{
    static const char *const kinds[]
        = {"notebook_task", "spark_python_task", "python_wheel_task", "spark_jar_task", "sql_task",
            "spark_submit_task", "pipeline_task", "run_job_task", "dbt_task", "condition_task",
            "for_each_task", "dashboard_task", "alert_task", "power_bi_task", "dbt_platform_task"};
    for (const char *k : kinds) {
        if (task.contains(QLatin1String(k)))
            return QLatin1String(k);
    }
    return {};
}

} // namespace

RunJson::RunJson(const EmulatorOptions &options, const WorkspaceClock &clock, const QString &host)
    : m_options(options)
    , m_clock(clock)
    , m_host(host)
{ }

QJsonObject RunJson::taskRun(const RunRecord &run, const TaskRunRecord &task) const
{
    const qint64 t = m_clock.now();
    const RunPhase phase = RunPhase::at(t, task.queuedAt, task.queuedAt, task.runningAt, task.terminatingAt,
        task.endAt, task.cancelledAt, task.result, task.skipped, m_clock.scaled(1500));
    QJsonObject o = task.task;
    o.insert(u"run_id"_s, task.runId);
    o.insert(u"attempt_number"_s, task.attempt);
    o.insert(u"state"_s, phase.stateJson());
    o.insert(u"status"_s, phase.statusJson());
    const bool started = !task.skipped && t >= task.queuedAt;
    o.insert(u"start_time"_s, started ? task.queuedAt : 0);
    o.insert(u"end_time"_s, phase.endTime);
    const qint64 setup = started && t >= task.runningAt ? task.runningAt - task.queuedAt : 0;
    const qint64 execution = phase.isTerminal() && !task.skipped
        ? std::max<qint64>(0, std::min(phase.endTime, task.terminatingAt) - task.runningAt)
        : 0;
    o.insert(u"setup_duration"_s, setup);
    o.insert(u"execution_duration"_s, execution);
    o.insert(u"cleanup_duration"_s,
        phase.isTerminal() && !task.skipped ? std::max<qint64>(0, phase.endTime - task.terminatingAt) : 0);
    o.insert(u"run_duration"_s,
        started ? (phase.isTerminal() ? phase.endTime - task.queuedAt : t - task.queuedAt) : 0);
    o.insert(u"queue_duration"_s, 0);
    o.insert(u"run_page_url"_s,
        QString(m_host % u"/?o="_s % QString::number(m_options.workspaceId) % u"#job/"_s
            % QString::number(run.jobId) % u"/run/"_s % QString::number(task.runId)));
    if (!task.clusterId.isEmpty() && started && t >= task.runningAt) {
        o.insert(u"cluster_instance"_s,
            QJsonObject {{u"cluster_id"_s, task.clusterId},
                {u"spark_context_id"_s, QString::number(quint64(run.noise % 9'000'000'000'000'000'000ULL))}});
    }
    if (!task.conditionOutcome.isEmpty() && phase.isTerminal() && !task.skipped) {
        QJsonObject condition = o.value(u"condition_task"_s).toObject();
        condition.insert(u"outcome"_s, task.conditionOutcome);
        o.insert(u"condition_task"_s, condition);
    }
    if (o.contains(u"for_each_task"_s)) {
        // RunForEachTask.stats: how far the iterations are, at this moment.
        int active = 0, succeeded = 0, failed = 0, scheduled = 0;
        for (const TaskRunRecord &it : task.iterations) {
            const RunPhase p = RunPhase::at(t, it.queuedAt, it.queuedAt, it.runningAt, it.terminatingAt,
                it.endAt, it.cancelledAt, it.result, it.skipped, m_clock.scaled(1500));
            if (p.isTerminal())
                (p.result == RunResult::Success ? succeeded : failed) += 1;
            else if (t >= it.queuedAt)
                ++active;
            else
                ++scheduled;
        }
        const int total = int(task.iterations.size());
        QJsonObject forEach = o.value(u"for_each_task"_s).toObject();
        forEach.insert(u"stats"_s,
            QJsonObject {{u"task_run_stats"_s,
                QJsonObject {{u"total_iterations"_s, total}, {u"scheduled_iterations"_s, scheduled},
                    {u"active_iterations"_s, active}, {u"completed_iterations"_s, succeeded + failed},
                    {u"succeeded_iterations"_s, succeeded}, {u"failed_iterations"_s, failed}}}});
        o.insert(u"for_each_task"_s, forEach);
    }
    const QString target = effectivePerformanceTarget(run);
    if (!target.isEmpty()
        && (o.contains(u"environment_key"_s) || run.jobSettings.contains(u"performance_target"_s)))
        o.insert(u"effective_performance_target"_s, target);
    return o;
}

QString RunJson::effectivePerformanceTarget(const RunRecord &run) const
{
    if (!run.performanceTarget.isEmpty())
        return run.performanceTarget;
    if (run.jobSettings.contains(u"performance_target"_s))
        return run.jobSettings.value(u"performance_target"_s).toString();
    return run.jobSettings.contains(u"environments"_s) ? u"STANDARD"_s : QString();
}

QJsonObject RunJson::taskRunAsRun(const RunRecord &run, const TaskRunRecord &task) const
{
    QJsonObject out = taskRun(run, task);
    out.insert(u"job_id"_s, run.jobId);
    out.insert(u"run_name"_s, task.taskKey);
    out.insert(u"run_type"_s, run.runType);
    out.insert(u"trigger"_s, run.trigger);
    out.insert(u"creator_user_name"_s, run.creator);
    out.insert(u"number_in_job"_s, task.runId);
    out.insert(u"parent_run_id"_s, run.runId);
    if (!task.iterations.empty()) {
        // A for-each task's run lists its iterations (runs/get pages them by 100 in 2.2).
        QJsonArray iterations;
        for (const TaskRunRecord &it : task.iterations)
            iterations.append(taskRun(run, it));
        out.insert(u"iterations"_s, iterations);
    }
    return out;
}

QJsonObject RunJson::run(const RunRecord &run, bool withTasks, bool withHistory) const
{
    const qint64 t = m_clock.now();
    const RunPhase phase = RunPhase::at(t, run.startTime, run.pendingAt, run.runningAt, run.terminatingAt,
        run.endAt, run.cancelledAt, run.result, false, m_clock.scaled(1500));
    QJsonObject o;
    o.insert(u"job_id"_s, run.jobId);
    o.insert(u"run_id"_s, run.runId);
    o.insert(u"number_in_job"_s, run.runId);
    o.insert(u"original_attempt_run_id"_s, run.runId);
    o.insert(u"attempt_number"_s, 0);
    o.insert(u"creator_user_name"_s, run.creator);
    o.insert(u"run_name"_s, run.runName);
    o.insert(u"run_type"_s, run.runType);
    o.insert(u"trigger"_s, run.trigger);
    o.insert(u"format"_s, u"MULTI_TASK"_s);
    o.insert(u"state"_s, phase.stateJson());
    o.insert(u"status"_s, phase.statusJson());
    o.insert(u"start_time"_s, run.startTime);
    o.insert(u"end_time"_s, phase.endTime);
    const bool single = run.tasks.size() == 1;
    if (single && !run.tasks.first().skipped) {
        const TaskRunRecord &task = run.tasks.first();
        const bool terminal = phase.isTerminal();
        o.insert(u"setup_duration"_s, t >= task.runningAt ? task.runningAt - run.pendingAt : 0);
        o.insert(u"execution_duration"_s,
            terminal ? std::max<qint64>(0, std::min(phase.endTime, task.terminatingAt) - task.runningAt) : 0);
        o.insert(
            u"cleanup_duration"_s, terminal ? std::max<qint64>(0, phase.endTime - task.terminatingAt) : 0);
    } else {
        // Multi-task runs report run_duration only (guide §1.4).
        o.insert(u"setup_duration"_s, 0);
        o.insert(u"execution_duration"_s, 0);
        o.insert(u"cleanup_duration"_s, 0);
    }
    o.insert(u"run_duration"_s, phase.isTerminal() ? phase.endTime - run.startTime : t - run.startTime);
    o.insert(u"queue_duration"_s, std::max<qint64>(0, std::min(t, run.pendingAt) - run.startTime));
    o.insert(u"run_page_url"_s,
        QString(m_host % u"/?o="_s % QString::number(m_options.workspaceId) % u"#job/"_s
            % QString::number(run.jobId) % u"/run/"_s % QString::number(run.runId)));
    if (run.trigger == u"PERIODIC"_s && run.jobSettings.contains(u"schedule"_s))
        o.insert(u"schedule"_s, run.jobSettings.value(u"schedule"_s));
    if (run.jobSettings.contains(u"description"_s))
        o.insert(u"description"_s, run.jobSettings.value(u"description"_s));
    if (run.jobSettings.contains(u"git_source"_s))
        o.insert(u"git_source"_s, run.jobSettings.value(u"git_source"_s));
    if (const QString target = effectivePerformanceTarget(run); !target.isEmpty())
        o.insert(u"effective_performance_target"_s, target);
    if (run.jobSettings.contains(u"usage_policy_id"_s))
        o.insert(u"effective_usage_policy_id"_s, run.jobSettings.value(u"usage_policy_id"_s));
    if (run.triggerRunId != 0)
        o.insert(u"trigger_info"_s, QJsonObject {{u"run_id"_s, run.triggerRunId}});
    if (run.jobSettings.contains(u"deployment"_s)) {
        const QJsonObject deployment = run.jobSettings.value(u"deployment"_s).toObject();
        if (deployment.contains(u"deployment_id"_s))
            o.insert(u"deployment_id"_s, deployment.value(u"deployment_id"_s));
    }
    if (!run.clusterId.isEmpty() && t >= run.runningAt) {
        o.insert(u"cluster_instance"_s,
            QJsonObject {{u"cluster_id"_s, run.clusterId},
                {u"spark_context_id"_s, QString::number(quint64(run.noise % 9'000'000'000'000'000'000ULL))}});
    }
    if (single) {
        const QJsonObject task = run.tasks.first().task;
        QJsonObject spec;
        for (const char *key : {"existing_cluster_id", "new_cluster", "job_cluster_key", "libraries"}) {
            if (task.contains(QLatin1String(key)))
                spec.insert(QLatin1String(key), task.value(QLatin1String(key)));
        }
        if (!spec.isEmpty())
            o.insert(u"cluster_spec"_s, spec);
    }
    if (run.jobSettings.contains(u"job_clusters"_s))
        o.insert(u"job_clusters"_s, run.jobSettings.value(u"job_clusters"_s));
    if (!run.jobParameters.isEmpty())
        o.insert(u"job_parameters"_s, run.jobParameters);
    if (!run.overridingParameters.isEmpty())
        o.insert(u"overriding_parameters"_s, run.overridingParameters);
    if (withTasks) {
        QJsonArray tasks;
        for (const TaskRunRecord &task : std::as_const(run.tasks))
            tasks.append(taskRun(run, task));
        o.insert(u"tasks"_s, tasks);
    }
    if (withHistory && !run.repairHistory.isEmpty()) {
        QJsonArray history = run.repairHistory;
        // Fill the live state of the latest repair.
        QJsonObject last = history.last().toObject();
        if (last.value(u"type"_s).toString() == u"REPAIR"_s) {
            last.insert(u"state"_s, phase.stateJson());
            last.insert(u"status"_s, phase.statusJson());
            last.insert(u"end_time"_s, phase.endTime);
            history.replace(history.size() - 1, last);
        }
        o.insert(u"repair_history"_s, history);
    }
    return o;
}

QJsonObject RunJson::output(const RunRecord &run, const TaskRunRecord &task) const
{
    QJsonObject metadata = taskRun(run, task);
    metadata.insert(u"job_id"_s, run.jobId);
    metadata.insert(u"run_name"_s, task.taskKey);
    metadata.insert(u"run_type"_s, u"JOB_RUN"_s);
    metadata.insert(u"trigger"_s, run.trigger);
    metadata.insert(u"creator_user_name"_s, run.creator);
    metadata.insert(u"number_in_job"_s, task.runId);
    metadata.insert(u"task_key"_s, task.taskKey);
    QJsonObject out {{u"metadata"_s, metadata}};
    const RunPhase phase = RunPhase::at(m_clock.now(), task.queuedAt, task.queuedAt, task.runningAt,
        task.terminatingAt, task.endAt, task.cancelledAt, task.result, task.skipped, m_clock.scaled(1500));
    if (!phase.isTerminal() || task.skipped)
        return out;
    const QString kind = taskKind(task.task);
    const bool ok = phase.result == RunResult::Success;
    if (kind == u"notebook_task"_s) {
        if (ok) {
            out.insert(u"notebook_output"_s,
                QJsonObject {
                    {u"result"_s, u"{\"rows_written\": %1, \"status\": \"ok\"}"_s.arg(task.runId % 100000)},
                    {u"truncated"_s, false}});
        } else {
            out.insert(u"notebook_output"_s, QJsonObject {});
        }
    } else if (kind == u"spark_python_task"_s || kind == u"python_wheel_task"_s
        || kind == u"spark_jar_task"_s) {
        QString logs = u"INFO Starting task %1\nINFO Reading input partitions: 128\n"_s.arg(task.taskKey);
        logs += ok ? u"INFO Wrote 1843203 rows\nINFO Done.\n"_s : u"ERROR Task failed, see error trace\n"_s;
        out.insert(u"logs"_s, logs);
        out.insert(u"logs_truncated"_s, false);
    } else if (kind == u"run_job_task"_s && task.childRunId != 0) {
        out.insert(u"run_job_output"_s, QJsonObject {{u"run_id"_s, task.childRunId}});
    } else if (kind == u"alert_task"_s) {
        out.insert(u"alert_output"_s, QJsonObject {{u"alert_state"_s, ok ? u"OK"_s : u"TRIGGERED"_s}});
    } else if (kind == u"dbt_platform_task"_s) {
        const QString id = QString::number(task.runId % 100'000'000);
        out.insert(u"dbt_platform_output"_s,
            QJsonObject {{u"dbt_platform_job_run_id"_s, id},
                {u"dbt_platform_job_run_url"_s, u"https://cloud.getdbt.com/deploy/runs/%1"_s.arg(id)},
                {u"steps_truncated"_s, false}});
    } else if (kind == u"sql_task"_s) {
        out.insert(u"sql_output"_s,
            QJsonObject {{u"query_output"_s,
                QJsonObject {{u"query_text"_s, u"SELECT * FROM main.sales.daily_totals"_s},
                    {u"warehouse_id"_s, task.task.value(u"sql_task"_s).toObject().value(u"warehouse_id"_s)},
                    {u"output_link"_s, QString(m_host + u"/sql/history"_s)}}}});
    }
    if (!ok) {
        if (phase.result == RunResult::Canceled) {
            out.insert(u"error"_s, u"Run cancelled."_s);
        } else {
            out.insert(u"error"_s,
                u"org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in "
                "stage 7.0 failed 4 times"_s);
            out.insert(u"error_trace"_s,
                u"org.apache.spark.SparkException: Job aborted due to stage failure\n"
                "\tat "
                "org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:"
                "2790)\n"
                "\tat org.apache.spark.scheduler.DAGScheduler.abortStage(DAGScheduler.scala:2726)\n"
                "Caused by: java.io.FileNotFoundException: s3://lake/raw/orders/part-00042.parquet"_s);
        }
    }
    return out;
}

} // namespace brickdesk::emulator
