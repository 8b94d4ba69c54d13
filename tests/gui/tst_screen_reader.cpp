// What a screen reader hears: the main window on an emulated workspace, every page (jobs, a
// job and each of its tabs, a run, the failure inbox, clusters before and after one is chosen
// with its chart and cost tab, the fleet cost view, the archive search) and the dialogs (job
// form with each tab and task type, run now, repair, resize, preferences, workspaces, palette,
// shortcuts, watch rules, welcome) walked through the accessibility tree: no interactive
// control may be unnamed, and every chart has a name and a description that says what it shows.
#include "accessibilitywalk.h"
#include "analysis/nodechartsummary.h"
#include "archive/archivesearchpage.h"
#include "charts/nodecountchart.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterresizedialog.h"
#include "clusters/clusterspage.h"
#include "clusters/nodechartpanel.h"
#include "cost/clustercostpanel.h"
#include "cost/fleetcostview.h"
#include "eventwait.h"
#include "failingruns.h"
#include "inbox/inboxpage.h"
#include "jobform/jobformdialog.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "models/clustersmodel.h"
#include "models/failureinboxmodel.h"
#include "models/jobsmodel.h"
#include "models/runsmodel.h"
#include "palette/commandpalette.h"
#include "runs/rundetailwidget.h"
#include "services/failureinbox.h"
#include "services/runactivitymonitor.h"
#include "services/workspaceset.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kTimeout = 30'000;

} // namespace

class TestScreenReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void jobsList();
    void jobDetailAndEachTab();
    void runDetail();
    void failureInbox();
    void clustersBeforeOneIsChosen();
    void clusterChartAndCost();
    void nodeChartDescriptionFollowsTheWindow();
    void fleetCost();
    void archiveSearch();
    void jobFormEachTabAndTaskType();
    void runNowDialog();
    void driftDialog();
    void repairDialog();
    void resizeDialog();
    void preferences();
    void workspacesDialog();
    void commandPalette();
    void shortcuts();
    void watchRules();
    void welcome();

private:
    // Walks what is shown and fails naming every unnamed control.
    void expectEveryControlNamed(test::AccessibilityWalk &walk, int minimumControls);

    std::unique_ptr<test::MainWindowFixture> m_fx;
    MainWindow *m_window = nullptr;
    Connection *m_connection = nullptr;
    QString m_key;
    qint64 m_jobId = 0;
};

void TestScreenReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto options = test::failingOptions(17);
    options.eventsPerCluster = 400; // a chart with resizes to describe
    options.nodeTimelineDays = 1; // the cost tab's system tables
    m_fx = std::make_unique<test::MainWindowFixture>(options);
    m_window = &m_fx->window();
    m_connection = &m_fx->connection();
    m_key = m_fx->key();
    QVERIFY(m_fx->showJobs(kTimeout));
    m_jobId = m_fx->emulator().anyJobId(2);
}

void TestScreenReader::cleanupTestCase()
{
    m_fx.reset();
}

void TestScreenReader::cleanup()
{
    m_fx->closeDialogs();
}

void TestScreenReader::expectEveryControlNamed(test::AccessibilityWalk &walk, int minimumControls)
{
    walk.visitShownWindows();
    // A walk that met nothing proves nothing.
    QVERIFY2(walk.controlCount() >= minimumControls,
        qPrintable(
            u"only %1 controls met, expected at least %2"_s.arg(walk.controlCount()).arg(minimumControls)));
    if (!walk.unnamed().isEmpty())
        qWarning().noquote() << walk.report(); // in full: a failure message is cut at 1,000 characters
    QVERIFY2(walk.unnamed().isEmpty(), qPrintable(u"%1 unnamed, listed above"_s.arg(walk.unnamed().size())));
}

void TestScreenReader::jobsList()
{
    m_window->showJobs();
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 5);
    QVERIFY(walk.met(u"jobsView"_s));
}

