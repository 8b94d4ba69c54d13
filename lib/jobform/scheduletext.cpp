#include "jobform/scheduletext.h"

#include "jobform/quartzcron.h"

#include <QJsonArray>

namespace brickdesk {

namespace {

QString pausedPrefix(const QJsonObject &block, const QString &text)
{
    if (block.value(QLatin1String("pause_status")).toString() == QLatin1String("PAUSED"))
        return ScheduleText::tr("Paused — %1").arg(text);
    return text;
}

QString periodicText(const QJsonObject &periodic)
{
    const int interval = int(periodic.value(QLatin1String("interval")).toInteger());
    const QString unit = periodic.value(QLatin1String("unit")).toString();
    // Spelled out per number: plural forms without a translation file would show "(s)".
    if (unit == QLatin1String("MINUTES"))
        return interval == 1 ? ScheduleText::tr("Every minute")
                             : ScheduleText::tr("Every %1 minutes").arg(interval);
    if (unit == QLatin1String("HOURS"))
        return interval == 1 ? ScheduleText::tr("Every hour")
                             : ScheduleText::tr("Every %1 hours").arg(interval);
    if (unit == QLatin1String("DAYS"))
        return interval == 1 ? ScheduleText::tr("Every day")
                             : ScheduleText::tr("Every %1 days").arg(interval);
    if (unit == QLatin1String("WEEKS"))
        return interval == 1 ? ScheduleText::tr("Every week")
                             : ScheduleText::tr("Every %1 weeks").arg(interval);
    return ScheduleText::tr("Periodic");
}

} // namespace

QString ScheduleText::describe(const QJsonObject &settings)
{
    const QJsonObject schedule = settings.value(QLatin1String("schedule")).toObject();
    if (!schedule.isEmpty()) {
        const QString cron = schedule.value(QLatin1String("quartz_cron_expression")).toString();
        const QString zone = schedule.value(QLatin1String("timezone_id")).toString();
        const QuartzCron parsed = QuartzCron::parse(cron);
        const QString text = parsed.isValid() ? parsed.description(zone) : tr("Cron “%1” %2").arg(cron, zone);
        return pausedPrefix(schedule, text);
    }
    if (settings.contains(QLatin1String("continuous")))
        return pausedPrefix(settings.value(QLatin1String("continuous")).toObject(), tr("Continuous"));
    const QJsonObject trigger = settings.value(QLatin1String("trigger")).toObject();
    if (!trigger.isEmpty()) {
        QString text;
        if (trigger.contains(QLatin1String("file_arrival")))
            text = tr("File arrival");
        else if (trigger.contains(QLatin1String("periodic")))
            text = periodicText(trigger.value(QLatin1String("periodic")).toObject());
        else if (trigger.contains(QLatin1String("table_update")) || trigger.contains(QLatin1String("table")))
            text = tr("Table update");
        else if (trigger.contains(QLatin1String("model")))
            text = tr("Model update");
        else
            text = tr("Trigger");
        return pausedPrefix(trigger, text);
    }
    if (!settings.value(QLatin1String("triggers")).toArray().isEmpty())
        return tr("Triggers");
    return tr("Manual");
}

} // namespace brickdesk
