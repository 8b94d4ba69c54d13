#pragma once

#include "domain/task.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace brickdesk {

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
    QJsonArray jobClusters() const;
    QJsonArray parameters() const;
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
    bool queueEnabled() const;
    QString format() const;
    // What starts the job on its own: "schedule", "continuous", and each kind under trigger
    // ("file_arrival", "table_update", "periodic", "model", "sql_condition", or any newer one,
    // as it comes), then those of the preview triggers[] list.
    QStringList triggerKinds() const;
    QJsonObject triggerSettings(const QString &kind) const; // the object of one of triggerKinds()

    // Serverless environments (environments[]): key -> its spec (environment_version or
    // base_environment, dependencies...).
    QJsonArray environments() const;
    QJsonObject environmentSpec(const QString &environmentKey) const;
    QString performanceTarget() const; // STANDARD, PERFORMANCE_OPTIMIZED, "" (the default), or newer
    QString budgetPolicyId() const;
    QString usagePolicyId() const;
    QString editMode() const; // UI_LOCKED, EDITABLE, "" (editable)
    // Deployed from a bundle and locked against edits in the UI (edit_mode UI_LOCKED). The API
    // still accepts edits; the lock is a convention the web UI and this client honour.
    bool isUiLocked() const;
    QJsonObject deployment() const; // {kind: BUNDLE, metadata_file_path, ...}
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

    bool operator==(const JobSettings &other) const { return m_raw == other.m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
