// The job form with what it cannot take as it is: names typed twice in a name=value field are
// refused and kept as typed; environments, tasks and job clusters from the workspace that the
// form cannot read are told, and kept byte for byte until the user edits them.
#include "jobform/jobformdialog.h"
#include "jobform/jobformdrafts.h"
#include "jobformdialogtest.h"
#include "jsonfixture.h"
#include "typeinto.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

using test::child;
using test::saveScreenshotIfAsked;
using test::typeInto;

class TestJobFormOddInput final
    : public QObject
    , private test::JobFormDialogTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startWorkspace(); }
    void init() { newDrafts(); }
    void cleanup() { dropDrafts(); }
    void malformedEnvironmentsSurviveAnEditElsewhere();
    void repeatedEnvironmentKeyBlocksTheSave();
    void oddTasksSurviveAnEditElsewhere();
    void repeatedNamesBlockTheSaveAndStayAsTyped();
    void repeatedNamesComeBackFromADraft();
    void unreadableClusterIsToldAndKeptAsSent();
    void unreadableTaskIsToldAndKeptAsSent();
};

void TestJobFormOddInput::malformedEnvironmentsSurviveAnEditElsewhere()
{
    // Environments the form cannot show as such (no key, twice, not an object) and a task
    // naming "default", which no entry declares: renaming the job changes the name only.
    const QJsonObject original = QJsonDocument::fromJson(R"({"name": "Odd environments",
        "environments": [{"spec": {"environment_version": "2"}},
          {"environment_key": "x", "spec": {"environment_version": "2", "dependencies": ["pandas"]}},
          {"spec": {"environment_version": "3"}}, "stray"],
        "tasks": [{"task_key": "t", "environment_key": "default",
          "spark_python_task": {"python_file": "/Workspace/t.py"}}]})")
                                     .object();
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);
    const QJsonObject before = m_fx->emulator().job(jobId).value(u"settings"_s).toObject();
    QCOMPARE(before.value(u"environments"_s), original.value(u"environments"_s));

    std::unique_ptr<JobFormDialog> dialog(openForEdit(jobId));
    QSignalSpy loaded(dialog.get(), &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));
    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), u"Renamed"_s);
    saveWithButton(dialog.get());
    if (QTest::currentTestFailed())
        return;
    QJsonObject expected = before;
    expected.insert(u"name"_s, u"Renamed"_s);
    QCOMPARE(test::compactJson(m_fx->emulator().job(jobId).value(u"settings"_s).toObject()),
        test::compactJson(expected));
}

void TestJobFormOddInput::repeatedEnvironmentKeyBlocksTheSave()
{
    // "x" declared twice by the workspace: the save waits, the field says which key and on which
    // lines; the task naming "x" has nothing to fix. The second line removed, the first entry is
    // saved whole.
    const QJsonObject original = QJsonDocument::fromJson(R"({"name": "Twice",
        "environments": [
          {"environment_key": "x", "spec": {"environment_version": "2", "dependencies": ["pandas"]}},
          {"environment_key": "y", "spec": {"environment_version": "2"}},
          {"environment_key": "x", "spec": {"environment_version": "3"}}],
        "tasks": [{"task_key": "t", "environment_key": "x",
          "spark_python_task": {"python_file": "/Workspace/t.py"}}]})")
                                     .object();
    QJsonObject before;
    const std::unique_ptr<JobFormDialog> dialog = createAndOpenForEdit(original, &before);
    QVERIFY(dialog);
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->issues().size(), 1, 10000);
    QVERIFY(!submit->isEnabled());
    auto *error = child<QLabel>(dialog.get(), u"error:environments"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(
        error->text().contains(u"\"x\""_s) && error->text().contains(u"1, 3"_s), qPrintable(error->text()));
    QVERIFY(child<QLabel>(dialog.get(), u"error:task.compute"_s)->isHidden());
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 0, u"-repeated-environment"_s));

    auto *environments = child<QPlainTextEdit>(dialog.get(), u"environments"_s);
    QCOMPARE(environments->toPlainText(), u"x=2\ny=2\nx=3"_s);
    environments->setPlainText(u"x=2\ny=2"_s);
    QVERIFY(error->isHidden());
    saveWithButton(dialog.get());
    if (QTest::currentTestFailed())
        return;
    QJsonObject expected = before;
    QJsonArray kept = before.value(u"environments"_s).toArray();
    kept.removeLast();
    expected.insert(u"environments"_s, kept);
    QCOMPARE(test::compactJson(m_fx->emulator().job(dialog->jobId()).value(u"settings"_s).toObject()),
        test::compactJson(expected));
}

