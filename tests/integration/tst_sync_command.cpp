// `brickdesk sync`: the real binary (no display) against an emulator on its own thread: the
// summary and exit status, a sync killed with SIGKILL in the middle and run again (nothing
// doubled or lost against the emulator), two syncs of one archive at once, and a damaged
// archive that is moved aside and rebuilt.
#include "emulator/emulatorthread.h"
#include "emulator/workspaceemulator.h"
#include "emulatorfixture.h"
#include "eventwait.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class SyncFixture
{
public:
    explicit SyncFixture(int eventsPerCluster, int clusters = 1)
    {
        auto options = test::EmulatorFixture::smallOptions();
        options.clusters = clusters;
        options.eventsPerCluster = eventsPerCluster;
        options.jobs = 10;
        server = std::make_unique<emulator::EmulatorThread>(options);
        if (!server->start())
            qFatal("emulator: %s", qPrintable(server->errorString()));
        QMetaObject::invokeMethod(
            server->emulator(), [this] { clusterId = server->emulator()->clusterIds().first(); },
            Qt::BlockingQueuedConnection);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"none-such"_s); // a QApplication would abort
        env.insert(u"DATABRICKS_TOKEN"_s, server->token());
        env.insert(u"HOME"_s, dir.path()); // no ~/.databrickscfg to find
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        return env;
    }

    QStringList arguments() const
    {
        return {u"sync"_s, u"--host"_s, server->url().toString(), u"--clusters"_s, clusterId};
    }

    void start(QProcess &process) const
    {
        process.setProcessEnvironment(environment());
        process.start(QString::fromUtf8(BRICKDESK_BINARY), arguments());
    }

    Outcome run() const
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        start(process);
        if (!finished.wait(180'000))
            process.kill();
        process.waitForFinished(5000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString archiveDirectory() const { return dir.filePath(u"data/Brickdesk/brickdesk/archive"_s); }
    QString archivePath() const
    {
        const QStringList files = QDir(archiveDirectory()).entryList({u"*.sqlite"_s}, QDir::Files);
        return files.size() == 1 ? QDir(archiveDirectory()).filePath(files.first()) : QString();
    }

    QJsonArray truth() const
    {
        QJsonArray held;
        QMetaObject::invokeMethod(
            server->emulator(),
            [&] {
                held = server->emulator()->events(
                    clusterId, 0, QDateTime::currentMSecsSinceEpoch() + 3'600'000);
            },
            Qt::BlockingQueuedConnection);
        return held;
    }

    // Events in the archive (at `path`, else the one the syncs write) as "timestamp type body"
    // lines, sorted; read with plain SQL (a second reader next to the writer), empty when there
    // is no archive yet.
    QStringList archived(QString path = {}) const
    {
        QStringList rows;
        if (path.isEmpty())
            path = archivePath();
        if (path.isEmpty())
            return rows;
        const QString name = u"reader-%1"_s.arg(++readers);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT e.ts, t.name, b.body FROM events e JOIN event_types t ON t.id = e.type"
                          " JOIN event_bodies b ON b.id = e.body JOIN clusters c ON c.id = e.cluster"
                          " WHERE c.cluster_id = ?"_s);
                q.addBindValue(clusterId);
                if (q.exec()) {
                    while (q.next())
                        rows.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                            + q.value(2).toString());
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        rows.sort();
        return rows;
    }

    static QStringList canonical(const QJsonArray &events)
    {
        QStringList rows;
        for (const QJsonValue &v : events) {
            QJsonObject o = v.toObject();
            const QString ts = QString::number(o.value(u"timestamp"_s).toInteger());
            const QString type = o.value(u"type"_s).toString();
            o.remove(u"timestamp"_s);
            o.remove(u"type"_s);
            o.remove(u"cluster_id"_s);
            rows.append(
                ts + u' ' + type + u' ' + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
        rows.sort();
        return rows;
    }

    QTemporaryDir dir;
    std::unique_ptr<emulator::EmulatorThread> server;
    QString clusterId;
    mutable int readers = 0;
};

} // namespace

class TestSyncCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void syncsAndSummarises();
    void killedMidSyncThenResumedLosesAndDoublesNothing();
    void twoProcessesShareTheArchive();
    void damagedArchiveIsRebuilt();
    void allProfilesSyncsEachProfile();
    void usageErrorsExitWithTwo();
    void rateLimitedSyncSaysHowLongItWaits();
    void fullDiskSaysSoAndTheNextSyncLosesNothing();
};

void TestSyncCommand::syncsAndSummarises()
{
    SyncFixture f(3000, 2);
    QStringList args {u"sync"_s, u"--host"_s, f.server->url().toString()};
    QProcess process;
    process.setProcessEnvironment(f.environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(BRICKDESK_BINARY), args);
    QVERIFY(finished.wait(180'000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(out.contains("(new)"), out.constData());
    QVERIFY(out.contains("clusters: 2 synced"));
    QVERIFY(out.contains("jobs: 10 seen, 10 new settings versions"));
    QVERIFY(err.contains("Cluster ")); // progress on stderr
    QCOMPARE(f.archived(), SyncFixture::canonical(f.truth()));

    const Outcome again = f.run();
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(", 0 new, 1 requests"), again.out.constData());
}

void TestSyncCommand::killedMidSyncThenResumedLosesAndDoublesNothing()
{
    SyncFixture f(60'000);
    QMetaObject::invokeMethod(
        f.server->emulator(), [&f] { f.server->emulator()->setLatency(30); }, Qt::BlockingQueuedConnection);
    const QStringList truth = SyncFixture::canonical(f.truth());
    QVERIFY(truth.size() > 20'000);

    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    f.start(process);
    // Killed once part of the events is archived, while pages are still being fetched.
    QTRY_VERIFY_WITH_TIMEOUT(f.archived().size() >= 3000, 120'000);
    QCOMPARE(process.state(), QProcess::Running);
    process.kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(finished.wait(10'000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    const QStringList partial = f.archived();
    QVERIFY(partial.size() >= 3000);
    QVERIFY(partial.size() < truth.size());
    // What is there is a prefix of the truth: no hole, nothing that is not in the emulator.
    QCOMPARE(partial, truth.mid(0, partial.size()));

    QMetaObject::invokeMethod(
        f.server->emulator(), [&f] { f.server->emulator()->setLatency(0); }, Qt::BlockingQueuedConnection);
    const Outcome resumed = f.run();
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(!resumed.out.contains("rebuilt"), resumed.out.constData()); // the file was consistent
    QCOMPARE(f.archived(), truth);
}

void TestSyncCommand::twoProcessesShareTheArchive()
{
    SyncFixture f(20'000);
    QProcess a;
    QProcess b;
    QSignalSpy aDone(&a, &QProcess::finished);
    QSignalSpy bDone(&b, &QProcess::finished);
    f.start(a);
    f.start(b);
    QVERIFY(aDone.count() > 0 || aDone.wait(180'000));
    QVERIFY(bDone.count() > 0 || bDone.wait(180'000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    QCOMPARE(f.archived(), SyncFixture::canonical(f.truth()));
}

void TestSyncCommand::damagedArchiveIsRebuilt()
{
    SyncFixture f(2000);
    QVERIFY(f.run().exitCode == 0);
    const QString path = f.archivePath();
    QVERIFY(!path.isEmpty());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(100'000, '\x42'));
    }
    const Outcome result = f.run();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("rebuilt"), result.out.constData());
    QVERIFY(result.err.contains("damaged"));
    const QStringList aside = QDir(f.archiveDirectory()).entryList({u"*.damaged-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(f.archived(), SyncFixture::canonical(f.truth()));
}

void TestSyncCommand::allProfilesSyncsEachProfile()
{
    SyncFixture f(1000);
    // Two profiles of the same workspace: one archive, the second sync finds nothing new.
    QFile config(f.dir.filePath(u".databrickscfg"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    for (const char *name : {"one", "two"})
        config.write(QByteArray("[") + name + "]\nhost = " + f.server->url().toString().toUtf8()
            + "\ntoken = " + f.server->token().toUtf8() + "\n\n");
    config.close();
    QProcessEnvironment env = f.environment();
    env.remove(u"DATABRICKS_TOKEN"_s);
    env.insert(u"DATABRICKS_CONFIG_FILE"_s, config.fileName());
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QString::fromUtf8(BRICKDESK_BINARY), {u"sync"_s, u"--all-profiles"_s, u"--clusters"_s, u"all"_s});
    QVERIFY(finished.wait(120'000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY2(out.contains("one: archive") && out.contains("two: archive"), out.constData());
    QVERIFY(out.contains(", 0 new, 1 requests"));
    QVERIFY(!out.contains(f.server->token().toUtf8())); // the summary never shows a token
    QCOMPARE(f.archived(), SyncFixture::canonical(f.truth()));
}

void TestSyncCommand::usageErrorsExitWithTwo()
{
    SyncFixture f(100);
    const auto status = [&f](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(f.environment());
        p.start(QString::fromUtf8(BRICKDESK_BINARY), QStringList {u"sync"_s} + args);
        p.waitForFinished(60'000);
        return p.exitCode();
    };
    QCOMPARE(status({}), 2); // no workspace
    QCOMPARE(status({u"--demo"_s, u"--host"_s, u"http://x"_s}), 2);
    QCOMPARE(status({u"--demo"_s, u"--clusters"_s, u"all,1234"_s}), 2);
    QCOMPARE(
        status({u"--host"_s, f.server->url().toString(), u"--clusters"_s, u"0000-000000-nothere0"_s}), 1);
}

void TestSyncCommand::rateLimitedSyncSaysHowLongItWaits()
{
    // The first page of events is refused for 2 s: the command says so rather than seem to hang.
    SyncFixture f(300);
    f.server->emulator()->faults().add(emulator::Fault::rateLimit(u"/clusters/events$"_s, 2, 1));
    const Outcome outcome = f.run();
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.err.contains(
                 "brickdesk sync: rate limited by the workspace, retrying in 2 s (Ctrl+C stops)\n"),
        outcome.err.constData());
    QCOMPARE(outcome.err.count("rate limited"), 1);
    QCOMPARE(f.archived(), SyncFixture::canonical(f.truth()));
}

// A disk that fills up in the middle of a sync: a tmpfs of 512 KiB mounted over the data
// folder in a user and mount namespace of the syncs' own (no root needed). The sync says the
// disk is full and fails; once there is room, the next sync completes the archive: the pages
// written after the failed one did not make it skip what was lost.
void TestSyncCommand::fullDiskSaysSoAndTheNextSyncLosesNothing()
{
    if (QProcess::execute(u"unshare"_s, {u"-Urm"_s, u"true"_s}) != 0)
        QSKIP("this machine allows no user and mount namespaces (unshare -Urm)");
    // Pages of 500 that no longer fit, then a last page of 3 that does: it must not mark the
    // cluster synced past the ones that failed.
    SyncFixture f(20'003);
    QCOMPARE(f.truth().size() % 500, 3);
    const QString data = f.dir.filePath(u"data"_s);
    const QString kept = f.dir.filePath(u"kept"_s);
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QDir().mkpath(kept));
    // Both syncs in the one namespace, whose file system goes with it: the archive is copied out.
    const QString script = uR"(mount -t tmpfs -o size=512k tmpfs "$DATA" || exit 90
"$@"; echo "first sync: $?"
mount -o remount,size=64m "$DATA" || exit 91
"$@"; echo "second sync: $?"
cp "$DATA"/Brickdesk/brickdesk/archive/*.sqlite* "$KEPT"/)"_s;
    QProcessEnvironment env = f.environment();
    env.insert(u"DATA"_s, data);
    env.insert(u"KEPT"_s, kept);
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(u"unshare"_s,
        QStringList {u"-Urm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, QString::fromUtf8(BRICKDESK_BINARY)}
            + f.arguments());
    QVERIFY(finished.wait(180'000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(out.contains("first sync: 1"), out.constData());
    QVERIFY2(err.contains("Cluster events could not be archived: the disk is full"), err.constData());
    QVERIFY2(out.contains("second sync: 0"), err.constData());
    const QStringList files = QDir(kept).entryList({u"*.sqlite"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(f.archived(QDir(kept).filePath(files.first())), SyncFixture::canonical(f.truth()));
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_sync_command.moc"
