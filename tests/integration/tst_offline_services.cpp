// The services behind the screens, offline and back, over real sockets and a real archive
// file, with no screen: a job and a run read from the archive while the workspace's port is
// refused are read from the workspace again, runs included, as soon as it answers; the state
// an archived cluster is shown in is the one its last events leave it in.
#include "api/connection.h"
#include "api/retrypolicy.h"
#include "archive/archive.h"
#include "auth/statictokenprovider.h"
#include "domain/run.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "models/runsmodel.h"
#include "services/jobdetailservice.h"
#include "services/offlinearchive.h"
#include "services/runpoller.h"
#include "services/runservice.h"
#include "services/workspacereachability.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 20000;

quint16 refusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed on return: connections to it are refused
}

// A workspace on a port nobody listens on, known offline (its archive at `archivePath`).
struct UnreachableWorkspace
{
    UnreachableWorkspace(quint16 port, const QString &token, const QString &archivePath)
        : connection(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), std::make_shared<StaticTokenProvider>(token))
    {
        connection.setRetryPolicy(RetryPolicy::fastForTests());
        reachability.setConnection(&connection);
        reachability.setArchivePath(archivePath);
        reachability.probeNow();
    }
    bool waitOffline()
    {
        return brickdesk::test::waitFor([this] { return reachability.isOffline(); }, kTimeout);
    }

    Connection connection;
    WorkspaceReachability reachability;
};

QJsonArray eventsOfTypes(const QStringList &types)
{
    QJsonArray events;
    qint64 at = 1'700'000'000'000;
    for (const QString &type : types)
        events.append(QJsonObject {{u"timestamp"_s, at += 1000}, {u"type"_s, type}});
    return events;
}
} // namespace

class TestOfflineServices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void stateAfterEvents_data();
    void stateAfterEvents();
    void jobAndRunComeBackFromTheWorkspaceWhenItAnswers();
    void aRunShownOnceCanBeReadOffline();
};

void TestOfflineServices::stateAfterEvents_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("state");
    QTest::newRow("none") << QStringList {} << u"UNKNOWN"_s;
    QTest::newRow("terminating") << QStringList {u"RUNNING"_s, u"TERMINATING"_s} << u"TERMINATED"_s;
    QTest::newRow("edited after termination")
        << QStringList {u"RUNNING"_s, u"TERMINATING"_s, u"EDITED"_s, u"PINNED"_s} << u"TERMINATED"_s;
    QTest::newRow("starting") << QStringList {u"TERMINATING"_s, u"STARTING"_s} << u"PENDING"_s;
    QTest::newRow("creating") << QStringList {u"CREATING"_s} << u"PENDING"_s;
    QTest::newRow("restarting") << QStringList {u"RUNNING"_s, u"RESTARTING"_s} << u"RESTARTING"_s;
    QTest::newRow("resizing") << QStringList {u"RUNNING"_s, u"RESIZING"_s} << u"RUNNING"_s;
    QTest::newRow("nodes lost") << QStringList {u"STARTING"_s, u"NODES_LOST"_s} << u"RUNNING"_s;
    QTest::newRow("only edits") << QStringList {u"EDITED"_s, u"UNPINNED"_s} << u"UNKNOWN"_s;
}

void TestOfflineServices::stateAfterEvents()
{
    QFETCH(QStringList, types);
    QFETCH(QString, state);
    QCOMPARE(OfflineArchive::stateAfterEvents(eventsOfTypes(types)), state);
}

