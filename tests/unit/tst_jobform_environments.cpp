// The job form and JobSettings.environments[] as a workspace may really send them: entries
// without a key, a key twice, entries that are not objects, tasks naming an environment the
// job does not declare or a cluster besides. A save the user did not touch gives back the same
// JSON, byte for byte; what the form adds for a new serverless task, it still adds.
#include "jobform/jobsettingsform.h"
#include "jsonfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// What a save writes under "environments", as {"environments": [...]}.
QByteArray savedEnvironments(const JobSettingsForm &form)
{
    return test::compactJson(QJsonObject {{u"environments"_s, form.toJson().value(u"environments")}});
}

// A Python script task on serverless compute that names `environment`.
JobTaskForm pythonTask(const QString &key, const QString &environment)
{
    JobTaskForm task;
    task.key = key;
    task.type = JobTaskForm::Type::SparkPython;
    task.pythonFile = u"/Workspace/main.py"_s;
    task.compute = JobTaskForm::Compute::Serverless;
    task.environmentKey = environment;
    return task;
}

} // namespace

class TestJobFormEnvironments final : public QObject
{
    Q_OBJECT

private slots:
    void untouchedJobIsSavedByteForByte_data();
    void untouchedJobIsSavedByteForByte();
    void editedVersionKeepsTheEntryItCameFrom();
    void editingOneDuplicateLeavesTheOtherWhole();
    void newEnvironmentLineKeepsEntriesTheFormCannotShow();
    void taskNamingANewEnvironmentGetsItDeclared();
    void removedDeclaredEnvironmentIsDeclaredAgain();
    void changedComputeDropsTheOtherKind();
    void repeatedKeyIsRefusedNamingItsLines();
};

