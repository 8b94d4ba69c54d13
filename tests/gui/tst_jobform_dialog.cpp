#include "api/apireply.h"
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "jobform/jobformdialog.h"
#include "jobform/jobformdrafts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestJobFormDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsMultiTaskJobWithSharedCluster();
    void invalidFormDisablesCreateAndShowsMessages();
    void editKeepsUnknownFields();
    void warnsWhenJobChangedSinceOpened();
    void draftSurvivesRestart();
    void jsonViewRoundTrips();
    void cloneFlagsClustersMissingInTarget();
    void screenshot();

private:
    JobFormDialog *newDialog();
    qint64 createJob(const QJsonObject &settings);
    void fillMultiTaskJob(JobFormDialog *dialog);

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QTemporaryDir> m_drafts;
};

void TestJobFormDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fx = std::make_unique<test::EmulatorFixture>();
    m_connection
        = std::make_unique<Connection>(m_fx->url(), std::make_shared<StaticTokenProvider>(m_fx->token()));
}

void TestJobFormDialog::init()
{
    m_drafts = std::make_unique<QTemporaryDir>();
}

void TestJobFormDialog::cleanup()
{
    m_drafts.reset();
}

JobFormDialog *TestJobFormDialog::newDialog()
{
    auto *dialog = new JobFormDialog(m_connection.get());
    dialog->setDraftsDirectory(m_drafts->path());
    return dialog;
}

qint64 TestJobFormDialog::createJob(const QJsonObject &settings)
{
    ApiReply *reply = m_connection->jobs().create(settings);
    QSignalSpy done(reply, &ApiReply::finished);
    if (!done.wait(10000) || reply->hasError())
        return 0;
    return reply->json().value(u"job_id").toInteger();
}

void TestJobFormDialog::fillMultiTaskJob(JobFormDialog *dialog)
{
    // Wait for the workspace's lists (clusters, node types, Spark versions).
    auto *nodeType = child<QComboBox>(dialog, u"nodeType"_qs);
    auto *sparkVersion = child<QComboBox>(dialog, u"sparkVersion"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(nodeType->count() > 0 && sparkVersion->count() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(dialog, u"existingCluster"_qs)->count() > 0, 10000);

    typeInto(child<QLineEdit>(dialog, u"jobName"_qs), u"Form-made ETL"_qs);

    // A shared job cluster with autoscale.
    QTest::mouseClick(child<QPushButton>(dialog, u"addCluster"_qs), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog, u"clusterKey"_qs), u"shared_etl"_qs);
    sparkVersion->setCurrentIndex(0);
    nodeType->setCurrentIndex(std::min(1, nodeType->count() - 1));
    child<QCheckBox>(dialog, u"autoscale"_qs)->setChecked(true);
    child<QSpinBox>(dialog, u"minWorkers"_qs)->setValue(2);
    child<QSpinBox>(dialog, u"maxWorkers"_qs)->setValue(6);
    child<QPlainTextEdit>(dialog, u"sparkConf"_qs)->setPlainText(u"spark.speculation=true"_qs);

    // Task 1: notebook on the shared cluster.
    auto *taskList = child<QListWidget>(dialog, u"taskList"_qs);
    taskList->setCurrentRow(0);
    typeInto(child<QLineEdit>(dialog, u"taskKey"_qs), u"ingest"_qs);
    typeInto(child<QLineEdit>(dialog, u"notebookPath"_qs), u"/Workspace/etl/ingest"_qs);
    choose(child<QComboBox>(dialog, u"computeKind"_qs), int(JobTaskForm::Compute::JobCluster));
    child<QComboBox>(dialog, u"jobClusterPicker"_qs)->setCurrentIndex(0);
    child<QSpinBox>(dialog, u"maxRetries"_qs)->setValue(2);

    // Task 2: Python script after task 1, on the shared cluster.
    QTest::mouseClick(child<QPushButton>(dialog, u"addTask"_qs), Qt::LeftButton);
    QCOMPARE(taskList->currentRow(), 1);
    typeInto(child<QLineEdit>(dialog, u"taskKey"_qs), u"transform"_qs);
    choose(child<QComboBox>(dialog, u"taskType"_qs), int(JobTaskForm::Type::SparkPython));
    typeInto(child<QLineEdit>(dialog, u"pythonFile"_qs), u"/Workspace/etl/transform.py"_qs);
    child<QPlainTextEdit>(dialog, u"taskParameters"_qs)->setPlainText(u"--mode\nfull"_qs);
    choose(child<QComboBox>(dialog, u"computeKind"_qs), int(JobTaskForm::Compute::JobCluster));

    // Task 3: on an existing all-purpose cluster.
    QTest::mouseClick(child<QPushButton>(dialog, u"addTask"_qs), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog, u"taskKey"_qs), u"publish"_qs);
    choose(child<QComboBox>(dialog, u"taskType"_qs), int(JobTaskForm::Type::SparkJar));
    typeInto(child<QLineEdit>(dialog, u"mainClassName"_qs), u"com.example.Publish"_qs);
    typeInto(child<QLineEdit>(dialog, u"jarLibrary"_qs), u"/Volumes/main/etl/publish.jar"_qs);
    choose(child<QComboBox>(dialog, u"computeKind"_qs), int(JobTaskForm::Compute::ExistingCluster));
    child<QComboBox>(dialog, u"existingCluster"_qs)->setCurrentIndex(0);

    // Schedule.
    choose(child<QComboBox>(dialog, u"triggerKind"_qs), int(JobSettingsForm::TriggerKind::Schedule));
    typeInto(child<QLineEdit>(dialog, u"cronExpression"_qs), u"0 30 6 ? * MON-FRI"_qs);
    child<QComboBox>(dialog, u"timeZone"_qs)->setCurrentText(u"Europe/Berlin"_qs);
    typeInto(child<QLineEdit>(dialog, u"emailOnFailure"_qs), u"oncall@example.com"_qs);
}

