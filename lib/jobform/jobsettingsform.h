#pragma once

#include "jobform/jobclusterform.h"
#include "jobform/jobtaskform.h"
#include "jobform/jobtriggerform.h"
#include "jobform/keyvaluerows.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// One problem found by JobSettingsForm::validate(). `field` is a JSON path into JobSettings,
// e.g. "name", "tasks[1].task_key", "tasks[0].notebook_task.notebook_path",
// "job_clusters[0].new_cluster.node_type_id", "schedule.quartz_cron_expression"; the dialog
// shows `message` next to the widget bound to that path.
struct JobFormIssue
{
    QString field;
    QString message;
    bool operator==(const JobFormIssue &other) const = default;
};

// The job form's data model: JobSettings (the body of jobs/create, jobs/reset new_settings)
// split into the fields the form edits. Lossless: fromJson() keeps the JSON it was given and
// toJson() starts from it, overwriting only what the form manages, so fields the form does
// not know -- at the top level, inside tasks, inside job clusters -- come back unchanged.
class JobSettingsForm final
{
    Q_DECLARE_TR_FUNCTIONS(JobSettingsForm)

public:
    enum class TriggerKind {
        Manual, // neither schedule nor trigger
        Schedule, // schedule (Quartz cron)
        FileArrival, // trigger.file_arrival
        Periodic, // trigger.periodic
        Continuous, // continuous
        TableUpdate, // trigger.table_update
        Model, // trigger.model
        SqlCondition, // trigger.sql_condition
        Other, // triggers[], unknown trigger kinds...: kept verbatim
    };

    // JobSettings.environments[] (serverless): environment_key and spec.environment_version;
    // the rest of each entry (dependencies, base_environment...) is kept as read.
    struct Environment
    {
        QString key;
        QString version;
        bool operator==(const Environment &other) const = default;
    };

    struct Parameter
    {
        QString name;
        QString defaultValue;
        bool operator==(const Parameter &other) const = default;
    };

    QString name;
    QString description;
    QMap<QString, QString> tags;
    QList<JobTaskForm> tasks;
    QList<JobClusterForm> jobClusters;

    TriggerKind triggerKind = TriggerKind::Manual;
    bool paused = false; // schedule.pause_status / trigger.pause_status
    QString cronExpression; // schedule.quartz_cron_expression
    QString timeZoneId = u"UTC"_s; // schedule.timezone_id (Java/IANA id)
    QString fileArrivalUrl; // trigger.file_arrival.url
    std::optional<int> fileArrivalMinSecondsBetween; // min_time_between_triggers_seconds
    std::optional<int> fileArrivalWaitAfterLastChange; // wait_after_last_change_seconds
    int periodicInterval = 1; // trigger.periodic.interval
    QString periodicUnit = u"HOURS"_s; // MINUTES | HOURS | DAYS | WEEKS
    JobTriggerForm triggerDetails; // table_update, model, sql_condition

    QList<Parameter> parameters; // job parameters with defaults
    QStringList emailOnStart;
    QStringList emailOnSuccess;
    QStringList emailOnFailure;
    std::optional<int> timeoutSeconds;
    std::optional<int> maxConcurrentRuns;
    std::optional<bool> queueEnabled; // queue.enabled; unset = server default
    QString performanceTarget; // STANDARD | PERFORMANCE_OPTIMIZED (others kept); empty = unset
    QString budgetPolicyId; // budget_policy_id
    QString usagePolicyId; // usage_policy_id
    QList<Environment> environments;
    // Rows of tags typed with a name already used (under "tags"): never saved, refused by
    // validate(). Tasks and job clusters keep their own.
    QMap<QString, keyvaluerows::Rows> repeatedRows;

    // The trigger kind's key under JobSettings.trigger ("periodic"...); empty for the others.
    static QString triggerKey(TriggerKind kind);

    // Accepts JobSettings, a jobs/create body, or a whole jobs/get response (its "settings").
    static JobSettingsForm fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The JSON this form was read from (empty for a new job).
    QJsonObject originalJson() const { return m_raw; }
    // The trigger and triggers blocks of that JSON as indented text, shown as they came (the
    // preview list, or a trigger kind this version does not know); empty when there are none.
    QString originalTriggersJson() const;
    // Replace the base JSON (e.g. after the user edited the JSON view) and re-read the fields.
    void setOriginalJson(const QJsonObject &settings) { *this = fromJson(settings); }

    // A job deployed from a bundle: edit_mode UI_LOCKED (the UI must not change its settings).
    static bool isLockedByBundle(const QJsonObject &settings);

    // A fresh form for a new job: one notebook task, manual trigger.
    static JobSettingsForm newJob();

    // Every problem, in field order. Empty = valid.
    QList<JobFormIssue> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // Best guess of which field an API error message is about (for showing jobs/create or
    // jobs/reset errors next to a field), e.g. "Invalid quartz_cron_expression" ->
    // "schedule.quartz_cron_expression", "Task key Foo is duplicated" -> "tasks[i].task_key".
    // Empty when the message names no field the form knows.
    QString fieldForApiError(const QString &message) const;

    // Task keys in an order where every task comes after its dependencies; empty if there is
    // a cycle (see validate()).
    QStringList topologicalOrder() const;

    // For clone: a copy named "<name> (copy)" with cluster references that are not in
    // `existingClusterIds` reported (as task indexes) so the user can pick again.
    JobSettingsForm cloned() const;
    QList<int> tasksWithUnknownClusters(const QStringList &existingClusterIds) const;

    bool operator==(const JobSettingsForm &other) const = default;

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
