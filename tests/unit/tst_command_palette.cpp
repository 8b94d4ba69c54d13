// The command palette's matching: fuzzy, best first, ids typed exactly first.
#include "analysis/failuredigest.h"
#include "models/commandpalettemodel.h"
#include "models/failureinboxmodel.h"
#include "models/paletteentries.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
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

    void everyFailedRunOfEveryWorkspaceIsAnEntry()
    {
        const auto failed = [](qint64 runId, qint64 jobId, qint64 startMs) {
            return Run::fromJson(QJsonObject {{u"run_id"_s, runId}, {u"job_id"_s, jobId},
                {u"run_name"_s, u"nightly_etl"_s}, {u"start_time"_s, startMs},
                {u"state"_s,
                    QJsonObject {
                        {u"life_cycle_state"_s, u"TERMINATED"_s}, {u"result_state"_s, u"FAILED"_s}}}});
        };
        FailureInboxModel inbox;
        inbox.setWorkspace(
            u"prod"_s, u"Production"_s, FailureDigest::build({failed(7, 1, 2000), failed(5, 1, 1000)}));
        inbox.setWorkspace(u"test"_s, u"Staging"_s, FailureDigest::build({failed(9, 2, 3000)}));

        const QVector<PaletteEntry> entries
            = PaletteEntries::failures(inbox, [](const QString &key) { return key.toUpper(); });
        QCOMPARE(entries.size(), 3);
        QStringList seen;
        for (const PaletteEntry &entry : entries) {
            QCOMPARE(entry.kind, PaletteEntry::Kind::Run);
            QCOMPARE(entry.workspaceName, entry.workspaceKey.toUpper());
            // The job's row as the inbox shows it (with its unseen count).
            QVERIFY2(
                entry.title.startsWith(u"Run %1 of nightly_etl"_s.arg(entry.id)), qPrintable(entry.title));
            seen.append(entry.workspaceKey + u':' + entry.id);
        }
        seen.sort();
        QCOMPARE(seen, QStringList({u"prod:5"_s, u"prod:7"_s, u"test:9"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCommandPalette)
#include "tst_command_palette.moc"
