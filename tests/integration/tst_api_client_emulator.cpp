#include "api/apireply.h"
#include "api/connection.h"
#include "api/pagination.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using brickdesk::emulator::Fault;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {

const QString kToken = u"dapi-test-token-1"_s;

// Waits for the reply and takes ownership of it.
std::unique_ptr<ApiReply> finish(ApiReply *reply, int timeoutMs = 20'000)
{
    reply->setAutoDelete(false);
    QSignalSpy spy(reply, &ApiReply::finished);
    if (spy.isEmpty())
        spy.wait(timeoutMs);
    return std::unique_ptr<ApiReply>(reply);
}

QString describe(const ApiReply &reply)
{
    return reply.error().toString();
}

// First hands out a wrong token; after invalidate() the right one (a refreshed OAuth token).
class RotatingProvider final : public CredentialsProvider
{
public:
    RotatingProvider(QString first, QString afterInvalidate)
        : m_current(std::move(first))
        , m_next(std::move(afterInvalidate))
    { }
    QString authType() const override { return u"oauth-m2m"_s; }
    void accessToken(QObject *context, TokenCallback done) override
    {
        QTimer::singleShot(0, context, [done, token = m_current] { done(token, {}); });
    }
    void invalidate() override
    {
        ++invalidations;
        m_current = m_next;
    }
    int invalidations = 0;

private:
    QString m_current;
    QString m_next;
};

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

class TestApiClientEmulator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

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
    void rateLimitHonoursRetryAfter();
    void unavailableIsRetried();
    void internalErrorIsNotRetried();
    void droppedConnectionRetriedForGet();
    void droppedConnectionNotRetriedForCreate();
    void runNowRetriedWithSameIdempotencyToken();
    void htmlBodyIsReported();
    void truncatedBody();
    void timeoutIsReportedAndRetried();
    void unauthorizedReplaysOnceWithFreshToken();
    void jobsApiFallsBackTo21();
    void largeBodiesParsedOffThread();
    void abortInFlightFinishesOnce();
    void activityIsReported();
    void noTokenInAnyOutput();

private:
    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    std::shared_ptr<StaticTokenProvider> m_provider;
};

void TestApiClientEmulator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestApiClientEmulator::init()
{
    m_fx = std::make_unique<test::EmulatorFixture>();
    m_provider = std::make_shared<StaticTokenProvider>(kToken);
    m_connection = std::make_unique<Connection>(m_fx->url(), m_provider);
    m_connection->setRetryPolicy(RetryPolicy::fastForTests());
}

void TestApiClientEmulator::cleanup()
{
    m_connection.reset();
    m_fx.reset();
}

