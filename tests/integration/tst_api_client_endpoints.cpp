// The typed and raw calls of the Jobs and Clusters APIs against the emulator, and pagination
// over every page (stopping early, cancelled, a server that repeats its page token).
#include "api/apireply.h"
#include "api/connection.h"
#include "api/pagination.h"
#include "apiclientfixture.h"
#include "eventwait.h"
#include "requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using brickdesk::test::await;
using brickdesk::test::describe;
using brickdesk::test::finish;
using Kind = ApiError::Kind;

namespace {

// A broken server that hands out the same page token forever.
class RepeatingTokenServer final : public QTcpServer
{
public:
    RepeatingTokenServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    m_buffer[socket].clear();
                    ++requests;
                    const QByteArray body
                        = R"({"jobs":[{"job_id":1}],"has_more":true,"next_page_token":"same"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
    }
    int requests = 0;

private:
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace

class TestApiClientEndpoints final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_api = std::make_unique<test::ApiClientFixture>(); }
    void cleanup() { m_api.reset(); }

    void jobsCrud();
    void runCalls();
    void runNowIsIdempotent();
    void getCompleteMergesArrayPages();
    void clustersCalls();
    void missingIdsMapToNotFound();
    void paginationFollowsEveryPage();
    void paginationStopsEarlyAtMaxItems();
    void cancelMidPagination();
    void repeatedPageTokenFails();

private:
    std::unique_ptr<test::ApiClientFixture> m_api;
};

void TestApiClientEndpoints::jobsCrud()
{
    JobsApi jobs = m_api->connection.jobs();
    const QJsonObject task {{u"task_key"_s, u"ingest"_s},
        {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Shared/ingest"_s}}},
        {u"existing_cluster_id"_s, m_api->fx.emulator().clusterIds().first()}};
    const QJsonObject settings {{u"name"_s, u"api crud job"_s}, {u"tasks"_s, QJsonArray {task}}};
    auto created = finish(jobs.create(settings));
    QVERIFY2(!created->hasError(), qPrintable(describe(*created)));
    const qint64 jobId = created->json().value(u"job_id"_s).toInteger();
    QVERIFY(jobId > 0);
    QCOMPARE(created->request().path, u"/api/2.2/jobs/create"_s);

    auto got = finish(jobs.get(jobId));
    QVERIFY2(!got->hasError(), qPrintable(describe(*got)));
    QCOMPARE(got->json().value(u"settings"_s).toObject().value(u"name"_s).toString(), u"api crud job"_s);

    QJsonObject renamed = settings;
    renamed.insert(u"name"_s, u"api crud job 2"_s);
    const auto reset = await(jobs.resetJob(jobId, renamed));
    QVERIFY2(reset.ok(), qPrintable(reset.error().toString()));

    const auto updated = await(jobs.updateJob(jobId, {{u"description"_s, u"from the test"_s}}));
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    got = finish(jobs.get(jobId));
    const QJsonObject s = got->json().value(u"settings"_s).toObject();
    QCOMPARE(s.value(u"name"_s).toString(), u"api crud job 2"_s);
    QCOMPARE(s.value(u"description"_s).toString(), u"from the test"_s);

    JobsListParams byName;
    byName.name = u"API CRUD JOB 2"_s; // exact, case-insensitive
    auto listed = finish(jobs.list(byName));
    QVERIFY2(!listed->hasError(), qPrintable(describe(*listed)));
    const QJsonArray found = listed->json().value(u"jobs"_s).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"job_id"_s).toInteger(), jobId);

    const auto removed = await(jobs.deleteJob(jobId));
    QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
    got = finish(jobs.get(jobId));
    QCOMPARE(got->error().kind(), Kind::NotFound);
}

