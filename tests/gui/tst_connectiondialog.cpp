#include "api/apierror.h"
#include "auth/memorysecretstore.h"
#include "auth/workspacestore.h"
#include "common/prompts.h"
#include "connections/connectiondialog.h"
#include "connections/workspacelistwidget.h"
#include "emulatorfixture.h"
#include "eventqueue.h"
#include "eventwait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

// A keychain that is not there: every operation answers Unavailable with QtKeychain's
// message for a bus without an unlocked collection (environment.md).
class UnavailableSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *context, Callback done) override { answer(context, std::move(done)); }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done));
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done));
    }
    bool isPersistent() const override { return true; }

private:
    void answer(QObject *context, Callback done)
    {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            SecretResult r;
            r.status = SecretResult::Status::Unavailable;
            r.message = u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s;
            done(r);
        });
    }
};

} // namespace

// A workspace whose OAuth discovery names a sign-in service on another host (an https
// address on 127.0.0.2 where nothing listens): what a proxy or a hostile workspace may answer.
class ForeignSignInServer final : public QTcpServer
{
public:
    ForeignSignInServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->peek(1 << 16).contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QByteArray body
                        = R"({"authorization_endpoint":"https://127.0.0.2:1/oidc/v1/authorize",)"
                          R"("token_endpoint":"https://127.0.0.2:1/oidc/v1/token"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }
};

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;

    template<typename T>
    static T *find(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    static QListWidgetItem *itemNamed(QListWidget *list, const QString &prefix)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(prefix))
                return list->item(i);
        }
        return nullptr;
    }

    std::unique_ptr<ConnectionDialog> makeDialog(SecretStore *keychain = nullptr)
    {
        auto dialog = std::make_unique<ConnectionDialog>(
            m_store.get(), keychain ? keychain : m_keychain.get(), m_session.get());
        dialog->setEnvironment(m_env);
        dialog->show();
        return dialog;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_env = QProcessEnvironment();
        m_env.insert(u"HOME"_s, m_home->path());
        QFile cfg(m_home->filePath(u".databrickscfg"_s));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("[DEFAULT]\nhost = dbc-default.cloud.databricks.com\ntoken = dapi-test-token-7\n"
                  "[prod]\nhost = https://prod.cloud.databricks.com/\nclient_id = sp-1\nclient_secret = "
                  "s3cr3t-value\n"
                  "auth_type = oauth-m2m\n"
                  "[me]\nhost = https://me.cloud.databricks.com\nauth_type = databricks-cli\n"
                  "oops\n");
        cfg.close();
        m_store = std::make_unique<WorkspaceStore>(m_home->filePath(u"brickdesk.ini"_s));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<MemorySecretStore>();
    }

    void listsTheDemoWorkspaceAndEveryProfileWithItsSources()
    {
        auto dialog = makeDialog();
        auto *list = find<QListWidget>(dialog.get(), "workspaceList");
        QVERIFY(list);
        QVERIFY(itemNamed(list, u"Demo workspace"_s));
        QVERIFY(itemNamed(list, u"DEFAULT"_s));
        QVERIFY(itemNamed(list, u"prod"_s));
        QVERIFY(itemNamed(list, u"me"_s));

        list->setCurrentItem(itemNamed(list, u"prod"_s));
        auto *sources = find<QLabel>(dialog.get(), "sourcesLabel");
        QVERIFY(sources->text().contains(u"~/.databrickscfg [prod]"_s));
        QVERIFY(sources->text().contains(u"sp-1"_s));
        QVERIFY(!sources->text().contains(u"s3cr3t-value"_s));
        QCOMPARE(find<QLineEdit>(dialog.get(), "hostEdit")->text(), u"https://prod.cloud.databricks.com"_s);

        // The malformed line is shown with its number.
        auto *problems = find<QLabel>(dialog.get(), "configProblemsLabel");
        QVERIFY(problems->text().contains(u"line 12"_s));

        // Every interactive widget can be found by name.
        for (const char *name : {"addWorkspaceButton", "removeWorkspaceButton", "nameEdit", "authMethodCombo",
                 "tokenEdit", "clientIdEdit", "clientSecretEdit", "profileCombo", "sessionOnlyCheck",
                 "testConnectionButton", "saveButton", "connectButton", "moveToKeychainButton",
                 "exportProfileButton", "useSessionOnlyButton", "dialogButtons"})
            QVERIFY2(dialog->findChild<QWidget *>(QString::fromLatin1(name)), name);
    }

    void addsTestsAndSavesAPatWorkspaceWithTheTokenInTheKeychain()
    {
        test::EmulatorFixture fixture;
        auto dialog = makeDialog();
        QTest::mouseClick(find<QPushButton>(dialog.get(), "addWorkspaceButton"), Qt::LeftButton);
        find<QLineEdit>(dialog.get(), "nameEdit")->setText(u"Local"_s);
        find<QLineEdit>(dialog.get(), "hostEdit")->setText(fixture.url().toString() + u'/');
        auto *token = find<QLineEdit>(dialog.get(), "tokenEdit");
        QVERIFY(token->isVisibleTo(dialog.get()));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        token->setText(fixture.token());

        QSignalSpy tested(dialog.get(), &ConnectionDialog::testFinished);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20'000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        QVERIFY(find<QLabel>(dialog.get(), "statusLabel")->text().contains(fixture.url().toString()));

        QSignalSpy saved(dialog.get(), &ConnectionDialog::workspaceSaved);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        const WorkspaceEntry entry = m_store->workspace(saved.first().first().toString());
        QCOMPARE(entry.name, u"Local"_s);
        QCOMPARE(entry.host, fixture.url().toString());
        QVERIFY(!entry.sessionOnlySecret);
        QVERIFY(m_keychain->contains(entry.secretKey()));

        // Nothing secret in the settings file.
        m_store->sync();
        QFile settings(m_store->settingsFileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray contents = settings.readAll();
        QVERIFY(contents.contains("Local"));
        QVERIFY(!contents.contains(fixture.token().toUtf8()));

        // A saved workspace can be tested without typing the token again.
        tested.clear();
        QVERIFY(token->text().isEmpty());
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20'000));
        QCOMPARE(tested.first().at(0).toBool(), true);
    }

    void testReportsAWrongTokenInWords()
    {
        test::EmulatorFixture fixture;
        auto dialog = makeDialog();
        QTest::mouseClick(find<QPushButton>(dialog.get(), "addWorkspaceButton"), Qt::LeftButton);
        find<QLineEdit>(dialog.get(), "hostEdit")->setText(fixture.url().toString());
        find<QLineEdit>(dialog.get(), "tokenEdit")->setText(u"dapi-wrong-token"_s);
        QSignalSpy tested(dialog.get(), &ConnectionDialog::testFinished);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20'000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        const QString message = tested.first().at(1).toString();
        // 401 or, as Databricks answers an unknown token, 403: the sentence for people either way.
        QVERIFY2(message.startsWith(ApiError(ApiError::Kind::Unauthenticated, QString(), 401).userMessage())
                || message.startsWith(
                    ApiError(ApiError::Kind::PermissionDenied, QString(), 403).userMessage()),
            qPrintable(message));
        QVERIFY(!message.contains(u"dapi-wrong-token"_s));
    }

    void testReportsAnUnreachableHost()
    {
        QUrl url;
        {
            test::EmulatorFixture fixture;
            url = fixture.url();
        }
        auto dialog = makeDialog();
        QTest::mouseClick(find<QPushButton>(dialog.get(), "addWorkspaceButton"), Qt::LeftButton);
        find<QLineEdit>(dialog.get(), "hostEdit")->setText(url.toString());
        find<QLineEdit>(dialog.get(), "tokenEdit")->setText(u"dapi-test-token-1"_s);
        QSignalSpy tested(dialog.get(), &ConnectionDialog::testFinished);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(60'000));
        // A person is waiting at the dialog: a refused connection is reported after two quick
        // retries, not after the half-minute of back-off a background read gets.
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY(tested.first().at(1).toString().startsWith(
            ApiError(ApiError::Kind::Network, QString()).userMessage()));
    }

    void unavailableKeychainIsExplainedAndSessionOnlyIsOffered()
    {
        UnavailableSecretStore keychain;
        auto dialog = makeDialog(&keychain);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "addWorkspaceButton"), Qt::LeftButton);
        find<QLineEdit>(dialog.get(), "nameEdit")->setText(u"Prod"_s);
        find<QLineEdit>(dialog.get(), "hostEdit")->setText(u"prod.cloud.databricks.com"_s);
        find<QLineEdit>(dialog.get(), "tokenEdit")->setText(u"dapi-test-token-5"_s);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);

        auto *warning = find<QLabel>(dialog.get(), "keychainWarningLabel");
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"locked"_s));
        QVERIFY(warning->text().contains(u"plain-text"_s));
        QVERIFY(m_store->workspaces().isEmpty()); // nothing saved silently

        QSignalSpy saved(dialog.get(), &ConnectionDialog::workspaceSaved);
        auto *sessionOnly = find<QPushButton>(dialog.get(), "useSessionOnlyButton");
        QVERIFY(sessionOnly->isVisible());
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        const WorkspaceEntry entry = m_store->workspace(saved.first().first().toString());
        QVERIFY(entry.sessionOnlySecret);
        QCOMPARE(entry.host, u"https://prod.cloud.databricks.com"_s);
        QVERIFY(m_session->contains(entry.secretKey()));
    }

    void removingAWorkspaceDeletesItsSecrets()
    {
        WorkspaceEntry entry;
        entry.name = u"Old"_s;
        entry.host = u"https://old.cloud.databricks.com"_s;
        entry = m_store->save(entry);
        bool written = false;
        m_keychain->write(entry.secretKey(), u"dapi-test-token-6"_s, nullptr,
            [&](const SecretResult &r) { written = r.ok(); });
        QTRY_VERIFY(written);

        auto dialog = makeDialog();
        dialog->selectWorkspace(entry.id);
        QSignalSpy removed(dialog.get(), &ConnectionDialog::workspaceRemoved);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "removeWorkspaceButton"), Qt::LeftButton);
        QVERIFY(removed.wait(5000));
        QVERIFY(!m_store->contains(entry.id));
        QVERIFY(!m_keychain->contains(entry.secretKey()));
    }

    // Saves `entry` with `secret` under its key in `store` (the keychain unless given).
    WorkspaceEntry savedWithSecret(
        WorkspaceEntry entry, const QString &secret, MemorySecretStore *store = nullptr)
    {
        entry = m_store->save(entry);
        bool written = false;
        (store ? store : m_keychain.get())
            ->write(entry.secretKey(), secret, nullptr, [&](const SecretResult &r) { written = r.ok(); });
        [&] { QTRY_VERIFY(written); }();
        return entry;
    }

    QString secretAt(MemorySecretStore *store, const QString &key)
    {
        QString value;
        bool done = false;
        store->read(key, nullptr, [&](const SecretResult &r) {
            value = r.value;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return value;
    }

    // Opens the saved workspace `id` in the dialog, gives it `host` (and `token` when not
    // empty), saves, and waits until the dialog says it is saved.
    void saveWithNewHost(const QString &id, const QString &host, const QString &token = {})
    {
        auto dialog = makeDialog();
        dialog->selectWorkspace(id);
        find<QLineEdit>(dialog.get(), "hostEdit")->setText(host);
        if (!token.isEmpty())
            find<QLineEdit>(dialog.get(), "tokenEdit")->setText(token);
        QSignalSpy saved(dialog.get(), &ConnectionDialog::workspaceSaved);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_store->workspace(id).host, host);
        QVERIFY(!find<QLabel>(dialog.get(), "statusLabel")->text().contains(u"could not"_s));
    }

    void editingTheHostMovesTheSecretWithIt()
    {
        WorkspaceEntry entry;
        entry.name = u"Moved"_s;
        entry.host = u"https://old.cloud.databricks.com"_s;
        entry = savedWithSecret(entry, u"dapi-test-token-8"_s);
        saveWithNewHost(entry.id, u"https://new.cloud.databricks.com"_s);
        // Found under the new name, nothing left under the old one.
        QCOMPARE(
            secretAt(m_keychain.get(), m_store->workspace(entry.id).secretKey()), u"dapi-test-token-8"_s);
        QVERIFY(!m_keychain->contains(entry.secretKey()));
    }

    void aNewSecretWithANewHostLeavesNoOldEntry()
    {
        WorkspaceEntry entry;
        entry.name = u"Retyped"_s;
        entry.host = u"https://old2.cloud.databricks.com"_s;
        entry = savedWithSecret(entry, u"dapi-test-token-9"_s);
        saveWithNewHost(entry.id, u"https://new2.cloud.databricks.com"_s, u"dapi-test-token-10"_s);
        QCOMPARE(
            secretAt(m_keychain.get(), m_store->workspace(entry.id).secretKey()), u"dapi-test-token-10"_s);
        QVERIFY(!m_keychain->contains(entry.secretKey()));
    }

    void aRefreshTokenIsNotCarriedToAnotherHost()
    {
        WorkspaceEntry entry;
        entry.name = u"Signed in"_s;
        entry.host = u"https://old3.cloud.databricks.com"_s;
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthU2M;
        entry = savedWithSecret(entry, u"refresh-token-from-old3"_s, m_session.get());
        saveWithNewHost(entry.id, u"https://new3.cloud.databricks.com"_s);
        const QString newKey = m_store->workspace(entry.id).secretKey();
        QVERIFY(!m_session->contains(entry.secretKey()));
        QVERIFY(!m_session->contains(newKey));
        QVERIFY(!m_keychain->contains(newKey));
    }

    // Fills in a new service-principal workspace at `host` and clicks Test connection.
    std::unique_ptr<ConnectionDialog> testServicePrincipalAt(const QString &host, QSignalSpy **tested)
    {
        auto dialog = makeDialog();
        QTest::mouseClick(find<QPushButton>(dialog.get(), "addWorkspaceButton"), Qt::LeftButton);
        find<QLineEdit>(dialog.get(), "nameEdit")->setText(u"Foreign sign-in"_s);
        find<QLineEdit>(dialog.get(), "hostEdit")->setText(host);
        auto *method = find<QComboBox>(dialog.get(), "authMethodCombo");
        method->setCurrentIndex(
            method->findData(WorkspaceEntry::authMethodName(WorkspaceEntry::AuthMethod::OAuthM2M)));
        find<QLineEdit>(dialog.get(), "clientIdEdit")->setText(u"sp-1"_s);
        find<QLineEdit>(dialog.get(), "clientSecretEdit")->setText(u"not-a-real-secret"_s);
        *tested = new QSignalSpy(dialog.get(), &ConnectionDialog::testFinished);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        return dialog;
    }

    void aForeignSignInHostIsUsedOnlyOnceConfirmed()
    {
        ForeignSignInServer server;
        QString asked;
        Prompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QSignalSpy *raw = nullptr;
        auto dialog = testServicePrincipalAt(server.url(), &raw);
        std::unique_ptr<QSignalSpy> tested(raw);
        // Refused first, then asked; once trusted the test runs again and gets past the check
        // (to a host where nothing listens: a network error, not the refusal).
        QTRY_COMPARE_WITH_TIMEOUT(tested->count(), 2, 20'000);
        Prompts::setConfirmHandler({});
        QVERIFY2(asked.contains(u"127.0.0.2:1"_s), qPrintable(asked));
        QVERIFY(!tested->at(0).at(0).toBool());
        QVERIFY(!tested->at(1).at(0).toBool());
        QVERIFY2(tested->at(1).at(1).toString() != tested->at(0).at(1).toString(),
            qPrintable(tested->at(1).at(1).toString()));

        QSignalSpy saved(dialog.get(), &ConnectionDialog::workspaceSaved);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_store->workspace(saved.first().first().toString()).confirmedSignInHosts,
            QStringList {u"127.0.0.2:1"_s});
    }

    void aForeignSignInHostNotConfirmedGetsNothing()
    {
        ForeignSignInServer server;
        int asked = 0;
        Prompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &) {
            ++asked;
            return false;
        });
        QSignalSpy *raw = nullptr;
        auto dialog = testServicePrincipalAt(server.url(), &raw);
        std::unique_ptr<QSignalSpy> tested(raw);
        QTRY_COMPARE_WITH_TIMEOUT(tested->count(), 1, 20'000);
        QVERIFY(test::drainEventQueue()); // whatever the refusal queued has run
        Prompts::setConfirmHandler({});
        QCOMPARE(asked, 1);
        QCOMPARE(tested->count(), 1); // no second attempt
        QVERIFY(tested->first().at(1).toString().contains(u"127.0.0.2"_s));
    }

    void profileTokenCanBeMovedToTheKeychainWithoutTouchingTheFile()
    {
        QFile cfg(m_home->filePath(u".databrickscfg"_s));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        const QByteArray before = cfg.readAll();
        cfg.close();

        auto dialog = makeDialog();
        auto *list = find<QListWidget>(dialog.get(), "workspaceList");
        list->setCurrentItem(itemNamed(list, u"DEFAULT"_s));
        auto *move = find<QPushButton>(dialog.get(), "moveToKeychainButton");
        QVERIFY(move->isVisible());
        QSignalSpy saved(dialog.get(), &ConnectionDialog::workspaceSaved);
        QTest::mouseClick(move, Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        const WorkspaceEntry entry = m_store->workspace(saved.first().first().toString());
        QCOMPARE(entry.authMethod, WorkspaceEntry::AuthMethod::PersonalAccessToken);
        QCOMPARE(entry.host, u"https://dbc-default.cloud.databricks.com"_s);
        QVERIFY(m_keychain->contains(entry.secretKey()));

        QVERIFY(cfg.open(QIODevice::ReadOnly));
        QCOMPARE(cfg.readAll(), before);
    }

    void exportWritesHostAndAuthTypeButNoSecret()
    {
        WorkspaceEntry entry;
        entry.name = u"Team SP"_s;
        entry.host = u"https://team.cloud.databricks.com"_s;
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        entry.clientId = u"sp-team"_s;
        entry = m_store->save(entry);
        auto dialog = makeDialog();
        dialog->selectWorkspace(entry.id);
        find<QLineEdit>(dialog.get(), "clientSecretEdit")->setText(u"typed-secret-1"_s);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "exportProfileButton"), Qt::LeftButton);
        QFile cfg(m_home->filePath(u".databrickscfg"_s));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        const QByteArray after = cfg.readAll();
        QVERIFY(
            after.endsWith("\n[Team-SP]\nhost = https://team.cloud.databricks.com\nauth_type = oauth-m2m\n"));
        QVERIFY(!after.contains("typed-secret-1"));
    }

    void sidebarListsWorkspacesAndActivatesThem()
    {
        WorkspaceEntry entry;
        entry.name = u"Side"_s;
        entry.host = u"https://side.cloud.databricks.com"_s;
        entry = m_store->save(entry);
        WorkspaceListWidget sidebar(m_store.get());
        auto *list = sidebar.findChild<QListWidget *>(u"sidebarWorkspaceList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QSignalSpy activated(&sidebar, &WorkspaceListWidget::workspaceActivated);
        emit list->itemActivated(list->item(1));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<WorkspaceEntry>().id, entry.id);
        QCOMPARE(m_store->lastUsedId(), entry.id);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
