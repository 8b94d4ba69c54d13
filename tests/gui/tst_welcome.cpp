// The first start: the welcome page lists what this machine can reach (a test
// ~/.databrickscfg and DATABRICKS_HOST), never shows a secret, Connect on a profile opens the
// emulator through the normal sign-in (StartupWorkspace + WorkspaceSession, as the app does),
// the demo button opens the demo, and the next start goes straight to the workspace used last.
#include "api/connection.h"
#include "auth/memorysecretstore.h"
#include "auth/startupworkspace.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"
#include "emulator/emulatorthread.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "welcome/welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

class TestWelcome final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstStartShowsTheWelcomePage();
    void profilesFromTheConfigFileAppear();
    void namesAndHostsArePlainText();
    void neverShowsASecret();
    void connectOnAProfileReachesTheEmulator();
    void secondStartGoesStraightToTheLastWorkspace();
    void demoButtonOpensTheDemo();
    void addWorkspaceAndHelpReopen();

private:
    QProcessEnvironment environment() const;
    QPushButton *connectButton(const QString &workspace) const;
    // Opens a choice the way app/main.cpp does for a saved workspace or a profile.
    bool openInWindow(const StartupWorkspace::Choice &choice);

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<WelcomePage> m_page;
    std::unique_ptr<MainWindow> m_window;
    MemorySecretStore m_keychain;
    MemorySecretStore m_sessionSecrets;
    std::unique_ptr<WorkspaceSession> m_session;
};

namespace {

const QStringList secrets {u"dapi-test-token-1"_s, u"dapi-prod-very-secret"_s, u"robot-client-secret-value"_s,
    u"dapi-environment-secret"_s};

// Every text a person (or a screen reader) could get from a widget tree.
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts {root->windowTitle()};
    QList<const QWidget *> widgets {root};
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *child : children)
        widgets << child;
    for (const QWidget *widget : std::as_const(widgets)) {
        texts << widget->toolTip() << widget->statusTip() << widget->whatsThis() << widget->accessibleName()
              << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<test::EmulatorFixture>();
    m_config = m_dir.filePath(u".databrickscfg"_s);
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString host = m_fixture->url().toString();
    file.write(QString(u"[emulator]\nhost = "_s + host + u"\ntoken = "_s + m_fixture->token()
        + u"\n\n[prod]\nhost = https://prod.cloud.databricks.com\ntoken = dapi-prod-very-secret\n\n"
          u"[robot]\nhost = https://robot.cloud.databricks.com\nclient_id = robot\n"
          u"client_secret = robot-client-secret-value\n\n"
          u"[<b>bold</b> & co]\nhost = https://odd.cloud.databricks.com\n\n"
          u"[nohost]\ntoken = dapi-prod-very-secret\n"_s)
                   .toUtf8());
}

QProcessEnvironment TestWelcome::environment() const
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"DATABRICKS_CONFIG_FILE"_s, m_config);
    env.insert(u"DATABRICKS_HOST"_s, u"https://env.cloud.databricks.com"_s);
    env.insert(u"DATABRICKS_TOKEN"_s, u"dapi-environment-secret"_s);
    return env;
}

void TestWelcome::init()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_store = std::make_unique<WorkspaceStore>(m_dir.filePath(u"settings.ini"_s));
    m_page = std::make_unique<WelcomePage>(environment());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestWelcome::cleanup()
{
    if (m_window)
        m_window->setConnection({}, nullptr);
    m_session.reset();
    m_window.reset();
    m_page.reset();
}

QPushButton *TestWelcome::connectButton(const QString &workspace) const
{
    const QList<QPushButton *> buttons = m_page->findChildren<QPushButton *>(u"connectButton"_s);
    for (QPushButton *button : buttons) {
        if (button->property("workspace").toString() == workspace)
            return button;
    }
    return nullptr;
}

