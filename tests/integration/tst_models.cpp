#include "api/apireply.h"
#include "api/connection.h"
#include "api/pendingretries.h"
#include "auth/statictokenprovider.h"
#include "domain/rundisplaystate.h"
#include "emulatorfixture.h"
#include "eventqueue.h"
#include "eventwait.h"
#include "models/clustereventsfilterproxymodel.h"
#include "models/clustereventsmodel.h"
#include "models/clustersfilterproxymodel.h"
#include "models/clustersmodel.h"
#include "models/jobsfilterproxymodel.h"
#include "models/jobsmodel.h"
#include "models/runsfilterproxymodel.h"
#include "models/runsmodel.h"
#include "requestlog.h"
#include "services/clusterhistoryloader.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kTimeout = 30'000;

std::unique_ptr<Connection> connectTo(test::EmulatorFixture &fx, const QString &token)
{
    return std::make_unique<Connection>(fx.url(), std::make_shared<StaticTokenProvider>(token));
}

// Loads a model from scratch and waits until it has finished.
QJsonObject waitFor(ApiReply *reply)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ApiReply::finished);
        spy.wait(kTimeout);
    }
    const QJsonObject json = reply->hasError() ? QJsonObject {} : reply->json();
    delete reply;
    return json;
}

// The seeded job with the most visible runs.
qint64 jobWithMostRuns(test::EmulatorFixture &fx)
{
    qint64 best = 0;
    qsizetype most = -1;
    for (qint64 id : fx.emulator().jobIds()) {
        const qsizetype n = fx.emulator().runIdsOfJob(id).size();
        if (n > most) {
            most = n;
            best = id;
        }
    }
    return best;
}

bool waitIdle(ApiListModel &model)
{
    return brickdesk::test::waitFor([&] { return !model.isLoading(); }, kTimeout);
}

bool loadAndWait(ApiListModel &model)
{
    QSignalSpy done(&model, &ApiListModel::loadingChanged);
    model.refresh();
    return brickdesk::test::waitFor([&] { return !model.isLoading(); }, kTimeout) && model.isComplete();
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void jobsModelLoadsEveryPageAsItArrives();
    void jobsModelRefreshUpdatesRowsInPlace();
    void jobsModelFillsLastRunLazily();
    void jobsModelSendsNoMoreLastRunsOnceTheirWaitIsCancelled();
    void jobsFilterProxyTextAndFlags();
    void runsModelLoadsOneJobsRuns();
    void runsModelLoadsOnDemandToTheEnd();
    void runsModelRefreshOnDemandKeepsPushedRowsAndDropsDeletedOnes();
    void listModelsLoadEverythingByDefault();
    void runsFilterProxyStatesAndText();
    void clustersModelLoadsAndFilters();
    void clusterEventsModelLoadsSortedWithoutDuplicates();
    void clusterEventsFilterProxyTypesAndText();
    void errorsAreReportedNotThrown();
    void cancelMidPaginationStopsAppending();

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModels::init()
{
    m_fx = std::make_unique<test::EmulatorFixture>();
    m_connection = connectTo(*m_fx, m_fx->token());
}

void TestModels::cleanup()
{
    m_connection.reset();
    m_fx.reset();
}

void TestModels::jobsModelLoadsEveryPageAsItArrives()
{
    JobsModel model;
    model.setLastRunFetchEnabled(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(m_connection.get());
    model.setPageSize(7);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy progress(&model, &ApiListModel::progress);
    QSignalSpy loading(&model, &ApiListModel::loadingChanged);
    QSignalSpy loaded(&model, &ApiListModel::loaded);
    QVERIFY(loadAndWait(model));

    const QList<qint64> ids = m_fx->emulator().jobIds();
    QCOMPARE(model.rowCount(), int(ids.size()));
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(inserted.size(), 9); // ceil(60 / 7) pages, each appended as it arrived
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loading.first().first().toBool(), true);
    QCOMPARE(loading.last().first().toBool(), false);
    QVERIFY(progress.size() >= 9);
    QCOMPARE(progress.last().first().toLongLong(), 60);

    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(JobsModel::IdRole).toLongLong();
        seen.insert(id);
        const QJsonObject raw = model.index(row, 0).data(JobsModel::RawJsonRole).toJsonObject();
        QCOMPARE(raw.value(u"job_id"_s).toInteger(), id);
        QCOMPARE(model.index(row, JobsModel::NameColumn).data().toString(),
            raw.value(u"settings"_s).toObject().value(u"name"_s).toString());
        QCOMPARE(model.index(row, JobsModel::IdColumn).data(JobsModel::SortRole).toLongLong(), id);
    }
    QCOMPARE(seen, QSet<qint64>(ids.cbegin(), ids.cend()));
    QCOMPARE(model.headerData(JobsModel::LastRunColumn, Qt::Horizontal).toString(), u"Last run"_s);
}

