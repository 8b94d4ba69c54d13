// What a screen reader hears: the main window on an emulated workspace, every page (jobs, a
// job and each of its tabs, a run, the failure inbox, clusters before and after one is chosen
// with its chart and cost tab, the fleet cost view, the archive search) and the dialogs (job
// form with each tab and task type, run now, repair, resize, preferences, workspaces, palette,
// shortcuts, watch rules, welcome) walked through the accessibility tree: no interactive
// control may be unnamed, and every chart has a name and a description that says what it shows.
#include "accessibilitywalk.h"
#include "analysis/nodechartsummary.h"
#include "api/connection.h"
#include "archive/archivesearchpage.h"
#include "auth/memorysecretstore.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacestore.h"
#include "charts/nodecountchart.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterresizedialog.h"
#include "clusters/clusterspage.h"
#include "clusters/nodechartpanel.h"
#include "common/shortcutsdialog.h"
#include "cost/clustercostpanel.h"
#include "cost/fleetcostview.h"
#include "emulatorfixture.h"
#include "failingruns.h"
#include "inbox/inboxpage.h"
#include "jobform/jobformdialog.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
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
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
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
    void repairDialog();
    void resizeDialog();
    void preferences();
    void workspacesDialog();
    void commandPalette();
    void shortcuts();
    void shortcutsListEveryAction();
    void noTwoActionsShareKeysWhereBothWork();
    void watchRules();
    void welcome();

private:
    // Walks what is shown and fails naming every unnamed control.
    void expectEveryControlNamed(test::AccessibilityWalk &walk, int minimumControls);
    QDialog *dialogNamed(const QString &objectName) const;
    void closeDialogs();

    QTemporaryDir m_dir;
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<WorkspaceStore> m_store;
    MemorySecretStore m_keychain;
    MemorySecretStore m_session;
    std::unique_ptr<WorkspaceSet> m_set;
    std::unique_ptr<MainWindow> m_window;
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
    m_fixture = std::make_unique<test::EmulatorFixture>(options);
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    m_store = std::make_unique<WorkspaceStore>(m_dir.filePath(u"settings.ini"_s));
    m_set = std::make_unique<WorkspaceSet>(m_store.get(), &m_keychain, &m_session);
    m_window = std::make_unique<MainWindow>();
    m_window->failureInbox()->setPollIntervalMs(200);
    m_window->setWorkspaceSet(m_set.get());
    m_key = m_set->addConnection(u"Production"_s, m_connection.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showJobs();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->jobsPage()->model()->rowCount() > 0, kTimeout);
    m_jobId = m_fixture->emulator().anyJobId(2);
}

void TestScreenReader::cleanupTestCase()
{
    closeDialogs();
    m_window.reset();
    m_set.reset();
}

void TestScreenReader::cleanup()
{
    closeDialogs();
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

QDialog *TestScreenReader::dialogNamed(const QString &objectName) const
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->objectName() == objectName && window->isVisible())
            return qobject_cast<QDialog *>(window);
    }
    return nullptr;
}

