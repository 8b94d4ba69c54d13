#include "eventwait.h"
#include "jobform/jobformdialog.h"
#include "jobform/jobformdrafts.h"
#include "jobformdialogtest.h"
#include "jsonfixture.h"
#include "typeinto.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
using namespace Qt::Literals::StringLiterals;

namespace {

using test::child;
using test::saveScreenshotIfAsked;
using test::typeInto;

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestJobFormDialog final
    : public QObject
    , private test::JobFormDialogTest
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
    void draftNeverHoldsTheToken();
    void lockedJobOpensReadOnlyAndCannotBeSaved();
    void jobs22SettingsShownEditedAndKept();
    void jsonViewRoundTrips();
    void cloneFlagsClustersMissingInTarget();
    void selectingAnEntryMovesTheListToIt();
    void screenshot();

private:
    void fillMultiTaskJob(JobFormDialog *dialog);
    QByteArray draftFiles() const;
};

void TestJobFormDialog::initTestCase()
{
    startWorkspace();
}

void TestJobFormDialog::init()
{
    newDrafts();
}

void TestJobFormDialog::cleanup()
{
    dropDrafts();
}

void TestJobFormDialog::fillMultiTaskJob(JobFormDialog *dialog)
{
    // Wait for the workspace's lists (clusters, node types, Spark versions).
    auto *nodeType = child<QComboBox>(dialog, u"nodeType"_s);
    auto *sparkVersion = child<QComboBox>(dialog, u"sparkVersion"_s);
    QTRY_VERIFY_WITH_TIMEOUT(nodeType->count() > 0 && sparkVersion->count() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(dialog, u"existingCluster"_s)->count() > 0, 10000);

    typeInto(child<QLineEdit>(dialog, u"jobName"_s), u"Form-made ETL"_s);

    // A shared job cluster with autoscale.
    QTest::mouseClick(child<QPushButton>(dialog, u"addCluster"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog, u"clusterKey"_s), u"shared_etl"_s);
    sparkVersion->setCurrentIndex(0);
    nodeType->setCurrentIndex(std::min(1, nodeType->count() - 1));
    child<QCheckBox>(dialog, u"autoscale"_s)->setChecked(true);
    child<QSpinBox>(dialog, u"minWorkers"_s)->setValue(2);
    child<QSpinBox>(dialog, u"maxWorkers"_s)->setValue(6);
    child<QPlainTextEdit>(dialog, u"sparkConf"_s)->setPlainText(u"spark.speculation=true"_s);

    // Task 1: notebook on the shared cluster.
    auto *taskList = child<QListWidget>(dialog, u"taskList"_s);
    taskList->setCurrentRow(0);
    typeInto(child<QLineEdit>(dialog, u"taskKey"_s), u"ingest"_s);
    typeInto(child<QLineEdit>(dialog, u"notebookPath"_s), u"/Workspace/etl/ingest"_s);
    choose(child<QComboBox>(dialog, u"computeKind"_s), int(JobTaskForm::Compute::JobCluster));
    child<QComboBox>(dialog, u"jobClusterPicker"_s)->setCurrentIndex(0);
    child<QSpinBox>(dialog, u"maxRetries"_s)->setValue(2);

    // Task 2: Python script after task 1, on the shared cluster.
    QTest::mouseClick(child<QPushButton>(dialog, u"addTask"_s), Qt::LeftButton);
    QCOMPARE(taskList->currentRow(), 1);
    typeInto(child<QLineEdit>(dialog, u"taskKey"_s), u"transform"_s);
    choose(child<QComboBox>(dialog, u"taskType"_s), int(JobTaskForm::Type::SparkPython));
    typeInto(child<QLineEdit>(dialog, u"pythonFile"_s), u"/Workspace/etl/transform.py"_s);
    child<QPlainTextEdit>(dialog, u"taskParameters"_s)->setPlainText(u"--mode\nfull"_s);
    choose(child<QComboBox>(dialog, u"computeKind"_s), int(JobTaskForm::Compute::JobCluster));

    // Task 3: on an existing all-purpose cluster.
    QTest::mouseClick(child<QPushButton>(dialog, u"addTask"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog, u"taskKey"_s), u"publish"_s);
    choose(child<QComboBox>(dialog, u"taskType"_s), int(JobTaskForm::Type::SparkJar));
    typeInto(child<QLineEdit>(dialog, u"mainClassName"_s), u"com.example.Publish"_s);
    typeInto(child<QLineEdit>(dialog, u"jarLibrary"_s), u"/Volumes/main/etl/publish.jar"_s);
    choose(child<QComboBox>(dialog, u"computeKind"_s), int(JobTaskForm::Compute::ExistingCluster));
    child<QComboBox>(dialog, u"existingCluster"_s)->setCurrentIndex(0);

    // Schedule.
    choose(child<QComboBox>(dialog, u"triggerKind"_s), int(JobSettingsForm::TriggerKind::Schedule));
    typeInto(child<QLineEdit>(dialog, u"cronExpression"_s), u"0 30 6 ? * MON-FRI"_s);
    child<QComboBox>(dialog, u"timeZone"_s)->setCurrentText(u"Europe/Berlin"_s);
    typeInto(child<QLineEdit>(dialog, u"emailOnFailure"_s), u"oncall@example.com"_s);
}