void TestJobFormOddInput::oddTasksSurviveAnEditElsewhere()
{
    // A tasks[] entry that is not an object and a task with a second kind sent as a string (the
    // emulator, like the API, refuses to store them; the form still must not lose them): the
    // list shows both, the first as kept as is; renaming the job changes the name only.
    const QByteArray json = R"({"name": "Odd tasks", "tasks": ["stray",
        {"task_key": "t", "sql_task": "x", "run_job_task": {"job_id": 7}}]})";
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    QString error;
    QVERIFY2(dialog->importJson(json, &error), qPrintable(error));
    const QListWidget *list = child<QListWidget>(dialog.get(), u"taskList"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().contains(u"could not be read, kept as sent"_s),
        qPrintable(list->item(0)->text()));
    dialog->selectTask(0);
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), u"otherTaskJson"_s)->toPlainText(), u"\"stray\""_s);
    QVERIFY(child<QLabel>(dialog.get(), u"otherTypeLabel"_s)->text().contains(u"not a JSON object"_s));
    dialog->selectTask(1);
    QCOMPARE(
        child<QComboBox>(dialog.get(), u"taskType"_s)->currentData().toInt(), int(JobTaskForm::Type::RunJob));

    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), u"Renamed"_s);
    QJsonObject expected = test::parseJsonObject(json);
    expected.insert(u"name"_s, u"Renamed"_s);
    QCOMPARE(test::compactJson(dialog->settingsJson()), test::compactJson(expected));
}

void TestJobFormOddInput::repeatedNamesBlockTheSaveAndStayAsTyped()
{
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_s);
    typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_s), u"/Workspace/x"_s);
    QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 10000);

    // A notebook parameter typed twice: refused next to the field, naming it, the text as typed.
    auto *parameters = child<QPlainTextEdit>(dialog.get(), u"baseParameters"_s);
    const QString typed = u"env=dev\nday=1\n env = prod"_s;
    parameters->setPlainText(typed);
    QVERIFY(!submit->isEnabled());
    auto *error = child<QLabel>(dialog.get(), u"error:task.base_parameters"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"\"env\""_s), qPrintable(error->text()));
    QCOMPARE(parameters->toPlainText(), typed);
    // Another task shown and this one again: the rows are all still there.
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"addTask"_s), Qt::LeftButton);
    dialog->selectTask(0);
    QCOMPARE(parameters->toPlainText(), u"day=1\nenv=dev\nenv=prod"_s);
    QVERIFY(!error->isHidden());
    // Tags of the job and of a job cluster too.
    child<QPlainTextEdit>(dialog.get(), u"jobTags"_s)->setPlainText(u"team=a\nteam=b"_s);
    QVERIFY(!child<QLabel>(dialog.get(), u"error:tags"_s)->isHidden());
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"addCluster"_s), Qt::LeftButton);
    child<QPlainTextEdit>(dialog.get(), u"sparkConf"_s)->setPlainText(u"spark.a=1\nspark.a=2"_s);
    auto *confError = child<QLabel>(dialog.get(), u"error:cluster.spark_conf"_s);
    QVERIFY(!confError->isHidden());
    QVERIFY2(confError->text().contains(u"\"spark.a\""_s), qPrintable(confError->text()));
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 1, u"-repeated"_s));

    // Each line removed: the save is possible again.
    child<QPlainTextEdit>(dialog.get(), u"sparkConf"_s)->setPlainText(u"spark.a=2"_s);
    QVERIFY(confError->isHidden());
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"removeCluster"_s), Qt::LeftButton);
    child<QPlainTextEdit>(dialog.get(), u"jobTags"_s)->setPlainText(u"team=b"_s);
    QVERIFY(!submit->isEnabled());
    dialog->selectTask(1);
    typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_s), u"/Workspace/y"_s);
    dialog->selectTask(0);
    parameters->setPlainText(u"env=prod\nday=1"_s);
    QVERIFY2(submit->isEnabled(), qPrintable(dialog->issues().value(0).message));
    QCOMPARE(dialog->settingsJson().value(u"tasks"_s)[0][u"notebook_task"_s][u"base_parameters"_s].toObject(),
        (QJsonObject {{u"env"_s, u"prod"_s}, {u"day"_s, u"1"_s}}));
}

