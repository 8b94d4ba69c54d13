// The archive search screen in the main window, against the in-process emulator: reached by
// its shortcut and from the navigation, it says there is no archive yet, Sync now fills one
// (with Cancel while it runs), a path typed finds the job that reads it, named as plain text,
// and activating the job lands on it in the Jobs page; a run error opens the run.
#include "api/connection.h"
#include "archive/archivesearchpage.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "models/archivesearchmodel.h"
#include "runs/rundetailwidget.h"
#include "searchablejob.h"
#include "services/archivesearchservice.h"
#include "services/jobhistoryservice.h"
#include "services/workspaceset.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeout = 60'000;
const QString kMarkupName = u"<b>ingest</b> <i>orders</i> & more"_s;

} // namespace

class TestArchiveSearchPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reachedByItsShortcutAndTheNavigation();
    void syncThenTypeAPathAndOpenTheJob();
    void aRunErrorOpensTheRun();

private:
    ArchiveSearchPage *page() const { return m_window->searchPage(m_key); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<WorkspaceSet> m_set;
    std::unique_ptr<MainWindow> m_window;
    QString m_key;
    qint64 m_jobId = 0;
};

void TestArchiveSearchPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<test::EmulatorFixture>();
    m_jobId = test::renameJobReadingPath(m_fixture->emulator(), u"/Repos/etl/ingest/orders"_s, kMarkupName);
    QVERIFY(m_jobId > 0);
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    m_set = std::make_unique<WorkspaceSet>(nullptr, nullptr, nullptr);
    m_window = std::make_unique<MainWindow>();
    m_window->setWorkspaceSet(m_set.get());
    m_key = m_set->addConnection(u"Production"_s, m_connection.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(page());
    // The window names the archive after the workspace, the same file for a job's history and
    // the search; this test keeps it in its own folder.
    QVERIFY(!page()->service()->archivePath().isEmpty());
    JobHistoryService *history = m_window->jobsPage(m_key)->jobDetail()->historyService();
    QCOMPARE(history->archivePath(), page()->service()->archivePath());
    page()->setArchivePath(m_dir.filePath(u"production.sqlite"_s));
    history->setArchivePath(m_dir.filePath(u"production.sqlite"_s));
}

void TestArchiveSearchPage::cleanupTestCase()
{
    m_window.reset();
    m_set.reset();
}

void TestArchiveSearchPage::reachedByItsShortcutAndTheNavigation()
{
    m_window->showJobs();
    QTRY_VERIFY(m_window->jobsPage()->isVisible());
    QAction *action = m_window->findChild<QAction *>(u"showSearchAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(page()->isVisible());
    QCOMPARE(m_window->sidebar()->currentScreen(), WorkspaceNavigation::Screen::Search);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page()->searchInput()));

    // From the navigation: the workspace's fourth item.
    m_window->showJobs();
    QTRY_VERIFY(!page()->isVisible());
    QTreeWidgetItem *workspace = m_window->sidebar()->topLevelItem(1);
    QCOMPARE(workspace->childCount(), 4);
    QCOMPARE(workspace->child(3)->text(0), u"Search archive"_s);
    m_window->sidebar()->setCurrentItem(workspace->child(3));
    QTRY_VERIFY(page()->isVisible());
    // The workspace item shows the screen it showed last.
    m_window->showWorkspace(m_key);
    QCOMPARE(m_window->sidebar()->currentScreen(), WorkspaceNavigation::Screen::Search);
}

