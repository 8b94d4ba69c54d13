#include "jobform/jobtriggerform.h"

#include "jobform/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jsonfields;

JobTriggerForm JobTriggerForm::fromJson(const QJsonObject &trigger)
{
    JobTriggerForm form;
    const QJsonObject table = trigger.value(u"table_update").toObject();
    form.tableNames = readList(table.value(u"table_names"));
    form.tableCondition = table.value(u"condition").toString();
    form.tableMinSecondsBetween = readInt(table, u"min_time_between_triggers_seconds"_s);
    form.tableWaitAfterLastChange = readInt(table, u"wait_after_last_change_seconds"_s);
    const QJsonObject model = trigger.value(u"model").toObject();
    form.modelCondition = model.value(u"condition").toString();
    form.modelSecurableName = model.value(u"securable_name").toString();
    form.modelAliases = readList(model.value(u"aliases"));
    form.modelMinSecondsBetween = readInt(model, u"min_time_between_triggers_seconds"_s);
    form.modelWaitAfterLastChange = readInt(model, u"wait_after_last_change_seconds"_s);
    const QJsonObject sql = trigger.value(u"sql_condition").toObject();
    form.sqlWarehouseId = sql.value(u"warehouse_id").toString();
    form.sqlQueryId = sql.value(u"sql_query_id").toString();
    form.sqlTriggerMode = sql.value(u"trigger_mode").toString();
    return form;
}

void JobTriggerForm::write(const QString &kind, QJsonObject &details) const
{
    if (kind == u"table_update") {
        setList(details, u"table_names"_s, tableNames);
        setString(details, u"condition"_s, tableCondition);
        setInt(details, u"min_time_between_triggers_seconds"_s, tableMinSecondsBetween);
        setInt(details, u"wait_after_last_change_seconds"_s, tableWaitAfterLastChange);
    } else if (kind == u"model") {
        setString(details, u"condition"_s, modelCondition);
        setString(details, u"securable_name"_s, modelSecurableName);
        setList(details, u"aliases"_s, modelAliases);
        setInt(details, u"min_time_between_triggers_seconds"_s, modelMinSecondsBetween);
        setInt(details, u"wait_after_last_change_seconds"_s, modelWaitAfterLastChange);
    } else if (kind == u"sql_condition") {
        setString(details, u"warehouse_id"_s, sqlWarehouseId);
        setString(details, u"sql_query_id"_s, sqlQueryId);
        setString(details, u"trigger_mode"_s, sqlTriggerMode);
    }
}

} // namespace brickdesk
