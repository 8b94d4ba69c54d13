#include "auth/configresolver.h"
#include "auth/databricksconfigfile.h"
#include "auth/databrickshost.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestDatabricksConfig : public QObject
{
    Q_OBJECT

private:
    static QString write(
        const QTemporaryDir &dir, const QByteArray &contents, const QString &name = u".databrickscfg"_s)
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
        QCOMPARE(file.profileNames(), (QStringList {u"DEFAULT"_s, u"sp-prod"_s, u"me.u2m"_s}));
        QCOMPARE(file.profile(u"DEFAULT"_s).value(u"token"_s), u"dapi-test-token-1"_s);
        const ConfigSection sp = file.profile(u"sp-prod"_s);
        QCOMPARE(sp.line, 5);
        QCOMPARE(sp.value(u"client_secret"_s), u"dose-test-secret"_s);
        // Unknown (to Brickdesk) keys are kept as they are, in file order.
        QCOMPARE(sp.entries.last(), qMakePair(u"cluster_id"_s, u"0123-456789-abcdefgh"_s));
        QCOMPARE(file.defaultProfileSetting(), u"me.u2m"_s);
        QCOMPARE(file.defaultProfileName(), u"me.u2m"_s);
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("token = abc") << u"abc"_s;
        QTest::newRow("no spaces") << QByteArray("token=abc") << u"abc"_s;
        QTest::newRow("colon delimiter") << QByteArray("token: abc") << u"abc"_s;
        QTest::newRow("tabs and trailing spaces") << QByteArray("\ttoken\t=\t abc  \t") << u"abc"_s;
        QTest::newRow("hash inside a secret") << QByteArray("token = ab#cd") << u"ab#cd"_s;
        QTest::newRow("semicolon inside a secret") << QByteArray("token = ab;cd") << u"ab;cd"_s;
        QTest::newRow("inline hash comment") << QByteArray("token = abc # my token") << u"abc"_s;
        QTest::newRow("inline semicolon comment") << QByteArray("token = abc ; note") << u"abc"_s;
        // ini.v1 looks for " #" (a space), so a tab before '#' does not start a comment.
        QTest::newRow("tab before hash is not a comment") << QByteArray("token = abc\t#x") << u"abc\t#x"_s;
        QTest::newRow("double quoted") << QByteArray("token = \"a b\"") << u"a b"_s;
        QTest::newRow("single quoted") << QByteArray("token = 'a b'") << u"a b"_s;
        QTest::newRow("unbalanced quote kept") << QByteArray("token = \"ab") << u"\"ab"_s;
        QTest::newRow("backquoted keeps hash") << QByteArray("token = `a #b`") << u"a #b"_s;
        QTest::newRow("empty value") << QByteArray("token =") << QString();
        QTest::newRow("equals in value") << QByteArray("token = a=b") << u"a=b"_s;
        QTest::newRow("value with colons") << QByteArray("token = https://x.cloud.databricks.com:443/")
                                           << u"https://x.cloud.databricks.com:443/"_s;
        QTest::newRow("crlf") << QByteArray("token = abc\r") << u"abc"_s;
    }

    void values()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const auto file = DatabricksConfigFile::parse("[p]\n" + line + "\n");
        QVERIFY(file.errors().isEmpty());
        QCOMPARE(file.profile(u"p"_s).value(u"token"_s), expected);
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
        QCOMPARE(file.profileNames(), QStringList {u"p"_s});
    }

    void keysBeforeAnyHeaderBelongToDefault()
    {
        const auto file = DatabricksConfigFile::parse("host = https://a\n[p]\nhost = https://b\n");
        QCOMPARE(file.profile(u"DEFAULT"_s).value(u"host"_s), u"https://a"_s);
    }

    // The current Go SDK / CLI resolve a profile from its own keys only (see the class comment).
    void defaultIsNotInheritedByNamedProfiles()
    {
        const auto file = DatabricksConfigFile::parse("[DEFAULT]\nhost = https://a\ntoken = t1\n"
                                                      "[p]\nhost = https://b\n");
        const ConfigSection p = file.profile(u"p"_s);
        QCOMPARE(p.value(u"host"_s), u"https://b"_s);
        QVERIFY(!p.contains(u"token"_s));
        const ResolvedConfig resolved = ConfigResolver::resolveProfile(file, u"p"_s, {});
        QVERIFY(!resolved.contains(u"token"_s));
        QCOMPARE(resolved.effectiveAuthType(), u"databricks-cli"_s);
    }

    void repeatedSectionsMergeAndLaterKeysWin()
    {
        const auto file
            = DatabricksConfigFile::parse("[p]\nhost = a\ntoken = 1\n[q]\nhost = q\n[p]\ntoken = 2\nx = y\n");
        const ConfigSection p = file.profile(u"p"_s);
        QCOMPARE(p.value(u"host"_s), u"a"_s);
        QCOMPARE(p.value(u"token"_s), u"2"_s);
        QCOMPARE(p.entries.size(), 3);
        QCOMPARE(file.profileNames(), (QStringList {u"p"_s, u"q"_s}));
    }

    void namesAreCaseSensitive()
    {
        const auto file = DatabricksConfigFile::parse("[default]\nHost = a\n");
        QVERIFY(!file.hasProfile(u"DEFAULT"_s));
        QVERIFY(file.hasProfile(u"default"_s));
        QVERIFY(file.profile(u"default"_s).value(u"host"_s).isEmpty());
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
        const ConfigSection p = file.profile(u"p"_s);
        QCOMPARE(p.value(u"a"_s), u"line1\nline2"_s);
        QCOMPARE(p.value(u"b"_s), u"onetwo"_s);
        QCOMPARE(p.value(u"c"_s), u"three"_s);
    }

    void utf8BomIsIgnored()
    {
        const auto file = DatabricksConfigFile::parse("\xEF\xBB\xBF[p]\nhost = h\n");
        QVERIFY(file.errors().isEmpty());
        QVERIFY(file.hasProfile(u"p"_s));
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
        QCOMPARE(file.profile(u"ok"_s).value(u"host"_s), u"h"_s);
        QCOMPARE(file.profile(u"later"_s).value(u"host"_s), u"l"_s);
        QVERIFY(!file.profile(u"ok"_s).contains(u"token"_s));
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
        const auto file = DatabricksConfigFile::load(dir.filePath(u"nope"_s));
        QCOMPARE(file.status(), DatabricksConfigFile::Status::Missing);
        QVERIFY(file.profiles().isEmpty());
        QVERIFY(file.errors().isEmpty());
    }

    void unreadableFileIsReported()
    {
        // A file that nobody can open for reading, root included (CI runs as root, who reads
        // any file whatever its permissions): a Unix socket exists and is no folder, yet
        // open() fails on it with ENXIO.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"databrickscfg"_s);
        const QByteArray native = QFile::encodeName(path);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
        QVERIFY(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo(path).isDir());

        const auto file = DatabricksConfigFile::load(path);
        QCOMPARE(file.status(), DatabricksConfigFile::Status::Unreadable);
        QVERIFY(file.profiles().isEmpty());
        QVERIFY(!file.statusMessage().isEmpty());
        QCOMPARE_NE(file.statusMessage(), DatabricksConfigFile::load(dir.path()).statusMessage());
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
        env.insert(u"HOME"_s, u"/home/ana"_s);
        QCOMPARE(DatabricksConfigFile::defaultPath(env), u"/home/ana/.databrickscfg"_s);
        env.insert(u"DATABRICKS_CONFIG_FILE"_s, u"~/cfg/dbx.ini"_s);
        QCOMPARE(DatabricksConfigFile::defaultPath(env), u"/home/ana/cfg/dbx.ini"_s);
        env.insert(u"DATABRICKS_CONFIG_FILE"_s, u"/etc/dbx.ini"_s);
        QCOMPARE(DatabricksConfigFile::defaultPath(env), u"/etc/dbx.ini"_s);
    }

    void hostNormalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("workspaceId");
        QTest::newRow("bare") << u"dbc-1.cloud.databricks.com"_s << u"https://dbc-1.cloud.databricks.com"_s
                              << QString();
        QTest::newRow("trailing slash") << u"https://dbc-1.cloud.databricks.com/"_s
                                        << u"https://dbc-1.cloud.databricks.com"_s << QString();
        QTest::newRow("pasted url") << u" https://adb-1.7.azuredatabricks.net/?o=123#job/5 "_s
                                    << u"https://adb-1.7.azuredatabricks.net"_s << u"123"_s;
        QTest::newRow("keeps http and port")
            << u"http://127.0.0.1:8080/api"_s << u"http://127.0.0.1:8080"_s << QString();
        QTest::newRow("bare with port") << u"localhost:9000"_s << u"https://localhost:9000"_s << QString();
        QTest::newRow("upper case") << u"HTTPS://DBC-1.Cloud.Databricks.com"_s
                                    << u"https://dbc-1.cloud.databricks.com"_s << QString();
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
        QVERIFY2(DatabricksConfigFile::exportProfile(
                     path, u"brickdesk-dev"_s, u"https://dev.cloud.databricks.com"_s, u"oauth-m2m"_s, &error),
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
        QCOMPARE(reread.profile(u"brickdesk-dev"_s).value(u"auth_type"_s), u"oauth-m2m"_s);
    }

    void exportUpdatesAnExistingProfileInPlace()
    {
        QTemporaryDir dir;
        const QString path
            = write(dir, "[p]\nhost = https://old\ntoken = dapi-test-token-2 # keep\n\n[q]\nhost = q");
        QVERIFY(DatabricksConfigFile::exportProfile(path, u"p"_s, u"https://new"_s, u"pat"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
            QByteArray("[p]\nhost = https://new\ntoken = dapi-test-token-2 # keep\nauth_type = pat\n\n"
                       "[q]\nhost = q"));
    }

    void exportCreatesAPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.cfg"_s);
        QVERIFY(DatabricksConfigFile::exportProfile(path, u"n"_s, u"https://n"_s, u"databricks-cli"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("[n]\nhost = https://n\nauth_type = databricks-cli\n"));
        QVERIFY(isPrivate(path));
    }

    void exportRefusesBadNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.cfg"_s);
        QString error;
        QVERIFY(!DatabricksConfigFile::exportProfile(path, u"a]b"_s, u"https://n"_s, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DatabricksConfigFile::exportProfile(path, u"__settings__"_s, u"https://n"_s, {}));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDatabricksConfig)
#include "tst_databricksconfig.moc"
