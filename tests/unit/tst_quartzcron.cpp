#include "cputimer.h"
#include "cron/quartzcron.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestQuartzCron final : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidExpressions_data();
    void acceptsValidExpressions();
    void rejectsInvalidExpressionsNamingTheField_data();
    void rejectsInvalidExpressionsNamingTheField();
    void computesNextFireTimes_data();
    void computesNextFireTimes();
    void springForwardGapFiresAfterTheGap();
    void springForwardDoesNotDuplicateRepeatingTimes();
    void fallBackFiresOnceAtFirstOccurrence();
    void resultIsInRequestedZone();
    void impossibleScheduleReturnsNothingQuickly();
    void yearFieldEndsTheSchedule();
    void describesCommonShapes_data();
    void describesCommonShapes();
    void descriptionAppendsTimeZone();
};

void TestQuartzCron::acceptsValidExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("databricks doc example") << u"20 30 * * * ?"_s;
    QTest::newRow("daily") << u"0 0 2 * * ?"_s;
    QTest::newRow("weekdays by name") << u"0 30 6 ? * MON-FRI"_s;
    QTest::newRow("lower-case names") << u"0 30 6 ? jan,jul mon-fri"_s;
    QTest::newRow("step from star") << u"0 */15 * * * ?"_s;
    QTest::newRow("step from start") << u"0 0/15 * * * ?"_s;
    QTest::newRow("range with step") << u"0 5-50/5 9-17 * * ?"_s;
    QTest::newRow("last day") << u"0 0 9 L * ?"_s;
    QTest::newRow("last day offset") << u"0 0 9 L-3 * ?"_s;
    QTest::newRow("last weekday") << u"0 0 9 LW * ?"_s;
    QTest::newRow("nearest weekday") << u"0 0 9 15W * ?"_s;
    QTest::newRow("nth weekday") << u"0 0 9 ? * 6#3"_s;
    QTest::newRow("nth weekday by name") << u"0 0 9 ? * FRI#3"_s;
    QTest::newRow("last friday") << u"0 0 9 ? * 6L"_s;
    QTest::newRow("year field") << u"0 0 9 1 1 ? 2030"_s;
    QTest::newRow("year range") << u"0 0 9 1 1 ? 2030-2035"_s;
    QTest::newRow("year star") << u"0 0 9 1 1 ? *"_s;
    QTest::newRow("wrapping hour range") << u"0 0 22-2 * * ?"_s;
    QTest::newRow("dom star dow question") << u"0 0 0 * * ?"_s;
    QTest::newRow("dom question dow star") << u"0 0 0 ? * *"_s;
    QTest::newRow("extra whitespace") << u"  0  0\t2 * * ?  "_s;
}

void TestQuartzCron::acceptsValidExpressions()
{
    QFETCH(QString, expression);
    const QuartzCron cron = QuartzCron::parse(expression);
    QVERIFY2(cron.isValid(), qPrintable(cron.errorString()));
    QCOMPARE(cron.errorField(), QuartzCron::Field::None);
    QVERIFY(cron.errorString().isEmpty());
    QVERIFY(QuartzCron::validate(expression).isEmpty());
}

