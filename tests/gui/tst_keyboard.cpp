// The whole app from the keyboard: on each page and dialog, Tab goes round every control and
// back (no control it cannot reach, none that keeps it) in reading order (down a column, each
// row left to right, then the next column); Help ▸ Keyboard shortcuts lists every action with
// keys; and no two actions share keys where both work (Qt would fire neither).
#include "archive/archivesearchpage.h"
#include "charts/nodecountchart.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterresizedialog.h"
#include "clusters/clusterspage.h"
#include "common/shortcutsdialog.h"
#include "cost/fleetcostview.h"
#include "eventwait.h"
#include "failingruns.h"
#include "focuswalk.h"
#include "inbox/inboxpage.h"
#include "jobform/jobformdialog.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindowfixture.h"
#include "models/clustersmodel.h"
#include "models/jobsmodel.h"
#include "models/runsmodel.h"
#include "palette/commandpalette.h"
#include "runs/rundetailwidget.h"
#include "services/runactivitymonitor.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kTimeout = 30'000;

// The first control under `scope` that Tab stops at.
QWidget *firstControl(QWidget *scope)
{
    const QList<QWidget *> widgets = scope->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy())
            return widget;
    }
    return scope;
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void jobsAndAJob();
    void aRun();
    void failureInbox();
    void clusters();
    void archiveSearch();
    void jobFormEachTab();
    void runNowDialog();
    void driftDialog();
    void repairDialog();
    void resizeDialog();
    void preferences();
    void workspacesDialog();
    void watchRules();
    void fleetCost();

    void shortcutsListEveryAction();
    void noTwoActionsShareKeysWhereBothWork();

private:
    // Tab round `window` from its first control: no trap, every control of `scope` reached,
    // in reading order.
    void expectTabGoesRound(QWidget *window, QWidget *scope);

    std::unique_ptr<test::MainWindowFixture> m_fx;
    MainWindow *m_window = nullptr;
    QString m_key;
    qint64 m_jobId = 0;
    qint64 m_failedRun = 0;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto options = test::failingOptions(18);
    options.nodeTimelineDays = 1;
    m_fx = std::make_unique<test::MainWindowFixture>(options);
    m_window = &m_fx->window();
    m_key = m_fx->key();
    QVERIFY(m_fx->showJobs(kTimeout));
    m_jobId = m_fx->emulator().anyJobId(2);
}

void TestKeyboard::cleanupTestCase()
{
    m_fx.reset();
}

void TestKeyboard::cleanup()
{
    m_fx->closeDialogs();
}

void TestKeyboard::expectTabGoesRound(QWidget *window, QWidget *scope)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const test::FocusWalk walk(firstControl(window));
    QStringList order;
    for (const QWidget *widget : walk.order())
        order << test::FocusWalk::name(widget);
    const QString trap = walk.trap();
    if (!trap.isEmpty())
        qWarning().noquote() << "Tab order:\n  " << order.join(u"\n  "_s);
    QVERIFY2(trap.isEmpty(), qPrintable(trap));
    const QStringList unreached = walk.unreached(scope);
    if (!unreached.isEmpty())
        qWarning().noquote() << "Tab order:\n  " << order.join(u"\n  "_s);
    QVERIFY2(unreached.isEmpty(), qPrintable(u"Tab never reaches:\n  "_s + unreached.join(u"\n  "_s)));
    const QStringList backward = walk.backwardSteps(scope);
    // Round a dialog, its last control leads back to its first; round a page of the window,
    // the way back goes through the navigation.
    if (backward.size() > (scope == window ? 1 : 0))
        qWarning().noquote() << "Tab order:\n  " << order.join(u"\n  "_s);
    QVERIFY2(backward.size() <= (scope == window ? 1 : 0),
        qPrintable(u"Tab goes back up:\n  "_s + backward.join(u"\n  "_s)));
}

void TestKeyboard::jobsAndAJob()
{
    m_window->showJob(m_key, m_jobId);
    JobDetailWidget *detail = m_window->jobsPage()->jobDetail();
    QTRY_COMPARE_WITH_TIMEOUT(detail->jobId(), m_jobId, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(detail->runsModel()->rowCount() > 0, kTimeout);
    for (int tab = 0; tab < detail->tabs()->count(); ++tab) {
        detail->tabs()->setCurrentIndex(tab);
        expectTabGoesRound(m_window, m_window->jobsPage());
    }
    detail->tabs()->setCurrentIndex(0);
}

void TestKeyboard::aRun()
{
    JobDetailWidget *detail = m_window->jobsPage()->jobDetail();
    m_window->showJob(m_key, m_jobId);
    QTRY_VERIFY_WITH_TIMEOUT(detail->runsModel()->rowCount() > 0, kTimeout);
    const qint64 runId = detail->runsModel()->run(0).id();
    m_window->showRun(m_key, runId);
    RunDetailWidget *run = m_window->jobsPage()->runDetail();
    QTRY_COMPARE_WITH_TIMEOUT(run->runId(), runId, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(run->tasksTable()->rowCount() > 0, kTimeout);
    expectTabGoesRound(m_window, run);
}

void TestKeyboard::failureInbox()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->failureInbox()->monitor(m_key)->hasPolled(), kTimeout);
    m_failedRun = test::runNow(m_fx->connection(), m_jobId); // every live run fails here
    QVERIFY(m_failedRun > 0);
    m_window->showInbox();
    InboxPage *page = m_window->inboxPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->showFailure(m_key, m_failedRun), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(page->runDetail()->tasksTable()->rowCount() > 0, kTimeout);
    expectTabGoesRound(m_window, page);
}