bool TestWelcome::openInWindow(const StartupWorkspace::Choice &choice)
{
    m_session = std::make_unique<WorkspaceSession>(choice.entry, &m_keychain, &m_sessionSecrets);
    m_session->setEnvironment(environment());
    QSignalSpy ready(m_session.get(), &WorkspaceSession::ready);
    QSignalSpy failed(m_session.get(), &WorkspaceSession::failed);
    m_session->open();
    if (!brickdesk::test::waitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000)
        || ready.isEmpty())
        return false;
    m_window = std::make_unique<MainWindow>();
    m_window->setConnection(m_session->entry().name, m_session->connection());
    StartupWorkspace::remember(*m_store, m_session->entry());
    return true;
}

void TestWelcome::firstStartShowsTheWelcomePage()
{
    // Nothing used yet: the start-up choice is the welcome page, not the demo or a workspace.
    const StartupWorkspace::Choice choice = StartupWorkspace::lastUsed(*m_store);
    QVERIFY(choice.welcome);
    QVERIFY(!choice.demo);
    QVERIFY(choice.ok());

    QCOMPARE(m_page->windowTitle(), u"Welcome to Brickdesk"_s);
    auto *intro = m_page->findChild<QLabel *>(u"welcomeIntro"_s);
    QVERIFY(intro && intro->isVisible());
    QVERIFY(intro->text().contains(u"Databricks Jobs and clusters"_s));
    auto *demo = m_page->findChild<QPushButton *>(u"openDemoButton"_s);
    QVERIFY(demo && demo->isVisible() && demo->isEnabled());
    auto *add = m_page->findChild<QPushButton *>(u"addWorkspaceButton"_s);
    QVERIFY(add && add->isVisible());
}

void TestWelcome::profilesFromTheConfigFileAppear()
{
    QStringList names;
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>(u"workspaceName"_s);
    for (const QLabel *label : labels)
        names << label->text();
    QCOMPARE(names,
        (QStringList {u"env.cloud.databricks.com"_s, u"emulator"_s, u"prod"_s, u"robot"_s,
            u"<b>bold</b> & co"_s, u"nohost"_s}));
    QVERIFY(!m_page->findChild<QLabel *>(u"noWorkspacesLabel"_s)->isVisible());

    QStringList hosts;
    const QList<QLabel *> hostLabels = m_page->findChildren<QLabel *>(u"workspaceHost"_s);
    for (const QLabel *label : hostLabels)
        hosts << label->text();
    QVERIFY(hosts.contains(m_fixture->url().toString()));
    QVERIFY(hosts.contains(u"https://prod.cloud.databricks.com"_s));

    QVERIFY(connectButton(u"emulator"_s)->isEnabled());
    QVERIFY(connectButton(u"env.cloud.databricks.com"_s)->isEnabled());
    QVERIFY(!connectButton(u"nohost"_s)->isEnabled()); // says why instead
    const QList<QLabel *> details = m_page->findChildren<QLabel *>(u"workspaceDetails"_s);
    QVERIFY(details.last()->text().contains(u"This profile has no host."_s));
    QVERIFY(details.at(2)->text().contains(u"personal access token"_s));
}

void TestWelcome::namesAndHostsArePlainText()
{
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(connectButton(u"<b>bold</b> & co"_s) != nullptr);
}

void TestWelcome::neverShowsASecret()
{
    const QStringList texts = visibleTexts(m_page.get());
    // The scan does see the page's texts (the test would pass vacuously otherwise).
    QVERIFY(texts.join(u'\n').contains(u"https://robot.cloud.databricks.com"_s));
    QVERIFY(texts.join(u'\n').contains(u"env.cloud.databricks.com"_s));
    for (const QString &text : texts) {
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }
}