void TestQuartzCron::rejectsInvalidExpressionsNamingTheField_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QuartzCron::Field>("field");
    QTest::addColumn<QString>("messagePart");
    using F = QuartzCron::Field;
    QTest::newRow("empty") << QString() << F::None << u"6 or 7 fields"_s;
    QTest::newRow("unix five fields") << u"*/5 * * * *"_s << F::None << u"found 5"_s;
    QTest::newRow("eight fields") << u"0 0 0 * * ? 2030 1"_s << F::None << u"found 8"_s;
    QTest::newRow("second 60") << u"60 0 0 * * ?"_s << F::Seconds << u"out of range 0-59"_s;
    QTest::newRow("minute 61") << u"0 61 0 * * ?"_s << F::Minutes << u"61"_s;
    QTest::newRow("hour 24") << u"0 0 24 * * ?"_s << F::Hours << u"0-23"_s;
    QTest::newRow("day 32") << u"0 0 0 32 * ?"_s << F::DayOfMonth << u"1-31"_s;
    QTest::newRow("day 0") << u"0 0 0 0 * ?"_s << F::DayOfMonth << u"1-31"_s;
    QTest::newRow("month 13") << u"0 0 0 1 13 ?"_s << F::Month << u"1-12"_s;
    QTest::newRow("bad month name") << u"0 0 0 1 JANUARY ?"_s << F::Month << u"JANUARY"_s;
    QTest::newRow("dow 8") << u"0 0 0 ? * 8"_s << F::DayOfWeek << u"1-7"_s;
    QTest::newRow("bad day name") << u"0 0 0 ? * MOO"_s << F::DayOfWeek << u"MOO"_s;
    QTest::newRow("question in minutes") << u"0 ? 0 * * ?"_s << F::Minutes << u"'?'"_s;
    QTest::newRow("both days given") << u"0 0 0 * * MON"_s << F::DayOfWeek << u"must be '?'"_s;
    QTest::newRow("both days question") << u"0 0 0 ? * ?"_s << F::DayOfWeek << u"both"_s;
    QTest::newRow("zero step") << u"0 */0 * * * ?"_s << F::Minutes << u"step"_s;
    QTest::newRow("huge step") << u"0 0/61 * * * ?"_s << F::Minutes << u"step"_s;
    QTest::newRow("letters") << u"x 0 0 * * ?"_s << F::Seconds << u"not a number"_s;
    QTest::newRow("empty list element") << u"0 1,,2 0 * * ?"_s << F::Minutes << u"empty"_s;
    QTest::newRow("nth too large") << u"0 0 0 ? * 6#6"_s << F::DayOfWeek << u"1-5"_s;
    QTest::newRow("W in hours") << u"0 0 5W * * ?"_s << F::Hours << u"5W"_s;
    QTest::newRow("bad L in dom") << u"0 0 0 L5 * ?"_s << F::DayOfMonth << u"L5"_s;
    QTest::newRow("year too early") << u"0 0 0 1 1 ? 1969"_s << F::Year << u"1970-2099"_s;
    QTest::newRow("negative value") << u"0 -5 0 * * ?"_s << F::Minutes << QString();
}

void TestQuartzCron::rejectsInvalidExpressionsNamingTheField()
{
    QFETCH(QString, expression);
    QFETCH(QuartzCron::Field, field);
    QFETCH(QString, messagePart);
    const QuartzCron cron = QuartzCron::parse(expression);
    QVERIFY(!cron.isValid());
    QCOMPARE(cron.errorField(), field);
    QVERIFY2(cron.errorString().contains(messagePart), qPrintable(cron.errorString()));
    if (field != QuartzCron::Field::None)
        QVERIFY2(cron.errorString().startsWith(QuartzCron::fieldName(field) + u':'),
            qPrintable(cron.errorString()));
    QVERIFY(cron.nextFireTimes(QDateTime::currentDateTimeUtc(), QTimeZone::utc(), 5).isEmpty());
    QVERIFY(cron.description().isEmpty());
}

