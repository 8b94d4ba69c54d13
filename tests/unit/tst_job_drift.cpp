// JobDrift: what is left out of a comparison between workspaces (the creator as the default
// run-as, a bundle's deployment-state path, empty settings) and that everything else, unknown
// fields included, is compared.
#include "analysis/jobdrift.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
Job jobOf(const QJsonObject &settings, const QString &creator, const QString &runAs, qint64 id)
{
    QJsonObject raw {{u"job_id"_s, id}, {u"created_time"_s, 1700000000000 + id}, {u"settings"_s, settings}};
    if (!creator.isEmpty())
        raw.insert(u"creator_user_name"_s, creator);
    if (!runAs.isEmpty())
        raw.insert(u"run_as_user_name"_s, runAs);
    return Job::fromJson(raw);
}

QJsonObject base()
{
    return QJsonObject {{u"name"_s, u"Nightly"_s},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"ingest"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Repos/etl/ingest"_s}}}}}}};
}
} // namespace

class TestJobDrift final : public QObject
{
    Q_OBJECT

private slots:
    void whatAlwaysDiffersBetweenWorkspacesIsLeftOut()
    {
        QJsonObject dev = base();
        dev.insert(u"email_notifications"_s, QJsonObject {});
        dev.insert(u"deployment"_s,
            QJsonObject {{u"kind"_s, u"BUNDLE"_s},
                {u"metadata_file_path"_s, u"/Workspace/Users/ana/.bundle/etl/dev/state/metadata.json"_s}});
        dev.insert(u"run_as"_s, QJsonObject {{u"user_name"_s, u"ana@example.com"_s}});
        QJsonObject prod = base();
        prod.insert(u"deployment"_s,
            QJsonObject {{u"kind"_s, u"BUNDLE"_s},
                {u"metadata_file_path"_s, u"/Workspace/Shared/.bundle/etl/prod/state/metadata.json"_s}});
        // Different job ids, creation times and creators, each running as its creator.
        const JobDrift::Result result
            = JobDrift::compare(jobOf(dev, u"ana@example.com"_s, u"ana@example.com"_s, 1),
                jobOf(prod, u"deployer@example.com"_s, u"deployer@example.com"_s, 2));
        QVERIFY2(result.differences.isEmpty(), qPrintable(result.differences.join(u'\n')));
        QVERIFY(result.hereText.contains(u"BUNDLE"_s)); // the kind stays
        QVERIFY(!result.hereText.contains(u"metadata_file_path"_s));
    }

    void aChosenRunAsAndUnknownFieldsAreCompared()
    {
        QJsonObject prod = base();
        prod.insert(u"x_future_setting"_s, QJsonObject {{u"mode"_s, u"fast"_s}});
        prod.insert(u"deployment"_s, QJsonObject {{u"kind"_s, u"BUNDLE"_s}});
        const JobDrift::Result result
            = JobDrift::compare(jobOf(base(), u"ana@example.com"_s, u"ana@example.com"_s, 1),
                jobOf(prod, u"deployer@example.com"_s, u"etl-robot"_s, 2));
        const QStringList expected {u"run_as_user_name: added \"etl-robot\""_s,
            u"x_future_setting: added {\"mode\":\"fast\"}"_s, u"deployment: added {\"kind\":\"BUNDLE\"}"_s};
        QCOMPARE(QSet<QString>(result.differences.begin(), result.differences.end()),
            QSet<QString>(expected.begin(), expected.end()));
    }

    void workspaceIdsAreLeftOutOnlyWhenAsked()
    {
        auto withIds = [](const QString &cluster, const QString &warehouse, qint64 otherJob) {
            QJsonObject settings = base();
            QJsonArray tasks = settings.value(u"tasks"_s).toArray();
            QJsonObject task = tasks.at(0).toObject();
            task.insert(u"existing_cluster_id"_s, cluster);
            tasks.replace(0, task);
            tasks.append(QJsonObject {{u"task_key"_s, u"refresh"_s},
                {u"sql_task"_s, QJsonObject {{u"warehouse_id"_s, warehouse}}},
                {u"run_job_task"_s, QJsonObject {{u"job_id"_s, otherJob}}}});
            settings.insert(u"tasks"_s, tasks);
            return settings;
        };
        const Job dev = jobOf(withIds(u"0101-dev"_s, u"wh-dev"_s, 11), u"ana"_s, u"ana"_s, 1);
        const Job prod = jobOf(withIds(u"0202-prod"_s, u"wh-prod"_s, 22), u"ana"_s, u"ana"_s, 2);
        QCOMPARE(JobDrift::compare(dev, prod).differences,
            QStringList({u"tasks[ingest].existing_cluster_id: \"0101-dev\" → \"0202-prod\""_s,
                u"tasks[refresh].run_job_task.job_id: 11 → 22"_s,
                u"tasks[refresh].sql_task.warehouse_id: \"wh-dev\" → \"wh-prod\""_s}));
        JobDrift::Options options;
        options.ignoreWorkspaceIds = true;
        const JobDrift::Result result = JobDrift::compare(dev, prod, options);
        QVERIFY2(result.differences.isEmpty(), qPrintable(result.differences.join(u'\n')));
        QVERIFY(!result.thereText.contains(u"wh-prod"_s));
        QVERIFY(result.thereText.contains(u"refresh"_s)); // the task itself stays
    }
};

QTEST_GUILESS_MAIN(TestJobDrift)
#include "tst_job_drift.moc"