void TestJobFormDialog::createsMultiTaskJobWithSharedCluster()
{
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    fillMultiTaskJob(dialog.get());
    if (QTest::currentTestFailed())
        return;
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_s);
    QTRY_VERIFY2(submit->isEnabled(),
        qPrintable(dialog->issues().value(0).field + u" "_s + dialog->issues().value(0).message));
    QVERIFY(child<QLabel>(dialog.get(), u"cronPreview"_s)
                ->text()
                .startsWith(u"At 06:30 on weekdays Europe/Berlin"_s));

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
    QCOMPARE(settings.value(u"name").toString(), u"Form-made ETL"_s);
    const QJsonArray tasks = settings.value(u"tasks").toArray();
    QCOMPARE(tasks.size(), 3);
    const QJsonObject ingest = tasks.at(0).toObject();
    QCOMPARE(ingest.value(u"task_key").toString(), u"ingest"_s);
    QCOMPARE(ingest.value(u"notebook_task").toObject().value(u"notebook_path").toString(),
        u"/Workspace/etl/ingest"_s);
    QCOMPARE(ingest.value(u"job_cluster_key").toString(), u"shared_etl"_s);
    QCOMPARE(ingest.value(u"max_retries").toInt(), 2);
    const QJsonObject transform = tasks.at(1).toObject();
    QCOMPARE(transform.value(u"spark_python_task").toObject().value(u"python_file").toString(),
        u"/Workspace/etl/transform.py"_s);
    QCOMPARE(transform.value(u"spark_python_task").toObject().value(u"parameters").toArray(),
        (QJsonArray {u"--mode"_s, u"full"_s}));
    QCOMPARE(
        transform.value(u"depends_on").toArray(), (QJsonArray {QJsonObject {{u"task_key"_s, u"ingest"_s}}}));
    QCOMPARE(transform.value(u"job_cluster_key").toString(), u"shared_etl"_s);
    const QJsonObject publish = tasks.at(2).toObject();
    QCOMPARE(publish.value(u"existing_cluster_id").toString(),
        child<QComboBox>(dialog.get(), u"existingCluster"_s)->itemData(0).toString());
    QCOMPARE(publish.value(u"libraries").toArray(),
        (QJsonArray {QJsonObject {{u"jar"_s, u"/Volumes/main/etl/publish.jar"_s}}}));
    const QJsonObject cluster = settings.value(u"job_clusters").toArray().at(0).toObject();
    QCOMPARE(cluster.value(u"job_cluster_key").toString(), u"shared_etl"_s);
    const QJsonObject newCluster = cluster.value(u"new_cluster").toObject();
    QCOMPARE(newCluster.value(u"autoscale").toObject(),
        (QJsonObject {{u"min_workers"_s, 2}, {u"max_workers"_s, 6}}));
    QCOMPARE(newCluster.value(u"spark_version").toString(),
        child<QComboBox>(dialog.get(), u"sparkVersion"_s)->itemData(0).toString());
    QVERIFY(!newCluster.value(u"node_type_id").toString().isEmpty());
    QCOMPARE(newCluster.value(u"spark_conf").toObject().value(u"spark.speculation").toString(), u"true"_s);
    QCOMPARE(settings.value(u"schedule").toObject().value(u"quartz_cron_expression").toString(),
        u"0 30 6 ? * MON-FRI"_s);
    QCOMPARE(settings.value(u"schedule").toObject().value(u"timezone_id").toString(), u"Europe/Berlin"_s);
    QCOMPARE(settings.value(u"email_notifications").toObject().value(u"on_failure").toArray(),
        QJsonArray {u"oncall@example.com"_s});
    // Created: no draft left behind.
    QVERIFY(JobFormDrafts(m_drafts->path()).list().isEmpty());
}

