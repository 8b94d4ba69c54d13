#include "api/apireply.h"
#include "api/connection.h"
#include "auth/memorysecretstore.h"
#include "auth/oauthm2mcredentialsprovider.h"
#include "auth/oauthu2mcredentialsprovider.h"
#include "auth/patcredentialsprovider.h"
#include "auth/workspacesession.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "fakebrowser.h"
#include "manualclock.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace std::chrono_literals;

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
    if (!brickdesk::test::waitFor([&] { return done; }, 20'000))
        error = ApiError(ApiError::Kind::Timeout, u"no token"_s);
    if (errorOut)
        *errorOut = error;
    return token;
}

emulator::EmulatorOptions smallWorkspace()
{
    auto options = test::EmulatorFixture::smallOptions();
    options.jobs = 5;
    options.clusters = 1;
    options.eventsPerCluster = 10;
    return options;
}

// The same small workspace with its OAuth server on the test's clock (tokens live an hour, as
// the service's do).
emulator::EmulatorOptions onClock(const test::ManualClock &clock)
{
    auto options = smallWorkspace();
    options.oauthClock = clock.msSinceEpoch();
    return options;
}

// The emulator's service principal, signing in on the test's clock.
std::shared_ptr<OAuthM2MCredentialsProvider> demoServicePrincipal(
    test::EmulatorFixture &fixture, const test::ManualClock &clock)
{
    auto provider = std::make_shared<OAuthM2MCredentialsProvider>(
        fixture.url(), u"brickdesk-demo-sp"_s, u"brickdesk-demo-secret"_s);
    provider->setClock(clock.dateTime());
    return provider;
}

} // namespace

class TestAuthFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void patCallsTheApi()
    {
        test::EmulatorFixture fixture(smallWorkspace());
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
        test::EmulatorFixture fixture(smallWorkspace());
        Connection connection(fixture.url(), std::make_shared<PatCredentialsProvider>(u"dapi-wrong"_s));
        const ApiError error = listOneJob(connection);
        // Databricks answers an unknown token with 403 "Invalid access token" (401 when none is sent).
        QVERIFY2(error.kind() == ApiError::Kind::Unauthenticated
                || error.kind() == ApiError::Kind::PermissionDenied,
            qPrintable(error.toString()));
        QVERIFY(error.httpStatus() == 401 || error.httpStatus() == 403);
    }

    void m2mObtainsATokenCallsTheApiAndRefreshesJustBeforeExpiry()
    {
        test::ManualClock clock;
        test::EmulatorFixture fixture(onClock(clock));
        const auto provider = demoServicePrincipal(fixture, clock);
        QCOMPARE(provider->refreshMargin(), 60);
        Connection connection(fixture.url(), provider);
        const ApiError error = listOneJob(connection);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(provider->tokenFetches(), 1);
        QCOMPARE(fixture.emulator().issuedAccessTokens(), 1);
        const QDateTime firstExpiry = provider->expiry();
        QCOMPARE(firstExpiry, clock.now().addSecs(3600));

        // 61 s before expiry: still outside the margin, so the same token, not a new one.
        clock.setNow(firstExpiry.addSecs(-61));
        QVERIFY(!listOneJob(connection));
        QCOMPARE(provider->tokenFetches(), 1);

        // 60 s before: within the margin, a new token before the old one is refused.
        clock.advance(1s);
        const ApiError again = listOneJob(connection);
        QVERIFY2(!again, qPrintable(again.toString()));
        QCOMPARE(provider->tokenFetches(), 2);
        QCOMPARE(provider->expiry(), clock.now().addSecs(3600));

        // Hours later (a laptop that slept): a new token, never the expired one.
        clock.advance(5h);
        QVERIFY(!listOneJob(connection));
        QCOMPARE(provider->tokenFetches(), 3);
        QCOMPARE(fixture.emulator().issuedAccessTokens(), 3);
        QCOMPARE(fixture.emulator().expiredTokensPresented(), 0);
    }

    void m2mMarginBelowTheRefusalWindowStillNeverSendsARefusedToken()
    {
        // The service refuses a token in its last 30 s. A margin of 5 s would send it at 20 s
        // left and be refused; the provider keeps at least 45 s.
        test::ManualClock clock;
        test::EmulatorFixture fixture(onClock(clock));
        const auto provider = demoServicePrincipal(fixture, clock);
        provider->setRefreshMargin(5);
        Connection connection(fixture.url(), provider);
        QVERIFY(!listOneJob(connection));
        clock.setNow(provider->expiry().addSecs(-46));
        QVERIFY(!listOneJob(connection));
        QCOMPARE(provider->tokenFetches(), 1);
        clock.setNow(provider->expiry().addSecs(-20));
        const ApiError error = listOneJob(connection);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(provider->tokenFetches(), 2);
        QCOMPARE(fixture.emulator().expiredTokensPresented(), 0);
    }

    void expiringTokenIsRefusedAsTheServiceRefusesIt()
    {
        // What a client that sends a token in its last 30 s gets: 403 PERMISSION_DENIED (not
        // the 401 that would make it fetch a new one), reported as it is.
        test::ManualClock clock;
        test::EmulatorFixture fixture(onClock(clock));
        OAuthM2MCredentialsProvider provider(
            fixture.url(), u"brickdesk-demo-sp"_s, u"brickdesk-demo-secret"_s);
        provider.setClock(clock.dateTime());
        const QString token = tokenOf(provider);
        QVERIFY(!token.isEmpty());
        Connection connection(fixture.url(), std::make_shared<PatCredentialsProvider>(token));
        clock.setNow(provider.expiry().addSecs(-31));
        QVERIFY(!listOneJob(connection));
        clock.advance(1s);
        const ApiError refused = listOneJob(connection);
        QCOMPARE(refused.httpStatus(), 403);
        QCOMPARE(refused.kind(), ApiError::Kind::PermissionDenied);
        QCOMPARE(refused.errorCode(), u"PERMISSION_DENIED"_s);
        QCOMPARE(refused.message(), u"Token is expiring within 30 seconds."_s);
        QVERIFY(!refused.message().contains(token));
        QCOMPARE(fixture.emulator().expiredTokensPresented(), 1);
    }

    void m2mConcurrentCallersShareOneTokenRequest()
    {
        test::EmulatorFixture fixture(smallWorkspace());
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
        test::EmulatorFixture fixture(smallWorkspace());
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
            test::EmulatorFixture fixture(smallWorkspace());
            url = fixture.url();
        }
        OAuthM2MCredentialsProvider provider(url, u"sp"_s, u"s"_s);
        ApiError error;
        QVERIFY(tokenOf(provider, &error).isEmpty());
        QCOMPARE(error.kind(), ApiError::Kind::Network);
    }

    void u2mSignsInThroughTheBrowserCallsTheApiAndRefreshes()
    {
        test::ManualClock clock;
        test::EmulatorFixture fixture(onClock(clock));
        MemorySecretStore secrets;
        test::FakeBrowser browser;
        const QString key
            = SecretStore::key(fixture.url().toString(), u"ws-1"_s, SecretStore::Kind::RefreshToken);
        auto provider = std::make_shared<OAuthU2MCredentialsProvider>(fixture.url(), &secrets, key);
        provider->setCallbackPorts(0, 0);
        provider->setClock(clock.dateTime());
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

        // The access token is refreshed (no browser) 5 minutes before it expires, not sooner.
        const QDateTime expiry = provider->expiry();
        QCOMPARE(expiry, clock.now().addSecs(3600));
        clock.setNow(expiry.addSecs(-301));
        QVERIFY(!listOneJob(connection));
        QCOMPARE(provider->refreshCount(), 0);
        clock.advance(1s);
        const ApiError again = listOneJob(connection);
        QVERIFY2(!again, qPrintable(again.toString()));
        QCOMPARE(provider->refreshCount(), 1);
        QCOMPARE(provider->expiry(), clock.now().addSecs(3600));
        QCOMPARE(browser.opened(), 1);
        QCOMPARE(fixture.emulator().expiredTokensPresented(), 0);
    }

    void u2mNextStartUsesTheStoredRefreshToken()
    {
        test::EmulatorFixture fixture(smallWorkspace());
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
        test::EmulatorFixture fixture(smallWorkspace());
        MemorySecretStore secrets;
        OAuthU2MCredentialsProvider provider(fixture.url(), &secrets, u"k"_s);
        provider.setInteractiveLoginAllowed(false);
        ApiError error;
        QVERIFY(tokenOf(provider, &error).isEmpty());
        QCOMPARE(error.kind(), ApiError::Kind::Auth);
    }

    void u2mIgnoresForeignCallbacks()
    {
        test::EmulatorFixture fixture(smallWorkspace());
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
        test::EmulatorFixture fixture(smallWorkspace());
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