void TestApiClientEndpoints::runCalls()
{
    JobsApi jobs = m_api->connection.jobs();
    const qint64 jobId = m_api->fx.emulator().anyJobId(1);
    QVERIFY(jobId > 0);

    RunNowParams params;
    params.jobId = jobId;
    auto started = finish(jobs.runNow(params));
    QVERIFY2(!started->hasError(), qPrintable(describe(*started)));
    const qint64 runId = started->json().value(u"run_id"_s).toInteger();
    QVERIFY(runId > 0);
    QCOMPARE(started->request().body.value(u"idempotency_token"_s).toString().size(), 36);

    RunsListParams runsOfJob;
    runsOfJob.jobId = jobId;
    auto runs = finish(jobs.listRuns(runsOfJob));
    QVERIFY2(!runs->hasError(), qPrintable(describe(*runs)));
    bool listed = false;
    for (const QJsonValue &run : runs->json().value(u"runs"_s).toArray())
        listed |= run.toObject().value(u"run_id"_s).toInteger() == runId;
    QVERIFY(listed);

    auto run = finish(jobs.getRun(runId));
    QVERIFY2(!run->hasError(), qPrintable(describe(*run)));
    QCOMPARE(run->json().value(u"run_id"_s).toInteger(), runId);
    const auto complete = await(jobs.getFullRun(runId));
    QVERIFY2(complete.ok(), qPrintable(complete.error().toString()));
    QCOMPARE(complete.value().id(), runId);

    const auto cancelled = await(jobs.cancelJobRun(runId));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().toString()));
    const auto cancelledAll = await(jobs.cancelJobRuns(jobId));
    QVERIFY2(cancelledAll.ok(), qPrintable(cancelledAll.error().toString()));
    auto cancelledQueued = finish(jobs.cancelAllQueuedRuns());
    QVERIFY2(!cancelledQueued->hasError(), qPrintable(describe(*cancelledQueued)));

    // Wait until the run is over (the emulator runs 30x faster than real time).
    QString lifeCycle;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto r = finish(jobs.getRun(runId));
            lifeCycle = r->json().value(u"state"_s).toObject().value(u"life_cycle_state"_s).toString();
            return lifeCycle == u"TERMINATED"_s || lifeCycle == u"INTERNAL_ERROR"_s;
        }(),
        15'000);

    run = finish(jobs.getRun(runId));
    const QJsonArray tasks = run->json().value(u"tasks"_s).toArray();
    QVERIFY(!tasks.isEmpty());
    const qint64 taskRunId = tasks.first().toObject().value(u"run_id"_s).toInteger();
    const auto output = await(jobs.getTaskRunOutput(taskRunId));
    QVERIFY2(output.ok(), qPrintable(output.error().toString()));
    QVERIFY(output.value().raw().contains(u"metadata"_s));

    auto exported = finish(jobs.exportRun(taskRunId));
    QVERIFY2(!exported->hasError(), qPrintable(describe(*exported)));
    QVERIFY(exported->json().contains(u"views"_s));

    RepairRunParams repair;
    repair.runId = runId;
    repair.rerunTasks = {tasks.first().toObject().value(u"task_key"_s).toString()};
    const auto repaired = await(jobs.repairJobRun(repair));
    QVERIFY2(repaired.ok(), qPrintable(repaired.error().toString()));
    QVERIFY(repaired.value() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto r = finish(jobs.getRun(runId));
            return r->json().value(u"state"_s).toObject().value(u"life_cycle_state"_s).toString()
                == u"TERMINATED"_s;
        }(),
        15'000);
    auto deleted = finish(jobs.deleteRun(runId));
    QVERIFY2(!deleted->hasError(), qPrintable(describe(*deleted)));
    QCOMPARE(finish(jobs.getRun(runId))->error().kind(), Kind::NotFound);

    const QJsonObject submit {{u"run_name"_s, u"one-off"_s},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s},
                {u"existing_cluster_id"_s, m_api->fx.emulator().clusterIds().first()},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}}}}};
    auto submitted = finish(jobs.submitRun(submit));
    QVERIFY2(!submitted->hasError(), qPrintable(describe(*submitted)));
    QVERIFY(submitted->json().value(u"run_id"_s).toInteger() > 0);
    QVERIFY(!submitted->request().body.value(u"idempotency_token"_s).toString().isEmpty());
}

