#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/oauthu2mcredentialsprovider.h"
#include "auth/workspaceentry.h"
#include "auth/workspacesession.h"
#include "emulatorfixture.h"
#include "eventqueue.h"
#include "eventwait.h"
#include "fakebrowser.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

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
    if (!brickdesk::test::waitFor([&] { return done; }, 30'000)) {
        result.status = SecretResult::Status::Failed;
        result.message = u"no answer within 30 s"_s;
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
    KeychainSecretStore store(u"brickdesk-test"_s);
    const SecretResult result = writeSecret(store, u"probe|probe|pat"_s, u"dapi-test-token-9"_s);
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
        return u"https://test.cloud.databricks.com|"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)
            + u'|' + kind;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "no D-Bus session: run inside scripts/dev.sh ctest (dbus-run-session + gnome-keyring)");
    }

    void storeReadReplaceAndDeleteAToken()
    {
        KeychainSecretStore store(u"brickdesk-test"_s);
        const QString key = uniqueKey(u"pat"_s);

        QCOMPARE(readSecret(store, key).status, SecretResult::Status::NotFound);

        SecretResult r = writeSecret(store, key, u"dapi-test-token-1"_s);
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = readSecret(store, key);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, u"dapi-test-token-1"_s);

        QVERIFY(writeSecret(store, key, u"dapi-test-token-2"_s).ok());
        QCOMPARE(readSecret(store, key).value, u"dapi-test-token-2"_s);

        QVERIFY(removeSecret(store, key).ok());
        QCOMPARE(readSecret(store, key).status, SecretResult::Status::NotFound);
        // Removing what is not there is not an error (a workspace without a saved secret).
        QVERIFY(removeSecret(store, key).ok());
    }

    void entriesAreSeparatedByKey()
    {
        KeychainSecretStore store(u"brickdesk-test"_s);
        const QString a = uniqueKey(u"pat"_s);
        const QString b = uniqueKey(u"pat"_s);
        QVERIFY(writeSecret(store, a, u"secret-a"_s).ok());
        QVERIFY(writeSecret(store, b, u"secret-b"_s).ok());
        QCOMPARE(readSecret(store, a).value, u"secret-a"_s);
        QCOMPARE(readSecret(store, b).value, u"secret-b"_s);
        QVERIFY(removeSecret(store, a).ok());
        QCOMPARE(readSecret(store, b).value, u"secret-b"_s);
        QVERIFY(removeSecret(store, b).ok());
    }

    void callbackIsNotCalledAfterItsContextIsGone()
    {
        KeychainSecretStore store(u"brickdesk-test"_s);
        bool called = false;
        {
            QObject context;
            store.read(uniqueKey(u"pat"_s), &context, [&](const SecretResult &) { called = true; });
        }
        // A later operation on the same store completes (QtKeychain runs its jobs one after the
        // other, so the first has finished by then); the first one must stay silent.
        QVERIFY(readSecret(store, uniqueKey(u"pat"_s)).status == SecretResult::Status::NotFound);
        QVERIFY(test::drainEventQueue());
        QVERIFY(!called);
    }

    void deletingAWorkspaceDeletesItsKeychainEntries()
    {
        KeychainSecretStore store(u"brickdesk-test"_s);
        WorkspaceEntry entry;
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.host = u"https://prod.cloud.databricks.com"_s;
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        QVERIFY(writeSecret(store, entry.secretKey(), u"client-secret-1"_s).ok());
        const QString patKey = SecretStore::key(entry.host, entry.id, SecretStore::Kind::PersonalAccessToken);
        QVERIFY(writeSecret(store, patKey, u"dapi-test-token-3"_s).ok());

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
        KeychainSecretStore store(u"brickdesk-test"_s);
        test::FakeBrowser browser;
        const QString key = uniqueKey(u"refresh_token"_s);
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
        QVERIFY(stored.startsWith(u"doseref-"_s));

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
        QTest::newRow("bus without a Secret Service") << u"unix:path=/nonexistent/brickdesk-bus"_s;
    }

    void noSecretServiceGivesAClearMessageAndSessionOnlyWorks()
    {
        QFETCH(QString, busAddress);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(probeVariable), u"1"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        if (busAddress.isEmpty())
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        else
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60'000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        qInfo().noquote() << "probe:" << out.simplified();
        QVERIFY2(out.contains(u"status=unavailable"_s), qPrintable(out));
        QVERIFY2(out.contains(u"plain-text file"_s), qPrintable(out));
        QVERIFY2(out.contains(u"this session only"_s), qPrintable(out));
        QVERIFY(!out.contains(u"dapi-test-token-9"_s));

        // The offered alternative: the same operations on the in-memory store.
        MemorySecretStore session;
        QVERIFY(writeSecret(session, u"k"_s, u"dapi-test-token-9"_s).ok());
        QCOMPARE(readSecret(session, u"k"_s).value, u"dapi-test-token-9"_s);
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
