// The emulator's OAuth endpoints: discovery, M2M client credentials, U2M with PKCE, refresh.
#include "emulatorfixture.h"
#include "httptestclient.h"
#include "manualclock.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;
using brickdesk::test::ManualClock;
using namespace std::chrono_literals;

namespace {
QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &item : items)
        q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    return q.toString(QUrl::FullyEncoded).toLatin1();
}
} // namespace

class TestEmulatorOAuth final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock; // the OAuth server's "now": token and code lifetimes are reached by moving it
    std::unique_ptr<EmulatorFixture> m_fixture;
    const QByteArray m_form = "application/x-www-form-urlencoded";

    // Runs the authorization request and returns the redirect's query.
    QUrlQuery authorize(HttpTestClient &http, const QString &challenge, const QString &state)
    {
        const auto reply = http.get(u"/oidc/v1/authorize"_s,
            QUrlQuery {{u"response_type"_s, u"code"_s}, {u"client_id"_s, u"databricks-cli"_s},
                {u"redirect_uri"_s, u"http://localhost:8020"_s}, {u"scope"_s, u"all-apis offline_access"_s},
                {u"state"_s, state}, {u"code_challenge"_s, challenge},
                {u"code_challenge_method"_s, u"S256"_s}});
        if (reply.status != 302)
            return {};
        const QUrl location(QString::fromUtf8(reply.header("Location")));
        if (location.host() != u"localhost"_s || location.port() != 8020)
            return {};
        return QUrlQuery(location);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto options = EmulatorFixture::smallOptions();
        options.oauthClock = m_clock.msSinceEpoch();
        m_fixture = std::make_unique<EmulatorFixture>(options);
    }

    void discoveryDocument()
    {
        HttpTestClient http(m_fixture->url(), QString());
        const auto reply = http.get(u"/oidc/.well-known/oauth-authorization-server"_s);
        QCOMPARE(reply.status, 200);
        const QString base = m_fixture->url().toString();
        QCOMPARE(reply.json.value(u"authorization_endpoint").toString(), base + u"/oidc/v1/authorize"_s);
        QCOMPARE(reply.json.value(u"token_endpoint").toString(), base + u"/oidc/v1/token"_s);
    }

    void machineToMachineWithBasicAuth()
    {
        HttpTestClient http(m_fixture->url(), QString());
        const QByteArray basic = "Basic " + QByteArray("brickdesk-demo-sp:brickdesk-demo-secret").toBase64();
        auto reply = http.postRaw(u"/oidc/v1/token"_s,
            form({{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, u"all-apis"_s}}), m_form, basic);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"token_type").toString(), u"Bearer"_s);
        QCOMPARE(reply.json.value(u"expires_in").toInt(), 3600);
        QVERIFY(!reply.json.contains(u"refresh_token"));
        const QString access = reply.json.value(u"access_token").toString();
        QVERIFY(!access.isEmpty());
        HttpTestClient api(m_fixture->url(), access);
        QCOMPARE(api.get(u"/api/2.2/jobs/list"_s).status, 200);
        // Like the service, the token is refused from 30 s before its expiry on, with 403
        // PERMISSION_DENIED (a client has to refresh before then: no 401 tells it to).
        const int refusedBefore = m_fixture->emulator().expiredTokensPresented();
        m_clock.advance(3600s - 31s);
        QCOMPARE(api.get(u"/api/2.2/jobs/list"_s).status, 200);
        m_clock.advance(1s);
        for (int i = 0; i < 2; ++i) {
            const auto refused = api.get(u"/api/2.2/jobs/list"_s);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.json.value(u"error_code").toString(), u"PERMISSION_DENIED"_s);
            QCOMPARE(refused.json.value(u"message").toString(), u"Token is expiring within 30 seconds."_s);
            m_clock.advance(1h); // long expired: the same answer
        }
        QCOMPARE(m_fixture->emulator().expiredTokensPresented(), refusedBefore + 2);
        // wrong secret
        const QByteArray wrong = "Basic " + QByteArray("brickdesk-demo-sp:nope").toBase64();
        reply = http.postRaw(
            u"/oidc/v1/token"_s, form({{u"grant_type"_s, u"client_credentials"_s}}), m_form, wrong);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(u"error").toString(), u"invalid_client"_s);
    }

    void userToMachineWithPkceAndRefresh()
    {
        HttpTestClient http(m_fixture->url(), QString());
        const QByteArray verifier = base64url(QByteArray(64, 'v') + "brickdesk");
        const QString challenge
            = QString::fromLatin1(base64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
        const QUrlQuery redirect = authorize(http, challenge, u"state-123"_s);
        QCOMPARE(redirect.queryItemValue(u"state"_s), u"state-123"_s);
        const QString code = redirect.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        // wrong verifier fails and burns the code
        auto reply = http.postRaw(u"/oidc/v1/token"_s,
            form({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code},
                {u"redirect_uri"_s, u"http://localhost:8020"_s}, {u"client_id"_s, u"databricks-cli"_s},
                {u"code_verifier"_s, u"wrong"_s}}),
            m_form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error").toString(), u"invalid_grant"_s);
        // a fresh code with the right verifier
        const QString code2
            = authorize(http, challenge, u"s2"_s).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        reply = http.postRaw(u"/oidc/v1/token"_s,
            form({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code2},
                {u"redirect_uri"_s, u"http://localhost:8020"_s}, {u"client_id"_s, u"databricks-cli"_s},
                {u"code_verifier"_s, QString::fromLatin1(verifier)}}),
            m_form);
        QCOMPARE(reply.status, 200);
        const QString access = reply.json.value(u"access_token").toString();
        const QString refresh = reply.json.value(u"refresh_token").toString();
        QVERIFY(!access.isEmpty());
        QVERIFY(!refresh.isEmpty());
        HttpTestClient api(m_fixture->url(), access);
        QCOMPARE(api.get(u"/api/2.1/clusters/list"_s).status, 200);
        // the code is single-use
        reply = http.postRaw(u"/oidc/v1/token"_s,
            form({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code2},
                {u"redirect_uri"_s, u"http://localhost:8020"_s}, {u"client_id"_s, u"databricks-cli"_s},
                {u"code_verifier"_s, QString::fromLatin1(verifier)}}),
            m_form);
        QCOMPARE(reply.status, 400);
        // refresh rotates the refresh token
        reply = http.postRaw(u"/oidc/v1/token"_s,
            form({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh},
                {u"client_id"_s, u"databricks-cli"_s}}),
            m_form);
        QCOMPARE(reply.status, 200);
        const QString access2 = reply.json.value(u"access_token").toString();
        QVERIFY(access2 != access);
        QVERIFY(!reply.json.value(u"refresh_token").toString().isEmpty());
        reply = http.postRaw(u"/oidc/v1/token"_s,
            form({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh},
                {u"client_id"_s, u"databricks-cli"_s}}),
            m_form);
        QCOMPARE(reply.status, 400);
    }

    void authorizationCodeLivesFiveMinutes()
    {
        HttpTestClient http(m_fixture->url(), QString());
        const QByteArray verifier = base64url(QByteArray(64, 'c') + "brickdesk");
        const QString challenge
            = QString::fromLatin1(base64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
        const auto exchange = [&](const QString &code) {
            return http.postRaw(u"/oidc/v1/token"_s,
                form({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code},
                    {u"redirect_uri"_s, u"http://localhost:8020"_s}, {u"client_id"_s, u"databricks-cli"_s},
                    {u"code_verifier"_s, QString::fromLatin1(verifier)}}),
                m_form);
        };
        const QString late = authorize(http, challenge, u"a"_s).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const QString inTime
            = authorize(http, challenge, u"b"_s).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        m_clock.advance(5min);
        QCOMPARE(exchange(inTime).status, 200);
        m_clock.advance(1s);
        const auto refused = exchange(late);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(u"error").toString(), u"invalid_grant"_s);
    }

    void lifetimeIsAtLeastAMinute()
    {
        // A shorter one would be refused from the start (the last 30 s are refused).
        auto options = EmulatorFixture::smallOptions();
        options.jobs = 1;
        options.clusters = 1;
        options.eventsPerCluster = 10;
        options.accessTokenLifetimeSeconds = 2;
        EmulatorFixture fixture(options);
        HttpTestClient http(fixture.url(), QString());
        const QByteArray basic = "Basic " + QByteArray("brickdesk-demo-sp:brickdesk-demo-secret").toBase64();
        const auto reply = http.postRaw(u"/oidc/v1/token"_s,
            form({{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, u"all-apis"_s}}), m_form, basic);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"expires_in").toInt(), 60);
        HttpTestClient api(fixture.url(), reply.json.value(u"access_token").toString());
        QCOMPARE(api.get(u"/api/2.2/jobs/list"_s).status, 200);
    }

    void authorizeRejectsBadRequests()
    {
        HttpTestClient http(m_fixture->url(), QString());
        // non-loopback redirect: answered here, no redirect
        auto reply = http.get(u"/oidc/v1/authorize"_s,
            QUrlQuery {{u"response_type"_s, u"code"_s}, {u"client_id"_s, u"databricks-cli"_s},
                {u"redirect_uri"_s, u"https://evil.example.com/cb"_s}, {u"code_challenge"_s, u"x"_s},
                {u"code_challenge_method"_s, u"S256"_s}});
        QCOMPARE(reply.status, 400);
        // no PKCE: redirected back with an error
        reply = http.get(u"/oidc/v1/authorize"_s,
            QUrlQuery {{u"response_type"_s, u"code"_s}, {u"client_id"_s, u"databricks-cli"_s},
                {u"redirect_uri"_s, u"http://127.0.0.1:8021/callback"_s}, {u"state"_s, u"s"_s}});
        QCOMPARE(reply.status, 302);
        const QUrlQuery q(QUrl(QString::fromUtf8(reply.header("Location"))));
        QCOMPARE(q.queryItemValue(u"error"_s), u"invalid_request"_s);
        QCOMPARE(q.queryItemValue(u"state"_s), u"s"_s);
        // unknown client
        reply = http.get(u"/oidc/v1/authorize"_s, QUrlQuery {{u"client_id"_s, u"who"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error").toString(), u"invalid_client"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOAuth)
#include "tst_emulator_oauth.moc"