void TestApiClientEndpoints::runNowIsIdempotent()
{
    JobsApi jobs = m_api->connection.jobs();
    RunNowParams params;
    params.jobId = m_api->fx.emulator().anyJobId(1);
    params.idempotencyToken = u"brickdesk-test-idem-1"_s;
    auto first = finish(jobs.runNow(params));
    auto second = finish(jobs.runNow(params));
    QVERIFY2(!first->hasError() && !second->hasError(), qPrintable(describe(*first) + describe(*second)));
    QCOMPARE(second->json().value(u"run_id"_s).toInteger(), first->json().value(u"run_id"_s).toInteger());
}

void TestApiClientEndpoints::getCompleteMergesArrayPages()
{
    // 2.2 pages arrays by 100 (guide §1.1): a job with 130 tasks takes two pages.
    QJsonArray tasks;
    for (int i = 0; i < 130; ++i) {
        tasks.append(QJsonObject {{u"task_key"_s, u"t%1"_s.arg(i)},
            {u"existing_cluster_id"_s, m_api->fx.emulator().clusterIds().first()},
            {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}});
    }
    auto created = finish(m_api->connection.jobs().create({{u"name"_s, u"big job"_s}, {u"tasks"_s, tasks}}));
    QVERIFY2(!created->hasError(), qPrintable(describe(*created)));
    const qint64 jobId = created->json().value(u"job_id"_s).toInteger();

    auto page = finish(m_api->connection.jobs().get(jobId));
    QCOMPARE(page->json().value(u"settings"_s).toObject().value(u"tasks"_s).toArray().size(), 100);
    QVERIFY(!page->json().value(u"next_page_token"_s).toString().isEmpty());

    auto all = finish(m_api->connection.jobs().getComplete(jobId));
    QVERIFY2(!all->hasError(), qPrintable(describe(*all)));
    const QJsonArray merged = all->json().value(u"settings"_s).toObject().value(u"tasks"_s).toArray();
    QCOMPARE(merged.size(), 130);
    QCOMPARE(merged.at(129).toObject().value(u"task_key"_s).toString(), u"t129"_s);
    QVERIFY(!all->json().contains(u"next_page_token"_s));
}

void TestApiClientEndpoints::clustersCalls()
{
    ClustersApi clusters = m_api->connection.clusters();
    auto list = finish(clusters.list());
    QVERIFY2(!list->hasError(), qPrintable(describe(*list)));
    QCOMPARE(list->json().value(u"clusters"_s).toArray().size(), m_api->fx.emulator().clusterIds().size());

    const QString running = m_api->fx.emulator().anyClusterId(u"RUNNING"_s);
    const QString terminated = m_api->fx.emulator().anyClusterId(u"TERMINATED"_s);
    QVERIFY(!running.isEmpty());
    auto got = finish(clusters.get(running));
    QVERIFY2(!got->hasError(), qPrintable(describe(*got)));
    QCOMPARE(got->json().value(u"cluster_id"_s).toString(), running);

    ClusterEventsParams events;
    events.clusterId = running;
    events.pageSize = 50;
    const auto page = await(clusters.eventsPage(events));
    QVERIFY2(page.ok(), qPrintable(page.error().toString()));
    QCOMPARE(page.value().events.size(), 50);
    QVERIFY(!page.value().nextPageToken.isEmpty());
    events.pageToken = page.value().nextPageToken;
    const auto second = await(clusters.eventsPage(events));
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    QVERIFY(second.value().events.first().timestamp() >= page.value().events.last().timestamp());

    // One at a time: a call must be awaited before the event loop runs (its reply deletes
    // itself once finished).
    const auto resized = await(clusters.resizeCall(running, 3));
    QVERIFY2(resized.ok(), qPrintable(resized.error().toString()));
    const auto autoscaled = await(clusters.resizeAutoscaleCall(running, 2, 6));
    QVERIFY2(autoscaled.ok(), qPrintable(autoscaled.error().toString()));
    const auto stopped = await(clusters.terminateCall(running));
    QVERIFY2(stopped.ok(), qPrintable(stopped.error().toString()));
    if (!terminated.isEmpty()) {
        const auto started = await(clusters.startCall(terminated));
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
    }
    const auto nodeTypes = await(clusters.getNodeTypes());
    QVERIFY2(nodeTypes.ok(), qPrintable(nodeTypes.error().toString()));
    QVERIFY(!nodeTypes.value().isEmpty());
    const auto versions = await(clusters.getSparkVersions());
    QVERIFY2(versions.ok(), qPrintable(versions.error().toString()));
    QVERIFY(!versions.value().isEmpty());
}

