// A workspace that rate-limits the job list, in the main window over the in-process emulator:
// the status bar says so with the seconds the server asked for, counts them down, adds the
// other waiting calls as "+N more", and Cancel ends every waiting call at once, after which
// nothing more reaches the workspace and the notice is gone.
#include "api/apireply.h"
#include "api/apirequest.h"
#include "api/connection.h"
#include "api/pendingretries.h"
#include "api/retrypolicy.h"
#include "auth/statictokenprovider.h"
#include "common/localization.h"
#include "common/offlinebanner.h"
#include "common/retrynotice.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "requestlog.h"
#include "services/workspacereachability.h"
#include "services/workspaceretries.h"
#include "services/workspaceset.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeout = 20000;

// The seconds in "… retrying in 40 s", or -1.
int secondsIn(const QString &text)
{
    static const QRegularExpression seconds(u"retrying in (\\d+) s"_s);
    const QRegularExpressionMatch match = seconds.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The main window over one workspace, "Production", shown.
std::unique_ptr<MainWindow> showWorkspace(WorkspaceSet &set, Connection &connection, QString *key = nullptr)
{
    auto window = std::make_unique<MainWindow>();
    window->setWorkspaceSet(&set);
    const QString added = set.addConnection(u"Production"_s, &connection);
    if (key)
        *key = added;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace

class TestRetryNotice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rateLimitedCallsAreCountedDownAndCancelled();
    void severalWorkspacesAreNamed();
    void waitsShorterThanASecondAreNotAnnounced();
    void theRetryIsSaidAsItIsSent();
    void anOfflineWorkspaceIsLeftToTheBanner();
    void aRetryEndedAsTheWorkspaceGoesOfflineIsNotSaidToRun();
};

void TestRetryNotice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(Localization::install(u"en"_s)); // as the app does: English plurals come from brickdesk_en.ts
}

void TestRetryNotice::rateLimitedCallsAreCountedDownAndCancelled()
{
    test::EmulatorFixture fixture;
    test::RequestLog log(fixture.emulator());
    // The server's words are shown as they are, never as markup.
    fixture.emulator().faults().add(emulator::Fault::rateLimit(u"^/api/2.2/jobs/list$"_s, 40));
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    WorkspaceSet set(nullptr, nullptr, nullptr);
    auto window = std::make_unique<MainWindow>();
    window->setWorkspaceSet(&set);
    RetryNotice *notice = window->retryNotice();
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    const QString key = set.addConnection(u"Production"_s, &connection);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showJobs();

    // The job list waits the 40 s the workspace asked for, and the status bar says so.
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeout);
    QVERIFY(window->statusBar()->isAncestorOf(notice));
    const QString first = notice->text();
    QVERIFY2(first.startsWith(u"Rate limited by the workspace — retrying in "_s), qPrintable(first));
    const int seconds = secondsIn(first);
    QVERIFY2(seconds >= 35 && seconds <= 40, qPrintable(first));
    QCOMPARE(notice->findChild<QLabel *>(u"retryNoticeText"_s)->textFormat(), Qt::PlainText);
    QVERIFY2(notice->toolTip().contains(u"GET /api/2.2/jobs/list"_s), qPrintable(notice->toolTip()));

    // It counts down, second by second.
    QTRY_VERIFY_WITH_TIMEOUT(secondsIn(notice->text()) == seconds - 1, 3000);
    QVERIFY(notice->isVisible());

    // A second waiting call, retried later: the soonest is shown, and the other as "+1 more".
    // (once what the other screens asked first is answered: only the job list is left waiting)
    QTRY_COMPARE_WITH_TIMEOUT(connection.activeRequests(), 1, kTimeout);
    const int clusterLists = log.count(u"GET /api/2.1/clusters/list"_s);
    fixture.emulator().faults().add(emulator::Fault::rateLimit(u"^/api/2.1/clusters/list$"_s, 90));
    ApiReply *clusters = connection.clusters().list();
    QSignalSpy clustersFinished(clusters, &ApiReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().endsWith(u" (+1 more)"_s), kTimeout);
    QVERIFY2(secondsIn(notice->text()) <= seconds - 1, qPrintable(notice->text()));
    QCOMPARE(log.count(u"GET /api/2.2/jobs/list"_s), 1);
    QCOMPARE(log.count(u"GET /api/2.1/clusters/list"_s), clusterLists + 1);

    // Cancel ends both at once; the notice goes and the status bar says what happened.
    QToolButton *cancel = notice->cancelButton();
    QCOMPARE(cancel->objectName(), u"retryNoticeCancel"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(clustersFinished.count(), 1);
    QVERIFY(!notice->isVisible());
    QVERIFY(notice->text().isEmpty());
    QVERIFY2(window->statusBar()->currentMessage().contains(u"Cancelled 2 requests"_s),
        qPrintable(window->statusBar()->currentMessage()));
    // The job list says it was stopped, not that the workspace has no jobs.
    const QString listStatus = window->jobsPage(key)->loadStatusLabel()->text();
    QVERIFY2(listStatus.contains(u"loading stopped"_s), qPrintable(listStatus));

    // Nothing more reaches the workspace for them: once it answers again, a marker call is
    // the only other request served.
    fixture.emulator().faults().clear();
    QVERIFY(log.settle(connection));
    QCOMPARE(log.count(u"GET /api/2.2/jobs/list"_s), 1);
    QCOMPARE(log.count(u"GET /api/2.1/clusters/list"_s), clusterLists + 1);
    QVERIFY(!notice->isVisible());
    window.reset();
}