void TestJobFormDialog::invalidFormDisablesCreateAndShowsMessages()
{
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_s);
    typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_s), u"/Workspace/x"_s);
    QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 10000);

    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), QString());
    QVERIFY(!submit->isEnabled());
    auto *nameError = child<QLabel>(dialog.get(), u"error:name"_s);
    QVERIFY(!nameError->isHidden());
    QCOMPARE(nameError->text(), dialog->fieldMessage(u"name"_s));
    QVERIFY(!nameError->text().isEmpty());

    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), u"ok"_s);
    choose(child<QComboBox>(dialog.get(), u"triggerKind"_s), int(JobSettingsForm::TriggerKind::Schedule));
    typeInto(child<QLineEdit>(dialog.get(), u"cronExpression"_s), u"0 0 25 * * ?"_s);
    QVERIFY(!submit->isEnabled());
    auto *cronError = child<QLabel>(dialog.get(), u"error:schedule.quartz_cron_expression"_s);
    QVERIFY(!cronError->isHidden());
    QVERIFY2(cronError->text().startsWith(u"Hours:"_s), qPrintable(cronError->text()));

    // A task depending on itself is flagged next to the dependency list.
    typeInto(child<QLineEdit>(dialog.get(), u"cronExpression"_s), u"0 0 2 * * ?"_s);
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"addTask"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_s), u"/Workspace/y"_s);
    QVERIFY(submit->isEnabled());
    typeInto(child<QLineEdit>(dialog.get(), u"taskKey"_s), u"main"_s); // duplicate key
    QVERIFY(!submit->isEnabled());
    QVERIFY(!child<QLabel>(dialog.get(), u"error:task.task_key"_s)->isHidden());
}

