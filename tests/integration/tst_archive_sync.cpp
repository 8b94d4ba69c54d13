// ArchiveSync against the emulator over loopback: the first sync holds exactly the emulator's
// events, a sync with nothing new costs one request, new events after an overlap are added
// once, job settings become versions, and no secret from the workspace reaches the file.
#include "api/apireply.h"
#include "api/connection.h"
#include "api/jobsparams.h"
#include "archive/archive.h"
#include "archive/archivedatabase.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventlines.h"
#include "eventwait.h"
#include "requestlog.h"
#include "services/archivesync.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

class TestArchiveSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void firstSyncHoldsExactlyTheEmulatorsEvents();
    void nothingNewCostsOneRequest();
    void newEventsAfterTheOverlapAreAddedOnce();
    void jobSettingsBecomeVersionsAndRunsAreKept();
    void noSecretFromTheWorkspaceReachesTheFile();
    void archiveKeepsWhatTheEmulatorsRetentionDrops();
    void emulatorDropsRunsPastRetention();
    void fetchWaitsForAnArchiveThatFellBehind();
    void aWindowTheChartArchivedLeavesNoHole();

private:
    ArchiveSync::Summary sync(const ArchiveSync::Options &options);
    QJsonArray truth(const QString &clusterId)
    {
        return m_fixture->emulator().events(clusterId, 0, QDateTime::currentMSecsSinceEpoch() + 3'600'000);
    }
    template<typename Fn>
    auto onArchive(Fn fn)
    {
        QFuture<std::invoke_result_t<Fn, ArchiveDatabase &>> future = m_archive->run(std::move(fn));
        future.waitForFinished();
        return future.result();
    }
    ArchiveSync::Options clustersOnly(const QStringList &ids)
    {
        ArchiveSync::Options o;
        o.clusterIds = ids;
        o.recordConfigurations = false;
        o.jobs = false;
        return o;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Archive> m_archive;
};

void TestArchiveSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto options = test::EmulatorFixture::smallOptions();
    options.clusters = 3;
    options.jobs = 20;
    m_fixture = std::make_unique<test::EmulatorFixture>(options);
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    m_archive = std::make_unique<Archive>(m_dir->filePath(u"w.sqlite"_s));
    QCOMPARE(m_archive->open().result().status, ArchiveOpenResult::Status::Created);
}

void TestArchiveSync::cleanup()
{
    m_archive.reset();
    m_connection.reset();
    m_fixture.reset();
}