void TestRetryNotice::severalWorkspacesAreNamed()
{
    test::EmulatorFixture fixture;
    fixture.emulator().faults().add(emulator::Fault::rateLimit(u"^/api/2.2/jobs/list$"_s, 40));
    Connection production(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    Connection staging(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    WorkspaceSet set(nullptr, nullptr, nullptr);
    auto window = std::make_unique<MainWindow>();
    window->setWorkspaceSet(&set);
    set.addConnection(u"Production"_s, &production);
    set.addConnection(u"<b>Staging</b>"_s, &staging);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    RetryNotice *notice = window->retryNotice();
    // Each workspace's job list waits; the notice names the workspace of the soonest.
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().endsWith(u" (+1 more)"_s), kTimeout);
    static const QRegularExpression named(
        u"^Rate limited by “(Production|<b>Staging</b>)” — retrying in \\d+ s \\(\\+1 more\\)$"_s);
    QVERIFY2(named.match(notice->text()).hasMatch(), qPrintable(notice->text()));
    QVERIFY2(
        notice->toolTip().contains(u"Production: GET /api/2.2/jobs/list"_s), qPrintable(notice->toolTip()));
    // A name is the user's text: escaped in the tooltip, which is rich text.
    QVERIFY2(notice->toolTip().contains(u"&lt;b&gt;Staging&lt;/b&gt;: GET /api/2.2/jobs/list"_s),
        qPrintable(notice->toolTip()));
    QTest::mouseClick(notice->cancelButton(), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    window.reset();
}

void TestRetryNotice::waitsShorterThanASecondAreNotAnnounced()
{
    // A 503 waits the policy's first back-off (250 to 500 ms): over before anyone could read it.
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    WorkspaceSet set(nullptr, nullptr, nullptr);
    auto window = showWorkspace(set, connection);
    QVERIFY(window);
    RetryNotice *notice = window->retryNotice();
    fixture.emulator().faults().add(emulator::Fault::serverError(u"list-node-types$"_s, 503, 1));
    QSignalSpy changed(connection.pendingRetries(), &PendingRetries::changed);
    ApiReply *nodeTypes = connection.send(ApiRequest::get(u"/api/2.1/clusters/list-node-types"_s));
    QSignalSpy finished(nodeTypes, &ApiReply::finished);
    QVERIFY(changed.wait(kTimeout));
    // The notice follows every change at once, so it would be showing now.
    QCOMPARE(connection.pendingRetries()->count(), 1);
    QVERIFY(connection.pendingRetries()->waits().constFirst().delayMs < RetryNotice::shortestAnnouncedMs);
    QVERIFY(!notice->isVisible());
    QVERIFY(finished.wait(kTimeout));
    QVERIFY(!notice->isVisible());
    window.reset();
}

void TestRetryNotice::theRetryIsSaidAsItIsSent()
{
    // The job list is refused once, for 2 s: counted down, then "retrying now…" while the retry
    // is on its way (not a blink out and back), then gone once the list is there.
    test::EmulatorFixture fixture;
    fixture.emulator().faults().add(emulator::Fault::rateLimit(u"^/api/2.2/jobs/list$"_s, 2, 1));
    // The retry takes a while to be answered: said for as long as it is on its way.
    fixture.emulator().faults().add(emulator::Fault::latency(u"^/api/2.2/jobs/list$"_s, 1500, 1));
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    WorkspaceSet set(nullptr, nullptr, nullptr);
    QString key;
    auto window = showWorkspace(set, connection, &key);
    QVERIFY(window);
    window->showJobs();
    RetryNotice *notice = window->retryNotice();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeout);
    QVERIFY2(secondsIn(notice->text()) >= 1 && secondsIn(notice->text()) <= 2, qPrintable(notice->text()));
    QTRY_COMPARE_WITH_TIMEOUT(notice->text(), u"Rate limited by the workspace — retrying now…"_s, kTimeout);
    QVERIFY(notice->isVisible());
    const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(window->grab().save(shots + u"/retrying-now-on-its-way.png"_s));
    QVERIFY(!notice->cancelButton()->isEnabled()); // nothing waits any more
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), kTimeout);
    QVERIFY(window->jobsPage(key)->model()->rowCount() > 0);
    window.reset();
}

