// What `brickdesk --profile NAME` / `--host URL` / no option open at start (StartupWorkspace):
// profiles from a real ~/.databrickscfg (DATABRICKS_CONFIG_FILE), saved workspaces, the
// DATABRICKS_* environment, the last workspace used, and a clear error for each bad input.
#include "auth/startupworkspace.h"
#include "auth/workspacestore.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using Method = WorkspaceEntry::AuthMethod;

class TestStartupWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void profileOpensItsHost();
    void profileKeepsTheSavedWorkspace();
    void unknownProfileSaysSo();
    void profileWithoutHostSaysSo();
    void missingConfigFileSaysSo();
    void hostMatchesASavedWorkspaceFirst();
    void hostMatchesAProfile();
    void hostUsesTheEnvironmentToken();
    void hostUsesTheEnvironmentServicePrincipal();
    void hostWithoutCredentialsSignsInInTheBrowser();
    void badHostSaysSo();
    void lastUsedReopensOrFallsBackToDemo();

private:
    QProcessEnvironment environment(const QString &configFile) const;
    void writeConfig(const QByteArray &text);

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestStartupWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(u"databrickscfg"_s);
}

void TestStartupWorkspace::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_store = std::make_unique<WorkspaceStore>(m_dir.filePath(u"settings.ini"_s));
    writeConfig("[DEFAULT]\n"
                "host = https://default.cloud.databricks.com\n"
                "token = dapi-default\n"
                "\n"
                "[prod]\n"
                "host = prod.cloud.databricks.com/\n"
                "token = dapi-prod\n"
                "\n"
                "[nohost]\n"
                "token = dapi-x\n");
}

QProcessEnvironment TestStartupWorkspace::environment(const QString &configFile) const
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"DATABRICKS_CONFIG_FILE"_s, configFile);
    return env;
}

void TestStartupWorkspace::writeConfig(const QByteArray &text)
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void TestStartupWorkspace::profileOpensItsHost()
{
    const auto choice = StartupWorkspace::forProfile(u"prod"_s, *m_store, environment(m_config));
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QVERIFY(!choice.demo);
    QCOMPARE(choice.entry.authMethod, Method::ConfigProfile);
    QCOMPARE(choice.entry.profile, u"prod"_s);
    QCOMPARE(choice.entry.host, u"https://prod.cloud.databricks.com"_s); // normalised
    QVERIFY(choice.environmentSecret.isEmpty()); // the profile's token stays in the file
}

void TestStartupWorkspace::profileKeepsTheSavedWorkspace()
{
    WorkspaceEntry saved;
    saved.name = u"Production (mine)"_s;
    saved.host = u"https://prod.cloud.databricks.com"_s;
    saved.authMethod = Method::ConfigProfile;
    saved.profile = u"prod"_s;
    saved = m_store->save(saved);
    const auto choice = StartupWorkspace::forProfile(u"prod"_s, *m_store, environment(m_config));
    QVERIFY(choice.ok());
    QCOMPARE(choice.entry.id, saved.id);
    QCOMPARE(choice.entry.name, saved.name);
}

void TestStartupWorkspace::unknownProfileSaysSo()
{
    const auto choice = StartupWorkspace::forProfile(u"staging"_s, *m_store, environment(m_config));
    QVERIFY(!choice.ok());
    QVERIFY2(
        choice.error.contains(u"staging"_s) && choice.error.contains(m_config), qPrintable(choice.error));
}

void TestStartupWorkspace::profileWithoutHostSaysSo()
{
    // No DEFAULT inheritance (as the current SDKs read the file): "nohost" has no host.
    const auto choice = StartupWorkspace::forProfile(u"nohost"_s, *m_store, environment(m_config));
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error.contains(u"no host"_s), qPrintable(choice.error));
}

void TestStartupWorkspace::missingConfigFileSaysSo()
{
    const QString missing = m_dir.filePath(u"nothere.cfg"_s);
    const auto choice = StartupWorkspace::forProfile(u"prod"_s, *m_store, environment(missing));
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error.contains(missing), qPrintable(choice.error));
}

