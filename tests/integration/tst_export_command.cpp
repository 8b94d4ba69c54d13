// `brickdesk export`: the real binary (no display) against its embedded demo workspace and
// against an emulator over --host, and HistoryExport in-process in every paging mode, checked
// event for event against what the emulator holds.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "emulator/emulatorthread.h"
#include "emulator/workspaceemulator.h"
#include "emulatorfixture.h"
#include "services/csvformat.h"
#include "services/historyexport.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runExport(
    const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    QProcessEnvironment environment = env;
    environment.remove(u"DISPLAY"_s); // proves it needs none
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"none-such"_s); // a QApplication would abort
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(BRICKDESK_BINARY), QStringList {u"export"_s} + arguments);
    // Spin the event loop while waiting: an in-process emulator may be serving it.
    if (!finished.wait(120'000))
        process.kill();
    process.waitForFinished(5000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QByteArray> lines(const QByteArray &bytes)
{
    QList<QByteArray> out = bytes.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestExportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoJsonlEqualsTheEmulatorsEvents();
    void hostCsvOverLegacyPaging();
    void failsClearlyOnAnUnknownCluster();
    void usageErrorsExitWithTwo();
    void historyExportInEachPagingMode_data();
    void historyExportInEachPagingMode();
    void csvNeutralisesFormulasAndQuotes_data();
    void csvNeutralisesFormulasAndQuotes();
};

void TestExportCommand::demoJsonlEqualsTheEmulatorsEvents()
{
    // The demo workspace is seeded relative to the current minute: the reference below and the
    // binary's own must be seeded in the same minute (else try again).
    for (int attempt = 0; attempt < 3; ++attempt) {
        const qint64 minute = QDateTime::currentMSecsSinceEpoch() / 60'000;
        emulator::WorkspaceEmulator reference(emulator::EmulatorOptions {});
        const QString clusterId = reference.clusterIds().first();
        const qint64 to = minute * 60'000 - Day;
        const qint64 from = to - 7 * Day;
        const QJsonArray held = reference.events(clusterId, from, to);
        const Outcome result = runExport({u"events"_s, u"--demo"_s, u"--cluster"_s, clusterId, u"--from"_s,
            QString::number(from), u"--to"_s, QString::number(to), u"--format"_s, u"jsonl"_s});
        if (QDateTime::currentMSecsSinceEpoch() / 60'000 != minute)
            continue;
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(!result.err.contains('\r')); // no progress when stderr is not a terminal
        const QList<QByteArray> got = lines(result.out);
        QVERIFY(held.size() > 500);
        QCOMPARE(got.size(), held.size()); // `| wc -l` equals the emulator's count
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(QJsonDocument::fromJson(got.at(i)).object(), held.at(i).toObject());
        return;
    }
    QFAIL("the minute changed during every attempt");
}

void TestExportCommand::hostCsvOverLegacyPaging()
{
    auto options = test::EmulatorFixture::smallOptions();
    options.clusters = 2;
    options.eventsPaging = emulator::EventsPaging::Legacy;
    emulator::EmulatorThread server(options);
    QVERIFY(server.start());
    QString clusterId;
    QJsonArray held;
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + 60'000;
    QMetaObject::invokeMethod(
        server.emulator(),
        [&] {
            clusterId = server.emulator()->clusterIds().first();
            held = server.emulator()->events(clusterId, to - 40 * Day, to);
        },
        Qt::BlockingQueuedConnection);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"events.csv"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DATABRICKS_TOKEN"_s, server.token());
    env.insert(u"HOME"_s, dir.path()); // no ~/.databrickscfg to find
    const Outcome result
        = runExport({u"events"_s, u"--host"_s, server.url().toString(), u"--cluster"_s, clusterId,
                        u"--since"_s, u"40d"_s, u"--format"_s, u"csv"_s, u"--output"_s, file},
            env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    QCOMPARE(rows.first().trimmed(), HistoryExport::eventCsvHeader().join(u',').toUtf8());
    QCOMPARE(rows.size() - 2, held.size()); // header, one row per event, the final CRLF
    QVERIFY(
        rows.at(1).startsWith(QByteArray::number(held.first().toObject().value(u"timestamp"_s).toInteger())));
}

void TestExportCommand::failsClearlyOnAnUnknownCluster()
{
    const Outcome result = runExport(
        {u"events"_s, u"--demo"_s, u"--cluster"_s, u"0000-000000-nothere0"_s, u"--since"_s, u"1d"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("0000-000000-nothere0"), result.err.constData());
}

void TestExportCommand::usageErrorsExitWithTwo()
{
    QCOMPARE(runExport({u"events"_s, u"--demo"_s}).exitCode, 2); // no --cluster
    QCOMPARE(runExport({u"events"_s, u"--cluster"_s, u"x"_s}).exitCode, 2); // no workspace
    QCOMPARE(
        runExport({u"events"_s, u"--demo"_s, u"--cluster"_s, u"x"_s, u"--since"_s, u"soon"_s}).exitCode, 2);
    QCOMPARE(runExport({u"tables"_s, u"--demo"_s}).exitCode, 2);
    const Outcome help = runExport({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--cluster"));
}

void TestExportCommand::historyExportInEachPagingMode_data()
{
    QTest::addColumn<int>("paging");
    QTest::newRow("token") << int(emulator::EventsPaging::Token);
    QTest::newRow("legacy") << int(emulator::EventsPaging::Legacy);
    QTest::newRow("both") << int(emulator::EventsPaging::Both);
}

void TestExportCommand::historyExportInEachPagingMode()
{
    QFETCH(int, paging);
    auto options = test::EmulatorFixture::smallOptions();
    options.clusters = 2;
    options.eventsPaging = emulator::EventsPaging(paging);
    test::EmulatorFixture fixture(options);
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    const QString clusterId = fixture.emulator().clusterIds().first();
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + 60'000;
    HistoryExport::Request request;
    request.clusterId = clusterId;
    request.toMs = to; // from: all available (the oldest event is asked for first)
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    HistoryExport job(&connection, request, &buffer);
    QSignalSpy finished(&job, &HistoryExport::finished);
    QSignalSpy failed(&job, &HistoryExport::failed);
    job.start();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(failed.count(), 0);
    const QJsonArray held = fixture.emulator().events(clusterId, 0, to);
    const QList<QByteArray> got = lines(buffer.data());
    QCOMPARE(got.size(), held.size());
    QCOMPARE(job.written(), qint64(held.size()));
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(got.at(i)).object(), held.at(i).toObject());
}

void TestExportCommand::csvNeutralisesFormulasAndQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"RESIZING"_s << u"RESIZING"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("+") << u"+1"_s << u"'+1"_s;
    QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("CR") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("quote inside") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("json") << u"{\"a\":1,\"b\":\"=x\"}"_s << u"\"{\"\"a\"\":1,\"\"b\"\":\"\"=x\"\"}\""_s;
    QTest::newRow("= later is fine") << u"a=b"_s << u"a=b"_s;
}

void TestExportCommand::csvNeutralisesFormulasAndQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(CsvFormat::cell(text), cell);
    QCOMPARE(CsvFormat::row({text, u"x"_s}), cell + u",x\r\n"_s);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_export_command.moc"
