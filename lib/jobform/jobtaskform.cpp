#include "jobform/jobtaskform.h"

#include "jobform/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jsonfields;

namespace {

const QString kComputeKeys[] = {
    u"existing_cluster_id"_s,
    u"job_cluster_key"_s,
    u"new_cluster"_s,
    u"environment_key"_s,
    u"compute"_s,
};

// Task kinds the form edits, in the order of JobTaskForm::Type.
const QString kTypeKeys[] = {
    u"notebook_task"_s,
    u"spark_python_task"_s,
    u"python_wheel_task"_s,
    u"spark_jar_task"_s,
    u"sql_task"_s,
    u"run_job_task"_s,
    u"for_each_task"_s,
    u"condition_task"_s,
    u"pipeline_task"_s,
    u"dashboard_task"_s,
    u"power_bi_task"_s,
    u"alert_task"_s,
    u"dbt_platform_task"_s,
};

// Keys of task kinds the form does not edit; a task with one of these is Type::Other.
const QString kOtherTypeKeys[] = {
    u"spark_submit_task"_s,
    u"dbt_task"_s,
    u"clean_rooms_notebook_task"_s,
    u"dbt_cloud_task"_s,
    u"genie_task"_s,
    u"agentic_task"_s,
    u"gen_ai_compute_task"_s,
    u"ai_runtime_task"_s,
    u"python_operator_task"_s,
};

const char *const kSqlKeys[] = {"query", "file", "alert", "dashboard"};
const char *const kSqlIdKeys[] = {"query_id", "path", "alert_id", "dashboard_id"};

// First libraries[] entry of the given kind ("jar", "whl").
QString firstLibrary(const QJsonObject &task, const QString &kind)
{
    const QJsonArray libraries = task.value(u"libraries").toArray();
    for (const QJsonValue &library : libraries) {
        if (library.toObject().contains(kind))
            return library.toObject().value(kind).toString();
    }
    return {};
}

void setFirstLibrary(QJsonObject &task, const QString &kind, const QString &value)
{
    if (firstLibrary(task, kind) == value)
        return; // as read: an entry the form reads as none (a number...) stays as sent
    QJsonArray libraries = task.value(u"libraries").toArray();
    for (qsizetype i = 0; i < libraries.size(); ++i) {
        if (!libraries.at(i).toObject().contains(kind))
            continue;
        if (value.isEmpty()) {
            libraries.removeAt(i);
        } else if (libraries.at(i).toObject().value(kind).toString() != value) {
            QJsonObject library = libraries.at(i).toObject();
            library.insert(kind, value);
            libraries.replace(i, library);
        } else {
            return;
        }
        if (libraries.isEmpty())
            task.remove(u"libraries");
        else
            task.insert(u"libraries"_s, libraries);
        return;
    }
    if (value.isEmpty())
        return;
    libraries.append(QJsonObject {{kind, value}});
    task.insert(u"libraries"_s, libraries);
}

// The settings object of the form's task kind, written over `settings` (what the task had).
QJsonObject kindSettings(const JobTaskForm &form, QJsonObject settings)
{
    using Type = JobTaskForm::Type;
    using SqlKind = JobTaskForm::SqlKind;
    switch (form.type) {
    case Type::Notebook:
        setString(settings, u"notebook_path"_s, form.notebookPath);
        setString(settings, u"source"_s, form.source);
        setMap(settings, u"base_parameters"_s, form.baseParameters);
        break;
    case Type::SparkPython:
        setString(settings, u"python_file"_s, form.pythonFile);
        setString(settings, u"source"_s, form.source);
        setList(settings, u"parameters"_s, form.parameters);
        break;
    case Type::PythonWheel:
        setString(settings, u"package_name"_s, form.packageName);
        setString(settings, u"entry_point"_s, form.entryPoint);
        setList(settings, u"parameters"_s, form.parameters);
        break;
    case Type::SparkJar:
        setString(settings, u"main_class_name"_s, form.mainClassName);
        setList(settings, u"parameters"_s, form.parameters);
        break;
    case Type::Sql: {
        setString(settings, u"warehouse_id"_s, form.warehouseId);
        setMap(settings, u"parameters"_s, form.sqlParameters);
        const int chosen = int(form.sqlKind);
        for (int i = 0; i < 4; ++i) {
            if (i != chosen)
                settings.remove(QLatin1String(kSqlKeys[i]));
        }
        const QString kind = QLatin1String(kSqlKeys[chosen]);
        QJsonObject reference = settings.value(kind).toObject();
        setString(reference, QLatin1String(kSqlIdKeys[chosen]), form.sqlReference);
        if (form.sqlKind == SqlKind::File)
            setString(reference, u"source"_s, form.source);
        settings.insert(kind, reference);
        break;
    }
    case Type::RunJob:
        if (form.runJobId > 0) {
            if (settings.value(u"job_id").toInteger() != form.runJobId)
                settings.insert(u"job_id"_s, form.runJobId);
        } else {
            settings.remove(u"job_id");
        }
        setMap(settings, u"job_parameters"_s, form.jobParameters);
        break;
    case Type::ForEach:
        setString(settings, u"inputs"_s, form.forEachInputs);
        setInt(settings, u"concurrency"_s, form.forEachConcurrency);
        if (form.forEachTask.isEmpty())
            settings.remove(u"task");
        else if (settings.value(u"task").toObject() != form.forEachTask)
            settings.insert(u"task"_s, form.forEachTask);
        break;
    case Type::Condition:
        // left and right are required and may be empty strings.
        setString(settings, u"op"_s, form.conditionOp);
        setRequiredString(settings, u"left"_s, form.conditionLeft);
        setRequiredString(settings, u"right"_s, form.conditionRight);
        break;
    case Type::Pipeline:
        setString(settings, u"pipeline_id"_s, form.pipelineId);
        setFlag(settings, u"full_refresh"_s, form.pipelineFullRefresh);
        break;
    case Type::Dashboard:
        setString(settings, u"dashboard_id"_s, form.dashboardId);
        setString(settings, u"warehouse_id"_s, form.warehouseId);
        break;
    case Type::PowerBi:
        setString(settings, u"connection_resource_name"_s, form.connectionResourceName);
        setString(settings, u"warehouse_id"_s, form.warehouseId);
        setFlag(settings, u"refresh_after_update"_s, form.powerBiRefreshAfterUpdate);
        break;
    case Type::Alert:
        setString(settings, u"alert_id"_s, form.alertId);
        setString(settings, u"warehouse_id"_s, form.warehouseId);
        setString(settings, u"workspace_path"_s, form.alertWorkspacePath);
        break;
    case Type::DbtPlatform:
        setString(settings, u"connection_resource_name"_s, form.connectionResourceName);
        setString(settings, u"dbt_platform_job_id"_s, form.dbtPlatformJobId);
        break;
    case Type::Other:
        break;
    }
    return settings;
}

} // namespace

