#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

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
    QJsonObject newCluster() const;
    QJsonArray libraries() const;
    int maxRetries() const; // 0 when absent
    int timeoutSeconds() const; // 0 when absent
    // notebook_path / python_file / main_class_name / package_name... : what the task runs.
    QString target() const;

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
