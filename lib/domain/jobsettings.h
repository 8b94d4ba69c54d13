#pragma once

#include "domain/clusterspec.h"
#include "domain/task.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace brickdesk {

// A cluster the job's tasks share (job_clusters[]).
struct JobCluster
{
    QString key; // job_cluster_key
    ClusterSpec spec;
};

// A job-level parameter (parameters[]) and its default, as text.
struct JobParameter
{
    QString name;
    QString defaultValue;
};

// A serverless environment (environments[]): its key and spec.
struct JobEnvironment
{
    QString key;
    QString environmentVersion;
    QString baseEnvironment;
    QString client;
    QStringList dependencies;
};

// What starts a job on its own, of one kind of JobSettings::triggerKinds(), with the fields
// each known kind has; a kind newer than this client keeps only its settings as JSON text.
struct JobTrigger
{
    QString kind;
    bool paused = false;
    QString cronExpression; // schedule
    QString timezoneId;
    QString url; // file_arrival
    QStringList tableNames; // table_update (or its older name, table)
    QString condition; // table_update, model
    qint64 interval = 0; // periodic
    QString unit;
    QString securableName; // model
    QStringList aliases;
    QString sqlQueryId; // sql_condition
    QString warehouseId;
    QString settingsText; // the kind's settings as compact JSON, for kinds not listed above
};

// Where a job's notebooks and files come from (git_source).
struct JobGitSource
{
    QString url;
    QString reference; // the branch, else the tag, else the commit
};

// Who hears of one event of a job's runs (email_notifications, webhook_notifications).
struct JobNotificationTargets
{
    QStringList emails;
    QStringList webhookIds;
    bool isEmpty() const { return emails.isEmpty() && webhookIds.isEmpty(); }
};

// JobSettings (guide §1.3), the body of jobs/create and the new_settings of reset/update.
// Lossless: the raw object is the source of truth and setters edit it in place, so writing
// back preserves every field the server sent, known to us or not.
class JobSettings final
{
public:
    JobSettings() = default;
    static JobSettings fromJson(const QJsonObject &settings);

    QString name() const;
    QString description() const;
    QVector<Task> tasks() const;
    int taskCount() const;
    QVector<JobCluster> jobClusters() const;
    QVector<JobParameter> parameters() const;
    QMap<QString, QString> tags() const;
    int maxConcurrentRuns() const; // 1 when absent (the server default)
    int timeoutSeconds() const; // 0 = none

    // schedule{quartz_cron_expression, timezone_id, pause_status}
    bool hasSchedule() const;
    QString cronExpression() const;
    QString timezoneId() const;
    // Paused schedule/continuous/trigger (pause_status == PAUSED).
    bool isPaused() const;
    bool isContinuous() const;
    bool hasTrigger() const; // trigger or triggers (file arrival, periodic, table update...)
    // Runs on its own: an unpaused schedule, continuous or trigger.
    bool isScheduled() const;
    // Each of schedule, trigger and continuous that is set, and whether it is paused.
    QMap<QString, bool> pauseStates() const;
    // The new_settings of a jobs/update that pauses (or resumes) each of those blocks not
    // already so, each block whole (update replaces top-level fields wholesale, so its cron,
    // time zone or trigger details are kept); empty when nothing would change.
    QJsonObject pauseUpdate(bool paused) const;
    bool hasQueue() const; // queue{} is set, enabled or not
    bool queueEnabled() const;
    QString format() const;
    // What starts the job on its own: "schedule", "continuous", and each kind under trigger
    // ("file_arrival", "table_update", "periodic", "model", "sql_condition", or any newer one,
    // as it comes), then those of the preview triggers[] list.
    QStringList triggerKinds() const;
    QJsonObject triggerSettings(const QString &kind) const; // the object of one of triggerKinds()
    JobTrigger trigger(const QString &kind) const; // one of triggerKinds(), read

    // Serverless environments (environments[]): key -> its spec (environment_version or
    // base_environment, dependencies...).
    QVector<JobEnvironment> environments() const;
    // The environment of that key; an empty one (no key) when there is none.
    JobEnvironment environment(const QString &environmentKey) const;
    QString performanceTarget() const; // STANDARD, PERFORMANCE_OPTIMIZED, "" (the default), or newer
    QString budgetPolicyId() const;
    QString usagePolicyId() const;
    QString editMode() const; // UI_LOCKED, EDITABLE, "" (editable)
    // Deployed from a bundle and locked against edits in the UI (edit_mode UI_LOCKED). The API
    // still accepts edits; the lock is a convention the web UI and this client honour.
    bool isUiLocked() const;
    QJsonObject deployment() const; // {kind: BUNDLE, metadata_file_path, ...}
    QString deploymentMetadataPath() const; // the bundle's deployment state, when deployed from one
    std::optional<JobGitSource> gitSource() const;
    // The events email_notifications and webhook_notifications know (on_start, on_success,
    // on_failure, on_duration_warning_threshold_exceeded, on_streaming_backlog_exceeded...).
    bool hasNotifications() const;
    JobNotificationTargets notificationTargets(const QString &event) const;
    QString parentPath() const;

    void setName(const QString &name);
    void setDescription(const QString &description);
    void setTasks(const QVector<Task> &tasks);
    void setTags(const QMap<QString, QString> &tags);
    void setMaxConcurrentRuns(int runs);
    void setTimeoutSeconds(int seconds);
    void setSchedule(const QString &cron, const QString &timezoneId, bool paused);
    void clearSchedule();
    void setValue(const QString &key, const QJsonValue &value); // undefined removes

    QJsonObject raw() const { return m_raw; }
    QJsonObject toJson() const { return m_raw; }
    // Exactly the body of POST jobs/create: the settings without the 2.2 paging markers.
    QJsonObject toCreateBody() const;

    bool operator==(const JobSettings &other) const { return m_raw == other.m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
