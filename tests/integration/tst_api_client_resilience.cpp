// What the client does when the workspace misbehaves, against the emulator's faults: retries
// (rate limits, unavailable, dropped connections, timeouts), what is never retried, bodies that
// are not JSON, a token refreshed once, the 2.1 fallback, large bodies parsed off the GUI
// thread, aborts, activity signals and no token in any output.
#include "api/apireply.h"
#include "api/connection.h"
#include "apiclientfixture.h"
#include "auth/statictokenprovider.h"
#include "eventqueue.h"
#include "eventwait.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using brickdesk::emulator::Fault;
using brickdesk::test::describe;
using brickdesk::test::finish;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {

const QString kToken = u"dapi-test-token-1"_s;

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

} // namespace

class TestApiClientResilience final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_api = std::make_unique<test::ApiClientFixture>(); }
    void cleanup() { m_api.reset(); }

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
    std::unique_ptr<test::ApiClientFixture> m_api;
};

void TestApiClientResilience::rateLimitHonoursRetryAfter()
{
    m_api->fx.emulator().faults().add(Fault::rateLimit(u"/api/2.2/jobs/list"_s, 1, 1));
    QElapsedTimer clock;
    clock.start();
    ApiReply *raw = m_api->connection.jobs().list();
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
    m_api->connection.setRetryPolicy(policy);
    m_api->fx.emulator().faults().add(Fault::rateLimit(u"/api/2.2/jobs/list"_s, 1, 5));
    auto failed = finish(m_api->connection.jobs().list());
    QCOMPARE(failed->error().kind(), Kind::RateLimited);
    QCOMPARE(failed->error().errorCode(), u"REQUEST_LIMIT_EXCEEDED"_s);
    QCOMPARE(failed->attempts(), 2);
}

void TestApiClientResilience::unavailableIsRetried()
{
    m_api->fx.emulator().faults().add(Fault::serverError(u"/api/2.1/clusters/list"_s, 503, 2));
    auto reply = finish(m_api->connection.clusters().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 3);
}

void TestApiClientResilience::internalErrorIsNotRetried()
{
    m_api->fx.emulator().faults().add(Fault::serverError(u"/api/2.1/clusters/list"_s, 500, 1));
    auto reply = finish(m_api->connection.clusters().list());
    QCOMPARE(reply->error().kind(), Kind::Server);
    QCOMPARE(reply->httpStatus(), 500);
    QCOMPARE(reply->attempts(), 1);
}

void TestApiClientResilience::droppedConnectionRetriedForGet()
{
    // Qt itself resends a request whose connection closed before any answer (once, on a fresh
    // connection); drops beyond that reach the client, whose policy retries the GET.
    m_api->fx.emulator().faults().add(Fault::drop(u"/api/2.1/clusters/list"_s, 3));
    auto reply = finish(m_api->connection.clusters().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QVERIFY(reply->attempts() >= 2);
    QCOMPARE(m_api->fx.emulator().faults().triggeredCount(), 3);
}

void TestApiClientResilience::droppedConnectionNotRetriedForCreate()
{
    // jobs/create has no idempotency token: neither our policy nor Qt's own resend may send it
    // again after a dropped connection, since the server may have created the job already.
    const int before = m_api->fx.emulator().jobCount();
    m_api->fx.emulator().faults().add(Fault::drop(u"/api/2.2/jobs/create"_s, 1));
    auto reply = finish(m_api->connection.jobs().create({{u"name"_s, u"x"_s}}));
    QCOMPARE(reply->error().kind(), Kind::Network);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_api->fx.emulator().faults().triggeredCount(), 1);
    QCOMPARE(m_api->fx.emulator().jobCount(), before);
    QVERIFY(!reply->error().userMessage().isEmpty());

    // Without a fault the same unbuffered upload works.
    auto created = finish(m_api->connection.jobs().create({{u"name"_s, u"after the drop"_s},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s},
                {u"existing_cluster_id"_s, m_api->fx.emulator().clusterIds().first()},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}}}}}));
    QVERIFY2(!created->hasError(), qPrintable(describe(*created)));
    QCOMPARE(m_api->fx.emulator().jobCount(), before + 1);
}