void TestScreenReader::jobDetailAndEachTab()
{
    m_window->showJob(m_key, m_jobId);
    JobDetailWidget *detail = m_window->jobsPage()->jobDetail();
    QTRY_COMPARE_WITH_TIMEOUT(detail->jobId(), m_jobId, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(detail->runsModel()->rowCount() > 0, kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 10);
    QVERIFY(walk.met(detail->runsView()->objectName()));
}

void TestScreenReader::runDetail()
{
    JobDetailWidget *detail = m_window->jobsPage()->jobDetail();
    m_window->showJob(m_key, m_jobId);
    QTRY_VERIFY_WITH_TIMEOUT(detail->runsModel()->rowCount() > 0, kTimeout);
    const qint64 runId = detail->runsModel()->run(0).id();
    m_window->showRun(m_key, runId);
    RunDetailWidget *run = m_window->jobsPage()->runDetail();
    QTRY_COMPARE_WITH_TIMEOUT(run->runId(), runId, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(run->tasksTable()->rowCount() > 0, kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 8);
    QVERIFY(walk.chartCount() >= 1); // the task timeline
}

void TestScreenReader::failureInbox()
{
    FailureInbox *inbox = m_window->failureInbox();
    QTRY_VERIFY_WITH_TIMEOUT(inbox->monitor(m_key)->hasPolled(), kTimeout);
    const qint64 runId = test::runNow(*m_connection, m_jobId); // every live run fails here
    QVERIFY(runId > 0);
    m_window->showInbox();
    InboxPage *page = m_window->inboxPage();
    // With the failure chosen: its run detail shows in place.
    QTRY_VERIFY_WITH_TIMEOUT(page->showFailure(m_key, runId), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->runDetail()->runId(), runId, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(page->runDetail()->tasksTable()->rowCount() > 0, kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 8);
    QVERIFY(walk.met(page->view()->objectName()));
}

void TestScreenReader::clustersBeforeOneIsChosen()
{
    m_window->showClusters();
    ClustersPage *page = m_window->clustersPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, kTimeout);
    QVERIFY(page->emptyState()->isVisible());
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 8);
    QCOMPARE(walk.chartCount(), 0); // no chart before a cluster is chosen
}

void TestScreenReader::clusterChartAndCost()
{
    const QString clusterId = m_fx->emulator().clusterIds().first();
    m_window->showCluster(m_key, clusterId);
    ClusterDetailWidget *detail = m_window->clustersPage()->detail();
    QTRY_VERIFY_WITH_TIMEOUT(
        detail->isVisible() && !detail->isLoading() && !detail->events().isEmpty(), kTimeout);
    // The cost tab asks for its data once seen; walk it with its answer.
    detail->tabs()->setCurrentWidget(detail->costPanel());
    QTRY_VERIFY_WITH_TIMEOUT(detail->costPanel()->hasBilledData(), kTimeout);
    detail->tabs()->setCurrentWidget(detail->chartPanel());
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 15);
    QVERIFY2(walk.chartCount() >= 2, qPrintable(QString::number(walk.chartCount()))); // node count, cost
}

// The node chart says in words what it shows, and says it again when the window moves.
void TestScreenReader::nodeChartDescriptionFollowsTheWindow()
{
    ClusterDetailWidget *detail = m_window->clustersPage()->detail();
    QVERIFY(!detail->events().isEmpty()); // clusterChartAndCost opened one
    detail->tabs()->setCurrentWidget(detail->chartPanel());
    NodeCountChart *chart = detail->chartPanel()->chart();
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(chart->chartView());
    QCOMPARE(view->role(), QAccessible::Chart);
    QCOMPARE(view->text(QAccessible::Name), u"Worker nodes over time"_s);
    const auto expected = [chart] {
        const auto [from, to] = chart->visibleRange();
        return describeNodeChart(chart->data(), {}, 0, from, to);
    };
    const QString whole = view->text(QAccessible::Description);
    QCOMPARE(whole, expected());
    QVERIFY2(whole.startsWith(u"Workers from "_s) && whole.contains(u" resize"_s), qPrintable(whole));
    const NodeChartSummary all
        = summarizeNodeChart(chart->data(), chart->data().startMs, chart->data().endMs);
    QVERIFY2(all.resizes > 0, "the cluster's history has resizes to describe");

    // Zoomed to its last hour: fewer resizes, other words.
    const qint64 end = chart->data().endMs;
    chart->setVisibleRange(end - 3'600'000, end);
    QCOMPARE(view->text(QAccessible::Description), expected());
    QVERIFY(view->text(QAccessible::Description) != whole);
    chart->resetZoom();
    QCOMPARE(view->text(QAccessible::Description), whole);
}

void TestScreenReader::fleetCost()
{
    m_window->showClusters();
    FleetCostView *fleet = m_window->clustersPage()->openFleetCost();
    QVERIFY(QTest::qWaitForWindowExposed(fleet));
    QTRY_VERIFY_WITH_TIMEOUT(fleet->model()->rowCount() > 0, kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 12);
    QVERIFY(walk.met(fleet->table()->objectName()));
    fleet->close();
}

