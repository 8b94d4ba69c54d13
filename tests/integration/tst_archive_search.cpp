// The archive search service and its model over a real archive that a real sync from the
// emulator filled (through the service's own Sync now): no archive until a sync makes one,
// a job found by the path it reads with its markup name kept as plain text, run errors
// limited by the window and the kinds, the latest text winning over slower answers, typing
// debounced, an unusable archive saying why, and answers in milliseconds over tens of
// thousands of jobs.
#include "api/connection.h"
#include "archive/archive.h"
#include "archive/archivedatabase.h"
#include "auth/statictokenprovider.h"
#include "cputimer.h"
#include "emulatorfixture.h"
#include "eventqueue.h"
#include "eventwait.h"
#include "models/archivesearchmodel.h"
#include "searchablejob.h"
#include "services/archivesearchservice.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeout = 120'000;
constexpr qint64 kDay = 86'400'000;
const QString kMarkupName = u"<b>Nightly</b> <img src=x onerror=alert(1)> ingest & co"_s;

QJsonObject failedRun(qint64 runId, qint64 jobId, qint64 start, const QString &message)
{
    const QJsonObject state {{u"life_cycle_state"_s, u"INTERNAL_ERROR"_s}, {u"result_state"_s, u"FAILED"_s},
        {u"state_message"_s, message}};
    return QJsonObject {{u"run_id"_s, runId}, {u"job_id"_s, jobId}, {u"run_name"_s, u"nightly"_s},
        {u"start_time"_s, start}, {u"end_time"_s, start + 60'000}, {u"state"_s, state},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"run_id"_s, runId + 1}, {u"task_key"_s, u"load"_s},
                {u"start_time"_s, start}, {u"state"_s, state}}}}};
}

// Waits for the answer to the latest text (or filters).
bool settled(ArchiveSearchService &service, int timeoutMs = kTimeout)
{
    return brickdesk::test::waitFor(
        [&service] { return service.state() != ArchiveSearchService::State::Searching; }, timeoutMs);
}

QList<qint64> ids(const ArchiveSearchModel &model, ArchiveSearchHit::Kind kind)
{
    QList<qint64> out;
    for (const ArchiveSearchHit &hit : model.hits()) {
        if (hit.kind == kind)
            out.append(hit.id);
    }
    return out;
}

} // namespace

class TestArchiveSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noArchiveUntilASyncMakesOne();
    void findsTheJobThatReadsAPathAndKeepsItsNameAsText();
    void runErrorsHonourTheWindowAndTheKinds();
    void aCancelledSyncKeepsWhatItFetched();
    void theLatestTextWins();
    void typingIsDebounced();
    void anUnusableArchiveSaysWhy();
    void answersInstantlyOverTensOfThousandsOfJobs();

private:
    // A service on the synced archive, answering at once.
    std::unique_ptr<ArchiveSearchService> service()
    {
        auto s = std::make_unique<ArchiveSearchService>();
        s->setDebounceMs(0);
        s->setArchivePath(m_path);
        return s;
    }
    static bool sync(ArchiveSearchService &service)
    {
        service.startSync();
        return service.isSyncing()
            && brickdesk::test::waitFor([&service] { return !service.isSyncing(); }, kTimeout);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    QString m_path;
    qint64 m_jobId = 0; // the job that reads /Repos/etl/ingest, with markup in its name
};

void TestArchiveSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<test::EmulatorFixture>();
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));

    // One job reads /Repos/etl/ingest (its first notebook task) and has markup in its name.
    m_jobId = test::renameJobReadingPath(m_fixture->emulator(), u"/Repos/etl/ingest/main"_s, kMarkupName);
    QVERIFY(m_jobId > 0);

    m_path = m_dir.filePath(u"workspace.sqlite"_s);
    ArchiveSearchService filler;
    filler.setArchivePath(m_path);
    filler.setConnection(m_connection.get());
    QVERIFY(sync(filler));
    QVERIFY2(filler.syncText().startsWith(u"Synced jobs: 60"_s), qPrintable(filler.syncText()));

    // The emulator's failures do not name an exception: two runs whose tasks ran out of
    // memory, 100 and 10 days ago, as runs/list returns them, through a second user of the file.
    Archive second(m_path);
    QVERIFY(second.open().result().ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString oom = u"java.lang.OutOfMemoryError: Java heap space"_s;
    const ArchiveWriteResult written
        = second
              .recordRuns({failedRun(9'000'001, m_jobId, now - 100 * kDay, oom),
                              failedRun(9'000'003, m_jobId, now - 10 * kDay, oom)},
                  now)
              .result();
    QVERIFY(written.ok());
    QCOMPARE(written.added, 2);
}