void TestApiClientEmulator::jobsCrud()
{
    JobsApi jobs = m_connection->jobs();
    const QJsonObject task {{u"task_key"_s, u"ingest"_s},
        {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Shared/ingest"_s}}},
        {u"existing_cluster_id"_s, m_fx->emulator().clusterIds().first()}};
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
    auto reset = finish(jobs.reset(jobId, renamed));
    QVERIFY2(!reset->hasError(), qPrintable(describe(*reset)));
    QCOMPARE(reset->json(), QJsonObject());

    auto updated = finish(jobs.update(jobId, {{u"description"_s, u"from the test"_s}}));
    QVERIFY2(!updated->hasError(), qPrintable(describe(*updated)));
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

    auto removed = finish(jobs.remove(jobId));
    QVERIFY2(!removed->hasError(), qPrintable(describe(*removed)));
    got = finish(jobs.get(jobId));
    QCOMPARE(got->error().kind(), Kind::NotFound);
}

void TestApiClientEmulator::runCalls()
{
    JobsApi jobs = m_connection->jobs();
    const qint64 jobId = m_fx->emulator().anyJobId(1);
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
    auto complete = finish(jobs.getRunComplete(runId));
    QVERIFY2(!complete->hasError(), qPrintable(describe(*complete)));
    QVERIFY(!complete->json().contains(u"next_page_token"_s));

    auto cancelled = finish(jobs.cancelRun(runId));
    QVERIFY2(!cancelled->hasError(), qPrintable(describe(*cancelled)));
    auto cancelledAll = finish(jobs.cancelAllRuns(jobId));
    QVERIFY2(!cancelledAll->hasError(), qPrintable(describe(*cancelledAll)));
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
    auto output = finish(jobs.getRunOutput(taskRunId));
    QVERIFY2(!output->hasError(), qPrintable(describe(*output)));
    QVERIFY(output->json().contains(u"metadata"_s));

    auto exported = finish(jobs.exportRun(taskRunId));
    QVERIFY2(!exported->hasError(), qPrintable(describe(*exported)));
    QVERIFY(exported->json().contains(u"views"_s));

    RepairRunParams repair;
    repair.runId = runId;
    repair.rerunTasks = {tasks.first().toObject().value(u"task_key"_s).toString()};
    auto repaired = finish(jobs.repairRun(repair));
    QVERIFY2(!repaired->hasError(), qPrintable(describe(*repaired)));
    QVERIFY(repaired->json().value(u"repair_id"_s).toInteger() > 0);
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
                {u"existing_cluster_id"_s, m_fx->emulator().clusterIds().first()},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}}}}};
    auto submitted = finish(jobs.submitRun(submit));
    QVERIFY2(!submitted->hasError(), qPrintable(describe(*submitted)));
    QVERIFY(submitted->json().value(u"run_id"_s).toInteger() > 0);
    QVERIFY(!submitted->request().body.value(u"idempotency_token"_s).toString().isEmpty());
}

void TestApiClientEmulator::runNowIsIdempotent()
{
    JobsApi jobs = m_connection->jobs();
    RunNowParams params;
    params.jobId = m_fx->emulator().anyJobId(1);
    params.idempotencyToken = u"brickdesk-test-idem-1"_s;
    auto first = finish(jobs.runNow(params));
    auto second = finish(jobs.runNow(params));
    QVERIFY2(!first->hasError() && !second->hasError(), qPrintable(describe(*first) + describe(*second)));
    QCOMPARE(second->json().value(u"run_id"_s).toInteger(), first->json().value(u"run_id"_s).toInteger());
}

void TestApiClientEmulator::getCompleteMergesArrayPages()
{
    // 2.2 pages arrays by 100 (guide §1.1): a job with 130 tasks takes two pages.
    QJsonArray tasks;
    for (int i = 0; i < 130; ++i) {
        tasks.append(QJsonObject {{u"task_key"_s, u"t%1"_s.arg(i)},
            {u"existing_cluster_id"_s, m_fx->emulator().clusterIds().first()},
            {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}});
    }
    auto created = finish(m_connection->jobs().create({{u"name"_s, u"big job"_s}, {u"tasks"_s, tasks}}));
    QVERIFY2(!created->hasError(), qPrintable(describe(*created)));
    const qint64 jobId = created->json().value(u"job_id"_s).toInteger();

    auto page = finish(m_connection->jobs().get(jobId));
    QCOMPARE(page->json().value(u"settings"_s).toObject().value(u"tasks"_s).toArray().size(), 100);
    QVERIFY(!page->json().value(u"next_page_token"_s).toString().isEmpty());

    auto all = finish(m_connection->jobs().getComplete(jobId));
    QVERIFY2(!all->hasError(), qPrintable(describe(*all)));
    const QJsonArray merged = all->json().value(u"settings"_s).toObject().value(u"tasks"_s).toArray();
    QCOMPARE(merged.size(), 130);
    QCOMPARE(merged.at(129).toObject().value(u"task_key"_s).toString(), u"t129"_s);
    QVERIFY(!all->json().contains(u"next_page_token"_s));
}