void TestJobFormDialog::createsMultiTaskJobWithSharedCluster()
{
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    fillMultiTaskJob(dialog.get());
    if (QTest::currentTestFailed())
        return;
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_qs);
    QTRY_VERIFY2(submit->isEnabled(),
        qPrintable(dialog->issues().value(0).field + u" "_qs + dialog->issues().value(0).message));
    QVERIFY(child<QLabel>(dialog.get(), u"cronPreview"_qs)
                ->text()
                .startsWith(u"At 06:30 on weekdays Europe/Berlin"_qs));

    QSignalSpy saved(dialog.get(), &JobFormDialog::jobSaved);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const qint64 jobId = saved.first().first().toLongLong();
    QVERIFY(jobId > 0);

    // What jobs/get returns is what was entered.
    ApiReply *get = m_connection->jobs().get(jobId);
    QSignalSpy got(get, &ApiReply::finished);
    QVERIFY(got.wait(10000));
    QVERIFY(!get->hasError());
    const QJsonObject settings = get->json().value(u"settings").toObject();
    QCOMPARE(settings.value(u"name").toString(), u"Form-made ETL"_qs);
    const QJsonArray tasks = settings.value(u"tasks").toArray();
    QCOMPARE(tasks.size(), 3);
    const QJsonObject ingest = tasks.at(0).toObject();
    QCOMPARE(ingest.value(u"task_key").toString(), u"ingest"_qs);
    QCOMPARE(ingest.value(u"notebook_task").toObject().value(u"notebook_path").toString(),
        u"/Workspace/etl/ingest"_qs);
    QCOMPARE(ingest.value(u"job_cluster_key").toString(), u"shared_etl"_qs);
    QCOMPARE(ingest.value(u"max_retries").toInt(), 2);
    const QJsonObject transform = tasks.at(1).toObject();
    QCOMPARE(transform.value(u"spark_python_task").toObject().value(u"python_file").toString(),
        u"/Workspace/etl/transform.py"_qs);
    QCOMPARE(transform.value(u"spark_python_task").toObject().value(u"parameters").toArray(),
        (QJsonArray {u"--mode"_qs, u"full"_qs}));
    QCOMPARE(transform.value(u"depends_on").toArray(),
        (QJsonArray {QJsonObject {{u"task_key"_qs, u"ingest"_qs}}}));
    QCOMPARE(transform.value(u"job_cluster_key").toString(), u"shared_etl"_qs);
    const QJsonObject publish = tasks.at(2).toObject();
    QCOMPARE(publish.value(u"existing_cluster_id").toString(),
        child<QComboBox>(dialog.get(), u"existingCluster"_qs)->itemData(0).toString());
    QCOMPARE(publish.value(u"libraries").toArray(),
        (QJsonArray {QJsonObject {{u"jar"_qs, u"/Volumes/main/etl/publish.jar"_qs}}}));
    const QJsonObject cluster = settings.value(u"job_clusters").toArray().at(0).toObject();
    QCOMPARE(cluster.value(u"job_cluster_key").toString(), u"shared_etl"_qs);
    const QJsonObject newCluster = cluster.value(u"new_cluster").toObject();
    QCOMPARE(newCluster.value(u"autoscale").toObject(),
        (QJsonObject {{u"min_workers"_qs, 2}, {u"max_workers"_qs, 6}}));
    QCOMPARE(newCluster.value(u"spark_version").toString(),
        child<QComboBox>(dialog.get(), u"sparkVersion"_qs)->itemData(0).toString());
    QVERIFY(!newCluster.value(u"node_type_id").toString().isEmpty());
    QCOMPARE(newCluster.value(u"spark_conf").toObject().value(u"spark.speculation").toString(), u"true"_qs);
    QCOMPARE(settings.value(u"schedule").toObject().value(u"quartz_cron_expression").toString(),
        u"0 30 6 ? * MON-FRI"_qs);
    QCOMPARE(settings.value(u"schedule").toObject().value(u"timezone_id").toString(), u"Europe/Berlin"_qs);
    QCOMPARE(settings.value(u"email_notifications").toObject().value(u"on_failure").toArray(),
        QJsonArray {u"oncall@example.com"_qs});
    // Created: no draft left behind.
    QVERIFY(JobFormDrafts(m_drafts->path()).list().isEmpty());
}

