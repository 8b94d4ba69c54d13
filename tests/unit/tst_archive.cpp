// The local archive (lib/archive) on its own: schema and migration, deduplication, versions,
// search, integrity on open, the worker thread, two users of one file, and no secret on disk.
#include "archive/archive.h"
#include "archive/archivedatabase.h"
#include "archive/archivelocation.h"
#include "archive/archiveschema.h"
#include "archive/secretscrubber.h"
#include "eventwait.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <sys/stat.h>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject makeEvent(qint64 ts, const QString &type, int current, int target)
{
    return QJsonObject {{u"cluster_id"_s, u"c-1"_s}, {u"timestamp"_s, ts}, {u"type"_s, type},
        {u"details"_s,
            QJsonObject {{u"current_num_workers"_s, current}, {u"target_num_workers"_s, target},
                {u"cause"_s, u"AUTOSCALE"_s}}}};
}

QJsonArray events(qint64 from, int count)
{
    QJsonArray out;
    // An event's content follows from its time: pages that overlap hold the same events.
    for (int i = 0; i < count; ++i) {
        const qint64 ts = from + i * 1000;
        const int k = int(ts / 1000);
        out.append(makeEvent(ts, k % 3 ? u"RESIZING"_s : u"UPSIZE_COMPLETED"_s, k % 7, k % 5));
    }
    return out;
}

QJsonObject job(qint64 id, const QString &name, const QString &notebook, const QJsonObject &extra = {})
{
    QJsonObject settings {{u"name"_s, name}, {u"tags"_s, QJsonObject {{u"team"_s, u"ingest"_s}}},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"load"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, notebook}}}}}}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        settings.insert(it.key(), it.value());
    return QJsonObject {{u"job_id"_s, id}, {u"settings"_s, settings}};
}

