// A name typed on two rows of one of the job form's name->value fields (tags, a notebook's
// base_parameters, SQL parameters, run_job job_parameters, a job cluster's spark_conf and
// custom_tags) and the job's parameters defined twice: validate() refuses the save with a message
// that names the duplicate and where it is, and the rows typed stay in the form. A job_clusters
// entry that is not a JSON object or has no new_cluster object is flagged as unreadable and kept as sent,
// and so is a tasks[] entry (or its kind's settings); neither is checked until edited.
#include "jobform/jobsettingsform.h"
#include "jobform/keyvaluerows.h"
#include "jsonfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using Rows = keyvaluerows::Rows;
using Map = QMap<QString, QString>;

QStringList messagesFor(const QList<JobFormIssue> &issues, const QString &field)
{
    QStringList messages;
    for (const JobFormIssue &issue : issues) {
        if (issue.field == field)
            messages << issue.message;
    }
    return messages;
}

// The job's `array` ("tasks", "job_clusters") as compact JSON.
QByteArray compactArray(const QJsonObject &job, const QString &array)
{
    return QJsonDocument(job.value(array).toArray()).toJson(QJsonDocument::Compact);
}

// The job's `array` as a save sends it after an edit elsewhere (the job renamed).
QByteArray savedAfterRename(JobSettingsForm form, const QString &array)
{
    form.name = u"renamed"_s;
    return compactArray(form.toJson(), array);
}

// A valid job: one notebook task on a job cluster.
JobSettingsForm validJob()
{
    return JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j",
        "job_clusters": [{"job_cluster_key": "c",
            "new_cluster": {"spark_version": "15.4.x-scala2.12", "node_type_id": "i3.xlarge", "num_workers": 1}}],
        "tasks": [{"task_key": "t", "job_cluster_key": "c", "notebook_task": {"notebook_path": "/n"}}]})"));
}

} // namespace

class TestJobFormRepeatedNames final : public QObject
{
    Q_OBJECT

private slots:
    void rowsWithANameAlreadyTypedAreKeptAside_data();
    void rowsWithANameAlreadyTypedAreKeptAside();
    void repeatedRowsComeBackWhenTheFieldIsShownAgain();
    void repeatedNamesRefuseTheSaveNamingThemAndWhere_data();
    void repeatedNamesRefuseTheSaveNamingThemAndWhere();
    void repeatedRowsOfAnotherTaskKindAreNotReported();
    void jobParameterDefinedTwiceRefusesTheSave();
    void clusterThatIsNotAnObjectIsUnreadable_data();
    void clusterThatIsNotAnObjectIsUnreadable();
    void unreadableClusterIsCheckedOnlyOnceEdited();
    void clusterWithoutSettingsIsKeptAsSentUntilEdited();
    void taskThatIsNotAnObjectIsUnreadable_data();
    void taskThatIsNotAnObjectIsUnreadable();
    void unreadableTaskIsCheckedOnlyOnceEdited();
    void keyOfATaskKeptAsSentCountsForTheOthers();
};

void TestJobFormRepeatedNames::rowsWithANameAlreadyTypedAreKeptAside_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Map>("map");
    QTest::addColumn<Rows>("repeated");
    QTest::newRow("distinct names") << u"a=1\nb=2"_s << Map {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}} << Rows {};
    QTest::newRow("the same name twice: the first is the map's")
        << u"a=1\nb=2\na=3"_s << Map {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}} << Rows {{u"a"_s, u"3"_s}};
    // The form trims names (and values), so names differing in surrounding blanks are the same.
    QTest::newRow("names trimmed") << u"a=1\n  a  = 2 "_s << Map {{u"a"_s, u"1"_s}}
                                   << Rows {{u"a"_s, u"2"_s}};
    QTest::newRow("three times, blank lines skipped")
        << u"a=1\n\na=2\n   \na"_s << Map {{u"a"_s, u"1"_s}} << Rows {{u"a"_s, u"2"_s}, {u"a"_s, QString()}};
    QTest::newRow("names differing in case are two names")
        << u"a=1\nA=2"_s << Map {{u"a"_s, u"1"_s}, {u"A"_s, u"2"_s}} << Rows {};
    // Rows without a name: as before, the last is kept and none is reported as repeated.
    QTest::newRow("empty names as before") << u"=1\n=2"_s << Map {{QString(), u"2"_s}} << Rows {};
}

