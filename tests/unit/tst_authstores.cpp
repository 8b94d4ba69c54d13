#include "auth/memorysecretstore.h"
#include "auth/oauthtoken.h"
#include "auth/pkce.h"
#include "auth/secretstore.h"
#include "auth/workspacestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;

class TestAuthStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workspaceStoreRoundTripsEntriesWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        QString id;
        {
            WorkspaceStore store(file);
            WorkspaceEntry entry;
            entry.name = QStringLiteral("Prod");
            entry.host = QStringLiteral("https://prod.cloud.databricks.com");
            entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
            entry.clientId = QStringLiteral("sp-1");
            QSignalSpy changed(&store, &WorkspaceStore::changed);
            entry = store.save(entry);
            QCOMPARE(changed.size(), 1);
            QVERIFY(!entry.id.isEmpty());
            id = entry.id;
            store.markUsed(id);
            store.setOpenWorkspaceIds({id, WorkspaceEntry::demoId()});
        }
        WorkspaceStore reopened(file);
        const QList<WorkspaceEntry> all = reopened.workspaces();
        QCOMPARE(all.size(), 1);
        const WorkspaceEntry &e = all.first();
        QCOMPARE(e.id, id);
        QCOMPARE(e.name, QStringLiteral("Prod"));
        QCOMPARE(e.authMethod, WorkspaceEntry::AuthMethod::OAuthM2M);
        QCOMPARE(e.clientId, QStringLiteral("sp-1"));
        QVERIFY(e.lastUsed.isValid());
        QCOMPARE(reopened.lastUsedId(), id);
        QCOMPARE(reopened.openWorkspaceIds(), (QStringList {id, WorkspaceEntry::demoId()}));
        QCOMPARE(e.secretKey(),
            QStringLiteral("https://prod.cloud.databricks.com|") + id + QStringLiteral("|client_secret"));

        reopened.remove(id);
        QVERIFY(reopened.workspaces().isEmpty());
        QVERIFY(reopened.lastUsedId().isEmpty());
        QCOMPARE(reopened.openWorkspaceIds(), QStringList {WorkspaceEntry::demoId()});
    }

    void secretKeysNameHostOwnerAndKind()
    {
        QCOMPARE(SecretStore::key(QStringLiteral("https://h"), QStringLiteral("prod"),
                     SecretStore::Kind::PersonalAccessToken),
            QStringLiteral("https://h|prod|pat"));
        WorkspaceEntry e;
        e.id = QStringLiteral("id-1");
        e.host = QStringLiteral("https://h");
        e.profile = QStringLiteral("me");
        e.authMethod = WorkspaceEntry::AuthMethod::OAuthU2M;
        QCOMPARE(e.secretKey(), QStringLiteral("https://h|me|refresh_token"));
    }

    void memoryStoreAnswersAsynchronouslyOnce()
    {
        MemorySecretStore store;
        int calls = 0;
        SecretResult last;
        store.write(QStringLiteral("k"), QStringLiteral("v"), nullptr, [&](const SecretResult &r) {
            ++calls;
            last = r;
        });
        QCOMPARE(calls, 0); // not from inside the call
        QTRY_COMPARE(calls, 1);
        QVERIFY(last.ok());
        store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &r) {
            ++calls;
            last = r;
        });
        QTRY_COMPARE(calls, 2);
        QCOMPARE(last.value, QStringLiteral("v"));
        store.remove(QStringLiteral("k"), nullptr, [&](const SecretResult &) { ++calls; });
        QTRY_COMPARE(calls, 3);
        store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &r) {
            ++calls;
            last = r;
        });
        QTRY_COMPARE(calls, 4);
        QCOMPARE(last.status, SecretResult::Status::NotFound);
        QTest::qWait(20);
        QCOMPARE(calls, 4);
    }

    void memoryStoreSkipsDestroyedContexts()
    {
        MemorySecretStore store;
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("k"), &context, [&](const SecretResult &) { called = true; });
        }
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void unavailableMessagesAreSentences_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no bus") << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                << QStringLiteral("No keychain service");
        QTest::newRow("no collection")
            << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
            << QStringLiteral("no login collection");
        QTest::newRow("locked") << QStringLiteral("Cannot create an item in a locked collection")
                                << QStringLiteral("locked");
        QTest::newRow("refused") << QStringLiteral("Access denied by user") << QStringLiteral("refused");
    }

    void unavailableMessagesAreSentences()
    {
        QFETCH(QString, backend);
        QFETCH(QString, expected);
        const QString message = SecretStore::unavailableMessage(backend);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("plain-text")));
        QVERIFY(message.contains(QLatin1String("this session only")));
    }

    void pkceFollowsRfc7636()
    {
        // RFC 7636 appendix B.
        QCOMPARE(Pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray verifier = Pkce::newVerifier();
        QCOMPARE(verifier.size(), 86); // 64 bytes base64url without padding
        QVERIFY(!verifier.contains('=') && !verifier.contains('+') && !verifier.contains('/'));
        QVERIFY(Pkce::newVerifier() != verifier);
        QCOMPARE(Pkce::newState().size(), 22);
    }

    void oauthTokenExpiry()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const OAuthToken token = OAuthToken::fromJson(
            {{QStringLiteral("access_token"), QStringLiteral("a")}, {QStringLiteral("expires_in"), 3600},
                {QStringLiteral("refresh_token"), QStringLiteral("r")}},
            now);
        QVERIFY(token.isValid());
        QCOMPARE(token.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(token.expiry, now.addSecs(3600));
        QVERIFY(!token.expiresWithin(300, now));
        QVERIFY(token.expiresWithin(300, now.addSecs(3301)));
        QVERIFY(token.expiresWithin(0, now.addSecs(3600)));
        const OAuthToken noExpiry
            = OAuthToken::fromJson({{QStringLiteral("access_token"), QStringLiteral("a")}}, now);
        QVERIFY(!noExpiry.expiry.isValid());
        QVERIFY(!noExpiry.expiresWithin(300, now));
    }
};

QTEST_GUILESS_MAIN(TestAuthStores)
#include "tst_authstores.moc"