void TestJobFormEnvironments::untouchedJobIsSavedByteForByte_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray python = R"("spark_python_task": {"python_file": "/f.py"})";
    QTest::newRow("entry without environment_key, task names default")
        << R"({"name": "j", "environments": [{"spec": {"environment_version": "2"}}],
              "tasks": [{"task_key": "t", "environment_key": "default", )"
            + python + "}]}";
    QTest::newRow("entry with an empty environment_key")
        << R"({"name": "j", "environments": [{"environment_key": "", "spec": {"environment_version": "2"}}],
              "tasks": [{"task_key": "t", "environment_key": "default", )"
            + python + "}]}";
    QTest::newRow("environment_key that is not a string")
        << R"({"name": "j", "environments": [{"environment_key": 7, "spec": {"environment_version": "2"}}],
              "tasks": [{"task_key": "t", "environment_key": "default", )"
            + python + "}]}";
    QTest::newRow("two entries without a key")
        << R"({"name": "j", "environments": [{"spec": {"environment_version": "2"}},
              {"spec": {"environment_version": "3", "dependencies": ["x"]}}],
              "tasks": [{"task_key": "t", "environment_key": "e", )"
            + python + "}]}";
    QTest::newRow("the same key twice") << R"({"name": "j", "environments": [
              {"environment_key": "default", "spec": {"environment_version": "2", "dependencies": ["pandas"]}},
              {"environment_key": "default", "spec": {"environment_version": "3"}}],
              "tasks": [{"task_key": "t", "environment_key": "default", )"
            + python + "}]}";
    QTest::newRow("entries that are not objects")
        << R"({"name": "j", "environments": ["default", 5, null, [1]],
              "tasks": [{"task_key": "t", "environment_key": "default", )"
            + python + "}]}";
    QTest::newRow("environments that is not an array")
        << R"({"name": "j", "environments": {"environment_key": "default"},
              "tasks": [{"task_key": "t", "environment_key": "default", )"
            + python + "}]}";
    QTest::newRow("spec that is not an object")
        << R"({"name": "j", "environments": [{"environment_key": "default", "spec": "2"}],
              "tasks": [{"task_key": "t", "environment_key": "default", )"
            + python + "}]}";
    QTest::newRow("task names an environment nobody declares")
        << R"({"name": "j", "tasks": [{"task_key": "t", "environment_key": "default", )" + python + "}]}";
    QTest::newRow("task environment_key empty")
        << R"({"name": "j", "environments": [{"environment_key": "default"}],
              "tasks": [{"task_key": "t", "environment_key": "", )"
            + python + "}]}";
    QTest::newRow("task environment_key a number")
        << R"({"name": "j", "tasks": [{"task_key": "t", "environment_key": 3, )" + python + "}]}";
    QTest::newRow("task environment_key null")
        << R"({"name": "j", "tasks": [{"task_key": "t", "environment_key": null, )" + python + "}]}";
    QTest::newRow("task with a cluster and an environment_key")
        << R"({"name": "j", "tasks": [{"task_key": "t", "environment_key": "default", "existing_cluster_id": "c1", )"
            + python + "}]}";
    QTest::newRow("notebook task environment_key empty")
        << QByteArray(R"({"name": "j", "tasks": [{"task_key": "t", "environment_key": "",
              "notebook_task": {"notebook_path": "/n"}}]})");
}

void TestJobFormEnvironments::untouchedJobIsSavedByteForByte()
{
    QFETCH(QByteArray, json);
    const QJsonObject original = test::parseJsonObject(json);
    const QJsonObject written = JobSettingsForm::fromJson(original).toJson();
    QCOMPARE(test::compactJson(written), test::compactJson(original));
    // A second edit of what was saved changes nothing either.
    QCOMPARE(test::compactJson(JobSettingsForm::fromJson(written).toJson()), test::compactJson(written));
}

void TestJobFormEnvironments::editedVersionKeepsTheEntryItCameFrom()
{
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j",
        "environments": [{"spec": {"environment_version": "2", "dependencies": ["pandas"]}}],
        "tasks": [{"task_key": "t", "environment_key": "default", "spark_python_task": {"python_file": "/f.py"}}]})"));
    QCOMPARE(form.environments.size(), 1);
    QCOMPARE(form.environments[0].key, QString());
    form.environments[0].version = u"3"_s;
    // The entry still has no key (the form does not invent one) and nothing else is declared:
    // the job named "default" without declaring it before the user came.
    QCOMPARE(savedEnvironments(form),
        QByteArray(R"({"environments":[{"spec":{"dependencies":["pandas"],"environment_version":"3"}}]})"));
}

void TestJobFormEnvironments::editingOneDuplicateLeavesTheOtherWhole()
{
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j", "environments": [
        {"environment_key": "a", "spec": {"environment_version": "2", "dependencies": ["pandas"]}},
        {"environment_key": "a", "spec": {"environment_version": "3", "client": "1"}}]})"));
    form.environments[1].version = u"4"_s;
    QCOMPARE(savedEnvironments(form),
        QByteArray(R"({"environments":[{"environment_key":"a","spec":{"dependencies":["pandas"],)"
                   R"("environment_version":"2"}},{"environment_key":"a","spec":{"client":"1",)"
                   R"("environment_version":"4"}}]})"));
}

void TestJobFormEnvironments::newEnvironmentLineKeepsEntriesTheFormCannotShow()
{
    JobSettingsForm form = JobSettingsForm::fromJson(
        test::parseJsonObject(R"({"name": "j", "environments": [{"spec": {"client": "1"}}, 5]})"));
    QCOMPARE(form.environments.size(), 2);
    form.environments.append({u"new"_s, u"3"_s});
    QCOMPARE(savedEnvironments(form),
        QByteArray(R"({"environments":[{"spec":{"client":"1"}},5,)"
                   R"({"environment_key":"new","spec":{"environment_version":"3"}}]})"));
}

