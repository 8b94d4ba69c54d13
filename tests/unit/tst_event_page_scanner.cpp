#include "archive/eventpagescanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using eventpagescanner::RawEvent;

QJsonArray eventsOf(const QByteArray &page)
{
    return QJsonDocument::fromJson(page).object().value(u"events"_s).toArray();
}

} // namespace

class TestEventPageScanner final : public QObject
{
    Q_OBJECT

private slots:
    void findsEachEventsFieldsAsSent()
    {
        // Strings that hold what a skipper could mistake for structure, whitespace anywhere,
        // the array neither first nor last.
        const QByteArray page
            = " { \"next_page_token\" : \"a}b]\\\"c\" , \"events\" : [\n            "
              "{\"cluster_id\":\"c-1\",\"timestamp\":1700000000000,\"type\":\"RESIZING\",\n             "
              "\"details\":{\"reason\":{\"code\":\"x\\\"}]{[\",\"parameters\":[1,{\"a\":\"\\\\\"}]},"
              "\"current_num_workers\":3}} ,\n            { \"details\" : {} , \"type\" : \"STARTING\" , "
              "\"timestamp\" : -5 , \"cluster_id\" : \"c-1\" }\n          ], \"total_count\": 2 } ";
        QVERIFY(!eventsOf(page).isEmpty()); // what the scanner reads was parsed first
        const QList<RawEvent> events = eventpagescanner::scan(page);
        QCOMPARE(events.size(), 2);
        QVERIFY(events.at(0).plain);
        QCOMPARE(events.at(0).timestamp, 1'700'000'000'000);
        QCOMPARE(events.at(0).type, QByteArrayView("RESIZING"));
        QCOMPARE(events.at(0).details,
            QByteArrayView("{\"reason\":{\"code\":\"x\\\"}]{[\",\"parameters\":[1,{\"a\":\"\\\\\"}]},"
                           "\"current_num_workers\":3}"));
        QCOMPARE(QJsonDocument::fromJson(events.at(0).details.toByteArray()).object(),
            eventsOf(page).at(0).toObject().value(u"details"_s).toObject());
        QVERIFY(events.at(1).plain);
        QCOMPARE(events.at(1).timestamp, -5);
        QCOMPARE(events.at(1).details, QByteArrayView("{}"));
    }

    // Short strings are read byte by byte and long ones by memchr: every length on both sides
    // of the switch, with an escaped quote or backslash anywhere, or none.
    void stringsOfEveryLengthAreSkipped()
    {
        for (int length = 0; length < 70; ++length) {
            for (const int escapeAt : {-1, 0, length / 2, length - 1, 23, 24}) {
                for (const QByteArray escape : {"\\\"", "\\\\"}) {
                    if (escapeAt >= length)
                        continue;
                    QByteArray text(length, 'a');
                    if (escapeAt >= 0)
                        text.insert(escapeAt, escape);
                    const QByteArray details = "{\"k\":\"" + text + "\",\"n\":[\"" + text + "\"]}";
                    const QByteArray page = "{\"events\":[{\"cluster_id\":\"" + text
                        + "\",\"timestamp\":1,\"type\":\"T\",\"details\":" + details + "}],\"next\":\"" + text
                        + "\"}";
                    QVERIFY2(eventsOf(page).size() == 1, page.constData());
                    const QList<RawEvent> events = eventpagescanner::scan(page);
                    QVERIFY2(events.size() == 1 && events.at(0).plain, page.constData());
                    QCOMPARE(events.at(0).details, QByteArrayView(details));
                    for (qsizetype n = 0; n < page.size(); ++n)
                        QVERIFY(eventpagescanner::scan(QByteArrayView(page).first(n)).isEmpty());
                }
            }
        }
    }

    void anyOtherShapeIsNotPlain_data()
    {
        QTest::addColumn<QByteArray>("event");
        QTest::newRow("a fifth member")
            << "{\"cluster_id\":\"c\",\"timestamp\":1,\"type\":\"T\",\"details\":{},\"x\":1}"_ba;
        QTest::newRow("no details") << "{\"cluster_id\":\"c\",\"timestamp\":1,\"type\":\"T\"}"_ba;
        QTest::newRow("a repeated member")
            << "{\"cluster_id\":\"c\",\"timestamp\":1,\"type\":\"T\",\"details\":{},\"details\":{\"a\":1}}"_ba;
        QTest::newRow("an escaped key")
            << "{\"cluster_id\":\"c\",\"timestamp\":1,\"type\":\"T\",\"detail\\u0073\":{}}"_ba;
        QTest::newRow("a string time")
            << "{\"cluster_id\":\"c\",\"timestamp\":\"1\",\"type\":\"T\",\"details\":{}}"_ba;
        QTest::newRow("a fraction")
            << "{\"cluster_id\":\"c\",\"timestamp\":1.5,\"type\":\"T\",\"details\":{}}"_ba;
        QTest::newRow("an exponent")
            << "{\"cluster_id\":\"c\",\"timestamp\":1e3,\"type\":\"T\",\"details\":{}}"_ba;
        QTest::newRow("19 digits")
            << "{\"cluster_id\":\"c\",\"timestamp\":1000000000000000000,\"type\":\"T\",\"details\":{}}"_ba;
        QTest::newRow("an escaped type")
            << "{\"cluster_id\":\"c\",\"timestamp\":1,\"type\":\"T\\n\",\"details\":{}}"_ba;
        QTest::newRow("a type that is not a string")
            << "{\"cluster_id\":\"c\",\"timestamp\":1,\"type\":3,\"details\":{}}"_ba;
        QTest::newRow("not an object") << "[1,2]"_ba;
        QTest::newRow("null") << "null"_ba;
    }

    void anyOtherShapeIsNotPlain()
    {
        QFETCH(QByteArray, event);
        const QByteArray page = "{\"events\":[" + event + "]}";
        QCOMPARE(eventsOf(page).size(), 1);
        const QList<RawEvent> events = eventpagescanner::scan(page);
        QCOMPARE(events.size(), 1);
        QVERIFY(!events.at(0).plain);
    }

    void whatIsNotOnePageGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no events") << "{\"total_count\":0}"_ba;
        QTest::newRow("two arrays") << "{\"events\":[],\"events\":[]}"_ba;
        QTest::newRow("not an array") << "{\"events\":{}}"_ba;
        QTest::newRow("nested only") << "{\"next_page\":{\"events\":[1]}}"_ba;
        QTest::newRow("cut short")
            << "{\"events\":[{\"cluster_id\":\"c\",\"timestamp\":1,\"type\":\"T\",\"de"_ba;
        QTest::newRow("cut in a string") << "{\"events\":[{\"cluster_id\":\"c\\"_ba;
        QTest::newRow("unclosed") << "{\"events\":[{\"a\":[[[["_ba;
        QTest::newRow("trailing bytes") << "{\"events\":[]} x"_ba;
        QTest::newRow("an array") << "[{\"events\":[]}]"_ba;
    }

    void whatIsNotOnePageGivesNothing()
    {
        QFETCH(QByteArray, page);
        QVERIFY(eventpagescanner::scan(page).isEmpty());
        // Every prefix ends in bounds (run under AddressSanitizer in CI).
        for (qsizetype n = 0; n < page.size(); ++n)
            eventpagescanner::scan(QByteArrayView(page).first(n));
    }
};

QTEST_GUILESS_MAIN(TestEventPageScanner)
#include "tst_event_page_scanner.moc"
