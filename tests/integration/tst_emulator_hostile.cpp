#include "emulator/hostheader.h"
#include "emulatorfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace brickdesk::emulator;
using namespace Qt::Literals::StringLiterals;

namespace {

EmulatorOptions tinyOptions()
{
    EmulatorOptions o = test::EmulatorFixture::smallOptions();
    o.jobs = 8;
    o.clusters = 1;
    o.eventsPerCluster = 50;
    o.runsPerJob = 2;
    return o;
}

bool isCompleteAnswer(const QByteArray &answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = answer.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            return answer.size() - (headerEnd + 4) >= line.mid(colon + 1).trimmed().toLongLong();
    }
    return false; // no length: only the server closing ends it
}

// One raw HTTP/1.1 request with the Host header we choose (QNetworkAccessManager always
// sends the URL's own), answered by the in-process emulator while the event loop spins.
QByteArray rawRequest(quint16 port, const QByteArray &hostLine, const QByteArray &path = "/api/2.2/jobs/list")
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray request = "GET " + path + " HTTP/1.1\r\n";
    if (!hostLine.isNull())
        request += "Host: " + hostLine + "\r\n";
    request += "Authorization: Bearer dapi-test-token-1\r\nConnection: close\r\n\r\n";
    socket.write(request);
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    // The server may keep the connection open despite "Connection: close" (QHttpServer does):
    // the answer is complete once its Content-Length worth of body is in. On a timeout the
    // caller's status check fails on what did arrive.
    (void)QTest::qWaitFor(
        [&] { return socket.state() == QAbstractSocket::UnconnectedState || isCompleteAnswer(answer); },
        10'000);
    answer += socket.readAll();
    return answer;
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The emulator as an attacker sees it: DNS rebinding through the Host header, tokens on the
// terminal, non-loopback binds, and state files it must not destroy.
class TestEmulatorHostile final : public QObject
{
    Q_OBJECT

private slots:
    void hostHeaderRule_data();
    void hostHeaderRule();
    void refusesForeignHostHeaders();
    void unusableStateFileStopsIt_data();
    void unusableStateFileStopsIt();
    void goodStateFileIsUsed();
    void binaryNeverPrintsGivenToken();
    void binaryWarnsOnNonLoopbackBind();
    void binaryRefusesBadStateFile();
};

void TestEmulatorHostile::hostHeaderRule_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QString>("bound");
    QTest::addColumn<bool>("allowed");
    const QString loopback = u"127.0.0.1"_s;
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:8123") << loopback << true;
    QTest::newRow("localhost") << QByteArray("localhost:8123") << loopback << true;
    QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST:8123") << loopback << true;
    QTest::newRow("[::1]") << QByteArray("[::1]:8123") << loopback << true;
    QTest::newRow("other port") << QByteArray("127.0.0.1:8124") << loopback << false;
    QTest::newRow("no port") << QByteArray("127.0.0.1") << loopback << false;
    QTest::newRow("empty port") << QByteArray("localhost:") << loopback << false;
    QTest::newRow("signed port") << QByteArray("localhost:+8123") << loopback << false;
    QTest::newRow("rebinding name") << QByteArray("attacker.example:8123") << loopback << false;
    QTest::newRow("localhost lookalike")
        << QByteArray("localhost.attacker.example:8123") << loopback << false;
    QTest::newRow("loopback lookalike") << QByteArray("127.0.0.1.nip.io:8123") << loopback << false;
    QTest::newRow("sub.localhost") << QByteArray("evil.localhost:8123") << loopback << false;
    QTest::newRow("other loopback") << QByteArray("127.0.0.2:8123") << loopback << false;
    QTest::newRow("empty") << QByteArray() << loopback << false;
    QTest::newRow("bound lan address") << QByteArray("192.168.7.9:8123") << u"192.168.7.9"_s << true;
    QTest::newRow("lan address not bound") << QByteArray("192.168.7.9:8123") << u"0.0.0.0"_s << false;
    QTest::newRow("bound v6") << QByteArray("[fd00::5]:8123") << u"fd00::5"_s << true;
    QTest::newRow("unbracketed v6") << QByteArray("fd00::5:8123") << u"fd00::5"_s << false;
}

void TestEmulatorHostile::hostHeaderRule()
{
    QFETCH(QByteArray, host);
    QFETCH(QString, bound);
    QFETCH(bool, allowed);
    QCOMPARE(HostHeader::isAllowed(host, 8123, QHostAddress(bound)), allowed);
}

