#include "auth/configresolver.h"
#include "auth/databricksconfigfile.h"
#include "auth/databrickshost.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;

class TestDatabricksConfig : public QObject
{
    Q_OBJECT

private:
    static QString write(const QTemporaryDir &dir, const QByteArray &contents,
        const QString &name = QStringLiteral(".databrickscfg"))
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(contents);
        return path;
    }

    // Readable and writable by its owner, nothing for group and others.
    static bool isPrivate(const QString &path)
    {
        const QFileDevice::Permissions p = QFile::permissions(path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        return (p & others) == 0 && p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesTheDocumentedExample()
    {
        const QByteArray text = "[DEFAULT]\n"
                                "host  = https://dbc-1234abcd-5678.cloud.databricks.com\n"
                                "token = dapi-test-token-1\n"
                                "\n"
                                "[sp-prod]\n"
                                "host          = https://adb-1234567890123456.7.azuredatabricks.net\n"
                                "client_id     = 00000000-0000-0000-0000-000000000000\n"
                                "client_secret = dose-test-secret\n"
                                "auth_type     = oauth-m2m\n"
                                "cluster_id    = 0123-456789-abcdefgh\n"
                                "\n"
                                "[me.u2m]\n"
                                "host      = https://dbc-1234abcd-5678.cloud.databricks.com\n"
                                "auth_type = databricks-cli\n"
                                "\n"
                                "[__settings__]\n"
                                "default_profile = me.u2m\n";
        const auto file = DatabricksConfigFile::parse(text);
        QVERIFY(file.errors().isEmpty());
        QCOMPARE(file.profileNames(),
            (QStringList {QStringLiteral("DEFAULT"), QStringLiteral("sp-prod"), QStringLiteral("me.u2m")}));
        QCOMPARE(file.profile(QStringLiteral("DEFAULT")).value(QStringLiteral("token")),
            QStringLiteral("dapi-test-token-1"));
        const ConfigSection sp = file.profile(QStringLiteral("sp-prod"));
        QCOMPARE(sp.line, 5);
        QCOMPARE(sp.value(QStringLiteral("client_secret")), QStringLiteral("dose-test-secret"));
        // Unknown (to Brickdesk) keys are kept as they are, in file order.
        QCOMPARE(sp.entries.last(),
            qMakePair(QStringLiteral("cluster_id"), QStringLiteral("0123-456789-abcdefgh")));
        QCOMPARE(file.defaultProfileSetting(), QStringLiteral("me.u2m"));
        QCOMPARE(file.defaultProfileName(), QStringLiteral("me.u2m"));
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("token = abc") << QStringLiteral("abc");
        QTest::newRow("no spaces") << QByteArray("token=abc") << QStringLiteral("abc");
        QTest::newRow("colon delimiter") << QByteArray("token: abc") << QStringLiteral("abc");
        QTest::newRow("tabs and trailing spaces")
            << QByteArray("\ttoken\t=\t abc  \t") << QStringLiteral("abc");
        QTest::newRow("hash inside a secret") << QByteArray("token = ab#cd") << QStringLiteral("ab#cd");
        QTest::newRow("semicolon inside a secret") << QByteArray("token = ab;cd") << QStringLiteral("ab;cd");
        QTest::newRow("inline hash comment") << QByteArray("token = abc # my token") << QStringLiteral("abc");
        QTest::newRow("inline semicolon comment")
            << QByteArray("token = abc ; note") << QStringLiteral("abc");
        // ini.v1 looks for " #" (a space), so a tab before '#' does not start a comment.
        QTest::newRow("tab before hash is not a comment")
            << QByteArray("token = abc\t#x") << QStringLiteral("abc\t#x");
        QTest::newRow("double quoted") << QByteArray("token = \"a b\"") << QStringLiteral("a b");
        QTest::newRow("single quoted") << QByteArray("token = 'a b'") << QStringLiteral("a b");
        QTest::newRow("unbalanced quote kept") << QByteArray("token = \"ab") << QStringLiteral("\"ab");
        QTest::newRow("backquoted keeps hash") << QByteArray("token = `a #b`") << QStringLiteral("a #b");
        QTest::newRow("empty value") << QByteArray("token =") << QString();
        QTest::newRow("equals in value") << QByteArray("token = a=b") << QStringLiteral("a=b");
        QTest::newRow("value with colons") << QByteArray("token = https://x.cloud.databricks.com:443/")
                                           << QStringLiteral("https://x.cloud.databricks.com:443/");
        QTest::newRow("crlf") << QByteArray("token = abc\r") << QStringLiteral("abc");
    }

    void values()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const auto file = DatabricksConfigFile::parse("[p]\n" + line + "\n");
        QVERIFY(file.errors().isEmpty());
        QCOMPARE(file.profile(QStringLiteral("p")).value(QStringLiteral("token")), expected);
    }

    void commentsAndBlankLinesAreSkipped()
    {
        const auto file = DatabricksConfigFile::parse("# leading comment\n"
                                                      "; another\n"
                                                      "   # indented comment\n"
                                                      "\n"
                                                      "[p]   # comment after header\n"
                                                      "host = h\n");
        QVERIFY(file.errors().isEmpty());
        QCOMPARE(file.profileNames(), QStringList {QStringLiteral("p")});
    }

    void keysBeforeAnyHeaderBelongToDefault()
    {
        const auto file = DatabricksConfigFile::parse("host = https://a\n[p]\nhost = https://b\n");
        QCOMPARE(file.profile(QStringLiteral("DEFAULT")).value(QStringLiteral("host")),
            QStringLiteral("https://a"));
    }

    // The current Go SDK / CLI resolve a profile from its own keys only (see the class comment).
    void defaultIsNotInheritedByNamedProfiles()
    {
        const auto file = DatabricksConfigFile::parse("[DEFAULT]\nhost = https://a\ntoken = t1\n"
                                                      "[p]\nhost = https://b\n");
        const ConfigSection p = file.profile(QStringLiteral("p"));
        QCOMPARE(p.value(QStringLiteral("host")), QStringLiteral("https://b"));
        QVERIFY(!p.contains(QStringLiteral("token")));
        const ResolvedConfig resolved = ConfigResolver::resolveProfile(file, QStringLiteral("p"), {});
        QVERIFY(!resolved.contains(QStringLiteral("token")));
        QCOMPARE(resolved.effectiveAuthType(), QStringLiteral("databricks-cli"));
    }

    void repeatedSectionsMergeAndLaterKeysWin()
    {
        const auto file
            = DatabricksConfigFile::parse("[p]\nhost = a\ntoken = 1\n[q]\nhost = q\n[p]\ntoken = 2\nx = y\n");
        const ConfigSection p = file.profile(QStringLiteral("p"));
        QCOMPARE(p.value(QStringLiteral("host")), QStringLiteral("a"));
        QCOMPARE(p.value(QStringLiteral("token")), QStringLiteral("2"));
        QCOMPARE(p.entries.size(), 3);
        QCOMPARE(file.profileNames(), (QStringList {QStringLiteral("p"), QStringLiteral("q")}));
    }

    void namesAreCaseSensitive()
    {
        const auto file = DatabricksConfigFile::parse("[default]\nHost = a\n");
        QVERIFY(!file.hasProfile(QStringLiteral("DEFAULT")));
        QVERIFY(file.hasProfile(QStringLiteral("default")));
        QVERIFY(file.profile(QStringLiteral("default")).value(QStringLiteral("host")).isEmpty());
    }

    void multiLineAndContinuedValues()
    {
        const auto file = DatabricksConfigFile::parse("[p]\n"
                                                      "a = \"\"\"line1\n"
                                                      "line2\"\"\"\n"
                                                      "b = one\\\n"
                                                      "   two\n"
                                                      "c = three\n");
        QVERIFY(file.errors().isEmpty());
        const ConfigSection p = file.profile(QStringLiteral("p"));
        QCOMPARE(p.value(QStringLiteral("a")), QStringLiteral("line1\nline2"));
        QCOMPARE(p.value(QStringLiteral("b")), QStringLiteral("onetwo"));
        QCOMPARE(p.value(QStringLiteral("c")), QStringLiteral("three"));
    }

    void utf8BomIsIgnored()
    {
        const auto file = DatabricksConfigFile::parse("\xEF\xBB\xBF[p]\nhost = h\n");
        QVERIFY(file.errors().isEmpty());
        QVERIFY(file.hasProfile(QStringLiteral("p")));
    }

    void malformedLinesAreReportedWithLineNumbers()
    {
        const auto file = DatabricksConfigFile::parse("[ok]\n"
                                                      "host = h\n"
                                                      "this line is junk\n"
                                                      "[broken\n"
                                                      "token = skipped\n"
                                                      "[]\n"
                                                      "= value without key\n"
                                                      "[later]\n"
                                                      "host = l\n");
        const QList<ConfigFileError> errors = file.errors();
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.at(0).line, 3);
        QCOMPARE(errors.at(1).line, 4);
        QVERIFY(errors.at(1).message.contains(u']'));
        QCOMPARE(errors.at(2).line, 6);
        QCOMPARE(errors.at(3).line, 7);
        // The rest of the file is still usable.
        QCOMPARE(file.profile(QStringLiteral("ok")).value(QStringLiteral("host")), QStringLiteral("h"));
        QCOMPARE(file.profile(QStringLiteral("later")).value(QStringLiteral("host")), QStringLiteral("l"));
        QVERIFY(!file.profile(QStringLiteral("ok")).contains(QStringLiteral("token")));
    }

    void unclosedMultiLineQuoteIsReported()
    {
        const auto file = DatabricksConfigFile::parse("[p]\nhost = h\na = \"\"\"never closed\nmore\n");
        QCOMPARE(file.errors().size(), 1);
        QCOMPARE(file.errors().first().line, 3);
    }

    void missingFileIsNotAnError()
    {
        QTemporaryDir dir;
        const auto file = DatabricksConfigFile::load(dir.filePath(QStringLiteral("nope")));
        QCOMPARE(file.status(), DatabricksConfigFile::Status::Missing);
        QVERIFY(file.profiles().isEmpty());
        QVERIFY(file.errors().isEmpty());
    }

    void unreadableFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "[p]\nhost = h\n");
        QFile::setPermissions(path, QFileDevice::Permissions {});
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as a user who can read any file (root)");
        const auto file = DatabricksConfigFile::load(path);
        QCOMPARE(file.status(), DatabricksConfigFile::Status::Unreadable);
        QVERIFY(!file.statusMessage().isEmpty());
    }

    void aFolderIsUnreadable()
    {
        QTemporaryDir dir;
        const auto file = DatabricksConfigFile::load(dir.path());
        QCOMPARE(file.status(), DatabricksConfigFile::Status::Unreadable);
    }

    void defaultPathHonoursTheEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/ana"));
        QCOMPARE(DatabricksConfigFile::defaultPath(env), QStringLiteral("/home/ana/.databrickscfg"));
        env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), QStringLiteral("~/cfg/dbx.ini"));
        QCOMPARE(DatabricksConfigFile::defaultPath(env), QStringLiteral("/home/ana/cfg/dbx.ini"));
        env.insert(QStringLiteral("DATABRICKS_CONFIG_FILE"), QStringLiteral("/etc/dbx.ini"));
        QCOMPARE(DatabricksConfigFile::defaultPath(env), QStringLiteral("/etc/dbx.ini"));
    }

    void hostNormalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("workspaceId");
        QTest::newRow("bare") << QStringLiteral("dbc-1.cloud.databricks.com")
                              << QStringLiteral("https://dbc-1.cloud.databricks.com") << QString();
        QTest::newRow("trailing slash") << QStringLiteral("https://dbc-1.cloud.databricks.com/")
                                        << QStringLiteral("https://dbc-1.cloud.databricks.com") << QString();
        QTest::newRow("pasted url") << QStringLiteral(" https://adb-1.7.azuredatabricks.net/?o=123#job/5 ")
                                    << QStringLiteral("https://adb-1.7.azuredatabricks.net")
                                    << QStringLiteral("123");
        QTest::newRow("keeps http and port") << QStringLiteral("http://127.0.0.1:8080/api")
                                             << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("bare with port")
            << QStringLiteral("localhost:9000") << QStringLiteral("https://localhost:9000") << QString();
        QTest::newRow("upper case") << QStringLiteral("HTTPS://DBC-1.Cloud.Databricks.com")
                                    << QStringLiteral("https://dbc-1.cloud.databricks.com") << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void hostNormalisation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, workspaceId);
        QString id;
        QCOMPARE(DatabricksHost::normalize(input, &id), expected);
        QCOMPARE(id, workspaceId);
    }

    void exportAppendsANewProfileAndKeepsEveryOtherByte()
    {
        QTemporaryDir dir;
        const QByteArray original
            = "# my settings\r\n[DEFAULT]\r\nhost = https://a # prod\r\ntoken = dapi-test-token-1\r\n"
              "weird_key=  spaced  \r\n";
        const QString path = write(dir, original);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        QVERIFY2(DatabricksConfigFile::exportProfile(path, QStringLiteral("brickdesk-dev"),
                     QStringLiteral("https://dev.cloud.databricks.com"), QStringLiteral("oauth-m2m"), &error),
            qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        QVERIFY(after.startsWith(original));
        QCOMPARE(after.mid(original.size()),
            QByteArray("\r\n[brickdesk-dev]\r\nhost = https://dev.cloud.databricks.com\r\nauth_type = "
                       "oauth-m2m\r\n"));
        QVERIFY(isPrivate(path));
        const auto reread = DatabricksConfigFile::load(path);
        QVERIFY(reread.errors().isEmpty());
        QCOMPARE(reread.profile(QStringLiteral("brickdesk-dev")).value(QStringLiteral("auth_type")),
            QStringLiteral("oauth-m2m"));
    }

    void exportUpdatesAnExistingProfileInPlace()
    {
        QTemporaryDir dir;
        const QString path
            = write(dir, "[p]\nhost = https://old\ntoken = dapi-test-token-2 # keep\n\n[q]\nhost = q");
        QVERIFY(DatabricksConfigFile::exportProfile(
            path, QStringLiteral("p"), QStringLiteral("https://new"), QStringLiteral("pat")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
            QByteArray("[p]\nhost = https://new\ntoken = dapi-test-token-2 # keep\nauth_type = pat\n\n"
                       "[q]\nhost = q"));
    }

    void exportCreatesAPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.cfg"));
        QVERIFY(DatabricksConfigFile::exportProfile(
            path, QStringLiteral("n"), QStringLiteral("https://n"), QStringLiteral("databricks-cli")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("[n]\nhost = https://n\nauth_type = databricks-cli\n"));
        QVERIFY(isPrivate(path));
    }

    void exportRefusesBadNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.cfg"));
        QString error;
        QVERIFY(!DatabricksConfigFile::exportProfile(
            path, QStringLiteral("a]b"), QStringLiteral("https://n"), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DatabricksConfigFile::exportProfile(
            path, QStringLiteral("__settings__"), QStringLiteral("https://n"), {}));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDatabricksConfig)
#include "tst_databricksconfig.moc"