void TestOfflineServices::jobAndRunComeBackFromTheWorkspaceWhenItAnswers()
{
    const auto options = test::EmulatorFixture::smallOptions();
    emulator::WorkspaceEmulator workspace(options); // not listening yet: its port is refused
    const qint64 jobId = workspace.anyJobId(2);
    const QList<qint64> runIds = workspace.runIdsOfJob(jobId);
    QVERIFY(jobId > 0 && !runIds.isEmpty());
    const qint64 runId = runIds.constFirst();

    // The archive holds the job and its runs, as a sync leaves them.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"archive.sqlite"_s);
    {
        Archive archive(path);
        QVERIFY(archive.open().result().ok());
        QVERIFY(archive.recordJobs(QJsonArray {workspace.job(jobId)}, QDateTime::currentMSecsSinceEpoch())
                    .result()
                    .ok());
        QJsonArray runs;
        for (const qint64 id : runIds)
            runs.append(workspace.run(id));
        QVERIFY(archive.recordRuns(runs, QDateTime::currentMSecsSinceEpoch()).result().ok());
    }

    const quint16 port = refusedPort();
    QVERIFY(port != 0);
    UnreachableWorkspace offline(port, options.tokens.constFirst(), path);
    QVERIFY(offline.waitOffline());
    Connection &connection = offline.connection;
    WorkspaceReachability &reachability = offline.reachability;

    // Offline: the job and a run from the archive.
    JobDetailService job;
    job.setConnection(&connection);
    job.setReachability(&reachability);
    QSignalSpy archivedJob(&job, &JobDetailService::archivedJobLoaded);
    QSignalSpy loadedJob(&job, &JobDetailService::jobLoaded);
    job.showJob(jobId);
    QTRY_COMPARE_WITH_TIMEOUT(archivedJob.size(), 1, kTimeout);
    QVERIFY(archivedJob.first().at(0).toBool());
    QVERIFY(job.isArchived());
    QCOMPARE(job.runsModel()->rowCount(), int(runIds.size()));

    RunService run;
    run.setConnection(&connection);
    run.setReachability(&reachability);
    QSignalSpy archivedRun(&run, &RunService::archivedRunLoaded);
    run.show(runId);
    QCOMPARE(run.poller()->runId(), 0); // read from the archive at once, never asked of the workspace
    QTRY_COMPARE_WITH_TIMEOUT(archivedRun.size(), 1, kTimeout);
    QVERIFY(archivedRun.first().at(0).toBool());
    QVERIFY(run.isArchived());
    QCOMPARE(run.run().id(), runId);
    QCOMPARE(run.run().tasks().size(), Run::fromJson(workspace.run(runId)).tasks().size());
    QVERIFY(run.outputs().isEmpty());

    // The workspace answers on that port: the next probe finds it, and both are read from it
    // again, with no one asking.
    QVERIFY(workspace.listen(QHostAddress::LocalHost, port));
    reachability.setProbeIntervalMs(100);
    QTRY_VERIFY_WITH_TIMEOUT(!reachability.isOffline(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(loadedJob.size(), 1, kTimeout);
    QVERIFY(!job.isArchived());
    QCOMPARE(job.job().id(), jobId);
    QTRY_VERIFY_WITH_TIMEOUT(!job.runsModel()->isLoading() && job.runsModel()->rowCount() > 0, kTimeout);
    QCOMPARE(job.runsModel()->params().jobId, jobId);
    QTRY_VERIFY_WITH_TIMEOUT(!run.isArchived() && run.run().isValid(), kTimeout);
    QCOMPARE(run.run().id(), runId);
    QCOMPARE(run.runId(), runId);
}

void TestOfflineServices::aRunShownOnceCanBeReadOffline()
{
    test::EmulatorFixture fixture;
    const qint64 runId = fixture.emulator().runIdsOfJob(fixture.emulator().anyJobId(2)).value(0);
    QVERIFY(runId > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"archive.sqlite"_s);
    {
        // Shown while the workspace answers: nothing synced, the archive holds nothing before.
        Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
        WorkspaceReachability reachability;
        reachability.setConnection(&connection);
        reachability.setArchivePath(path);
        RunService run;
        run.setConnection(&connection);
        run.setReachability(&reachability);
        QSignalSpy loaded(&run, &RunService::runLoaded);
        run.show(runId);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
        QVERIFY(!run.isArchived());
    } // the archive's writes are finished when the service goes

    UnreachableWorkspace offline(refusedPort(), fixture.token(), path);
    QVERIFY(offline.waitOffline());
    RunService run;
    run.setConnection(&offline.connection);
    run.setReachability(&offline.reachability);
    QSignalSpy archived(&run, &RunService::archivedRunLoaded);
    run.show(runId);
    QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, kTimeout);
    QVERIFY(archived.first().at(0).toBool());
    QCOMPARE(run.run().id(), runId);
    QCOMPARE(run.run().tasks().size(), Run::fromJson(fixture.emulator().run(runId)).tasks().size());
}

QTEST_GUILESS_MAIN(TestOfflineServices)
#include "tst_offline_services.moc"
