// Archive size and pruning, on real SQLite files: an archive of 100 days of cluster events and
// runs pruned to its last 30 days loses exactly what is older (each cluster's newest event
// excepted), keeps every job version and the newer runs' errors in the search, and gets smaller
// on disk; the work runs on the archive's thread; a prune while another connection writes
// events leaves no event without its details; deleting an archive makes the job history and
// the search of this process let go of it first, and the files are gone.
#include "archive/archive.h"
#include "archive/archivedatabase.h"
#include "archive/archiverelease.h"
#include "clustereventjson.h"
#include "eventwait.h"
#include "services/archivemaintenance.h"
#include "services/archivesearchservice.h"
#include "services/jobhistoryservice.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 30000;
constexpr qint64 kDayMs = 86'400'000;
constexpr int kDays = 100;
constexpr int kEventsPerDay = 48;
constexpr int kRunsPerDay = 4;

QJsonObject resizeEvent(const QString &cluster, qint64 ms, int workers)
{
    return QJsonObject {{u"cluster_id"_s, cluster}, {u"timestamp"_s, ms}, {u"type"_s, u"RESIZING"_s},
        {u"details"_s, test::clusterCountsJson(workers, workers + 1)}};
}

QJsonObject failedRun(qint64 runId, qint64 startMs, const QString &error)
{
    return QJsonObject {{u"run_id"_s, runId}, {u"job_id"_s, 7}, {u"run_name"_s, u"nightly"_s},
        {u"start_time"_s, startMs}, {u"end_time"_s, startMs + 60'000},
        {u"state"_s,
            QJsonObject {{u"life_cycle_state"_s, u"TERMINATED"_s}, {u"result_state"_s, u"FAILED"_s},
                {u"state_message"_s, error}}},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"run_id"_s, runId * 10}, {u"task_key"_s, u"ingest"_s},
                            {u"start_time"_s, startMs}, {u"end_time"_s, startMs + 60'000}},
                QJsonObject {{u"run_id"_s, runId * 10 + 1}, {u"task_key"_s, u"report"_s},
                    {u"start_time"_s, startMs}, {u"end_time"_s, startMs + 60'000}}}}};
}

qint64 scalar(const QString &path, const QString &sql)
{
    const QString name = u"check-%1"_s.arg(quintptr(&path));
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

qint64 bytesOnDisk(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}
} // namespace

class TestArchiveMaintenance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsEachArchiveWithWhatItHolds();
    void pruningRemovesExactlyWhatIsOlderAndShrinksTheFile();
    void pruningWhileAnotherConnectionWritesLeavesNoEventWithoutDetails();
    void deletingMakesEveryHolderLetGoAndRemovesTheFiles();

private:
    // Fills `path`: two clusters (one silent for the last 60 days), runs with errors, job
    // versions; the counts older than `cutoffMs` are returned through the pointers.
    void fill(const QString &path, qint64 cutoffMs, qint64 *oldEvents, qint64 *oldRuns);
    Archive *archiveOf(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 0;
};

void TestArchiveMaintenance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArchiveMaintenance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime::currentMSecsSinceEpoch();
}

void TestArchiveMaintenance::fill(const QString &path, qint64 cutoffMs, qint64 *oldEvents, qint64 *oldRuns)
{
    ArchiveDatabase db(path);
    QVERIFY(db.open().ok());
    qint64 olderEvents = 0;
    qint64 olderRuns = 0;
    qint64 runId = 1000;
    for (int day = kDays; day >= 1; --day) {
        QJsonArray busy;
        QJsonArray quiet;
        for (int i = 0; i < kEventsPerDay; ++i) {
            const qint64 ms = m_now - day * kDayMs + i * (kDayMs / kEventsPerDay);
            busy.append(resizeEvent(u"busy"_s, ms, i % 9));
            olderEvents += ms < cutoffMs;
            if (day > 60) {
                quiet.append(resizeEvent(u"quiet"_s, ms, i % 5));
                olderEvents += ms < cutoffMs;
            }
        }
        QVERIFY(db.addEvents(u"busy"_s, busy).ok());
        if (!quiet.isEmpty())
            QVERIFY(db.addEvents(u"quiet"_s, quiet).ok());
        QJsonArray runs;
        for (int i = 0; i < kRunsPerDay; ++i) {
            const qint64 start = m_now - day * kDayMs + i * 3600'000;
            runs.append(failedRun(++runId, start, u"OutOfMemoryError on day %1"_s.arg(day)));
            olderRuns += start < cutoffMs;
        }
        QVERIFY(db.recordRuns(runs, m_now).ok());
    }
    for (int version = 0; version < 3; ++version) {
        const QJsonObject job {{u"job_id"_s, 7},
            {u"settings"_s, QJsonObject {{u"name"_s, u"nightly"_s}, {u"timeout_seconds"_s, 100 + version}}}};
        QVERIFY(db.recordJobs(QJsonArray {job}, m_now - (3 - version) * 50 * kDayMs).ok());
    }
    // The quiet cluster's newest event is older than the cut: it stays.
    olderEvents -= 1;
    *oldEvents = olderEvents;
    *oldRuns = olderRuns;
}

void TestArchiveMaintenance::listsEachArchiveWithWhatItHolds()
{
    qint64 oldEvents = 0;
    qint64 oldRuns = 0;
    const QString prod = m_dir->filePath(u"prod.example.com-1a2b3c4d.sqlite"_s);
    fill(prod, m_now, &oldEvents, &oldRuns);
    ArchiveDatabase(m_dir->filePath(u"demo.sqlite"_s)).open();
    QFile(m_dir->filePath(u"notes.txt"_s)).open(QIODevice::WriteOnly); // not an archive

    ArchiveMaintenance maintenance;
    maintenance.setDirectory(m_dir->path());
    maintenance.setNames({{prod, u"Prod"_s}});
    maintenance.refresh();
    QCOMPARE(maintenance.entries().size(), qsizetype(2));
    const auto allRead = [&maintenance] {
        const QList<ArchiveMaintenance::Entry> entries = maintenance.entries();
        return std::all_of(
            entries.begin(), entries.end(), [](const ArchiveMaintenance::Entry &e) { return e.loaded; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allRead(), kTimeout);
    const ArchiveMaintenance::Entry demo = maintenance.entries().at(0);
    QCOMPARE(demo.name, u"demo"_s);
    QCOMPARE(demo.stats.events, qint64(0));
    QCOMPARE(demo.stats.oldestEventMs, qint64(-1));
    const ArchiveMaintenance::Entry entry = maintenance.entries().at(1);
    QCOMPARE(entry.name, u"Prod"_s);
    QCOMPARE(entry.stats.events, qint64(kDays * kEventsPerDay + 40 * kEventsPerDay));
    QCOMPARE(entry.stats.runs, qint64(kDays * kRunsPerDay));
    QCOMPARE(entry.stats.jobVersions, qint64(3));
    QCOMPARE(entry.stats.oldestEventMs, m_now - kDays * kDayMs);
    QCOMPARE(entry.stats.oldestRunMs, m_now - kDays * kDayMs);
    QCOMPARE(entry.stats.fileBytes, bytesOnDisk(prod));
    QVERIFY(entry.stats.fileBytes > 0);
}

void TestArchiveMaintenance::pruningRemovesExactlyWhatIsOlderAndShrinksTheFile()
{
    const QString path = m_dir->filePath(u"prod.sqlite"_s);
    // The cut the prune will make (30 days before "now" then), a little later than this.
    qint64 oldEvents = 0;
    qint64 oldRuns = 0;
    fill(path, m_now - 30 * kDayMs + 60'000, &oldEvents, &oldRuns);
    const qint64 eventsBefore = scalar(path, u"SELECT COUNT(*) FROM events"_s);
    const qint64 bytesBefore = bytesOnDisk(path);

    ArchiveMaintenance maintenance;
    maintenance.setDirectory(m_dir->path());
    maintenance.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(maintenance.entries().value(0).loaded, kTimeout);
    QSignalSpy finished(&maintenance, &ArchiveMaintenance::finished);
    maintenance.prune(path, 30);
    // Asked, not done: the caller's thread goes on while the archive's thread works.
    QVERIFY(maintenance.isBusy());
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(!maintenance.isBusy());

    // Exactly the older ones (the run times are whole hours from "now", so the few
    // milliseconds between filling and pruning move no run across the cut).
    const qint64 eventsAfter = scalar(path, u"SELECT COUNT(*) FROM events"_s);
    QCOMPARE(eventsBefore - eventsAfter, oldEvents);
    QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM runs"_s), qint64(kDays * kRunsPerDay) - oldRuns);
    QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM task_runs"_s), 2 * (qint64(kDays * kRunsPerDay) - oldRuns));
    QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM job_versions"_s), qint64(3));
    // The silent cluster keeps its newest event, so its next sync goes on from there.
    QCOMPARE(
        scalar(path,
            u"SELECT COUNT(*) FROM events e JOIN clusters c ON c.id = e.cluster WHERE c.cluster_id = 'quiet'"_s),
        qint64(1));
    QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM events WHERE body NOT IN (SELECT id FROM event_bodies)"_s),
        qint64(0));

    const QString report = maintenance.reportText();
    QVERIFY2(report.contains(QLocale().toString(oldEvents)), qPrintable(report));
    QVERIFY2(report.contains(QLocale().toString(oldRuns)), qPrintable(report));
    QTRY_VERIFY_WITH_TIMEOUT(maintenance.entries().value(0).stats.events == eventsAfter, kTimeout);
    const qint64 bytesAfter = bytesOnDisk(path);
    qInfo("archive %lld -> %lld bytes; removed %lld events, %lld runs", bytesBefore, bytesAfter, oldEvents,
        oldRuns);
    QVERIFY2(bytesAfter < bytesBefore * 6 / 10, qPrintable(u"%1 -> %2"_s.arg(bytesBefore).arg(bytesAfter)));
    QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0); // VACUUM's copy does not stay in the WAL

    // The old runs' errors are gone from the search, the newer ones are still found.
    ArchiveDatabase db(path);
    QVERIFY(db.open().ok());
    QVERIFY(db.search(u"OutOfMemoryError day 90"_s).isEmpty());
    QCOMPARE(db.search(u"OutOfMemoryError day 10"_s).size(), qsizetype(kRunsPerDay));
    QCOMPARE(db.jobVersions(7).size(), qsizetype(3));
}

void TestArchiveMaintenance::pruningWhileAnotherConnectionWritesLeavesNoEventWithoutDetails()
{
    const QString path = m_dir->filePath(u"shared.sqlite"_s);
    qint64 oldEvents = 0;
    qint64 oldRuns = 0;
    fill(path, m_now - 30 * kDayMs + 60'000, &oldEvents, &oldRuns);
    // Another connection (a `brickdesk sync` in the real world) has the details of old events
    // cached, prunes happen, then it writes events with those same details.
    Archive writer(path);
    QVERIFY(writer.open().result().ok());
    QJsonArray old;
    for (int i = 0; i < 9; ++i)
        old.append(resizeEvent(u"busy"_s, m_now - 90 * kDayMs + i, i));
    QVERIFY(writer.addEvents(u"busy"_s, old).result().ok());

    ArchiveMaintenance maintenance;
    maintenance.setDirectory(m_dir->path());
    maintenance.refresh();
    QSignalSpy finished(&maintenance, &ArchiveMaintenance::finished);
    maintenance.prune(path, 30);
    QVERIFY(finished.wait(kTimeout));
    QVERIFY(finished.at(0).at(1).toBool());

    QJsonArray fresh;
    for (int i = 0; i < 9; ++i)
        fresh.append(resizeEvent(u"busy"_s, m_now + i, i));
    QVERIFY(writer.addEvents(u"busy"_s, fresh).result().ok());
    QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM events WHERE body NOT IN (SELECT id FROM event_bodies)"_s),
        qint64(0));
    QCOMPARE(writer
                 .run([now = m_now](
                          ArchiveDatabase &db) { return db.events(u"busy"_s, now - 1, now + 100).size(); })
                 .result(),
        qsizetype(9));
}

void TestArchiveMaintenance::deletingMakesEveryHolderLetGoAndRemovesTheFiles()
{
    const QString path = m_dir->filePath(u"gone.sqlite"_s);
    qint64 oldEvents = 0;
    qint64 oldRuns = 0;
    fill(path, m_now, &oldEvents, &oldRuns);
    ArchiveSearchService search;
    search.setArchivePath(path);
    search.setDebounceMs(0);
    search.setText(u"OutOfMemoryError"_s);
    search.searchNow();
    QTRY_COMPARE_WITH_TIMEOUT(search.state(), ArchiveSearchService::State::Found, kTimeout);
    JobHistoryService history;
    history.setArchivePath(path);
    const Job job = Job::fromJson(QJsonObject {{u"job_id"_s, 7},
        {u"settings"_s, QJsonObject {{u"name"_s, u"nightly"_s}, {u"timeout_seconds"_s, 5}}}});
    history.recordAndLoad(job);
    QTRY_VERIFY_WITH_TIMEOUT(!history.isLoading(), kTimeout);
    QCOMPARE(history.versionCount(), 4);
    QSignalSpy releaseAsked(ArchiveRelease::instance(), &ArchiveRelease::releaseRequested);

    ArchiveMaintenance maintenance;
    maintenance.setDirectory(m_dir->path());
    maintenance.refresh();
    QSignalSpy finished(&maintenance, &ArchiveMaintenance::finished);
    maintenance.remove(path);
    QCOMPARE(releaseAsked.size(), 1);
    QVERIFY(finished.wait(kTimeout));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(maintenance.reportText()));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(path + suffix));
    QVERIFY(maintenance.entries().isEmpty());
    QVERIFY(maintenance.reportText().contains(u"deleted"_s));
    // The search let go, says so, and did not bring the file back.
    QTRY_COMPARE_WITH_TIMEOUT(search.state(), ArchiveSearchService::State::NoArchive, kTimeout);
    QVERIFY(!QFileInfo::exists(path));
    // The history let go too: the next job shown starts a new archive with one version.
    QCOMPARE(history.versionCount(), 0);
    history.recordAndLoad(job);
    QTRY_VERIFY_WITH_TIMEOUT(!history.isLoading(), kTimeout);
    QCOMPARE(history.versionCount(), 1);
    QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM runs"_s), qint64(0));
}

QTEST_GUILESS_MAIN(TestArchiveMaintenance)
#include "tst_archive_maintenance.moc"