void TestQuartzCron::computesNextFireTimes_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after"); // ISO, UTC
    QTest::addColumn<QStringList>("expected"); // ISO local times in `zone`

    QTest::newRow("daily 02:00 UTC") << u"0 0 2 * * ?"_s << u"UTC"_s << u"2025-03-10T02:00:00Z"_s
                                     << QStringList {u"2025-03-11T02:00:00"_s, u"2025-03-12T02:00:00"_s,
                                            u"2025-03-13T02:00:00"_s};
    QTest::newRow("every 15 minutes")
        << u"0 */15 * * * ?"_s << u"UTC"_s << u"2025-03-10T23:31:10Z"_s
        << QStringList {u"2025-03-10T23:45:00"_s, u"2025-03-11T00:00:00"_s, u"2025-03-11T00:15:00"_s};
    QTest::newRow("doc example 20 30 * * * ?")
        << u"20 30 * * * ?"_s << u"UTC"_s << u"2025-01-01T00:30:20Z"_s
        << QStringList {u"2025-01-01T01:30:20"_s, u"2025-01-01T02:30:20"_s};
    QTest::newRow("weekdays Berlin") << u"0 30 6 ? * MON-FRI"_s << u"Europe/Berlin"_s
                                     << u"2025-01-03T12:00:00Z"_s // a Friday
                                     << QStringList {u"2025-01-06T06:30:00"_s, u"2025-01-07T06:30:00"_s};
    QTest::newRow("local date differs from UTC date")
        << u"0 0 8 * * ?"_s << u"Asia/Tokyo"_s << u"2025-01-01T22:00:00Z"_s // 07:00 Jan 2 Tokyo
        << QStringList {u"2025-01-02T08:00:00"_s, u"2025-01-03T08:00:00"_s};
    QTest::newRow("last day of month")
        << u"0 0 9 L * ?"_s << u"UTC"_s << u"2024-01-31T10:00:00Z"_s
        << QStringList {u"2024-02-29T09:00:00"_s, u"2024-03-31T09:00:00"_s, u"2024-04-30T09:00:00"_s};
    QTest::newRow("L-2") << u"0 0 9 L-2 * ?"_s << u"UTC"_s << u"2025-02-01T00:00:00Z"_s
                         << QStringList {u"2025-02-26T09:00:00"_s, u"2025-03-29T09:00:00"_s};
    // May 2025 ends on Saturday 31 -> Friday 30; August 2025 ends on Sunday 31 -> Friday 29.
    QTest::newRow("last weekday") << u"0 0 9 LW * ?"_s << u"UTC"_s << u"2025-05-01T00:00:00Z"_s
                                  << QStringList {u"2025-05-30T09:00:00"_s, u"2025-06-30T09:00:00"_s,
                                         u"2025-07-31T09:00:00"_s, u"2025-08-29T09:00:00"_s};
    // 15 Mar 2025 is a Saturday -> Friday 14; 15 Jun 2025 is a Sunday -> Monday 16.
    QTest::newRow("nearest weekday") << u"0 0 9 15W 3,6 ?"_s << u"UTC"_s << u"2025-01-01T00:00:00Z"_s
                                     << QStringList {u"2025-03-14T09:00:00"_s, u"2025-06-16T09:00:00"_s};
    // 1 Feb 2025 is a Saturday: 1W never leaves the month -> Monday 3.
    QTest::newRow("1W on a Saturday") << u"0 0 9 1W 2 ?"_s << u"UTC"_s << u"2025-01-01T00:00:00Z"_s
                                      << QStringList {u"2025-02-03T09:00:00"_s};
    QTest::newRow("third friday") << u"0 0 9 ? * 6#3"_s << u"UTC"_s << u"2025-01-01T00:00:00Z"_s
                                  << QStringList {u"2025-01-17T09:00:00"_s, u"2025-02-21T09:00:00"_s};
    QTest::newRow("last friday") << u"0 0 9 ? * FRIL"_s << u"UTC"_s << u"2025-01-01T00:00:00Z"_s
                                 << QStringList {u"2025-01-31T09:00:00"_s, u"2025-02-28T09:00:00"_s};
    QTest::newRow("wrapping hours") << u"0 0 22-1 * * ?"_s << u"UTC"_s << u"2025-01-01T12:00:00Z"_s
                                    << QStringList {u"2025-01-01T22:00:00"_s, u"2025-01-01T23:00:00"_s,
                                           u"2025-01-02T00:00:00"_s, u"2025-01-02T01:00:00"_s,
                                           u"2025-01-02T22:00:00"_s};
    QTest::newRow("wrapping days FRI-MON")
        << u"0 0 12 ? * FRI-MON"_s << u"UTC"_s << u"2025-01-01T00:00:00Z"_s
        << QStringList {u"2025-01-03T12:00:00"_s, u"2025-01-04T12:00:00"_s, u"2025-01-05T12:00:00"_s,
               u"2025-01-06T12:00:00"_s, u"2025-01-10T12:00:00"_s};
    QTest::newRow("leap day") << u"0 0 0 29 2 ?"_s << u"UTC"_s << u"2025-01-01T00:00:00Z"_s
                              << QStringList {u"2028-02-29T00:00:00"_s, u"2032-02-29T00:00:00"_s};
    QTest::newRow("dom list with month names")
        << u"0 0 6 1,15 JAN,JUL ?"_s << u"UTC"_s << u"2025-01-10T00:00:00Z"_s
        << QStringList {u"2025-01-15T06:00:00"_s, u"2025-07-01T06:00:00"_s, u"2025-07-15T06:00:00"_s};
    QTest::newRow("every second") << u"* * * * * ?"_s << u"UTC"_s << u"2025-01-01T23:59:58Z"_s
                                  << QStringList {u"2025-01-01T23:59:59"_s, u"2025-01-02T00:00:00"_s};
}

void TestQuartzCron::computesNextFireTimes()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);

    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const QuartzCron cron = QuartzCron::parse(expression);
    QVERIFY2(cron.isValid(), qPrintable(cron.errorString()));
    const QDateTime start = QDateTime::fromString(after, Qt::ISODate);
    QVERIFY(start.isValid());
    const QList<QDateTime> next = cron.nextFireTimes(start, tz, int(expected.size()));
    QStringList actual;
    for (const QDateTime &dt : next)
        actual << dt.toTimeZone(tz).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    QCOMPARE(actual, expected);
    QCOMPARE(cron.nextFireTime(start, tz), next.first());
}

