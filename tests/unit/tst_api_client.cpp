#include "api/apireply.h"
#include "api/clustersparams.h"
#include "api/connection.h"
#include "api/jobsparams.h"
#include "auth/statictokenprovider.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

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
    jobs.name = QStringLiteral("nightly etl");
    jobs.expandTasks = true;
    jobs.pageToken = QStringLiteral("abc+/=");
    const QUrlQuery q = jobs.toQuery();
    QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    QCOMPARE(q.queryItemValue(QStringLiteral("name")), QStringLiteral("nightly etl"));
    QCOMPARE(q.queryItemValue(QStringLiteral("expand_tasks")), QStringLiteral("true"));
    QCOMPARE(q.queryItemValue(QStringLiteral("page_token")), QStringLiteral("abc+/="));

    RunsListParams runs;
    runs.jobId = 931844287868435;
    runs.activeOnly = true;
    runs.startTimeFrom = 1000;
    runs.startTimeTo = 2000;
    const QUrlQuery r = runs.toQuery();
    QCOMPARE(r.queryItemValue(QStringLiteral("job_id")), QStringLiteral("931844287868435"));
    QCOMPARE(r.queryItemValue(QStringLiteral("active_only")), QStringLiteral("true"));
    QVERIFY(!r.hasQueryItem(QStringLiteral("completed_only")));
    QCOMPARE(r.queryItemValue(QStringLiteral("start_time_from")), QStringLiteral("1000"));
    QCOMPARE(r.queryItemValue(QStringLiteral("limit")), QStringLiteral("25"));

    ClustersListParams clusters;
    clusters.states = {QStringLiteral("RUNNING"), QStringLiteral("PENDING")};
    clusters.isPinned = false;
    const QUrlQuery c = clusters.toQuery();
    QCOMPARE(c.allQueryItemValues(QStringLiteral("filter_by.cluster_states")),
        QStringList({QStringLiteral("RUNNING"), QStringLiteral("PENDING")}));
    QCOMPARE(c.queryItemValue(QStringLiteral("filter_by.is_pinned")), QStringLiteral("false"));
}

void TestApiClient::buildsPostBodies()
{
    RunNowParams runNow;
    runNow.jobId = 931844287868435;
    runNow.jobParameters = {{QLatin1String("env"), QLatin1String("prod")}};
    runNow.only = {QStringLiteral("ingest")};
    runNow.queueEnabled = true;
    runNow.extra = {{QLatin1String("performance_target"), QLatin1String("STANDARD")}};
    const QJsonObject body = runNow.toJson();
    QCOMPARE(body.value(QLatin1String("job_id")).toInteger(), Q_INT64_C(931844287868435));
    QCOMPARE(body.value(QLatin1String("job_parameters")).toObject().value(QLatin1String("env")).toString(),
        QStringLiteral("prod"));
    QCOMPARE(body.value(QLatin1String("only")).toArray().size(), 1);
    QCOMPARE(body.value(QLatin1String("queue")).toObject().value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("performance_target")).toString(), QStringLiteral("STANDARD"));
    QVERIFY(!body.contains(QLatin1String("idempotency_token"))); // added by JobsApi::runNow

    RepairRunParams repair;
    repair.runId = 7;
    repair.rerunAllFailedTasks = true;
    repair.latestRepairId = 3;
    const QJsonObject r = repair.toJson();
    QCOMPARE(r.value(QLatin1String("run_id")).toInteger(), 7);
    QCOMPARE(r.value(QLatin1String("rerun_all_failed_tasks")).toBool(), true);
    QCOMPARE(r.value(QLatin1String("latest_repair_id")).toInteger(), 3);
    QVERIFY(!r.contains(QLatin1String("rerun_tasks")));

    ClusterEventsParams events;
    events.clusterId = QStringLiteral("0123-456789-abcdefgh");
    events.startTime = 10;
    events.endTime = 20;
    events.eventTypes = {QStringLiteral("RESIZING")};
    const QJsonObject e = events.toJson();
    QCOMPARE(e.value(QLatin1String("order")).toString(), QStringLiteral("ASC"));
    QCOMPARE(e.value(QLatin1String("limit")).toInt(), 500);
    QCOMPARE(e.value(QLatin1String("start_time")).toInteger(), 10);
    QCOMPARE(e.value(QLatin1String("event_types")).toArray().first().toString(), QStringLiteral("RESIZING"));
}

