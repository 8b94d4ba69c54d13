#include "cron/quartzcron.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2099;
constexpr qint64 kMsPerDay = 86400000;

struct Bounds
{
    int min;
    int max;
};

Bounds boundsOf(QuartzCron::Field field)
{
    switch (field) {
    case QuartzCron::Field::Seconds:
    case QuartzCron::Field::Minutes:
        return {0, 59};
    case QuartzCron::Field::Hours:
        return {0, 23};
    case QuartzCron::Field::DayOfMonth:
        return {1, 31};
    case QuartzCron::Field::Month:
        return {1, 12};
    case QuartzCron::Field::DayOfWeek:
        return {1, 7};
    case QuartzCron::Field::Year:
        return {kMinYear, kMaxYear};
    case QuartzCron::Field::None:
        break;
    }
    return {0, 0};
}

const std::array<QString, 12> kMonthNames = {
    u"JAN"_s,
    u"FEB"_s,
    u"MAR"_s,
    u"APR"_s,
    u"MAY"_s,
    u"JUN"_s,
    u"JUL"_s,
    u"AUG"_s,
    u"SEP"_s,
    u"OCT"_s,
    u"NOV"_s,
    u"DEC"_s,
};
const std::array<QString, 7> kDayNames = {
    u"SUN"_s,
    u"MON"_s,
    u"TUE"_s,
    u"WED"_s,
    u"THU"_s,
    u"FRI"_s,
    u"SAT"_s,
};

// Quartz day-of-week (1 = Sunday) from QDate::dayOfWeek() (1 = Monday ... 7 = Sunday).
int quartzDayOfWeek(const QDate &date)
{
    return date.dayOfWeek() % 7 + 1;
}

// Milliseconds since the epoch of `local` read as if it were UTC ("local wall clock ms").
qint64 wallClockMs(const QDate &date, int secondsOfDay)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + qint64(secondsOfDay) * 1000;
}

int offsetAt(const QTimeZone &zone, qint64 ms)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// The instant a local wall-clock time denotes in `zone`, resolved like Quartz (lenient
// java.util.Calendar): ambiguous times take their first occurrence, times inside a gap move
// forward by the gap's length (interpreted with the offset in force before the gap).
qint64 resolveLocal(const QTimeZone &zone, qint64 wallMs)
{
    const int before = offsetAt(zone, wallMs - kMsPerDay);
    const int after = offsetAt(zone, wallMs + kMsPerDay);
    std::optional<qint64> best;
    for (const int offset : {before, after}) {
        const qint64 candidate = wallMs - qint64(offset) * 1000;
        if (offsetAt(zone, candidate) == offset && (!best || candidate < *best))
            best = candidate;
    }
    if (best)
        return *best;
    return wallMs - qint64(before) * 1000;
}

QString joinList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    const QStringList head = items.mid(0, items.size() - 1);
    return QuartzCron::tr("%1 and %2", "list: 'A, B and C'").arg(head.join(u", "), items.last());
}

template<std::size_t N>
std::vector<int> valuesOf(const std::bitset<N> &bits, int offset = 0)
{
    std::vector<int> values;
    for (std::size_t i = 0; i < N; ++i) {
        if (bits.test(i))
            values.push_back(int(i) + offset);
    }
    return values;
}

// If `values` is first, first+step, ... up to the field's maximum (as "*/n" or "a/n" produce),
// the step; otherwise 0.
int progressionStep(const std::vector<int> &values, int max)
{
    if (values.size() < 2)
        return 0;
    const int step = values[1] - values[0];
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (values[i] - values[i - 1] != step)
            return 0;
    }
    return values.back() + step > max ? step : 0;
}

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

QString clockTime(int hour, int minute, int second = 0)
{
    QString text = twoDigits(hour) + u':' + twoDigits(minute);
    if (second != 0)
        text += u':' + twoDigits(second);
    return text;
}

QString dayName(int quartzDay)
{
    // The default locale's day names, so they match the translated sentence around them
    // (English under the C locale).
    return QLocale().standaloneDayName(quartzDay == 1 ? 7 : quartzDay - 1);
}