void TestApiClientEmulator::clustersCalls()
{
    ClustersApi clusters = m_connection->clusters();
    auto list = finish(clusters.list());
    QVERIFY2(!list->hasError(), qPrintable(describe(*list)));
    QCOMPARE(list->json().value(u"clusters"_s).toArray().size(), m_fx->emulator().clusterIds().size());

    const QString running = m_fx->emulator().anyClusterId(u"RUNNING"_s);
    const QString terminated = m_fx->emulator().anyClusterId(u"TERMINATED"_s);
    QVERIFY(!running.isEmpty());
    auto got = finish(clusters.get(running));
    QVERIFY2(!got->hasError(), qPrintable(describe(*got)));
    QCOMPARE(got->json().value(u"cluster_id"_s).toString(), running);

    ClusterEventsParams events;
    events.clusterId = running;
    events.pageSize = 50;
    auto page = finish(clusters.events(events));
    QVERIFY2(!page->hasError(), qPrintable(describe(*page)));
    QCOMPARE(page->json().value(u"events"_s).toArray().size(), 50);
    const QString next = page->json().value(u"next_page_token"_s).toString();
    QVERIFY(!next.isEmpty());
    events.pageToken = next;
    auto second = finish(clusters.events(events));
    QVERIFY2(!second->hasError(), qPrintable(describe(*second)));
    QVERIFY(second->json().value(u"events"_s).toArray().first().toObject().value(u"timestamp"_s).toInteger()
        >= page->json().value(u"events"_s).toArray().last().toObject().value(u"timestamp"_s).toInteger());

    auto resized = finish(clusters.resize(running, 3));
    QVERIFY2(!resized->hasError(), qPrintable(describe(*resized)));
    auto autoscaled = finish(clusters.resizeAutoscale(running, 2, 6));
    QVERIFY2(!autoscaled->hasError(), qPrintable(describe(*autoscaled)));
    auto stopped = finish(clusters.terminate(running));
    QVERIFY2(!stopped->hasError(), qPrintable(describe(*stopped)));
    if (!terminated.isEmpty()) {
        auto startedCluster = finish(clusters.start(terminated));
        QVERIFY2(!startedCluster->hasError(), qPrintable(describe(*startedCluster)));
    }
    auto nodeTypes = finish(clusters.listNodeTypes());
    QVERIFY2(!nodeTypes->hasError(), qPrintable(describe(*nodeTypes)));
    QVERIFY(!nodeTypes->json().value(u"node_types"_s).toArray().isEmpty());
    auto versions = finish(clusters.sparkVersions());
    QVERIFY2(!versions->hasError(), qPrintable(describe(*versions)));
    QVERIFY(!versions->json().value(u"versions"_s).toArray().isEmpty());
}

void TestApiClientEmulator::missingIdsMapToNotFound()
{
    auto job = finish(m_connection->jobs().get(987654321));
    QCOMPARE(job->error().kind(), Kind::NotFound);
    QCOMPARE(job->httpStatus(), 400);
    QCOMPARE(job->error().errorCode(), u"INVALID_PARAMETER_VALUE"_s);
    QCOMPARE(job->error().requestDescription(), u"GET /api/2.2/jobs/get"_s);
    QCOMPARE(job->attempts(), 1);
    auto cluster = finish(m_connection->clusters().get(u"0000-000000-nothere"_s));
    QCOMPARE(cluster->error().kind(), Kind::NotFound);
}