void TestQuartzCron::springForwardGapFiresAfterTheGap()
{
    // Europe/Berlin: 2025-03-30 02:00 CET -> 03:00 CEST. 02:30 does not exist that day.
    const QTimeZone berlin("Europe/Berlin");
    const QuartzCron cron = QuartzCron::parse(u"0 30 2 * * ?"_s);
    const QList<QDateTime> next
        = cron.nextFireTimes(QDateTime::fromString(u"2025-03-28T12:00:00Z"_s, Qt::ISODate), berlin, 3);
    QCOMPARE(next.size(), 3);
    QCOMPARE(next.at(0).toUTC(), QDateTime::fromString(u"2025-03-29T01:30:00Z"_s, Qt::ISODate));
    // Lenient like Quartz: 02:30 CET read before the gap = 01:30 UTC = 03:30 CEST.
    QCOMPARE(next.at(1).toUTC(), QDateTime::fromString(u"2025-03-30T01:30:00Z"_s, Qt::ISODate));
    QCOMPARE(next.at(1).toTimeZone(berlin).time(), QTime(3, 30));
    QCOMPARE(next.at(2).toUTC(), QDateTime::fromString(u"2025-03-31T00:30:00Z"_s, Qt::ISODate));
}

void TestQuartzCron::springForwardDoesNotDuplicateRepeatingTimes()
{
    const QTimeZone berlin("Europe/Berlin");
    const QuartzCron cron = QuartzCron::parse(u"0 0/30 * * * ?"_s);
    // From 00:45 UTC (01:45 CET) on the transition day.
    const QList<QDateTime> next
        = cron.nextFireTimes(QDateTime::fromString(u"2025-03-30T00:45:00Z"_s, Qt::ISODate), berlin, 4);
    QStringList utc;
    for (const QDateTime &dt : next)
        utc << dt.toUTC().toString(Qt::ISODate);
    // 03:00 CEST (01:00Z), 03:30 CEST (01:30Z), 04:00, 04:30: each instant once, in order.
    QCOMPARE(utc,
        (QStringList {u"2025-03-30T01:00:00Z"_s, u"2025-03-30T01:30:00Z"_s, u"2025-03-30T02:00:00Z"_s,
            u"2025-03-30T02:30:00Z"_s}));
}

void TestQuartzCron::fallBackFiresOnceAtFirstOccurrence()
{
    // Europe/Berlin: 2025-10-26 03:00 CEST -> 02:00 CET; 02:30 happens twice.
    const QTimeZone berlin("Europe/Berlin");
    const QuartzCron daily = QuartzCron::parse(u"0 30 2 * * ?"_s);
    const QList<QDateTime> next
        = daily.nextFireTimes(QDateTime::fromString(u"2025-10-25T12:00:00Z"_s, Qt::ISODate), berlin, 2);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next.at(0).toUTC(), QDateTime::fromString(u"2025-10-26T00:30:00Z"_s, Qt::ISODate)); // CEST
    QCOMPARE(next.at(1).toUTC(), QDateTime::fromString(u"2025-10-27T01:30:00Z"_s, Qt::ISODate)); // CET

    const QuartzCron hourly = QuartzCron::parse(u"0 0 * * * ?"_s);
    const QList<QDateTime> hours
        = hourly.nextFireTimes(QDateTime::fromString(u"2025-10-25T23:30:00Z"_s, Qt::ISODate), berlin, 3);
    QStringList utc;
    for (const QDateTime &dt : hours)
        utc << dt.toUTC().toString(Qt::ISODate);
    // 02:00 CEST (00:00Z), then 03:00 CET (02:00Z): the repeated 02:00 CET is not fired again.
    QCOMPARE(
        utc, (QStringList {u"2025-10-26T00:00:00Z"_s, u"2025-10-26T02:00:00Z"_s, u"2025-10-26T03:00:00Z"_s}));
}

void TestQuartzCron::resultIsInRequestedZone()
{
    const QTimeZone newYork("America/New_York");
    const QuartzCron cron = QuartzCron::parse(u"0 0 9 * * ?"_s);
    const QDateTime next
        = cron.nextFireTime(QDateTime::fromString(u"2025-07-01T00:00:00Z"_s, Qt::ISODate), newYork);
    QCOMPARE(next.timeZone(), newYork);
    QCOMPARE(next.time(), QTime(9, 0));
    QCOMPARE(next.toUTC().time(), QTime(13, 0)); // EDT
}

