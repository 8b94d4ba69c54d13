#include "showcasejobs.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator::showcasejobs {

namespace {

QJsonObject notebook(const QString &key, const QString &path, const QJsonObject &extra = {})
{
    QJsonObject t {{u"task_key"_s, key},
        {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, path}, {u"source"_s, u"WORKSPACE"_s}}},
        {u"timeout_seconds"_s, 0}, {u"run_if"_s, u"ALL_SUCCESS"_s}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        t.insert(it.key(), it.value());
    return t;
}

QJsonArray dependsOn(const QString &key, const QString &outcome = {})
{
    QJsonObject d {{u"task_key"_s, key}};
    if (!outcome.isEmpty())
        d.insert(u"outcome"_s, outcome);
    return {d};
}

QJsonArray serverlessEnvironments()
{
    return {QJsonObject {{u"environment_key"_s, u"default"_s},
        {u"spec"_s,
            QJsonObject {{u"environment_version"_s, u"3"_s},
                {u"dependencies"_s,
                    QJsonArray {u"pandas==2.2.3"_s, u"/Volumes/main/libs/wheels/etl-1.4.0.whl"_s}}}}}};
}

QString partitionInputs()
{
    // 120 partitions: more than one 2.2 page (100) of iterations.
    QJsonArray dates;
    for (int i = 0; i < 120; ++i)
        dates.append(u"2026-%1-%2"_s.arg(1 + i / 28, 2, 10, QChar(u'0')).arg(1 + i % 28, 2, 10, QChar(u'0')));
    return QString::fromUtf8(QJsonDocument(dates).toJson(QJsonDocument::Compact));
}

QJsonObject fanOut(const QString &owner)
{
    QJsonObject s {{u"name"_s, u"partition_fanout"_s},
        {u"description"_s, u"Backfills every daily partition in parallel on serverless compute."_s},
        {u"environments"_s, serverlessEnvironments()}, {u"performance_target"_s, u"PERFORMANCE_OPTIMIZED"_s},
        {u"budget_policy_id"_s, u"a1b2c3d4-0000-4bdc-9000-5e1f2a3b4c5d"_s},
        {u"trigger"_s,
            QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                {u"periodic"_s, QJsonObject {{u"interval"_s, 4}, {u"unit"_s, u"HOURS"_s}}}}}};
    const QJsonObject iteration = notebook(u"backfill_partition_iteration"_s,
        u"/Workspace/Users/%1/backfill_partition"_s.arg(owner), {{u"environment_key"_s, u"default"_s}});
    QJsonObject nested = iteration;
    QJsonObject nb = nested.value(u"notebook_task"_s).toObject();
    nb.insert(u"base_parameters"_s, QJsonObject {{u"partition"_s, u"{{input}}"_s}});
    nested.insert(u"notebook_task"_s, nb);
    s.insert(u"tasks"_s,
        QJsonArray {notebook(u"list_partitions"_s, u"/Workspace/Users/%1/list_partitions"_s.arg(owner),
                        {{u"environment_key"_s, u"default"_s}}),
            QJsonObject {{u"task_key"_s, u"backfill_partition"_s},
                {u"depends_on"_s, dependsOn(u"list_partitions"_s)},
                {u"for_each_task"_s,
                    QJsonObject {
                        {u"inputs"_s, partitionInputs()}, {u"concurrency"_s, 8}, {u"task"_s, nested}}}},
            notebook(u"compact_tables"_s, u"/Workspace/Users/%1/compact"_s.arg(owner),
                {{u"environment_key"_s, u"default"_s},
                    {u"depends_on"_s, dependsOn(u"backfill_partition"_s)}})});
    return s;
}

} // namespace

int count()
{
    return 8;
}

int firstIndex()
{
    return 11;
}