void TestJobFormDialog::invalidFormDisablesCreateAndShowsMessages()
{
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_qs);
    typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_qs), u"/Workspace/x"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 10000);

    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_qs), QString());
    QVERIFY(!submit->isEnabled());
    auto *nameError = child<QLabel>(dialog.get(), u"error:name"_qs);
    QVERIFY(!nameError->isHidden());
    QCOMPARE(nameError->text(), dialog->fieldMessage(u"name"_qs));
    QVERIFY(!nameError->text().isEmpty());

    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_qs), u"ok"_qs);
    choose(child<QComboBox>(dialog.get(), u"triggerKind"_qs), int(JobSettingsForm::TriggerKind::Schedule));
    typeInto(child<QLineEdit>(dialog.get(), u"cronExpression"_qs), u"0 0 25 * * ?"_qs);
    QVERIFY(!submit->isEnabled());
    auto *cronError = child<QLabel>(dialog.get(), u"error:schedule.quartz_cron_expression"_qs);
    QVERIFY(!cronError->isHidden());
    QVERIFY2(cronError->text().startsWith(u"Hours:"_qs), qPrintable(cronError->text()));

    // A task depending on itself is flagged next to the dependency list.
    typeInto(child<QLineEdit>(dialog.get(), u"cronExpression"_qs), u"0 0 2 * * ?"_qs);
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"addTask"_qs), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_qs), u"/Workspace/y"_qs);
    QVERIFY(submit->isEnabled());
    typeInto(child<QLineEdit>(dialog.get(), u"taskKey"_qs), u"main"_qs); // duplicate key
    QVERIFY(!submit->isEnabled());
    QVERIFY(!child<QLabel>(dialog.get(), u"error:task.task_key"_qs)->isHidden());
}