void TestEmulatorHostile::refusesForeignHostHeaders()
{
    test::EmulatorFixture fixture(tinyOptions());
    const quint16 port = fixture.emulator().port();
    const QByteArray own = QByteArray::number(port);

    QCOMPARE(statusOf(rawRequest(port, "127.0.0.1:" + own)), 200);
    QCOMPARE(statusOf(rawRequest(port, "localhost:" + own)), 200);
    QCOMPARE(statusOf(rawRequest(port, "[::1]:" + own)), 200);

    // A web page at attacker.example whose name now resolves to 127.0.0.1 sends its own name.
    const QByteArray rebound = rawRequest(port, "attacker.example:" + own);
    QCOMPARE(statusOf(rebound), 403);
    QVERIFY(!rebound.contains("\"jobs\""));
    QCOMPARE(statusOf(rawRequest(port, "attacker.example:" + own, "/")), 403);
    QCOMPARE(
        statusOf(rawRequest(port, "attacker.example:" + own, "/oidc/.well-known/oauth-authorization-server")),
        403);
    QCOMPARE(statusOf(rawRequest(port, "127.0.0.1:1" + own)), 403);
    QCOMPARE(statusOf(rawRequest(port, QByteArray())), 403); // no Host at all
}

void TestEmulatorHostile::unusableStateFileStopsIt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("directory");
    QTest::newRow("not json") << QByteArray("{\"jobs\": [ {\"job_id\": 1,") << false;
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << false;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << false;
    QTest::newRow("unreadable (a directory)") << QByteArray() << true;
}

void TestEmulatorHostile::unusableStateFileStopsIt()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, directory);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    if (directory) {
        QVERIFY(QDir(dir.path()).mkdir(u"state.json"_s));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    EmulatorOptions options = tinyOptions();
    options.stateFile = path;
    WorkspaceEmulator emulator(options);
    QVERIFY(!emulator.stateError().isEmpty());
    QVERIFY(!emulator.listen());
    QVERIFY2(emulator.errorString().contains(path), qPrintable(emulator.errorString()));
    // Changes made in process are never saved over the file.
    QVERIFY(emulator.deleteJob(emulator.jobIds().first()));
    QVERIFY(emulator.updateJobSettings(emulator.jobIds().first(), {{u"name"_s, u"changed"_s}}));
    if (!directory)
        QCOMPARE(readFile(path), content);
    else
        QVERIFY(QFileInfo(path).isDir());
}

void TestEmulatorHostile::goodStateFileIsUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    {
        EmulatorOptions options = tinyOptions();
        options.stateFile = path; // does not exist yet: fine
        WorkspaceEmulator emulator(options);
        QVERIFY(emulator.stateError().isEmpty());
        QVERIFY(emulator.listen());
        QVERIFY(emulator.deleteJob(emulator.jobIds().first()));
    }
    QVERIFY(readFile(path).contains("deleted_job_ids"));
    EmulatorOptions options = tinyOptions();
    options.stateFile = path;
    WorkspaceEmulator again(options);
    QVERIFY(again.listen());
    QCOMPARE(again.jobCount(), tinyOptions().jobs - 1);
}

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Starts the emulator binary, waits for its banner (or its exit) and stops it.
Run runEmulator(const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(BRICKDESK_EMULATOR),
        QStringList {u"--port"_s, u"0"_s, u"--jobs"_s, u"3"_s, u"--clusters"_s, u"1"_s, u"--runs-per-job"_s,
            u"1"_s, u"--history-days"_s, u"2"_s}
            + arguments);
    Run run;
    if (!process.waitForStarted(10'000))
        return run;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30'000 && process.state() == QProcess::Running
        && !run.out.contains("Press Ctrl+C")) {
        process.waitForReadyRead(500);
        run.out += process.readAllStandardOutput();
    }
    if (process.state() == QProcess::Running) {
        process.terminate();
        process.waitForFinished(10'000);
    }
    run.out += process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace

void TestEmulatorHostile::binaryNeverPrintsGivenToken()
{
    const Run run = runEmulator({u"--token"_s, u"dapi-users-own-secret-7f3a"_s});
    QVERIFY2(run.out.contains("Press Ctrl+C"), run.out.constData());
    QVERIFY2(!run.out.contains("dapi-users-own-secret-7f3a"), run.out.constData());
    QVERIFY(!run.err.contains("dapi-users-own-secret-7f3a"));
    QVERIFY(run.out.contains("DATABRICKS_TOKEN="));
    // The public demo token is still shown when no token was given.
    const Run demo = runEmulator({});
    QVERIFY(demo.out.contains(WorkspaceEmulator::demoToken().toUtf8()));
}

void TestEmulatorHostile::binaryWarnsOnNonLoopbackBind()
{
    const Run loopback = runEmulator({});
    QVERIFY(!loopback.err.contains("WARNING"));
    const Run open = runEmulator({u"--bind"_s, u"0.0.0.0"_s});
    QVERIFY2(open.out.contains("Press Ctrl+C"), open.err.constData());
    QVERIFY2(
        open.err.contains("WARNING") && open.err.contains("not a loopback address"), open.err.constData());
}

void TestEmulatorHostile::binaryRefusesBadStateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    const QByteArray content = "{\"deleted_job_ids\": [1, 2";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Run run = runEmulator({u"--state"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.contains("Press Ctrl+C"));
    QVERIFY2(run.err.contains(path.toUtf8()) && run.err.contains("not valid JSON"), run.err.constData());
    QCOMPARE(readFile(path), content);
}

QTEST_GUILESS_MAIN(TestEmulatorHostile)
#include "tst_emulator_hostile.moc"
