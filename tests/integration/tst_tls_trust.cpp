#include "api/apireply.h"
#include "api/connection.h"
#include "api/tlstrust.h"
#include "auth/statictokenprovider.h"

#include <QDir>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// A real TLS server on loopback with a certificate made for this test run: answers every
// request with an empty jobs list.
class TlsServer final : public QSslServer
{
public:
    TlsServer(const QString &certFile, const QString &keyFile)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate::fromPath(certFile).value(0));
        QFile key(keyFile);
        key.open(QIODevice::ReadOnly);
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
        setSslConfiguration(configuration);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection())) {
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    m_heads[socket] += socket->readAll();
                    if (!m_heads[socket].contains("\r\n\r\n"))
                        return;
                    m_heads.remove(socket);
                    ++requests;
                    const QByteArray body = R"({"jobs":[],"has_more":false})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        QUrl u(u"https://127.0.0.1"_s);
        u.setPort(serverPort());
        return u;
    }

    int requests = 0;

private:
    QHash<QSslSocket *, QByteArray> m_heads;
};

} // namespace

// Corporate TLS: a CA the system does not know is refused until the user trusts it (a file in
// Preferences, or the environment variables the Databricks tools read); nothing else changes.
class TestTlsTrust final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { TlsTrust::install({}, nullptr, QProcessEnvironment()); }
    void environmentVariablesTheDatabricksToolsRead();
    void refusedByDefault();
    void acceptedOnceItsCaIsTrusted();
    void acceptedFromTheEnvironment();
    void otherCertificatesStayRefused();
    void usesTheSystemProxy();

private:
    ApiError listJobs(const QUrl &url);
    bool makeCertificate(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<TlsServer> m_server;
    std::unique_ptr<TlsServer> m_other;
};

bool TestTlsTrust::makeCertificate(const QString &name)
{
    QProcess openssl;
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
            u"/CN=Brickdesk test CA %1"_s.arg(name), u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s, m_dir.filePath(name + u".key"_s),
            u"-out"_s, m_dir.filePath(name + u".pem"_s)});
    return openssl.waitForFinished(60'000) && openssl.exitStatus() == QProcess::NormalExit
        && openssl.exitCode() == 0;
}

void TestTlsTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here (Debian's libqt6network6 has one)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(makeCertificate(u"corp"_s), "openssl req failed");
    QVERIFY2(makeCertificate(u"other"_s), "openssl req failed");
    m_server = std::make_unique<TlsServer>(m_dir.filePath(u"corp.pem"_s), m_dir.filePath(u"corp.key"_s));
    m_other = std::make_unique<TlsServer>(m_dir.filePath(u"other.pem"_s), m_dir.filePath(u"other.key"_s));
    QVERIFY(m_server->isListening());
    QVERIFY(m_other->isListening());
}

ApiError TestTlsTrust::listJobs(const QUrl &url)
{
    Connection connection(url, std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s));
    connection.setRetryPolicy(RetryPolicy::none());
    ApiReply *reply = connection.jobs().list();
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(20'000))
        return ApiError(Kind::Timeout, u"no answer"_s);
    const ApiError error = reply->error();
    delete reply;
    return error;
}

void TestTlsTrust::environmentVariablesTheDatabricksToolsRead()
{
    const QString file = m_dir.filePath(u"corp.pem"_s);
    QProcessEnvironment env;
    QCOMPARE(TlsTrust::environmentCaPaths(env), QStringList());
    for (const QString &name :
        {u"SSL_CERT_FILE"_s, u"REQUESTS_CA_BUNDLE"_s, u"CURL_CA_BUNDLE"_s, u"SSL_CERT_DIR"_s}) {
        QProcessEnvironment one;
        one.insert(name, name == u"SSL_CERT_DIR"_s ? m_dir.path() : file);
        QCOMPARE(TlsTrust::environmentCaPaths(one).size(), 1);
    }
    env.insert(u"SSL_CERT_FILE"_s, m_dir.filePath(u"missing.pem"_s));
    QCOMPARE(TlsTrust::environmentCaPaths(env), QStringList());
    QStringList errors;
    QCOMPARE(TlsTrust::load({m_dir.path()}, &errors).size(), 2); // both .pem files of the directory
    QVERIFY(TlsTrust::load({m_dir.filePath(u"corp.key"_s)}, &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
}

void TestTlsTrust::refusedByDefault()
{
    QCOMPARE(TlsTrust::install({}, nullptr, QProcessEnvironment()), 0);
    const ApiError error = listJobs(m_server->url());
    QCOMPARE(error.kind(), Kind::Tls);
    QCOMPARE(m_server->requests, 0); // nothing, the token least of all, went over it
}

void TestTlsTrust::acceptedOnceItsCaIsTrusted()
{
    QStringList errors;
    QCOMPARE(TlsTrust::install({m_dir.filePath(u"corp.pem"_s)}, &errors, QProcessEnvironment()), 1);
    QVERIFY(errors.isEmpty());
    const ApiError error = listJobs(m_server->url());
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(m_server->requests, 1);
    // The system store is still there.
    QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().size() > 1
        || QSslConfiguration::systemCaCertificates().isEmpty());
}

void TestTlsTrust::acceptedFromTheEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"REQUESTS_CA_BUNDLE"_s, m_dir.filePath(u"corp.pem"_s));
    QCOMPARE(TlsTrust::install({}, nullptr, env), 1);
    const ApiError error = listJobs(m_server->url());
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
}

void TestTlsTrust::otherCertificatesStayRefused()
{
    QCOMPARE(TlsTrust::install({m_dir.filePath(u"corp.pem"_s)}, nullptr, QProcessEnvironment()), 1);
    const ApiError error = listJobs(m_other->url());
    QCOMPARE(error.kind(), Kind::Tls);
    QCOMPARE(m_other->requests, 0);
}

void TestTlsTrust::usesTheSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    TlsTrust::install({}, nullptr, QProcessEnvironment());
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tls_trust.moc"