void TestApiClientResilience::runNowRetriedWithSameIdempotencyToken()
{
    // The case that matters: the server starts the run and the answer is lost. Every retry
    // must carry the token of the first attempt, so the server answers with that run instead of
    // starting another one.
    const qint64 jobId = m_api->fx.emulator().anyJobId(1);
    const QList<qint64> runsBefore = m_api->fx.emulator().runIdsOfJob(jobId);
    m_api->fx.emulator().faults().add(Fault::dropAfterHandling(u"/api/2.2/jobs/run-now"_s, 3));
    QSignalSpy served(&m_api->fx.emulator(), &emulator::WorkspaceEmulator::requestServed);
    RunNowParams params;
    params.jobId = jobId;
    auto reply = finish(m_api->connection.jobs().runNow(params));
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QVERIFY(reply->attempts() >= 2);
    QCOMPARE(m_api->fx.emulator().faults().triggeredCount(), 3);
    int runNowRequests = 0;
    for (const QList<QVariant> &request : std::as_const(served))
        runNowRequests += request.at(1).toString() == u"/api/2.2/jobs/run-now"_s ? 1 : 0;
    QCOMPARE(runNowRequests, 4); // three answers lost, the fourth delivered

    // One run exists, made under the token the client sent, and it is the one the answer names.
    const QList<qint64> runsAfter = m_api->fx.emulator().runIdsOfJob(jobId);
    QCOMPARE(runsAfter.size(), runsBefore.size() + 1);
    const qint64 runId = reply->json().value(u"run_id"_s).toInteger();
    QCOMPARE(runsAfter.first(), runId);
    const QString token = reply->request().body.value(u"idempotency_token"_s).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_api->fx.emulator().runForIdempotencyToken(token), runId);
}

void TestApiClientResilience::htmlBodyIsReported()
{
    m_api->fx.emulator().faults().add(Fault::html(u"/api/2.2/jobs/list"_s, 1));
    auto reply = finish(m_api->connection.jobs().list());
    QVERIFY(reply->hasError());
    QCOMPARE(reply->error().bodyIssue(), ApiError::BodyIssue::Html);
    QCOMPARE(reply->error().kind(), Kind::Server);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(!reply->error().message().isEmpty());
    QVERIFY(!reply->error().message().contains(u'<'));
    QVERIFY2(reply->error().userMessage().contains(u"web page"_s), qPrintable(reply->error().userMessage()));
}

void TestApiClientResilience::truncatedBody()
{
    // The emulator sends half the body and closes: a GET is retried, ...
    m_api->fx.emulator().faults().add(Fault::truncate(u"/api/2.2/jobs/list"_s, 1));
    auto retried = finish(m_api->connection.jobs().list());
    QVERIFY2(!retried->hasError(), qPrintable(describe(*retried)));
    QCOMPARE(retried->attempts(), 2);
    // ... and without retries the cut is reported.
    m_api->connection.setRetryPolicy(RetryPolicy::none());
    m_api->fx.emulator().faults().add(Fault::truncate(u"/api/2.2/jobs/list"_s, 1));
    auto cut = finish(m_api->connection.jobs().list());
    QVERIFY(cut->hasError());
    QVERIFY2(cut->error().kind() == Kind::Network
            || (cut->error().kind() == Kind::BadResponse
                && cut->error().bodyIssue() == ApiError::BodyIssue::Truncated),
        qPrintable(describe(*cut)));
}

void TestApiClientResilience::timeoutIsReportedAndRetried()
{
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.requestTimeout = 200ms;
    policy.maxAttempts = 1;
    m_api->connection.setRetryPolicy(policy);
    m_api->fx.emulator().faults().add(Fault::latency(u"/api/2.1/clusters/list"_s, 1500, 1));
    auto timedOut = finish(m_api->connection.clusters().list());
    QCOMPARE(timedOut->error().kind(), Kind::Timeout);

    policy.maxAttempts = 2;
    m_api->connection.setRetryPolicy(policy);
    m_api->fx.emulator().faults().add(Fault::latency(u"/api/2.1/clusters/list"_s, 1500, 1));
    auto second = finish(m_api->connection.clusters().list());
    QVERIFY2(!second->hasError(), qPrintable(describe(*second)));
    QCOMPARE(second->attempts(), 2);
}