void TestJobFormDialog::editKeepsUnknownFields()
{
    const QJsonObject original {
        {u"name"_qs, u"Has unknowns"_qs},
        {u"brickdesk_future_setting"_qs, QJsonObject {{u"level"_qs, 3}}},
        {u"health"_qs,
            QJsonObject {{u"rules"_qs,
                QJsonArray {QJsonObject {{u"metric"_qs, u"RUN_DURATION_SECONDS"_qs},
                    {u"op"_qs, u"GREATER_THAN"_qs}, {u"value"_qs, 3600}}}}}},
        {u"tasks"_qs,
            QJsonArray {QJsonObject {{u"task_key"_qs, u"a"_qs},
                            {u"notebook_task"_qs,
                                QJsonObject {{u"notebook_path"_qs, u"/Workspace/a"_qs},
                                    {u"warehouse_id"_qs, u"wh"_qs}}},
                            {u"future_task_field"_qs, QJsonArray {1, 2}}},
                QJsonObject {{u"task_key"_qs, u"b"_qs},
                    {u"depends_on"_qs, QJsonArray {QJsonObject {{u"task_key"_qs, u"a"_qs}}}},
                    {u"condition_task"_qs,
                        QJsonObject {
                            {u"op"_qs, u"EQUAL_TO"_qs}, {u"left"_qs, u"1"_qs}, {u"right"_qs, u"1"_qs}}}}}},
    };
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);

    JobFormDialog *dialog = JobFormDialog::forEdit(m_connection.get(), jobId);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(dialog);
    dialog->setDraftsDirectory(m_drafts->path());
    QSignalSpy loaded(dialog, &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(child<QLineEdit>(dialog, u"jobName"_qs)->text(), u"Has unknowns"_qs);
    typeInto(child<QLineEdit>(dialog, u"jobName"_qs), u"Renamed in the form"_qs);
    typeInto(child<QLineEdit>(dialog, u"notebookPath"_qs), u"/Workspace/a2"_qs);
    auto *submit = child<QPushButton>(dialog, u"submitButton"_qs);
    QCOMPARE(submit->text(), u"Save"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 10000);
    QSignalSpy saved(dialog, &JobFormDialog::jobSaved);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(dialog->lastConflict().isEmpty());

    const QJsonObject settings = m_fx->emulator().job(jobId).value(u"settings").toObject();
    QCOMPARE(settings.value(u"name").toString(), u"Renamed in the form"_qs);
    QCOMPARE(settings.value(u"brickdesk_future_setting"), original.value(u"brickdesk_future_setting"));
    QCOMPARE(settings.value(u"health"), original.value(u"health"));
    const QJsonArray tasks = settings.value(u"tasks").toArray();
    QCOMPARE(tasks.at(0).toObject().value(u"notebook_task").toObject().value(u"notebook_path").toString(),
        u"/Workspace/a2"_qs);
    QCOMPARE(tasks.at(0).toObject().value(u"notebook_task").toObject().value(u"warehouse_id").toString(),
        u"wh"_qs);
    QCOMPARE(tasks.at(0).toObject().value(u"future_task_field"), QJsonValue(QJsonArray {1, 2}));
    QCOMPARE(tasks.at(1).toObject(), original.value(u"tasks").toArray().at(1).toObject());
}

