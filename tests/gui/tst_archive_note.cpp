// The cluster view's note that what was loaded is not kept in the local archive lasts exactly
// as long as the archive's writes fail. The archive is made to refuse writes the way another
// process would (a second connection holding its write lock, so SQLite answers "database is
// locked" after its busy timeout); a load meanwhile keeps the note up, and once the lock is let
// go the next events written take it down, with a word in the status bar.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterspage.h"
#include "emulatorfixture.h"
#include "models/clustersmodel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
// SQLite's busy timeout (10 s) passes before a locked write fails, and a page may wait behind
// another.
constexpr int kTimeout = 60000;
} // namespace

class TestArchiveNote final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theNoteLastsAsLongAsWritesFail();
};

void TestArchiveNote::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArchiveNote::theNoteLastsAsLongAsWritesFail()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"workspace.sqlite"_s);
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    ClustersPage page;
    page.resize(1400, 900);
    page.setArchivePath(file);
    page.setConnection(&connection);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The list is in, and its configurations kept, before the archive refuses anything.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), kTimeout);
    QTest::qWait(500);

    ClusterDetailWidget *detail = page.detail();
    auto *note = detail->findChild<QLabel *>(u"archiveNote"_s);
    QVERIFY(note);
    QSignalSpy said(detail, &ClusterDetailWidget::statusMessage);

    // Another connection takes the write lock: every write of the archive fails.
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        locker.setDatabaseName(file);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));

        detail->setWindow(ClusterDetailWidget::Window::LastDay);
        page.showCluster(fixture.emulator().clusterIds().first());
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kTimeout);
        QVERIFY2(note->text().startsWith(u"Not kept in the local archive: "_s), qPrintable(note->text()));
        const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(shots + u"/archive-note-failing.png"_s));

        // A new load while the archive still refuses writes does not hide that it does.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isLoading(), kTimeout);
        detail->loadEvents();
        QVERIFY2(note->isVisible(), "a load hid a failure that is still happening");
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isLoading(), kTimeout);
        QVERIFY(note->isVisible());

        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);

    // Writes work again: the next events kept take the note down, without a new load of this
    // view (the comparison's window is written through the same archive).
    detail->compareWithPreviousWindow();
    page.refresh(); // the configurations are written again too
    QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), kTimeout);
    QVERIFY(note->text().isEmpty());
    const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(page.grab().save(shots + u"/archive-note-gone.png"_s));
    bool toldAgain = false;
    for (const QList<QVariant> &message : std::as_const(said))
        toldAgain
            = toldAgain || message.first().toString() == u"The local archive keeps what is loaded again."_s;
    QVERIFY(toldAgain);
}

QTEST_MAIN(TestArchiveNote)
#include "tst_archive_note.moc"
