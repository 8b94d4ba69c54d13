#include "jobform/jobformdraftrows.h"
#include "jobform/jobformdrafts.h"
#include "jobform/jobsettingsform.h"
#include "jobform/jsondiff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

class TestJobFormDrafts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesListsLoadsAndRemoves();
    void survivesANewInstance();
    void neverWritesSecrets();
    void keepsRowsWithARepeatedName();
    void findsTheDraftOfAnEdit();
    void diffDescribesChanges();
    void diffMatchesTasksByKey();

private:
    QTemporaryDir m_dir;
};

void TestJobFormDrafts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestJobFormDrafts::savesListsLoadsAndRemoves()
{
    JobFormDrafts drafts(m_dir.filePath(u"a"_s));
    QVERIFY(drafts.list().isEmpty());
    JobFormDraft draft;
    draft.connectionName = u"dev"_s;
    draft.settings = QJsonObject {{u"name"_s, u"Draft job"_s}};
    QVERIFY(drafts.save(draft));
    QVERIFY(!draft.id.isEmpty());
    QVERIFY(draft.savedAt.isValid());
    JobFormDraft second;
    second.mode = JobFormDraft::Mode::Clone;
    second.settings = QJsonObject {{u"name"_s, u"Second"_s}};
    QVERIFY(drafts.save(second));

    const QList<JobFormDraft> listed = drafts.list();
    QCOMPARE(listed.size(), 2);
    QVERIFY(listed.at(0).savedAt >= listed.at(1).savedAt); // newest first
    QCOMPARE(listed.at(0).id == second.id ? listed.at(0).mode : listed.at(1).mode, JobFormDraft::Mode::Clone);
    const auto loaded = drafts.load(draft.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->settings, draft.settings);
    QCOMPARE(loaded->connectionName, u"dev"_s);
    QVERIFY(drafts.remove(draft.id));
    QCOMPARE(drafts.list().size(), 1);
    QVERIFY(!drafts.load(draft.id));
}

void TestJobFormDrafts::survivesANewInstance()
{
    // The default location is AppDataLocation (test mode keeps it in a sandbox).
    QString id;
    {
        JobFormDrafts drafts;
        QVERIFY(
            drafts.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        JobFormDraft draft;
        draft.settings = QJsonObject {{u"name"_s, u"Persisted"_s}};
        QVERIFY(drafts.save(draft));
        id = draft.id;
    }
    JobFormDrafts again;
    const auto loaded = again.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->settings.value(u"name").toString(), u"Persisted"_s);
    QVERIFY(again.remove(id));
}

void TestJobFormDrafts::neverWritesSecrets()
{
    JobFormDrafts drafts(m_dir.filePath(u"secrets"_s));
    const QString token = u"dapi"_s + QString(32, u'a'); // built at run time: no token-like literal
    JobFormDraft draft;
    draft.settings = QJsonObject {
        {u"name"_s, u"Has secrets"_s},
        {u"job_clusters"_s,
            QJsonArray {QJsonObject {{u"job_cluster_key"_s, u"c"_s},
                {u"new_cluster"_s,
                    QJsonObject {
                        {u"spark_conf"_s,
                            QJsonObject {{u"spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net"_s,
                                             u"hunter2"_s},
                                {u"spark.password.ref"_s, u"{{secrets/scope/pw}}"_s},
                                {u"spark.speculation"_s, u"true"_s}}},
                        {u"spark_env_vars"_s,
                            QJsonObject {{u"DB_PASSWORD"_s, u"s3cret"_s}, {u"HOME_DIR"_s, u"/tmp"_s}}}}}}}},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s},
                {u"notebook_task"_s,
                    QJsonObject {{u"base_parameters"_s, QJsonObject {{u"auth"_s, token}}}}}}}},
    };
    QVERIFY(drafts.save(draft));
    QFile file(drafts.directory() + u'/' + draft.id + u".json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("hunter2"));
    QVERIFY(!written.contains("s3cret"));
    QVERIFY(!written.contains(token.toUtf8()));
    QVERIFY(written.contains("{{secrets/scope/pw}}"));
    QVERIFY(written.contains("/tmp"));
    QVERIFY(written.contains("spark.speculation"));
    const auto loaded = drafts.load(draft.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->redactedFields.size(), 3);
    QVERIFY(loaded->redactedFields.contains(u"job_clusters[0].new_cluster.spark_env_vars.DB_PASSWORD"_s));
}

