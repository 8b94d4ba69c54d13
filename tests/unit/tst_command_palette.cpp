// The command palette's matching: fuzzy, best first, ids typed exactly first.
#include "models/commandpalettemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

class TestCommandPalette final : public QObject
{
    Q_OBJECT

private slots:
    void fuzzyScore_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("substring") << u"sales"_s << u"nightly_sales_etl"_s << true;
        QTest::newRow("initials") << u"nse"_s << u"nightly_sales_etl"_s << true;
        QTest::newRow("case") << u"NIGHTLY"_s << u"nightly_sales_etl"_s << true;
        QTest::newRow("out of order") << u"etlsales"_s << u"nightly_sales_etl"_s << false;
        QTest::newRow("missing") << u"xyz"_s << u"nightly_sales_etl"_s << false;
    }

    void fuzzyScore()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(CommandPaletteModel::fuzzyScore(query, text) >= 0, matches);
    }

    void betterMatchesComeFirst()
    {
        // Together and at a word start beats scattered.
        QVERIFY(CommandPaletteModel::fuzzyScore(u"sales"_s, u"sales_report"_s)
            > CommandPaletteModel::fuzzyScore(u"sales"_s, u"s_a_l_e_s"_s));
        QVERIFY(CommandPaletteModel::fuzzyScore(u"etl"_s, u"sales_etl"_s)
            > CommandPaletteModel::fuzzyScore(u"etl"_s, u"settlement"_s));

        CommandPaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{PaletteEntry::Kind::Job, u"a"_s, u"Prod"_s, u"settlement"_s, u"11"_s},
            {PaletteEntry::Kind::Job, u"b"_s, u"Test"_s, u"sales_etl"_s, u"12"_s},
            {PaletteEntry::Kind::Cluster, u"b"_s, u"Test"_s, u"shared"_s, u"0101-etl"_s},
            {PaletteEntry::Kind::Action, {}, {}, u"Preferences…"_s, u"preferencesAction"_s}});
        QCOMPARE(model.rowCount(), 4); // nothing typed: everything
        model.setQuery(u"etl"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).title, u"sales_etl"_s);
        QCOMPARE(model.index(0).data().toString(), u"Job: sales_etl — Test"_s);
        // An id typed exactly wins over any name.
        model.setQuery(u"11"_s);
        QCOMPARE(model.entry(0).id, u"11"_s);
        model.setQuery(u"pref"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).kind, PaletteEntry::Kind::Action);
    }
};

QTEST_GUILESS_MAIN(TestCommandPalette)
#include "tst_command_palette.moc"