void TestJobFormDialog::editKeepsUnknownFields()
{
    const QJsonObject original {
        {u"name"_s, u"Has unknowns"_s},
        {u"brickdesk_future_setting"_s, QJsonObject {{u"level"_s, 3}}},
        {u"health"_s,
            QJsonObject {{u"rules"_s,
                QJsonArray {QJsonObject {{u"metric"_s, u"RUN_DURATION_SECONDS"_s},
                    {u"op"_s, u"GREATER_THAN"_s}, {u"value"_s, 3600}}}}}},
        {u"tasks"_s,
            QJsonArray {
                QJsonObject {{u"task_key"_s, u"a"_s},
                    {u"notebook_task"_s,
                        QJsonObject {{u"notebook_path"_s, u"/Workspace/a"_s}, {u"warehouse_id"_s, u"wh"_s}}},
                    {u"future_task_field"_s, QJsonArray {1, 2}}},
                QJsonObject {{u"task_key"_s, u"b"_s},
                    {u"depends_on"_s, QJsonArray {QJsonObject {{u"task_key"_s, u"a"_s}}}},
                    {u"condition_task"_s,
                        QJsonObject {{u"op"_s, u"EQUAL_TO"_s}, {u"left"_s, u"1"_s}, {u"right"_s, u"1"_s}}}}}},
    };
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);

    JobFormDialog *dialog = JobFormDialog::forEdit(m_connection.get(), jobId);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(dialog);
    dialog->setDraftsDirectory(m_drafts->path());
    QSignalSpy loaded(dialog, &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(child<QLineEdit>(dialog, u"jobName"_s)->text(), u"Has unknowns"_s);
    typeInto(child<QLineEdit>(dialog, u"jobName"_s), u"Renamed in the form"_s);
    typeInto(child<QLineEdit>(dialog, u"notebookPath"_s), u"/Workspace/a2"_s);
    auto *submit = child<QPushButton>(dialog, u"submitButton"_s);
    QCOMPARE(submit->text(), u"Save"_s);
    QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 10000);
    QSignalSpy saved(dialog, &JobFormDialog::jobSaved);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(dialog->lastConflict().isEmpty());

    const QJsonObject settings = m_fx->emulator().job(jobId).value(u"settings").toObject();
    QCOMPARE(settings.value(u"name").toString(), u"Renamed in the form"_s);
    QCOMPARE(settings.value(u"brickdesk_future_setting"), original.value(u"brickdesk_future_setting"));
    QCOMPARE(settings.value(u"health"), original.value(u"health"));
    const QJsonArray tasks = settings.value(u"tasks").toArray();
    QCOMPARE(tasks.at(0).toObject().value(u"notebook_task").toObject().value(u"notebook_path").toString(),
        u"/Workspace/a2"_s);
    QCOMPARE(
        tasks.at(0).toObject().value(u"notebook_task").toObject().value(u"warehouse_id").toString(), u"wh"_s);
    QCOMPARE(tasks.at(0).toObject().value(u"future_task_field"), QJsonValue(QJsonArray {1, 2}));
    QCOMPARE(tasks.at(1).toObject(), original.value(u"tasks").toArray().at(1).toObject());
}

void TestJobFormDialog::warnsWhenJobChangedSinceOpened()
{
    const QJsonObject original {{u"name"_s, u"Shared job"_s}, {u"max_concurrent_runs"_s, 1},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"a"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Workspace/a"_s}}}}}}};
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
    theirs.insert(u"max_concurrent_runs"_s, 5);
    theirs.insert(u"description"_s, u"changed elsewhere"_s);
    QVERIFY(m_fx->emulator().updateJobSettings(jobId, theirs));

    typeInto(child<QLineEdit>(dialog, u"jobName"_s), u"Mine"_s);
    QSignalSpy conflict(dialog, &JobFormDialog::concurrentChangeDetected);
    QSignalSpy saved(dialog, &JobFormDialog::jobSaved);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, u"submitButton"_s)->isEnabled(), 10000);
    QTest::mouseClick(child<QPushButton>(dialog, u"submitButton"_s), Qt::LeftButton);
    QVERIFY(conflict.wait(10000));
    QCOMPARE(saved.count(), 0);
    const QStringList changes = dialog->lastConflict();
    QVERIFY2(changes.contains(u"max_concurrent_runs: 1 → 5"_s), qPrintable(changes.join(u"; ")));
    QVERIFY2(
        changes.contains(u"description: added \"changed elsewhere\""_s), qPrintable(changes.join(u"; ")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"concurrentChangeWarning"_s)) && box->isVisible());
    QVERIFY(box->detailedText().contains(u"max_concurrent_runs"_s));
    // Nothing was written yet.
    QCOMPARE(
        m_fx->emulator().job(jobId).value(u"settings").toObject().value(u"name").toString(), u"Shared job"_s);

    box->findChild<QPushButton *>(u"overwriteButton"_s)->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_fx->emulator().job(jobId).value(u"settings").toObject().value(u"name").toString(), u"Mine"_s);
}