QJsonObject settings(int kind, qint64 fanOutJobId, const QString &owner)
{
    const QJsonObject queue {{u"enabled"_s, true}};
    QJsonObject s;
    switch (kind) {
    case 0:
        s = fanOut(owner);
        break;
    case 1: // condition tasks, outcomes and a disabled task; runs when a table changes
        s = {{u"name"_s, u"quality_gate"_s},
            {u"trigger"_s,
                QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                    {u"table_update"_s,
                        QJsonObject {
                            {u"table_names"_s, QJsonArray {u"main.sales.orders"_s, u"main.sales.returns"_s}},
                            {u"condition"_s, u"ANY_UPDATED"_s},
                            {u"wait_after_last_change_seconds"_s, 120}}}}},
            {u"environments"_s, serverlessEnvironments()},
            {u"parameters"_s, QJsonArray {QJsonObject {{u"name"_s, u"env"_s}, {u"default"_s, u"prod"_s}}}},
            {u"tasks"_s,
                QJsonArray {notebook(u"profile_orders"_s, u"/Workspace/Shared/quality/profile"_s,
                                {{u"environment_key"_s, u"default"_s}}),
                    QJsonObject {{u"task_key"_s, u"is_prod"_s},
                        {u"depends_on"_s, dependsOn(u"profile_orders"_s)},
                        {u"condition_task"_s,
                            QJsonObject {{u"op"_s, u"EQUAL_TO"_s}, {u"left"_s, u"{{job.parameters.env}}"_s},
                                {u"right"_s, u"prod"_s}}}},
                    notebook(u"publish_gold"_s, u"/Workspace/Shared/quality/publish"_s,
                        {{u"environment_key"_s, u"default"_s},
                            {u"depends_on"_s, dependsOn(u"is_prod"_s, u"true"_s)}}),
                    notebook(u"notify_staging"_s, u"/Workspace/Shared/quality/notify"_s,
                        {{u"environment_key"_s, u"default"_s},
                            {u"depends_on"_s, dependsOn(u"is_prod"_s, u"false"_s)}}),
                    notebook(u"legacy_export"_s, u"/Workspace/Shared/quality/legacy_export"_s,
                        {{u"environment_key"_s, u"default"_s}, {u"disabled"_s, true},
                            {u"depends_on"_s, dependsOn(u"profile_orders"_s)}})}}};
        break;
    case 2: // runs the fan-out job, then refreshes a dashboard and evaluates an alert
        s = {{u"name"_s, u"orchestrate_nightly"_s},
            {u"schedule"_s,
                QJsonObject {{u"quartz_cron_expression"_s, u"0 0 1 * * ?"_s}, {u"timezone_id"_s, u"UTC"_s},
                    {u"pause_status"_s, u"UNPAUSED"_s}}},
            {u"usage_policy_id"_s, u"5e6f7a8b-1111-4c2d-8e9f-0a1b2c3d4e5f"_s},
            {u"tasks"_s,
                QJsonArray {QJsonObject {{u"task_key"_s, u"run_fanout"_s},
                                {u"run_job_task"_s,
                                    QJsonObject {{u"job_id"_s, fanOutJobId},
                                        {u"job_parameters"_s, QJsonObject {{u"mode"_s, u"incremental"_s}}}}}},
                    QJsonObject {{u"task_key"_s, u"refresh_dashboard"_s},
                        {u"depends_on"_s, dependsOn(u"run_fanout"_s)},
                        {u"dashboard_task"_s,
                            QJsonObject {{u"dashboard_id"_s, u"01ef5a8c9d0e1f2a3b4c5d6e7f8a9b0c"_s},
                                {u"warehouse_id"_s, u"8f3b1c2d4e5a6b7c"_s},
                                {u"subscription"_s,
                                    QJsonObject {
                                        {u"custom_subject"_s, u"Nightly KPIs"_s}, {u"paused"_s, false}}}}}},
                    QJsonObject {{u"task_key"_s, u"check_sla_alert"_s},
                        {u"depends_on"_s, dependsOn(u"run_fanout"_s)},
                        {u"alert_task"_s,
                            QJsonObject {{u"alert_id"_s, u"7c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5"_s},
                                {u"warehouse_id"_s, u"8f3b1c2d4e5a6b7c"_s}}}}}}};
        break;
    case 3: // BI refresh: Power BI, dbt platform and dbt; runs when a SQL condition holds
        s = {{u"name"_s, u"bi_semantic_refresh"_s},
            {u"trigger"_s,
                QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                    {u"sql_condition"_s,
                        QJsonObject {{u"sql_query_id"_s, u"3f9a0b1c-2d3e-4f5a-6b7c-8d9e0f1a2b3c"_s},
                            {u"warehouse_id"_s, u"8f3b1c2d4e5a6b7c"_s},
                            {u"trigger_mode"_s, u"QUERY_RETURNS_ROWS"_s}}}}},
            {u"tasks"_s,
                QJsonArray {
                    QJsonObject {{u"task_key"_s, u"dbt_models"_s},
                        {u"dbt_task"_s,
                            QJsonObject {{u"commands"_s, QJsonArray {u"dbt deps"_s, u"dbt build"_s}},
                                {u"warehouse_id"_s, u"8f3b1c2d4e5a6b7c"_s}, {u"schema"_s, u"analytics"_s}}},
                        {u"environment_key"_s, u"default"_s}},
                    QJsonObject {{u"task_key"_s, u"dbt_cloud_job"_s},
                        {u"depends_on"_s, dependsOn(u"dbt_models"_s)},
                        {u"dbt_platform_task"_s,
                            QJsonObject {{u"connection_resource_name"_s, u"dbt-platform-prod"_s},
                                {u"dbt_platform_job_id"_s, u"70403103936537"_s}}}},
                    QJsonObject {{u"task_key"_s, u"power_bi_model"_s},
                        {u"depends_on"_s, dependsOn(u"dbt_cloud_job"_s)},
                        {u"power_bi_task"_s,
                            QJsonObject {{u"connection_resource_name"_s, u"powerbi-prod"_s},
                                {u"warehouse_id"_s, u"8f3b1c2d4e5a6b7c"_s}, {u"refresh_after_update"_s, true},
                                {u"power_bi_model"_s,
                                    QJsonObject {{u"workspace_name"_s, u"Finance"_s},
                                        {u"model_name"_s, u"Revenue"_s},
                                        {u"storage_mode"_s, u"DIRECT_QUERY"_s}}},
                                {u"tables"_s,
                                    QJsonArray {QJsonObject {{u"catalog"_s, u"main"_s},
                                        {u"schema"_s, u"gold"_s}, {u"name"_s, u"revenue_daily"_s}}}}}}}}},
            {u"environments"_s, serverlessEnvironments()}};
        break;
    case 4: // deployed from a bundle: locked in the UI, continuous
        s = {{u"name"_s, u"[prod] sales_pipeline (bundle)"_s}, {u"edit_mode"_s, u"UI_LOCKED"_s},
            {u"deployment"_s,
                QJsonObject {{u"kind"_s, u"BUNDLE"_s},
                    {u"metadata_file_path"_s,
                        u"/Workspace/Users/%1/.bundle/sales_pipeline/prod/state/metadata.json"_s.arg(
                            owner)}}},
            {u"parent_path"_s, u"/Workspace/Users/%1/.bundle/sales_pipeline/prod"_s.arg(owner)},
            {u"continuous"_s, QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s}}},
            {u"usage_policy_id"_s, u"5e6f7a8b-1111-4c2d-8e9f-0a1b2c3d4e5f"_s},
            {u"tasks"_s,
                QJsonArray {
                    QJsonObject {{u"task_key"_s, u"refresh_pipeline"_s},
                        {u"pipeline_task"_s,
                            QJsonObject {{u"pipeline_id"_s, u"0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"_s},
                                {u"full_refresh"_s, false}}}},
                    notebook(u"post_checks"_s,
                        u"/Workspace/Users/%1/.bundle/sales_pipeline/prod/files/checks"_s.arg(owner),
                        {{u"environment_key"_s, u"default"_s},
                            {u"depends_on"_s, dependsOn(u"refresh_pipeline"_s)}})}},
            {u"environments"_s, serverlessEnvironments()}};
        break;
    case 5: // runs when a model alias moves; includes a task type this client does not know
        s = {{u"name"_s, u"model_promotion_watch"_s},
            {u"trigger"_s,
                QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                    {u"model"_s,
                        QJsonObject {{u"condition"_s, u"MODEL_ALIAS_SET"_s},
                            {u"securable_name"_s, u"main.ml.churn_model"_s},
                            {u"aliases"_s, QJsonArray {u"champion"_s}}}}}},
            {u"performance_target"_s, u"STANDARD"_s}, {u"environments"_s, serverlessEnvironments()},
            {u"tasks"_s,
                QJsonArray {QJsonObject {{u"task_key"_s, u"evaluate"_s}, {u"environment_key"_s, u"default"_s},
                                {u"python_wheel_task"_s,
                                    QJsonObject {
                                        {u"package_name"_s, u"churn"_s}, {u"entry_point"_s, u"evaluate"_s}}}},
                    QJsonObject {{u"task_key"_s, u"ask_genie"_s}, {u"depends_on"_s, dependsOn(u"evaluate"_s)},
                        {u"genie_task"_s, QJsonObject {{u"space_id"_s, u"01f0aa11bb22cc33"_s}}}}}}};
        break;
    case 6: // loads files as they land; one task on serverless compute, one on a job cluster
        s = {{u"name"_s, u"landing_zone_loader"_s},
            {u"trigger"_s,
                QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                    {u"file_arrival"_s,
                        QJsonObject {{u"url"_s, u"/Volumes/main/landing/incoming/"_s},
                            {u"min_time_between_triggers_seconds"_s, 60}}}}},
            {u"environments"_s, serverlessEnvironments()},
            {u"tasks"_s,
                QJsonArray {
                    QJsonObject {{u"task_key"_s, u"load_files"_s}, {u"environment_key"_s, u"default"_s},
                        {u"spark_python_task"_s,
                            QJsonObject {{u"python_file"_s, u"/Workspace/Shared/loaders/load.py"_s},
                                {u"source"_s, u"WORKSPACE"_s}}}}}}};
        break;
    case 7: // the preview list of triggers: a table change or a file landing, whichever comes first
        s = {{u"name"_s, u"lakehouse_freshness"_s},
            {u"triggers"_s,
                QJsonArray {QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                                {u"table_update"_s,
                                    QJsonObject {{u"table_names"_s, QJsonArray {u"main.sales.orders"_s}},
                                        {u"condition"_s, u"ALL_UPDATED"_s}}}},
                    QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s},
                        {u"file_arrival"_s,
                            QJsonObject {{u"url"_s, u"/Volumes/main/landing/freshness/"_s}}}}}},
            {u"environments"_s, serverlessEnvironments()},
            {u"tasks"_s,
                QJsonArray {notebook(u"refresh_freshness"_s, u"/Workspace/Shared/quality/freshness"_s,
                    {{u"environment_key"_s, u"default"_s}})}}};
        break;
    default:
        break;
    }
    s.insert(u"max_concurrent_runs"_s, 1);
    s.insert(u"queue"_s, queue);
    s.insert(u"format"_s, u"MULTI_TASK"_s);
    s.insert(u"email_notifications"_s, QJsonObject {{u"on_failure"_s, QJsonArray {owner}}});
    s.insert(u"tags"_s, QJsonObject {{u"team"_s, u"data-eng"_s}, {u"env"_s, u"prod"_s}});
    return s;
}

QString triggerTypeOf(const QJsonObject &settings)
{
    if (settings.contains(u"continuous"_s))
        return u"CONTINUOUS"_s;
    // A run of a job with the preview list was started by one of them: the first, here.
    const QJsonObject trigger = settings.contains(u"trigger"_s)
        ? settings.value(u"trigger"_s).toObject()
        : settings.value(u"triggers"_s).toArray().at(0).toObject();
    if (trigger.contains(u"file_arrival"_s))
        return u"FILE_ARRIVAL"_s;
    if (trigger.contains(u"table_update"_s) || trigger.contains(u"table"_s))
        return u"TABLE"_s;
    if (trigger.contains(u"model"_s))
        return u"MODEL"_s;
    if (trigger.contains(u"periodic"_s))
        return u"PERIODIC"_s;
    return u"ONE_TIME"_s;
}

} // namespace brickdesk::emulator::showcasejobs
