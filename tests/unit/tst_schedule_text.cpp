// The one-line schedule of a job (jobs list column, overview): every way a job can start.
#include "jobform/scheduletext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

class TestScheduleText final : public QObject
{
    Q_OBJECT

private slots:
    void describesEveryWayAJobStarts_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << QByteArray("{}") << u"Manual"_s;
        QTest::newRow("cron") << QByteArray(R"({"schedule": {"quartz_cron_expression": "0 30 3 * * ?",
            "timezone_id": "UTC"}})")
                              << u"Every day at 03:30 UTC"_s;
        QTest::newRow("paused cron") << QByteArray(R"({"schedule": {"quartz_cron_expression": "0 30 3 * * ?",
            "timezone_id": "UTC", "pause_status": "PAUSED"}})")
                                     << u"Paused — Every day at 03:30 UTC"_s;
        QTest::newRow("continuous") << QByteArray(R"({"continuous": {"pause_status": "UNPAUSED"}})")
                                    << u"Continuous"_s;
        QTest::newRow("file arrival")
            << QByteArray(R"({"trigger": {"file_arrival": {"url": "/Volumes/x/"}}})") << u"File arrival"_s;
        QTest::newRow("periodic") << QByteArray(
            R"({"trigger": {"periodic": {"interval": 4, "unit": "HOURS"}}})")
                                  << u"Every 4 hours"_s;
        QTest::newRow("table update")
            << QByteArray(R"({"trigger": {"table_update": {"table_names": ["a.b.c"]}}})")
            << u"Table update"_s;
        QTest::newRow("model") << QByteArray(R"({"trigger": {"model": {"condition": "MODEL_CREATED"}}})")
                               << u"Model update"_s;
        QTest::newRow("sql condition")
            << QByteArray(R"({"trigger": {"sql_condition": {"sql_query_id": "q", "warehouse_id": "w"}}})")
            << u"SQL condition"_s;
        QTest::newRow("unknown kind")
            << QByteArray(R"({"trigger": {"pause_status": "PAUSED", "lunar": {}}})") << u"Paused — Trigger"_s;
        QTest::newRow("list of one") << QByteArray(
            R"({"triggers": [{"periodic": {"interval": 1, "unit": "DAYS"}}]})")
                                     << u"Every day"_s;
        QTest::newRow("list of two, one paused")
            << QByteArray(R"({"triggers": [{"table_update": {"table_names": ["a.b.c"]}},
                {"pause_status": "PAUSED", "file_arrival": {"url": "/Volumes/x/"}}]})")
            << u"Any of: Table update, Paused — File arrival"_s;
    }

    void describesEveryWayAJobStarts()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, text);
        const QJsonDocument doc = QJsonDocument::fromJson(settings);
        QVERIFY(doc.isObject());
        QCOMPARE(ScheduleText::describe(doc.object()), text);
    }
};

QTEST_GUILESS_MAIN(TestScheduleText)
#include "tst_schedule_text.moc"
