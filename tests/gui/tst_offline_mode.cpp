// A workspace that stops answering, in the main window over the in-process emulator: a banner
// says it is offline and since when; the job's archived versions can still be read (the job
// itself cannot be fetched), but restoring one is off and says why; once the workspace
// answers again (Try again), the banner goes and restoring is possible again.
#include "api/connection.h"
#include "api/retrypolicy.h"
#include "auth/statictokenprovider.h"
#include "common/offlinebanner.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobhistorywidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "services/jobhistoryservice.h"
#include "services/workspacereachability.h"
#include "services/workspaceset.h"
#include "workspacenavigation.h"

#include <QDateTime>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItem>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
} // namespace

class TestOfflineMode final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void offlineTheHistoryStaysReadableAndRestoreSaysWhy();
    void aWorkspaceNotShownSaysItIsOfflineToo();
};

void TestOfflineMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestOfflineMode::cleanupTestCase() { }

void TestOfflineMode::offlineTheHistoryStaysReadableAndRestoreSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    connection.setRetryPolicy(RetryPolicy::fastForTests());
    WorkspaceSet set(nullptr, nullptr, nullptr);
    auto window = std::make_unique<MainWindow>();
    window->setWorkspaceSet(&set);
    const QString key = set.addConnection(u"Production"_s, &connection);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    JobDetailWidget *detail = window->jobsPage(key)->jobDetail();
    JobHistoryService *history = detail->historyService();
    history->setArchivePath(dir.filePath(u"production.sqlite"_s));
    WorkspaceReachability *reachability = window->reachability(key);
    QVERIFY(reachability);
    reachability->setProbeIntervalMs(60'000); // only Try again asks, in this test
    OfflineBanner *banner = window->offlineBanner();
    QVERIFY(!banner->isVisible());

    // Two versions in the archive, as seen while the workspace answered.
    const qint64 jobId = fixture.emulator().anyJobId(2);
    QJsonObject settings = fixture.emulator().job(jobId).value(u"settings"_s).toObject();
    window->showJob(key, jobId);
    QTRY_COMPARE_WITH_TIMEOUT(history->versionCount(), 1, kTimeout);
    settings.insert(u"timeout_seconds"_s, 1357);
    QVERIFY(fixture.emulator().updateJobSettings(jobId, settings));
    detail->reload();
    QTRY_COMPARE_WITH_TIMEOUT(history->versionCount(), 2, kTimeout);
    QTRY_VERIFY(!history->isLoading());

    // The workspace stops answering; the job is opened afresh.
    fixture.emulator().faults().add(emulator::Fault::drop(u"/api/"_s));
    detail->clear();
    QCOMPARE(history->versionCount(), 0);
    detail->showJob(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
    QVERIFY2(banner->text().startsWith(u"Offline since "_s), qPrintable(banner->text()));
    // The archive still shows both versions, compared with the newest.
    QTRY_COMPARE_WITH_TIMEOUT(history->versionCount(), 2, kTimeout);
    QTRY_VERIFY(!history->isLoading());
    JobHistoryWidget *view = detail->historyView();
    detail->tabs()->setCurrentWidget(view);
    view->versionsView()->selectRow(1);
    QVERIFY2(view->diffView()->toPlainText().contains(u"timeout_seconds"_s),
        qPrintable(view->diffView()->toPlainText()));
    QVERIFY(!view->restoreButton()->isEnabled());
    // A reply that left before the fault may still answer and count as the workspace being
    // back for a moment; the next dropped request takes it offline again.
    QTRY_VERIFY2_WITH_TIMEOUT(view->restoreButton()->toolTip().contains(u"cannot be reached"_s),
        qPrintable(view->restoreButton()->toolTip()), kTimeout);
    QVERIFY(banner->isVisible());

    // Back: Try again finds it, the banner goes, and the job can be read and restored again.
    fixture.emulator().faults().clear();
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeout);
    detail->reload();
    QTRY_VERIFY_WITH_TIMEOUT(detail->job().isValid() && !history->isLoading(), kTimeout);
    view->versionsView()->selectRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(view->restoreButton()->isEnabled(), kTimeout);

    window.reset();
}

