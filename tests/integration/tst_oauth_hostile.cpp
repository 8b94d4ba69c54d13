#include "auth/loopbackredirectlistener.h"
#include "auth/oauthclient.h"
#include "auth/oauthm2mcredentialsprovider.h"
#include "auth/oauthtoken.h"
#include "eventwait.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// A scripted HTTP server on 127.0.0.1: answers each request with what `answer` returns for
// its request line, and remembers every request head it saw.
class ScriptedServer final : public QTcpServer
{
public:
    using Answer = std::function<QByteArray(const QByteArray &requestLine)>;

    explicit ScriptedServer(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRead(socket); });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path = {}) const
    {
        QUrl u(u"http://127.0.0.1"_s);
        u.setPort(serverPort());
        u.setPath(path);
        return u;
    }

    QList<QByteArray> heads;

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        // Wait for the body (the token form), so that what was sent is all in `heads`.
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        heads.append(buffer.left(end + 4 + length));
        buffer.clear();
        socket->write(m_answer(head.left(head.indexOf("\r\n"))));
        socket->disconnectFromHost();
    }

    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray json(int status, const QJsonObject &body, const QByteArray &extraHeaders = {})
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(bytes.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + bytes;
}

QByteArray tokenAnswer(const QJsonValue &expiresIn = 3600)
{
    return json(200,
        {{u"access_token"_s, u"stolen-or-real"_s}, {u"token_type"_s, u"Bearer"_s},
            {u"expires_in"_s, expiresIn}});
}

// Asks the provider for a token and waits.
ApiError tokenError(CredentialsProvider &provider)
{
    ApiError error(ApiError::Kind::Timeout, u"no answer"_s);
    bool done = false;
    QObject context;
    provider.accessToken(&context, [&](const QString &, const ApiError &e) {
        error = e;
        done = true;
    });
    if (!brickdesk::test::waitFor([&] { return done; }, 15'000))
        error = ApiError(ApiError::Kind::Timeout, u"no answer"_s);
    return error;
}

int statusOf(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5'000);
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// OAuth against a hostile workspace, a hostile network and hostile web pages: discovered
// endpoints elsewhere, cross-host redirects, strange expires_in, stray redirect callbacks.
class TestOAuthHostile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void trustedEndpoints_data();
    void trustedEndpoints();
    void discoveredForeignTokenEndpointGetsNoSecret();
    void tokenRedirectToAnotherHostIsNotFollowed();
    void expiresIn_data();
    void expiresIn();
    void zeroExpiresInDoesNotFetchOnEveryCall();
    void listenerChecksStateBeforeSpendingItsCallback();
    void listenerHoldsBothLoopbackFamilies();
};

void TestOAuthHostile::trustedEndpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QStringList>("confirmed");
    QTest::addColumn<bool>("trusted");
    const QString ws = u"https://dbc-1.cloud.databricks.com"_s;
    const QString local = u"http://127.0.0.1:8080"_s;
    QTest::newRow("same host") << u"https://dbc-1.cloud.databricks.com/oidc/v1/token"_s << ws << QStringList()
                               << true;
    QTest::newRow("same host, explicit 443")
        << u"https://DBC-1.cloud.databricks.com:443/oidc/v1/token"_s << ws << QStringList() << true;
    QTest::newRow("other port") << u"https://dbc-1.cloud.databricks.com:8443/t"_s << ws << QStringList()
                                << false;
    QTest::newRow("other host") << u"https://evil.example/token"_s << ws << QStringList() << false;
    QTest::newRow("lookalike host") << u"https://dbc-1.cloud.databricks.com.evil.example/t"_s << ws
                                    << QStringList() << false;
    QTest::newRow("http same host") << u"http://dbc-1.cloud.databricks.com/oidc/v1/token"_s << ws
                                    << QStringList() << false;
    QTest::newRow("user info") << u"https://x@dbc-1.cloud.databricks.com/oidc/v1/token"_s << ws
                               << QStringList() << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << ws << QStringList() << false;
    QTest::newRow("empty") << QString() << ws << QStringList() << false;
    QTest::newRow("confirmed host") << u"https://login.example.com/token"_s << ws
                                    << QStringList {u"login.example.com"_s} << true;
    QTest::newRow("confirmed host, other port")
        << u"https://login.example.com:8443/token"_s << ws << QStringList {u"login.example.com"_s} << false;
    QTest::newRow("confirmed host:port") << u"https://login.example.com:8443/token"_s << ws
                                         << QStringList {u"login.example.com:8443"_s} << true;
    QTest::newRow("confirmed host over http")
        << u"http://login.example.com/token"_s << ws << QStringList {u"login.example.com"_s} << false;
    QTest::newRow("loopback workspace")
        << u"http://127.0.0.1:8080/oidc/v1/token"_s << local << QStringList() << true;
    QTest::newRow("loopback, other port")
        << u"http://127.0.0.1:9999/oidc/v1/token"_s << local << QStringList() << false;
    QTest::newRow("loopback endpoint, remote workspace")
        << u"http://127.0.0.1/oidc/v1/token"_s << ws << QStringList {u"127.0.0.1"_s} << false;
    QTest::newRow("remote http endpoint, loopback workspace")
        << u"http://evil.example:8080/t"_s << local << QStringList() << false;
}

void TestOAuthHostile::trustedEndpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, workspace);
    QFETCH(QStringList, confirmed);
    QFETCH(bool, trusted);
    QCOMPARE(OAuthClient::isTrustedEndpoint(QUrl(endpoint), QUrl(workspace), confirmed), trusted);
}

