#include "api/apireply.h"
#include "api/connection.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/oauthm2mcredentialsprovider.h"
#include "auth/oauthu2mcredentialsprovider.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "fakebrowser.h"
#include "manualclock.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(
            QString::fromLatin1(context.category ? context.category : "default") + u' ' + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

ApiError listJobs(Connection &connection)
{
    ApiReply *reply = connection.jobs().list();
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    finished.wait(20'000);
    const ApiError error = reply->error();
    qInfo() << "listing jobs:" << (error ? error.toString() : u"ok"_s);
    delete reply;
    return error;
}

QString tokenOf(CredentialsProvider &provider)
{
    QString token;
    bool done = false;
    QObject context;
    provider.accessToken(&context, [&](const QString &t, const ApiError &) {
        token = t;
        done = true;
    });
    if (!brickdesk::test::waitFor([&] { return done; }, 20'000))
        qWarning("no token within 20 s");
    return token;
}

} // namespace

// Proves that no secret reaches QSettings files, logs or test output: every secret used in a
// full round of PAT, M2M and U2M sign-ins, refreshes and failures is searched for in the
// settings file and in every message logged meanwhile (brickdesk.* debug output enabled).
class TestAuthNoLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // main() dropped QT_LOGGING_RULES, so these rules are the ones that count.
        QLoggingCategory::setFilterRules(u"brickdesk.auth.debug=true\nbrickdesk.api.debug=true"_s);
        QVERIFY(QLoggingCategory("brickdesk.auth").isDebugEnabled());
        previousHandler = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void noSecretInSettingsOrLogs()
    {
        auto options = test::EmulatorFixture::smallOptions();
        options.jobs = 5;
        options.clusters = 1;
        options.eventsPerCluster = 10;
        test::ManualClock clock;
        options.oauthClock = clock.msSinceEpoch();
        test::EmulatorFixture fixture(options);
        QTemporaryDir dir;
        WorkspaceStore store(dir.filePath(u"brickdesk.ini"_s));

        // The real keychain (its debug lines are scanned too): scripts/dev.sh ctest provides it.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "no D-Bus session: run inside scripts/dev.sh ctest (dbus-run-session + gnome-keyring)");
        std::unique_ptr<SecretStore> keychain = std::make_unique<KeychainSecretStore>(u"brickdesk-test"_s);
        MemorySecretStore session;

        QStringList secrets {fixture.token(), u"brickdesk-demo-secret"_s, u"wrong-secret-0123456789"_s};

        auto saveWithSecret = [&](WorkspaceEntry entry, const QString &secret) -> WorkspaceEntry {
            entry = store.save(entry);
            bool done = false;
            bool ok = false;
            keychain->write(entry.secretKey(), secret, nullptr, [&](const SecretResult &r) {
                ok = r.ok();
                done = true;
            });
            if (!brickdesk::test::waitFor([&] { return done; }, 20'000) || !ok)
                QTest::qFail("the secret could not be stored", __FILE__, __LINE__);
            return entry;
        };

        WorkspaceEntry pat;
        pat.name = u"PAT workspace"_s;
        pat.host = fixture.url().toString();
        pat = saveWithSecret(pat, fixture.token());

        WorkspaceEntry m2m;
        m2m.name = u"M2M workspace"_s;
        m2m.host = fixture.url().toString();
        m2m.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        m2m.clientId = u"brickdesk-demo-sp"_s;
        m2m = saveWithSecret(m2m, u"brickdesk-demo-secret"_s);

        for (const WorkspaceEntry &entry : {pat, m2m}) {
            WorkspaceSession ws(entry, keychain.get(), &session);
            QSignalSpy ready(&ws, &WorkspaceSession::ready);
            ws.open();
            QVERIFY(ready.wait(20'000));
            secrets.append(tokenOf(*ws.credentials()));
            QVERIFY(!listJobs(*ws.connection()));
        }

        // Failures log their reasons: still no secret.
        OAuthM2MCredentialsProvider wrong(
            fixture.url(), u"brickdesk-demo-sp"_s, u"wrong-secret-0123456789"_s);
        QVERIFY(tokenOf(wrong).isEmpty());

        // U2M: sign in, keep the refresh token, refresh after expiry.
        test::FakeBrowser browser;
        WorkspaceEntry u2m;
        u2m.name = u"U2M workspace"_s;
        u2m.host = fixture.url().toString();
        u2m.authMethod = WorkspaceEntry::AuthMethod::OAuthU2M;
        u2m = store.save(u2m);
        {
            auto provider = std::make_shared<OAuthU2MCredentialsProvider>(
                fixture.url(), keychain.get(), u2m.secretKey());
            provider->setCallbackPorts(0, 0);
            provider->setClock(clock.dateTime());
            provider->setOpenBrowser(browser.opener());
            Connection connection(fixture.url(), provider);
            QVERIFY(!listJobs(connection));
            secrets.append(tokenOf(*provider));
            clock.setNow(provider->expiry().addSecs(-60)); // within the refresh margin
            QVERIFY(!listJobs(connection));
            secrets.append(tokenOf(*provider));
            QCOMPARE(provider->refreshCount(), 1);
        }
        SecretResult refresh;
        bool read = false;
        keychain->read(u2m.secretKey(), nullptr, [&](const SecretResult &r) {
            refresh = r;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 20'000);
        QVERIFY(refresh.ok());
        secrets.append(refresh.value);

        store.sync();
        QFile settings(store.settingsFileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsBytes = settings.readAll();
        QVERIFY(settingsBytes.contains("M2M workspace")); // the file is the right one

        QString log;
        {
            QMutexLocker lock(&logMutex);
            log = capturedLog.join(u'\n');
        }
        // The debug output was really on: lines that only qCDebug writes are there, with the
        // names of what they are about (and so the chance to leak a secret beside them).
        QVERIFY2(log.contains(u"brickdesk.auth M2M token obtained for client \"brickdesk-demo-sp\""_s),
            "no M2M debug line: brickdesk.auth debug output was off");
        QVERIFY2(log.contains(u"brickdesk.auth U2M access token refreshed"_s),
            "no U2M refresh debug line: brickdesk.auth debug output was off");
        QVERIFY2(log.contains(u"brickdesk.auth requesting an OAuth token, grant"_s),
            "no token request debug line: brickdesk.auth debug output was off");
        QVERIFY2(log.contains(u"brickdesk.api -> GET /api/2.2/jobs/list"_s),
            "no request debug line: brickdesk.api debug output was off");
        QVERIFY(log.contains(u2m.secretKey())); // key names may be logged...
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 8);
            // ...values never; the message names the kind of secret, not the secret itself.
            QVERIFY2(!settingsBytes.contains(secret.toUtf8()), "a secret is in the settings file");
            QVERIFY2(!log.contains(secret), "a secret is in the log");
        }

        for (const WorkspaceEntry &entry : {pat, m2m, u2m}) {
            bool done = false;
            QObject context;
            WorkspaceSession::forgetSecrets(
                entry, keychain.get(), &context, [&](bool, const QString &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
        }
    }
};

// CTest runs every test with QT_LOGGING_RULES=brickdesk.*.debug=false, and rules from the
// environment outrank QLoggingCategory::setFilterRules(). The variable is dropped before
// QCoreApplication reads it, so this test really sees (and scans) the debug output.
int main(int argc, char *argv[])
{
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestAuthNoLeak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_authnoleak.moc"