void TestJobFormDialog::warnsWhenJobChangedSinceOpened()
{
    const QJsonObject original {{u"name"_qs, u"Shared job"_qs}, {u"max_concurrent_runs"_qs, 1},
        {u"tasks"_qs,
            QJsonArray {QJsonObject {{u"task_key"_qs, u"a"_qs},
                {u"notebook_task"_qs, QJsonObject {{u"notebook_path"_qs, u"/Workspace/a"_qs}}}}}}};
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);
    JobFormDialog *dialog = JobFormDialog::forEdit(m_connection.get(), jobId);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(dialog);
    dialog->setDraftsDirectory(m_drafts->path());
    QSignalSpy loaded(dialog, &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));

    // Someone else changes the job behind the form's back.
    QJsonObject theirs = original;
    theirs.insert(u"max_concurrent_runs"_qs, 5);
    theirs.insert(u"description"_qs, u"changed elsewhere"_qs);
    QVERIFY(m_fx->emulator().updateJobSettings(jobId, theirs));

    typeInto(child<QLineEdit>(dialog, u"jobName"_qs), u"Mine"_qs);
    QSignalSpy conflict(dialog, &JobFormDialog::concurrentChangeDetected);
    QSignalSpy saved(dialog, &JobFormDialog::jobSaved);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, u"submitButton"_qs)->isEnabled(), 10000);
    QTest::mouseClick(child<QPushButton>(dialog, u"submitButton"_qs), Qt::LeftButton);
    QVERIFY(conflict.wait(10000));
    QCOMPARE(saved.count(), 0);
    const QStringList changes = dialog->lastConflict();
    QVERIFY2(changes.contains(u"max_concurrent_runs: 1 → 5"_qs), qPrintable(changes.join(u"; ")));
    QVERIFY2(
        changes.contains(u"description: added \"changed elsewhere\""_qs), qPrintable(changes.join(u"; ")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"concurrentChangeWarning"_qs)) && box->isVisible());
    QVERIFY(box->detailedText().contains(u"max_concurrent_runs"_qs));
    // Nothing was written yet.
    QCOMPARE(m_fx->emulator().job(jobId).value(u"settings").toObject().value(u"name").toString(),
        u"Shared job"_qs);

    box->findChild<QPushButton *>(u"overwriteButton"_qs)->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_fx->emulator().job(jobId).value(u"settings").toObject().value(u"name").toString(), u"Mine"_qs);
}

void TestJobFormDialog::draftSurvivesRestart()
{
    {
        std::unique_ptr<JobFormDialog> dialog(newDialog());
        typeInto(child<QLineEdit>(dialog.get(), u"jobName"_qs), u"Unfinished idea"_qs);
        typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_qs), u"/Workspace/idea"_qs);
        child<QPlainTextEdit>(dialog.get(), u"jobTags"_qs)->setPlainText(u"owner=me"_qs);
    } // closed without creating (as when the app quits)

    JobFormDrafts drafts(m_drafts->path());
    const QList<JobFormDraft> list = drafts.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().connectionName, JobFormDialog::connectionIdentity(m_connection.get()));
    QVERIFY(!list.first().toJson().contains(u"token"));

    JobFormDialog *restored = JobFormDialog::forDraft(m_connection.get(), list.first());
    restored->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(restored);
    restored->setDraftsDirectory(m_drafts->path());
    QCOMPARE(child<QLineEdit>(restored, u"jobName"_qs)->text(), u"Unfinished idea"_qs);
    QCOMPARE(child<QLineEdit>(restored, u"notebookPath"_qs)->text(), u"/Workspace/idea"_qs);
    QCOMPARE(restored->form().tags.value(u"owner"_qs), u"me"_qs);
    QCOMPARE(restored->draftId(), list.first().id);

    // Creating it removes the draft.
    QSignalSpy saved(restored, &JobFormDialog::jobSaved);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(restored, u"submitButton"_qs)->isEnabled(), 10000);
    QTest::mouseClick(child<QPushButton>(restored, u"submitButton"_qs), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(drafts.list().isEmpty());
}