void TestJobFormRepeatedNames::rowsWithANameAlreadyTypedAreKeptAside()
{
    QFETCH(QString, text);
    QFETCH(Map, map);
    QFETCH(Rows, repeated);
    const keyvaluerows::Parsed parsed = keyvaluerows::parse(text);
    QCOMPARE(parsed.map, map);
    QCOMPARE(parsed.repeated, repeated);
}

void TestJobFormRepeatedNames::repeatedRowsComeBackWhenTheFieldIsShownAgain()
{
    const keyvaluerows::Parsed parsed = keyvaluerows::parse(u"b=2\na=1\nb=3"_s);
    const QString shown = keyvaluerows::format(parsed.map, parsed.repeated);
    QCOMPARE(shown, u"a=1\nb=2\nb=3"_s);
    // Shown again and read again: the same rows, nothing lost.
    const keyvaluerows::Parsed again = keyvaluerows::parse(shown);
    QCOMPARE(again.map, parsed.map);
    QCOMPARE(again.repeated, parsed.repeated);

    QMap<QString, Rows> byField;
    keyvaluerows::remember(byField, u"tags"_s, parsed.repeated);
    QCOMPARE(byField.value(u"tags"_s), parsed.repeated);
    keyvaluerows::remember(byField, u"tags"_s, {});
    QVERIFY(byField.isEmpty());
}

void TestJobFormRepeatedNames::repeatedNamesRefuseTheSaveNamingThemAndWhere_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("field"); // the path the rows were typed under
    QTest::addColumn<QString>("issueField"); // where validate() reports them
    QTest::addColumn<QString>("where"); // words of the message that say where
    using T = JobTaskForm::Type;
    QTest::newRow("job tags") << int(T::Notebook) << u"tags"_s << u"tags"_s << u"the tags"_s;
    QTest::newRow("notebook base_parameters")
        << int(T::Notebook) << u"notebook_task.base_parameters"_s
        << u"tasks[0].notebook_task.base_parameters"_s << u"the parameters of task \"t\""_s;
    QTest::newRow("sql parameters") << int(T::Sql) << u"sql_task.parameters"_s
                                    << u"tasks[0].sql_task.parameters"_s << u"the parameters of task \"t\""_s;
    QTest::newRow("run_job job_parameters")
        << int(T::RunJob) << u"run_job_task.job_parameters"_s << u"tasks[0].run_job_task.job_parameters"_s
        << u"the job parameters of task \"t\""_s;
    QTest::newRow("cluster spark_conf")
        << int(T::Notebook) << u"new_cluster.spark_conf"_s << u"job_clusters[0].new_cluster.spark_conf"_s
        << u"the Spark conf of job cluster \"c\""_s;
    QTest::newRow("cluster custom_tags")
        << int(T::Notebook) << u"new_cluster.custom_tags"_s << u"job_clusters[0].new_cluster.custom_tags"_s
        << u"the tags of job cluster \"c\""_s;
}

void TestJobFormRepeatedNames::repeatedNamesRefuseTheSaveNamingThemAndWhere()
{
    QFETCH(int, type);
    QFETCH(QString, field);
    QFETCH(QString, issueField);
    QFETCH(QString, where);
    JobSettingsForm form = validJob();
    JobTaskForm &task = form.tasks[0];
    task.type = JobTaskForm::Type(type);
    task.warehouseId = u"w"_s;
    task.sqlReference = u"q"_s;
    task.runJobId = 7;
    const QList<JobTaskForm::Compute> allowed = JobTaskForm::allowedCompute(task.type);
    task.compute = allowed.contains(JobTaskForm::Compute::JobCluster) ? JobTaskForm::Compute::JobCluster
                                                                      : allowed.value(0);
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));

    // Typed "env=dev", "env=prod", "x=1", "env=test": one issue, naming "env" and the field.
    const Rows repeated {{u"env"_s, u"prod"_s}, {u"env"_s, u"test"_s}};
    if (field == u"tags")
        form.repeatedRows.insert(field, repeated);
    else if (field.startsWith(u"new_cluster."))
        form.jobClusters[0].repeatedRows.insert(field, repeated);
    else
        task.repeatedRows.insert(field, repeated);
    const QStringList messages = messagesFor(form.validate(), issueField);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"\"env\""_s), qPrintable(messages.first()));
    QVERIFY2(messages.first().contains(where), qPrintable(messages.first()));
    QCOMPARE(form.validate().size(), 1);
}