JobTaskForm JobTaskForm::fromJson(const QJsonObject &task)
{
    JobTaskForm form;
    form.raw = task;
    form.key = task.value(u"task_key").toString();
    form.description = task.value(u"description").toString();
    form.runIf = task.value(u"run_if").toString();
    form.disabled = task.value(u"disabled").toBool();
    const QJsonArray depends = task.value(u"depends_on").toArray();
    for (const QJsonValue &dependency : depends)
        form.dependsOn << dependency.toObject().value(u"task_key").toString();

    // The first kind the form edits whose settings are an object; a kind it does not edit
    // before a known kind's key with some other value (a string...), which comes next.
    form.type = Type::Other;
    const auto firstKind = [&task](bool objectsOnly) {
        for (int i = 0; i < int(std::size(kTypeKeys)); ++i) {
            if (task.contains(kTypeKeys[i]) && (!objectsOnly || task.value(kTypeKeys[i]).isObject()))
                return std::optional<Type>(Type(i));
        }
        return std::optional<Type>();
    };
    if (const std::optional<Type> kind = firstKind(true))
        form.type = *kind;
    else if (const std::optional<Type> other = firstKind(false); other && form.otherTypeKey().isEmpty())
        form.type = *other;
    // A task with no kind at all (being written by hand) is treated as a notebook task.
    if (form.type == Type::Other && form.otherTypeKey().isEmpty())
        form.type = Type::Notebook;

    if (task.contains(u"existing_cluster_id")) {
        form.compute = Compute::ExistingCluster;
        form.existingClusterId = task.value(u"existing_cluster_id").toString();
    } else if (task.contains(u"job_cluster_key")) {
        form.compute = Compute::JobCluster;
        form.jobClusterKey = task.value(u"job_cluster_key").toString();
    } else if (task.contains(u"new_cluster") || task.contains(u"compute")) {
        form.compute = Compute::TaskCluster;
    } else if (task.contains(u"environment_key")) {
        form.compute = Compute::Serverless;
        form.environmentKey = task.value(u"environment_key").toString();
    } else if (form.type == Type::Notebook) {
        form.compute = Compute::Serverless; // a notebook task without compute runs serverless
    }

    const QJsonObject settings = task.value(typeKey(form.type)).toObject();
    switch (form.type) {
    case Type::Notebook:
        form.notebookPath = settings.value(u"notebook_path").toString();
        form.source = settings.value(u"source").toString();
        form.baseParameters = readMap(settings.value(u"base_parameters"));
        break;
    case Type::SparkPython:
        form.pythonFile = settings.value(u"python_file").toString();
        form.source = settings.value(u"source").toString();
        form.parameters = readList(settings.value(u"parameters"));
        break;
    case Type::PythonWheel:
        form.packageName = settings.value(u"package_name").toString();
        form.entryPoint = settings.value(u"entry_point").toString();
        form.parameters = readList(settings.value(u"parameters"));
        break;
    case Type::SparkJar:
        form.mainClassName = settings.value(u"main_class_name").toString();
        form.parameters = readList(settings.value(u"parameters"));
        break;
    case Type::Sql: {
        form.warehouseId = settings.value(u"warehouse_id").toString();
        form.sqlParameters = readMap(settings.value(u"parameters"));
        for (int i = 0; i < 4; ++i) {
            const QString kind = QLatin1String(kSqlKeys[i]);
            if (settings.contains(kind)) {
                form.sqlKind = SqlKind(i);
                form.sqlReference
                    = settings.value(kind).toObject().value(QLatin1String(kSqlIdKeys[i])).toString();
                if (form.sqlKind == SqlKind::File && form.source.isEmpty())
                    form.source = settings.value(kind).toObject().value(u"source").toString();
                break;
            }
        }
        break;
    }
    case Type::RunJob:
        form.runJobId = settings.value(u"job_id").toInteger();
        form.jobParameters = readMap(settings.value(u"job_parameters"));
        break;
    case Type::ForEach:
        form.forEachInputs = settings.value(u"inputs").toString();
        form.forEachConcurrency = readInt(settings, u"concurrency"_s);
        form.forEachTask = settings.value(u"task").toObject();
        break;
    case Type::Condition:
        form.conditionOp = settings.value(u"op").toString();
        form.conditionLeft = settings.value(u"left").toString();
        form.conditionRight = settings.value(u"right").toString();
        break;
    case Type::Pipeline:
        form.pipelineId = settings.value(u"pipeline_id").toString();
        form.pipelineFullRefresh = settings.value(u"full_refresh").toBool();
        break;
    case Type::Dashboard:
        form.dashboardId = settings.value(u"dashboard_id").toString();
        form.warehouseId = settings.value(u"warehouse_id").toString();
        break;
    case Type::PowerBi:
        form.connectionResourceName = settings.value(u"connection_resource_name").toString();
        form.warehouseId = settings.value(u"warehouse_id").toString();
        form.powerBiRefreshAfterUpdate = settings.value(u"refresh_after_update").toBool();
        break;
    case Type::Alert:
        form.alertId = settings.value(u"alert_id").toString();
        form.warehouseId = settings.value(u"warehouse_id").toString();
        form.alertWorkspacePath = settings.value(u"workspace_path").toString();
        break;
    case Type::DbtPlatform:
        form.connectionResourceName = settings.value(u"connection_resource_name").toString();
        form.dbtPlatformJobId = settings.value(u"dbt_platform_job_id").toString();
        break;
    case Type::Other:
        break;
    }
    form.jarLibrary = firstLibrary(task, u"jar"_s);
    form.wheelLibrary = firstLibrary(task, u"whl"_s);

    form.maxRetries = readInt(task, u"max_retries"_s);
    form.minRetryIntervalMillis = readInt(task, u"min_retry_interval_millis"_s);
    form.retryOnTimeout = task.value(u"retry_on_timeout").toBool();
    form.timeoutSeconds = readInt(task, u"timeout_seconds"_s);
    return form;
}

