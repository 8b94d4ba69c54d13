// The main window over two emulated workspaces at once: the navigation shows both with their
// counts, the failure inbox shows failures of both, and repairing from the inbox works.
#include "accessibilitywalk.h"
#include "api/connection.h"
#include "api/jobsapi.h"
#include "auth/statictokenprovider.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterspage.h"
#include "common/notifier.h"
#include "darkpalette.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "failingruns.h"
#include "inbox/inboxpage.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "models/failureinboxmodel.h"
#include "palette/commandpalette.h"
#include "requestlog.h"
#include "runs/rundetailwidget.h"
#include "services/failureinbox.h"
#include "services/runactivitymonitor.h"
#include "services/watchrules.h"
#include "services/workspaceset.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPalette>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kTimeout = 30'000;

} // namespace

class TestInbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_first = std::make_unique<test::EmulatorFixture>(test::failingOptions(11));
        m_second = std::make_unique<test::EmulatorFixture>(test::failingOptions(12));
        m_a = std::make_unique<Connection>(
            m_first->url(), std::make_shared<StaticTokenProvider>(m_first->token()));
        m_b = std::make_unique<Connection>(
            m_second->url(), std::make_shared<StaticTokenProvider>(m_second->token()));
        m_set = std::make_unique<WorkspaceSet>(nullptr, nullptr, nullptr);
        m_window = std::make_unique<MainWindow>();
        m_window->failureInbox()->setPollIntervalMs(200);
        m_window->setWorkspaceSet(m_set.get());
        m_keyA = m_set->addConnection(u"Production"_s, m_a.get());
        m_keyB = m_set->addConnection(u"Staging"_s, m_b.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_set.reset();
    }

    void navigationShowsEveryWorkspaceWithItsCounts()
    {
        QTreeWidget *sidebar = m_window->sidebar();
        QCOMPARE(sidebar->topLevelItemCount(), 3); // the inbox, then each workspace
        QCOMPARE(sidebar->topLevelItem(1)->text(0), u"Production"_s);
        QCOMPARE(sidebar->topLevelItem(2)->text(0), u"Staging"_s);
        QCOMPARE(sidebar->topLevelItem(2)->childCount(), 4); // Jobs, Failures, Clusters, Search archive
        // Counts arrive with the lists.
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->topLevelItem(1)->child(0)->text(0), u"Jobs (12)"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->topLevelItem(2)->child(0)->text(0), u"Jobs (12)"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->topLevelItem(2)->child(2)->text(0), u"Clusters (2)"_s, kTimeout);

        // Switching keeps each workspace's place: a job open in one stays open.
        const qint64 jobA = m_first->emulator().jobIds().first();
        m_window->showJob(m_keyA, jobA);
        QCOMPARE(m_window->currentWorkspaceKey(), m_keyA);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage(m_keyA)->jobDetail()->jobId(), jobA, kTimeout);
        m_window->showWorkspace(m_keyB);
        QCOMPARE(m_window->currentWorkspaceKey(), m_keyB);
        QCOMPARE(m_window->jobsPage(), m_window->jobsPage(m_keyB));
        m_window->showWorkspace(m_keyA);
        QCOMPARE(m_window->jobsPage()->jobDetail()->jobId(), jobA);
        QVERIFY(m_window->jobsPage()->jobDetail()->isVisible());
    }

    void inboxShowsFailuresOfBothWorkspaces()
    {
        FailureInbox *inbox = m_window->failureInbox();
        QTRY_VERIFY_WITH_TIMEOUT(
            inbox->monitor(m_keyA)->hasPolled() && inbox->monitor(m_keyB)->hasPolled(), kTimeout);
        inbox->markAllSeen(); // the seeded history
        m_runA = test::runNow(*m_a, m_first->emulator().anyJobId(2));
        m_runB = test::runNow(*m_b, m_second->emulator().anyJobId(2));
        QVERIFY(m_runA > 0 && m_runB > 0);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->indexOfRun(m_keyA, m_runA).isValid(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->model()->indexOfRun(m_keyB, m_runB).isValid(), kTimeout);

        // The unseen count shows in the navigation: overall and per workspace.
        QTreeWidget *sidebar = m_window->sidebar();
        QCOMPARE(sidebar->topLevelItem(0)->text(0), u"Failure inbox (2 new)"_s);
        QCOMPARE(sidebar->topLevelItem(1)->child(1)->text(0), u"Failures (1 new)"_s);
        QCOMPARE(sidebar->topLevelItem(2)->child(1)->text(0), u"Failures (1 new)"_s);

        m_window->showInbox();
        InboxPage *page = m_window->inboxPage();
        QVERIFY(page->isVisible());
        QTreeView *view = page->view();
        QVERIFY(view->isVisible());
        QSet<QString> workspaces;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            workspaces.insert(
                view->model()->index(row, FailureInboxModel::WorkspaceColumn).data().toString());
        QVERIFY(workspaces.contains(u"Production"_s));
        QVERIFY(workspaces.contains(u"Staging"_s));

        // One workspace's failures only, from its own navigation item.
        m_window->showInbox(m_keyB);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(
                view->model()->index(row, 0).data(FailureInboxModel::WorkspaceKeyRole).toString(), m_keyB);
        m_window->showInbox();
    }

    void selectingAFailureShowsItsErrorAndMarksItSeen()
    {
        InboxPage *page = m_window->inboxPage();
        QVERIFY(page->showFailure(m_keyB, m_runB));
        RunDetailWidget *detail = page->runDetail();
        QTRY_COMPARE_WITH_TIMEOUT(detail->runId(), m_runB, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(detail->run().isValid(), kTimeout);
        QVERIFY(detail->isVisible());
        // The error and output of the failing task, in place.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->outputs().isEmpty(), kTimeout);
        QVERIFY(!detail->outputView()->toPlainText().isEmpty());
        QCOMPARE(m_window->failureInbox()->unseenCount(m_keyB), 0);
        QCOMPARE(m_window->sidebar()->topLevelItem(2)->child(1)->text(0), u"Failures"_s);
    }

    void repairFromTheInboxRerunsTheFailedTasks()
    {
        InboxPage *page = m_window->inboxPage();
        test::RequestLog log(m_second->emulator());
        QTRY_VERIFY_WITH_TIMEOUT(page->repairFailedAction()->isEnabled(), kTimeout);
        page->repairFailedAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(log.count(u"POST /api/2.2/jobs/runs/repair"_s) == 1, kTimeout);
        // The workspace now has a repair in the run's history.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_second->emulator().run(m_runB).value(u"repair_history"_s).toArray().isEmpty(), kTimeout);
        QCOMPARE(log.count(u"POST /api/2.2/jobs/runs/repair"_s), 1);
    }

    void openJobFromTheInboxGoesToItsWorkspace()
    {
        InboxPage *page = m_window->inboxPage();
        QVERIFY(page->showFailure(m_keyA, m_runA));
        QVERIFY(page->openJobAction()->isEnabled());
        page->openJobAction()->trigger();
        QCOMPARE(m_window->currentWorkspaceKey(), m_keyA);
        const qint64 jobId = m_first->emulator().run(m_runA).value(u"job_id"_s).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage(m_keyA)->jobDetail()->jobId(), jobId, kTimeout);
        QVERIFY(m_window->jobsPage(m_keyA)->isVisible());
    }

    void watchRuleForALongRunFiresTheNotifier()
    {
        // A third workspace, opened while the others are open, whose runs take minutes.
        auto options = test::failingOptions(13);
        options.timeScale = 1.0;
        test::EmulatorFixture slow(options);
        Connection connection(slow.url(), std::make_shared<StaticTokenProvider>(slow.token()));
        const QString key = m_set->addConnection(u"Long runs"_s, &connection);
        QCOMPARE(m_window->sidebar()->topLevelItemCount(), 4);

        WatchRules *rules = m_window->watchRules();
        WatchRule rule;
        rule.condition = WatchRule::Condition::LongerThan;
        rule.minutes = 5;
        rule.workspaceKey = key;
        rule.workspaceName = u"Long runs"_s;
        const QString id = rules->addRule(rule);
        // The rules' clock is ten minutes ahead: a run that just started has run "too long".
        rules->setClock([] { return QDateTime::currentMSecsSinceEpoch() + 10 * 60'000; });
        QSignalSpy notified(Notifier::instance(), &Notifier::notified);
        const qint64 runId = test::runNow(connection, slow.emulator().anyJobId(1));
        QVERIFY(runId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), kTimeout);
        QVERIFY(notified.first().at(0).toString().startsWith(u"Long run: "_s));
        QVERIFY(notified.first().at(1).toString().contains(u"Long runs"_s));
        // Once per run, however often the workspace is polled.
        QVERIFY(brickdesk::test::waitFor(
            [&] { return m_window->failureInbox()->monitor(key)->pollCount() > 3; }, kTimeout));
        QCOMPARE(notified.size(), 1);

        rules->removeRule(id);
        rules->setClock({});
        m_set->close(key);
        QCOMPARE(m_window->sidebar()->topLevelItemCount(), 3);
        QVERIFY(!m_window->failureInbox()->hasWorkspace(key));
    }

    void paletteFindsAJobInTheOtherWorkspaceAndOpensIt()
    {
        m_window->showWorkspace(m_keyA);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Keyboard only: Ctrl+K, part of the name, down to the other workspace's job, Enter.
        QTest::keyClick(focused(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = m_window->commandPalette();
        QTRY_VERIFY(palette->isVisible());
        const qint64 jobB = m_second->emulator().jobIds().last();
        const QString name
            = m_second->emulator().job(jobB).value(u"settings"_s).toObject().value(u"name"_s).toString();
        QVERIFY(!name.isEmpty());
        QTest::keyClicks(palette->input(), name.left(name.size() - 2));
        QListView *list = palette->list();
        const auto current = [&] { return palette->model()->entry(list->currentIndex().row()); };
        for (int step = 0; step < palette->model()->rowCount(); ++step) {
            if (current().kind == PaletteEntry::Kind::Job && current().workspaceKey == m_keyB
                && current().id == QString::number(jobB))
                break;
            QTest::keyClick(palette->input(), Qt::Key_Down);
        }
        QCOMPARE(current().workspaceKey, m_keyB);
        QCOMPARE(current().id, QString::number(jobB));
        QVERIFY(list->currentIndex().data().toString().contains(u"Staging"_s));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(m_window->currentWorkspaceKey(), m_keyB);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage(m_keyB)->jobDetail()->jobId(), jobB, kTimeout);

        // From a line edit too (which would take Ctrl+K to delete to the end of the line); an
        // id typed exactly comes first.
        QLineEdit *filter = m_window->jobsPage(m_keyB)->filterEdit();
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->input(), QString::number(jobB));
        QCOMPARE(current().id, QString::number(jobB));
        QTest::keyClick(palette->input(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
    }

    void clustersPageSaysWhatToDoBeforeAClusterIsChosen()
    {
        m_window->showWorkspace(m_keyB);
        m_window->showClusters();
        ClustersPage *page = m_window->clustersPage(m_keyB);
        QVERIFY(page->isVisible());
        // No chart axis before a cluster is chosen: a sentence and the next step.
        QVERIFY(page->emptyState()->isVisible());
        QVERIFY(!page->detail()->isVisible());
        QVERIFY(page->emptyState()->text().contains(u"Choose a cluster"_s));
        m_window->showCluster(m_keyB, m_second->emulator().clusterIds().first());
        QTRY_VERIFY(page->detail()->isVisible());
        QVERIFY(!page->emptyState()->isVisible());
    }

    // Every control of the screens this window adds has an accessible name (screen readers
    // say it), walked through the accessibility tree as a screen reader would.
    void everyControlOfTheNewScreensHasAnAccessibleName()
    {
        m_window->showInbox();
        m_window->showCommandPalette();
        m_window->showWatchRules();
        auto *rules = m_window->findChild<QDialog *>(u"watchRulesDialog"_s);
        QVERIFY(rules);
        test::AccessibilityWalk walk;
        for (QWidget *root :
            {static_cast<QWidget *>(m_window->sidebar()), static_cast<QWidget *>(m_window->inboxPage()),
                static_cast<QWidget *>(m_window->commandPalette()), static_cast<QWidget *>(rules)})
            walk.visit(root);
        QVERIFY(walk.controlCount() > 10);
        QVERIFY2(walk.unnamed().isEmpty(), qPrintable(walk.report()));
        QTest::keyClick(m_window->commandPalette()->input(), Qt::Key_Escape);
        rules->close();
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("BRICKDESK_SCREENSHOT_DIR not set");
        m_window->showInbox();
        InboxPage *page = m_window->inboxPage();
        QVERIFY(page->showFailure(m_keyA, m_runA));
        QTRY_VERIFY_WITH_TIMEOUT(!page->runDetail()->outputs().isEmpty(), kTimeout);
        QTest::qWait(500); // let the layout settle after the outputs arrived
        const QString file = QDir(dir).filePath(u"screenshot-inbox.png"_s);
        QVERIFY(m_window->grab().save(file));
        qInfo("saved %s", qPrintable(file));

        // The palette over the window, part of a job's name typed.
        m_window->showWorkspace(m_keyA);
        m_window->showCommandPalette();
        CommandPalette *palette = m_window->commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->input(), u"etl"_s);
        QTest::qWait(200);
        QImage image = m_window->grab().toImage();
        {
            QPainter painter(&image);
            painter.drawPixmap(palette->mapTo(m_window.get(), QPoint(0, 0))
                    + QPoint((m_window->width() - palette->width()) / 2, 120),
                palette->grab());
        }
        const QString paletteFile = QDir(dir).filePath(u"screenshot-palette.png"_s);
        QVERIFY(image.save(paletteFile));
        qInfo("saved %s", qPrintable(paletteFile));
        QTest::keyClick(palette->input(), Qt::Key_Escape);

        // A dark system palette: every screen follows it.
        const QPalette light = QApplication::palette();
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(test::darkPalette());
        m_window->showInbox();
        QVERIFY(m_window->inboxPage()->showFailure(m_keyB, m_runB));
        QTest::qWait(500);
        const QString darkFile = QDir(dir).filePath(u"screenshot-inbox-dark.png"_s);
        QVERIFY(m_window->grab().save(darkFile));
        qInfo("saved %s", qPrintable(darkFile));
        QApplication::setPalette(light);
    }

private:
    QWidget *focused() const
    {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget : m_window.get();
    }

    std::unique_ptr<test::EmulatorFixture> m_first;
    std::unique_ptr<test::EmulatorFixture> m_second;
    std::unique_ptr<Connection> m_a;
    std::unique_ptr<Connection> m_b;
    std::unique_ptr<WorkspaceSet> m_set;
    std::unique_ptr<MainWindow> m_window;
    QString m_keyA;
    QString m_keyB;
    qint64 m_runA = 0;
    qint64 m_runB = 0;
};

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