void TestJobFormRepeatedNames::repeatedRowsOfAnotherTaskKindAreNotReported()
{
    // Rows typed for a notebook's parameters are neither saved nor shown once the task is a SQL
    // task: they do not block the save of the SQL task.
    JobSettingsForm form = validJob();
    form.tasks[0].repeatedRows.insert(u"notebook_task.base_parameters"_s, {{u"a"_s, u"2"_s}});
    QVERIFY(!form.isValid());
    form.tasks[0].type = JobTaskForm::Type::Sql;
    form.tasks[0].warehouseId = u"w"_s;
    form.tasks[0].sqlReference = u"q"_s;
    form.tasks[0].compute = JobTaskForm::Compute::None;
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
}

void TestJobFormRepeatedNames::jobParameterDefinedTwiceRefusesTheSave()
{
    JobSettingsForm form = validJob();
    form.parameters = {{u"env"_s, u"dev"_s}, {u"day"_s, u"1"_s}, {u"env"_s, u"prod"_s}};
    const QStringList messages = messagesFor(form.validate(), u"parameters[2].name"_s);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"\"env\""_s), qPrintable(messages.first()));
    QCOMPARE(form.validate().size(), 1);
}

void TestJobFormRepeatedNames::clusterThatIsNotAnObjectIsUnreadable_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<bool>("unreadable");
    QTest::newRow("a string") << QByteArray(R"("stray")") << true;
    QTest::newRow("a number") << QByteArray("5") << true;
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("new_cluster a string")
        << QByteArray(R"({"job_cluster_key": "c", "new_cluster": "x"})") << true;
    QTest::newRow("new_cluster a number")
        << QByteArray(R"({"job_cluster_key": "c", "new_cluster": 3})") << true;
    QTest::newRow("new_cluster an array")
        << QByteArray(R"({"job_cluster_key": "c", "new_cluster": []})") << true;
    // The API requires new_cluster: an entry without one has no cluster the form could show.
    QTest::newRow("no new_cluster") << QByteArray(R"({"job_cluster_key": "c", "policy_id": "p"})") << true;
    QTest::newRow("new_cluster null")
        << QByteArray(R"({"job_cluster_key": "c", "new_cluster": null})") << true;
    QTest::newRow("an empty object") << QByteArray("{}") << true;
    QTest::newRow("a cluster") << QByteArray(R"({"job_cluster_key": "c", "new_cluster": {"num_workers": 1}})")
                               << false;
    QTest::newRow("new_cluster empty")
        << QByteArray(R"({"job_cluster_key": "c", "new_cluster": {}})") << false;
}

void TestJobFormRepeatedNames::clusterThatIsNotAnObjectIsUnreadable()
{
    QFETCH(QByteArray, entry);
    QFETCH(bool, unreadable);
    const QByteArray json = R"({"name": "j", "job_clusters": [)" + entry + "]}";
    const JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(json));
    QCOMPARE(form.jobClusters.size(), 1);
    QCOMPARE(form.jobClusters[0].isUnreadable(), unreadable);
    // A cluster added in the form is not.
    QVERIFY(!JobClusterForm().isUnreadable());

    // Kept as sent: an edit elsewhere saves the entry as it came.
    QCOMPARE(savedAfterRename(form, u"job_clusters"_s),
        compactArray(test::parseJsonObject(json), u"job_clusters"_s));
}

