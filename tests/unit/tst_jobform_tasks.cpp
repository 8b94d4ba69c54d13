// The job form and JobSettings.tasks[] as a workspace may really send them: entries that are
// not objects, a task with two kinds or a kind whose settings are not an object, depends_on
// and cluster ids of the wrong type. A save the user did not touch gives back the same JSON,
// byte for byte; an edit elsewhere leaves such a task as it came; an edit of the task changes
// only what the user changed.
#include "jobform/jobsettingsform.h"
#include "jsonfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// What a save writes under "tasks", as compact JSON text of the array.
QByteArray savedTasks(const JobSettingsForm &form)
{
    return QJsonDocument(form.toJson().value(u"tasks").toArray()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJobFormTasks final : public QObject
{
    Q_OBJECT

private slots:
    void untouchedJobIsSavedByteForByte_data();
    void untouchedJobIsSavedByteForByte();
    void entryThatIsNotAnObjectIsShownAsKeptAsIs();
    void entryThatIsNotAnObjectSurvivesEditsElsewhere();
    void editedEntryBecomesATask();
    void secondKindIsKeptUntilTheUserPicksAKind();
    void kindSentAsAStringSurvivesAnEditOfTheTask();
};

void TestJobFormTasks::untouchedJobIsSavedByteForByte_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray notebook = R"({"task_key": "b", "notebook_task": {"notebook_path": "/n"}})";
    QTest::newRow("a string") << QByteArray(R"({"name": "j", "tasks": ["x"]})");
    QTest::newRow("a number") << QByteArray(R"({"name": "j", "tasks": [5]})");
    QTest::newRow("null") << QByteArray(R"({"name": "j", "tasks": [null]})");
    QTest::newRow("an array among objects")
        << R"({"name": "j", "tasks": [)" + notebook + R"(, [1, {}], )" + notebook + "]}";
    QTest::newRow("tasks that is not an array") << QByteArray(R"({"name": "j", "tasks": "x"})");
    QTest::newRow("job_clusters that is not an array") << QByteArray(R"({"name": "j", "job_clusters": {}})");
    QTest::newRow("sql_task a string beside run_job_task") << QByteArray(
        R"({"name": "j", "tasks": [{"task_key": "t", "sql_task": "x", "run_job_task": {"job_id": 7}}]})");
    QTest::newRow("run_job_task a number beside notebook_task")
        << QByteArray(R"({"name": "j", "tasks": [{"task_key": "t", "run_job_task": 5,
              "notebook_task": {"notebook_path": "/n"}}]})");
    QTest::newRow("sql_task a string alone")
        << QByteArray(R"({"name": "j", "tasks": [{"task_key": "t", "sql_task": "x"}]})");
    QTest::newRow("sql_task null beside dbt_task") << QByteArray(
        R"({"name": "j", "tasks": [{"task_key": "t", "sql_task": null, "dbt_task": {"commands": []}}]})");
    QTest::newRow("two kinds, both objects")
        << QByteArray(R"({"name": "j", "tasks": [{"task_key": "t", "notebook_task": {"notebook_path": "/n"},
              "pipeline_task": {"pipeline_id": "p"}}]})");
    QTest::newRow("depends_on a string") << R"({"name": "j", "tasks": [)" + notebook
            + R"(, {"task_key": "t", "depends_on": "b", "notebook_task": {"notebook_path": "/n"}}]})";
    QTest::newRow("depends_on entries that are not objects") << R"({"name": "j", "tasks": [)" + notebook
            + R"(, {"task_key": "t", "depends_on": ["b", 5], "notebook_task": {"notebook_path": "/n"}}]})";
    QTest::newRow("existing_cluster_id a number")
        << QByteArray(R"({"name": "j", "tasks": [{"task_key": "t", "existing_cluster_id": 5,
              "notebook_task": {"notebook_path": "/n"}}]})");
    QTest::newRow("job_cluster_key null")
        << QByteArray(R"({"name": "j", "tasks": [{"task_key": "t", "job_cluster_key": null,
              "notebook_task": {"notebook_path": "/n"}}]})");
}

void TestJobFormTasks::untouchedJobIsSavedByteForByte()
{
    QFETCH(QByteArray, json);
    const QJsonObject original = test::parseJsonObject(json);
    const QJsonObject written = JobSettingsForm::fromJson(original).toJson();
    QCOMPARE(test::compactJson(written), test::compactJson(original));
    QCOMPARE(test::compactJson(JobSettingsForm::fromJson(written).toJson()), test::compactJson(written));
}