ArchiveSync::Summary TestArchiveSync::sync(const ArchiveSync::Options &options)
{
    ArchiveSync sync(m_connection.get(), m_archive.get(), options);
    QSignalSpy finished(&sync, &ArchiveSync::finished);
    sync.start();
    if (!finished.wait(120'000))
        qWarning("sync did not finish");
    return sync.summary();
}

void TestArchiveSync::firstSyncHoldsExactlyTheEmulatorsEvents()
{
    const QStringList ids = m_fixture->emulator().clusterIds();
    ArchiveSync::Options options;
    options.jobs = false;
    const ArchiveSync::Summary summary = sync(options);
    QVERIFY2(summary.ok(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(summary.clusters.size(), ids.size());
    QCOMPARE(summary.configurationsAdded, ids.size());
    for (const QString &id : ids) {
        const QJsonArray held = truth(id);
        QVERIFY(held.size() > 500);
        const QJsonArray archived
            = onArchive([id](ArchiveDatabase &db) { return db.events(id, 0, LLONG_MAX); });
        QCOMPARE(archived.size(), held.size());
        QCOMPARE(test::eventLines(archived), test::eventLines(held));
    }
}

// The chart archives the window it shows (ClusterHistoryLoader: pages without the synced
// mark): a later window than the archive's history must not become where the next sync
// starts, or the events between would never be fetched.
void TestArchiveSync::aWindowTheChartArchivedLeavesNoHole()
{
    const QString id = m_fixture->emulator().clusterIds().first();
    const QJsonArray held = truth(id);
    QVERIFY(held.size() > 500);
    QJsonArray lastTen;
    for (qsizetype i = held.size() - 10; i < held.size(); ++i)
        lastTen.append(held.at(i));
    QVERIFY(m_archive->addEvents(id, lastTen).result().ok());
    QCOMPARE(m_archive->eventsSyncedThrough(id).result(), -1);

    const ArchiveSync::Summary summary = sync(clustersOnly({id}));
    QVERIFY2(summary.ok(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(summary.clusters.first().added, held.size() - 10);
    const QJsonArray archived = onArchive([id](ArchiveDatabase &db) { return db.events(id, 0, LLONG_MAX); });
    QCOMPARE(test::eventLines(archived), test::eventLines(held));
    // The sync's pages moved the mark to the newest event they held.
    QCOMPARE(m_archive->eventsSyncedThrough(id).result(),
        held.last().toObject().value(u"timestamp"_s).toInteger());
}

void TestArchiveSync::nothingNewCostsOneRequest()
{
    const QString id = m_fixture->emulator().clusterIds().last();
    QVERIFY(sync(clustersOnly({id})).ok());
    const qint64 count = onArchive([id](ArchiveDatabase &db) { return db.eventCount(id); });
    QCOMPARE(count, truth(id).size());

    test::RequestLog log(m_fixture->emulator());
    const ArchiveSync::Summary again = sync(clustersOnly({id}));
    QVERIFY(again.ok());
    QVERIFY(log.settle(*m_connection));
    QCOMPARE(log.entries(), QStringList {u"POST /api/2.1/clusters/events"_s});
    QCOMPARE(again.requests, 1);
    QCOMPARE(again.clusters.first().added, 0);
    QVERIFY(again.clusters.first().fetched >= 1); // the overlap came back, and was not doubled
    QCOMPARE(onArchive([id](ArchiveDatabase &db) { return db.eventCount(id); }), count);
}

void TestArchiveSync::newEventsAfterTheOverlapAreAddedOnce()
{
    const QString id = m_fixture->emulator().anyClusterId(u"RUNNING"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(sync(clustersOnly({id})).ok());
    const qsizetype before = truth(id).size();

    // The cluster is terminated: TERMINATING and TERMINATED events follow on the emulator's clock.
    bool done = false;
    m_connection->clusters().terminateCall(id).then(this, [&done](const ApiResult<Done> &) { done = true; });
    QTRY_VERIFY(done);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fixture->emulator().cluster(id).value(u"state"_s).toString(), u"TERMINATED"_s, 20'000);
    const QJsonArray held = truth(id);
    QVERIFY(held.size() > before);

    const ArchiveSync::Summary summary = sync(clustersOnly({id}));
    QVERIFY(summary.ok());
    QCOMPARE(summary.clusters.first().added, held.size() - before);
    QVERIFY(summary.clusters.first().fetched > summary.clusters.first().added); // the overlap
    QCOMPARE(summary.clusters.first().requests, 1);
    const QJsonArray archived = onArchive([id](ArchiveDatabase &db) { return db.events(id, 0, LLONG_MAX); });
    QCOMPARE(test::eventLines(archived), test::eventLines(held));
}

void TestArchiveSync::jobSettingsBecomeVersionsAndRunsAreKept()
{
    ArchiveSync::Options options;
    options.clusters = false;
    const ArchiveSync::Summary first = sync(options);
    QVERIFY2(first.ok(), qPrintable(first.errors.join(u'\n')));
    const QList<qint64> jobIds = m_fixture->emulator().jobIds();
    QCOMPARE(first.jobsSeen, jobIds.size());
    QCOMPARE(first.jobVersionsAdded, jobIds.size());
    qint64 runs = 0;
    for (const qint64 jobId : jobIds)
        runs += m_fixture->emulator().runIdsOfJob(jobId).size();
    QVERIFY(runs > 0);
    QVERIFY(onArchive([](ArchiveDatabase &db) { return db.runCount(); }) >= runs);

    // Nothing changed: no new version.
    const ArchiveSync::Summary same = sync(options);
    QCOMPARE(same.jobVersionsAdded, 0);
    QCOMPARE(same.runsAdded, 0);

    const qint64 jobId = jobIds.at(3);
    QJsonObject settings = m_fixture->emulator().job(jobId).value(u"settings"_s).toObject();
    settings.insert(u"max_concurrent_runs"_s, 7);
    QVERIFY(m_fixture->emulator().updateJobSettings(jobId, settings));
    const ArchiveSync::Summary changed = sync(options);
    QCOMPARE(changed.jobVersionsAdded, 1);
    const QList<JobVersion> versions
        = onArchive([jobId](ArchiveDatabase &db) { return db.jobVersions(jobId); });
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.last().settings.value(u"max_concurrent_runs"_s).toInt(), 7);
    QVERIFY(versions.first().settings.value(u"max_concurrent_runs"_s).toInt() != 7);
}

void TestArchiveSync::noSecretFromTheWorkspaceReachesTheFile()
{
    // Token-shaped for the scrubber, obviously fake, and built at run time: no token-shaped
    // literal is committed.
    const QString pat = u"dapi"_s + u"fa4e"_s.repeated(8);
    const QString password = u"s3cr3t-Passw0rd-for-the-warehouse"_s;
    const qint64 jobId = m_fixture->emulator().jobIds().first();
    QJsonObject settings = m_fixture->emulator().job(jobId).value(u"settings"_s).toObject();
    settings.insert(u"parameters"_s,
        QJsonArray {QJsonObject {{u"name"_s, u"jdbc_password"_s}, {u"default"_s, password}},
            QJsonObject {{u"name"_s, u"notes"_s}, {u"default"_s, QString(u"use "_s + pat)}}});
    settings.insert(u"description"_s, u"marker-visible-description"_s);
    QVERIFY(m_fixture->emulator().updateJobSettings(jobId, settings));
    QVERIFY(sync(ArchiveSync::Options {}).ok());
    m_archive.reset(); // closed: everything is in the file (the WAL is checkpointed)

    QByteArray bytes;
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile f(m_dir->filePath(u"w.sqlite"_s) + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.contains("marker-visible-description"));
    QVERIFY(!bytes.contains(pat.toUtf8()));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(m_fixture->token().toUtf8()));
}

void TestArchiveSync::archiveKeepsWhatTheEmulatorsRetentionDrops()
{
    // Two emulators of the same workspace seeded in the same minute: one keeps every event,
    // the other only the last 10 days, as the service does.
    auto options = test::EmulatorFixture::smallOptions();
    options.clusters = 2;
    options.seededAtMs = QDateTime::currentMSecsSinceEpoch();
    test::EmulatorFixture everything(options);
    options.eventRetentionDays = 10;
    test::EmulatorFixture retained(options);
    const QString id = everything.emulator().clusterIds().first();
    QCOMPARE(retained.emulator().clusterIds().first(), id);
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    const QJsonArray all = everything.emulator().events(id, 0, horizon);
    const QJsonArray recent = retained.emulator().events(id, 0, horizon);
    QVERIFY(recent.size() > 0);
    QVERIFY(recent.size() < all.size());
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 10LL * 86'400'000;
    QVERIFY(recent.first().toObject().value(u"timestamp"_s).toInteger() >= cutoff - 60'000);

    // Over HTTP too: a sync from the retaining workspace alone sees only the recent events.
    Connection toRetained(retained.url(), std::make_shared<StaticTokenProvider>(retained.token()));
    {
        Archive fresh(m_dir->filePath(u"fresh.sqlite"_s));
        QVERIFY(fresh.open().result().ok());
        ArchiveSync sync(&toRetained, &fresh, clustersOnly({id}));
        QSignalSpy finished(&sync, &ArchiveSync::finished);
        sync.start();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(sync.summary().clusters.first().added, recent.size());
    }

    // The archive synced before the workspace forgot keeps the older events; syncing from the
    // forgetful workspace afterwards loses and doubles nothing.
    Connection toEverything(everything.url(), std::make_shared<StaticTokenProvider>(everything.token()));
    for (Connection *connection : {&toEverything, &toRetained}) {
        ArchiveSync sync(connection, m_archive.get(), clustersOnly({id}));
        QSignalSpy finished(&sync, &ArchiveSync::finished);
        sync.start();
        QVERIFY(finished.wait(60'000));
        QVERIFY(sync.summary().ok());
    }
    const QJsonArray archived = onArchive([id](ArchiveDatabase &db) { return db.events(id, 0, LLONG_MAX); });
    QCOMPARE(test::eventLines(archived), test::eventLines(all));
}

void TestArchiveSync::emulatorDropsRunsPastRetention()
{
    auto options = test::EmulatorFixture::smallOptions();
    options.runRetentionDays = 10;
    test::EmulatorFixture fixture(options);
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 10LL * 86'400'000;
    RunsListParams params;
    params.startTimeTo = cutoff - 60'000;
    std::unique_ptr<ApiReply> old(connection.jobs().listRuns(params));
    old->setAutoDelete(false);
    QSignalSpy oldDone(old.get(), &ApiReply::finished);
    QVERIFY(oldDone.wait(20'000));
    QVERIFY(!old->hasError());
    QVERIFY(old->json().value(u"runs"_s).toArray().isEmpty());

    params = {};
    params.startTimeFrom = cutoff + 60'000;
    std::unique_ptr<ApiReply> recent(connection.jobs().listRuns(params));
    recent->setAutoDelete(false);
    QSignalSpy recentDone(recent.get(), &ApiReply::finished);
    QVERIFY(recentDone.wait(20'000));
    QVERIFY(!recent->json().value(u"runs"_s).toArray().isEmpty());
    // With the default (the service's 60 days) the 30 days of seeded runs are all there.
    test::EmulatorFixture standard;
    qint64 seeded = 0;
    for (const qint64 jobId : standard.emulator().jobIds())
        seeded += standard.emulator().runIdsOfJob(jobId).size();
    qint64 kept = 0;
    for (const qint64 jobId : fixture.emulator().jobIds())
        kept += fixture.emulator().runIdsOfJob(jobId).size();
    QVERIFY(kept < seeded);
}

void TestArchiveSync::fetchWaitsForAnArchiveThatFellBehind()
{
    const QString id = m_fixture->emulator().clusterIds().first();
    const qsizetype held = truth(id).size();
    ArchiveSync::Options options = clustersOnly({id});
    options.eventsPageSize = 40;
    const qsizetype pages = (held + 39) / 40;
    QVERIFY(pages > 3 * ArchiveSync::MaxPagesAhead); // enough to run far ahead

    // Once the first page is fetched, the archive is kept busy (as a machine too busy to give
    // its low-priority thread a core would).
    test::RequestLog log(m_fixture->emulator());
    const QString eventsRequest = u"POST /api/2.1/clusters/events"_s;
    QSemaphore proceed;
    // Also when a check fails: the archive lets go of `proceed` before it is gone.
    const auto unblock = qScopeGuard([this, &proceed] {
        proceed.release();
        m_archive->run([](ArchiveDatabase &) { return true; }).waitForFinished();
    });
    std::atomic<bool> blocked = false;
    QMetaObject::Connection first
        = connect(&m_fixture->emulator(), &emulator::WorkspaceEmulator::requestServed, this,
            [&](const QString &method, const QString &path, int) {
                if (method + u' ' + path != eventsRequest || blocked)
                    return;
                blocked = true;
                m_archive->run([&proceed](ArchiveDatabase &) { return proceed.tryAcquire(1, 60'000); });
            });
    ArchiveSync sync(m_connection.get(), m_archive.get(), options);
    QSignalSpy finished(&sync, &ArchiveSync::finished);
    sync.start();
    QTRY_VERIFY(blocked);
    disconnect(first);
    // Pages keep coming until MaxPagesAhead wait unwritten (one more may be in flight), then
    // no more: given ample time, the fetch stays there.
    QTRY_VERIFY(log.count(eventsRequest) >= ArchiveSync::MaxPagesAhead);
    QTest::qWait(1000);
    QVERIFY(log.settle(*m_connection));
    const int whileBlocked = log.count(eventsRequest);
    QVERIFY2(whileBlocked <= 2 + ArchiveSync::MaxPagesAhead + 1,
        qPrintable(u"%1 pages fetched with the archive held"_s.arg(whileBlocked)));
    QCOMPARE(finished.count(), 0);

    proceed.release();
    QVERIFY(finished.wait(60'000));
    const ArchiveSync::ClusterResult result = sync.summary().clusters.value(0);
    QVERIFY2(sync.summary().ok(), qPrintable(sync.summary().errors.join(u'\n')));
    QCOMPARE(result.requests, int(pages));
    QCOMPARE(result.added, held);
    const QJsonArray archived = onArchive([id](ArchiveDatabase &db) { return db.events(id, 0, LLONG_MAX); });
    QCOMPARE(test::eventLines(archived), test::eventLines(truth(id)));
}

QTEST_GUILESS_MAIN(TestArchiveSync)
#include "tst_archive_sync.moc"
