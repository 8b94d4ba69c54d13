#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <bitset>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// A Quartz cron expression as Databricks accepts it in JobSettings.schedule.quartz_cron_expression
// (Quartz CronExpression syntax, https://www.quartz-scheduler.org/api/2.3.0/org/quartz/CronExpression.html):
//   seconds minutes hours day-of-month month day-of-week [year]
// with `*`, `?`, `-`, `,`, `/`, `L` (day-of-month: L, L-n, LW; day-of-week: nL), `W` (nW),
// `#` (day-of-week n#k), month names JAN-DEC and day names SUN-SAT (case-insensitive).
// Day-of-week numbers are Quartz's: 1 = Sunday ... 7 = Saturday. Exactly one of day-of-month
// and day-of-week must be `?`.
//
// A value type: parse() never throws; an invalid expression reports the field it failed in.
//
//   const QuartzCron cron = QuartzCron::parse(u"0 30 6 ? * MON-FRI"_s);
//   if (!cron.isValid()) showError(cron.errorString());      // "Day of week: ..."
//   cron.nextFireTimes(QDateTime::currentDateTimeUtc(), QTimeZone("Europe/Berlin"), 5);
//   cron.description();                                        // "At 06:30 on weekdays"
class QuartzCron final
{
    Q_DECLARE_TR_FUNCTIONS(QuartzCron)

public:
    enum class Field { None = -1, Seconds = 0, Minutes, Hours, DayOfMonth, Month, DayOfWeek, Year };

    QuartzCron() = default; // invalid, empty expression
    static QuartzCron parse(const QString &expression);

    bool isValid() const { return m_valid; }
    QString expression() const { return m_expression; }

    // Where parsing failed (Field::None when valid or when the field count is wrong).
    Field errorField() const { return m_errorField; }
    // The reason without the field name, e.g. "value 61 is out of range 0-59".
    QString errorMessage() const { return m_errorMessage; }
    // "Minutes: value 61 is out of range 0-59"; empty when valid.
    QString errorString() const;
    // Translated, human name of a field: "Seconds", "Day of month", ...
    static QString fieldName(Field field);

    // The next `count` firing instants strictly after `after`, computed in local time of
    // `zone` (returned as QDateTime in that zone). Daylight saving follows Quartz (java.util
    // Calendar, lenient): a local time that does not exist (spring forward) fires at the same
    // wall-clock distance after the gap (02:30 -> 03:30); a local time that occurs twice (fall
    // back) fires once, at its first occurrence. Fewer than `count` results if the schedule
    // ends (year field) or can never fire (e.g. "0 0 0 30 2 ?"); none after year 2099.
    QList<QDateTime> nextFireTimes(const QDateTime &after, const QTimeZone &zone, int count) const;
    // Invalid QDateTime if there is no next firing time.
    QDateTime nextFireTime(const QDateTime &after, const QTimeZone &zone) const;

    // Readable English (translatable) text: "Every day at 02:00", "Every 15 minutes",
    // "At 06:30 on weekdays", "At 09:00 on the last day of the month". Falls back to the
    // expression itself for shapes it cannot phrase. Empty for invalid expressions.
    QString description() const;
    // As description(), followed by the zone id: "Every day at 02:00 UTC".
    QString description(const QString &timeZoneId) const;

    // Convenience: empty when `expression` is valid, else errorString().
    static QString validate(const QString &expression);

    // Matching sets, exposed for tests and callers that need them (bit i = value i).
    const std::bitset<60> &seconds() const { return m_seconds; }
    const std::bitset<60> &minutes() const { return m_minutes; }
    const std::bitset<24> &hours() const { return m_hours; }
    const std::bitset<13> &months() const { return m_months; } // 1..12

private:
    struct Special
    {
        enum class Kind { LastDay, LastWeekday, NearestWeekday, LastDayOfWeek, NthDayOfWeek };
        Kind kind = Kind::LastDay;
        int value = 0; // L-offset, W day, day of week (1..7)
        int nth = 0; // for NthDayOfWeek
    };

    bool parseField(Field field, const QString &text);
    bool fail(Field field, const QString &message);
    bool matchesDate(int year, int month, int day) const;
    QString describeDays() const;
    QString describeMonths() const;

    QString m_expression;
    bool m_valid = false;
    Field m_errorField = Field::None;
    QString m_errorMessage;

    std::bitset<60> m_seconds;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months; // 1..12
    std::bitset<8> m_daysOfWeek; // 1..7, Quartz numbering (1 = Sunday)
    std::bitset<130> m_years; // 1970..2099
    QList<Special> m_domSpecials;
    QList<Special> m_dowSpecials;
    bool m_domUnspecified = false; // `?`
    bool m_dowUnspecified = false; // `?`
    bool m_domAll = false; // `*`
    bool m_dowAll = false; // `*`
    bool m_yearAll = true;
};

} // namespace brickdesk