void TestApiClientEmulator::paginationFollowsEveryPage()
{
    JobsListParams params;
    params.limit = 7;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(m_connection.get(), params));
    QSignalSpy pages(fetcher.get(), &PageFetcher::page);
    QSignalSpy progress(fetcher.get(), &PageFetcher::progress);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    QSet<qint64> ids;
    connect(fetcher.get(), &PageFetcher::page, this, [&](const QJsonObject &page) {
        for (const QJsonValue &job : page.value(u"jobs"_s).toArray())
            ids.insert(job.toObject().value(u"job_id"_s).toInteger());
    });
    fetcher->start();
    QVERIFY(finished.wait(20'000));
    const int jobs = m_fx->emulator().jobCount();
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
    std::unique_ptr<PageFetcher> clusters(PageFetcher::clusters(m_connection.get(), clusterParams));
    QSignalSpy clustersDone(clusters.get(), &PageFetcher::finished);
    clusters->start();
    QVERIFY(clustersDone.wait(10'000));
    QCOMPARE(clusters->itemCount(), qint64(m_fx->emulator().clusterIds().size()));
    QVERIFY(clusters->pageCount() >= 3);

    RunsListParams runParams;
    runParams.limit = 25;
    std::unique_ptr<PageFetcher> runs(PageFetcher::runs(m_connection.get(), runParams));
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
    for (qint64 jobId : m_fx->emulator().jobIds()) {
        const QList<qint64> ofJob = m_fx->emulator().runIdsOfJob(jobId);
        emulatorRuns.unite(QSet<qint64>(ofJob.begin(), ofJob.end()));
    }
    QVERIFY(emulatorRuns.size() > 3 * runParams.limit);
    QCOMPARE(runIds, emulatorRuns);

    const QString clusterId = m_fx->emulator().clusterIds().first();
    ClusterEventsParams eventParams;
    eventParams.clusterId = clusterId;
    eventParams.pageSize = 500;
    std::unique_ptr<PageFetcher> events(PageFetcher::clusterEvents(m_connection.get(), eventParams));
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
    QCOMPARE(events->itemCount(), qint64(m_fx->emulator().eventCount(clusterId)));
    QVERIFY(ascending);
    QCOMPARE(eventsProgress.first().at(1).toLongLong(), -1); // no count from the server
    QCOMPARE(events->legacyPagesFollowed(), 0);
}

void TestApiClientEmulator::paginationStopsEarlyAtMaxItems()
{
    JobsListParams params;
    params.limit = 3;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(m_connection.get(), params));
    fetcher->setMaxItems(10);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    fetcher->start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(fetcher->itemCount(), qint64(12));
    QCOMPARE(fetcher->pageCount(), 4);
    QCOMPARE(fetcher->requestsSent(), 4);
    QVERIFY(!fetcher->isComplete());
}

void TestApiClientEmulator::cancelMidPagination()
{
    m_fx->emulator().setLatency(30);
    JobsListParams params;
    params.limit = 2;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(m_connection.get(), params));
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    int pages = 0;
    int pagesAfterCancel = 0;
    bool cancelled = false;
    qint64 served = 0;
    connect(fetcher.get(), &PageFetcher::page, this, [&] {
        if (cancelled)
            ++pagesAfterCancel;
        if (++pages == 3) {
            fetcher->cancel(); // aborts the request for page 4, already in flight
            cancelled = true;
            served = m_fx->emulator().requestCount();
        }
    });
    fetcher->start();
    QTRY_VERIFY(cancelled);
    QCOMPARE(failed.count(), 1); // synchronously, from cancel()
    QCOMPARE(failed.first().first().value<ApiError>().kind(), Kind::Cancelled);
    QTest::qWait(300);
    QCOMPARE(pagesAfterCancel, 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(fetcher->requestsSent(), 4);
    QVERIFY(m_fx->emulator().requestCount() <= served + 1); // at most the one already in flight
    QVERIFY(!fetcher->isRunning());
}

void TestApiClientEmulator::repeatedPageTokenFails()
{
    RepeatingTokenServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(server.serverPort());
    Connection connection(url, m_provider);
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(&connection, {}));
    QSignalSpy pages(fetcher.get(), &PageFetcher::page);
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    fetcher->start();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), Kind::BadResponse);
    QCOMPARE(pages.count(), 2);
    QCOMPARE(server.requests, 2);
}

