#include "auth/configresolver.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;

class TestAuthConfigResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;

    void writeConfig(const QByteArray &contents)
    {
        QFile f(m_home.filePath(QStringLiteral(".databrickscfg")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(contents);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_env = QProcessEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        writeConfig(
            "[DEFAULT]\nhost = dbc-default.cloud.databricks.com/\ntoken = dapi-test-token-1\n"
            "[prod]\nhost = https://prod.cloud.databricks.com\nclient_id = sp-1\nclient_secret = s-1\n"
            "cluster_id = c-1\n"
            "[dev]\nhost = https://dev.cloud.databricks.com\nauth_type = databricks-cli\n");
    }

    void defaultProfileWhenNothingElseIsSet()
    {
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QVERIFY2(config.problems().isEmpty(), qPrintable(config.problems().join(u'\n')));
        QCOMPARE(config.profile(), QStringLiteral("DEFAULT"));
        QCOMPARE(config.host(), QStringLiteral("https://dbc-default.cloud.databricks.com"));
        QCOMPARE(config.source(QStringLiteral("host")), QStringLiteral("~/.databrickscfg [DEFAULT]"));
        QCOMPARE(config.effectiveAuthType(), QStringLiteral("pat"));
    }

    void settingsDefaultProfileIsHonoured()
    {
        writeConfig("[DEFAULT]\nhost = https://d\n[dev]\nhost = https://dev\n[__settings__]\ndefault_profile "
                    "= dev\n");
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.profile(), QStringLiteral("dev"));
        QCOMPARE(config.host(), QStringLiteral("https://dev"));
    }

    void profileFromTheEnvironment()
    {
        m_env.insert(QStringLiteral("DATABRICKS_CONFIG_PROFILE"), QStringLiteral("prod"));
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.profile(), QStringLiteral("prod"));
        QCOMPARE(config.effectiveAuthType(), QStringLiteral("oauth-m2m"));
        QCOMPARE(config.value(QStringLiteral("cluster_id")), QStringLiteral("c-1"));
        QCOMPARE(config.source(QStringLiteral("client_id")), QStringLiteral("~/.databrickscfg [prod]"));
    }

    void environmentBeatsTheProfileAndSaysSo()
    {
        m_env.insert(QStringLiteral("DATABRICKS_CONFIG_PROFILE"), QStringLiteral("prod"));
        m_env.insert(QStringLiteral("DATABRICKS_HOST"), QStringLiteral("env.cloud.databricks.com"));
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.host(), QStringLiteral("https://env.cloud.databricks.com"));
        QCOMPARE(
            config.source(QStringLiteral("host")), QStringLiteral("environment variable DATABRICKS_HOST"));
        QCOMPARE(config.source(QStringLiteral("client_id")), QStringLiteral("~/.databrickscfg [prod]"));
    }

    void explicitValuesBeatEverything()
    {
        m_env.insert(QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("env-token"));
        const ResolvedConfig config
            = ConfigResolver::resolve({{QStringLiteral("token"), QStringLiteral("explicit-token")},
                                          {QStringLiteral("profile"), QStringLiteral("dev")}},
                m_env);
        QCOMPARE(config.value(QStringLiteral("token")), QStringLiteral("explicit-token"));
        QCOMPARE(config.source(QStringLiteral("token")), QStringLiteral("set in Brickdesk"));
        QCOMPARE(config.host(), QStringLiteral("https://dev.cloud.databricks.com"));
        // auth_type from the file wins over the inferred pat.
        QCOMPARE(config.effectiveAuthType(), QStringLiteral("databricks-cli"));
    }

    void fileIsSkippedWhenCredentialsComeFromTheEnvironment()
    {
        m_env.insert(QStringLiteral("DATABRICKS_HOST"), QStringLiteral("https://env"));
        m_env.insert(QStringLiteral("DATABRICKS_TOKEN"), QStringLiteral("env-token"));
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QVERIFY(config.profile().isEmpty());
        QVERIFY(!config.contains(QStringLiteral("cluster_id")));
        QCOMPARE(
            config.source(QStringLiteral("token")), QStringLiteral("environment variable DATABRICKS_TOKEN"));
    }

    void clientCredentialsFromTheEnvironment()
    {
        m_env.insert(QStringLiteral("DATABRICKS_HOST"), QStringLiteral("https://env"));
        m_env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), QStringLiteral("sp"));
        m_env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), QStringLiteral("secret"));
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.effectiveAuthType(), QStringLiteral("oauth-m2m"));
        QCOMPARE(config.source(QStringLiteral("client_secret")),
            QStringLiteral("environment variable DATABRICKS_CLIENT_SECRET"));
    }

    void missingRequestedProfileIsAProblem()
    {
        const ResolvedConfig config
            = ConfigResolver::resolve({{QStringLiteral("profile"), QStringLiteral("nope")}}, m_env);
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(config.problems().first().contains(QStringLiteral("nope")));
        QVERIFY(!config.isValid());
    }

    void configFileFromTheEnvironment()
    {
        QFile other(m_home.filePath(QStringLiteral("other.cfg")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("[DEFAULT]\nhost = https://other\n");
        other.close();
        m_env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), other.fileName());
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.host(), QStringLiteral("https://other"));
        QCOMPARE(config.source(QStringLiteral("host")), QStringLiteral("~/other.cfg [DEFAULT]"));
    }

    void malformedFileProblemsCarryLineNumbers()
    {
        writeConfig("[DEFAULT]\nhost = https://d\njunk\n");
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.host(), QStringLiteral("https://d"));
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(config.problems().first().contains(QStringLiteral("line 3")));
    }

    void noFileNoProblem()
    {
        QFile::remove(m_home.filePath(QStringLiteral(".databrickscfg")));
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QVERIFY(config.problems().isEmpty());
        QVERIFY(config.host().isEmpty());
    }

    void secretKeysAreKnown()
    {
        QVERIFY(ConfigResolver::isSecretKey(QStringLiteral("token")));
        QVERIFY(ConfigResolver::isSecretKey(QStringLiteral("client_secret")));
        QVERIFY(!ConfigResolver::isSecretKey(QStringLiteral("host")));
        QCOMPARE(ConfigResolver::environmentVariable(QStringLiteral("client_id")),
            QStringLiteral("DATABRICKS_CLIENT_ID"));
    }
};

QTEST_GUILESS_MAIN(TestAuthConfigResolver)
#include "tst_authconfigresolver.moc"