void TestKeyboard::clusters()
{
    m_window->showCluster(m_key, m_fx->emulator().clusterIds().first());
    ClusterDetailWidget *detail = m_window->clustersPage()->detail();
    QTRY_VERIFY_WITH_TIMEOUT(
        detail->isVisible() && !detail->isLoading() && !detail->events().isEmpty(), kTimeout);
    for (int tab = 0; tab < detail->tabs()->count(); ++tab) {
        detail->tabs()->setCurrentIndex(tab);
        expectTabGoesRound(m_window, m_window->clustersPage());
    }
    detail->tabs()->setCurrentIndex(0);
}

void TestKeyboard::archiveSearch()
{
    m_window->showSearch();
    expectTabGoesRound(m_window, m_window->searchPage());
}

void TestKeyboard::jobFormEachTab()
{
    auto *form = JobFormDialog::forEdit(&m_fx->connection(), m_jobId, m_window);
    form->show();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isLoading(), kTimeout);
    auto *tabs = form->findChild<QTabWidget *>(u"tabs"_s);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        expectTabGoesRound(form, form);
    }
}

void TestKeyboard::runNowDialog()
{
    m_window->showJob(m_key, m_jobId);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage()->jobDetail()->jobId(), m_jobId, kTimeout);
    m_window->jobsPage()->findChild<QAction *>(u"runNowAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::MainWindowFixture::shownDialog(u"runNowDialog"_s), kTimeout);
    QDialog *dialog = test::MainWindowFixture::shownDialog(u"runNowDialog"_s);
    expectTabGoesRound(dialog, dialog);
}

void TestKeyboard::driftDialog()
{
    m_window->showJob(m_key, m_jobId);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage()->jobDetail()->jobId(), m_jobId, kTimeout);
    m_window->jobsPage()->findChild<QAction *>(u"compareJobAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::MainWindowFixture::shownDialog(u"jobDriftDialog"_s), kTimeout);
    QDialog *dialog = test::MainWindowFixture::shownDialog(u"jobDriftDialog"_s);
    expectTabGoesRound(dialog, dialog);
}

void TestKeyboard::repairDialog()
{
    QVERIFY(m_failedRun > 0); // failureInbox() made one
    m_window->showInbox();
    RunDetailWidget *run = m_window->inboxPage()->runDetail();
    QTRY_VERIFY_WITH_TIMEOUT(run->repairAction()->isEnabled(), kTimeout);
    run->repairAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::MainWindowFixture::shownDialog(u"repairDialog"_s), kTimeout);
    QDialog *dialog = test::MainWindowFixture::shownDialog(u"repairDialog"_s);
    expectTabGoesRound(dialog, dialog);
}

void TestKeyboard::resizeDialog()
{
    ClustersModel *clusters = m_window->clustersPage()->model();
    QVERIFY(clusters->rowCount() > 0);
    ClusterResizeDialog dialog(clusters->cluster(0), m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    expectTabGoesRound(&dialog, &dialog);
}

void TestKeyboard::preferences()
{
    m_window->showPreferences();
    QTRY_VERIFY(test::MainWindowFixture::shownDialog(u"preferencesDialog"_s));
    QDialog *dialog = test::MainWindowFixture::shownDialog(u"preferencesDialog"_s);
    expectTabGoesRound(dialog, dialog);
}

void TestKeyboard::workspacesDialog()
{
    m_window->manageWorkspaces();
    QTRY_VERIFY(test::MainWindowFixture::shownDialog(u"connectionDialog"_s));
    QDialog *dialog = test::MainWindowFixture::shownDialog(u"connectionDialog"_s);
    expectTabGoesRound(dialog, dialog);
}

void TestKeyboard::watchRules()
{
    m_window->showWatchRules();
    QTRY_VERIFY(test::MainWindowFixture::shownDialog(u"watchRulesDialog"_s));
    QDialog *dialog = test::MainWindowFixture::shownDialog(u"watchRulesDialog"_s);
    expectTabGoesRound(dialog, dialog);
}

void TestKeyboard::fleetCost()
{
    m_window->showClusters();
    FleetCostView *fleet = m_window->clustersPage()->openFleetCost();
    QVERIFY(QTest::qWaitForWindowExposed(fleet));
    QTRY_VERIFY_WITH_TIMEOUT(fleet->model()->rowCount() > 0, kTimeout);
    expectTabGoesRound(fleet, fleet);
}

// Help ▸ Keyboard shortcuts lists every action of every screen that has a shortcut: its words,
// its keys and where it works, and the keys the chart and the palette handle themselves.
void TestKeyboard::shortcutsListEveryAction()
{
    m_window->showShortcuts();
    auto *dialog
        = qobject_cast<ShortcutsDialog *>(test::MainWindowFixture::shownDialog(u"shortcutsDialog"_s));
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
            missing << u"%1 (%2)"_s.arg(row, action->objectName());
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
void TestKeyboard::noTwoActionsShareKeysWhereBothWork()
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
            scoped.scopes.append({m_window, true});
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

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