void TestApiClientEmulator::rateLimitHonoursRetryAfter()
{
    m_fx->emulator().faults().add(Fault::rateLimit(u"/api/2.2/jobs/list"_s, 1, 1));
    QElapsedTimer clock;
    clock.start();
    ApiReply *raw = m_connection->jobs().list();
    QSignalSpy retrying(raw, &ApiReply::retrying);
    auto reply = finish(raw);
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(retrying.count(), 1);
    QVERIFY(retrying.first().at(1).toInt() >= 1000);
    QCOMPARE(retrying.first().at(2).value<ApiError>().retryAfterSeconds(), 1);
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));

    // Exhausted: reported as RateLimited with the server's fields.
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.maxAttempts = 2;
    policy.honourRetryAfter = false;
    m_connection->setRetryPolicy(policy);
    m_fx->emulator().faults().add(Fault::rateLimit(u"/api/2.2/jobs/list"_s, 1, 5));
    auto failed = finish(m_connection->jobs().list());
    QCOMPARE(failed->error().kind(), Kind::RateLimited);
    QCOMPARE(failed->error().errorCode(), u"REQUEST_LIMIT_EXCEEDED"_s);
    QCOMPARE(failed->attempts(), 2);
}

void TestApiClientEmulator::unavailableIsRetried()
{
    m_fx->emulator().faults().add(Fault::serverError(u"/api/2.1/clusters/list"_s, 503, 2));
    auto reply = finish(m_connection->clusters().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 3);
}

void TestApiClientEmulator::internalErrorIsNotRetried()
{
    m_fx->emulator().faults().add(Fault::serverError(u"/api/2.1/clusters/list"_s, 500, 1));
    auto reply = finish(m_connection->clusters().list());
    QCOMPARE(reply->error().kind(), Kind::Server);
    QCOMPARE(reply->httpStatus(), 500);
    QCOMPARE(reply->attempts(), 1);
}

void TestApiClientEmulator::droppedConnectionRetriedForGet()
{
    // Qt itself resends a request whose connection closed before any answer (once, on a fresh
    // connection); drops beyond that reach the client, whose policy retries the GET.
    m_fx->emulator().faults().add(Fault::drop(u"/api/2.1/clusters/list"_s, 3));
    auto reply = finish(m_connection->clusters().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QVERIFY(reply->attempts() >= 2);
    QCOMPARE(m_fx->emulator().faults().triggeredCount(), 3);
}

void TestApiClientEmulator::droppedConnectionNotRetriedForCreate()
{
    // jobs/create has no idempotency token: neither our policy nor Qt's own resend may send it
    // again after a dropped connection, since the server may have created the job already.
    const int before = m_fx->emulator().jobCount();
    m_fx->emulator().faults().add(Fault::drop(u"/api/2.2/jobs/create"_s, 1));
    auto reply = finish(m_connection->jobs().create({{u"name"_s, u"x"_s}}));
    QCOMPARE(reply->error().kind(), Kind::Network);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_fx->emulator().faults().triggeredCount(), 1);
    QCOMPARE(m_fx->emulator().jobCount(), before);
    QVERIFY(!reply->error().userMessage().isEmpty());

    // Without a fault the same unbuffered upload works.
    auto created = finish(m_connection->jobs().create({{u"name"_s, u"after the drop"_s},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s},
                {u"existing_cluster_id"_s, m_fx->emulator().clusterIds().first()},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}}}}}));
    QVERIFY2(!created->hasError(), qPrintable(describe(*created)));
    QCOMPARE(m_fx->emulator().jobCount(), before + 1);
}