void TestQuartzCron::impossibleScheduleReturnsNothingQuickly()
{
    brickdesk::test::CpuTimer timer; // CPU time: parallel CTest only stretches the wall clock
    const QuartzCron cron = QuartzCron::parse(u"0 0 0 30 2 ?"_s);
    QVERIFY(cron.isValid());
    QVERIFY(cron.nextFireTimes(QDateTime::currentDateTimeUtc(), QTimeZone::utc(), 5).isEmpty());
    QVERIFY(!cron.nextFireTime(QDateTime::currentDateTimeUtc(), QTimeZone::utc()).isValid());
    QVERIFY2(timer.elapsedMs() < brickdesk::test::CpuTimer::budgetMs(2000),
        qPrintable(QString::number(timer.elapsedMs())));
}

void TestQuartzCron::yearFieldEndsTheSchedule()
{
    const QuartzCron cron = QuartzCron::parse(u"0 0 12 1 1 ? 2030,2032"_s);
    const QList<QDateTime> next = cron.nextFireTimes(
        QDateTime::fromString(u"2025-01-01T00:00:00Z"_s, Qt::ISODate), QTimeZone::utc(), 5);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next.at(0).date(), QDate(2030, 1, 1));
    QCOMPARE(next.at(1).date(), QDate(2032, 1, 1));
}

void TestQuartzCron::describesCommonShapes_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("description");
    QTest::newRow("daily") << u"0 0 2 * * ?"_s << u"Every day at 02:00"_s;
    QTest::newRow("daily question dom") << u"0 0 2 ? * *"_s << u"Every day at 02:00"_s;
    QTest::newRow("every 15 minutes") << u"0 0/15 * * * ?"_s << u"Every 15 minutes"_s;
    QTest::newRow("every 15 minutes star") << u"0 */15 * * * ?"_s << u"Every 15 minutes"_s;
    QTest::newRow("every minute") << u"0 * * * * ?"_s << u"Every minute"_s;
    QTest::newRow("every 10 seconds") << u"*/10 * * * * ?"_s << u"Every 10 seconds"_s;
    QTest::newRow("hourly") << u"0 0 * * * ?"_s << u"Every hour"_s;
    QTest::newRow("every 2 hours") << u"0 0 */2 * * ?"_s << u"Every 2 hours"_s;
    QTest::newRow("hour at minute") << u"20 30 * * * ?"_s << u"Every hour at minute 30"_s;
    QTest::newRow("weekdays") << u"0 30 6 ? * MON-FRI"_s << u"At 06:30 on weekdays"_s;
    QTest::newRow("weekends") << u"0 0 10 ? * SAT,SUN"_s << u"At 10:00 on weekends"_s;
    QTest::newRow("some days") << u"0 0 9 ? * MON,WED,FRI"_s << u"At 09:00 on Monday, Wednesday and Friday"_s;
    QTest::newRow("one day") << u"0 0 9 ? * 1"_s << u"At 09:00 on Sunday"_s;
    QTest::newRow("several times") << u"0 0 8,12,18 * * ?"_s << u"Every day at 08:00, 12:00 and 18:00"_s;
    QTest::newRow("with seconds") << u"15 0 8 * * ?"_s << u"Every day at 08:00:15"_s;
    QTest::newRow("last day") << u"0 0 9 L * ?"_s << u"At 09:00 on the last day of the month"_s;
    QTest::newRow("first of month") << u"0 0 9 1 * ?"_s << u"At 09:00 on day 1 of the month"_s;
    QTest::newRow("third friday") << u"0 0 9 ? * 6#3"_s << u"At 09:00 on the third Friday of the month"_s;
    QTest::newRow("business hours") << u"0 */15 9-17 ? * MON-FRI"_s
                                    << u"Every 15 minutes, between 09:00 and 17:59 on weekdays"_s;
    QTest::newRow("months") << u"0 0 6 1 JAN,JUL ?"_s
                            << u"At 06:00 on day 1 of the month in January and July"_s;
}

void TestQuartzCron::describesCommonShapes()
{
    QFETCH(QString, expression);
    QFETCH(QString, description);
    const QuartzCron cron = QuartzCron::parse(expression);
    QVERIFY2(cron.isValid(), qPrintable(cron.errorString()));
    QCOMPARE(cron.description(), description);
}

void TestQuartzCron::descriptionAppendsTimeZone()
{
    QCOMPARE(QuartzCron::parse(u"0 0 2 * * ?"_s).description(u"UTC"_s), u"Every day at 02:00 UTC"_s);
    // Shapes it cannot phrase fall back to the expression, never to an empty string.
    const QuartzCron odd = QuartzCron::parse(u"0 0 1,5,9 ? * MON#2,FRI"_s);
    QVERIFY(odd.isValid());
    QVERIFY(odd.description().contains(u"0 0 1,5,9 ? * MON#2,FRI"_s));
}

QTEST_GUILESS_MAIN(TestQuartzCron)
#include "tst_quartzcron.moc"