void TestScreenReader::archiveSearch()
{
    m_window->showSearch();
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 5);
    QVERIFY(walk.met(m_window->searchPage()->searchInput()->objectName()));
}

void TestScreenReader::jobFormEachTabAndTaskType()
{
    // Editing a job: every tab as loaded.
    auto *form = JobFormDialog::forEdit(m_connection, m_jobId, m_window);
    form->show();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), kTimeout);
    {
        test::AccessibilityWalk walk;
        expectEveryControlNamed(walk, 20);
    }
    form->close();

    // A new job: each task type's fields, and each trigger's.
    auto *create = JobFormDialog::forNewJob(m_connection, m_window);
    create->show();
    QVERIFY(QTest::qWaitForWindowExposed(create));
    auto *tabs = create->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (const QString &switcher : {u"taskType"_s, u"triggerKind"_s}) {
        auto *combo = create->findChild<QComboBox *>(switcher);
        QVERIFY2(combo, qPrintable(switcher));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(combo))
                tabs->setCurrentIndex(i);
        }
        for (int i = 0; i < combo->count(); ++i) {
            combo->setCurrentIndex(i);
            QCoreApplication::processEvents();
            test::AccessibilityWalk walk;
            walk.visit(create);
            const QString where = u"%1 “%2”"_s.arg(switcher, combo->itemText(i));
            if (!walk.unnamed().isEmpty())
                qWarning().noquote() << where << walk.report();
            QVERIFY2(walk.unnamed().isEmpty(), qPrintable(where + u": unnamed controls, listed above"_s));
        }
    }
}

void TestScreenReader::runNowDialog()
{
    m_window->showJob(m_key, m_jobId);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage()->jobDetail()->jobId(), m_jobId, kTimeout);
    m_window->jobsPage()->findChild<QAction *>(u"runNowAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::MainWindowFixture::shownDialog(u"runNowDialog"_s), kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::driftDialog()
{
    m_window->showJob(m_key, m_jobId);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage()->jobDetail()->jobId(), m_jobId, kTimeout);
    m_window->jobsPage()->findChild<QAction *>(u"compareJobAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::MainWindowFixture::shownDialog(u"jobDriftDialog"_s), kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 3);
}

void TestScreenReader::repairDialog()
{
    RunDetailWidget *run = m_window->inboxPage()->runDetail();
    m_window->showInbox();
    QTRY_VERIFY_WITH_TIMEOUT(run->runId() > 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(run->repairAction()->isEnabled(), kTimeout);
    run->repairAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::MainWindowFixture::shownDialog(u"repairDialog"_s), kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::resizeDialog()
{
    ClustersModel *clusters = m_window->clustersPage()->model();
    QVERIFY(clusters->rowCount() > 0);
    ClusterResizeDialog dialog(clusters->cluster(0), m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::preferences()
{
    m_window->showPreferences();
    QTRY_VERIFY(test::MainWindowFixture::shownDialog(u"preferencesDialog"_s));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::workspacesDialog()
{
    m_window->manageWorkspaces();
    QTRY_VERIFY(test::MainWindowFixture::shownDialog(u"connectionDialog"_s));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 6);
}

void TestScreenReader::commandPalette()
{
    m_window->showCommandPalette();
    QTRY_VERIFY(m_window->commandPalette()->isVisible());
    QTest::keyClicks(m_window->commandPalette()->input(), u"a"_s);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 2);
    QVERIFY(walk.met(m_window->commandPalette()->input()->objectName()));
}

void TestScreenReader::shortcuts()
{
    m_window->showShortcuts();
    QTRY_VERIFY(test::MainWindowFixture::shownDialog(u"shortcutsDialog"_s));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 2);
}

void TestScreenReader::watchRules()
{
    m_window->showWatchRules();
    QTRY_VERIFY(test::MainWindowFixture::shownDialog(u"watchRulesDialog"_s));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 6);
}

void TestScreenReader::welcome()
{
    WelcomePage page {QProcessEnvironment()};
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    test::AccessibilityWalk walk;
    walk.visit(&page);
    QVERIFY2(walk.controlCount() >= 1, "the welcome page has at least the demo button");
    QVERIFY2(walk.unnamed().isEmpty(), qPrintable(walk.report()));
}

QTEST_MAIN(TestScreenReader)
#include "tst_screen_reader.moc"