void TestOAuthHostile::discoveredForeignTokenEndpointGetsNoSecret()
{
    // Another origin (another port on this machine) that would happily take the secret.
    ScriptedServer collector([](const QByteArray &) { return tokenAnswer(); });
    const QUrl stealing = collector.url(u"/token"_s);
    ScriptedServer workspace([&](const QByteArray &line) {
        if (line.contains("/.well-known/oauth-authorization-server"))
            return json(200,
                {{u"token_endpoint"_s, stealing.toString()},
                    {u"authorization_endpoint"_s, stealing.resolved(QUrl(u"/auth"_s)).toString()}});
        return tokenAnswer();
    });
    OAuthM2MCredentialsProvider provider(workspace.url(), u"sp-id"_s, u"sp-very-secret"_s);
    const ApiError error = tokenError(provider);
    QCOMPARE(error.kind(), ApiError::Kind::Auth);
    QVERIFY2(error.message().contains(QString::number(collector.serverPort())), qPrintable(error.message()));
    QCOMPARE(collector.heads.size(), 0);
    QCOMPARE(provider.tokenFetches(), 0);
}

void TestOAuthHostile::tokenRedirectToAnotherHostIsNotFollowed()
{
    ScriptedServer collector([](const QByteArray &) { return tokenAnswer(); });
    ScriptedServer workspace([&](const QByteArray &line) {
        if (line.contains("/.well-known/"))
            return json(404, {});
        // 307 keeps the method and the body; the Basic credentials would follow.
        return json(307, {}, "Location: " + collector.url(u"/token"_s).toEncoded() + "\r\n");
    });
    OAuthM2MCredentialsProvider provider(workspace.url(), u"sp-id"_s, u"sp-very-secret"_s);
    const ApiError error = tokenError(provider);
    QVERIFY(error.isError());
    QCOMPARE(collector.heads.size(), 0);
    // The workspace itself did get the token request, with the credentials, once.
    QCOMPARE(workspace.heads.size(), 2);
    QVERIFY(workspace.heads.last().contains("Authorization: Basic"));
}

void TestOAuthHostile::expiresIn_data()
{
    QTest::addColumn<QJsonValue>("expiresIn");
    QTest::addColumn<qint64>("minSeconds"); // -1: no expiry
    QTest::addColumn<qint64>("maxSeconds");
    QTest::newRow("an hour") << QJsonValue(3600) << qint64(3600) << qint64(3600);
    QTest::newRow("string") << QJsonValue(u"3600"_s) << qint64(3600) << qint64(3600);
    QTest::newRow("huge") << QJsonValue(1e300) << qint64(9) * 365 * 24 * 3600 << qint64(11) * 365 * 24 * 3600;
    QTest::newRow("huge string") << QJsonValue(u"1e400"_s) << qint64(-1) << qint64(-1);
    QTest::newRow("int64 max") << QJsonValue(double(std::numeric_limits<qint64>::max()))
                               << qint64(9) * 365 * 24 * 3600 << qint64(11) * 365 * 24 * 3600;
    QTest::newRow("negative") << QJsonValue(-5) << qint64(-1) << qint64(-1);
    QTest::newRow("hugely negative") << QJsonValue(-1e300) << qint64(-1) << qint64(-1);
    QTest::newRow("zero") << QJsonValue(0) << qint64(-1) << qint64(-1);
    QTest::newRow("text") << QJsonValue(u"soon"_s) << qint64(-1) << qint64(-1);
    QTest::newRow("object") << QJsonValue(QJsonObject {{u"s"_s, 1}}) << qint64(-1) << qint64(-1);
    QTest::newRow("true") << QJsonValue(true) << qint64(-1) << qint64(-1);
}