void TestJobFormRepeatedNames::unreadableClusterIsCheckedOnlyOnceEdited()
{
    // Kept as sent, the form has nothing to check (no runtime, no node type it could read): the
    // job can be saved as it came. Once the user edits the cluster, it is checked as any other.
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j",
        "job_clusters": ["stray", {"job_cluster_key": "c", "new_cluster": "x"}],
        "tasks": [{"task_key": "t", "job_cluster_key": "c", "notebook_task": {"notebook_path": "/n"}}]})"));
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
    QVERIFY(form.jobClusters[1].isKeptAsSent());

    form.jobClusters[1].numWorkers = 2;
    QVERIFY(!form.jobClusters[1].isKeptAsSent());
    QVERIFY(form.jobClusters[1].isUnreadable());
    QCOMPARE(messagesFor(form.validate(), u"job_clusters[1].new_cluster.spark_version"_s).size(), 1);
    form.jobClusters[0].key = u"k"_s;
    QCOMPARE(messagesFor(form.validate(), u"job_clusters[0].new_cluster.spark_version"_s).size(), 1);
}

void TestJobFormRepeatedNames::clusterWithoutSettingsIsKeptAsSentUntilEdited()
{
    // A job cluster sent without new_cluster: told apart from one sent as something else, kept as
    // sent, its key still a job cluster tasks can run on, and nothing to check until edited.
    const QByteArray json = R"({"name": "j", "job_clusters": [{"job_cluster_key": "c", "policy_id": "p"}],
        "tasks": [{"task_key": "t", "job_cluster_key": "c", "notebook_task": {"notebook_path": "/n"}}]})";
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(json));
    QVERIFY(form.jobClusters[0].hasNoClusterSettings());
    QVERIFY(!JobSettingsForm::fromJson(test::parseJsonObject(R"({"job_clusters": [{"new_cluster": 1}]})"))
                 .jobClusters[0]
                 .hasNoClusterSettings());
    QVERIFY(form.jobClusters[0].isKeptAsSent());
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
    QCOMPARE(savedAfterRename(form, u"job_clusters"_s),
        compactArray(test::parseJsonObject(json), u"job_clusters"_s));

    // Renamed only: still no new_cluster, but now checked like any other cluster.
    JobSettingsForm renamed = form;
    renamed.jobClusters[0].key = u"d"_s;
    QCOMPARE(compactArray(renamed.toJson(), u"job_clusters"_s),
        QByteArray(R"([{"job_cluster_key":"d","policy_id":"p"}])"));
    QCOMPARE(messagesFor(renamed.validate(), u"job_clusters[0].new_cluster.spark_version"_s).size(), 1);
    // Given settings: they are written into a new_cluster, the rest of the entry kept.
    form.jobClusters[0].sparkVersion = u"15.4.x-scala2.12"_s;
    form.jobClusters[0].nodeTypeId = u"i3.xlarge"_s;
    form.jobClusters[0].numWorkers = 2;
    QVERIFY(!form.jobClusters[0].isKeptAsSent());
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
    const QJsonObject entry = form.toJson().value(u"job_clusters"_s)[0].toObject();
    QCOMPARE(entry.value(u"policy_id"_s).toString(), u"p"_s);
    QCOMPARE(entry.value(u"new_cluster"_s)[u"num_workers"_s].toInt(), 2);
}

void TestJobFormRepeatedNames::taskThatIsNotAnObjectIsUnreadable_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<bool>("unreadable");
    QTest::newRow("a string") << QByteArray(R"("stray")") << true;
    QTest::newRow("a number") << QByteArray("5") << true;
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("an array") << QByteArray("[]") << true;
    QTest::newRow("sql_task a string") << QByteArray(R"({"task_key": "s", "sql_task": "x"})") << true;
    QTest::newRow("notebook_task an array")
        << QByteArray(R"({"task_key": "s", "notebook_task": []})") << true;
    // The kind the form reads is an object; the other one is kept as sent anyway.
    QTest::newRow("a second kind a string")
        << QByteArray(R"({"task_key": "t", "sql_task": "x", "run_job_task": {"job_id": 7}})") << false;
    QTest::newRow("a kind the form does not edit")
        << QByteArray(R"({"task_key": "t", "dbt_task": "x"})") << false;
    QTest::newRow("a task") << QByteArray(R"({"task_key": "t", "notebook_task": {"notebook_path": "/n"}})")
                            << false;
    QTest::newRow("no kind") << QByteArray(R"({"task_key": "t"})") << false;
}