void TestApiClientEndpoints::missingIdsMapToNotFound()
{
    auto job = finish(m_api->connection.jobs().get(987654321));
    QCOMPARE(job->error().kind(), Kind::NotFound);
    QCOMPARE(job->httpStatus(), 400);
    QCOMPARE(job->error().errorCode(), u"INVALID_PARAMETER_VALUE"_s);
    QCOMPARE(job->error().requestDescription(), u"GET /api/2.2/jobs/get"_s);
    QCOMPARE(job->attempts(), 1);
    auto cluster = finish(m_api->connection.clusters().get(u"0000-000000-nothere"_s));
    QCOMPARE(cluster->error().kind(), Kind::NotFound);
}

void TestApiClientEndpoints::paginationFollowsEveryPage()
{
    JobsListParams params;
    params.limit = 7;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(&m_api->connection, params));
    QSignalSpy pages(fetcher.get(), &PageFetcher::page);
    QSignalSpy progress(fetcher.get(), &PageFetcher::progress);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    QSet<qint64> ids;
    int bodiesKept = 0; // not asked for
    connect(fetcher.get(), &PageFetcher::page, this, [&](const QJsonObject &page) {
        bodiesKept += fetcher->pageBody().isEmpty() ? 0 : 1;
        for (const QJsonValue &job : page.value(u"jobs"_s).toArray())
            ids.insert(job.toObject().value(u"job_id"_s).toInteger());
    });
    fetcher->start();
    QVERIFY(finished.wait(20'000));
    const int jobs = m_api->fx.emulator().jobCount();
    QCOMPARE(ids.size(), jobs);
    QCOMPARE(fetcher->itemCount(), qint64(jobs));
    QCOMPARE(pages.count(), (jobs + 6) / 7);
    QCOMPARE(progress.count(), pages.count());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(jobs));
    QVERIFY(fetcher->isComplete());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);

    ClustersListParams clusterParams;
    clusterParams.pageSize = 2;
    std::unique_ptr<PageFetcher> clusters(PageFetcher::clusters(&m_api->connection, clusterParams));
    QSignalSpy clustersDone(clusters.get(), &PageFetcher::finished);
    // Kept on request: each page's bytes as sent, while it is delivered.
    QCOMPARE(bodiesKept, 0);
    clusters->setKeepPageBodies(true);
    int pagesAsSent = 0;
    connect(clusters.get(), &PageFetcher::page, this, [&](const QJsonObject &page) {
        pagesAsSent += QJsonDocument::fromJson(clusters->pageBody()).object() == page ? 1 : 0;
    });
    clusters->start();
    QVERIFY(clustersDone.wait(10'000));
    QCOMPARE(pagesAsSent, clusters->pageCount());
    QVERIFY(clusters->pageBody().isEmpty()); // only while a page is delivered
    QCOMPARE(clusters->itemCount(), qint64(m_api->fx.emulator().clusterIds().size()));
    QVERIFY(clusters->pageCount() >= 3);

    RunsListParams runParams;
    runParams.limit = 25;
    std::unique_ptr<PageFetcher> runs(PageFetcher::runs(&m_api->connection, runParams));
    QSet<qint64> runIds;
    connect(runs.get(), &PageFetcher::page, this, [&](const QJsonObject &page) {
        for (const QJsonValue &run : page.value(u"runs"_s).toArray())
            runIds.insert(run.toObject().value(u"run_id"_s).toInteger());
    });
    QSignalSpy runsDone(runs.get(), &PageFetcher::finished);
    runs->start();
    QVERIFY(runsDone.wait(20'000));
    QVERIFY(runs->pageCount() > 2);
    QCOMPARE(qint64(runIds.size()), runs->itemCount()); // no run twice
    // Every run the emulator holds (this fixture made no one-off runs), none missing.
    QSet<qint64> emulatorRuns;
    for (qint64 jobId : m_api->fx.emulator().jobIds()) {
        const QList<qint64> ofJob = m_api->fx.emulator().runIdsOfJob(jobId);
        emulatorRuns.unite(QSet<qint64>(ofJob.begin(), ofJob.end()));
    }
    QVERIFY(emulatorRuns.size() > 3 * runParams.limit);
    QCOMPARE(runIds, emulatorRuns);

    const QString clusterId = m_api->fx.emulator().clusterIds().first();
    ClusterEventsParams eventParams;
    eventParams.clusterId = clusterId;
    eventParams.pageSize = 500;
    std::unique_ptr<PageFetcher> events(PageFetcher::clusterEvents(&m_api->connection, eventParams));
    qint64 lastTimestamp = 0;
    bool ascending = true;
    connect(events.get(), &PageFetcher::page, this, [&](const QJsonObject &page) {
        for (const QJsonValue &event : page.value(u"events"_s).toArray()) {
            const qint64 t = event.toObject().value(u"timestamp"_s).toInteger();
            ascending &= t >= lastTimestamp;
            lastTimestamp = t;
        }
    });
    QSignalSpy eventsProgress(events.get(), &PageFetcher::progress);
    QSignalSpy eventsDone(events.get(), &PageFetcher::finished);
    events->start();
    QVERIFY(eventsDone.wait(20'000));
    QCOMPARE(events->itemCount(), qint64(m_api->fx.emulator().eventCount(clusterId)));
    QVERIFY(ascending);
    QCOMPARE(eventsProgress.first().at(1).toLongLong(), -1); // no count from the server
    QCOMPARE(events->legacyPagesFollowed(), 0);
}

void TestApiClientEndpoints::paginationStopsEarlyAtMaxItems()
{
    JobsListParams params;
    params.limit = 3;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(&m_api->connection, params));
    fetcher->setMaxItems(10);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    fetcher->start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(fetcher->itemCount(), qint64(12));
    QCOMPARE(fetcher->pageCount(), 4);
    QCOMPARE(fetcher->requestsSent(), 4);
    QVERIFY(!fetcher->isComplete());
}

void TestApiClientEndpoints::cancelMidPagination()
{
    m_api->fx.emulator().setLatency(30);
    JobsListParams params;
    params.limit = 2;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(&m_api->connection, params));
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    int pages = 0;
    int pagesAfterCancel = 0;
    bool cancelled = false;
    qsizetype served = 0;
    test::RequestLog log(m_api->fx.emulator());
    connect(fetcher.get(), &PageFetcher::page, this, [&] {
        if (cancelled)
            ++pagesAfterCancel;
        if (++pages == 3) {
            fetcher->cancel(); // aborts the request for page 4, already in flight
            cancelled = true;
            served = log.entries().size();
        }
    });
    fetcher->start();
    QTRY_VERIFY(cancelled);
    QCOMPARE(failed.count(), 1); // synchronously, from cancel()
    QCOMPARE(failed.first().first().value<ApiError>().kind(), Kind::Cancelled);
    QVERIFY(log.settle(m_api->connection));
    QCOMPARE(pagesAfterCancel, 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(fetcher->requestsSent(), 4);
    QVERIFY(log.entries().size() <= served + 1); // at most the one already in flight
    QVERIFY(!fetcher->isRunning());
}

void TestApiClientEndpoints::repeatedPageTokenFails()
{
    RepeatingTokenServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(server.serverPort());
    Connection connection(url, m_api->provider);
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(&connection, {}));
    QSignalSpy pages(fetcher.get(), &PageFetcher::page);
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    fetcher->start();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), Kind::BadResponse);
    QCOMPARE(pages.count(), 2);
    QCOMPARE(server.requests, 2);
}

QTEST_GUILESS_MAIN(TestApiClientEndpoints)
#include "tst_api_client_endpoints.moc"