void TestOfflineMode::aWorkspaceNotShownSaysItIsOfflineToo()
{
    // Two workspaces, Production shown; Staging stops answering. The navigation says so where
    // Staging is listed (since when, and the banner's words in its tooltip); the inbox of every
    // workspace and Staging itself, once chosen, show the banner for it, by name.
    test::EmulatorFixture production;
    test::EmulatorFixture staging;
    Connection first(production.url(), std::make_shared<StaticTokenProvider>(production.token()));
    Connection second(staging.url(), std::make_shared<StaticTokenProvider>(staging.token()));
    first.setRetryPolicy(RetryPolicy::fastForTests());
    second.setRetryPolicy(RetryPolicy::fastForTests());
    WorkspaceSet set(nullptr, nullptr, nullptr);
    auto window = std::make_unique<MainWindow>();
    window->setWorkspaceSet(&set);
    const QString productionKey = set.addConnection(u"Production"_s, &first);
    const QString stagingKey = set.addConnection(u"Staging"_s, &second);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->sidebar()->select(productionKey, WorkspaceNavigation::Screen::Jobs);
    QCOMPARE(window->currentWorkspaceKey(), productionKey);
    WorkspaceReachability *reachability = window->reachability(stagingKey);
    reachability->setProbeIntervalMs(60'000); // only Try again asks, in this test
    OfflineBanner *banner = window->offlineBanner();
    const QList<QTreeWidgetItem *> items = window->sidebar()->findItems(u"Staging"_s, Qt::MatchStartsWith);
    QCOMPARE(items.size(), 1);
    QTreeWidgetItem *stagingItem = items.constFirst();
    QCOMPARE(stagingItem->text(0), u"Staging"_s);

    staging.emulator().faults().add(emulator::Fault::drop(u"/api/"_s));
    reachability->probeNow();
    QTRY_VERIFY_WITH_TIMEOUT(reachability->isOffline(), kTimeout);

    // Production answers: no banner over its screens, but Staging's item says it is offline.
    QVERIFY(!banner->isVisible());
    const QString since = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(reachability->offlineSinceMs()).time(), QLocale::ShortFormat);
    QCOMPARE(stagingItem->text(0), u"Staging (offline since %1)"_s.arg(since));
    QVERIFY2(
        stagingItem->toolTip(0).contains(u"Offline since %1: the workspace cannot be reached"_s.arg(since)),
        qPrintable(stagingItem->toolTip(0)));
    QVERIFY(!window->sidebar()->findItems(u"Production"_s, Qt::MatchExactly).isEmpty());

    const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(window->grab().save(shots + u"/offline-not-shown-sidebar.png"_s));

    // The inbox of every workspace: the banner speaks for Staging, by name.
    window->showInbox();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"“Staging”: %1"_s.arg(reachability->offlineText()));
    if (!shots.isEmpty())
        QVERIFY(window->grab().save(shots + u"/offline-not-shown-inbox.png"_s));

    // Switched to Staging: its banner, as the shown workspace's always is.
    window->sidebar()->select(stagingKey, WorkspaceNavigation::Screen::Clusters);
    QCOMPARE(window->currentWorkspaceKey(), stagingKey);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"“Staging”: %1"_s.arg(reachability->offlineText()));
    if (!shots.isEmpty())
        QVERIFY(window->grab().save(shots + u"/offline-not-shown-switched.png"_s));
    window->sidebar()->select(productionKey, WorkspaceNavigation::Screen::Jobs);
    QVERIFY(!banner->isVisible());

    // Back: Try again (from the inbox of all) finds it, and every mark goes.
    staging.emulator().faults().clear();
    window->showInbox();
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!reachability->isOffline(), kTimeout);
    QVERIFY(!banner->isVisible());
    QCOMPARE(stagingItem->text(0), u"Staging"_s);
    window.reset();
}

QTEST_MAIN(TestOfflineMode)
#include "tst_offline_mode.moc"