void TestModels::jobsModelRefreshUpdatesRowsInPlace()
{
    JobsModel model;
    model.setLastRunFetchEnabled(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(m_connection.get());
    model.setPageSize(25);
    QVERIFY(loadAndWait(model));
    const int before = model.rowCount();

    // A "selected" row that does not change, one edited, one deleted, one created.
    const QPersistentModelIndex selected = model.index(10, 0);
    const qint64 selectedId = selected.data(JobsModel::IdRole).toLongLong();
    const qint64 editedId = model.index(20, 0).data(JobsModel::IdRole).toLongLong();
    const qint64 deletedId = model.index(30, 0).data(JobsModel::IdRole).toLongLong();
    QJsonObject settings = m_fx->emulator().job(editedId).value(u"settings"_s).toObject();
    settings.insert(u"name"_s, u"renamed by test"_s);
    QVERIFY(m_fx->emulator().updateJobSettings(editedId, settings));
    QVERIFY(m_fx->emulator().deleteJob(deletedId));
    ApiReply *created = m_connection->jobs().create(QJsonObject {{u"name"_s, u"brand new job"_s},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}}}}});
    QSignalSpy createdSpy(created, &ApiReply::finished);
    QVERIFY(createdSpy.wait(kTimeout));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(loadAndWait(model));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), before); // -1 deleted, +1 created
    QCOMPARE(changed.size(), 1); // only the renamed job; identical rows emit nothing
    const int editedRow = model.rowOfJob(editedId);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), editedRow);
    QCOMPARE(model.index(editedRow, JobsModel::NameColumn).data().toString(), u"renamed by test"_s);
    QCOMPARE(model.rowOfJob(deletedId), -1);
    QVERIFY(model.rowOfJob(m_fx->emulator().jobIdByName(u"brand new job"_s)) >= 0);
    QVERIFY(selected.isValid()); // the selection survived
    QCOMPARE(selected.data(JobsModel::IdRole).toLongLong(), selectedId);
}

void TestModels::jobsModelFillsLastRunLazily()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(m_connection.get());
    model.setLastRunFetchEnabled(false); // not while loading (the tester reads every cell)
    QVERIFY(loadAndWait(model));
    model.setLastRunFetchEnabled(true);

    qint64 jobId = 0;
    int row = -1;
    for (qint64 id : m_fx->emulator().jobIds()) {
        if (!m_fx->emulator().runIdsOfJob(id).isEmpty()) {
            jobId = id;
            row = model.rowOfJob(id);
            break;
        }
    }
    QVERIFY(row >= 0);
    const QModelIndex cell = model.index(row, JobsModel::LastRunColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!cell.data().isValid()); // unknown yet: this call queues runs/list?limit=1
    QCOMPARE(cell.data(JobsModel::LastRunStateRole).toInt(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(cell.data().isValid(), kTimeout);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell.data(JobsModel::LastRunIdRole).toLongLong(), m_fx->emulator().runIdsOfJob(jobId).first());
    const Run expected = Run::fromJson(m_fx->emulator().run(m_fx->emulator().runIdsOfJob(jobId).first()));
    QCOMPARE(cell.data().toString(), expected.displayState().text());
    QCOMPARE(cell.data(JobsModel::LastRunStateRole).toInt(), int(expected.displayState().category()));
}

void TestModels::jobsModelSendsNoMoreLastRunsOnceTheirWaitIsCancelled()
{
    JobsModel model;
    model.setConnection(m_connection.get());
    model.setLastRunFetchEnabled(false);
    QVERIFY(loadAndWait(model));
    model.setLastRunFetchEnabled(true);
    model.setMaxLastRunRequests(2);
    test::RequestLog log(m_fx->emulator());
    m_fx->emulator().faults().add(emulator::Fault::rateLimit(u"/jobs/runs/list$"_s, 40));
    PendingRetries *pending = m_connection->pendingRetries();
    for (int row = 0; row < 6; ++row)
        QVERIFY(!model.index(row, JobsModel::LastRunColumn).data().isValid()); // six queued, two at a time
    QTRY_COMPARE_WITH_TIMEOUT(pending->count(), 2, kTimeout);

    // The user cancels the two waiting ones: the four still queued are not sent either.
    pending->cancelAll();
    QVERIFY(pending->isEmpty());
    m_fx->emulator().faults().clear();
    QVERIFY(log.settle(*m_connection));
    QCOMPARE(log.count(u"GET /api/2.2/jobs/runs/list"_s), 2);
    QVERIFY(pending->isEmpty());
    QVERIFY(!model.index(5, JobsModel::LastRunColumn).data().isValid()); // until a reload asks again
}