QJsonObject JobTaskForm::toJson() const
{
    QJsonObject task = raw;
    setRequiredString(task, u"task_key"_s, key);
    setString(task, u"description"_s, description);
    setString(task, u"run_if"_s, runIf);
    setFlag(task, u"disabled"_s, disabled);

    const JobTaskForm read = fromJson(raw);
    // depends_on: keep each original entry (with its outcome) for keys still listed; the list
    // as read (entries that are not objects, say) stays as sent.
    const QJsonArray oldDepends = task.value(u"depends_on").toArray();
    QJsonArray depends;
    for (const QString &dependency : dependsOn) {
        QJsonObject entry {{u"task_key"_s, dependency}};
        for (const QJsonValue &old : oldDepends) {
            if (old.toObject().value(u"task_key").toString() == dependency)
                entry = old.toObject();
        }
        depends.append(entry);
    }
    if (dependsOn != read.dependsOn && (!depends.isEmpty() || task.contains(u"depends_on")))
        task.insert(u"depends_on"_s, depends);

    if (type != Type::Other) {
        // Switching kinds removes the old kind's settings object; a task sent with two kinds
        // keeps both until the user picks one.
        for (const QString &other : kTypeKeys) {
            if (other != typeKey(type) && type != read.type)
                task.remove(other);
        }
        // A kind's settings the form reads back as it read them (sent as a string, say) stay
        // as sent.
        const QJsonValue sent = task.value(typeKey(type));
        const QJsonObject settings = kindSettings(*this, sent.toObject());
        const bool settingsAsRead = type == read.type && settings == kindSettings(read, sent.toObject());
        // A task read without any kind (treated as a notebook) stays without one until edited.
        if (!settingsAsRead && (!settings.isEmpty() || task.contains(typeKey(type))))
            task.insert(typeKey(type), settings);
        // Other kinds keep their libraries as they were.
        if (type == Type::SparkJar)
            setFirstLibrary(task, u"jar"_s, jarLibrary);
        if (type == Type::PythonWheel)
            setFirstLibrary(task, u"whl"_s, wheelLibrary);
    }

    // Compute: exactly the keys of the chosen kind. A task that came with the keys of two kinds
    // (say a cluster and an environment_key, which the API refuses), or with a cluster id that
    // is not a string, keeps them as sent until the user changes its compute.
    const bool computeAsRead = compute == read.compute && existingClusterId == read.existingClusterId
        && jobClusterKey == read.jobClusterKey && environmentKey == read.environmentKey;
    QString keep;
    switch (compute) {
    case Compute::ExistingCluster:
        keep = u"existing_cluster_id"_s;
        if (!computeAsRead)
            task.insert(keep, existingClusterId);
        break;
    case Compute::JobCluster:
        keep = u"job_cluster_key"_s;
        if (!computeAsRead)
            task.insert(keep, jobClusterKey);
        break;
    case Compute::TaskCluster:
        keep = raw.contains(u"compute") && !raw.contains(u"new_cluster") ? u"compute"_s : u"new_cluster"_s;
        break;
    case Compute::Serverless:
        // Notebooks run serverless without keys; an environment they name is kept. A key the
        // form reads as none (an empty string, a number...) stays as the server sent it.
        if (environmentKey.isEmpty() && raw.contains(u"environment_key")
            && raw.value(u"environment_key").toString().isEmpty()) {
            keep = u"environment_key"_s;
        } else if (type != Type::Notebook || !environmentKey.isEmpty()) {
            keep = u"environment_key"_s;
            task.insert(keep, environmentKey.isEmpty() ? u"default"_s : environmentKey);
        }
        break;
    case Compute::None:
        break;
    }
    for (const QString &computeKey : kComputeKeys) {
        if (computeKey != keep && !computeAsRead)
            task.remove(computeKey);
    }

    setInt(task, u"max_retries"_s, maxRetries);
    setInt(task, u"min_retry_interval_millis"_s, minRetryIntervalMillis);
    setFlag(task, u"retry_on_timeout"_s, retryOnTimeout);
    setInt(task, u"timeout_seconds"_s, timeoutSeconds);
    return task;
}