void TestJobFormTasks::entryThatIsNotAnObjectIsShownAsKeptAsIs()
{
    const JobSettingsForm form
        = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j", "tasks": ["x", [1, 2]]})"));
    QCOMPARE(form.tasks.size(), 2);
    QCOMPARE(form.tasks[0].type, JobTaskForm::Type::Other);
    QCOMPARE(form.tasks[0].compute, JobTaskForm::Compute::None);
    QCOMPARE(form.tasks[0].otherTypeJson(), u"\"x\""_s);
    QCOMPARE(form.tasks[1].otherTypeJson(), u"[\n    1,\n    2\n]\n"_s);
    // Kept as sent, the form has nothing to check: the job can be saved as it came. Edited, it is
    // a task without a key: the form says so (the API refuses it), it does not drop it.
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
    JobSettingsForm edited = form;
    edited.tasks[0].description = u"d"_s;
    const QList<JobFormIssue> issues = edited.validate();
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
        [](const JobFormIssue &issue) { return issue.field == u"tasks[0].task_key"; }));
}

void TestJobFormTasks::entryThatIsNotAnObjectSurvivesEditsElsewhere()
{
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j", "tasks": [
        {"task_key": "b", "notebook_task": {"notebook_path": "/n"}}, null, 5]})"));
    form.name = u"renamed"_s;
    form.tasks[0].description = u"d"_s;
    QCOMPARE(savedTasks(form),
        QByteArray(R"([{"description":"d","notebook_task":{"notebook_path":"/n"},"task_key":"b"},null,5])"));
    // Deleting the entry before them moves them along, still as sent.
    form.tasks.removeFirst();
    QCOMPARE(savedTasks(form), QByteArray("[null,5]"));
}

void TestJobFormTasks::editedEntryBecomesATask()
{
    JobSettingsForm form
        = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j", "tasks": ["x"]})"));
    form.tasks[0].key = u"t"_s;
    form.tasks[0].type = JobTaskForm::Type::Notebook;
    form.tasks[0].compute = JobTaskForm::Compute::Serverless;
    form.tasks[0].notebookPath = u"/n"_s;
    QCOMPARE(savedTasks(form), QByteArray(R"([{"notebook_task":{"notebook_path":"/n"},"task_key":"t"}])"));
}

void TestJobFormTasks::secondKindIsKeptUntilTheUserPicksAKind()
{
    const QJsonObject job = test::parseJsonObject(R"({"name": "j", "tasks": [
        {"task_key": "t", "sql_task": "x", "run_job_task": {"job_id": 7}}]})");
    // The form shows the kind it can edit: the one whose settings are an object.
    JobSettingsForm form = JobSettingsForm::fromJson(job);
    QCOMPARE(form.tasks[0].type, JobTaskForm::Type::RunJob);
    QCOMPARE(form.tasks[0].runJobId, 7);
    form.tasks[0].runJobId = 8;
    QCOMPARE(
        savedTasks(form), QByteArray(R"([{"run_job_task":{"job_id":8},"sql_task":"x","task_key":"t"}])"));

    form = JobSettingsForm::fromJson(job);
    form.tasks[0].type = JobTaskForm::Type::Pipeline;
    form.tasks[0].pipelineId = u"p"_s;
    QCOMPARE(savedTasks(form), QByteArray(R"([{"pipeline_task":{"pipeline_id":"p"},"task_key":"t"}])"));
}

void TestJobFormTasks::kindSentAsAStringSurvivesAnEditOfTheTask()
{
    JobSettingsForm form = JobSettingsForm::fromJson(
        test::parseJsonObject(R"({"name": "j", "tasks": [{"task_key": "t", "sql_task": "x"}]})"));
    QCOMPARE(form.tasks[0].type, JobTaskForm::Type::Sql);
    form.tasks[0].description = u"d"_s;
    form.tasks[0].maxRetries = 2;
    QCOMPARE(savedTasks(form),
        QByteArray(R"([{"description":"d","max_retries":2,"sql_task":"x","task_key":"t"}])"));
    // Filling in the SQL settings replaces the string with them.
    form.tasks[0].warehouseId = u"w"_s;
    form.tasks[0].sqlReference = u"q"_s;
    QCOMPARE(savedTasks(form),
        QByteArray(R"([{"description":"d","max_retries":2,"sql_task":{"query":{"query_id":"q"},)"
                   R"("warehouse_id":"w"},"task_key":"t"}])"));
}

QTEST_GUILESS_MAIN(TestJobFormTasks)
#include "tst_jobform_tasks.moc"
