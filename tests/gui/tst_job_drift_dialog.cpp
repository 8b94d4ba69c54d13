// The drift dialog in the main window across two emulated workspaces: "Compare with workspace…"
// on a job of Dev lists Prod (never Dev), finds the job of the same name there and shows exactly
// its differences with both settings side by side; several jobs of that name show Prod's jobs,
// filtered by the name, to choose from; none says so; identical settings say "No differences".
// With BRICKDESK_SCREENSHOT_DIR set, saves the docs' screenshot there.
#include "driftfixture.h"
#include "emulator/fault.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobdriftdialog.h"
#include "jobs/jobspage.h"
#include "jobs/jsondiffview.h"
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "services/jobdriftservice.h"
#include "services/workspaceset.h"
#include "typeinto.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 15000;
}

class TestJobDriftDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void comparingWithProdShowsExactlyTheDifferences();
    void severalOfTheNameAreListedToChooseFrom();
    void noneOfTheNameIsSaid();
    void closedWhileTheJobsAreStillLoading();
    void identicalSettingsSayNoDifferences();
    void hidingWorkspaceIdsComparesAgainWithoutThem();

private:
    JobDriftDialog *openDialog();
    void compareWithProd(JobDriftDialog *dialog);

    std::unique_ptr<test::DriftFixture> m_drift;
    std::unique_ptr<MainWindow> m_window;
};

void TestJobDriftDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_drift = std::make_unique<test::DriftFixture>();
    // No ~/.databrickscfg profiles nor environment workspace: the two open ones are all there is.
    qputenv("DATABRICKS_CONFIG_FILE", m_drift->filePath(u"none.cfg"_s).toLocal8Bit());
    qunsetenv("DATABRICKS_HOST");
    m_window = std::make_unique<MainWindow>();
    m_window->setWorkspaceSet(m_drift->set());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestJobDriftDialog::cleanupTestCase()
{
    m_window.reset();
}

JobDriftDialog *TestJobDriftDialog::openDialog()
{
    JobsPage *page = m_window->jobsPage(m_drift->devKey());
    m_window->showJob(m_drift->devKey(), m_drift->devJobId());
    const bool shown = brickdesk::test::waitFor(
        [&] {
            return page->selectedJobIds() == QList<qint64> {m_drift->devJobId()}
            && page->jobDetail()->job().isValid();
        },
        kTimeout);
    auto *action = page->findChild<QAction *>(u"compareJobAction"_s);
    if (!shown || !action || !action->isEnabled())
        return nullptr;
    action->trigger();
    const QList<JobDriftDialog *> dialogs = page->findChildren<JobDriftDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

void TestJobDriftDialog::compareWithProd(JobDriftDialog *dialog)
{
    QComboBox *box = dialog->workspaceBox();
    const int prod = box->findData(m_drift->prodKey());
    QVERIFY(prod >= 0);
    box->setCurrentIndex(prod);
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->service()->isBusy(), kTimeout);
}

void TestJobDriftDialog::comparingWithProdShowsExactlyTheDifferences()
{
    JobDriftDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isModal());
    // Every other workspace, never the one the job is in.
    QCOMPARE(dialog->workspaceBox()->count(), 1);
    QCOMPARE(dialog->workspaceBox()->itemData(0).toString(), m_drift->prodKey());
    QCOMPARE(dialog->workspaceBox()->itemText(0), u"Prod (open)"_s);

    compareWithProd(dialog);
    QCOMPARE(dialog->service()->state(), JobDriftService::State::Compared);
    JsonDiffView *diff = dialog->diffView();
    QCOMPARE(diff->differencesView()->toPlainText(), test::DriftFixture::expectedDifferences().join(u'\n'));
    QCOMPARE(dialog->statusLabel()->text(),
        u"3 differences between this job and job %1 in “Prod”."_s.arg(m_drift->prodJobId()));
    QCOMPARE(diff->captionLabel()->text(), u"From here to “Prod”:"_s);
    QCOMPARE(dialog->statusLabel()->textFormat(), Qt::PlainText);
    QVERIFY(diff->leftView()->toPlainText().contains(u"/Repos/etl/report\""_s));
    QVERIFY(diff->rightView()->toPlainText().contains(u"/Repos/etl/report_v2"_s));
    QVERIFY(diff->rightView()->toPlainText().contains(u"x_future_setting"_s));
    QVERIFY(dialog->choicePanel()->isHidden()); // found by name: nothing to choose

    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200); // let the layout settle
        QVERIFY(dialog->grab().save(dir + u"/screenshot-job-drift.png"_s));
    }
    dialog->close();
}