void TestModels::jobsFilterProxyTextAndFlags()
{
    JobsModel model;
    model.setConnection(m_connection.get());
    model.setLastRunFetchEnabled(false);
    QVERIFY(loadAndWait(model));
    JobsFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    // Text: by name, by id, by owner, by tag; words must all match.
    const Job sample = model.job(5);
    proxy.setFilterText(sample.name());
    QVERIFY(proxy.rowCount() >= 1);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, 0)
                    .data(JobsModel::NameRole)
                    .toString()
                    .contains(sample.name(), Qt::CaseInsensitive));
    proxy.setFilterText(QString::number(sample.id()));
    QVERIFY(proxy.rowCount() >= 1);
    proxy.setFilterText(u"no-such-job-anywhere xyz"_s);
    QCOMPARE(proxy.rowCount(), 0);
    const QMap<QString, QString> tags = sample.settings().tags();
    if (!tags.isEmpty()) {
        proxy.setFilterText(tags.firstKey());
        QVERIFY(proxy.rowCount() >= 1);
        QVERIFY(proxy.rowCount() < model.rowCount() || tags.size() > 0);
    }
    proxy.setFilterText({});

    // Flags.
    int scheduled = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        scheduled += model.index(r, 0).data(JobsModel::ScheduledRole).toBool() ? 1 : 0;
    QVERIFY(scheduled > 0 && scheduled < model.rowCount());
    proxy.setScheduledOnly(true);
    QCOMPARE(proxy.rowCount(), scheduled);
    proxy.setScheduledOnly(false);

    const QString owner = sample.creatorUserName();
    proxy.setCurrentUser(owner);
    proxy.setMineOnly(true);
    QVERIFY(proxy.rowCount() >= 1);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, 0).data(JobsModel::OwnerRole).toString(), owner);
    proxy.setMineOnly(false);

    // Failed last run: filtering asks every row's last run, which fills in asynchronously.
    model.setLastRunFetchEnabled(true);
    proxy.setFailedLastRunOnly(true);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (!model.index(r, JobsModel::LastRunColumn).data().isValid())
                    return false;
            }
            return true;
        }(),
        kTimeout);
    int failed = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const int category = model.index(r, 0).data(JobsModel::LastRunStateRole).toInt();
        failed += category == int(RunDisplayState::Category::Failed)
                || category == int(RunDisplayState::Category::TimedOut)
            ? 1
            : 0;
    }
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), failed, kTimeout);

    // Sorting by id is numeric, not textual.
    proxy.setFailedLastRunOnly(false);
    proxy.sort(JobsModel::IdColumn, Qt::AscendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, 0).data(JobsModel::IdRole).toLongLong()
            < proxy.index(r, 0).data(JobsModel::IdRole).toLongLong());
}

