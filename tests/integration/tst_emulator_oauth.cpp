// The emulator's OAuth endpoints: discovery, M2M client credentials, U2M with PKCE, refresh.
#include "emulatorfixture.h"
#include "httptestclient.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

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
    std::unique_ptr<EmulatorFixture> m_fixture;
    const QByteArray m_form = "application/x-www-form-urlencoded";

    // Runs the authorization request and returns the redirect's query.
    QUrlQuery authorize(HttpTestClient &http, const QString &challenge, const QString &state)
    {
        const auto reply = http.get(QStringLiteral("/oidc/v1/authorize"),
            QUrlQuery {{QStringLiteral("response_type"), QStringLiteral("code")},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")},
                {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8020")},
                {QStringLiteral("scope"), QStringLiteral("all-apis offline_access")},
                {QStringLiteral("state"), state}, {QStringLiteral("code_challenge"), challenge},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        if (reply.status != 302)
            return {};
        const QUrl location(QString::fromUtf8(reply.header("Location")));
        if (location.host() != QLatin1String("localhost") || location.port() != 8020)
            return {};
        return QUrlQuery(location);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto options = EmulatorFixture::smallOptions();
        options.accessTokenLifetimeSeconds = 2;
        m_fixture = std::make_unique<EmulatorFixture>(options);
    }

    void discoveryDocument()
    {
        HttpTestClient http(m_fixture->url(), QString());
        const auto reply = http.get(QStringLiteral("/oidc/.well-known/oauth-authorization-server"));
        QCOMPARE(reply.status, 200);
        const QString base = m_fixture->url().toString();
        QCOMPARE(reply.json.value(u"authorization_endpoint").toString(),
            base + QStringLiteral("/oidc/v1/authorize"));
        QCOMPARE(reply.json.value(u"token_endpoint").toString(), base + QStringLiteral("/oidc/v1/token"));
    }

    void machineToMachineWithBasicAuth()
    {
        HttpTestClient http(m_fixture->url(), QString());
        const QByteArray basic = "Basic " + QByteArray("brickdesk-demo-sp:brickdesk-demo-secret").toBase64();
        auto reply = http.postRaw(QStringLiteral("/oidc/v1/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("scope"), QStringLiteral("all-apis")}}),
            m_form, basic);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(reply.json.value(u"expires_in").toInt(), 2);
        QVERIFY(!reply.json.contains(u"refresh_token"));
        const QString access = reply.json.value(u"access_token").toString();
        QVERIFY(!access.isEmpty());
        HttpTestClient api(m_fixture->url(), access);
        QCOMPARE(api.get(QStringLiteral("/api/2.2/jobs/list")).status, 200);
        // the short lifetime runs out: 401, so a client refreshes
        QTRY_COMPARE_WITH_TIMEOUT(api.get(QStringLiteral("/api/2.2/jobs/list")).status, 401, 5000);
        QCOMPARE(api.get(QStringLiteral("/api/2.2/jobs/list")).json.value(u"error_code").toString(),
            QStringLiteral("UNAUTHENTICATED"));
        // wrong secret
        const QByteArray wrong = "Basic " + QByteArray("brickdesk-demo-sp:nope").toBase64();
        reply = http.postRaw(QStringLiteral("/oidc/v1/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}), m_form, wrong);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(u"error").toString(), QStringLiteral("invalid_client"));
    }

    void userToMachineWithPkceAndRefresh()
    {
        HttpTestClient http(m_fixture->url(), QString());
        const QByteArray verifier = base64url(QByteArray(64, 'v') + "brickdesk");
        const QString challenge
            = QString::fromLatin1(base64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
        const QUrlQuery redirect = authorize(http, challenge, QStringLiteral("state-123"));
        QCOMPARE(redirect.queryItemValue(QStringLiteral("state")), QStringLiteral("state-123"));
        const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        // wrong verifier fails and burns the code
        auto reply = http.postRaw(QStringLiteral("/oidc/v1/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8020")},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")},
                {QStringLiteral("code_verifier"), QStringLiteral("wrong")}}),
            m_form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error").toString(), QStringLiteral("invalid_grant"));
        // a fresh code with the right verifier
        const QString code2 = authorize(http, challenge, QStringLiteral("s2"))
                                  .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        reply = http.postRaw(QStringLiteral("/oidc/v1/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code2},
                {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8020")},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")},
                {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}}),
            m_form);
        QCOMPARE(reply.status, 200);
        const QString access = reply.json.value(u"access_token").toString();
        const QString refresh = reply.json.value(u"refresh_token").toString();
        QVERIFY(!access.isEmpty());
        QVERIFY(!refresh.isEmpty());
        HttpTestClient api(m_fixture->url(), access);
        QCOMPARE(api.get(QStringLiteral("/api/2.1/clusters/list")).status, 200);
        // the code is single-use
        reply = http.postRaw(QStringLiteral("/oidc/v1/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code2},
                {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8020")},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")},
                {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}}),
            m_form);
        QCOMPARE(reply.status, 400);
        // refresh rotates the refresh token
        reply = http.postRaw(QStringLiteral("/oidc/v1/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), refresh},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")}}),
            m_form);
        QCOMPARE(reply.status, 200);
        const QString access2 = reply.json.value(u"access_token").toString();
        QVERIFY(access2 != access);
        QVERIFY(!reply.json.value(u"refresh_token").toString().isEmpty());
        reply = http.postRaw(QStringLiteral("/oidc/v1/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), refresh},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")}}),
            m_form);
        QCOMPARE(reply.status, 400);
    }

    void authorizeRejectsBadRequests()
    {
        HttpTestClient http(m_fixture->url(), QString());
        // non-loopback redirect: answered here, no redirect
        auto reply = http.get(QStringLiteral("/oidc/v1/authorize"),
            QUrlQuery {{QStringLiteral("response_type"), QStringLiteral("code")},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")},
                {QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example.com/cb")},
                {QStringLiteral("code_challenge"), QStringLiteral("x")},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        QCOMPARE(reply.status, 400);
        // no PKCE: redirected back with an error
        reply = http.get(QStringLiteral("/oidc/v1/authorize"),
            QUrlQuery {{QStringLiteral("response_type"), QStringLiteral("code")},
                {QStringLiteral("client_id"), QStringLiteral("databricks-cli")},
                {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:8021/callback")},
                {QStringLiteral("state"), QStringLiteral("s")}});
        QCOMPARE(reply.status, 302);
        const QUrlQuery q(QUrl(QString::fromUtf8(reply.header("Location"))));
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("s"));
        // unknown client
        reply = http.get(QStringLiteral("/oidc/v1/authorize"),
            QUrlQuery {{QStringLiteral("client_id"), QStringLiteral("who")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error").toString(), QStringLiteral("invalid_client"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOAuth)
#include "tst_emulator_oauth.moc"