void TestArchiveSearch::cleanupTestCase()
{
    m_connection.reset();
    m_fixture.reset();
}

void TestArchiveSearch::noArchiveUntilASyncMakesOne()
{
    const QString path = m_dir.filePath(u"fresh/none-yet.sqlite"_s);
    ArchiveSearchService s;
    s.setDebounceMs(0);
    s.setArchivePath(path);
    s.setText(u"ingest"_s);
    s.searchNow();
    QCOMPARE(s.state(), ArchiveSearchService::State::NoArchive);
    QCOMPARE(s.statusText(), u"No archive for this workspace yet — run a sync."_s);
    QVERIFY(!s.canSync()); // no connection
    QVERIFY(!QFileInfo::exists(path)); // looking creates nothing

    s.setConnection(m_connection.get());
    QVERIFY(s.canSync());
    QSignalSpy syncChanged(&s, &ArchiveSearchService::syncChanged);
    QVERIFY(sync(s));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(syncChanged.size() >= 3); // started, counted at least one page, finished
    QVERIFY2(s.syncText().startsWith(u"Synced jobs: 60 (new versions of settings: 60) · runs: "_s),
        qPrintable(s.syncText()));
    // The text typed before is searched once there is something to search.
    QVERIFY(settled(s));
    QCOMPARE(s.state(), ArchiveSearchService::State::Found);
    QVERIFY(s.model()->rowCount() > 0);
    QTRY_VERIFY(s.archiveText().startsWith(u"Archived jobs: 60 · runs: "_s));
    QVERIFY2(s.archiveText().contains(u"last synced"_s), qPrintable(s.archiveText()));
}

