#include "api/apierror.h"
#include "auth/memorysecretstore.h"
#include "auth/workspacestore.h"
#include "connections/connectiondialog.h"
#include "connections/workspacelistwidget.h"
#include "emulatorfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
            r.message
                = QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”");
            done(r);
        });
    }
};

} // namespace

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
        m_env.insert(QStringLiteral("HOME"), m_home->path());
        QFile cfg(m_home->filePath(QStringLiteral(".databrickscfg")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("[DEFAULT]\nhost = dbc-default.cloud.databricks.com\ntoken = dapi-test-token-7\n"
                  "[prod]\nhost = https://prod.cloud.databricks.com/\nclient_id = sp-1\nclient_secret = "
                  "s3cr3t-value\n"
                  "auth_type = oauth-m2m\n"
                  "[me]\nhost = https://me.cloud.databricks.com\nauth_type = databricks-cli\n"
                  "oops\n");
        cfg.close();
        m_store = std::make_unique<WorkspaceStore>(m_home->filePath(QStringLiteral("brickdesk.ini")));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<MemorySecretStore>();
    }

    void listsTheDemoWorkspaceAndEveryProfileWithItsSources()
    {
        auto dialog = makeDialog();
        auto *list = find<QListWidget>(dialog.get(), "workspaceList");
        QVERIFY(list);
        QVERIFY(itemNamed(list, QStringLiteral("Demo workspace")));
        QVERIFY(itemNamed(list, QStringLiteral("DEFAULT")));
        QVERIFY(itemNamed(list, QStringLiteral("prod")));
        QVERIFY(itemNamed(list, QStringLiteral("me")));

        list->setCurrentItem(itemNamed(list, QStringLiteral("prod")));
        auto *sources = find<QLabel>(dialog.get(), "sourcesLabel");
        QVERIFY(sources->text().contains(QStringLiteral("~/.databrickscfg [prod]")));
        QVERIFY(sources->text().contains(QStringLiteral("sp-1")));
        QVERIFY(!sources->text().contains(QStringLiteral("s3cr3t-value")));
        QCOMPARE(find<QLineEdit>(dialog.get(), "hostEdit")->text(),
            QStringLiteral("https://prod.cloud.databricks.com"));

        // The malformed line is shown with its number.
        auto *problems = find<QLabel>(dialog.get(), "configProblemsLabel");
        QVERIFY(problems->text().contains(QStringLiteral("line 12")));

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
        find<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Local"));
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
        QCOMPARE(entry.name, QStringLiteral("Local"));
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
        find<QLineEdit>(dialog.get(), "tokenEdit")->setText(QStringLiteral("dapi-wrong-token"));
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
        QVERIFY(!message.contains(QLatin1String("dapi-wrong-token")));
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
        find<QLineEdit>(dialog.get(), "tokenEdit")->setText(QStringLiteral("dapi-test-token-1"));
        QSignalSpy tested(dialog.get(), &ConnectionDialog::testFinished);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(60'000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY(tested.first().at(1).toString().startsWith(
            ApiError(ApiError::Kind::Network, QString()).userMessage()));
    }

    void unavailableKeychainIsExplainedAndSessionOnlyIsOffered()
    {
        UnavailableSecretStore keychain;
        auto dialog = makeDialog(&keychain);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "addWorkspaceButton"), Qt::LeftButton);
        find<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Prod"));
        find<QLineEdit>(dialog.get(), "hostEdit")->setText(QStringLiteral("prod.cloud.databricks.com"));
        find<QLineEdit>(dialog.get(), "tokenEdit")->setText(QStringLiteral("dapi-test-token-5"));
        QTest::mouseClick(find<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);

        auto *warning = find<QLabel>(dialog.get(), "keychainWarningLabel");
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("locked")));
        QVERIFY(warning->text().contains(QLatin1String("plain-text")));
        QVERIFY(m_store->workspaces().isEmpty()); // nothing saved silently

        QSignalSpy saved(dialog.get(), &ConnectionDialog::workspaceSaved);
        auto *sessionOnly = find<QPushButton>(dialog.get(), "useSessionOnlyButton");
        QVERIFY(sessionOnly->isVisible());
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        const WorkspaceEntry entry = m_store->workspace(saved.first().first().toString());
        QVERIFY(entry.sessionOnlySecret);
        QCOMPARE(entry.host, QStringLiteral("https://prod.cloud.databricks.com"));
        QVERIFY(m_session->contains(entry.secretKey()));
    }

    void removingAWorkspaceDeletesItsSecrets()
    {
        WorkspaceEntry entry;
        entry.name = QStringLiteral("Old");
        entry.host = QStringLiteral("https://old.cloud.databricks.com");
        entry = m_store->save(entry);
        bool written = false;
        m_keychain->write(entry.secretKey(), QStringLiteral("dapi-test-token-6"), nullptr,
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

    void profileTokenCanBeMovedToTheKeychainWithoutTouchingTheFile()
    {
        QFile cfg(m_home->filePath(QStringLiteral(".databrickscfg")));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        const QByteArray before = cfg.readAll();
        cfg.close();

        auto dialog = makeDialog();
        auto *list = find<QListWidget>(dialog.get(), "workspaceList");
        list->setCurrentItem(itemNamed(list, QStringLiteral("DEFAULT")));
        auto *move = find<QPushButton>(dialog.get(), "moveToKeychainButton");
        QVERIFY(move->isVisible());
        QSignalSpy saved(dialog.get(), &ConnectionDialog::workspaceSaved);
        QTest::mouseClick(move, Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        const WorkspaceEntry entry = m_store->workspace(saved.first().first().toString());
        QCOMPARE(entry.authMethod, WorkspaceEntry::AuthMethod::PersonalAccessToken);
        QCOMPARE(entry.host, QStringLiteral("https://dbc-default.cloud.databricks.com"));
        QVERIFY(m_keychain->contains(entry.secretKey()));

        QVERIFY(cfg.open(QIODevice::ReadOnly));
        QCOMPARE(cfg.readAll(), before);
    }

    void exportWritesHostAndAuthTypeButNoSecret()
    {
        WorkspaceEntry entry;
        entry.name = QStringLiteral("Team SP");
        entry.host = QStringLiteral("https://team.cloud.databricks.com");
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        entry.clientId = QStringLiteral("sp-team");
        entry = m_store->save(entry);
        auto dialog = makeDialog();
        dialog->selectWorkspace(entry.id);
        find<QLineEdit>(dialog.get(), "clientSecretEdit")->setText(QStringLiteral("typed-secret-1"));
        QTest::mouseClick(find<QPushButton>(dialog.get(), "exportProfileButton"), Qt::LeftButton);
        QFile cfg(m_home->filePath(QStringLiteral(".databrickscfg")));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        const QByteArray after = cfg.readAll();
        QVERIFY(
            after.endsWith("\n[Team-SP]\nhost = https://team.cloud.databricks.com\nauth_type = oauth-m2m\n"));
        QVERIFY(!after.contains("typed-secret-1"));
    }

    void sidebarListsWorkspacesAndActivatesThem()
    {
        WorkspaceEntry entry;
        entry.name = QStringLiteral("Side");
        entry.host = QStringLiteral("https://side.cloud.databricks.com");
        entry = m_store->save(entry);
        WorkspaceListWidget sidebar(m_store.get());
        auto *list = sidebar.findChild<QListWidget *>(QStringLiteral("sidebarWorkspaceList"));
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
