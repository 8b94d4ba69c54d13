#include "api/apierror.h"
#include "api/responseparser.h"
#include "api/retrypolicy.h"

#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using Kind = ApiError::Kind;
using BodyIssue = ApiError::BodyIssue;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(brickdesk::ApiError::Kind)
Q_DECLARE_METATYPE(brickdesk::ApiError::BodyIssue)

class TestApiErrors final : public QObject
{
    Q_OBJECT

private slots:
    void mapsResponses_data();
    void mapsResponses();
    void keepsServerFieldsAndRequest();
    void extractsPreFromHtml();
    void htmlEntitiesNeverBecomeMarkup();
    void parsesRetryAfter();
    void userMessagesAreDistinctAndPlain();
    void retryDecisions_data();
    void retryDecisions();
    void backoffGrowsJittersAndHonoursRetryAfter();
};

void TestApiErrors::mapsResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<BodyIssue>("issue");
    QTest::addColumn<QString>("code");

    const QByteArray json = "application/json";
    const QByteArray html = "text/html; charset=utf-8";
    const int ok = QNetworkReply::NoError;
    const int notFoundNe = QNetworkReply::ContentNotFoundError;

    QTest::newRow("200 object") << 200 << ok << json << QByteArray(R"({"jobs":[]})") << false << Kind::None
                                << BodyIssue::None << QString();
    QTest::newRow("200 empty body") << 200 << ok << json << QByteArray() << false << Kind::None
                                    << BodyIssue::None << QString();
    QTest::newRow("200 html page") << 200 << ok << html
                                   << QByteArray("<!DOCTYPE html><html><title>Sign in</title></html>")
                                   << false << Kind::BadResponse << BodyIssue::Html << QString();
    QTest::newRow("200 truncated json")
        << 200 << ok << json << QByteArray(R"({"jobs":[{"job_id":1,"settings":{"na)") << false
        << Kind::BadResponse << BodyIssue::Truncated << QString();
    QTest::newRow("200 truncated number") << 200 << ok << json << QByteArray(R"({"job_id":12)") << false
                                          << Kind::BadResponse << BodyIssue::Truncated << QString();
    QTest::newRow("200 plain text") << 200 << ok << QByteArray("text/plain") << QByteArray("hello there")
                                    << false << Kind::BadResponse << BodyIssue::NotJson << QString();
    QTest::newRow("200 json array") << 200 << ok << json << QByteArray("[1,2]") << false << Kind::BadResponse
                                    << BodyIssue::Unexpected << QString();
    QTest::newRow("400 does not exist -> NotFound")
        << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << json
        << QByteArray(R"({"error_code":"INVALID_PARAMETER_VALUE","message":"Job 42 does not exist."})")
        << false << Kind::NotFound << BodyIssue::None << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("400 invalid value")
        << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << json
        << QByteArray(R"({"error_code":"INVALID_PARAMETER_VALUE","message":"limit"})") << false
        << Kind::BadRequest << BodyIssue::None << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("400 code wins: RESOURCE_EXHAUSTED")
        << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << json
        << QByteArray(R"({"error_code":"RESOURCE_EXHAUSTED","message":"slow down"})") << false
        << Kind::RateLimited << BodyIssue::None << u"RESOURCE_EXHAUSTED"_s;
    QTest::newRow("401") << 401 << int(QNetworkReply::AuthenticationRequiredError) << json
                         << QByteArray(R"({"error_code":"UNAUTHENTICATED","message":"bad token"})") << false
                         << Kind::Unauthenticated << BodyIssue::None << u"UNAUTHENTICATED"_s;
    QTest::newRow("403") << 403 << int(QNetworkReply::ContentAccessDenied) << json
                         << QByteArray(R"({"error_code":"PERMISSION_DENIED","message":"no"})") << false
                         << Kind::PermissionDenied << BodyIssue::None << u"PERMISSION_DENIED"_s;
    QTest::newRow("404 resource") << 404 << notFoundNe << json
                                  << QByteArray(
                                         R"({"error_code":"RESOURCE_DOES_NOT_EXIST","message":"gone"})")
                                  << false << Kind::NotFound << BodyIssue::None
                                  << u"RESOURCE_DOES_NOT_EXIST"_s;
    QTest::newRow("409") << 409 << int(QNetworkReply::ContentConflictError) << json
                         << QByteArray(R"({"error_code":"RESOURCE_ALREADY_EXISTS","message":"dup"})") << false
                         << Kind::Conflict << BodyIssue::None << u"RESOURCE_ALREADY_EXISTS"_s;
    QTest::newRow("429") << 429 << int(QNetworkReply::UnknownContentError) << json
                         << QByteArray(R"({"error_code":"REQUEST_LIMIT_EXCEEDED","message":"rate"})") << false
                         << Kind::RateLimited << BodyIssue::None << u"REQUEST_LIMIT_EXCEEDED"_s;
    QTest::newRow("500") << 500 << int(QNetworkReply::InternalServerError) << json
                         << QByteArray(R"({"error_code":"INTERNAL_ERROR","message":"boom"})") << false
                         << Kind::Server << BodyIssue::None << u"INTERNAL_ERROR"_s;
    QTest::newRow("500 legacy error field")
        << 500 << int(QNetworkReply::InternalServerError) << json << QByteArray(R"({"error":"legacy"})")
        << false << Kind::Server << BodyIssue::None << QString();
    QTest::newRow("502 html proxy page")
        << 502 << int(QNetworkReply::UnknownServerError) << html
        << QByteArray(
               "<html><head><title>502</title></head><body><pre>upstream timed out</pre></body></html>")
        << false << Kind::Server << BodyIssue::Html << QString();
    QTest::newRow("502 empty") << 502 << int(QNetworkReply::UnknownServerError) << QByteArray()
                               << QByteArray() << false << Kind::Server << BodyIssue::None << QString();
    QTest::newRow("503") << 503 << int(QNetworkReply::ServiceUnavailableError) << json
                         << QByteArray(R"({"error_code":"TEMPORARILY_UNAVAILABLE","message":"later"})")
                         << false << Kind::Unavailable << BodyIssue::None << u"TEMPORARILY_UNAVAILABLE"_s;
    QTest::newRow("504") << 504 << int(QNetworkReply::UnknownServerError) << json << QByteArray("{}") << false
                         << Kind::Server << BodyIssue::None << QString();
    QTest::newRow("400 plain CODE: message")
        << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << QByteArray("text/plain")
        << QByteArray("FEATURE_DISABLED: Jobs are not enabled") << false << Kind::NotFound
        << BodyIssue::NotJson << u"FEATURE_DISABLED"_s;
    QTest::newRow("numeric error_code") << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << json
                                        << QByteArray(R"({"error_code":123,"message":"x"})") << false
                                        << Kind::BadRequest << BodyIssue::None << u"123"_s;
    QTest::newRow("connection refused")
        << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray() << QByteArray() << false
        << Kind::Network << BodyIssue::None << QString();
    QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << QByteArray()
                                    << QByteArray() << false << Kind::Network << BodyIssue::None << QString();
    QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray() << QByteArray()
                         << false << Kind::Tls << BodyIssue::None << QString();
    QTest::newRow("our timeout") << 0 << int(QNetworkReply::OperationCanceledError) << QByteArray()
                                 << QByteArray() << true << Kind::Timeout << BodyIssue::None << QString();
    QTest::newRow("dropped mid-body")
        << 200 << int(QNetworkReply::RemoteHostClosedError) << json << QByteArray(R"({"jobs":[)") << false
        << Kind::Network << BodyIssue::None << QString();
}