void TestJobDriftDialog::severalOfTheNameAreListedToChooseFrom()
{
    const qint64 namesake = m_drift->addNamesakeInProd();
    JobDriftDialog *dialog = openDialog();
    QVERIFY(dialog);
    compareWithProd(dialog);
    QCOMPARE(dialog->service()->state(), JobDriftService::State::Choosing);
    QVERIFY(dialog->statusLabel()->text().contains(u"2 jobs in “Prod”"_s));
    QVERIFY(!dialog->choicePanel()->isHidden());
    // The list is filtered by the name: the two namesakes, once Prod's jobs have loaded.
    QCOMPARE(dialog->choiceFilter()->text(), test::DriftFixture::jobName());
    QTableView *list = dialog->choiceView();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, kTimeout);
    // Searching narrows it down; the person picks the namesake.
    test::typeInto(dialog->choiceFilter(), QString::number(namesake));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(dialog->chooseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->service()->state() == JobDriftService::State::Compared, kTimeout);
    QCOMPARE(dialog->service()->there().id(), namesake);
    QCOMPARE(dialog->diffView()->differencesView()->toPlainText(),
        test::DriftFixture::expectedDifferences().join(u'\n'));
    dialog->close();
}

void TestJobDriftDialog::noneOfTheNameIsSaid()
{
    m_drift->renameInProd(u"Something else"_s);
    JobDriftDialog *dialog = openDialog();
    QVERIFY(dialog);
    compareWithProd(dialog);
    QCOMPARE(dialog->service()->state(), JobDriftService::State::Choosing);
    QCOMPARE(dialog->statusLabel()->text(),
        u"No job in “Prod” is named “%1”. Choose the job to compare with."_s.arg(
            test::DriftFixture::jobName()));
    QVERIFY(!dialog->choicePanel()->isHidden());
    QVERIFY(dialog->choiceFilter()->text().isEmpty());
    QVERIFY(dialog->diffView()->differencesView()->toPlainText().isEmpty());
    QVERIFY(dialog->diffView()->isHidden()); // nothing compared: the list has the room
    dialog->close();
}

void TestJobDriftDialog::closedWhileTheJobsAreStillLoading()
{
    // The other workspace's jobs come slowly: the dialog is destroyed with the list half loaded.
    // The service stops loading when it goes, and says so: that must reach a whole dialog (the
    // sanitizer build caught it reaching one already half destroyed).
    m_drift->renameInProd(u"Something else"_s);
    m_drift->prod().emulator().faults().add(emulator::Fault::latency(u"jobs/list"_s, 300));
    QPointer<JobDriftDialog> dialog = openDialog();
    QVERIFY(dialog);
    QComboBox *box = dialog->workspaceBox();
    box->setCurrentIndex(box->findData(m_drift->prodKey()));
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->service()->state() == JobDriftService::State::Choosing, kTimeout);
    QVERIFY(dialog->service()->candidates()->isLoading());
    delete dialog.data();
    QVERIFY(dialog.isNull());
    m_drift->prod().emulator().faults().clear();
}

void TestJobDriftDialog::identicalSettingsSayNoDifferences()
{
    QVERIFY(m_drift->prod().emulator().updateJobSettings(
        m_drift->prodJobId(), test::DriftFixture::devSettings()));
    JobDriftDialog *dialog = openDialog();
    QVERIFY(dialog);
    compareWithProd(dialog);
    QCOMPARE(dialog->service()->state(), JobDriftService::State::Compared);
    QCOMPARE(dialog->diffView()->differencesView()->toPlainText(), u"No differences."_s);
    QVERIFY(dialog->statusLabel()->text().startsWith(u"No differences"_s));
    dialog->close();
}

void TestJobDriftDialog::hidingWorkspaceIdsComparesAgainWithoutThem()
{
    // The report task runs on an existing cluster, another one in each workspace.
    auto onCluster = [](QJsonObject settings, const QString &cluster) {
        QJsonArray tasks = settings.value(u"tasks"_s).toArray();
        QJsonObject report = tasks.at(1).toObject();
        report.insert(u"existing_cluster_id"_s, cluster);
        tasks.replace(1, report);
        settings.insert(u"tasks"_s, tasks);
        return settings;
    };
    QVERIFY(m_drift->dev().emulator().updateJobSettings(
        m_drift->devJobId(), onCluster(test::DriftFixture::devSettings(), u"0101-dev"_s)));
    QVERIFY(m_drift->prod().emulator().updateJobSettings(
        m_drift->prodJobId(), onCluster(test::DriftFixture::prodSettings(), u"0202-prod"_s)));
    JobDriftDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->ignoreIdsBox()->isChecked()); // shown unless asked
    compareWithProd(dialog);
    QPlainTextEdit *lines = dialog->diffView()->differencesView();
    QStringList expected = test::DriftFixture::expectedDifferences();
    expected.insert(1, u"tasks[report].existing_cluster_id: \"0101-dev\" → \"0202-prod\""_s);
    QCOMPARE(lines->toPlainText(), expected.join(u'\n'));

    dialog->ignoreIdsBox()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        lines->toPlainText(), test::DriftFixture::expectedDifferences().join(u'\n'), kTimeout);
    QVERIFY(!dialog->diffView()->rightView()->toPlainText().contains(u"0202-prod"_s));
    dialog->ignoreIdsBox()->click();
    QTRY_COMPARE_WITH_TIMEOUT(lines->toPlainText(), expected.join(u'\n'), kTimeout);
    dialog->close();
}

QTEST_MAIN(TestJobDriftDialog)
#include "tst_job_drift_dialog.moc"
