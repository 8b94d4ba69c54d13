#include "auth/memorysecretstore.h"
#include "auth/oauthtoken.h"
#include "auth/pkce.h"
#include "auth/secretstore.h"
#include "auth/workspacestore.h"
#include "eventqueue.h"
#include "eventwait.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestAuthStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workspaceStoreRoundTripsEntriesWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        QString id;
        {
            WorkspaceStore store(file);
            WorkspaceEntry entry;
            entry.name = u"Prod"_s;
            entry.host = u"https://prod.cloud.databricks.com"_s;
            entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
            entry.clientId = u"sp-1"_s;
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
        QCOMPARE(e.name, u"Prod"_s);
        QCOMPARE(e.authMethod, WorkspaceEntry::AuthMethod::OAuthM2M);
        QCOMPARE(e.clientId, u"sp-1"_s);
        QVERIFY(e.lastUsed.isValid());
        QCOMPARE(reopened.lastUsedId(), id);
        QCOMPARE(reopened.openWorkspaceIds(), (QStringList {id, WorkspaceEntry::demoId()}));
        QCOMPARE(e.secretKey(), u"https://prod.cloud.databricks.com|"_s + id + u"|client_secret"_s);

        reopened.remove(id);
        QVERIFY(reopened.workspaces().isEmpty());
        QVERIFY(reopened.lastUsedId().isEmpty());
        QCOMPARE(reopened.openWorkspaceIds(), QStringList {WorkspaceEntry::demoId()});
    }

    void workspaceSettingsAreTheUsersOnly()
    {
        // Hosts, names and client ids of the user's workspaces: not for other users of the
        // machine, whatever the umask (and an older, looser file is tightened).
        const mode_t previous = ::umask(022);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        const auto othersMayRead = [&] {
            return bool(QFile::permissions(file)
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther));
        };
        WorkspaceStore store(file);
        WorkspaceEntry entry;
        entry.name = u"Prod"_s;
        entry.host = u"https://prod.cloud.databricks.com"_s;
        entry = store.save(entry);
        QVERIFY(QFile::exists(file));
        QVERIFY(!othersMayRead());
        QVERIFY(QFile::setPermissions(file,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        store.markUsed(entry.id);
        QVERIFY(!othersMayRead());
        entry.name = u"Production"_s;
        store.save(entry); // a rewrite of the file keeps it so
        QVERIFY(!othersMayRead());
        QVERIFY(QFile::permissions(file) & QFileDevice::ReadOwner);
    }

    void secretKeysNameHostOwnerAndKind()
    {
        QCOMPARE(SecretStore::key(u"https://h"_s, u"prod"_s, SecretStore::Kind::PersonalAccessToken),
            u"https://h|prod|pat"_s);
        WorkspaceEntry e;
        e.id = u"id-1"_s;
        e.host = u"https://h"_s;
        e.profile = u"me"_s;
        e.authMethod = WorkspaceEntry::AuthMethod::OAuthU2M;
        QCOMPARE(e.secretKey(), u"https://h|me|refresh_token"_s);
    }

    void memoryStoreAnswersAsynchronouslyOnce()
    {
        MemorySecretStore store;
        int calls = 0;
        SecretResult last;
        store.write(u"k"_s, u"v"_s, nullptr, [&](const SecretResult &r) {
            ++calls;
            last = r;
        });
        QCOMPARE(calls, 0); // not from inside the call
        QTRY_COMPARE(calls, 1);
        QVERIFY(last.ok());
        store.read(u"k"_s, nullptr, [&](const SecretResult &r) {
            ++calls;
            last = r;
        });
        QTRY_COMPARE(calls, 2);
        QCOMPARE(last.value, u"v"_s);
        store.remove(u"k"_s, nullptr, [&](const SecretResult &) { ++calls; });
        QTRY_COMPARE(calls, 3);
        store.read(u"k"_s, nullptr, [&](const SecretResult &r) {
            ++calls;
            last = r;
        });
        QTRY_COMPARE(calls, 4);
        QCOMPARE(last.status, SecretResult::Status::NotFound);
        QVERIFY(test::drainEventQueue()); // a second answer to any call would have come by now
        QCOMPARE(calls, 4);
    }

    void memoryStoreSkipsDestroyedContexts()
    {
        MemorySecretStore store;
        bool called = false;
        {
            QObject context;
            store.read(u"k"_s, &context, [&](const SecretResult &) { called = true; });
        }
        QVERIFY(test::drainEventQueue());
        QVERIFY(!called);
    }

    void unavailableMessagesAreSentences_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no bus") << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                << u"No keychain service"_s;
        QTest::newRow("no collection")
            << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
            << u"no login collection"_s;
        QTest::newRow("locked") << u"Cannot create an item in a locked collection"_s << u"locked"_s;
        QTest::newRow("refused") << u"Access denied by user"_s << u"refused"_s;
    }

    void unavailableMessagesAreSentences()
    {
        QFETCH(QString, backend);
        QFETCH(QString, expected);
        const QString message = SecretStore::unavailableMessage(backend);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.contains(u"plain-text"_s));
        QVERIFY(message.contains(u"this session only"_s));
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
            {{u"access_token"_s, u"a"_s}, {u"expires_in"_s, 3600}, {u"refresh_token"_s, u"r"_s}}, now);
        QVERIFY(token.isValid());
        QCOMPARE(token.tokenType, u"Bearer"_s);
        QCOMPARE(token.expiry, now.addSecs(3600));
        QVERIFY(!token.expiresWithin(300, now));
        QVERIFY(token.expiresWithin(300, now.addSecs(3301)));
        QVERIFY(token.expiresWithin(0, now.addSecs(3600)));
        const OAuthToken noExpiry = OAuthToken::fromJson({{u"access_token"_s, u"a"_s}}, now);
        QVERIFY(!noExpiry.expiry.isValid());
        QVERIFY(!noExpiry.expiresWithin(300, now));
    }
};

QTEST_GUILESS_MAIN(TestAuthStores)
#include "tst_authstores.moc"