JobTaskForm JobTaskForm::fromEntry(const QJsonValue &entry)
{
    if (entry.isObject())
        return fromJson(entry.toObject());
    JobTaskForm form = fromJson(QJsonObject());
    form.type = Type::Other;
    form.compute = Compute::None;
    form.verbatim = entry;
    return form;
}

bool JobTaskForm::isUnreadable() const
{
    const QString kind = typeKey(type);
    return !verbatim.isUndefined() || (!kind.isEmpty() && raw.contains(kind) && !raw.value(kind).isObject());
}

bool JobTaskForm::isKeptAsSent() const
{
    return isUnreadable() && (verbatim.isUndefined() ? toJson() == raw : toEntry() == verbatim);
}

QJsonValue JobTaskForm::toEntry() const
{
    if (!verbatim.isUndefined() && *this == fromEntry(verbatim))
        return verbatim;
    return toJson();
}

QList<JobTaskForm::Compute> JobTaskForm::allowedCompute(Type type)
{
    switch (type) {
    case Type::Notebook:
        return {Compute::ExistingCluster, Compute::JobCluster, Compute::Serverless, Compute::TaskCluster};
    case Type::SparkPython:
    case Type::PythonWheel:
        return {Compute::ExistingCluster, Compute::JobCluster, Compute::Serverless, Compute::TaskCluster};
    case Type::SparkJar:
        return {Compute::ExistingCluster, Compute::JobCluster, Compute::TaskCluster};
    case Type::Sql: // runs on the SQL warehouse
    case Type::RunJob: // the other job brings its own compute
    case Type::ForEach: // the nested task names its compute
    case Type::Condition:
    case Type::Pipeline: // the pipeline's own settings
    case Type::Dashboard:
    case Type::PowerBi:
    case Type::Alert:
    case Type::DbtPlatform:
        return {Compute::None};
    case Type::Other:
        return {Compute::None, Compute::ExistingCluster, Compute::JobCluster, Compute::Serverless,
            Compute::TaskCluster};
    }
    return {};
}

