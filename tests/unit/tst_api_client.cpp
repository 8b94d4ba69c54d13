#include "api/apireply.h"
#include "api/clustersparams.h"
#include "api/connection.h"
#include "api/jobsparams.h"
#include "auth/statictokenprovider.h"
#include "eventqueue.h"
#include "eventwait.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace std::chrono_literals;

// The client without a server: request building, host rules, reply lifecycle.
class TestApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void buildsListQueries();
    void buildsPostBodies();
    void allowsOnlyHttpsOrLoopback_data();
    void allowsOnlyHttpsOrLoopback();
    void normalizesHosts_data();
    void normalizesHosts();
    void userAgentFollowsSdkConvention();
    void refusesPlainHttpToRemoteHostWithoutSending();
    void manualReplyCompletesOnceFromEventLoop();
    void abortFinishesSynchronouslyOnce();
    void refusedConnectionIsRetriedThenReported();
    void unsafePostIsNotRetriedOnRefusedConnection();
};

void TestApiClient::buildsListQueries()
{
    JobsListParams jobs;
    jobs.limit = 50;
    jobs.name = u"nightly etl"_s;
    jobs.expandTasks = true;
    jobs.pageToken = u"abc+/="_s;
    const QUrlQuery q = jobs.toQuery();
    QCOMPARE(q.queryItemValue(u"limit"_s), u"50"_s);
    QCOMPARE(q.queryItemValue(u"name"_s), u"nightly etl"_s);
    QCOMPARE(q.queryItemValue(u"expand_tasks"_s), u"true"_s);
    QCOMPARE(q.queryItemValue(u"page_token"_s), u"abc+/="_s);

    RunsListParams runs;
    runs.jobId = 931844287868435;
    runs.activeOnly = true;
    runs.startTimeFrom = 1000;
    runs.startTimeTo = 2000;
    const QUrlQuery r = runs.toQuery();
    QCOMPARE(r.queryItemValue(u"job_id"_s), u"931844287868435"_s);
    QCOMPARE(r.queryItemValue(u"active_only"_s), u"true"_s);
    QVERIFY(!r.hasQueryItem(u"completed_only"_s));
    QCOMPARE(r.queryItemValue(u"start_time_from"_s), u"1000"_s);
    QCOMPARE(r.queryItemValue(u"limit"_s), u"25"_s);

    ClustersListParams clusters;
    clusters.states = {u"RUNNING"_s, u"PENDING"_s};
    clusters.isPinned = false;
    const QUrlQuery c = clusters.toQuery();
    QCOMPARE(c.allQueryItemValues(u"filter_by.cluster_states"_s), QStringList({u"RUNNING"_s, u"PENDING"_s}));
    QCOMPARE(c.queryItemValue(u"filter_by.is_pinned"_s), u"false"_s);
}

void TestApiClient::buildsPostBodies()
{
    RunNowParams runNow;
    runNow.jobId = 931844287868435;
    runNow.jobParameters = {{u"env"_s, u"prod"_s}};
    runNow.only = {u"ingest"_s};
    runNow.queueEnabled = true;
    runNow.extra = {{u"performance_target"_s, u"STANDARD"_s}};
    const QJsonObject body = runNow.toJson();
    QCOMPARE(body.value(u"job_id"_s).toInteger(), Q_INT64_C(931844287868435));
    QCOMPARE(body.value(u"job_parameters"_s).toObject().value(u"env"_s).toString(), u"prod"_s);
    QCOMPARE(body.value(u"only"_s).toArray().size(), 1);
    QCOMPARE(body.value(u"queue"_s).toObject().value(u"enabled"_s).toBool(), true);
    QCOMPARE(body.value(u"performance_target"_s).toString(), u"STANDARD"_s);
    QVERIFY(!body.contains(u"idempotency_token"_s)); // added by JobsApi::runNow

    RepairRunParams repair;
    repair.runId = 7;
    repair.rerunAllFailedTasks = true;
    repair.latestRepairId = 3;
    const QJsonObject r = repair.toJson();
    QCOMPARE(r.value(u"run_id"_s).toInteger(), 7);
    QCOMPARE(r.value(u"rerun_all_failed_tasks"_s).toBool(), true);
    QCOMPARE(r.value(u"latest_repair_id"_s).toInteger(), 3);
    QVERIFY(!r.contains(u"rerun_tasks"_s));

    ClusterEventsParams events;
    events.clusterId = u"0123-456789-abcdefgh"_s;
    events.startTime = 10;
    events.endTime = 20;
    events.eventTypes = {u"RESIZING"_s};
    const QJsonObject e = events.toJson();
    QCOMPARE(e.value(u"order"_s).toString(), u"ASC"_s);
    QCOMPARE(e.value(u"page_size"_s).toInt(), 500); // token paging only: no limit, no offset
    QVERIFY(!e.contains(u"limit"_s));
    QCOMPARE(e.value(u"start_time"_s).toInteger(), 10);
    QCOMPARE(e.value(u"event_types"_s).toArray().first().toString(), u"RESIZING"_s);
}