void TestModels::runsModelLoadsOneJobsRuns()
{
    qint64 jobId = 0;
    for (qint64 id : m_fx->emulator().jobIds()) {
        if (m_fx->emulator().runIdsOfJob(id).size() >= 3) {
            jobId = id;
            break;
        }
    }
    QVERIFY(jobId > 0);
    RunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(m_connection.get());
    RunsListParams params;
    params.jobId = jobId;
    params.limit = 2; // several pages
    model.setParams(params);
    QVERIFY(loadAndWait(model));
    const QList<qint64> expected = m_fx->emulator().runIdsOfJob(jobId);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (qint64 runId : expected) {
        const int row = model.rowOfRun(runId);
        QVERIFY(row >= 0);
        const Run run = Run::fromJson(m_fx->emulator().run(runId));
        QCOMPARE(model.index(row, 0).data(RunsModel::JobIdRole).toLongLong(), jobId);
        QCOMPARE(model.index(row, RunsModel::StateColumn).data().toString(), run.displayState().text());
        QCOMPARE(model.index(row, 0).data(RunsModel::StateRole).toInt(), int(run.displayState().category()));
    }
    QCOMPARE(RunsModel::durationText(3'723'000), u"1 h 02 min"_s);
    QCOMPARE(RunsModel::durationText(45'000), u"45 s"_s);
}

void TestModels::runsModelLoadsOnDemandToTheEnd()
{
    const qint64 jobId = jobWithMostRuns(*m_fx);
    const QList<qint64> expected = m_fx->emulator().runIdsOfJob(jobId);
    QVERIFY2(expected.size() >= 7, qPrintable(QString::number(expected.size())));
    RunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(m_connection.get());
    model.setFetchBatchSize(2);
    RunsListParams params;
    params.jobId = jobId;
    params.limit = 1; // a page per run: the batches stop between pages
    model.setParams(params);
    QSignalSpy loaded(&model, &ApiListModel::loaded);
    model.reload();
    QVERIFY(waitIdle(model));

    // Only the first batch, the newest runs, until someone asks for more.
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.isComplete());
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    QCOMPARE(loaded.size(), 0);
    for (int i = 0; i < 2; ++i)
        QVERIFY(model.rowOfRun(expected.at(i)) >= 0);
    // Nothing more arrives by itself: no runs/list went out after the first batch.
    test::RequestLog log(m_fx->emulator());
    QVERIFY(log.settle(*m_connection));
    QCOMPARE(log.count(u"GET /api/2.2/jobs/runs/list"_s) + log.count(u"GET /api/2.1/jobs/runs/list"_s), 0);
    QCOMPARE(model.rowCount(), 2);

    // fetchMore() adds a batch at a time, older runs, and reaches the end.
    int batches = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one batch at a time
        model.fetchMore({}); // ignored while loading
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > before);
        QVERIFY(model.rowCount() <= before + 2);
        QVERIFY(++batches < 100);
    }
    QVERIFY(model.isComplete());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (qint64 runId : expected)
        QVERIFY(model.rowOfRun(runId) >= 0);
    model.fetchMore({}); // at the end: nothing happens
    QVERIFY(!model.isLoading());
}

void TestModels::runsModelRefreshOnDemandKeepsPushedRowsAndDropsDeletedOnes()
{
    const qint64 jobId = jobWithMostRuns(*m_fx);
    RunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(m_connection.get());
    model.setFetchBatchSize(2);
    RunsListParams params;
    params.jobId = jobId;
    params.limit = 1;
    model.setParams(params);
    model.reload();
    QVERIFY(waitIdle(model));
    model.fetchMore({});
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 4);
    const QList<qint64> before = m_fx->emulator().runIdsOfJob(jobId).mid(0, 4);

    // A new run pushes the oldest loaded one past the refreshed window: it stays.
    RunNowParams runNow;
    runNow.jobId = jobId;
    const qint64 newRun = waitFor(m_connection->jobs().runNow(runNow)).value(u"run_id"_s).toInteger();
    QVERIFY(newRun > 0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.rowOfRun(newRun) >= 0);
    for (qint64 runId : before)
        QVERIFY(model.rowOfRun(runId) >= 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);

    // A run deleted in the middle of what is loaded disappears on refresh.
    qint64 deleted = 0;
    for (qint64 runId : before.mid(1)) {
        if (!model.index(model.rowOfRun(runId), 0).data(RunsModel::IsActiveRole).toBool()) {
            deleted = runId;
            break;
        }
    }
    QVERIFY(deleted > 0);
    QVERIFY(waitFor(m_connection->jobs().deleteRun(deleted)).isEmpty());
    model.refresh();
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowOfRun(deleted), -1);
    QCOMPARE(model.rowCount(), 5); // the refresh re-read five rows: one is gone, one more came
    QCOMPARE(reset.size(), 0);

    // Scrolling on continues where the refresh stopped, without duplicates, to the end.
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(waitIdle(model));
    }
    QVERIFY(model.isComplete());
    const QList<qint64> all = m_fx->emulator().runIdsOfJob(jobId);
    QCOMPARE(model.rowCount(), int(all.size()));
    for (qint64 runId : all)
        QVERIFY(model.rowOfRun(runId) >= 0);
}

