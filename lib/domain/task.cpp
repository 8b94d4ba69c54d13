#include "domain/task.h"

#include <QHash>
#include <QJsonDocument>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr std::array<std::pair<const char *, Task::Kind>, 16> kinds = {{
    {"notebook_task", Task::Kind::Notebook},
    {"spark_python_task", Task::Kind::SparkPython},
    {"python_wheel_task", Task::Kind::PythonWheel},
    {"spark_jar_task", Task::Kind::SparkJar},
    {"spark_submit_task", Task::Kind::SparkSubmit},
    {"sql_task", Task::Kind::Sql},
    {"pipeline_task", Task::Kind::Pipeline},
    {"run_job_task", Task::Kind::RunJob},
    {"dbt_task", Task::Kind::Dbt},
    {"condition_task", Task::Kind::Condition},
    {"for_each_task", Task::Kind::ForEach},
    {"dashboard_task", Task::Kind::Dashboard},
    {"alert_task", Task::Kind::Alert},
    {"power_bi_task", Task::Kind::PowerBi},
    {"dbt_platform_task", Task::Kind::DbtPlatform},
    {"dbt_cloud_task", Task::Kind::DbtCloud},
}};

} // namespace

Task Task::fromJson(const QJsonObject &task)
{
    Task result;
    result.m_raw = task;
    return result;
}

QString Task::taskKey() const
{
    return m_raw.value(u"task_key"_s).toString();
}
QString Task::description() const
{
    return m_raw.value(u"description"_s).toString();
}
bool Task::isDisabled() const
{
    return m_raw.value(u"disabled"_s).toBool();
}

QStringList Task::dependsOn() const
{
    QStringList keys;
    const QJsonArray deps = m_raw.value(u"depends_on"_s).toArray();
    for (const QJsonValue &dep : deps)
        keys.append(dep.toObject().value(u"task_key"_s).toString());
    return keys;
}

QString Task::runIf() const
{
    return m_raw.value(u"run_if"_s).toString();
}

Task::Kind Task::kind() const
{
    return kindFromName(kindName());
}

QString Task::kindName() const
{
    // Known kinds first, so a task carrying an extra unknown *_task key still reads as known.
    for (const auto &kindEntry : kinds) {
        const QString key = QString::fromLatin1(kindEntry.first);
        if (m_raw.contains(key))
            return key;
    }
    for (auto it = m_raw.constBegin(); it != m_raw.constEnd(); ++it) {
        if (it.key().endsWith(u"_task"_s) && it.value().isObject())
            return it.key();
    }
    return {};
}

QJsonObject Task::kindSettings() const
{
    const QString key = kindName();
    return key.isEmpty() ? QJsonObject() : m_raw.value(key).toObject();
}

Task::Compute Task::compute() const
{
    if (m_raw.contains(u"existing_cluster_id"_s))
        return Compute::ExistingCluster;
    if (m_raw.contains(u"new_cluster"_s))
        return Compute::NewCluster;
    if (m_raw.contains(u"job_cluster_key"_s))
        return Compute::JobCluster;
    if (m_raw.contains(u"environment_key"_s))
        return Compute::Environment;
    return Compute::None;
}

QString Task::existingClusterId() const
{
    return m_raw.value(u"existing_cluster_id"_s).toString();
}
QString Task::jobClusterKey() const
{
    return m_raw.value(u"job_cluster_key"_s).toString();
}
ClusterSpec Task::newCluster() const
{
    return ClusterSpec::fromJson(m_raw.value(u"new_cluster"_s).toObject());
}

QList<std::pair<QString, QString>> Task::notebookBaseParameters() const
{
    QList<std::pair<QString, QString>> result;
    const QJsonObject base
        = m_raw.value(u"notebook_task"_s).toObject().value(u"base_parameters"_s).toObject();
    for (auto it = base.constBegin(); it != base.constEnd(); ++it)
        result.append({it.key(), it.value().toVariant().toString()});
    return result;
}

std::optional<QStringList> Task::pythonParameters() const
{
    const QJsonObject python = m_raw.value(u"spark_python_task"_s).toObject();
    if (!python.contains(u"parameters"_s))
        return std::nullopt;
    QStringList result;
    const QJsonArray parameters = python.value(u"parameters"_s).toArray();
    for (const QJsonValue &parameter : parameters)
        result << parameter.toString();
    return result;
}
QJsonArray Task::libraries() const
{
    return m_raw.value(u"libraries"_s).toArray();
}
int Task::maxRetries() const
{
    return int(m_raw.value(u"max_retries"_s).toInteger(0));
}
int Task::timeoutSeconds() const
{
    return int(m_raw.value(u"timeout_seconds"_s).toInteger(0));
}