void TestJobFormEnvironments::taskNamingANewEnvironmentGetsItDeclared()
{
    // A new job: the user's serverless Python task needs its environment declared.
    JobSettingsForm created = JobSettingsForm::newJob();
    created.tasks = {pythonTask(u"t"_s, QString())};
    QCOMPARE(savedEnvironments(created),
        QByteArray(R"({"environments":[{"environment_key":"default","spec":{"environment_version":"2"}}]})"));

    // An existing job whose entry has no key: a task the user points at a new environment
    // gets it declared; the entry as the server sent it stays.
    JobSettingsForm edited = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j",
        "environments": [{"spec": {"environment_version": "2"}}],
        "tasks": [{"task_key": "t", "environment_key": "default", "spark_python_task": {"python_file": "/f.py"}}]})"));
    edited.tasks.append(pythonTask(u"u"_s, u"gpu"_s));
    QCOMPARE(savedEnvironments(edited),
        QByteArray(R"({"environments":[{"spec":{"environment_version":"2"}},)"
                   R"({"environment_key":"gpu","spec":{"environment_version":"2"}}]})"));
}

void TestJobFormEnvironments::removedDeclaredEnvironmentIsDeclaredAgain()
{
    // The job declared what its task names; the user deleted the line: a task cannot run
    // without it, so it comes back with the default version (as before).
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j",
        "environments": [{"environment_key": "default", "spec": {"environment_version": "3"}}],
        "tasks": [{"task_key": "t", "environment_key": "default", "spark_python_task": {"python_file": "/f.py"}}]})"));
    form.environments.clear();
    QCOMPARE(savedEnvironments(form),
        QByteArray(R"({"environments":[{"environment_key":"default","spec":{"environment_version":"2"}}]})"));
}

void TestJobFormEnvironments::changedComputeDropsTheOtherKind()
{
    // Kept both while untouched (see above); once the user picks a cluster, only it remains.
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j", "tasks": [
        {"task_key": "t", "environment_key": "default", "existing_cluster_id": "c1",
         "spark_python_task": {"python_file": "/f.py"}}]})"));
    QCOMPARE(form.tasks[0].compute, JobTaskForm::Compute::ExistingCluster);
    form.tasks[0].existingClusterId = u"c2"_s;
    const QJsonObject task = form.toJson().value(u"tasks").toArray().first().toObject();
    QCOMPARE(task.value(u"existing_cluster_id").toString(), u"c2"_s);
    QVERIFY(!task.contains(u"environment_key"));
}

void TestJobFormEnvironments::repeatedKeyIsRefusedNamingItsLines()
{
    // "x" declared on lines 1 and 3: one issue, on the second, naming the key and both lines.
    // The task naming "x" has nothing of its own to fix, and nothing is declared for it anew.
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j",
        "environments": [{"environment_key": "x", "spec": {"environment_version": "2"}},
          {"environment_key": "y", "spec": {"environment_version": "2"}},
          {"environment_key": "x", "spec": {"environment_version": "3"}},
          {"spec": {"environment_version": "2"}}, {"spec": {"environment_version": "3"}}],
        "tasks": [{"task_key": "t", "environment_key": "x", "spark_python_task": {"python_file": "/f.py"}}]})"));
    const QList<JobFormIssue> issues = form.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"environments[2].environment_key"_s);
    QVERIFY2(issues.first().message.contains(u"\"x\""_s), qPrintable(issues.first().message));
    QVERIFY2(issues.first().message.contains(u"1, 3"_s), qPrintable(issues.first().message));
    QCOMPARE(form.toJson().value(u"environments"_s).toArray().size(), 5);

    // Three times: still one issue, listing every line.
    form.environments[1].key = u"x"_s;
    QCOMPARE(form.validate().size(), 1);
    QVERIFY(form.validate().first().message.contains(u"1, 2, 3"_s));
    QCOMPARE(form.validate().first().field, u"environments[1].environment_key"_s);

    // The later lines removed: valid, and the task runs in the one left.
    form.environments.removeAt(2);
    form.environments.removeAt(1);
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
    const QJsonArray saved = form.toJson().value(u"environments"_s).toArray();
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved.at(0)[u"spec"_s][u"environment_version"_s].toString(), u"2"_s);
}

QTEST_GUILESS_MAIN(TestJobFormEnvironments)
#include "tst_jobform_environments.moc"