void TestOAuthHostile::expiresIn()
{
    QFETCH(QJsonValue, expiresIn);
    QFETCH(qint64, minSeconds);
    QFETCH(qint64, maxSeconds);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const OAuthToken token
        = OAuthToken::fromJson({{u"access_token"_s, u"a"_s}, {u"expires_in"_s, expiresIn}}, now);
    QVERIFY(token.isValid());
    if (minSeconds < 0) {
        QVERIFY2(!token.expiry.isValid(), qPrintable(token.expiry.toString(Qt::ISODate)));
        QVERIFY(!token.expiresWithin(60, now)); // not fetched again on every call
    } else {
        QVERIFY(token.expiry.isValid());
        const qint64 seconds = now.secsTo(token.expiry);
        QVERIFY2(seconds >= minSeconds && seconds <= maxSeconds, qPrintable(QString::number(seconds)));
    }
}

void TestOAuthHostile::zeroExpiresInDoesNotFetchOnEveryCall()
{
    ScriptedServer workspace([](const QByteArray &line) {
        if (line.contains("/.well-known/"))
            return json(404, {});
        return tokenAnswer(0);
    });
    OAuthM2MCredentialsProvider provider(workspace.url(), u"sp-id"_s, u"sp-secret"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!tokenError(provider).isError());
    QCOMPARE(provider.tokenFetches(), 1);
}

void TestOAuthHostile::listenerChecksStateBeforeSpendingItsCallback()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(0, 0));
    listener.setExpectedState("the-real-state");
    QSignalSpy received(&listener, &LoopbackRedirectListener::callbackReceived);
    QNetworkAccessManager network;
    const auto get = [&](const QString &query) {
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(listener.port());
        url.setPath(u"/"_s);
        url.setQuery(query);
        return statusOf(network.get(QNetworkRequest(url)));
    };
    QCOMPARE(get(u"error=access_denied"_s), 400);
    QCOMPARE(get(u"error=access_denied&state=guess"_s), 400);
    QCOMPARE(get(u"code=x&state=guess"_s), 400);
    QCOMPARE(get(u"code=x"_s), 400);
    QCOMPARE(received.count(), 0);
    QCOMPARE(get(u"code=real&state=the-real-state"_s), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().value<QUrlQuery>().queryItemValue(u"code"_s), u"real"_s);
    QCOMPARE(get(u"code=again&state=the-real-state"_s), 400); // spent
    QCOMPARE(received.count(), 1);

    // An error answer with the right state ends the sign-in as before.
    LoopbackRedirectListener second;
    QVERIFY(second.listen(0, 0));
    second.setExpectedState("s2");
    QSignalSpy secondReceived(&second, &LoopbackRedirectListener::callbackReceived);
    QUrl url(u"http://127.0.0.1/?error=access_denied&state=s2"_s);
    url.setPort(second.port());
    QCOMPARE(statusOf(network.get(QNetworkRequest(url))), 200);
    QCOMPARE(secondReceived.count(), 1);
}

void TestOAuthHostile::listenerHoldsBothLoopbackFamilies()
{
    QTcpServer probe;
    // Fails rather than skips where ::1 is missing: the case is the point of the test.
    QVERIFY2(probe.listen(QHostAddress::LocalHostIPv6, 0), "no IPv6 loopback (::1) on this machine");
    const quint16 taken = probe.serverPort();
    // Someone else holds [::1]:taken; 127.0.0.1:taken is free. A browser resolving
    // localhost to ::1 would hand the code to them: that port must not be used.
    LoopbackRedirectListener refused;
    QVERIFY(!refused.listen(taken, taken));

    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(0, 0));
    QVERIFY(listener.listensOnIPv6());
    // The redirect URI says localhost: whichever family the browser picks, it reaches us.
    QNetworkAccessManager network;
    for (const QString &host : {u"127.0.0.1"_s, u"::1"_s}) {
        QUrl url(u"http://localhost/favicon.ico"_s);
        url.setHost(host);
        url.setPort(listener.port());
        QCOMPARE(statusOf(network.get(QNetworkRequest(url))), 404);
    }
}

QTEST_GUILESS_MAIN(TestOAuthHostile)
#include "tst_oauth_hostile.moc"