QString JobTaskForm::typeKey(Type type)
{
    if (type == Type::Other)
        return {};
    return kTypeKeys[int(type)];
}

QString JobTaskForm::typeName(Type type)
{
    switch (type) {
    case Type::Notebook:
        return QCoreApplication::translate("JobTaskForm", "Notebook");
    case Type::SparkPython:
        return QCoreApplication::translate("JobTaskForm", "Python script");
    case Type::PythonWheel:
        return QCoreApplication::translate("JobTaskForm", "Python wheel");
    case Type::SparkJar:
        return QCoreApplication::translate("JobTaskForm", "JAR");
    case Type::Sql:
        return QCoreApplication::translate("JobTaskForm", "SQL");
    case Type::RunJob:
        return QCoreApplication::translate("JobTaskForm", "Run another job");
    case Type::ForEach:
        return QCoreApplication::translate("JobTaskForm", "For each");
    case Type::Condition:
        return QCoreApplication::translate("JobTaskForm", "If/else condition");
    case Type::Pipeline:
        return QCoreApplication::translate("JobTaskForm", "Lakeflow Declarative Pipeline");
    case Type::Dashboard:
        return QCoreApplication::translate("JobTaskForm", "Dashboard");
    case Type::PowerBi:
        return QCoreApplication::translate("JobTaskForm", "Power BI");
    case Type::Alert:
        return QCoreApplication::translate("JobTaskForm", "SQL alert");
    case Type::DbtPlatform:
        return QCoreApplication::translate("JobTaskForm", "dbt platform");
    case Type::Other:
        return QCoreApplication::translate("JobTaskForm", "Other (kept as is)");
    }
    return {};
}

QString JobTaskForm::otherTypeJson() const
{
    const QString key = otherTypeKey();
    const QJsonValue value = key.isEmpty() ? verbatim : raw.value(key);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    if (value.isUndefined())
        return {};
    // A scalar: the text of a one-element array without its brackets.
    const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString JobTaskForm::otherTypeKey() const
{
    for (const QString &other : kOtherTypeKeys) {
        if (raw.contains(other))
            return other;
    }
    // Unknown future kinds: any "*_task" object.
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        if (it.key().endsWith(u"_task") && it.value().isObject()
            && std::find(std::begin(kTypeKeys), std::end(kTypeKeys), it.key()) == std::end(kTypeKeys))
            return it.key();
    }
    return {};
}

} // namespace brickdesk