void TestArchiveSearchPage::syncThenTypeAPathAndOpenTheJob()
{
    m_window->showSearch();
    ArchiveSearchPage *search = page();
    QTRY_VERIFY(search->isVisible());
    QCOMPARE(search->service()->state(), ArchiveSearchService::State::NoArchive);
    QVERIFY(search->emptyLabel()->isVisible());
    QVERIFY(search->emptyLabel()->text().startsWith(u"No archive for this workspace yet — run a sync."_s));

    QVERIFY(search->syncAction()->isEnabled());
    search->syncAction()->trigger();
    QVERIFY(search->cancelSyncAction()->isEnabled());
    QVERIFY(!search->syncAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!search->service()->isSyncing(), kTimeout);
    QVERIFY(search->syncAction()->isEnabled());
    QVERIFY(!search->cancelSyncAction()->isEnabled());
    QTRY_COMPARE(search->service()->state(), ArchiveSearchService::State::Idle);

    search->focusSearch();
    QTest::keyClicks(search->searchInput(), u"/Repos/etl/ingest"_s);
    QTableView *view = search->resultsView();
    QTRY_COMPARE_WITH_TIMEOUT(search->service()->state(), ArchiveSearchService::State::Found, kTimeout);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->isVisible());
    QCOMPARE(search->statusLabel()->text(), u"1 result"_s);
    // Plain text: the name as the server gave it, tags and all.
    QCOMPARE(view->model()->index(0, ArchiveSearchModel::NameColumn).data().toString(), kMarkupName);
    QCOMPARE(view->model()->index(0, ArchiveSearchModel::KindColumn).data().toString(), u"Job"_s);

    // Down from the search box to the result, Enter: the job in the Jobs page.
    QTest::keyClick(search->searchInput(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(m_window->jobsPage(m_key)->isVisible());
    QCOMPARE(m_window->sidebar()->currentScreen(), WorkspaceNavigation::Screen::Jobs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage(m_key)->jobDetail()->jobId(), m_jobId, kTimeout);

    // Back on the search, the results are where they were.
    m_window->showSearch();
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(search->searchInput()->text(), u"/Repos/etl/ingest"_s);
}

void TestArchiveSearchPage::aRunErrorOpensTheRun()
{
    m_window->showSearch();
    ArchiveSearchPage *search = page();
    search->kindsCombo()->setCurrentIndex(search->kindsCombo()->findText(u"Run errors only"_s));
    emit search->kindsCombo()->activated(search->kindsCombo()->currentIndex());
    search->searchInput()->setText(u"failed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(search->service()->state(), ArchiveSearchService::State::Found, kTimeout);
    QTableView *view = search->resultsView();
    QVERIFY(view->model()->rowCount() > 0);
    QCOMPARE(view->model()->index(0, ArchiveSearchModel::KindColumn).data().toString(), u"Run error"_s);
    const qint64 runId = view->model()->index(0, 0).data(ArchiveSearchModel::IdRole).toLongLong();
    QVERIFY(runId > 0);

    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        search->kindsCombo()->setCurrentIndex(0);
        emit search->kindsCombo()->activated(0);
        search->sinceCombo()->setCurrentIndex(search->sinceCombo()->findData(30));
        emit search->sinceCombo()->activated(search->sinceCombo()->currentIndex());
        search->searchInput()->setText(u"ingest"_s);
        QTRY_COMPARE_WITH_TIMEOUT(search->service()->state(), ArchiveSearchService::State::Found, kTimeout);
        view->selectRow(0);
        QTest::qWait(200);
        const QString file = QDir(dir).filePath(u"screenshot-archive-search.png"_s);
        QVERIFY(m_window->grab().save(file));
        qInfo("saved %s", qPrintable(file));
        search->kindsCombo()->setCurrentIndex(2);
        emit search->kindsCombo()->activated(2);
        search->sinceCombo()->setCurrentIndex(0);
        emit search->sinceCombo()->activated(0);
        search->searchInput()->setText(u"failed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(search->service()->state(), ArchiveSearchService::State::Found, kTimeout);
    }

    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ArchiveSearchModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(m_window->jobsPage(m_key)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsPage(m_key)->runDetail()->runId(), runId, kTimeout);
}

QTEST_MAIN(TestArchiveSearchPage)
#include "tst_archive_search_page.moc"