void TestJobFormDrafts::keepsRowsWithARepeatedName()
{
    // Rows typed with a name already used, which the settings cannot hold, in the job's tags, a
    // task's parameters and a job cluster's Spark conf: all back after a save and a load, except
    // a secret-looking value, blanked and listed like those of the settings.
    JobSettingsForm form = JobSettingsForm::fromJson(QJsonObject {{u"name"_s, u"j"_s},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"a"_s}}, QJsonObject {{u"task_key"_s, u"b"_s}}}},
        {u"job_clusters"_s, QJsonArray {QJsonObject {{u"job_cluster_key"_s, u"c"_s}}}}});
    form.tags = {{u"team"_s, u"a"_s}};
    form.repeatedRows.insert(u"tags"_s, {{u"team"_s, u"b"_s}, {u"team"_s, u"c"_s}});
    form.tasks[1].repeatedRows.insert(u"notebook_task.base_parameters"_s, {{u"env"_s, u"prod"_s}});
    form.jobClusters[0].repeatedRows.insert(
        u"new_cluster.spark_conf"_s, {{u"spark.a"_s, u"2"_s}, {u"spark.token"_s, u"hunter2"_s}});

    JobFormDrafts drafts(m_dir.filePath(u"rows"_s));
    JobFormDraft draft;
    draft.settings = form.toJson();
    draft.repeatedRows = jobformdraftrows::collect(form);
    QVERIFY(drafts.save(draft));
    QFile file(drafts.directory() + u'/' + draft.id + u".json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
    const auto loaded = drafts.load(draft.id);
    QVERIFY(loaded);
    QCOMPARE(
        loaded->redactedFields, QStringList {u"job_clusters[0].new_cluster.spark_conf[1].spark.token"_s});

    JobSettingsForm restored = JobSettingsForm::fromJson(loaded->settings);
    jobformdraftrows::restore(restored, loaded->repeatedRows);
    form.jobClusters[0].repeatedRows[u"new_cluster.spark_conf"_s][1].second.clear();
    QCOMPARE(restored.repeatedRows, form.repeatedRows);
    QCOMPARE(restored.tasks[0].repeatedRows, form.tasks[0].repeatedRows);
    QCOMPARE(restored.tasks[1].repeatedRows, form.tasks[1].repeatedRows);
    QCOMPARE(restored.jobClusters[0].repeatedRows, form.jobClusters[0].repeatedRows);

    // Rows of a task the draft's settings do not have are ignored, not misplaced.
    JobSettingsForm fewer = JobSettingsForm::fromJson(QJsonObject {{u"name"_s, u"j"_s}});
    jobformdraftrows::restore(fewer, loaded->repeatedRows);
    QCOMPARE(fewer.repeatedRows, form.repeatedRows);
    QVERIFY(fewer.tasks.isEmpty());
}

void TestJobFormDrafts::findsTheDraftOfAnEdit()
{
    JobFormDrafts drafts(m_dir.filePath(u"edit"_s));
    JobFormDraft draft;
    draft.mode = JobFormDraft::Mode::Edit;
    draft.connectionName = u"prod"_s;
    draft.jobId = 931844287868435;
    draft.baseSettings = QJsonObject {{u"name"_s, u"Before"_s}};
    draft.settings = QJsonObject {{u"name"_s, u"After"_s}};
    QVERIFY(drafts.save(draft));
    QVERIFY(!drafts.findForJob(u"dev"_s, 931844287868435));
    const auto found = drafts.findForJob(u"prod"_s, 931844287868435);
    QVERIFY(found);
    QCOMPARE(found->jobId, Q_INT64_C(931844287868435));
    QCOMPARE(found->baseSettings.value(u"name").toString(), u"Before"_s);
}

void TestJobFormDrafts::diffDescribesChanges()
{
    const QJsonObject before {
        {u"name"_s, u"Nightly"_s}, {u"timeout_seconds"_s, 0}, {u"tags"_s, QJsonObject {{u"a"_s, u"1"_s}}}};
    const QJsonObject after {
        {u"name"_s, u"Nightly v2"_s}, {u"tags"_s, QJsonObject {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}}};
    const QStringList lines = JsonDiff::describe(before, after);
    QCOMPARE(lines,
        (QStringList {u"name: \"Nightly\" → \"Nightly v2\""_s, u"tags.b: added \"2\""_s,
            u"timeout_seconds: removed"_s}));
    QVERIFY(JsonDiff::describe(before, before).isEmpty());
}

void TestJobFormDrafts::diffMatchesTasksByKey()
{
    const QJsonArray before {QJsonObject {{u"task_key"_s, u"a"_s}, {u"timeout_seconds"_s, 60}},
        QJsonObject {{u"task_key"_s, u"b"_s}}, QJsonObject {{u"task_key"_s, u"c"_s}}};
    const QJsonArray after {QJsonObject {{u"task_key"_s, u"b"_s}},
        QJsonObject {{u"task_key"_s, u"a"_s}, {u"timeout_seconds"_s, 90}},
        QJsonObject {{u"task_key"_s, u"d"_s}}};
    const QStringList lines
        = JsonDiff::describe(QJsonObject {{u"tasks"_s, before}}, QJsonObject {{u"tasks"_s, after}});
    QCOMPARE(lines,
        (QStringList {u"tasks[a].timeout_seconds: 60 → 90"_s, u"tasks[c]: removed"_s, u"tasks[d]: added"_s,
            u"tasks: order changed"_s}));
}

QTEST_GUILESS_MAIN(TestJobFormDrafts)
#include "tst_jobform_drafts.moc"