void TestScreenReader::closeDialogs()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window != m_window.get() && window->isVisible())
            window->close();
    }
    QCoreApplication::processEvents();
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
    const QString clusterId = m_fixture->emulator().clusterIds().first();
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
    auto *form = JobFormDialog::forEdit(m_connection.get(), m_jobId, m_window.get());
    form->show();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), kTimeout);
    {
        test::AccessibilityWalk walk;
        expectEveryControlNamed(walk, 20);
    }
    form->close();

    // A new job: each task type's fields, and each trigger's.
    auto *create = JobFormDialog::forNewJob(m_connection.get(), m_window.get());
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
    QTRY_VERIFY_WITH_TIMEOUT(dialogNamed(u"runNowDialog"_s), kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::repairDialog()
{
    RunDetailWidget *run = m_window->inboxPage()->runDetail();
    m_window->showInbox();
    QTRY_VERIFY_WITH_TIMEOUT(run->runId() > 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(run->repairAction()->isEnabled(), kTimeout);
    run->repairAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(dialogNamed(u"repairDialog"_s), kTimeout);
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::resizeDialog()
{
    ClustersModel *clusters = m_window->clustersPage()->model();
    QVERIFY(clusters->rowCount() > 0);
    ClusterResizeDialog dialog(clusters->cluster(0), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::preferences()
{
    m_window->showPreferences();
    QTRY_VERIFY(dialogNamed(u"preferencesDialog"_s));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 4);
}

void TestScreenReader::workspacesDialog()
{
    m_window->manageWorkspaces();
    QTRY_VERIFY(dialogNamed(u"connectionDialog"_s));
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
    QTRY_VERIFY(dialogNamed(u"shortcutsDialog"_s));
    test::AccessibilityWalk walk;
    expectEveryControlNamed(walk, 2);
}

// Help ▸ Keyboard shortcuts lists every action of every screen that has a shortcut: its words,
// its keys and where it works, and the keys the chart and the palette handle themselves.
void TestScreenReader::shortcutsListEveryAction()
{
    m_window->showShortcuts();
    auto *dialog = qobject_cast<ShortcutsDialog *>(dialogNamed(u"shortcutsDialog"_s));
    QVERIFY(dialog);
    QSet<QString> listed;
    QTableWidget *table = dialog->table();
    for (int row = 0; row < table->rowCount(); ++row)
        listed.insert(table->item(row, 0)->text() + u" | "_s + table->item(row, 1)->text() + u" | "_s
            + table->item(row, 2)->text());
    QStringList missing;
    int withKeys = 0;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        ++withKeys;
        const QString row = action->text().remove(u'&') + u" | "_s
            + action->shortcut().toString(QKeySequence::NativeText) + u" | "_s
            + ShortcutsDialog::whereOf(action);
        if (action->text().isEmpty() || !listed.contains(row))
            missing << u"%1 (%2)"_s.arg(row, test::AccessibilityWalk::objectPath(action));
    }
    QVERIFY(withKeys >= 30); // the menus' and every screen's
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in the list:\n  "_s + missing.join(u"\n  "_s)));
    // Keys that are not actions: the chart's and the palette's.
    for (const KeyHelp &key : NodeCountChart::keyboardHelp() + CommandPalette::keyboardHelp())
        QVERIFY2(
            listed.contains(key.what + u" | "_s + key.keys + u" | "_s + key.where), qPrintable(key.what));
}

// Two actions with the same keys where both work at once: Qt fires neither ("ambiguous
// shortcut"), so the keys do nothing. An action works in its window (window shortcuts) or in
// the widgets it was added to and their children.
void TestScreenReader::noTwoActionsShareKeysWhereBothWork()
{
    // Where an action's keys work: a widget, and with it its children unless the action is a
    // Qt::WidgetShortcut (that widget only).
    struct Scope
    {
        const QWidget *widget;
        bool children;
        bool covers(const Scope &other) const
        {
            return widget == other.widget || (children && widget->isAncestorOf(other.widget));
        }
    };
    struct Scoped
    {
        const QAction *action;
        QList<Scope> scopes;
    };
    QHash<QString, QList<Scoped>> byKeys;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        Scoped scoped {action, {}};
        const Qt::ShortcutContext context = action->shortcutContext();
        if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut) {
            scoped.scopes.append({m_window.get(), true});
        } else {
            const QList<QObject *> owners = action->associatedObjects();
            for (const QObject *owner : owners) {
                const auto *widget = qobject_cast<const QWidget *>(owner);
                if (widget && !qobject_cast<const QMenu *>(widget) && !qobject_cast<const QToolBar *>(widget)
                    && !qobject_cast<const QToolButton *>(widget))
                    scoped.scopes.append({widget, context == Qt::WidgetWithChildrenShortcut});
            }
        }
        byKeys[action->shortcut().toString(QKeySequence::PortableText)].append(scoped);
    }
    const auto overlap = [](const Scoped &a, const Scoped &b) {
        for (const Scope &x : a.scopes) {
            for (const Scope &y : b.scopes) {
                if (x.covers(y) || y.covers(x))
                    return true;
            }
        }
        return false;
    };
    QStringList clashes;
    for (auto it = byKeys.cbegin(); it != byKeys.cend(); ++it) {
        const QList<Scoped> &list = it.value();
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size(); ++j) {
                if (overlap(list.at(i), list.at(j)))
                    clashes << u"%1: “%2” (%3) and “%4” (%5)"_s.arg(it.key(), list.at(i).action->text(),
                        list.at(i).action->objectName(), list.at(j).action->text(),
                        list.at(j).action->objectName());
            }
        }
    }
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
}

void TestScreenReader::watchRules()
{
    m_window->showWatchRules();
    QTRY_VERIFY(dialogNamed(u"watchRulesDialog"_s));
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