void TestJobFormDialog::draftSurvivesRestart()
{
    {
        std::unique_ptr<JobFormDialog> dialog(newDialog());
        typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), u"Unfinished idea"_s);
        typeInto(child<QLineEdit>(dialog.get(), u"notebookPath"_s), u"/Workspace/idea"_s);
        child<QPlainTextEdit>(dialog.get(), u"jobTags"_s)->setPlainText(u"owner=me"_s);
    } // closed without creating (as when the app quits)

    JobFormDrafts drafts(m_drafts->path());
    const QList<JobFormDraft> list = drafts.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().connectionName, JobFormDialog::connectionIdentity(m_connection.get()));
    // The connection's token is nowhere in what was written (its value, under any key).
    QVERIFY(!draftFiles().isEmpty());
    QVERIFY(!draftFiles().contains(m_fx->token().toUtf8()));

    JobFormDialog *restored = JobFormDialog::forDraft(m_connection.get(), list.first());
    restored->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(restored);
    restored->setDraftsDirectory(m_drafts->path());
    QCOMPARE(child<QLineEdit>(restored, u"jobName"_s)->text(), u"Unfinished idea"_s);
    QCOMPARE(child<QLineEdit>(restored, u"notebookPath"_s)->text(), u"/Workspace/idea"_s);
    QCOMPARE(restored->form().tags.value(u"owner"_s), u"me"_s);
    QCOMPARE(restored->draftId(), list.first().id);

    // Creating it removes the draft.
    QSignalSpy saved(restored, &JobFormDialog::jobSaved);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(restored, u"submitButton"_s)->isEnabled(), 10000);
    QTest::mouseClick(child<QPushButton>(restored, u"submitButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(drafts.list().isEmpty());
}

QByteArray TestJobFormDialog::draftFiles() const
{
    QByteArray all;
    QDirIterator it(m_drafts->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestJobFormDialog::draftNeverHoldsTheToken()
{
    // The token pasted where a job keeps credentials (an env var, a Spark conf): the form has
    // it, the draft on disk must not.
    const QString token = m_fx->token();
    QVERIFY(token.size() >= 8);
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    const QJsonObject settings {{u"name"_s, u"With a pasted token"_s},
        {u"job_clusters"_s,
            QJsonArray {QJsonObject {{u"job_cluster_key"_s, u"c"_s},
                {u"new_cluster"_s,
                    QJsonObject {{u"spark_version"_s, u"15.4.x-scala2.12"_s},
                        {u"node_type_id"_s, u"i3.xlarge"_s}, {u"num_workers"_s, 1},
                        {u"spark_env_vars"_s, QJsonObject {{u"DATABRICKS_TOKEN"_s, token}}},
                        {u"spark_conf"_s, QJsonObject {{u"spark.databricks.service.token"_s, token}}}}}}}},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s}, {u"job_cluster_key"_s, u"c"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Workspace/t"_s}}}}}}};
    QString error;
    QVERIFY2(dialog->importJson(QJsonDocument(settings).toJson(), &error), qPrintable(error));
    QVERIFY(QJsonDocument(dialog->settingsJson()).toJson().contains(token.toUtf8()));
    dialog->saveDraftNow();
    const QList<JobFormDraft> drafts = JobFormDrafts(m_drafts->path()).list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().redactedFields.size(), 2);
    QVERIFY(!draftFiles().isEmpty());
    QVERIFY2(!draftFiles().contains(token.toUtf8()), "the token's value was written to the draft");
}

void TestJobFormDialog::lockedJobOpensReadOnlyAndCannotBeSaved()
{
    const QJsonObject original {{u"name"_s, u"From a bundle"_s}, {u"edit_mode"_s, u"UI_LOCKED"_s},
        {u"deployment"_s,
            QJsonObject {{u"kind"_s, u"BUNDLE"_s},
                {u"metadata_file_path"_s, u"/Workspace/.bundle/etl/metadata.json"_s}}},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"a"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Workspace/a"_s}}}}}}};
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);
    const QJsonObject before = m_fx->emulator().job(jobId).value(u"settings"_s).toObject();
    QCOMPARE(before.value(u"edit_mode"_s).toString(), u"UI_LOCKED"_s);

    std::unique_ptr<JobFormDialog> dialog(openForEdit(jobId));
    QSignalSpy loaded(dialog.get(), &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(dialog->isReadOnly());
    auto *notice = child<QLabel>(dialog.get(), u"lockedNotice"_s);
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(u"bundle"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(u"unlock"_s));
    auto *submit = child<QPushButton>(dialog.get(), u"submitButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 10000);
    QVERIFY(!submit->isEnabled());
    QVERIFY(!submit->toolTip().isEmpty());
    QVERIFY(!child<QLineEdit>(dialog.get(), u"jobName"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog.get(), u"notebookPath"_s)->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog.get(), u"jsonEditToggle"_s)->isEnabled());

    // Even asked directly (a shortcut, a script), it refuses and sends nothing.
    QSignalSpy failed(dialog.get(), &JobFormDialog::submitFailed);
    QSignalSpy saved(dialog.get(), &JobFormDialog::jobSaved);
    JobSettingsForm changed = dialog->form();
    changed.name = u"Changed behind the bundle's back"_s;
    dialog->setForm(changed);
    dialog->submit();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"bundle"_s));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!dialog->isLoading());
    QCOMPARE(m_fx->emulator().job(jobId).value(u"settings"_s).toObject(), before);
}

void TestJobFormDialog::jobs22SettingsShownEditedAndKept()
{
    const QJsonObject original = QJsonDocument::fromJson(R"({
        "name": "Jobs 2.2", "performance_target": "COST_OPTIMIZED_2027", "budget_policy_id": "bp-1",
        "environments": [{"environment_key": "default", "spec": {"environment_version": "2"}}],
        "trigger": {"pause_status": "UNPAUSED", "lakehouse_event": {"source": "x"}},
        "tasks": [
          {"task_key": "each", "for_each_task": {"inputs": "[1, 2]", "concurrency": 2,
            "task": {"task_key": "it", "spark_python_task": {"python_file": "/Workspace/it.py"}, "environment_key": "default"}}},
          {"task_key": "check", "depends_on": [{"task_key": "each"}],
            "condition_task": {"op": "MATCHES_REGEX", "left": "a", "right": "b"}},
          {"task_key": "future", "disabled": true, "quantum_task": {"qubits": 5}}
        ]})")
                                     .object();
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);
    const QJsonObject before = m_fx->emulator().job(jobId).value(u"settings"_s).toObject();

    std::unique_ptr<JobFormDialog> dialog(openForEdit(jobId));
    QSignalSpy loaded(dialog.get(), &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!dialog->isReadOnly());
    // Unknown values are shown as they come.
    QCOMPARE(child<QComboBox>(dialog.get(), u"performanceTarget"_s)->currentText(), u"COST_OPTIMIZED_2027"_s);
    QCOMPARE(child<QLineEdit>(dialog.get(), u"budgetPolicyId"_s)->text(), u"bp-1"_s);
    QCOMPARE(child<QComboBox>(dialog.get(), u"triggerKind"_s)->currentData().toInt(),
        int(JobSettingsForm::TriggerKind::Other));
    QVERIFY(child<QPlainTextEdit>(dialog.get(), u"otherTriggerJson"_s)
                ->toPlainText()
                .contains(u"lakehouse_event"_s));
    dialog->selectTask(0);
    QCOMPARE(child<QComboBox>(dialog.get(), u"taskType"_s)->currentData().toInt(),
        int(JobTaskForm::Type::ForEach));
    QCOMPARE(child<QLineEdit>(dialog.get(), u"forEachInputs"_s)->text(), u"[1, 2]"_s);
    QVERIFY(
        child<QPlainTextEdit>(dialog.get(), u"forEachTask"_s)->toPlainText().contains(u"/Workspace/it.py"_s));
    dialog->selectTask(2);
    QVERIFY(child<QCheckBox>(dialog.get(), u"taskDisabled"_s)->isChecked());
    QVERIFY(child<QPlainTextEdit>(dialog.get(), u"otherTaskJson"_s)->toPlainText().contains(u"qubits"_s));
    dialog->selectTask(1);
    QCOMPARE(child<QComboBox>(dialog.get(), u"conditionOp"_s)->currentText(), u"MATCHES_REGEX"_s);

    // Edit one field through its widget; save; only that field changed on the server.
    typeInto(child<QLineEdit>(dialog.get(), u"conditionRight"_s), u"c"_s);
    saveWithButton(dialog.get());
    if (QTest::currentTestFailed())
        return;
    QJsonObject expected = before;
    QJsonArray tasks = expected.value(u"tasks"_s).toArray();
    QJsonObject check = tasks.at(1).toObject();
    QJsonObject condition = check.value(u"condition_task"_s).toObject();
    condition.insert(u"right"_s, u"c"_s);
    check.insert(u"condition_task"_s, condition);
    tasks.replace(1, check);
    expected.insert(u"tasks"_s, tasks);
    QCOMPARE(m_fx->emulator().job(jobId).value(u"settings"_s).toObject(), expected);
}