QString Task::target() const
{
    const QJsonObject settings = kindSettings();
    switch (kind()) {
    case Kind::Notebook:
        return settings.value(u"notebook_path"_s).toString();
    case Kind::SparkPython:
        return settings.value(u"python_file"_s).toString();
    case Kind::PythonWheel:
        return settings.value(u"package_name"_s).toString();
    case Kind::SparkJar:
        return settings.value(u"main_class_name"_s).toString();
    case Kind::Pipeline:
        return settings.value(u"pipeline_id"_s).toString();
    case Kind::RunJob:
        return QString::number(settings.value(u"job_id"_s).toInteger());
    case Kind::Sql: {
        const QJsonObject file = settings.value(u"file"_s).toObject();
        if (!file.isEmpty())
            return file.value(u"path"_s).toString();
        return settings.value(u"warehouse_id"_s).toString();
    }
    case Kind::ForEach:
        return settings.value(u"inputs"_s).toString();
    case Kind::Dashboard:
        return settings.value(u"dashboard_id"_s).toString();
    case Kind::Alert:
        return settings.value(u"alert_id"_s).toString();
    case Kind::PowerBi: {
        const QJsonObject model = settings.value(u"power_bi_model"_s).toObject();
        const QString name = model.value(u"model_name"_s).toString();
        const QString workspace = model.value(u"workspace_name"_s).toString();
        return workspace.isEmpty() ? name : workspace + u'/' + name;
    }
    case Kind::DbtPlatform:
        return settings.value(u"dbt_platform_job_id"_s).toString();
    case Kind::DbtCloud:
        return QString::number(settings.value(u"dbt_cloud_job_id"_s).toInteger());
    case Kind::SparkSubmit:
    case Kind::Dbt:
    case Kind::Condition:
    case Kind::Unknown:
        break;
    }
    return {};
}

QString Task::environmentKey() const
{
    return m_raw.value(u"environment_key"_s).toString();
}

QList<std::pair<QString, QString>> Task::outcomeDependencies() const
{
    QList<std::pair<QString, QString>> out;
    const QJsonArray deps = m_raw.value(u"depends_on"_s).toArray();
    for (const QJsonValue &dep : deps) {
        const QJsonObject o = dep.toObject();
        if (o.contains(u"outcome"_s))
            out.append({o.value(u"task_key"_s).toString(), o.value(u"outcome"_s).toString()});
    }
    return out;
}

QString Task::conditionText() const
{
    const QJsonObject condition = m_raw.value(u"condition_task"_s).toObject();
    if (condition.isEmpty())
        return {};
    static const QHash<QString, QString> symbols {{u"EQUAL_TO"_s, u"=="_s}, {u"NOT_EQUAL"_s, u"!="_s},
        {u"GREATER_THAN"_s, u">"_s}, {u"GREATER_THAN_OR_EQUAL"_s, u">="_s}, {u"LESS_THAN"_s, u"<"_s},
        {u"LESS_THAN_OR_EQUAL"_s, u"<="_s}};
    const QString op = condition.value(u"op"_s).toString();
    return condition.value(u"left"_s).toString() + u' ' + symbols.value(op, op) + u' '
        + condition.value(u"right"_s).toString();
}

Task Task::forEachTask() const
{
    return Task::fromJson(m_raw.value(u"for_each_task"_s).toObject().value(u"task"_s).toObject());
}

QString Task::forEachInputs() const
{
    return m_raw.value(u"for_each_task"_s).toObject().value(u"inputs"_s).toString();
}

std::optional<int> Task::forEachInputCount() const
{
    const QJsonDocument inputs = QJsonDocument::fromJson(forEachInputs().toUtf8());
    if (!inputs.isArray())
        return std::nullopt;
    return int(inputs.array().size());
}

int Task::forEachConcurrency() const
{
    return int(m_raw.value(u"for_each_task"_s).toObject().value(u"concurrency"_s).toInteger(1));
}

qint64 Task::runJobId() const
{
    return m_raw.value(u"run_job_task"_s).toObject().value(u"job_id"_s).toInteger();
}

void Task::setTaskKey(const QString &key)
{
    m_raw.insert(u"task_key"_s, key);
}

void Task::setDescription(const QString &description)
{
    setValue(u"description"_s,
        description.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(description));
}

void Task::setDependsOn(const QStringList &taskKeys)
{
    const QJsonArray old = m_raw.value(u"depends_on"_s).toArray();
    QJsonArray deps;
    for (const QString &key : taskKeys) {
        QJsonObject dep {{u"task_key"_s, key}};
        for (const QJsonValue &o : old) {
            if (o.toObject().value(u"task_key"_s).toString() == key) {
                dep = o.toObject();
                break;
            }
        }
        deps.append(dep);
    }
    setValue(u"depends_on"_s, deps.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(deps));
}

void Task::setValue(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        m_raw.remove(key);
    else
        m_raw.insert(key, value);
}

QString Task::kindToName(Kind kind)
{
    for (const auto &[text, value] : kinds) {
        if (value == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

Task::Kind Task::kindFromName(QStringView name)
{
    for (const auto &[text, value] : kinds) {
        if (name == QLatin1String(text))
            return value;
    }
    return Kind::Unknown;
}

} // namespace brickdesk
