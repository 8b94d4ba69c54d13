#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/oauthu2mcredentialsprovider.h"
#include "auth/workspaceentry.h"
#include "auth/workspacesession.h"
#include "emulatorfixture.h"
#include "fakebrowser.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace brickdesk;

namespace {

// Runs one SecretStore operation and waits for its single answer.
SecretResult wait(SecretStore &store, const std::function<void(SecretStore::Callback)> &start)
{
    SecretResult result;
    bool done = false;
    int calls = 0;
    start([&](const SecretResult &r) {
        result = r;
        done = true;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000)) {
        result.status = SecretResult::Status::Failed;
        result.message = QStringLiteral("no answer within 30 s");
    }
    Q_UNUSED(store);
    return result;
}

SecretResult readSecret(SecretStore &store, const QString &key)
{
    return wait(store, [&](SecretStore::Callback cb) { store.read(key, nullptr, std::move(cb)); });
}

SecretResult writeSecret(SecretStore &store, const QString &key, const QString &value)
{
    return wait(store, [&](SecretStore::Callback cb) { store.write(key, value, nullptr, std::move(cb)); });
}

SecretResult removeSecret(SecretStore &store, const QString &key)
{
    return wait(store, [&](SecretStore::Callback cb) { store.remove(key, nullptr, std::move(cb)); });
}

const char probeVariable[] = "BRICKDESK_KEYCHAIN_PROBE";

// Child-process mode: try the keychain with whatever D-Bus environment we were given and
// print the outcome, so the parent can check the unavailable path with no Secret Service.
int runProbe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store(QStringLiteral("brickdesk-test"));
    const SecretResult result
        = writeSecret(store, QStringLiteral("probe|probe|pat"), QStringLiteral("dapi-test-token-9"));
    const char *status = result.status == SecretResult::Status::Ok ? "ok"
        : result.status == SecretResult::Status::Unavailable       ? "unavailable"
        : result.status == SecretResult::Status::NotFound          ? "notfound"
                                                                   : "failed";
    std::printf("status=%s\nbackend=%s\nmessage=%s\n", status, qPrintable(result.message),
        qPrintable(SecretStore::unavailableMessage(result.message)));
    return 0;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QString uniqueKey(const QString &kind)
    {
        return QStringLiteral("https://test.cloud.databricks.com|")
            + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'|' + kind;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run inside scripts/dev.sh's with_keyring (dbus-run-session + "
                  "gnome-keyring)");
    }

    void storeReadReplaceAndDeleteAToken()
    {
        KeychainSecretStore store(QStringLiteral("brickdesk-test"));
        const QString key = uniqueKey(QStringLiteral("pat"));

        QCOMPARE(readSecret(store, key).status, SecretResult::Status::NotFound);

        SecretResult r = writeSecret(store, key, QStringLiteral("dapi-test-token-1"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = readSecret(store, key);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, QStringLiteral("dapi-test-token-1"));

        QVERIFY(writeSecret(store, key, QStringLiteral("dapi-test-token-2")).ok());
        QCOMPARE(readSecret(store, key).value, QStringLiteral("dapi-test-token-2"));

        QVERIFY(removeSecret(store, key).ok());
        QCOMPARE(readSecret(store, key).status, SecretResult::Status::NotFound);
        // Removing what is not there is not an error (a workspace without a saved secret).
        QVERIFY(removeSecret(store, key).ok());
    }

    void entriesAreSeparatedByKey()
    {
        KeychainSecretStore store(QStringLiteral("brickdesk-test"));
        const QString a = uniqueKey(QStringLiteral("pat"));
        const QString b = uniqueKey(QStringLiteral("pat"));
        QVERIFY(writeSecret(store, a, QStringLiteral("secret-a")).ok());
        QVERIFY(writeSecret(store, b, QStringLiteral("secret-b")).ok());
        QCOMPARE(readSecret(store, a).value, QStringLiteral("secret-a"));
        QCOMPARE(readSecret(store, b).value, QStringLiteral("secret-b"));
        QVERIFY(removeSecret(store, a).ok());
        QCOMPARE(readSecret(store, b).value, QStringLiteral("secret-b"));
        QVERIFY(removeSecret(store, b).ok());
    }

    void callbackIsNotCalledAfterItsContextIsGone()
    {
        KeychainSecretStore store(QStringLiteral("brickdesk-test"));
        bool called = false;
        {
            QObject context;
            store.read(
                uniqueKey(QStringLiteral("pat")), &context, [&](const SecretResult &) { called = true; });
        }
        // A later operation on the same store completes; the first one must stay silent.
        QVERIFY(readSecret(store, uniqueKey(QStringLiteral("pat"))).status == SecretResult::Status::NotFound);
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void deletingAWorkspaceDeletesItsKeychainEntries()
    {
        KeychainSecretStore store(QStringLiteral("brickdesk-test"));
        WorkspaceEntry entry;
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.host = QStringLiteral("https://prod.cloud.databricks.com");
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        QVERIFY(writeSecret(store, entry.secretKey(), QStringLiteral("client-secret-1")).ok());
        const QString patKey = SecretStore::key(entry.host, entry.id, SecretStore::Kind::PersonalAccessToken);
        QVERIFY(writeSecret(store, patKey, QStringLiteral("dapi-test-token-3")).ok());

        bool done = false;
        bool ok = false;
        QObject context;
        WorkspaceSession::forgetSecrets(entry, &store, &context, [&](bool success, const QString &) {
            ok = success;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
        QVERIFY(ok);
        QCOMPARE(readSecret(store, entry.secretKey()).status, SecretResult::Status::NotFound);
        QCOMPARE(readSecret(store, patKey).status, SecretResult::Status::NotFound);
    }

    void u2mRefreshTokenLivesInTheKeychain()
    {
        test::EmulatorFixture fixture;
        KeychainSecretStore store(QStringLiteral("brickdesk-test"));
        test::FakeBrowser browser;
        const QString key = uniqueKey(QStringLiteral("refresh_token"));
        {
            OAuthU2MCredentialsProvider provider(fixture.url(), &store, key);
            provider.setCallbackPorts(0, 0);
            provider.setOpenBrowser(browser.opener());
            QSignalSpy finished(&provider, &OAuthU2MCredentialsProvider::loginFinished);
            provider.login();
            QVERIFY(finished.wait(20'000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(store, key).ok(), 20'000);
        const QString stored = readSecret(store, key).value;
        QVERIFY(stored.startsWith(QLatin1String("doseref-")));

        // "Next start": a fresh provider refreshes from the keychain, without the browser.
        OAuthU2MCredentialsProvider again(fixture.url(), &store, key);
        again.setInteractiveLoginAllowed(false);
        QString token;
        QObject context;
        again.accessToken(&context, [&](const QString &t, const ApiError &) { token = t; });
        QTRY_VERIFY_WITH_TIMEOUT(!token.isEmpty(), 20'000);
        QCOMPARE(browser.opened(), 1);
        // The rotated refresh token replaced the old one.
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(store, key).value != stored, 20'000);
        QVERIFY(removeSecret(store, key).ok());
    }

    void noSecretServiceGivesAClearMessageAndSessionOnlyWorks_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::newRow("no session bus") << QString();
        QTest::newRow("bus without a Secret Service")
            << QStringLiteral("unix:path=/nonexistent/brickdesk-bus");
    }

    void noSecretServiceGivesAClearMessageAndSessionOnlyWorks()
    {
        QFETCH(QString, busAddress);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(probeVariable), QStringLiteral("1"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (busAddress.isEmpty())
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60'000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        qInfo().noquote() << "probe:" << out.simplified();
        QVERIFY2(out.contains(QLatin1String("status=unavailable")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("plain-text file")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("this session only")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("dapi-test-token-9")));

        // The offered alternative: the same operations on the in-memory store.
        MemorySecretStore session;
        QVERIFY(writeSecret(session, QStringLiteral("k"), QStringLiteral("dapi-test-token-9")).ok());
        QCOMPARE(readSecret(session, QStringLiteral("k")).value, QStringLiteral("dapi-test-token-9"));
        QVERIFY(!session.isPersistent());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(probeVariable))
        return runProbe(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
