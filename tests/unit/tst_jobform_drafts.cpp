#include "jobform/jobformdrafts.h"
#include "jobform/jsondiff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace brickdesk;

class TestJobFormDrafts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesListsLoadsAndRemoves();
    void survivesANewInstance();
    void neverWritesSecrets();
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
    JobFormDrafts drafts(m_dir.filePath(u"a"_qs));
    QVERIFY(drafts.list().isEmpty());
    JobFormDraft draft;
    draft.connectionName = u"dev"_qs;
    draft.settings = QJsonObject {{u"name"_qs, u"Draft job"_qs}};
    QVERIFY(drafts.save(draft));
    QVERIFY(!draft.id.isEmpty());
    QVERIFY(draft.savedAt.isValid());
    JobFormDraft second;
    second.mode = JobFormDraft::Mode::Clone;
    second.settings = QJsonObject {{u"name"_qs, u"Second"_qs}};
    QVERIFY(drafts.save(second));

    const QList<JobFormDraft> listed = drafts.list();
    QCOMPARE(listed.size(), 2);
    QVERIFY(listed.at(0).savedAt >= listed.at(1).savedAt); // newest first
    QCOMPARE(listed.at(0).id == second.id ? listed.at(0).mode : listed.at(1).mode, JobFormDraft::Mode::Clone);
    const auto loaded = drafts.load(draft.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->settings, draft.settings);
    QCOMPARE(loaded->connectionName, u"dev"_qs);
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
        draft.settings = QJsonObject {{u"name"_qs, u"Persisted"_qs}};
        QVERIFY(drafts.save(draft));
        id = draft.id;
    }
    JobFormDrafts again;
    const auto loaded = again.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->settings.value(u"name").toString(), u"Persisted"_qs);
    QVERIFY(again.remove(id));
}

void TestJobFormDrafts::neverWritesSecrets()
{
    JobFormDrafts drafts(m_dir.filePath(u"secrets"_qs));
    const QString token = u"dapi"_qs + QString(32, u'a'); // built at run time: no token-like literal
    JobFormDraft draft;
    draft.settings = QJsonObject {
        {u"name"_qs, u"Has secrets"_qs},
        {u"job_clusters"_qs,
            QJsonArray {QJsonObject {{u"job_cluster_key"_qs, u"c"_qs},
                {u"new_cluster"_qs,
                    QJsonObject {
                        {u"spark_conf"_qs,
                            QJsonObject {{u"spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net"_qs,
                                             u"hunter2"_qs},
                                {u"spark.password.ref"_qs, u"{{secrets/scope/pw}}"_qs},
                                {u"spark.speculation"_qs, u"true"_qs}}},
                        {u"spark_env_vars"_qs,
                            QJsonObject {
                                {u"DB_PASSWORD"_qs, u"s3cret"_qs}, {u"HOME_DIR"_qs, u"/tmp"_qs}}}}}}}},
        {u"tasks"_qs,
            QJsonArray {QJsonObject {{u"task_key"_qs, u"t"_qs},
                {u"notebook_task"_qs,
                    QJsonObject {{u"base_parameters"_qs, QJsonObject {{u"auth"_qs, token}}}}}}}},
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
    QVERIFY(loaded->redactedFields.contains(u"job_clusters[0].new_cluster.spark_env_vars.DB_PASSWORD"_qs));
}

void TestJobFormDrafts::findsTheDraftOfAnEdit()
{
    JobFormDrafts drafts(m_dir.filePath(u"edit"_qs));
    JobFormDraft draft;
    draft.mode = JobFormDraft::Mode::Edit;
    draft.connectionName = u"prod"_qs;
    draft.jobId = 931844287868435;
    draft.baseSettings = QJsonObject {{u"name"_qs, u"Before"_qs}};
    draft.settings = QJsonObject {{u"name"_qs, u"After"_qs}};
    QVERIFY(drafts.save(draft));
    QVERIFY(!drafts.findForJob(u"dev"_qs, 931844287868435));
    const auto found = drafts.findForJob(u"prod"_qs, 931844287868435);
    QVERIFY(found);
    QCOMPARE(found->jobId, Q_INT64_C(931844287868435));
    QCOMPARE(found->baseSettings.value(u"name").toString(), u"Before"_qs);
}

void TestJobFormDrafts::diffDescribesChanges()
{
    const QJsonObject before {{u"name"_qs, u"Nightly"_qs}, {u"timeout_seconds"_qs, 0},
        {u"tags"_qs, QJsonObject {{u"a"_qs, u"1"_qs}}}};
    const QJsonObject after {
        {u"name"_qs, u"Nightly v2"_qs}, {u"tags"_qs, QJsonObject {{u"a"_qs, u"1"_qs}, {u"b"_qs, u"2"_qs}}}};
    const QStringList lines = JsonDiff::describe(before, after);
    QCOMPARE(lines,
        (QStringList {u"name: \"Nightly\" → \"Nightly v2\""_qs, u"tags.b: added \"2\""_qs,
            u"timeout_seconds: removed"_qs}));
    QVERIFY(JsonDiff::describe(before, before).isEmpty());
}

void TestJobFormDrafts::diffMatchesTasksByKey()
{
    const QJsonArray before {QJsonObject {{u"task_key"_qs, u"a"_qs}, {u"timeout_seconds"_qs, 60}},
        QJsonObject {{u"task_key"_qs, u"b"_qs}}, QJsonObject {{u"task_key"_qs, u"c"_qs}}};
    const QJsonArray after {QJsonObject {{u"task_key"_qs, u"b"_qs}},
        QJsonObject {{u"task_key"_qs, u"a"_qs}, {u"timeout_seconds"_qs, 90}},
        QJsonObject {{u"task_key"_qs, u"d"_qs}}};
    const QStringList lines
        = JsonDiff::describe(QJsonObject {{u"tasks"_qs, before}}, QJsonObject {{u"tasks"_qs, after}});
    QCOMPARE(lines,
        (QStringList {u"tasks[a].timeout_seconds: 60 → 90"_qs, u"tasks[c]: removed"_qs, u"tasks[d]: added"_qs,
            u"tasks: order changed"_qs}));
}

QTEST_GUILESS_MAIN(TestJobFormDrafts)
#include "tst_jobform_drafts.moc"