void TestArchiveSearch::findsTheJobThatReadsAPathAndKeepsItsNameAsText()
{
    auto s = service();
    QAbstractItemModelTester tester(s->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    s->setText(u"/Repos/etl/ingest"_s);
    QVERIFY(settled(*s));
    QCOMPARE(s->state(), ArchiveSearchService::State::Found);
    QCOMPARE(ids(*s->model(), ArchiveSearchHit::Kind::Job), QList<qint64> {m_jobId});
    QCOMPARE(s->statusText(), u"1 result"_s);

    const ArchiveSearchModel *model = s->model();
    const int row = 0;
    QCOMPARE(model->index(row, ArchiveSearchModel::KindColumn).data().toString(), u"Job"_s);
    // The name exactly as the server gave it; its tooltip escaped, so never rendered as markup.
    QCOMPARE(model->index(row, ArchiveSearchModel::NameColumn).data().toString(), kMarkupName);
    // Where it matched: the text shown has no markers; the marked one says which words matched.
    const QModelIndex where = model->index(row, ArchiveSearchModel::MatchColumn);
    const QString match = where.data().toString();
    QVERIFY2(
        match.contains(u"notebook_path"_s) && match.contains(u"/Repos/etl/ingest/main"_s), qPrintable(match));
    QVERIFY(!match.contains(ArchiveSearchModel::MatchStart) && !match.contains(ArchiveSearchModel::MatchEnd));
    QVERIFY(!where.data(Qt::ToolTipRole).toString().contains(ArchiveSearchModel::MatchStart));
    QStringList matched;
    for (const ArchiveSearchModel::Segment &segment :
        ArchiveSearchModel::matchSegments(where.data(ArchiveSearchModel::MarkedMatchRole).toString())) {
        if (segment.match)
            matched.append(segment.text);
    }
    QVERIFY2(matched.join(u' ').contains(u"ingest"_s), qPrintable(matched.join(u" | "_s)));
    QCOMPARE(
        model->index(row, ArchiveSearchModel::NameColumn).data(ArchiveSearchModel::JobIdRole).toLongLong(),
        m_jobId);
    QVERIFY(!model->index(row, ArchiveSearchModel::WhenColumn).data().toString().isEmpty());

    // The name's markup is searchable as words, and shown as text in the tooltip too.
    s->setText(u"Nightly onerror"_s);
    QVERIFY(settled(*s));
    QCOMPARE(ids(*s->model(), ArchiveSearchHit::Kind::Job), QList<qint64> {m_jobId});
    const QString nameTip
        = s->model()->index(0, ArchiveSearchModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(!nameTip.contains(u"<b>"_s), qPrintable(nameTip));

    // A path no job reads.
    s->setText(u"/Repos/etl/nowhere"_s);
    QVERIFY(settled(*s));
    QCOMPARE(s->model()->rowCount(), 0);
    QCOMPARE(s->statusText(), u"No results."_s);
}

void TestArchiveSearch::runErrorsHonourTheWindowAndTheKinds()
{
    auto s = service();
    s->setText(u"OutOfMemoryError"_s);
    QVERIFY(settled(*s));
    QList<qint64> all = ids(*s->model(), ArchiveSearchHit::Kind::RunError);
    std::sort(all.begin(), all.end());
    QCOMPARE(all, (QList<qint64> {9'000'001, 9'000'003}));

    s->setSinceDays(90);
    QVERIFY(settled(*s));
    QCOMPARE(ids(*s->model(), ArchiveSearchHit::Kind::RunError), QList<qint64> {9'000'003});
    const ArchiveSearchHit hit = s->model()->hit(0);
    QCOMPARE(hit.jobId, m_jobId);
    QCOMPARE(s->model()->index(0, ArchiveSearchModel::KindColumn).data().toString(), u"Run error"_s);

    // As typed: the last word may be the start of one.
    s->setText(u"OutOfMem"_s);
    QVERIFY(settled(*s));
    QCOMPARE(ids(*s->model(), ArchiveSearchHit::Kind::RunError), QList<qint64> {9'000'003});
    s->setText(u"OutOfMem "_s); // a finished word is a whole word
    QVERIFY(settled(*s));
    QCOMPARE(s->model()->rowCount(), 0);

    // The emulator's own failures: errors only, within the window, never a job.
    s->setSinceDays(0);
    s->setKinds(ArchiveSearchRequest::Kinds::RunErrors);
    s->setText(u"failed"_s);
    QVERIFY(settled(*s));
    QVERIFY(s->model()->rowCount() > 0);
    QVERIFY(ids(*s->model(), ArchiveSearchHit::Kind::Job).isEmpty());
    const int everything = s->model()->rowCount();
    s->setSinceDays(7);
    QVERIFY(settled(*s));
    const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - 7 * kDay;
    for (const ArchiveSearchHit &h : s->model()->hits())
        QVERIFY(h.timeMs >= weekAgo - 60'000);
    QVERIFY(s->model()->rowCount() < everything);

    s->setKinds(ArchiveSearchRequest::Kinds::Jobs);
    s->setText(u"notebook_task"_s);
    QVERIFY(settled(*s));
    QVERIFY(s->model()->rowCount() > 10);
    QVERIFY(ids(*s->model(), ArchiveSearchHit::Kind::RunError).isEmpty());
}

void TestArchiveSearch::aCancelledSyncKeepsWhatItFetched()
{
    ArchiveSearchService s;
    s.setDebounceMs(0);
    s.setArchivePath(m_dir.filePath(u"cancelled.sqlite"_s));
    s.setConnection(m_connection.get());
    s.startSync();
    QVERIFY(s.isSyncing());
    QVERIFY(!s.canSync()); // one at a time
    // Cancelled once the first page of runs is in.
    QVERIFY(brickdesk::test::waitFor(
        [&s] { return s.syncText().contains(u"runs 2"_s) || !s.isSyncing(); }, kTimeout));
    QVERIFY(s.isSyncing());
    s.cancelSync();
    QVERIFY(!s.isSyncing());
    QCOMPARE(s.syncText(), u"Sync cancelled; what was fetched is kept."_s);
    QTRY_VERIFY(s.archiveText().startsWith(u"Archived jobs: 60 · runs: "_s));
    QVERIFY2(s.archiveText().endsWith(u"never synced in full"_s), qPrintable(s.archiveText()));

    // The next sync completes it.
    QVERIFY(sync(s));
    QVERIFY2(s.syncText().startsWith(u"Synced jobs: 60 (new versions of settings: 0)"_s),
        qPrintable(s.syncText()));
    QTRY_VERIFY(s.archiveText().contains(u"last synced"_s));
}

void TestArchiveSearch::theLatestTextWins()
{
    auto s = service();
    // Every answer that reached the model, as (rows, first name).
    QStringList shown;
    connect(s->model(), &QAbstractItemModel::modelReset, s.get(),
        [&shown, &s] { shown.append(u"%1 %2"_s.arg(s->model()->rowCount()).arg(s->model()->hit(0).title)); });
    s->setText(u"/Repos/etl/ingest"_s);
    s->searchNow(); // sent: the archive works on it
    s->setText(u"notebook_task"_s);
    s->searchNow(); // waits for the first to come back, which is then dropped
    QCOMPARE(s->searchesSent(), 1);
    QVERIFY(settled(*s));
    QCOMPARE(s->searchesSent(), 2);
    QVERIFY(s->model()->rowCount() > 10);
    QCOMPARE(s->text(), u"notebook_task"_s);
    // The path's answer (one row: the markup-named job) never reached the model.
    QVERIFY2(!shown.contains(u"1 "_s + kMarkupName), qPrintable(shown.join(u" | "_s)));
    QCOMPARE(shown.size(), 1);

    // The same for the filters: an answer for the window before is never shown.
    shown.clear();
    s->setText(u"OutOfMemoryError"_s);
    s->searchNow();
    s->setSinceDays(90);
    QVERIFY(settled(*s));
    QCOMPARE(ids(*s->model(), ArchiveSearchHit::Kind::RunError), QList<qint64> {9'000'003});
    QCOMPARE(shown.size(), 1);
}

void TestArchiveSearch::typingIsDebounced()
{
    auto s = service();
    s->setDebounceMs(200);
    const QString typed = u"notebook_task"_s;
    for (int i = 1; i <= typed.size(); ++i)
        s->setText(typed.left(i));
    QCOMPARE(s->state(), ArchiveSearchService::State::Searching);
    QCOMPARE(s->searchesSent(), 0);
    QVERIFY(settled(*s));
    QCOMPARE(s->searchesSent(), 1);
    QVERIFY(s->model()->rowCount() > 10);
    // Emptied: nothing to search, no search sent.
    s->setText(u"  "_s);
    QCOMPARE(s->state(), ArchiveSearchService::State::Idle);
    QCOMPARE(s->model()->rowCount(), 0);
    const auto *debounce = s->findChild<QTimer *>(u"archiveSearchDebounce"_s);
    QVERIFY(debounce);
    QVERIFY(!debounce->isActive()); // nothing will be sent later either
    QVERIFY(test::drainEventQueue());
    QCOMPARE(s->searchesSent(), 1);
}

void TestArchiveSearch::anUnusableArchiveSaysWhy()
{
    // A directory where the file should be: it can be neither opened nor moved aside.
    const QString path = m_dir.filePath(u"a-directory.sqlite"_s);
    QVERIFY(QDir().mkpath(path));
    ArchiveSearchService s;
    s.setDebounceMs(0);
    s.setArchivePath(path);
    s.setText(u"ingest"_s);
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), ArchiveSearchService::State::Failed, kTimeout);
    QVERIFY(!s.statusText().isEmpty());
    QVERIFY2(
        s.statusText() != u"No archive for this workspace yet — run a sync."_s, qPrintable(s.statusText()));
    QCOMPARE(s.model()->rowCount(), 0);
}

void TestArchiveSearch::answersInstantlyOverTensOfThousandsOfJobs()
{
    // 20,000 jobs of two or three tasks each (notebook paths, parameters, a cluster) and 20,000
    // failed runs, written the way a sync writes them.
    const QString path = m_dir.filePath(u"big.sqlite"_s);
    constexpr int kJobs = 20'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        ArchiveDatabase db(path);
        QVERIFY(db.open().ok());
        test::CpuTimer fill;
        for (int batch = 0; batch < kJobs / 1000; ++batch) {
            QJsonArray jobs;
            QJsonArray runs;
            for (int i = batch * 1000 + 1; i <= (batch + 1) * 1000; ++i) {
                const QString team = u"team%1"_s.arg(i % 40);
                QJsonArray tasks;
                for (int t = 0; t < 2 + i % 2; ++t)
                    tasks.append(QJsonObject {{u"task_key"_s, u"step_%1"_s.arg(t)},
                        {u"notebook_task"_s,
                            QJsonObject {
                                {u"notebook_path"_s,
                                    i == 4242 && t == 0
                                        ? u"/Repos/etl/ingest/main"_s
                                        : u"/Repos/%1/pipelines/job_%2/step_%3"_s.arg(team).arg(i).arg(t)},
                                {u"base_parameters"_s, QJsonObject {{u"env"_s, u"prod"_s}}}}},
                        {u"job_cluster_key"_s, u"main"_s}});
                const QJsonObject settings {{u"name"_s, u"%1_daily_load_%2"_s.arg(team).arg(i)},
                    {u"tags"_s, QJsonObject {{u"team"_s, team}}}, {u"tasks"_s, tasks},
                    {u"job_clusters"_s,
                        QJsonArray {QJsonObject {{u"job_cluster_key"_s, u"main"_s},
                            {u"new_cluster"_s,
                                QJsonObject {{u"spark_version"_s, u"15.4.x-scala2.12"_s},
                                    {u"node_type_id"_s, i % 3 ? u"i3.xlarge"_s : u"r5d.2xlarge"_s},
                                    {u"num_workers"_s, 4}}}}}},
                    {u"parameters"_s,
                        QJsonArray {QJsonObject {
                            {u"name"_s, u"region"_s}, {u"default"_s, u"eu-west-%1"_s.arg(i % 3)}}}}};
                jobs.append(QJsonObject {{u"job_id"_s, i}, {u"settings"_s, settings}});
                runs.append(failedRun(qint64(i) * 10, i, now - (i % 120) * kDay,
                    i % 50 == 0 ? u"java.lang.OutOfMemoryError: GC overhead limit exceeded"_s
                                : u"Workload failed, see run output for details"_s));
            }
            QVERIFY(db.recordJobs(jobs, now).ok());
            QVERIFY(db.recordRuns(runs, now).ok());
        }
        qInfo("filled %d jobs and %d runs in %lld ms of CPU", kJobs, kJobs, fill.elapsedMs());
    }

    ArchiveSearchService s;
    s.setDebounceMs(0);
    s.setArchivePath(path);
    QTRY_VERIFY_WITH_TIMEOUT(!s.archiveText().isEmpty(), kTimeout); // opened, counted
    struct Query
    {
        QString text;
        int sinceDays;
        int atLeast;
    };
    const QList<Query> queries {
        {u"/Repos/etl/ingest"_s, 0, 1}, // one job among 20,000
        {u"notebook_task"_s, 0, 200}, // every job: the best 200
        {u"OutOfMemoryError"_s, 90, 200}, // run errors in a window
        {u"team7 eu-west-1"_s, 0, 100}, // two words, one a phrase
        {u"daily_lo"_s, 0, 200}, // as typed: a prefix
    };
    qint64 worst = 0;
    for (const Query &q : queries) {
        s.setSinceDays(q.sinceDays);
        QVERIFY(settled(s));
        test::CpuTimer timer;
        s.setText(q.text);
        s.searchNow();
        QVERIFY(settled(s));
        const qint64 ms = timer.elapsedMs();
        worst = std::max(worst, ms);
        qInfo("%-20s %3d results in %3lld ms of CPU", qPrintable(q.text), s.model()->rowCount(), ms);
        QCOMPARE(s.state(), ArchiveSearchService::State::Found);
        QVERIFY2(s.model()->rowCount() >= std::min(q.atLeast, s.limit()), qPrintable(q.text));
    }
    // Instant to a person typing: a word every job has (ranking all 20,000) takes about 60 ms
    // of CPU in the debug build; choosing the best rows first and joining them back took 1 to
    // 2.5 s with a prefix.
    QVERIFY2(worst <= test::CpuTimer::budgetMs(200), qPrintable(u"worst query: %1 ms"_s.arg(worst)));
}

QTEST_GUILESS_MAIN(TestArchiveSearch)
#include "tst_archive_search.moc"
