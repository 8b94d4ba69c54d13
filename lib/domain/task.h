#pragma once

#include "domain/clusterspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace brickdesk {

// One element of JobSettings.tasks (guide §1.3). The raw object is the source of truth:
// accessors read it, setters write into it, so unknown task kinds and fields survive a
// round trip untouched.
class Task final
{
    Q_GADGET

public:
    enum class Kind {
        Unknown, // a *_task key we do not know (kindName() has it) or none
        Notebook,
        SparkPython,
        PythonWheel,
        SparkJar,
        SparkSubmit,
        Sql,
        Pipeline,
        RunJob,
        Dbt,
        Condition,
        ForEach,
        Dashboard,
        Alert,
        PowerBi,
        DbtPlatform,
        DbtCloud, // deprecated in favour of dbt_platform_task, still shown
    };
    Q_ENUM(Kind)

    enum class Compute {
        None, // serverless without environment_key, or not specified
        ExistingCluster,
        NewCluster,
        JobCluster,
        Environment,
    };
    Q_ENUM(Compute)

    Task() = default;
    static Task fromJson(const QJsonObject &task);

    QString taskKey() const;
    QString description() const;
    bool isDisabled() const;
    QStringList dependsOn() const; // task_key of each depends_on entry
    QString runIf() const; // raw, "" means ALL_SUCCESS
    Kind kind() const;
    QString kindName() const; // the "<x>_task" key present, e.g. "notebook_task"
    QJsonObject kindSettings() const; // the object under kindName()
    Compute compute() const;
    QString existingClusterId() const;
    QString jobClusterKey() const;
    ClusterSpec newCluster() const;
    QJsonArray libraries() const;
    int maxRetries() const; // 0 when absent
    int timeoutSeconds() const; // 0 when absent
    // notebook_path / python_file / main_class_name / package_name... : what the task runs.
    QString target() const;
    QString environmentKey() const; // serverless: the job environment it runs in
    // depends_on entries that wait for a condition outcome: task key -> "true" / "false".
    QList<std::pair<QString, QString>> outcomeDependencies() const;
    // condition_task: "<left> <op> <right>" with the operator in symbols (==, !=, >, >=, <, <=;
    // an unknown operator as it comes).
    QString conditionText() const;
    // for_each_task: the nested task, its inputs (JSON array text or a reference) and concurrency.
    Task forEachTask() const;
    QString forEachInputs() const;
    // How many inputs when they are given as a JSON array, else nullopt (a reference).
    std::optional<int> forEachInputCount() const;
    int forEachConcurrency() const; // 1 when absent
    qint64 runJobId() const; // run_job_task.job_id, 0 otherwise
    // The parameters older jobs give per task, which run-now may override: a notebook's
    // base_parameters (name, default as text) and a Python script's command-line parameters
    // (nullopt when the task gives none).
    QList<std::pair<QString, QString>> notebookBaseParameters() const;
    std::optional<QStringList> pythonParameters() const;

    void setTaskKey(const QString &key);
    void setDescription(const QString &description);
    void setDependsOn(const QStringList &taskKeys); // keeps each kept key's "outcome"
    // Generic write for fields without a dedicated setter; an undefined value removes the key.
    void setValue(const QString &key, const QJsonValue &value);

    QJsonObject raw() const { return m_raw; }
    QJsonObject toJson() const { return m_raw; }

    static QString kindToName(Kind kind);
    static Kind kindFromName(QStringView name);

    bool operator==(const Task &other) const { return m_raw == other.m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
