#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// The settings of the trigger kinds added with Jobs 2.2 that the form edits: table_update,
// model and sql_condition (JobSettings.trigger). Lossless like the rest of the form: write()
// starts from the trigger's object as read and overwrites only these fields.
struct JobTriggerForm
{
    // trigger.table_update
    QStringList tableNames; // table_names[]
    QString tableCondition; // condition: ANY_UPDATED | ALL_UPDATED (others kept as they come)
    std::optional<int> tableMinSecondsBetween; // min_time_between_triggers_seconds
    std::optional<int> tableWaitAfterLastChange; // wait_after_last_change_seconds
    // trigger.model
    QString modelCondition; // condition: MODEL_CREATED | MODEL_VERSION_READY | MODEL_ALIAS_SET
    QString modelSecurableName; // securable_name
    QStringList modelAliases; // aliases[]
    std::optional<int> modelMinSecondsBetween;
    std::optional<int> modelWaitAfterLastChange;
    // trigger.sql_condition
    QString sqlWarehouseId; // warehouse_id
    QString sqlQueryId; // sql_query_id
    QString sqlTriggerMode; // trigger_mode: QUERY_RETURNS_ROWS | RESULT_VALUE_CHANGES

    // Reads every kind's fields from a JobSettings.trigger object.
    static JobTriggerForm fromJson(const QJsonObject &trigger);
    // Writes the fields of `kind` ("table_update", "model" or "sql_condition") into `details`,
    // the trigger's object of that kind as read (or empty).
    void write(const QString &kind, QJsonObject &details) const;

    bool operator==(const JobTriggerForm &other) const = default;
};

} // namespace brickdesk
