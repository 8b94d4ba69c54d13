// What `brickdesk --profile NAME` / `--host URL` / no option open at start (StartupWorkspace):
// profiles from a real ~/.databrickscfg (DATABRICKS_CONFIG_FILE), saved workspaces, the
// DATABRICKS_* environment, the last workspace used, and a clear error for each bad input.
#include "auth/workspacestore.h"
#include "common/startupworkspace.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    m_config = m_dir.filePath(QStringLiteral("databrickscfg"));
}

void TestStartupWorkspace::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<WorkspaceStore>(m_dir.filePath(QStringLiteral("settings.ini")));
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
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), configFile);
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
    const auto choice = StartupWorkspace::forProfile(QStringLiteral("prod"), *m_store, environment(m_config));
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QVERIFY(!choice.demo);
    QCOMPARE(choice.entry.authMethod, Method::ConfigProfile);
    QCOMPARE(choice.entry.profile, QStringLiteral("prod"));
    QCOMPARE(choice.entry.host, QStringLiteral("https://prod.cloud.databricks.com")); // normalised
    QVERIFY(choice.environmentSecret.isEmpty()); // the profile's token stays in the file
}

void TestStartupWorkspace::profileKeepsTheSavedWorkspace()
{
    WorkspaceEntry saved;
    saved.name = QStringLiteral("Production (mine)");
    saved.host = QStringLiteral("https://prod.cloud.databricks.com");
    saved.authMethod = Method::ConfigProfile;
    saved.profile = QStringLiteral("prod");
    saved = m_store->save(saved);
    const auto choice = StartupWorkspace::forProfile(QStringLiteral("prod"), *m_store, environment(m_config));
    QVERIFY(choice.ok());
    QCOMPARE(choice.entry.id, saved.id);
    QCOMPARE(choice.entry.name, saved.name);
}

void TestStartupWorkspace::unknownProfileSaysSo()
{
    const auto choice
        = StartupWorkspace::forProfile(QStringLiteral("staging"), *m_store, environment(m_config));
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error.contains(QStringLiteral("staging")) && choice.error.contains(m_config),
        qPrintable(choice.error));
}

void TestStartupWorkspace::profileWithoutHostSaysSo()
{
    // No DEFAULT inheritance (as the current SDKs read the file): "nohost" has no host.
    const auto choice
        = StartupWorkspace::forProfile(QStringLiteral("nohost"), *m_store, environment(m_config));
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error.contains(QStringLiteral("no host")), qPrintable(choice.error));
}

void TestStartupWorkspace::missingConfigFileSaysSo()
{
    const QString missing = m_dir.filePath(QStringLiteral("nothere.cfg"));
    const auto choice = StartupWorkspace::forProfile(QStringLiteral("prod"), *m_store, environment(missing));
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error.contains(missing), qPrintable(choice.error));
}

void TestStartupWorkspace::hostMatchesASavedWorkspaceFirst()
{
    WorkspaceEntry saved;
    saved.name = QStringLiteral("Prod via PAT");
    saved.host = QStringLiteral("https://prod.cloud.databricks.com");
    saved.authMethod = Method::PersonalAccessToken;
    saved = m_store->save(saved);
    QProcessEnvironment env = environment(m_config);
    env.insert(QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("dapi-env"));
    const auto choice
        = StartupWorkspace::forHost(QStringLiteral("HTTPS://Prod.Cloud.Databricks.com/"), *m_store, env);
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.id, saved.id);
    QVERIFY(choice.environmentSecret.isEmpty());
}

void TestStartupWorkspace::hostMatchesAProfile()
{
    const auto choice = StartupWorkspace::forHost(
        QStringLiteral("https://prod.cloud.databricks.com"), *m_store, environment(m_config));
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.authMethod, Method::ConfigProfile);
    QCOMPARE(choice.entry.profile, QStringLiteral("prod"));
}

void TestStartupWorkspace::hostUsesTheEnvironmentToken()
{
    QProcessEnvironment env = environment(m_config);
    env.insert(QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("dapi-env"));
    const auto choice
        = StartupWorkspace::forHost(QStringLiteral("adb-123.4.azuredatabricks.net"), *m_store, env);
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.host, QStringLiteral("https://adb-123.4.azuredatabricks.net"));
    QCOMPARE(choice.entry.authMethod, Method::PersonalAccessToken);
    QCOMPARE(choice.environmentSecret, QStringLiteral("dapi-env"));
    QVERIFY(choice.entry.sessionOnlySecret); // never written to the keychain
    QVERIFY(m_store->workspaces().isEmpty()); // nor the workspace to the settings
}

void TestStartupWorkspace::hostUsesTheEnvironmentServicePrincipal()
{
    QProcessEnvironment env = environment(m_config);
    env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), QStringLiteral("sp-client"));
    env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), QStringLiteral("sp-secret"));
    const auto choice
        = StartupWorkspace::forHost(QStringLiteral("https://other.cloud.databricks.com"), *m_store, env);
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.authMethod, Method::OAuthM2M);
    QCOMPARE(choice.entry.clientId, QStringLiteral("sp-client"));
    QCOMPARE(choice.environmentSecret, QStringLiteral("sp-secret"));
    QVERIFY(choice.entry.sessionOnlySecret);
}

void TestStartupWorkspace::hostWithoutCredentialsSignsInInTheBrowser()
{
    const auto choice = StartupWorkspace::forHost(
        QStringLiteral("https://other.cloud.databricks.com"), *m_store, environment(m_config));
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.entry.authMethod, Method::OAuthU2M);
    QVERIFY(choice.environmentSecret.isEmpty());
}

void TestStartupWorkspace::badHostSaysSo()
{
    const auto choice
        = StartupWorkspace::forHost(QStringLiteral("not a url at all"), *m_store, environment(m_config));
    QVERIFY(!choice.ok());
    QVERIFY2(choice.error.contains(QStringLiteral("not a url at all")), qPrintable(choice.error));
}

void TestStartupWorkspace::lastUsedReopensOrFallsBackToDemo()
{
    QVERIFY(StartupWorkspace::lastUsed(*m_store).demo); // nothing used yet
    WorkspaceEntry saved;
    saved.name = QStringLiteral("Prod");
    saved.host = QStringLiteral("https://prod.cloud.databricks.com");
    saved.authMethod = Method::PersonalAccessToken;
    saved = m_store->save(saved);
    m_store->markUsed(saved.id);
    const auto choice = StartupWorkspace::lastUsed(*m_store);
    QVERIFY(!choice.demo);
    QCOMPARE(choice.entry.id, saved.id);
    m_store->remove(saved.id); // removed since: back to the demo, not an error
    QVERIFY(StartupWorkspace::lastUsed(*m_store).demo);
}

QTEST_GUILESS_MAIN(TestStartupWorkspace)
#include "tst_startupworkspace.moc"