void TestApiErrors::mapsResponses()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, timedOut);
    QFETCH(Kind, kind);
    QFETCH(BodyIssue, issue);
    QFETCH(QString, code);

    ResponseParser::Raw raw;
    raw.httpStatus = status;
    raw.networkError = networkError;
    raw.networkErrorString = u"stack says no"_s;
    raw.reasonPhrase = "Reason";
    raw.contentType = contentType;
    raw.body = body;
    raw.timedOut = timedOut;
    const auto result = ResponseParser::parse(raw, u"GET /api/2.2/jobs/list"_s);
    QCOMPARE(result.error.kind(), kind);
    QCOMPARE(result.error.bodyIssue(), issue);
    QCOMPARE(result.error.errorCode(), code);
    if (kind != Kind::None) {
        QCOMPARE(result.error.requestDescription(), u"GET /api/2.2/jobs/list"_s);
        QVERIFY(!result.error.userMessage().isEmpty());
        QVERIFY(!result.error.message().isEmpty());
        QVERIFY(result.json.isEmpty());
    }
}

void TestApiErrors::keepsServerFieldsAndRequest()
{
    ResponseParser::Raw raw;
    raw.httpStatus = 429;
    raw.retryAfter = "7";
    raw.body = R"({"error_code":"REQUEST_LIMIT_EXCEEDED","message":"Too many","details":[{"@type":"x"}]})";
    const auto result = ResponseParser::parse(raw, u"POST /api/2.2/jobs/run-now"_s);
    QCOMPARE(result.error.httpStatus(), 429);
    QCOMPARE(result.error.message(), u"Too many"_s);
    QCOMPARE(result.error.retryAfterSeconds(), 7);
    QCOMPARE(result.error.details().size(), 1);
    QCOMPARE(result.error.toString(),
        u"RateLimited HTTP 429 REQUEST_LIMIT_EXCEEDED (POST /api/2.2/jobs/run-now): Too many"_s);

    raw = {};
    raw.httpStatus = 200;
    raw.body = R"({"job_id": 931844287868435, "x": {"unknown": [1, "two"]}})";
    const auto ok = ResponseParser::parse(raw, {});
    QVERIFY(!ok.error.isError());
    QCOMPARE(ok.json.value(u"job_id"_s).toInteger(), Q_INT64_C(931844287868435));
}