void TestRetryNotice::anOfflineWorkspaceIsLeftToTheBanner()
{
    // Once the workspace is declared offline, the banner says so (with Try again): the calls
    // still retried meanwhile are not counted down beneath it. Online again, a new wait is
    // announced as always.
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    // Every wait long enough to be announced (1.5 to 3 s), and a handful of them in the test's time.
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.initialBackoff = 3000ms;
    policy.maxBackoff = 3000ms;
    connection.setRetryPolicy(policy);
    WorkspaceSet set(nullptr, nullptr, nullptr);
    QString key;
    auto window = showWorkspace(set, connection, &key);
    QVERIFY(window);
    window->reachability(key)->setProbeIntervalMs(60'000); // only Try again asks, in this test
    RetryNotice *notice = window->retryNotice();
    OfflineBanner *banner = window->offlineBanner();
    QTRY_COMPARE_WITH_TIMEOUT(connection.activeRequests(), 0, kTimeout);
    QVERIFY(!notice->isVisible());

    // Whenever the notice changes while the banner shows, it must stay hidden.
    QStringList saidUnderTheBanner;
    connect(notice->retries(), &WorkspaceRetries::changed, notice, [&] {
        if (banner->isVisible() && notice->isVisible())
            saidUnderTheBanner.append(notice->text());
    });

    fixture.emulator().faults().add(emulator::Fault::drop(u"/api/"_s));
    ApiReply *clusters = connection.clusters().list();
    QSignalSpy clustersFinished(clusters, &ApiReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
    // The list waits to be retried, long enough to be announced, and twice over.
    QSignalSpy changed(connection.pendingRetries(), &PendingRetries::changed);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 4, kTimeout);
    QVERIFY(banner->isVisible());
    QVERIFY2(saidUnderTheBanner.isEmpty(), qPrintable(saidUnderTheBanner.join(u" | "_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!connection.pendingRetries()->isEmpty(), kTimeout);
    QVERIFY(connection.pendingRetries()->waits().constFirst().delayMs >= RetryNotice::shortestAnnouncedMs);
    QVERIFY2(!notice->isVisible(), qPrintable(notice->text()));
    QVERIFY(notice->retries()->isEmpty());

    // Back: Try again finds it, and the list's next retry is answered.
    fixture.emulator().faults().clear();
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(clustersFinished.count(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), kTimeout);

    // A call retried while online is announced again (Retry-After within the policy's budget).
    fixture.emulator().faults().add(emulator::Fault::rateLimit(u"^/api/2.1/clusters/list$"_s, 8));
    ApiReply *again = connection.clusters().list();
    QSignalSpy againFinished(again, &ApiReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeout);
    QVERIFY2(notice->text().startsWith(u"Rate limited by the workspace — retrying in "_s),
        qPrintable(notice->text()));
    QTest::mouseClick(notice->cancelButton(), Qt::LeftButton);
    QCOMPARE(againFinished.count(), 1);
    QVERIFY(!notice->isVisible());
    window.reset();
}

void TestRetryNotice::aRetryEndedAsTheWorkspaceGoesOfflineIsNotSaidToRun()
{
    // The last retry counted down is sent to a workspace that stopped answering: the call ends
    // and the workspace is declared offline in the same moment. Nothing is retried any more,
    // so the notice must not say "retrying now…" (under the banner, for a while) after that.
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.maxAttempts = 2;
    connection.setRetryPolicy(policy);
    WorkspaceSet set(nullptr, nullptr, nullptr);
    QString key;
    auto window = showWorkspace(set, connection, &key);
    QVERIFY(window);
    window->reachability(key)->setProbeIntervalMs(60'000);
    RetryNotice *notice = window->retryNotice();
    OfflineBanner *banner = window->offlineBanner();
    QTRY_COMPARE_WITH_TIMEOUT(connection.activeRequests(), 0, kTimeout);

    fixture.emulator().faults().add(emulator::Fault::rateLimit(u"^/api/2.1/clusters/list$"_s, 2, 1));
    ApiReply *clusters = connection.clusters().list();
    QSignalSpy finished(clusters, &ApiReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kTimeout);
    QVERIFY2(secondsIn(notice->text()) >= 1, qPrintable(notice->text()));
    // From now on the list and the reachability probe find nobody.
    fixture.emulator().faults().add(emulator::Fault::drop(u"^/api/2.1/clusters/(list|spark-versions)$"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
    QVERIFY2(!notice->isVisible(), qPrintable(notice->text()));
    const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(window->grab().save(shots + u"/retry-ended-offline.png"_s));
    window.reset();
}

QTEST_MAIN(TestRetryNotice)
#include "tst_retry_notice.moc"