void TestJobFormOddInput::repeatedNamesComeBackFromADraft()
{
    // Rows with a name typed twice in the job's tags, a task's parameters and a job cluster's
    // Spark conf: the draft brings every row back, and the save still waits for them.
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_s), u"/Workspace/x"_s);
    child<QPlainTextEdit>(dialog.get(), u"baseParameters"_s)->setPlainText(u"env=dev\nenv=prod"_s);
    child<QPlainTextEdit>(dialog.get(), u"jobTags"_s)->setPlainText(u"team=a\nteam=b"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"addCluster"_s), Qt::LeftButton);
    child<QPlainTextEdit>(dialog.get(), u"sparkConf"_s)->setPlainText(u"spark.a=1\nspark.a=2"_s);
    dialog->saveDraftNow();
    const QList<JobFormDraft> drafts = JobFormDrafts(m_drafts->path()).list();
    QCOMPARE(drafts.size(), 1);

    std::unique_ptr<JobFormDialog> restored(JobFormDialog::forDraft(m_connection.get(), drafts.first()));
    restored->setAttribute(Qt::WA_DeleteOnClose, false);
    restored->setDraftsDirectory(m_drafts->path());
    QCOMPARE(child<QPlainTextEdit>(restored.get(), u"jobTags"_s)->toPlainText(), u"team=a\nteam=b"_s);
    restored->selectTask(0);
    QCOMPARE(
        child<QPlainTextEdit>(restored.get(), u"baseParameters"_s)->toPlainText(), u"env=dev\nenv=prod"_s);
    restored->selectCluster(0);
    QCOMPARE(child<QPlainTextEdit>(restored.get(), u"sparkConf"_s)->toPlainText(), u"spark.a=1\nspark.a=2"_s);
    int repeated = 0;
    for (const JobFormIssue &issue : restored->issues())
        repeated += issue.message.contains(u"more than one line"_s) ? 1 : 0;
    QCOMPARE(repeated, 3);
    QVERIFY(!child<QPushButton>(restored.get(), u"submitButton"_s)->isEnabled());
    QVERIFY(!child<QLabel>(restored.get(), u"error:cluster.spark_conf"_s)->isHidden());
    QVERIFY(saveScreenshotIfAsked(restored.get(), 2, u"-repeated-draft"_s));
}

void TestJobFormOddInput::unreadableClusterIsToldAndKeptAsSent()
{
    // Entries of job_clusters that are not objects, whose new_cluster is not one, or that have
    // none (a task runs on that one): the list and the editor say so; renaming the job changes
    // the name only.
    const QByteArray json = R"({"name": "Odd clusters", "job_clusters": ["stray",
        {"job_cluster_key": "n", "new_cluster": 5},
        {"job_cluster_key": "ok", "new_cluster": {"spark_version": "15.4.x-scala2.12",
            "node_type_id": "i3.xlarge", "num_workers": 1}},
        {"job_cluster_key": "bare", "policy_id": "p"}],
        "tasks": [{"task_key": "t", "job_cluster_key": "ok", "notebook_task": {"notebook_path": "/n"}},
          {"task_key": "u", "job_cluster_key": "bare", "notebook_task": {"notebook_path": "/n"}}]})";
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    QString error;
    QVERIFY2(dialog->importJson(json, &error), qPrintable(error));
    const QListWidget *list = child<QListWidget>(dialog.get(), u"clusterList"_s);
    QCOMPARE(list->count(), 4);
    QVERIFY2(list->item(0)->text().contains(u"could not be read"_s), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(1)->text().contains(u"could not be read"_s));
    QVERIFY(!list->item(2)->text().contains(u"could not be read"_s));
    QCOMPARE(list->item(3)->text(), u"bare — could not be read, kept as sent"_s);
    auto *note = child<QLabel>(dialog.get(), u"unreadableClusterNote"_s);
    for (const int index : {0, 1, 2, 3}) {
        dialog->selectCluster(index);
        QCOMPARE(note->isHidden(), index == 2);
    }
    QVERIFY2(note->text().contains(u"no cluster settings"_s), qPrintable(note->text()));
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 2, u"-cluster-without-settings"_s));
    // The task on it keeps its job cluster.
    dialog->selectTask(1);
    QCOMPARE(child<QComboBox>(dialog.get(), u"jobClusterPicker"_s)->currentText(), u"bare"_s);
    // Nothing to check in what the form could not read: the job can be saved as it came.
    QTRY_VERIFY2_WITH_TIMEOUT(child<QPushButton>(dialog.get(), u"submitButton"_s)->isEnabled(),
        qPrintable(dialog->issues().value(0).message), 10000);
    dialog->selectCluster(1);
    QVERIFY2(note->text().contains(u"could not be read"_s), qPrintable(note->text()));
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 2, u"-unreadable-cluster"_s));

    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), u"Renamed"_s);
    QJsonObject expected = test::parseJsonObject(json);
    expected.insert(u"name"_s, u"Renamed"_s);
    QCOMPARE(test::compactJson(dialog->settingsJson()), test::compactJson(expected));

    // Edited here, a cluster is no longer kept as sent, and the list stops saying so.
    dialog->selectCluster(1);
    child<QPlainTextEdit>(dialog.get(), u"sparkConf"_s)->setPlainText(u"spark.x=1"_s);
    QTRY_VERIFY2(!list->item(1)->text().contains(u"kept as sent"_s), qPrintable(list->item(1)->text()));
    QVERIFY(list->item(0)->text().contains(u"kept as sent"_s));
    QVERIFY(list->item(3)->text().contains(u"kept as sent"_s));
}