QString ordinal(int n)
{
    switch (n) {
    case 1:
        return QuartzCron::tr("first");
    case 2:
        return QuartzCron::tr("second");
    case 3:
        return QuartzCron::tr("third");
    case 4:
        return QuartzCron::tr("fourth");
    default:
        return QuartzCron::tr("fifth");
    }
}

} // namespace

QuartzCron QuartzCron::parse(const QString &expression)
{
    QuartzCron cron;
    cron.m_expression = expression.trimmed();
    // Any whitespace separates fields.
    const QStringList fields = cron.m_expression.toUpper().simplified().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 6 && fields.size() != 7) {
        cron.fail(Field::None,
            tr("expected 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), "
               "found %1")
                .arg(fields.size()));
        return cron;
    }
    for (int i = 0; i < fields.size(); ++i) {
        if (!cron.parseField(Field(i), fields.at(i)))
            return cron;
    }
    if (fields.size() == 6)
        cron.m_yearAll = true;

    if (cron.m_domUnspecified && cron.m_dowUnspecified) {
        cron.fail(Field::DayOfWeek, tr("day of month and day of week cannot both be '?'"));
        return cron;
    }
    if (!cron.m_domUnspecified && !cron.m_dowUnspecified) {
        cron.fail(Field::DayOfWeek,
            tr("one of day of month and day of week must be '?' (e.g. \"0 0 2 * * ?\" or \"0 0 2 ? * "
               "MON\")"));
        return cron;
    }
    cron.m_valid = true;
    return cron;
}

bool QuartzCron::fail(Field field, const QString &message)
{
    m_valid = false;
    m_errorField = field;
    m_errorMessage = message;
    return false;
}

QString QuartzCron::errorString() const
{
    if (m_valid)
        return {};
    if (m_errorMessage.isEmpty())
        return tr("empty cron expression");
    if (m_errorField == Field::None)
        return m_errorMessage;
    return tr("%1: %2").arg(fieldName(m_errorField), m_errorMessage);
}

QString QuartzCron::fieldName(Field field)
{
    switch (field) {
    case Field::Seconds:
        return tr("Seconds");
    case Field::Minutes:
        return tr("Minutes");
    case Field::Hours:
        return tr("Hours");
    case Field::DayOfMonth:
        return tr("Day of month");
    case Field::Month:
        return tr("Month");
    case Field::DayOfWeek:
        return tr("Day of week");
    case Field::Year:
        return tr("Year");
    case Field::None:
        break;
    }
    return {};
}

QString QuartzCron::validate(const QString &expression)
{
    return parse(expression).errorString();
}