void TestJobFormDialog::jsonViewRoundTrips()
{
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    auto *json = child<QPlainTextEdit>(dialog.get(), u"jsonPreview"_s);
    typeInto(child<QLineEdit>(dialog.get(), u"jobName"_s), u"Live preview"_s);
    QVERIFY(json->toPlainText().contains(u"\"name\": \"Live preview\""_s));
    QVERIFY(json->isReadOnly());

    child<QCheckBox>(dialog.get(), u"jsonEditToggle"_s)->setChecked(true);
    QVERIFY(!json->isReadOnly());
    QString text = json->toPlainText();
    text.replace(
        u"\"name\": \"Live preview\""_s, u"\"name\": \"From JSON\", \"x_unknown\": {\"keep\": true}"_s);
    json->setPlainText(text);
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"jsonApplyButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog.get(), u"jobName"_s)->text(), u"From JSON"_s);
    QCOMPARE(dialog->settingsJson().value(u"x_unknown").toObject().value(u"keep").toBool(), true);

    json->setPlainText(u"{ not json"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"jsonApplyButton"_s), Qt::LeftButton);
    QVERIFY(!child<QLabel>(dialog.get(), u"jsonError"_s)->text().isEmpty());
    QCOMPARE(dialog->form().name, u"From JSON"_s); // unchanged

    // Import of a jobs/get response.
    QString error;
    const QByteArray response = R"({"job_id": 5, "settings": {"name": "Imported", "tasks": [{"task_key": "t",
        "spark_python_task": {"python_file": "/Workspace/t.py"}, "existing_cluster_id": "abc"}]}})";
    QVERIFY2(dialog->importJson(response, &error), qPrintable(error));
    QCOMPARE(dialog->form().name, u"Imported"_s);
    QCOMPARE(dialog->form().tasks.first().type, JobTaskForm::Type::SparkPython);
    QVERIFY(!dialog->importJson("[1,2]", &error));
    QVERIFY(!error.isEmpty());
}

