// Addresses a workspace sends (run_page_url and the like) reach the browser only when they are
// on the workspace's own origin; anything else is shown as text and not opened. Against the
// emulator over real sockets: the same run page opens for the workspace it names and is
// refused for a workspace reached under another name.
#include "api/apireply.h"
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "common/prompts.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "runs/rundetailwidget.h"

#include <QAction>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestServerLinks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hostileAddressesAreShownNotOpened_data();
    void hostileAddressesAreShownNotOpened();
    void workspaceAddressOpens();
    void runPageOpensOnlyForItsOwnWorkspace();

private:
    qint64 anyRunId();

    std::unique_ptr<test::EmulatorFixture> m_fixture;
    QList<QUrl> m_opened;
    QStringList m_notices;
};

void TestServerLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<test::EmulatorFixture>();
}

void TestServerLinks::init()
{
    m_opened.clear();
    m_notices.clear();
    Prompts::setUrlHandler([this](const QUrl &url) { m_opened.append(url); });
    Prompts::setNoticeHandler(
        [this](QWidget *, const QString &, const QString &text) { m_notices.append(text); });
}

void TestServerLinks::cleanup()
{
    Prompts::setUrlHandler({});
    Prompts::setNoticeHandler({});
}

void TestServerLinks::hostileAddressesAreShownNotOpened_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("another host") << u"https://evil.example/?o=1#job/42/run/7"_s;
    QTest::newRow("look-alike") << u"https://dbc-1.cloud.databricks.com.evil.example/jobs/1"_s;
    QTest::newRow("user info") << u"https://dbc-1.cloud.databricks.com@evil.example/"_s;
    QTest::newRow("downgrade") << u"http://dbc-1.cloud.databricks.com/jobs/1"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
}

void TestServerLinks::hostileAddressesAreShownNotOpened()
{
    QFETCH(QString, link);
    Prompts::openServerUrl(nullptr, QUrl(link), QUrl(u"https://dbc-1.cloud.databricks.com"_s));
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(m_notices.size(), 1);
    QVERIFY2(m_notices.first().contains(QUrl(link).toDisplayString()), qPrintable(m_notices.first()));
}

void TestServerLinks::workspaceAddressOpens()
{
    const QUrl link(u"https://dbc-1.cloud.databricks.com/?o=1#job/42/run/7"_s);
    Prompts::openServerUrl(nullptr, link, QUrl(u"https://dbc-1.cloud.databricks.com"_s));
    QCOMPARE(m_opened, QList<QUrl> {link});
    QVERIFY(m_notices.isEmpty());
}

qint64 TestServerLinks::anyRunId()
{
    Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    RunsListParams params;
    params.limit = 1;
    ApiReply *reply = connection.jobs().listRuns(params);
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    const qint64 id
        = reply->json().value(u"runs"_s).toArray().first().toObject().value(u"run_id"_s).toInteger();
    delete reply;
    return id;
}

void TestServerLinks::runPageOpensOnlyForItsOwnWorkspace()
{
    const qint64 runId = anyRunId();
    QVERIFY(runId > 0);
    // The emulator names its run pages http://127.0.0.1:<port>/…; reached as localhost, the
    // same page is on another origin than the workspace's.
    QUrl asLocalhost = m_fixture->url();
    asLocalhost.setHost(u"localhost"_s);
    for (const QUrl &workspace : {m_fixture->url(), asLocalhost}) {
        m_opened.clear();
        m_notices.clear();
        Connection connection(workspace, std::make_shared<StaticTokenProvider>(m_fixture->token()));
        RunDetailWidget detail;
        detail.setConnection(&connection);
        detail.showRun(runId);
        QTRY_VERIFY_WITH_TIMEOUT(detail.run().isValid(), 15000);
        const QString runPage = detail.run().runPageUrl();
        QVERIFY(runPage.startsWith(m_fixture->url().toString()));
        detail.openInBrowserAction()->trigger();
        if (workspace == m_fixture->url()) {
            QCOMPARE(m_opened, QList<QUrl> {QUrl(runPage)});
            QVERIFY(m_notices.isEmpty());
        } else {
            QVERIFY(m_opened.isEmpty());
            QCOMPARE(m_notices.size(), 1);
            QVERIFY(m_notices.first().contains(runPage));
        }
    }
}

QTEST_MAIN(TestServerLinks)
#include "tst_server_links.moc"