void TestApiClientEmulator::runNowRetriedWithSameIdempotencyToken()
{
    // The case that matters: the server starts the run and the answer is lost. Every retry
    // must carry the token of the first attempt, so the server answers with that run instead of
    // starting another one.
    const qint64 jobId = m_fx->emulator().anyJobId(1);
    const QList<qint64> runsBefore = m_fx->emulator().runIdsOfJob(jobId);
    m_fx->emulator().faults().add(Fault::dropAfterHandling(u"/api/2.2/jobs/run-now"_s, 3));
    QSignalSpy served(&m_fx->emulator(), &emulator::WorkspaceEmulator::requestServed);
    RunNowParams params;
    params.jobId = jobId;
    auto reply = finish(m_connection->jobs().runNow(params));
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QVERIFY(reply->attempts() >= 2);
    QCOMPARE(m_fx->emulator().faults().triggeredCount(), 3);
    int runNowRequests = 0;
    for (const QList<QVariant> &request : std::as_const(served))
        runNowRequests += request.at(1).toString() == u"/api/2.2/jobs/run-now"_s ? 1 : 0;
    QCOMPARE(runNowRequests, 4); // three answers lost, the fourth delivered

    // One run exists, made under the token the client sent, and it is the one the answer names.
    const QList<qint64> runsAfter = m_fx->emulator().runIdsOfJob(jobId);
    QCOMPARE(runsAfter.size(), runsBefore.size() + 1);
    const qint64 runId = reply->json().value(u"run_id"_s).toInteger();
    QCOMPARE(runsAfter.first(), runId);
    const QString token = reply->request().body.value(u"idempotency_token"_s).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_fx->emulator().runForIdempotencyToken(token), runId);
}

void TestApiClientEmulator::htmlBodyIsReported()
{
    m_fx->emulator().faults().add(Fault::html(u"/api/2.2/jobs/list"_s, 1));
    auto reply = finish(m_connection->jobs().list());
    QVERIFY(reply->hasError());
    QCOMPARE(reply->error().bodyIssue(), ApiError::BodyIssue::Html);
    QCOMPARE(reply->error().kind(), Kind::Server);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(!reply->error().message().isEmpty());
    QVERIFY(!reply->error().message().contains(u'<'));
    QVERIFY2(reply->error().userMessage().contains(u"web page"_s), qPrintable(reply->error().userMessage()));
}

void TestApiClientEmulator::truncatedBody()
{
    // The emulator sends half the body and closes: a GET is retried, ...
    m_fx->emulator().faults().add(Fault::truncate(u"/api/2.2/jobs/list"_s, 1));
    auto retried = finish(m_connection->jobs().list());
    QVERIFY2(!retried->hasError(), qPrintable(describe(*retried)));
    QCOMPARE(retried->attempts(), 2);
    // ... and without retries the cut is reported.
    m_connection->setRetryPolicy(RetryPolicy::none());
    m_fx->emulator().faults().add(Fault::truncate(u"/api/2.2/jobs/list"_s, 1));
    auto cut = finish(m_connection->jobs().list());
    QVERIFY(cut->hasError());
    QVERIFY2(cut->error().kind() == Kind::Network
            || (cut->error().kind() == Kind::BadResponse
                && cut->error().bodyIssue() == ApiError::BodyIssue::Truncated),
        qPrintable(describe(*cut)));
}

void TestApiClientEmulator::timeoutIsReportedAndRetried()
{
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.requestTimeout = 200ms;
    policy.maxAttempts = 1;
    m_connection->setRetryPolicy(policy);
    m_fx->emulator().faults().add(Fault::latency(u"/api/2.1/clusters/list"_s, 1500, 1));
    auto timedOut = finish(m_connection->clusters().list());
    QCOMPARE(timedOut->error().kind(), Kind::Timeout);

    policy.maxAttempts = 2;
    m_connection->setRetryPolicy(policy);
    m_fx->emulator().faults().add(Fault::latency(u"/api/2.1/clusters/list"_s, 1500, 1));
    auto second = finish(m_connection->clusters().list());
    QVERIFY2(!second->hasError(), qPrintable(describe(*second)));
    QCOMPARE(second->attempts(), 2);
}