void TestModels::listModelsLoadEverythingByDefault()
{
    // Without a batch size nothing is left for fetchMore: jobs and clusters load to the end.
    JobsModel jobs;
    jobs.setConnection(m_connection.get());
    QVERIFY(loadAndWait(jobs));
    QCOMPARE(jobs.rowCount(), m_fx->emulator().jobCount());
    QCOMPARE(jobs.fetchBatchSize(), 0);
    QVERIFY(!jobs.canFetchMore({}));
    RunsModel runs;
    runs.setConnection(m_connection.get());
    RunsListParams params;
    params.jobId = jobWithMostRuns(*m_fx);
    params.limit = 1;
    runs.setParams(params);
    QVERIFY(loadAndWait(runs));
    QCOMPARE(runs.rowCount(), int(m_fx->emulator().runIdsOfJob(*params.jobId).size()));
    QVERIFY(!runs.canFetchMore({}));
}

void TestModels::runsFilterProxyStatesAndText()
{
    RunsModel model;
    model.setConnection(m_connection.get());
    QVERIFY(loadAndWait(model));
    QVERIFY(model.rowCount() > 25);
    RunsFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    int succeeded = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        succeeded += model.index(r, 0).data(RunsModel::StateRole).toInt()
            == int(RunDisplayState::Category::Succeeded);
    QVERIFY(succeeded > 0);
    proxy.setStateCategories({int(RunDisplayState::Category::Succeeded)});
    QCOMPARE(proxy.rowCount(), succeeded);
    proxy.setStateCategories({});

    const qint64 runId = model.index(3, 0).data(RunsModel::IdRole).toLongLong();
    proxy.setFilterText(QString::number(runId));
    QVERIFY(proxy.rowCount() >= 1);
    bool found = false;
    for (int r = 0; r < proxy.rowCount(); ++r)
        found = found || proxy.index(r, 0).data(RunsModel::IdRole).toLongLong() == runId;
    QVERIFY(found);
    proxy.setFilterText({});

    proxy.sort(RunsModel::StartColumn, Qt::DescendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, 0).data(RunsModel::StartTimeRole).toLongLong()
            >= proxy.index(r, 0).data(RunsModel::StartTimeRole).toLongLong());
}

void TestModels::clustersModelLoadsAndFilters()
{
    ClustersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(m_connection.get());
    ClustersListParams params;
    params.pageSize = 2;
    model.setParams(params);
    QVERIFY(loadAndWait(model));
    const QStringList ids = m_fx->emulator().clusterIds();
    QCOMPARE(model.rowCount(), int(ids.size()));
    for (const QString &id : ids) {
        const int row = model.rowOfCluster(id);
        QVERIFY(row >= 0);
        const Cluster c = Cluster::fromJson(m_fx->emulator().cluster(id));
        QCOMPARE(model.index(row, ClustersModel::NameColumn).data().toString(), c.name());
        QCOMPARE(model.index(row, 0).data(ClustersModel::StateRole).toInt(), int(c.state()));
        QCOMPARE(
            model.index(row, ClustersModel::WorkersColumn).data().toString(), ClustersModel::workersText(c));
    }

    ClustersFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int running = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        running += model.index(r, 0).data(ClustersModel::StateRole).toInt() == int(Cluster::State::Running);
    proxy.setStates({int(Cluster::State::Running)});
    QCOMPARE(proxy.rowCount(), running);
    proxy.setStates({});
    proxy.setFilterText(ids.first());
    QCOMPARE(proxy.rowCount(), 1);
}

void TestModels::clusterEventsModelLoadsSortedWithoutDuplicates()
{
    const QString clusterId = m_fx->emulator().clusterIds().first();
    const int expected = m_fx->emulator().eventCount(clusterId);
    QVERIFY(expected > 500);

    ClusterEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The one way events are loaded: the history loader, feeding the model as batches arrive.
    ClusterHistoryLoader loader(
        m_connection.get(), clusterId, now - 60LL * 24 * 3600 * 1000, now + 3600 * 1000);
    loader.setEventsOnly(true);
    connect(&loader, &ClusterHistoryLoader::eventsReady, &model, &ClusterEventsModel::appendEvents);
    QSignalSpy loaded(&loader, &ClusterHistoryLoader::loaded);
    QSignalSpy failed(&loader, &ClusterHistoryLoader::failed);
    loader.start();
    QVERIFY(loader.isRunning());
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.rowCount(), expected);
    const QVector<ClusterEvent> &events = model.events();
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i - 1).timestamp() <= events.at(i).timestamp());
    QCOMPARE(
        model.index(0, 0).data(ClusterEventsModel::TimestampRole).toLongLong(), events.first().timestamp());
    QVERIFY(!model.index(0, ClusterEventsModel::SummaryColumn).data().toString().isEmpty());
    QCOMPARE(model.index(5, 0).data(ClusterEventsModel::RawJsonRole).toJsonObject(), events.at(5).raw());

    // Appending the same events again (an overlapping fetch) adds nothing.
    model.appendEvents(events.mid(events.size() - 50));
    QCOMPARE(model.rowCount(), expected);
    // A second load from the newest event on (a refresh): nothing new, nothing duplicated.
    ClusterHistoryLoader again(
        m_connection.get(), clusterId, events.constLast().timestamp(), now + 3600 * 1000);
    again.setEventsOnly(true);
    connect(&again, &ClusterHistoryLoader::eventsReady, &model, &ClusterEventsModel::appendEvents);
    QSignalSpy loadedAgain(&again, &ClusterHistoryLoader::loaded);
    again.start();
    QVERIFY(loadedAgain.wait(kTimeout));
    QVERIFY(again.eventCount() >= 1);
    QCOMPARE(model.rowCount(), expected);
}

