#include "auth/configresolver.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestAuthConfigResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;

    void writeConfig(const QByteArray &contents)
    {
        QFile f(m_home.filePath(u".databrickscfg"_s));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(contents);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_env = QProcessEnvironment();
        m_env.insert(u"HOME"_s, m_home.path());
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
        QCOMPARE(config.profile(), u"DEFAULT"_s);
        QCOMPARE(config.host(), u"https://dbc-default.cloud.databricks.com"_s);
        QCOMPARE(config.source(u"host"_s), u"~/.databrickscfg [DEFAULT]"_s);
        QCOMPARE(config.effectiveAuthType(), u"pat"_s);
    }

    void settingsDefaultProfileIsHonoured()
    {
        writeConfig("[DEFAULT]\nhost = https://d\n[dev]\nhost = https://dev\n[__settings__]\ndefault_profile "
                    "= dev\n");
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.profile(), u"dev"_s);
        QCOMPARE(config.host(), u"https://dev"_s);
    }

    void profileFromTheEnvironment()
    {
        m_env.insert(u"DATABRICKS_CONFIG_PROFILE"_s, u"prod"_s);
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.profile(), u"prod"_s);
        QCOMPARE(config.effectiveAuthType(), u"oauth-m2m"_s);
        QCOMPARE(config.value(u"cluster_id"_s), u"c-1"_s);
        QCOMPARE(config.source(u"client_id"_s), u"~/.databrickscfg [prod]"_s);
    }

    void environmentBeatsTheProfileAndSaysSo()
    {
        m_env.insert(u"DATABRICKS_CONFIG_PROFILE"_s, u"prod"_s);
        m_env.insert(u"DATABRICKS_HOST"_s, u"env.cloud.databricks.com"_s);
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.host(), u"https://env.cloud.databricks.com"_s);
        QCOMPARE(config.source(u"host"_s), u"environment variable DATABRICKS_HOST"_s);
        QCOMPARE(config.source(u"client_id"_s), u"~/.databrickscfg [prod]"_s);
    }

    void explicitValuesBeatEverything()
    {
        m_env.insert(u"DATABRICKS_TOKEN"_s, u"env-token"_s);
        const ResolvedConfig config
            = ConfigResolver::resolve({{u"token"_s, u"explicit-token"_s}, {u"profile"_s, u"dev"_s}}, m_env);
        QCOMPARE(config.value(u"token"_s), u"explicit-token"_s);
        QCOMPARE(config.source(u"token"_s), u"set in Brickdesk"_s);
        QCOMPARE(config.host(), u"https://dev.cloud.databricks.com"_s);
        // auth_type from the file wins over the inferred pat.
        QCOMPARE(config.effectiveAuthType(), u"databricks-cli"_s);
    }

    void fileIsSkippedWhenCredentialsComeFromTheEnvironment()
    {
        m_env.insert(u"DATABRICKS_HOST"_s, u"https://env"_s);
        m_env.insert(u"DATABRICKS_TOKEN"_s, u"env-token"_s);
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QVERIFY(config.profile().isEmpty());
        QVERIFY(!config.contains(u"cluster_id"_s));
        QCOMPARE(config.source(u"token"_s), u"environment variable DATABRICKS_TOKEN"_s);
    }

    void clientCredentialsFromTheEnvironment()
    {
        m_env.insert(u"DATABRICKS_HOST"_s, u"https://env"_s);
        m_env.insert(u"DATABRICKS_CLIENT_ID"_s, u"sp"_s);
        m_env.insert(u"DATABRICKS_CLIENT_SECRET"_s, u"secret"_s);
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.effectiveAuthType(), u"oauth-m2m"_s);
        QCOMPARE(config.source(u"client_secret"_s), u"environment variable DATABRICKS_CLIENT_SECRET"_s);
    }

    void missingRequestedProfileIsAProblem()
    {
        const ResolvedConfig config = ConfigResolver::resolve({{u"profile"_s, u"nope"_s}}, m_env);
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(config.problems().first().contains(u"nope"_s));
        QVERIFY(!config.isValid());
    }

    void configFileFromTheEnvironment()
    {
        QFile other(m_home.filePath(u"other.cfg"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("[DEFAULT]\nhost = https://other\n");
        other.close();
        m_env.insert(u"DATABRICKS_CONFIG_FILE"_s, other.fileName());
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.host(), u"https://other"_s);
        QCOMPARE(config.source(u"host"_s), u"~/other.cfg [DEFAULT]"_s);
    }

    void malformedFileProblemsCarryLineNumbers()
    {
        writeConfig("[DEFAULT]\nhost = https://d\njunk\n");
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QCOMPARE(config.host(), u"https://d"_s);
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(config.problems().first().contains(u"line 3"_s));
    }

    void noFileNoProblem()
    {
        QFile::remove(m_home.filePath(u".databrickscfg"_s));
        const ResolvedConfig config = ConfigResolver::resolve({}, m_env);
        QVERIFY(config.problems().isEmpty());
        QVERIFY(config.host().isEmpty());
    }

    void secretKeysAreKnown()
    {
        QVERIFY(ConfigResolver::isSecretKey(u"token"_s));
        QVERIFY(ConfigResolver::isSecretKey(u"client_secret"_s));
        QVERIFY(!ConfigResolver::isSecretKey(u"host"_s));
        QCOMPARE(ConfigResolver::environmentVariable(u"client_id"_s), u"DATABRICKS_CLIENT_ID"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuthConfigResolver)
#include "tst_authconfigresolver.moc"