void TestJobFormRepeatedNames::taskThatIsNotAnObjectIsUnreadable()
{
    QFETCH(QByteArray, entry);
    QFETCH(bool, unreadable);
    const QByteArray json = R"({"name": "j", "tasks": [)" + entry + "]}";
    const JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(json));
    QCOMPARE(form.tasks.size(), 1);
    QCOMPARE(form.tasks[0].isUnreadable(), unreadable);
    QCOMPARE(form.tasks[0].isKeptAsSent(), unreadable);
    QVERIFY(!JobTaskForm().isUnreadable());
    if (unreadable) // nothing the form could check: the job can be saved as it came
        QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));

    QCOMPARE(savedAfterRename(form, u"tasks"_s), compactArray(test::parseJsonObject(json), u"tasks"_s));
}

void TestJobFormRepeatedNames::unreadableTaskIsCheckedOnlyOnceEdited()
{
    // Before, such a job could not be saved at all ("A task needs a key.", "Enter the SQL
    // warehouse ID."...). Once the user edits the task, it is checked as any other.
    JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(R"({"name": "j",
        "tasks": ["stray", {"task_key": "s", "sql_task": "x"},
            {"task_key": "t", "depends_on": [{"task_key": "s"}], "notebook_task": {"notebook_path": "/n"}}]})"));
    QVERIFY2(form.isValid(), qPrintable(form.validate().value(0).message));
    QVERIFY(form.tasks[0].isKeptAsSent());
    QVERIFY(form.tasks[1].isKeptAsSent());
    QVERIFY(!form.tasks[2].isKeptAsSent());

    form.tasks[0].description = u"d"_s;
    QVERIFY(!form.tasks[0].isKeptAsSent());
    QVERIFY(form.tasks[0].isUnreadable());
    QCOMPARE(messagesFor(form.validate(), u"tasks[0].task_key"_s).size(), 1);
    form.tasks[1].warehouseId = u"w"_s;
    QVERIFY(!form.tasks[1].isKeptAsSent());
    QCOMPARE(messagesFor(form.validate(), u"tasks[1].sql_task.reference"_s).size(), 1);
    // Edited back to what came: kept as sent again, as a job cluster is.
    form.tasks[1].warehouseId.clear();
    QVERIFY(form.tasks[1].isKeptAsSent());
    QVERIFY(messagesFor(form.validate(), u"tasks[1].sql_task.reference"_s).isEmpty());
}

void TestJobFormRepeatedNames::keyOfATaskKeptAsSentCountsForTheOthers()
{
    // Its key is a task of the job (others may depend on it) and taken: a readable task with the
    // same key is refused wherever it is, since only the readable one can be fixed in the form.
    for (const bool keptFirst : {true, false}) {
        const QByteArray kept = R"({"task_key": "t", "sql_task": "x"})";
        const QByteArray readable = R"({"task_key": "t", "notebook_task": {"notebook_path": "/n"}})";
        const QByteArray json = R"({"name": "j", "tasks": [)" + (keptFirst ? kept : readable) + ", "
            + (keptFirst ? readable : kept) + R"(, {"task_key": "u", "depends_on": [{"task_key": "t"}],
                "notebook_task": {"notebook_path": "/n"}}]})";
        const JobSettingsForm form = JobSettingsForm::fromJson(test::parseJsonObject(json));
        const QList<JobFormIssue> issues = form.validate();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].field, keptFirst ? u"tasks[1].task_key"_s : u"tasks[0].task_key"_s);
        QVERIFY(issues[0].message.contains(u"used twice"_s));
    }
}

QTEST_GUILESS_MAIN(TestJobFormRepeatedNames)
#include "tst_jobform_repeated_names.moc"