bool QuartzCron::parseField(Field field, const QString &text)
{
    const Bounds bounds = boundsOf(field);
    const bool isDom = field == Field::DayOfMonth;
    const bool isDow = field == Field::DayOfWeek;

    if (text == u"?") {
        if (!isDom && !isDow)
            return fail(field, tr("'?' is only allowed in day of month or day of week"));
        (isDom ? m_domUnspecified : m_dowUnspecified) = true;
        return true;
    }

    // A single value: a number, or a month/day name where the field takes names.
    auto parseValue = [&](const QString &token, int *out) -> bool {
        if (token.isEmpty())
            return fail(field, tr("missing value"));
        bool ok = false;
        int value = token.toInt(&ok);
        if (ok && !token.startsWith(u'+') && !token.startsWith(u'-')) {
            if (value < bounds.min || value > bounds.max)
                return fail(
                    field, tr("value %1 is out of range %2-%3").arg(token).arg(bounds.min).arg(bounds.max));
            *out = value;
            return true;
        }
        if (field == Field::Month) {
            const auto it = std::find(kMonthNames.begin(), kMonthNames.end(), token);
            if (it != kMonthNames.end()) {
                *out = int(it - kMonthNames.begin()) + 1;
                return true;
            }
            return fail(field, tr("'%1' is not a month (1-12 or JAN-DEC)").arg(token));
        }
        if (isDow) {
            const auto it = std::find(kDayNames.begin(), kDayNames.end(), token);
            if (it != kDayNames.end()) {
                *out = int(it - kDayNames.begin()) + 1;
                return true;
            }
            return fail(field, tr("'%1' is not a day of week (1-7 or SUN-SAT)").arg(token));
        }
        return fail(field, tr("'%1' is not a number").arg(token));
    };

    auto setValue = [&](int value) {
        switch (field) {
        case Field::Seconds:
            m_seconds.set(std::size_t(value));
            break;
        case Field::Minutes:
            m_minutes.set(std::size_t(value));
            break;
        case Field::Hours:
            m_hours.set(std::size_t(value));
            break;
        case Field::DayOfMonth:
            m_daysOfMonth.set(std::size_t(value));
            break;
        case Field::Month:
            m_months.set(std::size_t(value));
            break;
        case Field::DayOfWeek:
            m_daysOfWeek.set(std::size_t(value));
            break;
        case Field::Year:
            m_years.set(std::size_t(value - kMinYear));
            break;
        case Field::None:
            break;
        }
    };

    if (field == Field::Year)
        m_yearAll = false;

    const QStringList elements = text.split(u',');
    for (const QString &element : elements) {
        if (element.isEmpty())
            return fail(field, tr("empty list element"));
        if (element == u"?")
            return fail(field, tr("'?' cannot be combined with other values"));

        if (isDom) {
            if (element == u"L") {
                m_domSpecials.append({Special::Kind::LastDay, 0, 0});
                continue;
            }
            if (element == u"LW" || element == u"WL") {
                m_domSpecials.append({Special::Kind::LastWeekday, 0, 0});
                continue;
            }
            if (element.startsWith(u"L-")) {
                bool ok = false;
                const int offset = element.mid(2).toInt(&ok);
                if (!ok || offset < 0 || offset > 30)
                    return fail(field, tr("'%1': the offset after 'L-' must be 0-30").arg(element));
                m_domSpecials.append({Special::Kind::LastDay, offset, 0});
                continue;
            }
            if (element.endsWith(u'W')) {
                int day = 0;
                if (!parseValue(element.chopped(1), &day))
                    return false;
                m_domSpecials.append({Special::Kind::NearestWeekday, day, 0});
                continue;
            }
            if (element.contains(u'L') || element.contains(u'W'))
                return fail(field, tr("'%1' is not valid; use L, L-n, LW or nW").arg(element));
        }
        if (isDow) {
            if (element == u"L") { // Quartz: "L" alone in day-of-week means Saturday.
                m_daysOfWeek.set(7);
                continue;
            }
            if (element.endsWith(u'L')) {
                int day = 0;
                if (!parseValue(element.chopped(1), &day))
                    return false;
                m_dowSpecials.append({Special::Kind::LastDayOfWeek, day, 0});
                continue;
            }
            const qsizetype hash = element.indexOf(u'#');
            if (hash >= 0) {
                int day = 0;
                if (!parseValue(element.left(hash), &day))
                    return false;
                bool ok = false;
                const int nth = element.mid(hash + 1).toInt(&ok);
                if (!ok || nth < 1 || nth > 5)
                    return fail(field, tr("'%1': the number after '#' must be 1-5").arg(element));
                m_dowSpecials.append({Special::Kind::NthDayOfWeek, day, nth});
                continue;
            }
        }

        // [*|a|a-b][/step]
        QString rangePart = element;
        int step = 0;
        const qsizetype slash = element.indexOf(u'/');
        if (slash >= 0) {
            rangePart = element.left(slash);
            const QString stepText = element.mid(slash + 1);
            bool ok = false;
            step = stepText.toInt(&ok);
            const int span = bounds.max - bounds.min + 1;
            if (!ok || stepText.startsWith(u'+') || step < 1 || step > span)
                return fail(field, tr("'%1': the step after '/' must be 1-%2").arg(element).arg(span));
            if (rangePart.isEmpty()) // Quartz reads "/5" as "0/5"
                rangePart = u"*"_s;
        }

        int start = bounds.min;
        int end = bounds.max;
        bool isAll = false;
        if (rangePart == u"*") {
            isAll = true;
        } else {
            const qsizetype dash = rangePart.indexOf(u'-');
            if (dash > 0) {
                if (!parseValue(rangePart.left(dash), &start) || !parseValue(rangePart.mid(dash + 1), &end))
                    return false;
                if (field == Field::Year && end < start)
                    return fail(field, tr("'%1': the range ends before it starts").arg(element));
            } else {
                if (!parseValue(rangePart, &start))
                    return false;
                end = slash >= 0 ? bounds.max : start;
            }
        }
        if (isAll && step == 0) {
            if (isDom)
                m_domAll = true;
            else if (isDow)
                m_dowAll = true;
            else if (field == Field::Year)
                m_yearAll = true;
        }
        if (step == 0)
            step = 1;
        // Ranges may wrap around (Quartz: "FRI-MON", "22-2" in hours).
        const int span = bounds.max - bounds.min + 1;
        const int length = (end >= start ? end - start : end - start + span) + 1;
        for (int i = 0; i < length; i += step)
            setValue(bounds.min + (start - bounds.min + i) % span);
    }
    return true;
}