void TestWelcome::connectOnAProfileReachesTheEmulator()
{
    QSignalSpy connectSpy(m_page.get(), &WelcomePage::connectRequested);
    QTest::mouseClick(connectButton(u"emulator"_s), Qt::LeftButton);
    QCOMPARE(connectSpy.size(), 1);
    const auto reachable = connectSpy.first().first().value<ReachableWorkspace>();
    QCOMPARE(reachable.name, u"emulator"_s);

    const StartupWorkspace::Choice choice
        = StartupWorkspace::forReachable(reachable, *m_store, environment());
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.authMethod, WorkspaceEntry::AuthMethod::ConfigProfile);
    QVERIFY(choice.environmentSecret.isEmpty());
    QVERIFY(openInWindow(choice));

    // The profile's token opened the emulator (it accepts no other): its jobs are listed.
    JobsModel *jobs = m_window->jobsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!jobs->isLoading() && jobs->rowCount() > 0, 20000);
    QCOMPARE(jobs->rowCount(), m_fixture->emulator().jobCount());
    QCOMPARE(m_window->windowTitle(), u"emulator — Brickdesk"_s);
}

void TestWelcome::secondStartGoesStraightToTheLastWorkspace()
{
    QVERIFY(StartupWorkspace::lastUsed(*m_store).welcome);
    const QList<ReachableWorkspace> workspaces = m_page->workspaces();
    const auto emulator = std::find_if(workspaces.cbegin(), workspaces.cend(),
        [](const ReachableWorkspace &w) { return w.name == u"emulator"_s; });
    QVERIFY(emulator != workspaces.cend());
    QVERIFY(openInWindow(StartupWorkspace::forReachable(*emulator, *m_store, environment())));
    m_window.reset();
    m_session.reset();

    // The next start reads the same settings afresh: no welcome page, the profile again.
    m_store = std::make_unique<WorkspaceStore>(m_dir.filePath(u"settings.ini"_s));
    const StartupWorkspace::Choice next = StartupWorkspace::lastUsed(*m_store);
    QVERIFY(!next.welcome);
    QVERIFY(!next.demo);
    QCOMPARE(next.entry.profile, u"emulator"_s);
    QVERIFY(openInWindow(next));
    JobsModel *jobs = m_window->jobsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!jobs->isLoading() && jobs->rowCount() > 0, 20000);
}

void TestWelcome::demoButtonOpensTheDemo()
{
    QSignalSpy demoSpy(m_page.get(), &WelcomePage::demoRequested);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"openDemoButton"_s), Qt::LeftButton);
    QCOMPARE(demoSpy.size(), 1);

    // What the app does on demoRequested: the built-in emulator on its own thread.
    emulator::EmulatorOptions options = test::EmulatorFixture::smallOptions();
    emulator::EmulatorThread demo(options);
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    Connection connection(demo.url(), std::make_shared<StaticTokenProvider>(demo.token()));
    m_window = std::make_unique<MainWindow>();
    m_window->setConnection(u"Demo workspace"_s, &connection);
    StartupWorkspace::remember(*m_store, StartupWorkspace::demo().entry);
    JobsModel *jobs = m_window->jobsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!jobs->isLoading() && jobs->rowCount() == options.jobs, 20000);
    m_window->setConnection({}, nullptr);

    // And the demo is what the next start reopens.
    WorkspaceStore reopened(m_dir.filePath(u"settings.ini"_s));
    const StartupWorkspace::Choice next = StartupWorkspace::lastUsed(reopened);
    QVERIFY(next.demo);
    QVERIFY(!next.welcome);
}

void TestWelcome::addWorkspaceAndHelpReopen()
{
    QSignalSpy addSpy(m_page.get(), &WelcomePage::addWorkspaceRequested);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"addWorkspaceButton"_s), Qt::LeftButton);
    QCOMPARE(addSpy.size(), 1);

    m_window = std::make_unique<MainWindow>();
    QSignalSpy welcomeSpy(m_window.get(), &MainWindow::welcomeRequested);
    auto *action = m_window->findChild<QAction *>(u"welcomeAction"_s);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(welcomeSpy.size(), 1);
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
