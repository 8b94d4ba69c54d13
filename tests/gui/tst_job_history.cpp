// GUI test of a job's History tab against the in-process workspace emulator: opening a job
// records its settings in the archive; after the settings change on the server, reopening it
// lists two versions and the diff of the older one names the fields that changed.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "common/prompts.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobhistorywidget.h"
#include "services/jobhistoryservice.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

class TestJobHistory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openingTwiceAfterAChangeShowsTwoVersionsAndTheDiff();
    void restoringAVersionSavesItAndShowsItAsTheNewest();

private:
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    QTemporaryDir m_dir;
};

void TestJobHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<test::EmulatorFixture>();
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
}

void TestJobHistory::openingTwiceAfterAChangeShowsTwoVersionsAndTheDiff()
{
    JobDetailWidget detail;
    detail.resize(1200, 800);
    detail.show();
    detail.setConnection(m_connection.get());
    QVERIFY(!detail.historyService()->archivePath().isEmpty()); // derived from the workspace
    detail.historyService()->setArchivePath(m_dir.filePath(u"archive.sqlite"_s));
    JobHistoryWidget *history = detail.historyView();
    QCOMPARE(detail.tabs()->indexOf(history) >= 0, true);

    const qint64 jobId = m_fixture->emulator().anyJobId(2);
    QJsonObject settings = m_fixture->emulator().job(jobId).value(u"settings"_s).toObject();
    detail.showJob(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(detail.job().isValid(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(history->versionsView()->rowCount(), 1, 10000);
    QCOMPARE(history->versionsView()->item(0, 0)->text(), u"1"_s);
    QCOMPARE(history->versionsView()->item(0, 3)->text(), u"current"_s);
    QVERIFY(history->diffView()->toPlainText().contains(u"No changes"_s));

    // The settings change on the server (as jobs/reset would), then the job is opened again.
    settings.insert(u"timeout_seconds"_s, 4321);
    QJsonArray tasks = settings.value(u"tasks"_s).toArray();
    QVERIFY(!tasks.isEmpty());
    QJsonObject task = tasks.at(0).toObject();
    const QString taskKey = task.value(u"task_key"_s).toString();
    task.insert(u"max_retries"_s, 7);
    tasks.replace(0, task);
    settings.insert(u"tasks"_s, tasks);
    QVERIFY(m_fixture->emulator().updateJobSettings(jobId, settings));

    detail.showJob(jobId);
    QTRY_COMPARE_WITH_TIMEOUT(history->versionsView()->rowCount(), 2, 10000);
    QTRY_VERIFY(!detail.historyService()->isLoading());
    // Newest first: the new settings are version 2 and current; version 1 is the old one.
    QCOMPARE(history->versionsView()->item(0, 0)->text(), u"2"_s);
    QCOMPARE(history->versionsView()->item(0, 3)->text(), u"current"_s);
    QCOMPARE(history->versionsView()->item(1, 0)->text(), u"1"_s);
    QVERIFY(history->versionsView()->item(1, 3)->text().isEmpty());
    QVERIFY(!history->versionsView()->item(1, 1)->text().isEmpty()); // first seen
    QVERIFY(history->statusLabel()->text().contains(u"2"_s));

    history->versionsView()->selectRow(1);
    const QString diff = history->diffView()->toPlainText();
    QVERIFY2(diff.contains(u"timeout_seconds"_s), qPrintable(diff));
    // The task is named by its task_key, not its position.
    QVERIFY2(diff.contains(u"tasks[%1].max_retries"_s.arg(taskKey)), qPrintable(diff));
    QVERIFY2(diff.contains(u"4321"_s), qPrintable(diff));
    QVERIFY(history->currentView()->toPlainText().contains(u"4321"_s));
    QVERIFY(!history->versionView()->toPlainText().contains(u"4321"_s));

    // Opening it once more without a change adds no version.
    QSignalSpy loaded(detail.historyService(), &JobHistoryService::versionsChanged);
    detail.showJob(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !detail.historyService()->isLoading(), 10000);
    QCOMPARE(detail.historyService()->versionCount(), 2);

    // Not a check: with BRICKDESK_SCREENSHOT_DIR set, saves the docs' screenshot there.
    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        detail.tabs()->setCurrentWidget(history);
        history->versionsView()->selectRow(1);
        QVERIFY(detail.grab().save(dir + u"/screenshot-job-history.png"_s));
    }
}

void TestJobHistory::restoringAVersionSavesItAndShowsItAsTheNewest()
{
    JobDetailWidget detail;
    detail.resize(1200, 800);
    detail.show();
    detail.setConnection(m_connection.get());
    detail.historyService()->setArchivePath(m_dir.filePath(u"restore.sqlite"_s));
    detail.tabs()->setCurrentWidget(detail.historyView());
    JobHistoryWidget *history = detail.historyView();
    QTableWidget *versions = history->versionsView();
    QPushButton *restore = history->restoreButton();

    const qint64 jobId = m_fixture->emulator().anyJobId(3);
    const QJsonObject first = m_fixture->emulator().job(jobId).value(u"settings"_s).toObject();
    detail.showJob(jobId);
    QTRY_COMPARE_WITH_TIMEOUT(versions->rowCount(), 1, 10000);
    QTRY_VERIFY(!detail.historyService()->isLoading());
    QVERIFY(!restore->isEnabled()); // the only version is the current one
    QVERIFY(!restore->toolTip().isEmpty());

    QJsonObject second = first;
    second.insert(u"timeout_seconds"_s, 2468);
    QVERIFY(m_fixture->emulator().updateJobSettings(jobId, second));
    detail.showJob(jobId);
    QTRY_COMPARE_WITH_TIMEOUT(versions->rowCount(), 2, 10000);
    QTRY_VERIFY(!detail.historyService()->isLoading());

    // Version 1, and a "no" at the question: nothing is written.
    versions->selectRow(1);
    QVERIFY(restore->isEnabled());
    QString asked;
    bool answer = false;
    Prompts::setConfirmHandler([&asked, &answer](QWidget *, const QString &, const QString &text) {
        asked = text;
        return answer;
    });
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY2(asked.contains(u"timeout_seconds"_s), qPrintable(asked));
    QVERIFY(!detail.historyService()->isRestoring());
    QCOMPARE(m_fixture->emulator().job(jobId).value(u"settings"_s).toObject(), second);

    // "Yes": version 1 is saved and comes back as version 3, the current one.
    answer = true;
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(versions->rowCount(), 3, 10000);
    QTRY_VERIFY(!detail.historyService()->isLoading());
    QCOMPARE(m_fixture->emulator().job(jobId).value(u"settings"_s).toObject(), first);
    QCOMPARE(versions->item(0, 0)->text(), u"3"_s);
    QCOMPARE(versions->item(0, 3)->text(), u"current"_s);
    QVERIFY2(history->restoreLabel()->text().contains(u"Version 1 restored"_s),
        qPrintable(history->restoreLabel()->text()));

    // Version 2 again, but someone changed the job after it was shown: nothing is overwritten.
    QJsonObject elsewhere = first;
    elsewhere.insert(u"description"_s, u"saved by someone else"_s);
    QVERIFY(m_fixture->emulator().updateJobSettings(jobId, elsewhere));
    versions->selectRow(1);
    QCOMPARE(versions->item(1, 0)->text(), u"2"_s);
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(history->restoreLabel()->text().contains(u"changed on the server"_s), 10000);
    QVERIFY2(history->restoreLabel()->text().contains(u"description"_s),
        qPrintable(history->restoreLabel()->text()));
    QCOMPARE(m_fixture->emulator().job(jobId).value(u"settings"_s).toObject(), elsewhere);
    QCOMPARE(versions->rowCount(), 3);
    QVERIFY(restore->isEnabled()); // after looking again, it can be tried again
    Prompts::setConfirmHandler({});

    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(detail.grab().save(dir + u"/screenshot-job-history-restore.png"_s));
}

QTEST_MAIN(TestJobHistory)
#include "tst_job_history.moc"