void TestModels::clusterEventsFilterProxyTypesAndText()
{
    // Hand-made events: the proxy does not need the network.
    QJsonArray page;
    const char *types[] = {"CREATING", "RUNNING", "RESIZING", "UPSIZE_COMPLETED", "NODES_LOST", "RESIZING",
        "TERMINATING", "SOMETHING_NEW"};
    qint64 t = 1'700'000'000'000;
    for (const char *type : types) {
        QJsonObject details {{u"current_num_workers"_s, 4}, {u"target_num_workers"_s, 6}};
        if (QByteArray(type) == "NODES_LOST")
            details.insert(u"reason"_s, QJsonObject {{u"code"_s, u"SPOT_INSTANCE_TERMINATION"_s}});
        page.append(QJsonObject {{u"timestamp"_s, QJsonValue(t += 1000)},
            {u"type"_s, QString::fromLatin1(type)}, {u"details"_s, details}});
    }
    ClusterEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEvents(ClusterEvent::fromJsonArray(page));
    QCOMPARE(model.rowCount(), 8);
    ClusterEventsFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setTypes({ClusterEvent::Type::Resizing, ClusterEvent::Type::NodesLost});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setTypeNames({u"SOMETHING_NEW"_s});
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setTypeNames({});
    proxy.setFilterText(u"spot"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ClusterEventsModel::TypeColumn).data().toString(), u"Nodes lost"_s);
    proxy.setFilterText(u"resizing"_s);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestModels::errorsAreReportedNotThrown()
{
    const auto wrong = connectTo(*m_fx, u"dapi-test-token-wrong"_s);
    JobsModel model;
    model.setConnection(wrong.get());
    QSignalSpy errors(&model, &ApiListModel::errorOccurred);
    model.refresh();
    QVERIFY(errors.wait(kTimeout));
    // Databricks answers a wrong token with 403 "Invalid access token" (some gateways with 401).
    const ApiError::Kind kind = errors.first().first().value<ApiError>().kind();
    QVERIFY2(kind == ApiError::Kind::PermissionDenied || kind == ApiError::Kind::Unauthenticated,
        qPrintable(ApiError::kindName(kind)));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.lastError().message().contains(u"dapi-test-token-wrong"_s));

    JobsModel unconnected;
    QSignalSpy noConnection(&unconnected, &ApiListModel::errorOccurred);
    unconnected.refresh();
    QCOMPARE(noConnection.size(), 1);
}

void TestModels::cancelMidPaginationStopsAppending()
{
    m_fx->emulator().setLatency(40);
    JobsModel model;
    model.setLastRunFetchEnabled(false);
    model.setConnection(m_connection.get());
    model.setPageSize(5);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QVERIFY(inserted.wait(kTimeout));
    model.cancel();
    QVERIFY(!model.isLoading());
    const int rows = model.rowCount();
    QVERIFY(rows >= 5 && rows < 60);
    QCOMPARE(m_connection->activeRequests(), 0); // the page request in flight was aborted
    QSignalSpy more(&model, &QAbstractItemModel::rowsInserted);
    // Whatever the model still had to send went out before a request sent now, and is
    // answered before it (same latency, in order) while the connection then has nothing in
    // flight: no page arrives after that.
    QVERIFY(test::RequestLog(m_fx->emulator()).settle(*m_connection));
    QVERIFY(test::drainEventQueue());
    QCOMPARE(more.count(), 0);
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!model.isComplete());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