void TestApiClient::allowsOnlyHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << u"https://dbc-1.cloud.databricks.com"_s << true;
    QTest::newRow("http remote") << u"http://dbc-1.cloud.databricks.com"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3:8080"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http lan address") << u"http://192.168.1.5"_s << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.com"_s << false;
    // A *.localhost name is loopback only if the resolver says so; this one resolves nowhere
    // here (a resolver could as well send it to another machine).
    QTest::newRow("http unresolved .localhost") << u"http://brickdesk-nowhere.localhost:8080"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
}

void TestApiClient::allowsOnlyHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(Connection::isAllowedHost(QUrl(url)), allowed);
}

void TestApiClient::normalizesHosts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << u"dbc-1.cloud.databricks.com"_s << u"https://dbc-1.cloud.databricks.com"_s;
    QTest::newRow("path and query") << u" https://adb-1.2.azuredatabricks.net/?o=123#job/1 "_s
                                    << u"https://adb-1.2.azuredatabricks.net"_s;
    QTest::newRow("default port") << u"https://x.databricks.com:443/"_s << u"https://x.databricks.com"_s;
    QTest::newRow("loopback port") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestApiClient::normalizesHosts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Connection::normalizedHost(input).toString(), expected);
}

void TestApiClient::userAgentFollowsSdkConvention()
{
    Connection connection(
        QUrl(u"https://example.com"_s), std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s));
    const QString ua = connection.userAgent();
    QVERIFY2(QRegularExpression(u"^brickdesk/\\d+\\.\\d+\\.\\d+ qt/6\\.\\d+\\.\\d+ os/linux auth/pat$"_s)
                 .match(ua)
                 .hasMatch(),
        qPrintable(ua));
}

void TestApiClient::refusesPlainHttpToRemoteHostWithoutSending()
{
    auto provider = std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s);
    Connection connection(QUrl(u"http://example.com"_s), provider);
    ApiReply *reply = connection.jobs().list();
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(!reply->isFinished() || finished.isEmpty()); // never finished inside the call
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(2000));
    QCOMPARE(reply->error().kind(), ApiError::Kind::InsecureHost);
    QCOMPARE(reply->error().requestDescription(), u"GET /api/2.2/jobs/list"_s);
    QCOMPARE(provider->tokenRequests(), 0); // the token was never even asked for
    QCOMPARE(reply->attempts(), 0);
}

void TestApiClient::manualReplyCompletesOnceFromEventLoop()
{
    QObject owner;
    auto *reply = ApiReply::createManual(ApiRequest::get(u"/x"_s), &owner);
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    reply->complete({{u"a"_s, 1}});
    reply->complete({{u"a"_s, 2}}); // ignored
    reply->abort(); // ignored: already complete
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(test::drainEventQueue()); // a second finished() would have been queued before this
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->json().value(u"a"_s).toInt(), 1);
    QVERIFY(!reply->hasError());
    delete reply;
}

void TestApiClient::abortFinishesSynchronouslyOnce()
{
    QObject owner;
    bool hookCalled = false;
    auto *reply = ApiReply::createManual(ApiRequest::get(u"/x"_s), &owner, [&] { hookCalled = true; });
    QPointer<ApiReply> guard(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QVERIFY(hookCalled);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Cancelled);
    reply->abort();
    reply->complete({});
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(guard.isNull()); // auto-deleted after finished
}

void TestApiClient::refusedConnectionIsRetriedThenReported()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    QUrl host;
    host.setScheme(u"http"_s);
    host.setHost(u"127.0.0.1"_s);
    host.setPort(port);
    Connection connection(host, std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s));
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.maxAttempts = 3;
    connection.setRetryPolicy(policy);
    ApiReply *reply = connection.clusters().get(u"c1"_s);
    QSignalSpy retrying(reply, &ApiReply::retrying);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(retrying.count(), 2);
    QVERIFY(!reply->error().userMessage().isEmpty());
}

void TestApiClient::unsafePostIsNotRetriedOnRefusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl host(u"http://127.0.0.1"_s);
    host.setPort(port);
    Connection connection(host, std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s));
    connection.setRetryPolicy(RetryPolicy::fastForTests());
    ApiReply *reply = connection.jobs().create({{u"name"_s, u"x"_s}});
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
    QCOMPARE(reply->attempts(), 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
