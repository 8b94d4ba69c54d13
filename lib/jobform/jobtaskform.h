#pragma once

#include "jobform/keyvaluerows.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// One entry of JobSettings.tasks as the form edits it. Only the fields listed here are
// managed; toJson() starts from `raw` (the task as read) so unknown fields, unknown task
// kinds (pipeline_task, for_each_task, ...) and per-task extras (health, libraries other
// than the JAR, webhook_notifications, ...) survive unchanged.
struct JobTaskForm
{
    enum class Type {
        Notebook, // notebook_task
        SparkPython, // spark_python_task
        PythonWheel, // python_wheel_task
        SparkJar, // spark_jar_task
        Sql, // sql_task
        RunJob, // run_job_task
        ForEach, // for_each_task (inputs, concurrency, a nested task)
        Condition, // condition_task (if/else)
        Pipeline, // pipeline_task (Lakeflow Declarative Pipelines)
        Dashboard, // dashboard_task
        PowerBi, // power_bi_task
        Alert, // alert_task
        DbtPlatform, // dbt_platform_task
        Other, // any other kind: shown and kept verbatim, not editable in the form
    };
    enum class Compute {
        None, // no compute (SQL uses a warehouse, run_job none; notebooks: serverless)
        ExistingCluster, // existing_cluster_id
        JobCluster, // job_cluster_key (a shared cluster in job_clusters)
        Serverless, // environment_key (Python script / wheel); notebooks: no compute keys
        TaskCluster, // the task's own new_cluster (or compute), kept verbatim
    };
    enum class SqlKind { Query, File, Alert, Dashboard };

    QString key; // task_key
    QString description;
    Type type = Type::Notebook;
    QStringList dependsOn; // depends_on[].task_key (outcome kept from raw)
    QString runIf; // run_if; empty = server default (ALL_SUCCESS)
    bool disabled = false; // disabled: skipped when the job runs

    Compute compute = Compute::None;
    QString existingClusterId;
    QString jobClusterKey;
    QString environmentKey; // environment_key: serverless, an entry of the job's environments

    // Type-specific fields. Sources are "WORKSPACE" or "GIT" (empty: not set).
    QString notebookPath;
    QString source;
    QMap<QString, QString> baseParameters; // notebook base_parameters
    QString pythonFile; // spark_python_task.python_file
    QStringList parameters; // spark_python / python_wheel / spark_jar parameters[]
    QString packageName; // python_wheel_task
    QString entryPoint;
    QString mainClassName; // spark_jar_task
    QString jarLibrary; // libraries[].jar (first), e.g. dbfs:/... or /Volumes/...
    QString wheelLibrary; // libraries[].whl (first), for python_wheel tasks
    QString warehouseId; // sql_task, dashboard_task, power_bi_task, alert_task
    SqlKind sqlKind = SqlKind::Query;
    QString sqlReference; // query_id, file.path, alert_id or dashboard_id
    QMap<QString, QString> sqlParameters;
    qint64 runJobId = 0; // run_job_task.job_id
    QMap<QString, QString> jobParameters; // run_job_task.job_parameters
    QString forEachInputs; // for_each_task.inputs (a JSON array or a reference, as text)
    std::optional<int> forEachConcurrency; // for_each_task.concurrency
    QJsonObject forEachTask; // for_each_task.task: the nested task, as JSON
    QString conditionOp; // condition_task.op: EQUAL_TO, GREATER_THAN... (unknown kept)
    QString conditionLeft; // condition_task.left
    QString conditionRight; // condition_task.right
    QString pipelineId; // pipeline_task.pipeline_id
    bool pipelineFullRefresh = false; // pipeline_task.full_refresh
    QString dashboardId; // dashboard_task.dashboard_id
    QString connectionResourceName; // power_bi_task / dbt_platform_task connection_resource_name
    bool powerBiRefreshAfterUpdate = false; // power_bi_task.refresh_after_update
    QString alertId; // alert_task.alert_id
    QString alertWorkspacePath; // alert_task.workspace_path
    QString dbtPlatformJobId; // dbt_platform_task.dbt_platform_job_id

    std::optional<int> maxRetries; // -1 = forever
    std::optional<int> minRetryIntervalMillis;
    bool retryOnTimeout = false;
    std::optional<int> timeoutSeconds;

    // Rows of a name->value field above typed with a name already used, by the field's path
    // under the task ("notebook_task.base_parameters", "sql_task.parameters",
    // "run_job_task.job_parameters"): never saved, refused by JobSettingsForm::validate().
    QMap<QString, keyvaluerows::Rows> repeatedRows;

    QJsonObject raw; // the task as read; empty for a new task
    // An entry of tasks[] that is not an object (a string, a number, null, an array): read as a
    // task of kind Other without a key, and saved as it came until the user edits it.
    QJsonValue verbatim {QJsonValue::Undefined};

    static JobTaskForm fromJson(const QJsonObject &task);
    QJsonObject toJson() const;
    // One entry of JobSettings.tasks, whatever its JSON type.
    static JobTaskForm fromEntry(const QJsonValue &entry);
    QJsonValue toEntry() const;
    // The entry is not a JSON object, or the settings of its kind are not one (a string...): the
    // form shows it empty and keeps it exactly as sent until the user edits it.
    bool isUnreadable() const;
    // Unreadable and not edited since: saved exactly as sent, so the form does not validate it.
    bool isKeptAsSent() const;
    bool operator==(const JobTaskForm &other) const = default;

    // Which compute kinds the task type can use (serverless only where Databricks allows it).
    static QList<Compute> allowedCompute(Type type);
    // JSON key of the type's settings object ("notebook_task"...); empty for Other.
    static QString typeKey(Type type);
    static QString typeName(Type type); // translated, for pickers
    // For Other: the unknown task kind's key, e.g. "clean_rooms_notebook_task"; empty otherwise.
    QString otherTypeKey() const;
    // Its settings (or the verbatim entry) as JSON text, kept as they are; empty for known types.
    QString otherTypeJson() const;
};

} // namespace brickdesk