void TestApiClient::allowsOnlyHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << QStringLiteral("https://dbc-1.cloud.databricks.com") << true;
    QTest::newRow("http remote") << QStringLiteral("http://dbc-1.cloud.databricks.com") << false;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3:8080") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http lan address") << QStringLiteral("http://192.168.1.5") << false;
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
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
    QTest::newRow("bare") << QStringLiteral("dbc-1.cloud.databricks.com")
                          << QStringLiteral("https://dbc-1.cloud.databricks.com");
    QTest::newRow("path and query") << QStringLiteral(" https://adb-1.2.azuredatabricks.net/?o=123#job/1 ")
                                    << QStringLiteral("https://adb-1.2.azuredatabricks.net");
    QTest::newRow("default port") << QStringLiteral("https://x.databricks.com:443/")
                                  << QStringLiteral("https://x.databricks.com");
    QTest::newRow("loopback port") << QStringLiteral("http://127.0.0.1:8080/")
                                   << QStringLiteral("http://127.0.0.1:8080");
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
    Connection connection(QUrl(QStringLiteral("https://example.com")),
        std::make_shared<StaticTokenProvider>(QStringLiteral("dapi-test-token-1")));
    const QString ua = connection.userAgent();
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^brickdesk/\\d+\\.\\d+\\.\\d+ qt/6\\.\\d+\\.\\d+ os/linux auth/pat$"))
                 .match(ua)
                 .hasMatch(),
        qPrintable(ua));
}

void TestApiClient::refusesPlainHttpToRemoteHostWithoutSending()
{
    auto provider = std::make_shared<StaticTokenProvider>(QStringLiteral("dapi-test-token-1"));
    Connection connection(QUrl(QStringLiteral("http://example.com")), provider);
    ApiReply *reply = connection.jobs().list();
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(!reply->isFinished() || finished.isEmpty()); // never finished inside the call
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(2000));
    QCOMPARE(reply->error().kind(), ApiError::Kind::InsecureHost);
    QCOMPARE(reply->error().requestDescription(), QStringLiteral("GET /api/2.2/jobs/list"));
    QCOMPARE(provider->tokenRequests(), 0); // the token was never even asked for
    QCOMPARE(reply->attempts(), 0);
}

void TestApiClient::manualReplyCompletesOnceFromEventLoop()
{
    QObject owner;
    auto *reply = ApiReply::createManual(ApiRequest::get(QStringLiteral("/x")), &owner);
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    reply->complete({{QLatin1String("a"), 1}});
    reply->complete({{QLatin1String("a"), 2}}); // ignored
    reply->abort(); // ignored: already complete
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->json().value(QLatin1String("a")).toInt(), 1);
    QVERIFY(!reply->hasError());
    delete reply;
}

void TestApiClient::abortFinishesSynchronouslyOnce()
{
    QObject owner;
    bool hookCalled = false;
    auto *reply
        = ApiReply::createManual(ApiRequest::get(QStringLiteral("/x")), &owner, [&] { hookCalled = true; });
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
    host.setScheme(QStringLiteral("http"));
    host.setHost(QStringLiteral("127.0.0.1"));
    host.setPort(port);
    Connection connection(host, std::make_shared<StaticTokenProvider>(QStringLiteral("dapi-test-token-1")));
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.maxAttempts = 3;
    connection.setRetryPolicy(policy);
    ApiReply *reply = connection.clusters().get(QStringLiteral("c1"));
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
    QUrl host(QStringLiteral("http://127.0.0.1"));
    host.setPort(port);
    Connection connection(host, std::make_shared<StaticTokenProvider>(QStringLiteral("dapi-test-token-1")));
    connection.setRetryPolicy(RetryPolicy::fastForTests());
    ApiReply *reply = connection.jobs().create({{QLatin1String("name"), QLatin1String("x")}});
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
    QCOMPARE(reply->attempts(), 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