void TestStartupWorkspace::hostMatchesASavedWorkspaceFirst()
{
    WorkspaceEntry saved;
    saved.name = u"Prod via PAT"_s;
    saved.host = u"https://prod.cloud.databricks.com"_s;
    saved.authMethod = Method::PersonalAccessToken;
    saved = m_store->save(saved);
    QProcessEnvironment env = environment(m_config);
    env.insert(u"DATABRICKS_TOKEN"_s, u"dapi-env"_s);
    const auto choice = StartupWorkspace::forHost(u"HTTPS://Prod.Cloud.Databricks.com/"_s, *m_store, env);
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.id, saved.id);
    QVERIFY(choice.environmentSecret.isEmpty());
}

void TestStartupWorkspace::hostMatchesAProfile()
{
    const auto choice
        = StartupWorkspace::forHost(u"https://prod.cloud.databricks.com"_s, *m_store, environment(m_config));
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.authMethod, Method::ConfigProfile);
    QCOMPARE(choice.entry.profile, u"prod"_s);
}

void TestStartupWorkspace::hostUsesTheEnvironmentToken()
{
    QProcessEnvironment env = environment(m_config);
    env.insert(u"DATABRICKS_TOKEN"_s, u"dapi-env"_s);
    const auto choice = StartupWorkspace::forHost(u"adb-123.4.azuredatabricks.net"_s, *m_store, env);
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.host, u"https://adb-123.4.azuredatabricks.net"_s);
    QCOMPARE(choice.entry.authMethod, Method::PersonalAccessToken);
    QCOMPARE(choice.environmentSecret, u"dapi-env"_s);
    QVERIFY(choice.entry.sessionOnlySecret); // never written to the keychain
    QVERIFY(m_store->workspaces().isEmpty()); // nor the workspace to the settings
}

void TestStartupWorkspace::hostUsesTheEnvironmentServicePrincipal()
{
    QProcessEnvironment env = environment(m_config);
    env.insert(u"DATABRICKS_CLIENT_ID"_s, u"sp-client"_s);
    env.insert(u"DATABRICKS_CLIENT_SECRET"_s, u"sp-secret"_s);
    const auto choice = StartupWorkspace::forHost(u"https://other.cloud.databricks.com"_s, *m_store, env);
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.authMethod, Method::OAuthM2M);
    QCOMPARE(choice.entry.clientId, u"sp-client"_s);
    QCOMPARE(choice.environmentSecret, u"sp-secret"_s);
    QVERIFY(choice.entry.sessionOnlySecret);
}

void TestStartupWorkspace::hostWithoutCredentialsSignsInInTheBrowser()
{
    const auto choice
        = StartupWorkspace::forHost(u"https://other.cloud.databricks.com"_s, *m_store, environment(m_config));
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.authMethod, Method::OAuthU2M);
    QVERIFY(choice.environmentSecret.isEmpty());
}

void TestStartupWorkspace::badHostSaysSo()
{
    const auto choice = StartupWorkspace::forHost(u"not a url at all"_s, *m_store, environment(m_config));
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error.contains(u"not a url at all"_s), qPrintable(choice.error));
}

void TestStartupWorkspace::lastUsedReopensOrFallsBackToDemo()
{
    QVERIFY(StartupWorkspace::lastUsed(*m_store).welcome); // nothing used yet: the welcome page
    WorkspaceEntry saved;
    saved.name = u"Prod"_s;
    saved.host = u"https://prod.cloud.databricks.com"_s;
    saved.authMethod = Method::PersonalAccessToken;
    saved = m_store->save(saved);
    m_store->markUsed(saved.id);
    const auto choice = StartupWorkspace::lastUsed(*m_store);
    QVERIFY(!choice.demo);
    QCOMPARE(choice.entry.id, saved.id);
    m_store->remove(saved.id); // removed since: the welcome page again, not an error
    QVERIFY(StartupWorkspace::lastUsed(*m_store).welcome);
    m_store->markUsed(WorkspaceEntry::demoId());
    QVERIFY(StartupWorkspace::lastUsed(*m_store).demo);
}

QTEST_GUILESS_MAIN(TestStartupWorkspace)
#include "tst_startupworkspace.moc"