void TestApiClientEmulator::unauthorizedReplaysOnceWithFreshToken()
{
    // An OAuth access token that expires after one second (the emulator answers 401 then).
    auto options = test::EmulatorFixture::smallOptions();
    options.accessTokenLifetimeSeconds = 1;
    test::EmulatorFixture fx(options);
    QNetworkAccessManager network;
    QUrl tokenUrl = fx.url();
    tokenUrl.setPath(u"/oidc/v1/token"_s);
    QNetworkRequest tokenRequest(tokenUrl);
    tokenRequest.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    tokenRequest.setRawHeader(
        "Authorization", "Basic " + QByteArray("brickdesk-demo-sp:brickdesk-demo-secret").toBase64());
    QNetworkReply *tokenReply
        = network.post(tokenRequest, QByteArray("grant_type=client_credentials&scope=all-apis"));
    QTRY_VERIFY(tokenReply->isFinished());
    const QString expiring
        = QJsonDocument::fromJson(tokenReply->readAll()).object().value(u"access_token"_s).toString();
    tokenReply->deleteLater();
    QVERIFY(!expiring.isEmpty());

    Connection probe(fx.url(), std::make_shared<StaticTokenProvider>(expiring));
    probe.setRetryPolicy(RetryPolicy::none());
    QTRY_VERIFY_WITH_TIMEOUT(finish(probe.clusters().list())->httpStatus() == 401, 10'000);

    auto rotating = std::make_shared<RotatingProvider>(expiring, kToken);
    Connection connection(fx.url(), rotating);
    auto reply = finish(connection.jobs().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(rotating->invalidations, 1);

    // Still 401 with the "fresh" token: reported after exactly one replay.
    auto stale = std::make_shared<RotatingProvider>(expiring, expiring);
    Connection bad(fx.url(), stale);
    auto refused = finish(bad.jobs().list());
    QCOMPARE(refused->error().kind(), Kind::Unauthenticated);
    QCOMPARE(refused->attempts(), 2);
    QCOMPARE(stale->invalidations, 1);

    // An unknown token is refused with 403 (as Databricks does); no replay.
    auto wrong = std::make_shared<RotatingProvider>(u"dapi-test-token-wrong"_s, kToken);
    Connection denied(fx.url(), wrong);
    auto forbidden = finish(denied.jobs().list());
    QCOMPARE(forbidden->error().kind(), Kind::PermissionDenied);
    QCOMPARE(forbidden->attempts(), 1);
    QCOMPARE(wrong->invalidations, 0);
}

void TestApiClientEmulator::jobsApiFallsBackTo21()
{
    // A workspace without Jobs API 2.2.
    m_fx->emulator().faults().add(Fault::serverError(u"^/api/2\\.2/jobs/"_s, 404, -1));
    QSignalSpy versionChanged(m_connection.get(), &Connection::jobsApiVersionChanged);
    auto reply = finish(m_connection->jobs().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->request().path, u"/api/2.1/jobs/list"_s);
    QCOMPARE(m_connection->jobsApiVersion(), Connection::JobsApiVersion::V2_1);
    QCOMPARE(versionChanged.count(), 1);
    auto next = finish(m_connection->jobs().get(m_fx->emulator().anyJobId(1)));
    QVERIFY2(!next->hasError(), qPrintable(describe(*next)));
    QCOMPARE(next->attempts(), 1);
    QCOMPARE(next->request().path, u"/api/2.1/jobs/get"_s);

    // Without fallback, the 404 is reported.
    Connection strict(m_fx->url(), m_provider);
    strict.setJobsApiVersion(Connection::JobsApiVersion::V2_2, false);
    auto refused = finish(strict.jobs().list());
    QCOMPARE(refused->error().kind(), Kind::NotFound);
    QCOMPARE(refused->error().errorCode(), u"ENDPOINT_NOT_FOUND"_s);
}

void TestApiClientEmulator::largeBodiesParsedOffThread()
{
    JobsListParams params;
    params.limit = 100;
    params.expandTasks = true;
    auto inlineParsed = finish(m_connection->jobs().list(params));
    QVERIFY(!inlineParsed->hasError());
    QVERIFY(inlineParsed->bodySize() < m_connection->offThreadParseThreshold());
    QVERIFY(!inlineParsed->parsedOffThread());

    m_connection->setOffThreadParseThreshold(1024);
    auto offThread = finish(m_connection->jobs().list(params));
    QVERIFY(!offThread->hasError());
    QVERIFY(offThread->parsedOffThread());
    QCOMPARE(offThread->json(), inlineParsed->json());
}

void TestApiClientEmulator::abortInFlightFinishesOnce()
{
    m_fx->emulator().faults().add(Fault::latency(u"/api/2.2/jobs/list"_s, 400, 1));
    ApiReply *reply = m_connection->jobs().list();
    reply->setAutoDelete(false);
    std::unique_ptr<ApiReply> owner(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(m_connection->activeRequests(), 1);
    QTest::qWait(50); // let the request reach the server
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind(), Kind::Cancelled);
    QCOMPARE(m_connection->activeRequests(), 0);
    QTest::qWait(600);
    QCOMPARE(finished.count(), 1);
}

void TestApiClientEmulator::activityIsReported()
{
    QSignalSpy started(m_connection.get(), &Connection::requestStarted);
    QSignalSpy ended(m_connection.get(), &Connection::requestFinished);
    auto a = finish(m_connection->clusters().list());
    auto b = finish(m_connection->jobs().get(987654321));
    QCOMPARE(started.count(), 2);
    QCOMPARE(ended.count(), 2);
    QCOMPARE(started.first().first().toString(), u"GET /api/2.1/clusters/list"_s);
    QCOMPARE(ended.last().at(1).toInt(), 400);
    QCOMPARE(ended.last().at(2).value<ApiError::Kind>(), Kind::NotFound);
    QCOMPARE(m_connection->activeRequests(), 0);
}

namespace {
QStringList *g_messages = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
// Turns on brickdesk.* debug output whatever QT_LOGGING_RULES says (it outranks setFilterRules).
void enableBrickdeskDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "brickdesk.", 10) == 0)
        category->setEnabled(QtDebugMsg, true);
}
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_messages)
        g_messages->append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}
} // namespace