void TestJobFormDialog::cloneFlagsClustersMissingInTarget()
{
    const QJsonObject original {{u"name"_s, u"To clone"_s},
        {u"tasks"_s,
            QJsonArray {
                QJsonObject {{u"task_key"_s, u"a"_s}, {u"existing_cluster_id"_s, u"0000-000000-gone"_s},
                    {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Workspace/a"_s}}}}}}};
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);
    JobFormDialog *dialog = JobFormDialog::forClone(m_connection.get(), jobId, m_connection.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(dialog);
    dialog->setDraftsDirectory(m_drafts->path());
    QSignalSpy loaded(dialog, &JobFormDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog->mode(), JobFormDialog::Mode::Clone);
    QCOMPARE(child<QLineEdit>(dialog, u"jobName"_s)->text(), u"To clone (copy)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldMessage(u"tasks[0].existing_cluster_id"_s).isEmpty(), 10000);
    QVERIFY(!child<QPushButton>(dialog, u"submitButton"_s)->isEnabled());
    QVERIFY(!child<QLabel>(dialog, u"error:task.existing_cluster_id"_s)->isHidden());
    // Picking a cluster that exists there clears the flag.
    child<QComboBox>(dialog, u"existingCluster"_s)->setCurrentIndex(0);
    QVERIFY(dialog->fieldMessage(u"tasks[0].existing_cluster_id"_s).isEmpty());
    QVERIFY(child<QPushButton>(dialog, u"submitButton"_s)->isEnabled());
}

void TestJobFormDialog::selectingAnEntryMovesTheListToIt()
{
    // An entry chosen from elsewhere (an error, a dependency link): its page, its editor and the
    // list's highlighted, current row all show it, and the arrow keys go on from there.
    std::unique_ptr<JobFormDialog> dialog(newDialog());
    QString error;
    QVERIFY2(dialog->importJson(R"({"name": "j", "tasks": [{"task_key": "a"}, {"task_key": "b"},
        {"task_key": "c"}], "job_clusters": [{"job_cluster_key": "p", "new_cluster": {}},
        {"job_cluster_key": "q", "new_cluster": {}}]})",
                 &error),
        qPrintable(error));
    dialog->show();
    dialog->activateWindow(); // a display without a window manager activates nothing itself
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto *tabs = child<QTabWidget>(dialog.get(), u"tabs"_s);
    auto *tasks = child<QListWidget>(dialog.get(), u"taskList"_s);
    auto *taskKey = child<QLineEdit>(dialog.get(), u"taskKey"_s);
    tasks->setFocus();
    dialog->selectTask(2);
    QCOMPARE(tasks->currentRow(), 2);
    QVERIFY(tasks->item(2)->isSelected());
    QCOMPARE(tasks->selectedItems().size(), 1);
    QCOMPARE(taskKey->text(), u"c"_s);
    QVERIFY(tasks->hasFocus()); // where the user was
    QTest::keyClick(tasks, Qt::Key_Up);
    QCOMPARE(taskKey->text(), u"b"_s);
    dialog->selectTask(0);
    QTest::keyClick(tasks, Qt::Key_Down);
    QCOMPARE(tasks->currentRow(), 1);
    QCOMPARE(taskKey->text(), u"b"_s);

    // A cluster from the tasks page: its page shown, the focus (on a page now hidden) moved to it.
    dialog->selectCluster(1);
    auto *clusters = child<QListWidget>(dialog.get(), u"clusterList"_s);
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(clusters->currentRow(), 1);
    QVERIFY(clusters->item(1)->isSelected());
    QCOMPARE(child<QLineEdit>(dialog.get(), u"clusterKey"_s)->text(), u"q"_s);
    QVERIFY(QApplication::focusWidget() && tabs->widget(2)->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 2, u"-selected-cluster"_s));
    // The same entry again: nothing moves.
    dialog->selectCluster(1);
    QCOMPARE(clusters->currentRow(), 1);
    dialog->selectTask(1);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(tasks->currentRow(), 1);
    QVERIFY(saveScreenshotIfAsked(dialog.get(), 1, u"-selected-task"_s));
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
    child<QListWidget>(dialog.get(), u"taskList"_s)->setCurrentRow(1);
    dialog->resize(1100, 760);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QPixmap pixmap = dialog->grab();
    QVERIFY(pixmap.save(target));
    // The schedule tab too, next to it.
    child<QTabWidget>(dialog.get(), u"tabs"_s)->setCurrentIndex(3);
    QVERIFY(dialog->grab().save(QString(target).replace(u".png"_s, u"-schedule.png"_s)));
}

QTEST_MAIN(TestJobFormDialog)
#include "tst_jobform_dialog.moc"
