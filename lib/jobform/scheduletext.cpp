#include "jobform/scheduletext.h"

#include "cron/quartzcron.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString pausedPrefix(const QJsonObject &block, const QString &text)
{
    if (block.value(u"pause_status"_s).toString() == u"PAUSED"_s)
        return ScheduleText::tr("Paused — %1").arg(text);
    return text;
}

QString periodicText(const QJsonObject &periodic)
{
    const int interval = int(periodic.value(u"interval"_s).toInteger());
    const QString unit = periodic.value(u"unit"_s).toString();
    // Spelled out per number: plural forms without a translation file would show "(s)".
    if (unit == u"MINUTES"_s)
        return interval == 1 ? ScheduleText::tr("Every minute")
                             : ScheduleText::tr("Every %1 minutes").arg(interval);
    if (unit == u"HOURS"_s)
        return interval == 1 ? ScheduleText::tr("Every hour")
                             : ScheduleText::tr("Every %1 hours").arg(interval);
    if (unit == u"DAYS"_s)
        return interval == 1 ? ScheduleText::tr("Every day")
                             : ScheduleText::tr("Every %1 days").arg(interval);
    if (unit == u"WEEKS"_s)
        return interval == 1 ? ScheduleText::tr("Every week")
                             : ScheduleText::tr("Every %1 weeks").arg(interval);
    return ScheduleText::tr("Periodic");
}

QString triggerText(const QJsonObject &trigger)
{
    QString text;
    if (trigger.contains(u"file_arrival"_s))
        text = ScheduleText::tr("File arrival");
    else if (trigger.contains(u"periodic"_s))
        text = periodicText(trigger.value(u"periodic"_s).toObject());
    else if (trigger.contains(u"table_update"_s) || trigger.contains(u"table"_s))
        text = ScheduleText::tr("Table update");
    else if (trigger.contains(u"model"_s))
        text = ScheduleText::tr("Model update");
    else if (trigger.contains(u"sql_condition"_s))
        text = ScheduleText::tr("SQL condition");
    else
        text = ScheduleText::tr("Trigger");
    return pausedPrefix(trigger, text);
}

} // namespace

QString ScheduleText::describe(const QJsonObject &settings)
{
    const QJsonObject schedule = settings.value(u"schedule"_s).toObject();
    if (!schedule.isEmpty()) {
        const QString cron = schedule.value(u"quartz_cron_expression"_s).toString();
        const QString zone = schedule.value(u"timezone_id"_s).toString();
        const QuartzCron parsed = QuartzCron::parse(cron);
        const QString text = parsed.isValid() ? parsed.description(zone) : tr("Cron “%1” %2").arg(cron, zone);
        return pausedPrefix(schedule, text);
    }
    if (settings.contains(u"continuous"_s))
        return pausedPrefix(settings.value(u"continuous"_s).toObject(), tr("Continuous"));
    const QJsonObject trigger = settings.value(u"trigger"_s).toObject();
    if (!trigger.isEmpty())
        return triggerText(trigger);
    const QJsonArray triggers = settings.value(u"triggers"_s).toArray();
    if (triggers.size() == 1)
        return triggerText(triggers.first().toObject());
    if (!triggers.isEmpty()) {
        QStringList texts;
        for (const QJsonValue &t : triggers)
            texts.append(triggerText(t.toObject()));
        return tr("Any of: %1").arg(texts.join(u", "_s));
    }
    return tr("Manual");
}

} // namespace brickdesk
