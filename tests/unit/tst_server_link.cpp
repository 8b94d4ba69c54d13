// Which addresses from a workspace may be opened in the browser: https on the workspace's own
// host and port only (plain http only for a loopback workspace, to itself).
#include "common/serverlink.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestServerLink final : public QObject
{
    Q_OBJECT

private slots:
    void decidesByOrigin_data();
    void decidesByOrigin();
};

void TestServerLink::decidesByOrigin_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("openable");

    const QString ws = u"https://dbc-1.cloud.databricks.com"_s;
    QTest::newRow("run page on the workspace")
        << ws << u"https://dbc-1.cloud.databricks.com/?o=1#job/42/run/7"_s << true;
    QTest::newRow("explicit default port")
        << ws << u"https://dbc-1.cloud.databricks.com:443/jobs/1"_s << true;
    QTest::newRow("host in capitals") << ws << u"HTTPS://DBC-1.Cloud.Databricks.com/jobs/1"_s << true;
    QTest::newRow("another host") << ws << u"https://evil.example/?o=1#job/42/run/7"_s << false;
    QTest::newRow("look-alike suffix")
        << ws << u"https://dbc-1.cloud.databricks.com.evil.example/"_s << false;
    QTest::newRow("sub-domain") << ws << u"https://x.dbc-1.cloud.databricks.com/"_s << false;
    QTest::newRow("user info") << ws << u"https://dbc-1.cloud.databricks.com@evil.example/"_s << false;
    QTest::newRow("user info on the host") << ws << u"https://me@dbc-1.cloud.databricks.com/"_s << false;
    QTest::newRow("other port") << ws << u"https://dbc-1.cloud.databricks.com:8443/"_s << false;
    QTest::newRow("plain http") << ws << u"http://dbc-1.cloud.databricks.com/jobs/1"_s << false;
    QTest::newRow("file") << ws << u"file:///etc/passwd"_s << false;
    QTest::newRow("javascript") << ws << u"javascript:alert(1)"_s << false;
    QTest::newRow("smb") << ws << u"smb://dbc-1.cloud.databricks.com/share"_s << false;
    QTest::newRow("relative") << ws << u"/jobs/1"_s << false;
    QTest::newRow("empty") << ws << QString() << false;
    QTest::newRow("no workspace") << QString() << u"https://dbc-1.cloud.databricks.com/"_s << false;

    const QString demo = u"http://127.0.0.1:8080"_s;
    QTest::newRow("demo to itself") << demo << u"http://127.0.0.1:8080/?o=1#job/1/run/2"_s << true;
    QTest::newRow("demo to another port") << demo << u"http://127.0.0.1:9090/"_s << false;
    QTest::newRow("demo to another name") << demo << u"http://localhost:8080/"_s << false;
    QTest::newRow("demo to the internet") << demo << u"http://evil.example:8080/"_s << false;
    QTest::newRow("http workspace not on loopback")
        << u"http://intranet.example"_s << u"http://intranet.example/jobs/1"_s << false;
}

void TestServerLink::decidesByOrigin()
{
    QFETCH(QString, workspace);
    QFETCH(QString, link);
    QFETCH(bool, openable);
    QCOMPARE(ServerLink::isOpenable(QUrl(link), QUrl(workspace)), openable);
}

QTEST_GUILESS_MAIN(TestServerLink)
#include "tst_server_link.moc"