void TestApiClientEmulator::noTokenInAnyOutput()
{
    QStringList messages;
    g_messages = &messages;
    g_previousFilter = QLoggingCategory::installFilter(enableBrickdeskDebug);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    QStringList texts;
    auto collect = [&](const ApiReply &reply) {
        texts << reply.error().toString() << reply.error().userMessage() << reply.error().message()
              << reply.error().requestDescription() << reply.request().description();
    };
    collect(*finish(m_connection->jobs().list()));
    collect(*finish(m_connection->jobs().get(987654321)));
    m_fx->emulator().faults().add(Fault::html(u"/api/2.1/clusters/list"_s, 1));
    collect(*finish(m_connection->clusters().list()));
    auto wrong = std::make_shared<RotatingProvider>(u"dapi-test-token-wrong"_s, u"dapi-test-token-wrong2"_s);
    Connection bad(m_fx->url(), wrong);
    collect(*finish(bad.jobs().list()));

    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(g_previousFilter);
    g_messages = nullptr;

    QVERIFY2(messages.size() >= 4, "debug logging of requests is on");
    QVERIFY(messages.join(u'\n').contains(u"/api/2.2/jobs/list"_s));
    for (const QString &text : std::as_const(messages) + texts) {
        for (const QString &secret : {kToken, u"dapi-test-token-wrong"_s, u"Bearer"_s, u"Authorization"_s})
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestApiClientEmulator)
#include "tst_api_client_emulator.moc"
