#include "api/apireply.h"
#include "api/connection.h"
#include "auth/memorysecretstore.h"
#include "auth/oauthm2mcredentialsprovider.h"
#include "auth/oauthu2mcredentialsprovider.h"
#include "auth/patcredentialsprovider.h"
#include "auth/workspacesession.h"
#include "emulatorfixture.h"
#include "fakebrowser.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

// Lists one job through the connection; returns the finished reply's error.
ApiError listOneJob(Connection &connection, bool *gotJobs = nullptr)
{
    JobsListParams params;
    params.limit = 1;
    ApiReply *reply = connection.jobs().list(params);
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(20'000))
        return ApiError(ApiError::Kind::Timeout, u"no answer"_s);
    const ApiError error = reply->error();
    if (gotJobs)
        *gotJobs = !reply->json().value(u"jobs"_s).toArray().isEmpty();
    delete reply;
    return error;
}

QString tokenOf(CredentialsProvider &provider, ApiError *errorOut = nullptr)
{
    QString token;
    ApiError error;
    bool done = false;
    QObject context;
    provider.accessToken(&context, [&](const QString &t, const ApiError &e) {
        token = t;
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20'000))
        error = ApiError(ApiError::Kind::Timeout, u"no token"_s);
    if (errorOut)
        *errorOut = error;
    return token;
}

emulator::EmulatorOptions shortLivedTokens()
{
    auto options = test::EmulatorFixture::smallOptions();
    options.jobs = 5;
    options.clusters = 1;
    options.eventsPerCluster = 10;
    options.accessTokenLifetimeSeconds = 3;
    return options;
}

} // namespace

class TestAuthFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void patCallsTheApi()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        auto provider = std::make_shared<PatCredentialsProvider>(fixture.token());
        QCOMPARE(provider->authType(), u"pat"_s);
        Connection connection(fixture.url(), provider);
        bool gotJobs = false;
        const ApiError error = listOneJob(connection, &gotJobs);
        QVERIFY2(!error, qPrintable(error.toString()));
        QVERIFY(gotJobs);
    }

    void wrongPatIsUnauthenticated()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        Connection connection(fixture.url(), std::make_shared<PatCredentialsProvider>(u"dapi-wrong"_s));
        const ApiError error = listOneJob(connection);
        // Databricks answers an unknown token with 403 "Invalid access token" (401 when none is sent).
        QVERIFY2(error.kind() == ApiError::Kind::Unauthenticated
                || error.kind() == ApiError::Kind::PermissionDenied,
            qPrintable(error.toString()));
        QVERIFY(error.httpStatus() == 401 || error.httpStatus() == 403);
    }

    void m2mObtainsATokenCallsTheApiAndRefreshesBeforeExpiry()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        qint64 skewMs = 0; // how far the provider's clock is moved ahead of real time
        auto provider = std::make_shared<OAuthM2MCredentialsProvider>(
            fixture.url(), u"brickdesk-demo-sp"_s, u"brickdesk-demo-secret"_s);
        provider->setRefreshMargin(1);
        provider->setClock([&skewMs] { return QDateTime::currentDateTimeUtc().addMSecs(skewMs); });
        Connection connection(fixture.url(), provider);
        const ApiError error = listOneJob(connection);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(provider->tokenFetches(), 1);
        QCOMPARE(fixture.emulator().issuedAccessTokens(), 1);

        // Within the token's life: cached, no new token.
        QVERIFY(!listOneJob(connection));
        QCOMPARE(provider->tokenFetches(), 1);

        // Past lifetime - margin: a new token is fetched before the old one expires.
        const QDateTime firstExpiry = provider->expiry();
        skewMs = 2200;
        const ApiError again = listOneJob(connection);
        QVERIFY2(!again, qPrintable(again.toString()));
        QCOMPARE(provider->tokenFetches(), 2);
        QVERIFY(provider->expiry() > firstExpiry);
    }

    void m2mConcurrentCallersShareOneTokenRequest()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        OAuthM2MCredentialsProvider provider(
            fixture.url(), u"brickdesk-demo-sp"_s, u"brickdesk-demo-secret"_s);
        int answered = 0;
        QObject context;
        for (int i = 0; i < 5; ++i)
            provider.accessToken(
                &context, [&](const QString &token, const ApiError &) { answered += !token.isEmpty(); });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 20'000);
        QCOMPARE(provider.tokenFetches(), 1);
    }

    void m2mWrongSecretIsAnAuthError()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        OAuthM2MCredentialsProvider provider(fixture.url(), u"brickdesk-demo-sp"_s, u"wrong-secret"_s);
        ApiError error;
        QVERIFY(tokenOf(provider, &error).isEmpty());
        QCOMPARE(error.kind(), ApiError::Kind::Auth);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.errorCode(), u"invalid_client"_s);
        QVERIFY(!error.message().contains(u"wrong-secret"_s));
    }

    void unreachableHostIsANetworkError()
    {
        // A port nothing listens on: start an emulator, remember its URL, stop it.
        QUrl url;
        {
            test::EmulatorFixture fixture(shortLivedTokens());
            url = fixture.url();
        }
        OAuthM2MCredentialsProvider provider(url, u"sp"_s, u"s"_s);
        ApiError error;
        QVERIFY(tokenOf(provider, &error).isEmpty());
        QCOMPARE(error.kind(), ApiError::Kind::Network);
    }

    void u2mSignsInThroughTheBrowserCallsTheApiAndRefreshes()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        MemorySecretStore secrets;
        test::FakeBrowser browser;
        const QString key
            = SecretStore::key(fixture.url().toString(), u"ws-1"_s, SecretStore::Kind::RefreshToken);
        qint64 skewMs = 0;
        auto provider = std::make_shared<OAuthU2MCredentialsProvider>(fixture.url(), &secrets, key);
        provider->setCallbackPorts(0, 0);
        provider->setRefreshMargin(1);
        provider->setClock([&skewMs] { return QDateTime::currentDateTimeUtc().addMSecs(skewMs); });
        provider->setOpenBrowser(browser.opener());
        QSignalSpy loginFinished(provider.get(), &OAuthU2MCredentialsProvider::loginFinished);

        Connection connection(fixture.url(), provider);
        const ApiError error = listOneJob(connection);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(browser.opened(), 1);
        QCOMPARE(loginFinished.size(), 1);
        QVERIFY(!loginFinished.first().first().value<ApiError>());

        // The authorize URL is the CLI's: PKCE S256, databricks-cli, offline_access all-apis.
        const QUrlQuery query(browser.lastUrl());
        QCOMPARE(browser.lastUrl().path(), u"/oidc/v1/authorize"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), u"databricks-cli"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"offline_access all-apis"_s);
        QVERIFY(
            query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded).startsWith(u"http://localhost:"_s));

        // The refresh token went to the secret store.
        QTRY_VERIFY(secrets.contains(key));

        // After the token's life minus the margin, the next call refreshes (no browser).
        skewMs = 2200;
        const ApiError again = listOneJob(connection);
        QVERIFY2(!again, qPrintable(again.toString()));
        QCOMPARE(provider->refreshCount(), 1);
        QCOMPARE(browser.opened(), 1);
    }

    void u2mNextStartUsesTheStoredRefreshToken()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        MemorySecretStore secrets;
        test::FakeBrowser browser;
        const QString key = u"h|ws|refresh_token"_s;
        {
            OAuthU2MCredentialsProvider first(fixture.url(), &secrets, key);
            first.setCallbackPorts(0, 0);
            first.setOpenBrowser(browser.opener());
            QVERIFY(!tokenOf(first).isEmpty());
        }
        QTRY_VERIFY(secrets.contains(key));
        OAuthU2MCredentialsProvider second(fixture.url(), &secrets, key);
        second.setInteractiveLoginAllowed(false);
        ApiError error;
        QVERIFY(!tokenOf(second, &error).isEmpty());
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(second.refreshCount(), 1);
        QCOMPARE(browser.opened(), 1);
    }

    void u2mWithoutBrowserOrRefreshTokenAsksToSignIn()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        MemorySecretStore secrets;
        OAuthU2MCredentialsProvider provider(fixture.url(), &secrets, u"k"_s);
        provider.setInteractiveLoginAllowed(false);
        ApiError error;
        QVERIFY(tokenOf(provider, &error).isEmpty());
        QCOMPARE(error.kind(), ApiError::Kind::Auth);
    }

    void u2mIgnoresForeignCallbacks()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        MemorySecretStore secrets;
        OAuthU2MCredentialsProvider provider(fixture.url(), &secrets, u"k"_s);
        provider.setCallbackPorts(0, 0);
        QNetworkAccessManager network;
        test::FakeBrowser browser;
        QList<int> strayStatuses;
        const QStringList strays {u"error=access_denied"_s, u"error=access_denied&state=forged"_s,
            u"code=abc&state=forged"_s, u"code=abc"_s};
        // A web page that guessed the port answers first, with states of its own (or none):
        // neither its errors nor its codes may end or take over the sign-in. Then the user's
        // browser comes back with the real answer.
        provider.setOpenBrowser([&](const QUrl &url) {
            const QUrl redirect(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            for (const QString &stray : strays) {
                QUrl callback = redirect;
                callback.setQuery(stray);
                QNetworkReply *reply = network.get(QNetworkRequest(callback));
                QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, url] {
                    reply->deleteLater();
                    strayStatuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
                    if (strayStatuses.size() == strays.size())
                        browser.open(url);
                });
            }
        });
        ApiError error;
        QVERIFY2(!tokenOf(provider, &error).isEmpty(), qPrintable(error.toString()));
        QCOMPARE(strayStatuses, QList<int>(strays.size(), 400));
    }

    void workspaceSessionBuildsAConnectionFromTheStoredSecret()
    {
        test::EmulatorFixture fixture(shortLivedTokens());
        MemorySecretStore keychain;
        MemorySecretStore session;
        WorkspaceEntry entry;
        entry.id = u"ws-m2m"_s;
        entry.name = u"Service principal"_s;
        entry.host = fixture.url().toString();
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        entry.clientId = u"brickdesk-demo-sp"_s;
        bool written = false;
        keychain.write(entry.secretKey(), u"brickdesk-demo-secret"_s, nullptr,
            [&](const SecretResult &r) { written = r.ok(); });
        QTRY_VERIFY(written);

        WorkspaceSession ws(entry, &keychain, &session);
        QSignalSpy ready(&ws, &WorkspaceSession::ready);
        ws.open();
        QVERIFY(ready.wait(10'000));
        QCOMPARE(ws.credentials()->authType(), u"oauth-m2m"_s);
        const ApiError error = listOneJob(*ws.connection());
        QVERIFY2(!error, qPrintable(error.toString()));
    }

    void workspaceSessionReportsAMissingSecret()
    {
        MemorySecretStore keychain;
        MemorySecretStore session;
        WorkspaceEntry entry;
        entry.id = u"ws-pat"_s;
        entry.name = u"Prod"_s;
        entry.host = u"https://prod.cloud.databricks.com"_s;
        WorkspaceSession ws(entry, &keychain, &session);
        QSignalSpy failed(&ws, &WorkspaceSession::failed);
        ws.open();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"Prod"_s));
        QVERIFY(!ws.isReady());
    }
};

QTEST_GUILESS_MAIN(TestAuthFlows)
#include "tst_authflows.moc"