void TestJobFormOddInput::unreadableTaskIsToldAndKeptAsSent()
{
    // A tasks[] entry that is not an object, and a task whose kind's settings are not one: the
    // list and the editor say so, and the job can be saved (renamed here) with both as sent.
    const QByteArray json = R"({"name": "Odd tasks", "tasks": ["stray", {"task_key": "s", "sql_task": "x"},
        {"task_key": "t", "depends_on": [{"task_key": "s"}], "notebook_task": {"notebook_path": "/n"}}]})";
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    QString error;
    QVERIFY2(dialog->importJson(json, &error), qPrintable(error));
    const QListWidget *list = child<QListWidget>(dialog.get(), u"taskList"_s);
    QCOMPARE(list->count(), 3);
    QVERIFY2(list->item(0)->text().contains(u"could not be read, kept as sent"_s),
        qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(1)->text().startsWith(u"s — could not be read"_s), qPrintable(list->item(1)->text()));
    QVERIFY(!list->item(2)->text().contains(u"could not be read"_s));
    auto *note = child<QLabel>(dialog.get(), u"unreadableTaskNote"_s);
    dialog->selectTask(0); // told on the page of kind Other, as before
    QVERIFY(child<QLabel>(dialog.get(), u"otherTypeLabel"_s)->text().contains(u"not a JSON object"_s));
    QVERIFY(note->isHidden());
    dialog->selectTask(2);
    QVERIFY(note->isHidden());
    dialog->selectTask(1);
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(u"could not be read"_s), qPrintable(note->text()));

    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), u"Renamed"_s);
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(submit->isEnabled(), qPrintable(dialog->issues().value(0).message), 10000);
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 1, u"-unreadable-task"_s));
    QJsonObject expected = test::parseJsonObject(json);
    expected.insert(u"name"_s, u"Renamed"_s);
    QCOMPARE(test::compactJson(dialog->settingsJson()), test::compactJson(expected));

    // Edited, the task is checked like any other: the save waits for a warehouse and a query.
    typeInto(child<QLineEdit>(dialog.get(), u"taskDescription"_s), u"d"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!submit->isEnabled(), 10000);
    QVERIFY(!dialog->issues().isEmpty());
    QCOMPARE(dialog->issues().value(0).field, u"tasks[1].sql_task.warehouse_id"_s);
    // ...and no longer listed as kept as sent.
    QTRY_VERIFY2(!list->item(1)->text().contains(u"kept as sent"_s), qPrintable(list->item(1)->text()));
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 1, u"-unreadable-task-edited"_s));
}
QTEST_MAIN(TestJobFormOddInput)
#include "tst_jobform_odd_input.moc"