bool QuartzCron::matchesDate(int year, int month, int day) const
{
    if (!m_yearAll && (year < kMinYear || year > kMaxYear || !m_years.test(std::size_t(year - kMinYear))))
        return false;
    if (!m_months.test(std::size_t(month)))
        return false;
    const QDate date(year, month, day);
    const int daysInMonth = date.daysInMonth();

    if (m_dowUnspecified) {
        if (m_domAll || m_daysOfMonth.test(std::size_t(day)))
            return true;
        for (const Special &special : m_domSpecials) {
            switch (special.kind) {
            case Special::Kind::LastDay:
                if (day == daysInMonth - special.value)
                    return true;
                break;
            case Special::Kind::LastWeekday: {
                const QDate last(year, month, daysInMonth);
                int target = daysInMonth;
                if (last.dayOfWeek() == 6)
                    target -= 1;
                else if (last.dayOfWeek() == 7)
                    target -= 2;
                if (day == target)
                    return true;
                break;
            }
            case Special::Kind::NearestWeekday: {
                if (special.value > daysInMonth)
                    break;
                const int weekday = QDate(year, month, special.value).dayOfWeek();
                int target = special.value;
                if (weekday == 6)
                    target = special.value == 1 ? 3 : special.value - 1;
                else if (weekday == 7)
                    target = special.value == daysInMonth ? special.value - 2 : special.value + 1;
                if (day == target)
                    return true;
                break;
            }
            default:
                break;
            }
        }
        return false;
    }

    const int dow = quartzDayOfWeek(date);
    if (m_dowAll || m_daysOfWeek.test(std::size_t(dow)))
        return true;
    for (const Special &special : m_dowSpecials) {
        if (special.value != dow)
            continue;
        if (special.kind == Special::Kind::LastDayOfWeek && day + 7 > daysInMonth)
            return true;
        if (special.kind == Special::Kind::NthDayOfWeek && (day - 1) / 7 + 1 == special.nth)
            return true;
    }
    return false;
}

QDateTime QuartzCron::nextFireTime(const QDateTime &after, const QTimeZone &zone) const
{
    const QList<QDateTime> next = nextFireTimes(after, zone, 1);
    return next.isEmpty() ? QDateTime() : next.first();
}

