// Authentication, fault injection, latency, rate limits and the threaded emulator.
#include "cputimer.h"
#include "emulator/emulatorthread.h"
#include "emulator/fault.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "httptestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using brickdesk::emulator::EmulatorThread;
using brickdesk::emulator::Fault;
using brickdesk::emulator::WorkspaceEmulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

class TestEmulatorFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_http;
    const QString m_list = u"/api/2.2/jobs/list"_s;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto options = EmulatorFixture::smallOptions();
        options.tokens = {u"dapi-test-token-1"_s, u"dapi-test-token-2"_s};
        m_fixture = std::make_unique<EmulatorFixture>(options);
        m_http = std::make_unique<HttpTestClient>(m_fixture->url(), m_fixture->token());
    }
    void cleanup() { m_fixture->emulator().faults().clear(); }

    void bearerTokenIsRequired()
    {
        HttpTestClient anonymous(m_fixture->url(), QString());
        auto reply = anonymous.get(m_list);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"UNAUTHENTICATED"_s);
        HttpTestClient wrong(m_fixture->url(), u"dapi-not-a-token"_s);
        reply = wrong.get(m_list);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"PERMISSION_DENIED"_s);
        QCOMPARE(reply.json.value(u"message").toString(), u"Invalid access token."_s);
        HttpTestClient second(m_fixture->url(), u"dapi-test-token-2"_s);
        QCOMPARE(second.get(m_list).status, 200);
        // The demo token is only accepted when no tokens are configured.
        HttpTestClient demo(m_fixture->url(), WorkspaceEmulator::demoToken());
        QCOMPARE(demo.get(m_list).status, 403);
    }

    void unauthenticatedSideEndpoints()
    {
        HttpTestClient anonymous(m_fixture->url(), QString());
        QCOMPARE(anonymous.get(u"/.well-known/databricks-config"_s).status, 404);
        const auto status = anonymous.get(u"/"_s);
        QCOMPARE(status.status, 200);
        QVERIFY(status.body.contains("Brickdesk workspace emulator"));
    }

    void rateLimitFaultAnswers429WithRetryAfterForTheNextTwoRequests()
    {
        m_fixture->emulator().faults().add(Fault::rateLimit(m_list, 3, 2));
        for (int i = 0; i < 2; ++i) {
            const auto reply = m_http->get(m_list);
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.json.value(u"error_code").toString(), u"REQUEST_LIMIT_EXCEEDED"_s);
            QCOMPARE(reply.header("Retry-After"), QByteArray("3"));
        }
        QCOMPARE(m_http->get(m_list).status, 200);
        QCOMPARE(m_fixture->emulator().faults().activeCount(), 0);
        // other paths are untouched
        m_fixture->emulator().faults().add(Fault::rateLimit(m_list, 1, 1));
        QCOMPARE(m_http->get(u"/api/2.2/jobs/runs/list"_s).status, 200);
        QCOMPARE(m_http->get(m_list).status, 429);
    }

    void serverErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("500") << 500 << u"INTERNAL_ERROR"_s;
        QTest::newRow("503") << 503 << u"TEMPORARILY_UNAVAILABLE"_s;
    }
    void serverErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        m_fixture->emulator().faults().add(Fault::serverError(u"jobs/get"_s, status, 1));
        const auto reply = m_http->get(u"/api/2.2/jobs/get"_s,
            QUrlQuery {{u"job_id"_s, QString::number(m_fixture->emulator().anyJobId())}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(u"error_code").toString(), code);
    }

    void htmlBodyAsAProxyWouldSend()
    {
        m_fixture->emulator().faults().add(Fault::html(m_list, 1));
        const auto reply = m_http->get(m_list);
        QCOMPARE(reply.status, 502);
        QVERIFY(!reply.isJson);
        QVERIFY(reply.body.contains("<html>"));
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    }

    void droppedConnectionGivesNoAnswer()
    {
        m_fixture->emulator().faults().add(Fault::drop(m_list)); // every attempt (Qt may resend once)
        const auto reply = m_http->get(m_list);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(m_fixture->emulator().faults().triggeredCount() > 0);
        m_fixture->emulator().faults().clear();
        QCOMPARE(m_http->get(m_list).status, 200);
    }

    void truncatedBodyIsNotValidJson()
    {
        m_fixture->emulator().faults().add(Fault::truncate(m_list));
        const auto reply = m_http->get(m_list, QUrlQuery {{u"limit"_s, u"50"_s}});
        QVERIFY(!reply.isJson);
        QVERIFY(reply.error != QNetworkReply::NoError || reply.body.size() > 0);
    }

    void droppedAfterHandlingActsButGivesNoAnswer()
    {
        // The server acts (here: creates the job), then the connection closes unanswered.
        const int jobs = m_fixture->emulator().jobCount();
        const int triggered = m_fixture->emulator().faults().triggeredCount();
        // Every attempt (Qt may resend once): each one creates a job and loses the answer.
        m_fixture->emulator().faults().add(Fault::dropAfterHandling(u"/api/2.2/jobs/create"_s));
        const auto reply = m_http->post(u"/api/2.2/jobs/create"_s, {{u"name"_s, u"made, answer lost"_s}});
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        const int attempts = m_fixture->emulator().faults().triggeredCount() - triggered;
        QVERIFY(attempts >= 1);
        QCOMPARE(m_fixture->emulator().jobCount(), jobs + attempts);
        QVERIFY(m_fixture->emulator().jobIdByName(u"made, answer lost"_s) != 0);
    }

    void addedLatencyDelaysOnlyMatchingRequests()
    {
        // Ordering instead of a tight wall-clock bound (which a loaded machine or a sanitizer
        // build breaks): while the delayed answer is held back, an unmatched request and one
        // past the fault's count are answered; the delayed one comes no sooner than its latency.
        const int latencyMs = 1500;
        const int triggered = m_fixture->emulator().faults().triggeredCount();
        m_fixture->emulator().faults().add(Fault::latency(m_list, latencyMs, 1));
        QNetworkAccessManager manager;
        auto get = [&](const QString &path) {
            QUrl url = m_fixture->url();
            url.setPath(path);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_fixture->token().toUtf8());
            return manager.get(request);
        };
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> delayed(get(m_list));
        QSignalSpy served(&m_fixture->emulator(), &WorkspaceEmulator::requestServed);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->emulator().faults().triggeredCount(), triggered + 1, 20000);
        std::unique_ptr<QNetworkReply> unmatched(get(u"/api/2.1/clusters/list"_s));
        std::unique_ptr<QNetworkReply> pastCount(get(m_list));
        QTRY_VERIFY_WITH_TIMEOUT(unmatched->isFinished() && pastCount->isFinished(), 20000);
        QCOMPARE(unmatched->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(pastCount->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(!delayed->isFinished() || timer.elapsed() >= latencyMs, "the delayed answer overtook");
        QTRY_VERIFY_WITH_TIMEOUT(delayed->isFinished(), 20000);
        QCOMPARE(delayed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(timer.elapsed() >= latencyMs - 10, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_fixture->emulator().faults().triggeredCount(), triggered + 1);
        // The emulator answered the two undelayed requests first.
        QCOMPARE(served.count(), 3);
        QCOMPARE(served.last().at(1).toString(), m_list);
        QCOMPARE(served.first().at(1).toString(), u"/api/2.1/clusters/list"_s);
    }

    void faultSpecsParse()
    {
        QString error;
        auto fault = Fault::fromSpec(u"type=429,path=/api/2.2/jobs/list,count=2,retry-after=3"_s, &error);
        QVERIFY2(fault, qPrintable(error));
        QCOMPARE(fault->kind, Fault::Kind::RateLimit);
        QCOMPARE(fault->remaining, 2);
        QCOMPARE(fault->retryAfterSeconds, 3);
        fault = Fault::fromSpec(u"type=drop-after,path=/jobs/run-now,method=post"_s, &error);
        QVERIFY2(fault, qPrintable(error));
        QCOMPARE(fault->kind, Fault::Kind::DropAfterHandling);
        QCOMPARE(fault->method, QByteArray("POST"));
        fault = Fault::fromSpec(u"type=latency,ms=250"_s, &error);
        QVERIFY(fault);
        QCOMPARE(fault->latencyMs, 250);
        QVERIFY(!Fault::fromSpec(u"type=explode"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Fault::fromSpec(u"path=x"_s, &error));
    }

    void latencyIsServedInParallel()
    {
        // Six requests with 1 s of latency each are answered together: all six have reached
        // the emulator before the first answer leaves it (one after the other, the first would
        // be answered with the others still waiting). No wall-clock bound: only the order.
        const int latencyMs = 1000;
        m_fixture->emulator().setLatency(latencyMs, 0);
        const qint64 before = m_fixture->emulator().requestCount();
        qint64 receivedAtFirstAnswer = -1;
        QObject context;
        connect(&m_fixture->emulator(), &WorkspaceEmulator::requestServed, &context, [&] {
            if (receivedAtFirstAnswer < 0)
                receivedAtFirstAnswer = m_fixture->emulator().requestCount() - before;
        });
        QNetworkAccessManager manager;
        QList<QNetworkReply *> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 6; ++i) {
            QUrl url = m_fixture->url();
            url.setPath(m_list);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_fixture->token().toUtf8());
            replies.append(manager.get(request));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }),
            20000);
        const qint64 elapsed = timer.elapsed();
        m_fixture->emulator().setLatency(0, 0);
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        QVERIFY2(elapsed >= latencyMs - 10, qPrintable(QString::number(elapsed))); // a timer is never early
        QCOMPARE(receivedAtFirstAnswer, 6); // not serialised
    }

    void perEndpointRateLimits()
    {
        auto options = EmulatorFixture::smallOptions();
        options.jobs = 3;
        options.enableRateLimits = true;
        options.rateLimits = {{u"jobs/list"_s, 3.0}, {u"*"_s, 0.0}};
        EmulatorFixture limited(options);
        HttpTestClient http(limited.url(), limited.token());
        int limitedCount = 0;
        for (int i = 0; i < 8; ++i) {
            const auto reply = http.get(m_list);
            if (reply.status == 429) {
                ++limitedCount;
                QCOMPARE(reply.json.value(u"error_code").toString(), u"REQUEST_LIMIT_EXCEEDED"_s);
                QVERIFY(!reply.header("Retry-After").isEmpty());
            }
        }
        QVERIFY(limitedCount >= 3);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(http.get(u"/api/2.2/jobs/runs/list"_s).status, 200);
    }

    void emulatorThreadServesOffTheCallingThread()
    {
        auto options = EmulatorFixture::smallOptions();
        options.tokens.clear(); // demo token
        brickdesk::test::CpuTimer timer;
        auto thread = std::make_unique<EmulatorThread>(options);
        QVERIFY2(thread->start(), qPrintable(thread->errorString()));
        QVERIFY2(timer.elapsedMs() < brickdesk::test::CpuTimer::budgetMs(3000),
            qPrintable(QString::number(timer.elapsedMs())));
        QCOMPARE(thread->token(), WorkspaceEmulator::demoToken());
        QCOMPARE(thread->url().host(), u"127.0.0.1"_s);
        QVERIFY(thread->url().port() > 0);
        HttpTestClient http(thread->url(), thread->token());
        QCOMPARE(http.get(m_list).status, 200);
        thread->faults()->add(Fault::serverError(m_list, 503, 1));
        QCOMPARE(http.get(m_list).status, 503);
        const QUrl url = thread->url();
        thread.reset(); // joins
        HttpTestClient gone(url, QString());
        QCOMPARE(gone.get(m_list).status, 0);
    }

    void defaultWorkspaceSeedsQuickly()
    {
        brickdesk::test::CpuTimer timer;
        WorkspaceEmulator emulator {brickdesk::emulator::EmulatorOptions {}};
        const qint64 elapsed = timer.elapsedMs();
        qInfo("default workspace seeded in %lld ms of CPU time: %d jobs", elapsed, emulator.jobCount());
        QCOMPARE(emulator.jobCount(), 300);
        QCOMPARE(emulator.clusterIds().size(), 24);
        // 0.5 s in release; debug slack, scaled for the sanitizer build.
        QVERIFY2(elapsed < brickdesk::test::CpuTimer::budgetMs(4000), qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