void TestJobFormDialog::jsonViewRoundTrips()
{
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    auto *json = child<QPlainTextEdit>(dialog.get(), u"jsonPreview"_qs);
    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_qs), u"Live preview"_qs);
    QVERIFY(json->toPlainText().contains(u"\"name\": \"Live preview\""_qs));
    QVERIFY(json->isReadOnly());

    child<QCheckBox>(dialog.get(), u"jsonEditToggle"_qs)->setChecked(true);
    QVERIFY(!json->isReadOnly());
    QString text = json->toPlainText();
    text.replace(
        u"\"name\": \"Live preview\""_qs, u"\"name\": \"From JSON\", \"x_unknown\": {\"keep\": true}"_qs);
    json->setPlainText(text);
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"jsonApplyButton"_qs), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog.get(), u"jobName"_qs)->text(), u"From JSON"_qs);
    QCOMPARE(dialog->settingsJson().value(u"x_unknown").toObject().value(u"keep").toBool(), true);

    json->setPlainText(u"{ not json"_qs);
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"jsonApplyButton"_qs), Qt::LeftButton);
    QVERIFY(!child<QLabel>(dialog.get(), u"jsonError"_qs)->text().isEmpty());
    QCOMPARE(dialog->form().name, u"From JSON"_qs); // unchanged

    // Import of a jobs/get response.
    QString error;
    const QByteArray response = R"({"job_id": 5, "settings": {"name": "Imported", "tasks": [{"task_key": "t",
        "spark_python_task": {"python_file": "/Workspace/t.py"}, "existing_cluster_id": "abc"}]}})";
    QVERIFY2(dialog->importJson(response, &error), qPrintable(error));
    QCOMPARE(dialog->form().name, u"Imported"_qs);
    QCOMPARE(dialog->form().tasks.first().type, JobTaskForm::Type::SparkPython);
    QVERIFY(!dialog->importJson("[1,2]", &error));
    QVERIFY(!error.isEmpty());
}

void TestJobFormDialog::cloneFlagsClustersMissingInTarget()
{
    const QJsonObject original {{u"name"_qs, u"To clone"_qs},
        {u"tasks"_qs,
            QJsonArray {
                QJsonObject {{u"task_key"_qs, u"a"_qs}, {u"existing_cluster_id"_qs, u"0000-000000-gone"_qs},
                    {u"notebook_task"_qs, QJsonObject {{u"notebook_path"_qs, u"/Workspace/a"_qs}}}}}}};
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);
    JobFormDialog *dialog = JobFormDialog::forClone(m_connection.get(), jobId, m_connection.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(dialog);
    dialog->setDraftsDirectory(m_drafts->path());
    QSignalSpy loaded(dialog, &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog->mode(), JobFormDialog::Mode::Clone);
    QCOMPARE(child<QLineEdit>(dialog, u"jobName"_qs)->text(), u"To clone (copy)"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldMessage(u"tasks[0].existing_cluster_id"_qs).isEmpty(), 10000);
    QVERIFY(!child<QPushButton>(dialog, u"submitButton"_qs)->isEnabled());
    QVERIFY(!child<QLabel>(dialog, u"error:task.existing_cluster_id"_qs)->isHidden());
    // Picking a cluster that exists there clears the flag.
    child<QComboBox>(dialog, u"existingCluster"_qs)->setCurrentIndex(0);
    QVERIFY(dialog->fieldMessage(u"tasks[0].existing_cluster_id"_qs).isEmpty());
    QVERIFY(child<QPushButton>(dialog, u"submitButton"_qs)->isEnabled());
}

void TestJobFormDialog::screenshot()
{
    // Regenerates docs/screenshot-job-form.png when asked:
    //   BRICKDESK_JOBFORM_SCREENSHOT=docs/screenshot-job-form.png tst_jobform_dialog screenshot
    const QString target = qEnvironmentVariable("BRICKDESK_JOBFORM_SCREENSHOT");
    if (target.isEmpty())
        QSKIP("set BRICKDESK_JOBFORM_SCREENSHOT to a file name to write the screenshot");
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    fillMultiTaskJob(dialog.get());
    child<QListWidget>(dialog.get(), u"taskList"_qs)->setCurrentRow(1);
    dialog->resize(1100, 760);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QPixmap pixmap = dialog->grab();
    QVERIFY(pixmap.save(target));
    // The schedule tab too, next to it.
    child<QTabWidget>(dialog.get(), u"tabs"_qs)->setCurrentIndex(3);
    QVERIFY(dialog->grab().save(QString(target).replace(u".png"_qs, u"-schedule.png"_qs)));
}

QTEST_MAIN(TestJobFormDialog)
#include "tst_jobform_dialog.moc"