void TestApiErrors::extractsPreFromHtml()
{
    QCOMPARE(
        ResponseParser::htmlText("<html><body><h1>Bad Gateway</h1><pre>  upstream &amp; \n proxy </pre>"),
        u"upstream & proxy"_s);
    QCOMPARE(ResponseParser::htmlText("<html><head><title>Login</title></head></html>"), u"Login"_s);
    QCOMPARE(ResponseParser::htmlText("<div>just <b>text</b></div>"), u"just text"_s);
    QVERIFY(ResponseParser::htmlText(QByteArray(5000, 'a')).size() <= 300);
}

void TestApiErrors::htmlEntitiesNeverBecomeMarkup()
{
    // Escaped markup on a proxy's error page stays escaped: decoding it would hand tags to any
    // widget that guesses rich text.
    const QString text = ResponseParser::htmlText(
        "<html><body><pre>&lt;b&gt;bold&lt;/b&gt; &lt;img src=x&gt; &amp;lt;i&amp;gt;</pre></body></html>");
    QVERIFY2(!text.contains(u'<') && !text.contains(u'>'), qPrintable(text));
    QCOMPARE(text, u"&lt;b&gt;bold&lt;/b&gt; &lt;img src=x&gt; &lt;i&gt;"_s);
    ResponseParser::Raw raw;
    raw.httpStatus = 502;
    raw.contentType = "text/html";
    raw.body = "<html><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></html>";
    const auto result = ResponseParser::parse(raw, u"GET /api/2.2/jobs/list"_s);
    QVERIFY(!result.error.message().contains(u'<'));
    QVERIFY(!result.error.userMessage().contains(u"<script"_s));
}

void TestApiErrors::parsesRetryAfter()
{
    QCOMPARE(ResponseParser::parseRetryAfter("3"), 3);
    QCOMPARE(ResponseParser::parseRetryAfter(" 0 "), 0);
    QCOMPARE(ResponseParser::parseRetryAfter(""), -1);
    QCOMPARE(ResponseParser::parseRetryAfter("soon"), -1);
    QCOMPARE(ResponseParser::parseRetryAfter("-4"), -1);
    // Shorter than " GMT" (found by the fuzzer: chopping it asserted, and is undefined in release).
    QCOMPARE(ResponseParser::parseRetryAfter("ab"), -1);
    QCOMPARE(ResponseParser::parseRetryAfter("x"), -1);
    QCOMPARE(ResponseParser::parseRetryAfter("GMT"), -1);
    const QByteArray date
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addSecs(30), u"ddd, dd MMM yyyy HH:mm:ss"_s)
              .toLatin1()
        + " GMT";
    const int seconds = ResponseParser::parseRetryAfter(date);
    QVERIFY2(seconds >= 28 && seconds <= 30, qPrintable(QString::number(seconds)));
}