QJsonObject failedRun(qint64 runId, qint64 jobId, qint64 start, const QString &message)
{
    return QJsonObject {{u"run_id"_s, runId}, {u"job_id"_s, jobId}, {u"run_name"_s, u"nightly"_s},
        {u"start_time"_s, start}, {u"end_time"_s, start + 60'000},
        {u"state"_s,
            QJsonObject {{u"life_cycle_state"_s, u"TERMINATED"_s}, {u"result_state"_s, u"FAILED"_s},
                {u"state_message"_s, message}}},
        {u"tasks"_s,
            QJsonArray {
                QJsonObject {{u"run_id"_s, runId + 1}, {u"task_key"_s, u"load"_s}, {u"start_time"_s, start},
                    {u"state"_s,
                        QJsonObject {{u"life_cycle_state"_s, u"TERMINATED"_s},
                            {u"result_state"_s, u"FAILED"_s}, {u"state_message"_s, message}}}}}}};
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &p : QStringList {path, path + u"-wal"_s}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Permission bits for anyone but the owner.
constexpr QFileDevice::Permissions NotOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestArchive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void createsAWalFileWithTheCurrentSchema();
    void keyComesFromTheHostOnly();
    void eventsAreDeduplicatedAndRebuiltLosslessly();
    void eventsReadFromTheirBytesEqualThoseParsed();
    void jobSettingsKeepEveryDistinctVersion();
    void clusterConfigurationsIgnoreLiveState();
    void runsAreReplacedWithTheirTaskRuns();
    void searchFindsPathsParametersAndRunErrors();
    void searchTextBecomesASafeQuery_data();
    void searchTextBecomesASafeQuery();
    void noSecretReachesTheFile();
    void migratesFromTheFirstSchema();
    void cachedResultsAreReplacedAndKept();
    void damagedFileIsMovedAsideAndRebuilt_data();
    void damagedFileIsMovedAsideAndRebuilt();
    void unusableLocationFailsWithWords();
    void asyncCallsRunOnTheArchiveThread();
    void twoArchivesShareOneFile();
    void eventsWrittenInTheBackgroundAreSeenByEveryLaterCall();
    void deletingTheFileLeavesNoConnectionOfTheArchiveBehind();
    void eventsForAnArchiveThatDidNotOpenAreRefusedWithWords();
    void fileAndFolderAreTheUsersOnly();

private:
    QString path(const QString &name = u"a.sqlite"_s) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArchive::createsAWalFileWithTheCurrentSchema()
{
    {
        ArchiveDatabase db(path());
        const ArchiveOpenResult r = db.open();
        QCOMPARE(r.status, ArchiveOpenResult::Status::Created);
        QCOMPARE(db.schemaVersion(), archiveschema::CurrentVersion);
    }
    ArchiveDatabase again(path());
    QCOMPARE(again.open().status, ArchiveOpenResult::Status::Opened);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        raw.setDatabaseName(path());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), archiveschema::CurrentVersion);
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestArchive::keyComesFromTheHostOnly()
{
    const QString a = ArchiveLocation::keyForHost(u"https://adb-123.4.azuredatabricks.net/"_s);
    QCOMPARE(a, ArchiveLocation::keyForHost(u"HTTPS://adb-123.4.azuredatabricks.net"_s));
    QVERIFY(a.startsWith(u"adb-123.4.azuredatabricks.net-"_s));
    QVERIFY(a != ArchiveLocation::keyForHost(u"http://127.0.0.1:8080"_s));
    QVERIFY(ArchiveLocation::keyForHost(u"http://127.0.0.1:8080"_s)
        != ArchiveLocation::keyForHost(u"http://127.0.0.1:8081"_s));
    QVERIFY(ArchiveLocation::pathForHost(u"h.example"_s).startsWith(ArchiveLocation::directory()));
}

void TestArchive::eventsAreDeduplicatedAndRebuiltLosslessly()
{
    ArchiveDatabase db(path());
    QVERIFY(db.open().ok());
    const QJsonArray first = events(1'000'000, 500);
    QCOMPARE(db.addEvents(u"c-1"_s, first).added, 500);
    QCOMPARE(db.addEvents(u"c-1"_s, first).added, 0); // re-fetched: nothing doubled
    // An overlapping page: 100 old, 100 new.
    const QJsonArray overlap = events(1'000'000 + 400 * 1000, 200);
    QCOMPARE(db.addEvents(u"c-1"_s, overlap).added, 100);
    QCOMPARE(db.eventCount(u"c-1"_s), 600);
    // Same time and type, other details: a different event.
    QCOMPARE(
        db.addEvents(u"c-1"_s, QJsonArray {makeEvent(1'000'000, u"UPSIZE_COMPLETED"_s, 99, 99)}).added, 1);
    QCOMPARE(db.newestEventTime(u"c-1"_s), 1'000'000 + 599 * 1000);
    QCOMPARE(db.newestEventTime(u"other"_s), -1);
    // The same new event twice in one page: archived once.
    const QJsonObject twice = makeEvent(1'000'000 + 700 * 1000, u"RESIZING"_s, 3, 4);
    QCOMPARE(db.addEvents(u"c-1"_s, QJsonArray {twice, twice}).added, 1);

    const QJsonArray back = db.events(u"c-1"_s, 1'000'000 + 1000, 1'000'000 + 599 * 1000);
    QCOMPARE(back.size(), 599);
    for (qsizetype i = 0; i < back.size(); ++i)
        QCOMPARE(back.at(i).toObject(), (i < 499 ? first.at(i + 1) : overlap.at(i - 399)).toObject());
    // Distinct bodies are few: the dictionary holds them once.
    QVERIFY(db.stats().distinctEventBodies <= 36);
}

// A page read from its bytes as sent gives exactly what its parsed events give: the same rows,
// the same scrubbed bodies; bytes that are not the page's are not used.
void TestArchive::eventsReadFromTheirBytesEqualThoseParsed()
{
    const QString pat = u"dapi"_s + u"0bad"_s.repeated(8); // built at run time, obviously fake
    QJsonArray events;
    for (int i = 0; i < 300; ++i) {
        QJsonObject details {{u"current_num_workers"_s, i % 7}, {u"target_num_workers"_s, i % 5}};
        if (i % 50 == 0)
            details.insert(
                u"attributes"_s, QJsonObject {{u"spark_env_vars"_s, QJsonObject {{u"API_TOKEN"_s, pat}}}});
        QJsonObject event {{u"cluster_id"_s, u"c-1"_s}, {u"timestamp"_s, 1'000'000 + i * 1000},
            {u"type"_s, i % 3 ? u"RESIZING"_s : u"UPSIZE_COMPLETED"_s}, {u"details"_s, details}};
        if (i % 40 == 0)
            event.insert(u"data_plane_event_details"_s, QJsonObject {{u"event_type"_s, u"X"_s}});
        events.append(event);
    }
    const QByteArray page = QJsonDocument(QJsonObject {{u"events"_s, events}}).toJson();
    QCOMPARE(QJsonDocument::fromJson(page).object().value(u"events"_s).toArray(), events);
    QJsonArray expected;
    qint64 bodies = 0;
    {
        ArchiveDatabase parsed(path(u"parsed.sqlite"_s));
        QVERIFY(parsed.open().ok());
        QCOMPARE(parsed.addEvents(u"c-1"_s, events).added, 300);
        expected = parsed.events(u"c-1"_s, 0, 1'000'000'000);
        bodies = parsed.stats().distinctEventBodies;
    }
    {
        ArchiveDatabase fromBytes(path());
        QVERIFY(fromBytes.open().ok());
        // Half parsed, then the page from its bytes twice: the second time every event is
        // recognised by its bytes alone.
        QJsonArray half;
        for (qsizetype i = 0; i < 150; ++i)
            half.append(events.at(i));
        QCOMPARE(fromBytes.addEvents(u"c-1"_s, half).added, 150);
        QCOMPARE(fromBytes.addEvents(u"c-1"_s, events, page).added, 150);
        QCOMPARE(fromBytes.addEvents(u"c-1"_s, events, page).added, 0);
        QCOMPARE(fromBytes.events(u"c-1"_s, 0, 1'000'000'000), expected);
        QCOMPARE(fromBytes.stats().distinctEventBodies, bodies);

        // Another page's bytes beside these events: not used.
        QJsonArray later;
        for (const QJsonValue &value : events) {
            QJsonObject event = value.toObject();
            event.insert(u"timestamp"_s, event.value(u"timestamp"_s).toInteger() + 10'000'000);
            later.append(event);
        }
        QCOMPARE(fromBytes.addEvents(u"c-1"_s, later, page).added, 300);
        QCOMPARE(fromBytes.events(u"c-1"_s, 11'000'000, 1'000'000'000).size(), 300);
    }
    QVERIFY(!fileBytes(path()).contains(pat.toUtf8()));
    const QJsonValue scrubbed = expected.at(0)[u"details"][u"attributes"][u"spark_env_vars"][u"API_TOKEN"];
    QCOMPARE(scrubbed.toString(), SecretScrubber::redacted());
}

void TestArchive::jobSettingsKeepEveryDistinctVersion()
{
    ArchiveDatabase db(path());
    QVERIFY(db.open().ok());
    const QJsonObject a = job(7, u"ingest"_s, u"/Repos/etl/ingest"_s);
    const QJsonObject b = job(7, u"ingest"_s, u"/Repos/etl/ingest_v2"_s);
    QCOMPARE(db.recordJobs({a}, 100).added, 1);
    QCOMPARE(db.recordJobs({a}, 200).added, 0);
    QCOMPARE(db.recordJobs({b}, 300).added, 1);
    QCOMPARE(db.recordJobs({a}, 400).added, 1); // changed back: a version of its own
    const QList<JobVersion> versions = db.jobVersions(7);
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(0).firstSeenMs, 100);
    QCOMPARE(versions.at(0).lastSeenMs, 200);
    QCOMPARE(versions.at(1).settings, b.value(u"settings"_s).toObject());
    QCOMPARE(versions.at(2).version, 3);
    QCOMPARE(db.jobIds(), QList<qint64> {7});
}

void TestArchive::clusterConfigurationsIgnoreLiveState()
{
    ArchiveDatabase db(path());
    QVERIFY(db.open().ok());
    QJsonObject cluster {{u"cluster_id"_s, u"c-1"_s}, {u"cluster_name"_s, u"etl"_s},
        {u"state"_s, u"RUNNING"_s},
        {u"autoscale"_s, QJsonObject {{u"min_workers"_s, 2}, {u"max_workers"_s, 8}}}, {u"num_workers"_s, 5},
        {u"autotermination_minutes"_s, 60}};
    QCOMPARE(db.recordClusterConfig(u"c-1"_s, cluster, 1).added, 1);
    cluster.insert(u"state"_s, u"TERMINATED"_s);
    cluster.insert(u"num_workers"_s, 0);
    QCOMPARE(db.recordClusterConfig(u"c-1"_s, cluster, 2).added, 0);
    cluster.insert(u"autotermination_minutes"_s, 30);
    QCOMPARE(db.recordClusterConfig(u"c-1"_s, cluster, 3).added, 1);
    const QList<ClusterConfigVersion> configs = db.clusterConfigs(u"c-1"_s);
    QCOMPARE(configs.size(), 2);
    QCOMPARE(configs.at(0).lastSeenMs, 2);
    QCOMPARE(configs.at(1).config.value(u"autotermination_minutes"_s).toInt(), 30);
    QVERIFY(!configs.at(1).config.contains(u"state"_s));
}

void TestArchive::runsAreReplacedWithTheirTaskRuns()
{
    ArchiveDatabase db(path());
    QVERIFY(db.open().ok());
    QJsonObject running = failedRun(50, 7, 10'000, QString());
    running.insert(u"state"_s, QJsonObject {{u"life_cycle_state"_s, u"RUNNING"_s}});
    QCOMPARE(db.recordRuns({running}, 1).added, 1);
    QCOMPARE(db.oldestUnfinishedRunStart(), 10'000);
    QCOMPARE(db.recordRuns({failedRun(50, 7, 10'000, u"boom"_s)}, 2).added, 0); // replaced, not added
    QCOMPARE(db.oldestUnfinishedRunStart(), -1);
    const QList<ArchivedRun> runs = db.runsOfJob(7);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().state, u"TERMINATED"_s);
    QCOMPARE(runs.first().result, u"FAILED"_s);
    QCOMPARE(runs.first().errorMessage, u"boom"_s);
    QCOMPARE(db.stats().taskRuns, 1);
}

void TestArchive::searchFindsPathsParametersAndRunErrors()
{
    ArchiveDatabase db(path());
    QVERIFY(db.open().ok());
    QJsonArray jobs;
    for (int i = 1; i <= 200; ++i)
        jobs.append(
            job(i, u"job %1"_s.arg(i), i == 42 ? u"/Repos/etl/ingest"_s : u"/Repos/etl/other%1"_s.arg(i),
                QJsonObject {{u"parameters"_s,
                    QJsonArray {QJsonObject {
                        {u"name"_s, u"region"_s}, {u"default"_s, i == 7 ? u"eu-west-3"_s : u"us"_s}}}}}));
    QCOMPARE(db.recordJobs(jobs, 1000).added, 200);
    const QList<ArchiveSearchHit> byPath = db.search(u"/Repos/etl/ingest"_s);
    QCOMPARE(byPath.size(), 1);
    QCOMPARE(byPath.first().kind, ArchiveSearchHit::Kind::Job);
    QCOMPARE(byPath.first().id, 42);
    QCOMPARE(byPath.first().title, u"job 42"_s);
    QVERIFY(byPath.first().snippet.contains(u'['));
    QCOMPARE(db.search(u"eu-west-3"_s).size(), 1);
    QCOMPARE(db.search(u"notebook_task"_s, 1000).size(), 200); // task kinds
    QCOMPARE(db.search(u"team ingest"_s, 1000).size(), 200); // tags
    QCOMPARE(db.search(u"\"unbalanced AND ("_s).size(), 0); // no syntax error reaches SQLite

    const qint64 day = 86'400'000;
    QVERIFY(db.recordRuns({failedRun(1001, 3, 100 * day, u"java.lang.OutOfMemoryError: Java heap space"_s),
                              failedRun(1003, 4, 10 * day, u"java.lang.OutOfMemoryError: Java heap space"_s),
                              failedRun(1005, 5, 100 * day, u"FileNotFoundException"_s)},
                  1)
                .ok());
    const QList<ArchiveSearchHit> oom = db.search(u"OutOfMemoryError"_s, 100, 90 * day);
    QCOMPARE(oom.size(), 1);
    QCOMPARE(oom.first().kind, ArchiveSearchHit::Kind::RunError);
    QCOMPARE(oom.first().id, 1001);
    QCOMPARE(oom.first().jobId, 3);
    QCOMPARE(db.search(u"OutOfMemoryError"_s).size(), 2);
    // A version that no longer reads the path is no longer found by it.
    QCOMPARE(db.recordJobs({job(42, u"job 42"_s, u"/Repos/etl/moved"_s)}, 2000).added, 1);
    QCOMPARE(db.search(u"/Repos/etl/ingest"_s).size(), 0);
}

void TestArchive::searchTextBecomesASafeQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("query");
    QTest::newRow("words") << u"team ingest"_s << false << u"\"team\" \"ingest\""_s;
    QTest::newRow("typing") << u"team inge"_s << true << u"\"team\" \"inge\" *"_s;
    QTest::newRow("finished word") << u"team ingest "_s << true << u"\"team\" \"ingest\""_s;
    QTest::newRow("path") << u"/Repos/etl/ing"_s << true << u"\"/Repos/etl/ing\" *"_s;
    // Nothing to extend: a bare `"(" *` would be a syntax error.
    QTest::newRow("punctuation last") << u"oom ("_s << true << u"\"oom\" \"(\""_s;
    QTest::newRow("quotes") << u"\"unbalanced AND"_s << true << u"\"unbalanced\" \"AND\" *"_s;
    QTest::newRow("only quotes") << u"\"\""_s << true << QString();
    QTest::newRow("empty") << QString() << true << QString();
}

void TestArchive::searchTextBecomesASafeQuery()
{
    QFETCH(QString, text);
    QFETCH(bool, prefix);
    QFETCH(QString, query);
    QCOMPARE(ArchiveSearchIndex::ftsQuery(text, prefix), query);
    // Whatever was typed, SQLite takes the query.
    ArchiveDatabase db(path());
    QVERIFY(db.open().ok());
    QVERIFY(db.recordJobs({job(1, u"team ingest"_s, u"/Repos/etl/ingest"_s)}, 1000).ok());
    ArchiveSearchRequest request;
    request.text = text;
    request.prefixLastWord = prefix;
    QVERIFY2(db.search(request).ok(), qPrintable(db.search(request).error.message));
}

void TestArchive::noSecretReachesTheFile()
{
    // Token-shaped for the scrubber, obviously fake, and built at run time: no token-shaped
    // literal is committed.
    const QString pat = u"dapi"_s + u"0bad"_s.repeated(8);
    const QString password = u"hunter2-correct-horse"_s;
    const QString sparkKey = u"c2VjcmV0LWFjY291bnQta2V5LXZhbHVl"_s;
    const QString idem = u"idem-7c9e6679-7425-40de"_s;
    {
        ArchiveDatabase db(path());
        QVERIFY(db.open().ok());
        QVERIFY(
            db.recordJobs(
                  {job(1, u"visible-job-name"_s, u"/Repos/x"_s,
                      QJsonObject {{u"parameters"_s,
                                       QJsonArray {QJsonObject {
                                           {u"name"_s, u"db_password"_s}, {u"default"_s, password}}}},
                          {u"environment_variables"_s, QJsonObject {{u"API_TOKEN"_s, pat}}},
                          {u"job_clusters"_s,
                              QJsonArray {QJsonObject {{u"new_cluster"_s,
                                  QJsonObject {{u"spark_conf"_s,
                                      QJsonObject {{u"fs.azure.account.key.acct.dfs.core.windows.net"_s,
                                          sparkKey}}}}}}}},
                          {u"description"_s, QString(u"curl -H 'Authorization: Bearer "_s + pat + u"'"_s)}})},
                  1)
                .ok());
        QJsonObject run = failedRun(9, 1, 5, QString(u"login failed with token "_s + pat));
        run.insert(u"idempotency_token"_s, idem);
        QVERIFY(db.recordRuns({run}, 1).ok());
        QJsonObject e = makeEvent(1, u"EDITED"_s, 1, 1);
        e.insert(u"details"_s,
            QJsonObject {{u"attributes"_s,
                QJsonObject {{u"spark_env_vars"_s, QJsonObject {{u"SECRET_VALUE"_s, password}}}}}});
        QVERIFY(db.addEvents(u"c-1"_s, {e}).ok());
        QVERIFY(db.recordClusterConfig(u"c-1"_s,
                      QJsonObject {{u"spark_conf"_s, QJsonObject {{u"spark.password"_s, password}}}}, 1)
                    .ok());
        // Still readable: the scrubbed value is what comes back.
        QCOMPARE(db.jobVersions(1)
                     .first()
                     .settings.value(u"environment_variables"_s)
                     .toObject()
                     .value(u"API_TOKEN"_s),
            SecretScrubber::redacted());
    }
    const QByteArray bytes = fileBytes(path());
    QVERIFY(bytes.contains("visible-job-name")); // the scan reads what was written
    for (const QString &secret : {pat, password, sparkKey, idem})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!bytes.contains("dapi0123"));
}

void TestArchive::migratesFromTheFirstSchema()
{
    {
        QSqlDatabase v1 = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        v1.setDatabaseName(path());
        QVERIFY(v1.open());
        QSqlQuery q(v1);
        for (const QString &statement : archiveschema::createStatements(1))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"PRAGMA user_version=1"_s));
        const QJsonObject settings
            = job(5, u"legacy"_s, u"/Repos/old/path"_s).value(u"settings"_s).toObject();
        QVERIFY(q.exec(u"INSERT INTO jobs VALUES (5, 'legacy', 10, 20)"_s));
        q.prepare(
            u"INSERT INTO job_versions(job_id, hash, settings, first_seen, last_seen) VALUES (5, 1, ?, 10, 20)"_s);
        q.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
        QVERIFY(q.exec());
        q.prepare(u"INSERT INTO runs(run_id, job_id, start_time, end_time, state, result, run, updated)"
                  " VALUES (77, 5, 1000, 2000, 'TERMINATED', 'FAILED', ?, 3)"_s);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(failedRun(77, 5, 1000, u"ModuleNotFoundError: pandas"_s))
                                  .toJson(QJsonDocument::Compact)));
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"INSERT INTO clusters(cluster_id) VALUES ('c-1')"_s));
        QVERIFY(q.exec(u"INSERT INTO event_types(name) VALUES ('RUNNING')"_s));
        QVERIFY(q.exec(u"INSERT INTO event_bodies(hash, body) VALUES (1, '{\"details\":{}}')"_s));
        QVERIFY(q.exec(u"INSERT INTO events VALUES (1, 5000, 1, 1)"_s));
        v1.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    ArchiveDatabase db(path());
    const ArchiveOpenResult r = db.open();
    QCOMPARE(r.status, ArchiveOpenResult::Status::Migrated);
    QCOMPARE(r.fromVersion, 1);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(db.jobVersions(5).size(), 1);
    QCOMPARE(db.eventCount(u"c-1"_s), 1);
    QCOMPARE(db.events(u"c-1"_s, 0, 10'000).first().toObject().value(u"type"_s).toString(), u"RUNNING"_s);
    QCOMPARE(db.search(u"/Repos/old/path"_s).size(), 1); // the index was filled from the old rows
    const QList<ArchiveSearchHit> errors = db.search(u"ModuleNotFoundError"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().id, 77);
    QCOMPARE(db.runsOfJob(5).first().errorMessage, u"ModuleNotFoundError: pandas"_s);
    // Writing after the migration works like on a fresh file.
    QCOMPARE(db.addEvents(u"c-1"_s, events(6000, 3)).added, 3);
    // Version 3 keeps statement answers: the table is there after the climb from 1.
    QVERIFY(db.storeCachedResult(u"k"_s, 1, 2, u"{}"_s).ok());
    QVERIFY(db.cachedResult(u"k"_s).found);
    // Version 5 marks how far syncs archived each cluster without a gap: unknown for what was
    // archived before (its next sync fetches all); only a sync's pages move it, never back.
    QCOMPARE(db.eventsSyncedThrough(u"c-1"_s), -1);
    QVERIFY(db.addEvents(u"c-1"_s, events(7000, 3), {}, true).ok());
    QCOMPARE(db.eventsSyncedThrough(u"c-1"_s), 7000 + 2 * 1000);
    QVERIFY(db.addEvents(u"c-1"_s, events(90'000, 3)).ok());
    QCOMPARE(db.eventsSyncedThrough(u"c-1"_s), 9000);
    QVERIFY(db.addEvents(u"c-1"_s, events(8000, 1), {}, true).ok());
    QCOMPARE(db.eventsSyncedThrough(u"c-1"_s), 9000);
}

void TestArchive::cachedResultsAreReplacedAndKept()
{
    {
        ArchiveDatabase db(path());
        QVERIFY(db.open().status != ArchiveOpenResult::Status::Failed);
        QVERIFY(!db.cachedResult(u"job-run-cost|1"_s).found);
        QVERIFY(db.storeCachedResult(u"job-run-cost|1"_s, 100, 50, u"{\"rows\":[]}"_s).ok());
        QVERIFY(db.storeCachedResult(u"job-run-cost|1"_s, 200, 60, u"{\"rows\":[1]}"_s).ok());
        QVERIFY(db.storeCachedResult(u"job-run-cost|2"_s, 300, 70, u"other"_s).ok());
    }
    ArchiveDatabase reopened(path());
    QCOMPARE(reopened.open().status, ArchiveOpenResult::Status::Opened);
    const ArchiveCachedResult kept = reopened.cachedResult(u"job-run-cost|1"_s);
    QVERIFY(kept.found);
    QCOMPARE(kept.fetchedAtMs, 200);
    QCOMPARE(kept.windowEndMs, 60);
    QCOMPARE(kept.payload, u"{\"rows\":[1]}"_s);
    QCOMPARE(reopened.cachedResult(u"job-run-cost|2"_s).payload, u"other"_s);
}

void TestArchive::damagedFileIsMovedAsideAndRebuilt_data()
{
    QTest::addColumn<bool>("garbage");
    QTest::newRow("not a database") << true;
    QTest::newRow("damaged pages") << false;
}

void TestArchive::damagedFileIsMovedAsideAndRebuilt()
{
    QFETCH(bool, garbage);
    const QString file = path(garbage ? u"g.sqlite"_s : u"d.sqlite"_s);
    if (garbage) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64 * 1024, 'x'));
    } else {
        {
            ArchiveDatabase db(file);
            QVERIFY(db.open().ok());
            for (int i = 0; i < 20; ++i)
                QVERIFY(db.addEvents(u"c-%1"_s.arg(i), events(i * 10'000'000, 5000)).ok());
        }
        QVERIFY(!QFile::exists(file + u"-wal"_s) || QFile(file + u"-wal"_s).size() == 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64 * 4096);
        // Overwrite pages in the middle (b-tree pages of the events table), keep the header.
        f.seek(size / 2);
        f.write(QByteArray(8 * 4096, '\x5a'));
    }
    ArchiveDatabase db(file);
    const ArchiveOpenResult r = db.open();
    QCOMPARE(r.status, ArchiveOpenResult::Status::Rebuilt);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(QFile::exists(r.movedTo));
    QVERIFY(r.message.contains(r.movedTo));
    QCOMPARE(db.eventCount(), 0);
    QCOMPARE(db.addEvents(u"c-1"_s, events(0, 10)).added, 10); // the fresh archive works
}

void TestArchive::unusableLocationFailsWithWords()
{
    QFile blocker(path(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ArchiveDatabase db(path(u"not-a-dir/archive/x.sqlite"_s));
    const ArchiveOpenResult r = db.open();
    QCOMPARE(r.status, ArchiveOpenResult::Status::Failed);
    QVERIFY(!r.message.isEmpty());
    const ArchiveWriteResult w = db.addEvents(u"c"_s, events(0, 1));
    QVERIFY(!w.ok()); // the caller goes on without archiving
    QVERIFY(!w.error.message.isEmpty());
}

void TestArchive::asyncCallsRunOnTheArchiveThread()
{
    Archive archive(path());
    QFuture<ArchiveOpenResult> opened = archive.open();
    QFuture<ArchiveWriteResult> added = archive.addEvents(u"c-1"_s, events(0, 1000));
    QFuture<QThread *> thread = archive.run([](ArchiveDatabase &) { return QThread::currentThread(); });
    QFuture<qint64> newest = archive.newestEventTime(u"c-1"_s);
    bool continued = false;
    newest.then(this, [&continued](qint64) { continued = QThread::currentThread() == qApp->thread(); });
    QTRY_VERIFY(newest.isFinished());
    QCOMPARE(opened.result().status, ArchiveOpenResult::Status::Created);
    QCOMPARE(added.result().added, 1000);
    QVERIFY(thread.result() != QThread::currentThread());
    QCOMPARE(newest.result(), 999 * 1000);
    QTRY_VERIFY(continued); // the continuation ran back on this thread
}

void TestArchive::twoArchivesShareOneFile()
{
    Archive first(path());
    Archive second(path());
    QVERIFY(first.open().result().ok());
    QVERIFY(second.open().result().ok());
    QList<QFuture<ArchiveWriteResult>> writes;
    for (int i = 0; i < 20; ++i) {
        // Both write the same overlapping pages at the same time.
        writes.append(first.addEvents(u"c-1"_s, events(i * 100'000, 200)));
        writes.append(second.addEvents(u"c-1"_s, events(i * 100'000, 200)));
    }
    int added = 0;
    for (QFuture<ArchiveWriteResult> &w : writes) {
        QVERIFY2(w.result().ok(), qPrintable(w.result().error.message));
        added += w.result().added;
    }
    QCOMPARE(added, 20 * 100 + 100); // pages overlap by 100 events
    QCOMPARE(first.run([](ArchiveDatabase &db) { return db.eventCount(); }).result(), added);
}

void TestArchive::eventsWrittenInTheBackgroundAreSeenByEveryLaterCall()
{
    Archive archive(path());
    QVERIFY(archive.open().result().ok());
    // Nobody waits for these: they go to the low-priority thread, each read after them sees them.
    QList<QFuture<ArchiveWriteResult>> writes;
    QList<QFuture<qint64>> counts;
    for (int i = 0; i < 30; ++i) {
        writes.append(archive.addEvents(u"c-1"_s, events(i * 100'000, 100)));
        counts.append(archive.run([](ArchiveDatabase &db) { return db.eventCount(u"c-1"_s); }));
    }
    for (int i = 0; i < 30; ++i) {
        QVERIFY2(writes[i].result().ok(), qPrintable(writes[i].result().error.message));
        QCOMPARE(writes[i].result().added, 100);
        QCOMPARE(counts[i].result(), (i + 1) * 100);
    }
    QCOMPARE(archive.newestEventTime(u"c-1"_s).result(), 29 * 100'000 + 99 * 1000);
}

void TestArchive::deletingTheFileLeavesNoConnectionOfTheArchiveBehind()
{
    const QString file = path();
    const auto leftOver = [&file] {
        QStringList found;
        for (const QString &p : QStringList {file, file + u"-wal"_s, file + u"-shm"_s}) {
            if (QFileInfo::exists(p))
                found.append(p);
        }
        return found;
    };
    {
        Archive archive(file);
        QVERIFY(archive.open().result().ok());
        QCOMPARE(archive.addEvents(u"c-1"_s, events(0, 500)).result().added, 500);
        // As Preferences deletes an archive: close, then remove the files, in one call.
        const QStringList stillThere = archive
                                           .run([file, leftOver](ArchiveDatabase &db) {
                                               db.close();
                                               for (const QString &p : leftOver())
                                                   QFile::remove(p);
                                               return leftOver();
                                           })
                                           .result();
        QCOMPARE(stillThere, QStringList());
        // Writing after that neither fails silently nor brings the file back; those who wait
        // for no write's result hear of it (a view says its history is not kept).
        QSignalSpy told(&archive, &Archive::eventsNotArchived);
        const ArchiveWriteResult late = archive.addEvents(u"c-1"_s, events(600'000, 10)).result();
        QVERIFY(!late.ok());
        QVERIFY(!late.error.message.isEmpty());
        QTRY_COMPARE(told.count(), 1);
        QCOMPARE(told.first().first().toString(), late.error.message);
        QCOMPARE(leftOver(), QStringList());
    }
    // The bulk connection closing after the files were removed would have written them again.
    QCOMPARE(leftOver(), QStringList());
}

void TestArchive::eventsForAnArchiveThatDidNotOpenAreRefusedWithWords()
{
    QFile blocker(path(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString file = path(u"not-a-dir/x.sqlite"_s);
    Archive archive(file);
    QVERIFY(!archive.open().result().ok());
    const ArchiveWriteResult w = archive.addEvents(u"c-1"_s, events(0, 10)).result();
    QVERIFY(!w.ok());
    QVERIFY(!w.error.message.isEmpty());
    QCOMPARE(w.received, 10);
    QCOMPARE(w.added, 0);

    // Never opened at all: the same, and no file appears.
    Archive unopened(path(u"never.sqlite"_s));
    QVERIFY(!unopened.addEvents(u"c-1"_s, events(0, 10)).result().ok());
    QVERIFY(!QFileInfo::exists(path(u"never.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"

void TestArchive::fileAndFolderAreTheUsersOnly()
{
    // With the usual umask, new files would be readable by everyone on the machine.
    const mode_t previous = ::umask(022);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QString folder = m_dir->filePath(u"archive"_s);
    const QString file = folder + u"/ws.sqlite"_s;
    const auto check = [&] {
        for (const QString &p : QStringList {folder, file, file + u"-wal"_s, file + u"-shm"_s}) {
            if (!QFileInfo::exists(p))
                return QTest::qVerify(false, "exists", qPrintable(p), __FILE__, __LINE__);
            const auto permissions = QFile::permissions(p);
            if (!QTest::qVerify(!(permissions & NotOwner), "owner only", qPrintable(p), __FILE__, __LINE__))
                return false;
            if (!QTest::qVerify(bool(permissions & QFileDevice::ReadOwner), "readable", qPrintable(p),
                    __FILE__, __LINE__))
                return false;
        }
        return true;
    };
    {
        ArchiveDatabase db(file);
        QCOMPARE(db.open().status, ArchiveOpenResult::Status::Created);
        QVERIFY(db.addEvents(u"c-1"_s, QJsonArray {makeEvent(1000, u"RESIZING"_s, 1, 2)}).ok());
        QVERIFY(check()); // -wal and -shm exist while it is open
    }
    // An archive written before this rule (0644 in a 0755 folder) is tightened when opened.
    const auto loose
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(
        folder, loose | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    for (const QString &p : QStringList {file, file + u"-wal"_s, file + u"-shm"_s}) {
        if (QFileInfo::exists(p))
            QVERIFY(QFile::setPermissions(p, loose));
    }
    ArchiveDatabase again(file);
    QCOMPARE(again.open().status, ArchiveOpenResult::Status::Opened);
    QVERIFY(again.addEvents(u"c-1"_s, QJsonArray {makeEvent(2000, u"RESIZING"_s, 2, 2)}).ok());
    QVERIFY(check());
}