void TestApiClientResilience::unauthorizedReplaysOnceWithFreshToken()
{
    // A 401 says the credential was not usable (as a gateway may answer): the provider drops
    // it and the request is replayed once with the next one.
    test::EmulatorFixture fx(test::EmulatorFixture::smallOptions());
    const QString path = u"/api/2.2/jobs/list"_s;
    fx.emulator().faults().add(Fault::serverError(path, 401, 1));
    auto rotating = std::make_shared<RotatingProvider>(u"dapi-test-token-stale"_s, kToken);
    Connection connection(fx.url(), rotating);
    auto reply = finish(connection.jobs().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(rotating->invalidations, 1);

    // Still 401 with the "fresh" token: reported after exactly one replay.
    fx.emulator().faults().add(Fault::serverError(path, 401, 2));
    auto stale = std::make_shared<RotatingProvider>(kToken, kToken);
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

void TestApiClientResilience::jobsApiFallsBackTo21()
{
    // A workspace without Jobs API 2.2.
    m_api->fx.emulator().faults().add(Fault::serverError(u"^/api/2\\.2/jobs/"_s, 404, -1));
    QSignalSpy versionChanged(&m_api->connection, &Connection::jobsApiVersionChanged);
    auto reply = finish(m_api->connection.jobs().list());
    QVERIFY2(!reply->hasError(), qPrintable(describe(*reply)));
    QCOMPARE(reply->request().path, u"/api/2.1/jobs/list"_s);
    QCOMPARE(m_api->connection.jobsApiVersion(), Connection::JobsApiVersion::V2_1);
    QCOMPARE(versionChanged.count(), 1);
    auto next = finish(m_api->connection.jobs().get(m_api->fx.emulator().anyJobId(1)));
    QVERIFY2(!next->hasError(), qPrintable(describe(*next)));
    QCOMPARE(next->attempts(), 1);
    QCOMPARE(next->request().path, u"/api/2.1/jobs/get"_s);

    // Without fallback, the 404 is reported.
    Connection strict(m_api->fx.url(), m_api->provider);
    strict.setJobsApiVersion(Connection::JobsApiVersion::V2_2, false);
    auto refused = finish(strict.jobs().list());
    QCOMPARE(refused->error().kind(), Kind::NotFound);
    QCOMPARE(refused->error().errorCode(), u"ENDPOINT_NOT_FOUND"_s);
}

void TestApiClientResilience::largeBodiesParsedOffThread()
{
    JobsListParams params;
    params.limit = 100;
    params.expandTasks = true;
    auto inlineParsed = finish(m_api->connection.jobs().list(params));
    QVERIFY(!inlineParsed->hasError());
    QVERIFY(inlineParsed->bodySize() < m_api->connection.offThreadParseThreshold());
    QVERIFY(!inlineParsed->parsedOffThread());

    m_api->connection.setOffThreadParseThreshold(1024);
    auto offThread = finish(m_api->connection.jobs().list(params));
    QVERIFY(!offThread->hasError());
    QVERIFY(offThread->parsedOffThread());
    QCOMPARE(offThread->json(), inlineParsed->json());
}

void TestApiClientResilience::abortInFlightFinishesOnce()
{
    m_api->fx.emulator().faults().add(Fault::latency(u"/api/2.2/jobs/list"_s, 400, 1));
    ApiReply *reply = m_api->connection.jobs().list();
    reply->setAutoDelete(false);
    std::unique_ptr<ApiReply> owner(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QSignalSpy served(&m_api->fx.emulator(), &emulator::WorkspaceEmulator::requestServed);
    const qint64 received = m_api->fx.emulator().requestCount();
    QTRY_COMPARE(m_api->connection.activeRequests(), 1);
    QTRY_VERIFY(m_api->fx.emulator().requestCount() > received); // the server holds it
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind(), Kind::Cancelled);
    QCOMPARE(m_api->connection.activeRequests(), 0);
    QTRY_COMPARE(served.count(), 1); // the server's answer went to a closed connection
    QVERIFY(test::drainEventQueue());
    QCOMPARE(finished.count(), 1);
}

void TestApiClientResilience::activityIsReported()
{
    QSignalSpy started(&m_api->connection, &Connection::requestStarted);
    QSignalSpy ended(&m_api->connection, &Connection::requestFinished);
    auto a = finish(m_api->connection.clusters().list());
    auto b = finish(m_api->connection.jobs().get(987654321));
    QCOMPARE(started.count(), 2);
    QCOMPARE(ended.count(), 2);
    QCOMPARE(started.first().first().toString(), u"GET /api/2.1/clusters/list"_s);
    QCOMPARE(ended.last().at(1).toInt(), 400);
    QCOMPARE(ended.last().at(2).value<ApiError::Kind>(), Kind::NotFound);
    QCOMPARE(m_api->connection.activeRequests(), 0);
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

void TestApiClientResilience::noTokenInAnyOutput()
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
    collect(*finish(m_api->connection.jobs().list()));
    collect(*finish(m_api->connection.jobs().get(987654321)));
    m_api->fx.emulator().faults().add(Fault::html(u"/api/2.1/clusters/list"_s, 1));
    collect(*finish(m_api->connection.clusters().list()));
    auto wrong = std::make_shared<RotatingProvider>(u"dapi-test-token-wrong"_s, u"dapi-test-token-wrong2"_s);
    Connection bad(m_api->fx.url(), wrong);
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

QTEST_GUILESS_MAIN(TestApiClientResilience)
#include "tst_api_client_resilience.moc"