void TestApiErrors::userMessagesAreDistinctAndPlain()
{
    QList<ApiError> errors;
    errors << ApiError(Kind::Network, u"Connection refused"_s);
    errors << ApiError(Kind::Timeout, {});
    errors << ApiError(Kind::Tls, u"certificate expired"_s);
    errors << ApiError(Kind::InsecureHost, {});
    ApiError html(Kind::BadResponse, u"Login"_s);
    html.setBodyIssue(BodyIssue::Html);
    ApiError truncated(Kind::BadResponse, {});
    truncated.setBodyIssue(BodyIssue::Truncated);
    ApiError notJson(Kind::BadResponse, u"hello"_s);
    notJson.setBodyIssue(BodyIssue::NotJson);
    errors << html << truncated << notJson;
    for (Kind kind : {Kind::Unauthenticated, Kind::PermissionDenied, Kind::NotFound, Kind::BadRequest,
             Kind::Conflict, Kind::RateLimited, Kind::Server, Kind::Unavailable, Kind::Auth, Kind::Cancelled})
        errors << ApiError(kind, {});
    QSet<QString> seen;
    for (const ApiError &error : errors) {
        const QString text = error.userMessage();
        QVERIFY2(!text.isEmpty(), qPrintable(ApiError::kindName(error.kind())));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    QVERIFY(html.userMessage().contains(u"web page"_s));
    QVERIFY(html.userMessage().contains(u"Login"_s));
    QCOMPARE(ApiError().userMessage(), QString());
}

void TestApiErrors::retryDecisions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("retrySafe");
    QTest::addColumn<bool>("retry");
    const int none = 0;
    QTest::newRow("429 GET") << int(Kind::RateLimited) << none << true << true;
    QTest::newRow("429 unsafe POST") << int(Kind::RateLimited) << none << false << true;
    QTest::newRow("503 GET") << int(Kind::Unavailable) << none << true << true;
    QTest::newRow("503 unsafe POST") << int(Kind::Unavailable) << none << false << false;
    QTest::newRow("500 GET") << int(Kind::Server) << none << true << false;
    QTest::newRow("404") << int(Kind::NotFound) << none << true << false;
    QTest::newRow("reset GET") << int(Kind::Network) << int(QNetworkReply::RemoteHostClosedError) << true
                               << true;
    QTest::newRow("reset unsafe POST")
        << int(Kind::Network) << int(QNetworkReply::RemoteHostClosedError) << false << false;
    QTest::newRow("refused GET") << int(Kind::Network) << int(QNetworkReply::ConnectionRefusedError) << true
                                 << true;
    QTest::newRow("unknown host") << int(Kind::Network) << int(QNetworkReply::HostNotFoundError) << true
                                  << false;
    QTest::newRow("timeout GET") << int(Kind::Timeout) << none << true << true;
    QTest::newRow("tls") << int(Kind::Tls) << int(QNetworkReply::SslHandshakeFailedError) << true << false;
    QTest::newRow("bad response") << int(Kind::BadResponse) << none << true << false;
    QTest::newRow("cancelled") << int(Kind::Cancelled) << none << true << false;
}

void TestApiErrors::retryDecisions()
{
    QFETCH(int, kind);
    QFETCH(int, networkError);
    QFETCH(bool, retrySafe);
    QFETCH(bool, retry);
    ApiError error(Kind(kind), u"x"_s);
    error.setNetworkError(networkError);
    QCOMPARE(RetryPolicy().shouldRetry(error, retrySafe), retry);
}

void TestApiErrors::backoffGrowsJittersAndHonoursRetryAfter()
{
    RetryPolicy policy;
    policy.initialBackoff = 100ms;
    policy.maxBackoff = 3000ms;
    QSet<qint64> distinct;
    for (int i = 0; i < 50; ++i) {
        const auto first = policy.backoff(1);
        QVERIFY(first >= 50ms && first <= 100ms);
        distinct.insert(first.count());
        const auto third = policy.backoff(3);
        QVERIFY(third >= 200ms && third <= 400ms);
        const auto capped = policy.backoff(12);
        QVERIFY(capped >= 1500ms && capped <= 3000ms);
        const auto asked = policy.backoff(1, 2);
        QVERIFY2(asked >= 2000ms && asked <= 2200ms, qPrintable(QString::number(asked.count())));
        // As the server asked, even above maxBackoff: the total budget decides, not a cap.
        QCOMPARE(policy.backoff(1, 40), 40'000ms);
        QCOMPARE(policy.backoff(12, 600), 600'000ms);
    }
    QVERIFY2(distinct.size() > 5, "backoff is jittered");
    QCOMPARE(policy.maxBackoffFor(2), 200ms);
    QCOMPARE(policy.maxBackoffFor(2, 40), 40'000ms);
    policy.honourRetryAfter = false;
    QVERIFY(policy.backoff(1, 2) <= 100ms);
    QCOMPARE(RetryPolicy::none().maxAttempts, 1);
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_api_errors.moc"