QList<QDateTime> QuartzCron::nextFireTimes(const QDateTime &after, const QTimeZone &zone, int count) const
{
    QList<QDateTime> result;
    if (!m_valid || count <= 0 || !after.isValid())
        return result;
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();

    // Seconds of the day that match, in ascending order.
    std::vector<int> times;
    for (int h = 0; h < 24; ++h) {
        if (!m_hours.test(std::size_t(h)))
            continue;
        for (int m = 0; m < 60; ++m) {
            if (!m_minutes.test(std::size_t(m)))
                continue;
            for (int s = 0; s < 60; ++s) {
                if (m_seconds.test(std::size_t(s)))
                    times.push_back(h * 3600 + m * 60 + s);
            }
        }
    }

    const qint64 afterMs = after.toMSecsSinceEpoch();
    qint64 lastMs = afterMs;
    // Start a day early: the local date of `after` may differ from the day we need once
    // daylight saving shifts are applied.
    QDate date = after.toTimeZone(tz).date().addDays(-1);
    if (date.year() < kMinYear)
        date = QDate(kMinYear, 1, 1);

    while (result.size() < count && date.year() <= kMaxYear) {
        const int year = date.year();
        if (!m_yearAll && !m_years.test(std::size_t(year - kMinYear))) {
            int next = year + 1;
            while (next <= kMaxYear && !m_years.test(std::size_t(next - kMinYear)))
                ++next;
            if (next > kMaxYear)
                break;
            date = QDate(next, 1, 1);
            continue;
        }
        if (!m_months.test(std::size_t(date.month()))) {
            date = QDate(year, date.month(), 1).addMonths(1);
            continue;
        }
        if (matchesDate(year, date.month(), date.day())) {
            const qint64 dayWallMs = wallClockMs(date, 0);
            const int offsetBefore = offsetAt(tz, dayWallMs - kMsPerDay);
            const int offsetAfter = offsetAt(tz, dayWallMs + 2 * kMsPerDay);
            if (offsetBefore == offsetAfter) {
                // No transition near this day: local time maps linearly, results are ordered.
                const qint64 base = dayWallMs - qint64(offsetBefore) * 1000;
                for (const int t : times) {
                    const qint64 ms = base + qint64(t) * 1000;
                    if (ms <= lastMs)
                        continue;
                    result.append(QDateTime::fromMSecsSinceEpoch(ms, tz));
                    lastMs = ms;
                    if (result.size() >= count)
                        break;
                }
            } else {
                // A transition day: resolve every time, then order and drop duplicates that
                // a spring-forward gap produces (02:15 -> 03:15 equals the real 03:15).
                std::vector<qint64> instants;
                instants.reserve(times.size());
                for (const int t : times)
                    instants.push_back(resolveLocal(tz, dayWallMs + qint64(t) * 1000));
                std::sort(instants.begin(), instants.end());
                instants.erase(std::unique(instants.begin(), instants.end()), instants.end());
                for (const qint64 ms : instants) {
                    if (ms <= lastMs)
                        continue;
                    result.append(QDateTime::fromMSecsSinceEpoch(ms, tz));
                    lastMs = ms;
                    if (result.size() >= count)
                        break;
                }
            }
        }
        date = date.addDays(1);
    }
    return result;
}

QString QuartzCron::describeMonths() const
{
    const std::vector<int> months = valuesOf(m_months);
    if (months.size() == 12)
        return {};
    QStringList names;
    for (const int month : months)
        names << QLocale().standaloneMonthName(month);
    return tr("in %1").arg(joinList(names));
}

// "" for every day, a phrase such as "on weekdays", or a null QString if it cannot phrase it.
QString QuartzCron::describeDays() const
{
    if (m_dowUnspecified) {
        if (m_domAll)
            return u""_s;
        if (!m_domSpecials.isEmpty()) {
            if (m_domSpecials.size() != 1 || m_daysOfMonth.any())
                return {};
            const Special &special = m_domSpecials.first();
            switch (special.kind) {
            case Special::Kind::LastDay:
                if (special.value == 0)
                    return tr("on the last day of the month");
                return (special.value == 1
                        ? tr("1 day before the last day of the month")
                        : tr("%1 days before the last day of the month").arg(special.value));
            case Special::Kind::LastWeekday:
                return tr("on the last weekday of the month");
            case Special::Kind::NearestWeekday:
                return tr("on the weekday nearest day %1 of the month").arg(special.value);
            default:
                return {};
            }
        }
        const std::vector<int> days = valuesOf(m_daysOfMonth);
        QStringList numbers;
        for (const int day : days)
            numbers << QString::number(day);
        if (days.size() == 1)
            return tr("on day %1 of the month").arg(days.front());
        if (days.size() <= 6)
            return tr("on days %1 of the month").arg(joinList(numbers));
        const int step = progressionStep(days, 31);
        if (step > 0 && days.front() == 1)
            return tr("every %1 days of the month").arg(step);
        return {};
    }

    if (m_dowAll)
        return u""_s;
    if (!m_dowSpecials.isEmpty()) {
        if (m_dowSpecials.size() != 1 || m_daysOfWeek.any())
            return {};
        const Special &special = m_dowSpecials.first();
        if (special.kind == Special::Kind::LastDayOfWeek)
            return tr("on the last %1 of the month").arg(dayName(special.value));
        return tr("on the %1 %2 of the month").arg(ordinal(special.nth), dayName(special.value));
    }
    const std::vector<int> days = valuesOf(m_daysOfWeek);
    if (days.size() == 7)
        return u""_s;
    if (days == std::vector<int> {2, 3, 4, 5, 6})
        return tr("on weekdays");
    if (days == std::vector<int> {1, 7})
        return tr("on weekends");
    // Monday first, as people read a week.
    std::vector<int> ordered = days;
    std::stable_partition(ordered.begin(), ordered.end(), [](int d) { return d != 1; });
    QStringList names;
    for (const int day : ordered)
        names << dayName(day);
    return tr("on %1").arg(joinList(names));
}

