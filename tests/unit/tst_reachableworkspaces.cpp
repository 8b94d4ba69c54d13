// ReachableWorkspaces: the workspaces the welcome page offers, from a real ~/.databrickscfg
// (DATABRICKS_CONFIG_FILE) and DATABRICKS_HOST, described without any secret.
#include "auth/reachableworkspaces.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;
using Source = ReachableWorkspace::Source;

class TestReachableWorkspaces final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profilesInFileOrderWithHowTheySignIn();
    void environmentHostComesFirst();
    void environmentHostSignInFollowsItsCredentials_data();
    void environmentHostSignInFollowsItsCredentials();
    void profilesThatCannotBeOpenedSayWhy();
    void noFileNoEnvironmentNothingFound();
    void noSecretInAnyField();

private:
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QString m_config;
};

namespace {

const QByteArray config = "[DEFAULT]\n"
                          "host = https://default.cloud.databricks.com\n"
                          "token = dapi-default-secret\n"
                          "\n"
                          "[prod]\n"
                          "host = prod.cloud.databricks.com/\n"
                          "token = dapi-prod-secret\n"
                          "\n"
                          "[robot]\n"
                          "host = https://robot.cloud.databricks.com\n"
                          "client_id = robot-id\n"
                          "client_secret = robot-client-secret\n"
                          "\n"
                          "[browser]\n"
                          "host = https://browser.cloud.databricks.com\n"
                          "\n"
                          "[azure]\n"
                          "host = https://adb-1.azuredatabricks.net\n"
                          "auth_type = azure-cli\n"
                          "\n"
                          "[nohost]\n"
                          "token = dapi-nohost-secret\n";

} // namespace

void TestReachableWorkspaces::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(u"databrickscfg"_s);
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
}

QProcessEnvironment TestReachableWorkspaces::environment() const
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"DATABRICKS_CONFIG_FILE"_s, m_config);
    return env;
}

void TestReachableWorkspaces::profilesInFileOrderWithHowTheySignIn()
{
    const QList<ReachableWorkspace> found = ReachableWorkspaces::discover(environment());
    QStringList names;
    for (const ReachableWorkspace &w : found) {
        QCOMPARE(w.source, Source::ConfigProfile);
        names << w.name;
    }
    QCOMPARE(
        names, (QStringList {u"DEFAULT"_s, u"prod"_s, u"robot"_s, u"browser"_s, u"azure"_s, u"nohost"_s}));

    const ReachableWorkspace prod = found.at(1);
    QCOMPARE(prod.host, u"https://prod.cloud.databricks.com"_s);
    QCOMPARE(prod.signIn, u"personal access token"_s);
    QCOMPARE(prod.origin, u"~/databrickscfg [prod]"_s);
    QVERIFY(prod.canConnect());
    QCOMPARE(found.at(2).signIn, u"service principal (OAuth)"_s);
    QCOMPARE(found.at(3).signIn, u"sign-in in the browser (OAuth)"_s);
}

void TestReachableWorkspaces::environmentHostComesFirst()
{
    QProcessEnvironment env = environment();
    env.insert(u"DATABRICKS_HOST"_s, u"env.cloud.databricks.com"_s);
    env.insert(u"DATABRICKS_TOKEN"_s, u"dapi-env-secret"_s);
    const QList<ReachableWorkspace> found = ReachableWorkspaces::discover(env);
    QCOMPARE(found.size(), 7);
    const ReachableWorkspace first = found.first();
    QCOMPARE(first.source, Source::Environment);
    QCOMPARE(first.host, u"https://env.cloud.databricks.com"_s);
    QCOMPARE(first.name, u"env.cloud.databricks.com"_s);
    QCOMPARE(first.origin, u"environment variable DATABRICKS_HOST"_s);
    QVERIFY(first.canConnect());
}

void TestReachableWorkspaces::environmentHostSignInFollowsItsCredentials_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("signIn");
    QTest::newRow("token") << QStringList {u"DATABRICKS_TOKEN=dapi-x"_s} << u"personal access token"_s;
    QTest::newRow("service principal")
        << QStringList {u"DATABRICKS_CLIENT_ID=id"_s, u"DATABRICKS_CLIENT_SECRET=s"_s}
        << u"service principal (OAuth)"_s;
    QTest::newRow("client id alone") << QStringList {u"DATABRICKS_CLIENT_ID=id"_s}
                                     << u"sign-in in the browser (OAuth)"_s;
    QTest::newRow("nothing") << QStringList {} << u"sign-in in the browser (OAuth)"_s;
}

void TestReachableWorkspaces::environmentHostSignInFollowsItsCredentials()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, signIn);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"DATABRICKS_HOST"_s, u"https://env.cloud.databricks.com"_s);
    for (const QString &variable : std::as_const(variables))
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    const QList<ReachableWorkspace> found = ReachableWorkspaces::discover(env);
    QCOMPARE(found.size(), 1); // no ~/databrickscfg in this HOME
    QCOMPARE(found.first().signIn, signIn);
}

void TestReachableWorkspaces::profilesThatCannotBeOpenedSayWhy()
{
    const QList<ReachableWorkspace> found = ReachableWorkspaces::discover(environment());
    const ReachableWorkspace azure = found.at(4);
    QVERIFY(!azure.canConnect());
    QVERIFY2(azure.problem.contains(u"azure-cli"_s), qPrintable(azure.problem));
    const ReachableWorkspace nohost = found.at(5);
    QVERIFY(!nohost.canConnect());
    QVERIFY(nohost.host.isEmpty());
    QCOMPARE(nohost.problem, u"This profile has no host."_s);

    QProcessEnvironment env = environment();
    env.insert(u"DATABRICKS_HOST"_s, u"not a url at all"_s);
    QVERIFY(!ReachableWorkspaces::discover(env).first().canConnect());
}

void TestReachableWorkspaces::noFileNoEnvironmentNothingFound()
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir.filePath(u"nowhere"_s));
    QVERIFY(ReachableWorkspaces::discover(env).isEmpty());
}

void TestReachableWorkspaces::noSecretInAnyField()
{
    QProcessEnvironment env = environment();
    env.insert(u"DATABRICKS_HOST"_s, u"env.cloud.databricks.com"_s);
    env.insert(u"DATABRICKS_TOKEN"_s, u"dapi-env-secret"_s);
    const QList<ReachableWorkspace> found = ReachableWorkspaces::discover(env);
    QVERIFY(!found.isEmpty());
    for (const ReachableWorkspace &w : found) {
        for (const QString &field : {w.name, w.host, w.signIn, w.origin, w.problem}) {
            QVERIFY2(!field.contains(u"secret"_s), qPrintable(field));
            QVERIFY2(!field.contains(u"dapi"_s), qPrintable(field));
        }
    }
}

QTEST_GUILESS_MAIN(TestReachableWorkspaces)
#include "tst_reachableworkspaces.moc"