QString QuartzCron::description() const
{
    if (!m_valid)
        return {};
    const QString fallback = tr("Cron schedule %1").arg(m_expression);

    const std::vector<int> seconds = valuesOf(m_seconds);
    const std::vector<int> minutes = valuesOf(m_minutes);
    const std::vector<int> hours = valuesOf(m_hours);

    // Either a list of clock times ("at 06:30") or a repetition ("every 15 minutes").
    QStringList clockTimes;
    QString repetition;
    if (seconds.size() == 1 && minutes.size() * hours.size() <= 6) {
        for (const int h : hours) {
            for (const int m : minutes)
                clockTimes << clockTime(h, m, seconds.front());
        }
    } else {
        const int secondStep = progressionStep(seconds, 59);
        const int minuteStep = progressionStep(minutes, 59);
        const int hourStep = progressionStep(hours, 23);
        const bool allHours = hours.size() == 24;
        const bool allMinutes = minutes.size() == 60;
        QString every;
        if (seconds.size() == 60 && allMinutes && allHours) {
            every = tr("Every second");
        } else if (secondStep > 0 && seconds.front() == 0 && allMinutes && allHours) {
            every = (secondStep == 1 ? tr("Every second") : tr("Every %1 seconds").arg(secondStep));
        } else if (seconds.size() == 1 && seconds.front() == 0 && allMinutes) {
            every = tr("Every minute");
        } else if (seconds.size() == 1 && seconds.front() == 0 && minuteStep > 0) {
            every = minutes.front() == 0
                ? (minuteStep == 1 ? tr("Every minute") : tr("Every %1 minutes").arg(minuteStep))
                : tr("Every %1 minutes from minute %2").arg(minuteStep).arg(minutes.front());
        } else if (seconds.size() == 1 && minutes.size() == 1 && (allHours || hourStep > 0)) {
            const int step = allHours ? 1 : hourStep;
            if (minutes.front() == 0 && seconds.front() == 0 && (allHours || hours.front() == 0))
                every = step == 1 ? tr("Every hour") : tr("Every %1 hours").arg(step);
            else if (allHours)
                every = tr("Every hour at minute %1").arg(minutes.front());
            else
                every = tr("Every %1 hours from %2")
                            .arg(step)
                            .arg(clockTime(hours.front(), minutes.front(), seconds.front()));
            // The hours are fully described by the step.
            repetition = every;
        } else {
            return fallback;
        }
        if (repetition.isEmpty()) {
            repetition = every;
            if (!allHours) {
                const bool contiguous = hours.back() - hours.front() + 1 == int(hours.size());
                if (!contiguous)
                    return fallback;
                repetition = tr("%1, between %2 and %3")
                                 .arg(every, clockTime(hours.front(), 0), clockTime(hours.back(), 59));
            }
        }
    }

    const QString days = describeDays();
    if (days.isNull())
        return fallback;
    QString text;
    if (!clockTimes.isEmpty()) {
        const QString at = joinList(clockTimes);
        text = days.isEmpty() ? tr("Every day at %1").arg(at) : tr("At %1 %2").arg(at, days);
    } else {
        text = days.isEmpty() ? repetition : tr("%1 %2").arg(repetition, days);
    }
    const QString months = describeMonths();
    if (!months.isEmpty())
        text = tr("%1 %2").arg(text, months);
    if (!m_yearAll) {
        QStringList years;
        for (const int year : valuesOf(m_years, kMinYear))
            years << QString::number(year);
        if (years.size() > 4)
            return fallback;
        text = tr("%1 in %2").arg(text, joinList(years));
    }
    return text;
}

QString QuartzCron::description(const QString &timeZoneId) const
{
    const QString text = description();
    if (text.isEmpty() || timeZoneId.isEmpty())
        return text;
    return tr("%1 %2", "description followed by time zone").arg(text, timeZoneId);
}

} // namespace brickdesk
