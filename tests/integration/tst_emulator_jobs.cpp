// The emulator's Jobs API over loopback HTTP: shapes, pagination, validation, live runs.
#include "emulatorfixture.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

class TestEmulatorJobs final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_http;

    QJsonObject runGet(qint64 runId, const QString &version = QStringLiteral("2.2"))
    {
        return m_http
            ->get(QStringLiteral("/api/%1/jobs/runs/get").arg(version),
                QUrlQuery {{QStringLiteral("run_id"), QString::number(runId)}})
            .json;
    }
    static QJsonObject simpleJob(const QString &name)
    {
        return QJsonObject {{QStringLiteral("name"), name},
            {QStringLiteral("tasks"),
                QJsonArray {QJsonObject {{QStringLiteral("task_key"), QStringLiteral("main")},
                    {QStringLiteral("notebook_task"),
                        QJsonObject {
                            {QStringLiteral("notebook_path"), QStringLiteral("/Users/a@example.com/nb")}}},
                    {QStringLiteral("new_cluster"),
                        QJsonObject {{QStringLiteral("spark_version"), QStringLiteral("15.4.x-scala2.12")},
                            {QStringLiteral("node_type_id"), QStringLiteral("i3.xlarge")},
                            {QStringLiteral("autoscale"),
                                QJsonObject {{QStringLiteral("min_workers"), 1},
                                    {QStringLiteral("max_workers"), 4}}}}}}}}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<EmulatorFixture>();
        m_http = std::make_unique<HttpTestClient>(m_fixture->url(), m_fixture->token());
    }

    void listsEveryJobByPageToken_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("2.1") << QStringLiteral("2.1");
        QTest::newRow("2.2") << QStringLiteral("2.2");
    }
    void listsEveryJobByPageToken()
    {
        QFETCH(QString, version);
        QSet<qint64> seen;
        QString token;
        int pages = 0;
        do {
            QUrlQuery q {{QStringLiteral("limit"), QStringLiteral("25")}};
            if (!token.isEmpty())
                q.addQueryItem(QStringLiteral("page_token"), token);
            const auto reply = m_http->get(QStringLiteral("/api/%1/jobs/list").arg(version), q);
            QCOMPARE(reply.status, 200);
            const QJsonArray jobs = reply.json.value(u"jobs").toArray();
            QVERIFY(jobs.size() <= 25);
            for (const QJsonValue &j : jobs) {
                const QJsonObject job = j.toObject();
                QVERIFY(job.value(u"job_id").toInteger() > 0);
                QVERIFY(job.value(u"created_time").toInteger() > 0);
                QVERIFY(!job.value(u"creator_user_name").toString().isEmpty());
                QVERIFY(!job.value(u"settings").toObject().value(u"name").toString().isEmpty());
                QVERIFY(!job.value(u"settings").toObject().contains(u"tasks")); // only with expand_tasks
                seen.insert(job.value(u"job_id").toInteger());
            }
            QCOMPARE(reply.json.value(u"has_more").toBool(), reply.json.contains(u"next_page_token"));
            if (pages > 0)
                QVERIFY(reply.json.contains(u"prev_page_token"));
            token = reply.json.value(u"next_page_token").toString();
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QCOMPARE(seen.size(), m_fixture->emulator().jobCount());
        QCOMPARE(pages, (m_fixture->emulator().jobCount() + 24) / 25);
    }

    void listFiltersByNameAndExpandsTasks()
    {
        const QString name = m_fixture->emulator()
                                 .job(m_fixture->emulator().anyJobId(2))
                                 .value(u"settings")
                                 .toObject()
                                 .value(u"name")
                                 .toString();
        const auto reply = m_http->get(QStringLiteral("/api/2.2/jobs/list"),
            QUrlQuery {{QStringLiteral("name"), name.toUpper()},
                {QStringLiteral("expand_tasks"), QStringLiteral("true")}});
        QCOMPARE(reply.status, 200);
        const QJsonArray jobs = reply.json.value(u"jobs").toArray();
        QVERIFY(!jobs.isEmpty());
        for (const QJsonValue &j : jobs) {
            QCOMPARE(j.toObject().value(u"settings").toObject().value(u"name").toString(), name);
            QVERIFY(j.toObject().value(u"settings").toObject().value(u"tasks").toArray().size() >= 1);
            QVERIFY(j.toObject().contains(u"has_more"));
        }
        const auto none = m_http->get(QStringLiteral("/api/2.2/jobs/list"),
            QUrlQuery {{QStringLiteral("name"), QStringLiteral("no such job")}});
        QCOMPARE(none.status, 200);
        QVERIFY(!none.json.contains(u"jobs"));
        QCOMPARE(none.json.value(u"has_more").toBool(), false);
    }

    void listValidatesLimitAndPageToken_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("limit 0") << QStringLiteral("limit") << QStringLiteral("0");
        QTest::newRow("limit 101") << QStringLiteral("limit") << QStringLiteral("101");
        QTest::newRow("limit abc") << QStringLiteral("limit") << QStringLiteral("abc");
        QTest::newRow("offset -1") << QStringLiteral("offset") << QStringLiteral("-1");
        QTest::newRow("bad token") << QStringLiteral("page_token") << QStringLiteral("not-a-token");
    }
    void listValidatesLimitAndPageToken()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto reply = m_http->get(QStringLiteral("/api/2.2/jobs/list"), QUrlQuery {{key, value}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
        QVERIFY(!reply.json.value(u"message").toString().isEmpty());
    }

    void pageTokenOfOtherFilterIsRejected()
    {
        const auto first = m_http->get(
            QStringLiteral("/api/2.2/jobs/list"), QUrlQuery {{QStringLiteral("limit"), QStringLiteral("5")}});
        const QString token = first.json.value(u"next_page_token").toString();
        QVERIFY(!token.isEmpty());
        const auto other = m_http->get(QStringLiteral("/api/2.2/jobs/list"),
            QUrlQuery {{QStringLiteral("page_token"), token}, {QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(other.status, 400);
    }

    void getReturnsAJobAndPagesLargeTaskArraysIn22()
    {
        const qint64 big = m_fixture->emulator().anyJobId(101);
        QVERIFY(big > 0);
        const int total = int(
            m_fixture->emulator().job(big).value(u"settings").toObject().value(u"tasks").toArray().size());
        QVERIFY(total > 100);
        // 2.1: everything at once.
        auto reply = m_http->get(QStringLiteral("/api/2.1/jobs/get"),
            QUrlQuery {{QStringLiteral("job_id"), QString::number(big)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"settings").toObject().value(u"tasks").toArray().size(), total);
        QVERIFY(!reply.json.contains(u"next_page_token"));
        // 2.2: 100 per page, follow next_page_token.
        int collected = 0;
        QString token;
        int pages = 0;
        do {
            QUrlQuery q {{QStringLiteral("job_id"), QString::number(big)}};
            if (!token.isEmpty())
                q.addQueryItem(QStringLiteral("page_token"), token);
            reply = m_http->get(QStringLiteral("/api/2.2/jobs/get"), q);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(u"job_id").toInteger(), big);
            const int n = int(reply.json.value(u"settings").toObject().value(u"tasks").toArray().size());
            QVERIFY(n <= 100);
            collected += n;
            token = reply.json.value(u"next_page_token").toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(collected, total);
        QCOMPARE(pages, 2);
    }

    void unknownJobIs400InvalidParameterValue()
    {
        const auto reply = m_http->get(QStringLiteral("/api/2.2/jobs/get"),
            QUrlQuery {{QStringLiteral("job_id"), QStringLiteral("123")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
        QVERIFY(reply.json.value(u"message").toString().contains(QStringLiteral("Job 123 does not exist")));
        const auto missing = m_http->get(QStringLiteral("/api/2.2/jobs/get"));
        QCOMPARE(missing.status, 400);
        const auto wrongType = m_http->get(QStringLiteral("/api/2.2/jobs/get"),
            QUrlQuery {{QStringLiteral("job_id"), QStringLiteral("abc")}});
        QCOMPARE(wrongType.status, 400);
    }

    void createKeepsUnknownFieldsAndGetReturnsThem()
    {
        QJsonObject body = simpleJob(QStringLiteral("unknown_fields_job"));
        body.insert(QStringLiteral("x_future_top_level"),
            QJsonObject {{QStringLiteral("nested"), QJsonArray {1, 2, 3}}});
        QJsonArray tasks = body.value(u"tasks").toArray();
        QJsonObject task = tasks.first().toObject();
        task.insert(QStringLiteral("gen_ai_compute_task"),
            QJsonObject {{QStringLiteral("dl_runtime_image"), QStringLiteral("img")}});
        tasks.replace(0, task);
        body.insert(QStringLiteral("tasks"), tasks);
        const auto created = m_http->post(QStringLiteral("/api/2.2/jobs/create"), body);
        QCOMPARE(created.status, 200);
        const qint64 id = created.json.value(u"job_id").toInteger();
        QVERIFY(id > 0);
        const auto got = m_http->get(
            QStringLiteral("/api/2.2/jobs/get"), QUrlQuery {{QStringLiteral("job_id"), QString::number(id)}});
        QCOMPARE(got.status, 200);
        const QJsonObject settings = got.json.value(u"settings").toObject();
        QCOMPARE(settings.value(u"x_future_top_level").toObject().value(u"nested").toArray(),
            (QJsonArray {1, 2, 3}));
        QCOMPARE(settings.value(u"tasks")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"gen_ai_compute_task")
                     .toObject()
                     .value(u"dl_runtime_image")
                     .toString(),
            QStringLiteral("img"));
        QCOMPARE(settings.value(u"name").toString(), QStringLiteral("unknown_fields_job"));
        QCOMPARE(settings.value(u"format").toString(), QStringLiteral("MULTI_TASK"));
        QCOMPARE(settings.value(u"queue").toObject().value(u"enabled").toBool(), true); // 2.2 default
        QCOMPARE(got.json.value(u"creator_user_name").toString(),
            m_fixture->emulator().job(id).value(u"creator_user_name").toString());
    }

    void createValidates_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonObject good = simpleJob(QStringLiteral("v"));
        QJsonObject badCron = good;
        badCron.insert(QStringLiteral("schedule"),
            QJsonObject {{QStringLiteral("quartz_cron_expression"), QStringLiteral("0 0 * * *")},
                {QStringLiteral("timezone_id"), QStringLiteral("UTC")}});
        QTest::newRow("cron with 5 fields") << badCron << 400 << QStringLiteral("INVALID_PARAMETER_VALUE");
        QJsonObject bothDays = good;
        bothDays.insert(QStringLiteral("schedule"),
            QJsonObject {{QStringLiteral("quartz_cron_expression"), QStringLiteral("0 0 2 * * MON")},
                {QStringLiteral("timezone_id"), QStringLiteral("UTC")}});
        QTest::newRow("cron without ?") << bothDays << 400 << QStringLiteral("INVALID_PARAMETER_VALUE");
        QJsonObject badZone = good;
        badZone.insert(QStringLiteral("schedule"),
            QJsonObject {{QStringLiteral("quartz_cron_expression"), QStringLiteral("0 0 2 * * ?")},
                {QStringLiteral("timezone_id"), QStringLiteral("Mars/Olympus")}});
        QTest::newRow("bad timezone") << badZone << 400 << QStringLiteral("INVALID_PARAMETER_VALUE");
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("name"), 42);
        QTest::newRow("name not a string") << wrongType << 400 << QStringLiteral("MALFORMED_REQUEST");
        QJsonObject tasksNotArray = good;
        tasksNotArray.insert(QStringLiteral("tasks"), QStringLiteral("x"));
        QTest::newRow("tasks not an array") << tasksNotArray << 400 << QStringLiteral("MALFORMED_REQUEST");
        QJsonObject noKey = good;
        noKey.insert(QStringLiteral("tasks"),
            QJsonArray {QJsonObject {{QStringLiteral("notebook_task"), QJsonObject {}}}});
        QTest::newRow("missing task_key") << noKey << 400 << QStringLiteral("INVALID_PARAMETER_VALUE");
        QJsonObject badDep = good;
        badDep.insert(QStringLiteral("tasks"),
            QJsonArray {QJsonObject {{QStringLiteral("task_key"), QStringLiteral("a")},
                {QStringLiteral("depends_on"),
                    QJsonArray {QJsonObject {{QStringLiteral("task_key"), QStringLiteral("zzz")}}}}}});
        QTest::newRow("unknown dependency") << badDep << 400 << QStringLiteral("INVALID_PARAMETER_VALUE");
        QJsonObject goodCron = good;
        goodCron.insert(QStringLiteral("schedule"),
            QJsonObject {{QStringLiteral("quartz_cron_expression"), QStringLiteral("20 30 * * * ?")},
                {QStringLiteral("timezone_id"), QStringLiteral("Europe/London")}});
        QTest::newRow("valid quartz cron") << goodCron << 200 << QString();
    }
    void createValidates()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto reply = m_http->post(QStringLiteral("/api/2.2/jobs/create"), body);
        QCOMPARE(reply.status, status);
        if (!code.isEmpty()) {
            QCOMPARE(reply.json.value(u"error_code").toString(), code);
            QVERIFY(!reply.json.value(u"message").toString().isEmpty());
        }
    }

    void malformedJsonBodyIs400()
    {
        const auto reply
            = m_http->postRaw(QStringLiteral("/api/2.2/jobs/create"), "{not json", "application/json");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), QStringLiteral("MALFORMED_REQUEST"));
    }

    void resetReplacesAndUpdateMergesByKey()
    {
        const auto created
            = m_http->post(QStringLiteral("/api/2.2/jobs/create"), simpleJob(QStringLiteral("to_edit")));
        const qint64 id = created.json.value(u"job_id").toInteger();
        QJsonObject settings = simpleJob(QStringLiteral("after_reset"));
        settings.insert(QStringLiteral("tags"), QJsonObject {{QStringLiteral("team"), QStringLiteral("qa")}});
        auto reply = m_http->post(QStringLiteral("/api/2.2/jobs/reset"),
            {{QStringLiteral("job_id"), id}, {QStringLiteral("new_settings"), settings}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json, QJsonObject {});
        QJsonObject job = m_fixture->emulator().job(id);
        QCOMPARE(job.value(u"settings").toObject().value(u"name").toString(), QStringLiteral("after_reset"));
        // update: replace name, add a task, change task "main", remove tags.
        const QJsonObject second {{QStringLiteral("task_key"), QStringLiteral("second")},
            {QStringLiteral("depends_on"),
                QJsonArray {QJsonObject {{QStringLiteral("task_key"), QStringLiteral("main")}}}},
            {QStringLiteral("spark_python_task"),
                QJsonObject {{QStringLiteral("python_file"), QStringLiteral("dbfs:/x.py")}}}};
        QJsonObject mainTask = settings.value(u"tasks").toArray().first().toObject();
        mainTask.insert(QStringLiteral("timeout_seconds"), 600);
        reply = m_http->post(QStringLiteral("/api/2.2/jobs/update"),
            {{QStringLiteral("job_id"), id},
                {QStringLiteral("new_settings"),
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("after_update")},
                        {QStringLiteral("tasks"), QJsonArray {second, mainTask}}}},
                {QStringLiteral("fields_to_remove"), QJsonArray {QStringLiteral("tags")}}});
        QCOMPARE(reply.status, 200);
        job = m_fixture->emulator().job(id);
        const QJsonObject s = job.value(u"settings").toObject();
        QCOMPARE(s.value(u"name").toString(), QStringLiteral("after_update"));
        QVERIFY(!s.contains(u"tags"));
        const QJsonArray tasks = s.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks.at(0).toObject().value(u"task_key").toString(), QStringLiteral("main"));
        QCOMPARE(tasks.at(0).toObject().value(u"timeout_seconds").toInt(), 600);
        QCOMPARE(tasks.at(1).toObject().value(u"task_key").toString(), QStringLiteral("second"));
        // remove one task by key
        reply = m_http->post(QStringLiteral("/api/2.2/jobs/update"),
            {{QStringLiteral("job_id"), id},
                {QStringLiteral("fields_to_remove"), QJsonArray {QStringLiteral("tasks/second")}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            m_fixture->emulator().job(id).value(u"settings").toObject().value(u"tasks").toArray().size(), 1);
        // invalid cron on update
        reply = m_http->post(QStringLiteral("/api/2.2/jobs/update"),
            {{QStringLiteral("job_id"), id},
                {QStringLiteral("new_settings"),
                    QJsonObject {{QStringLiteral("schedule"),
                        QJsonObject {
                            {QStringLiteral("quartz_cron_expression"), QStringLiteral("61 0 * * * ?")},
                            {QStringLiteral("timezone_id"), QStringLiteral("UTC")}}}}}});
        QCOMPARE(reply.status, 400);
        // unknown job
        reply = m_http->post(QStringLiteral("/api/2.2/jobs/reset"),
            {{QStringLiteral("job_id"), 42}, {QStringLiteral("new_settings"), settings}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json.value(u"message").toString().contains(QStringLiteral("Job 42 does not exist")));
    }

    void changesBehindTheClientsBackAreVisible()
    {
        const qint64 id = m_fixture->emulator().anyJobId();
        QJsonObject settings = m_fixture->emulator().job(id).value(u"settings").toObject();
        settings.insert(QStringLiteral("name"), QStringLiteral("renamed_in_process"));
        QVERIFY(m_fixture->emulator().updateJobSettings(id, settings));
        const auto got = m_http->get(
            QStringLiteral("/api/2.2/jobs/get"), QUrlQuery {{QStringLiteral("job_id"), QString::number(id)}});
        QCOMPARE(got.json.value(u"settings").toObject().value(u"name").toString(),
            QStringLiteral("renamed_in_process"));
    }

    void deleteRemovesTheJob()
    {
        const qint64 id
            = m_http->post(QStringLiteral("/api/2.2/jobs/create"), simpleJob(QStringLiteral("doomed")))
                  .json.value(u"job_id")
                  .toInteger();
        QCOMPARE(
            m_http->post(QStringLiteral("/api/2.2/jobs/delete"), {{QStringLiteral("job_id"), id}}).status,
            200);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/2.2/jobs/get"),
                         QUrlQuery {{QStringLiteral("job_id"), QString::number(id)}})
                     .status,
            400);
        QCOMPARE(
            m_http->post(QStringLiteral("/api/2.2/jobs/delete"), {{QStringLiteral("job_id"), id}}).status,
            400);
    }

    void runsListPagesToTheEndNewestFirst()
    {
        const qint64 jobId = m_fixture->emulator().anyJobId();
        const int expected = int(m_fixture->emulator().runIdsOfJob(jobId).size());
        QVERIFY(expected > 0);
        QString token;
        int seen = 0;
        qint64 lastStart = std::numeric_limits<qint64>::max();
        do {
            QUrlQuery q {{QStringLiteral("job_id"), QString::number(jobId)},
                {QStringLiteral("limit"), QStringLiteral("2")}};
            if (!token.isEmpty())
                q.addQueryItem(QStringLiteral("page_token"), token);
            const auto reply = m_http->get(QStringLiteral("/api/2.2/jobs/runs/list"), q);
            QCOMPARE(reply.status, 200);
            const QJsonArray runs = reply.json.value(u"runs").toArray();
            for (const QJsonValue &v : runs) {
                const QJsonObject run = v.toObject();
                QCOMPARE(run.value(u"job_id").toInteger(), jobId);
                QVERIFY(run.value(u"start_time").toInteger() <= lastStart);
                lastStart = run.value(u"start_time").toInteger();
                QVERIFY(run.value(u"state").toObject().contains(u"life_cycle_state"));
                QVERIFY(run.value(u"status").toObject().contains(u"state"));
                QVERIFY(run.value(u"run_page_url")
                            .toString()
                            .contains(QString::number(run.value(u"run_id").toInteger())));
                QVERIFY(!run.value(u"trigger").toString().isEmpty());
                QVERIFY(!run.contains(u"tasks"));
                ++seen;
            }
            token = reply.json.value(u"next_page_token").toString();
        } while (!token.isEmpty());
        QCOMPARE(seen, expected);
    }

    void runsListValidates()
    {
        auto reply = m_http->get(QStringLiteral("/api/2.2/jobs/runs/list"),
            QUrlQuery {{QStringLiteral("limit"), QStringLiteral("26")}});
        QCOMPARE(reply.status, 400);
        reply = m_http->get(QStringLiteral("/api/2.2/jobs/runs/list"),
            QUrlQuery {{QStringLiteral("active_only"), QStringLiteral("true")},
                {QStringLiteral("completed_only"), QStringLiteral("true")}});
        QCOMPARE(reply.status, 400);
        reply = m_http->get(QStringLiteral("/api/2.2/jobs/runs/list"),
            QUrlQuery {{QStringLiteral("limit"), QStringLiteral("0")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"runs").toArray().size(), 25); // 0 = the server's maximum
        reply = m_http->get(QStringLiteral("/api/2.2/jobs/runs/list"),
            QUrlQuery {{QStringLiteral("job_id"), QStringLiteral("5")}});
        QCOMPARE(reply.status, 400);
    }

    void historicalRunHasStateStatusTasksAndOutput()
    {
        const qint64 jobId = m_fixture->emulator().anyJobId(3);
        const qint64 runId = m_fixture->emulator().runIdsOfJob(jobId).last(); // oldest: finished
        const QJsonObject run = runGet(runId);
        QCOMPARE(run.value(u"run_id").toInteger(), runId);
        QCOMPARE(run.value(u"number_in_job").toInteger(), runId);
        QCOMPARE(run.value(u"state").toObject().value(u"life_cycle_state").toString().isEmpty(), false);
        QVERIFY(run.value(u"state").toObject().contains(u"result_state"));
        QCOMPARE(run.value(u"status").toObject().value(u"state").toString(), QStringLiteral("TERMINATED"));
        QVERIFY(run.value(u"status").toObject().value(u"termination_details").toObject().contains(u"code"));
        QVERIFY(run.value(u"end_time").toInteger() > run.value(u"start_time").toInteger());
        QVERIFY(run.value(u"run_duration").toInteger() > 0);
        const QJsonArray tasks = run.value(u"tasks").toArray();
        QVERIFY(tasks.size() >= 3);
        QSet<qint64> taskRunIds;
        for (const QJsonValue &t : tasks) {
            taskRunIds.insert(t.toObject().value(u"run_id").toInteger());
            QVERIFY(t.toObject().contains(u"task_key"));
            QVERIFY(t.toObject().value(u"status").toObject().contains(u"state"));
        }
        QCOMPARE(taskRunIds.size(), tasks.size());
        QVERIFY(!taskRunIds.contains(runId));
        // get-output on the multi-task parent is refused; on a task run it works.
        auto out = m_http->get(QStringLiteral("/api/2.2/jobs/runs/get-output"),
            QUrlQuery {{QStringLiteral("run_id"), QString::number(runId)}});
        QCOMPARE(out.status, 400);
        QCOMPARE(out.json.value(u"error_code").toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
        const qint64 taskRunId = tasks.first().toObject().value(u"run_id").toInteger();
        out = m_http->get(QStringLiteral("/api/2.2/jobs/runs/get-output"),
            QUrlQuery {{QStringLiteral("run_id"), QString::number(taskRunId)}});
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json.value(u"metadata").toObject().value(u"run_id").toInteger(), taskRunId);
        const auto missing = m_http->get(QStringLiteral("/api/2.2/jobs/runs/get"),
            QUrlQuery {{QStringLiteral("run_id"), QStringLiteral("77")}});
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.json.value(u"message").toString().contains(QStringLiteral("Run 77 does not exist")));
    }

    void runNowGoesThroughTheLifeCycleAndEmitsClusterEvents()
    {
        const auto created
            = m_http->post(QStringLiteral("/api/2.2/jobs/create"), simpleJob(QStringLiteral("live_job")));
        const qint64 jobId = created.json.value(u"job_id").toInteger();
        const auto started = m_http->post(QStringLiteral("/api/2.2/jobs/run-now"),
            {{QStringLiteral("job_id"), jobId},
                {QStringLiteral("job_parameters"),
                    QJsonObject {{QStringLiteral("env"), QStringLiteral("dev")}}},
                {QStringLiteral("idempotency_token"), QStringLiteral("tok-1")}});
        QCOMPARE(started.status, 200);
        const qint64 runId = started.json.value(u"run_id").toInteger();
        QCOMPARE(started.json.value(u"number_in_job").toInteger(), runId);
        // Same idempotency token: same run.
        const auto again = m_http->post(QStringLiteral("/api/2.2/jobs/run-now"),
            {{QStringLiteral("job_id"), jobId},
                {QStringLiteral("idempotency_token"), QStringLiteral("tok-1")}});
        QCOMPARE(again.json.value(u"run_id").toInteger(), runId);
        QSet<QString> states;
        QString clusterId;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const QJsonObject run = runGet(runId);
            states.insert(run.value(u"status").toObject().value(u"state").toString());
            if (clusterId.isEmpty())
                clusterId = run.value(u"cluster_instance").toObject().value(u"cluster_id").toString();
            return run.value(u"status").toObject().value(u"state").toString() == QLatin1String("TERMINATED");
        })(),
            15000);
        QVERIFY(states.contains(QStringLiteral("RUNNING")));
        const QJsonObject run = runGet(runId);
        QCOMPARE(run.value(u"state").toObject().value(u"result_state").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(run.value(u"trigger").toString(), QStringLiteral("ONE_TIME"));
        QCOMPARE(run.value(u"overriding_parameters")
                     .toObject()
                     .value(u"job_parameters")
                     .toObject()
                     .value(u"env")
                     .toString(),
            QStringLiteral("dev"));
        QVERIFY(!clusterId.isEmpty());
        // The job cluster scaled and terminated, with events.
        const auto events = m_http->post(QStringLiteral("/api/2.1/clusters/events"),
            {{QStringLiteral("cluster_id"), clusterId}, {QStringLiteral("order"), QStringLiteral("ASC")}});
        QCOMPARE(events.status, 200);
        QStringList types;
        for (const QJsonValue &e : events.json.value(u"events").toArray())
            types.append(e.toObject().value(u"type").toString());
        QVERIFY2(types.contains(QStringLiteral("CREATING")) && types.contains(QStringLiteral("RUNNING"))
                && types.contains(QStringLiteral("RESIZING"))
                && types.contains(QStringLiteral("UPSIZE_COMPLETED"))
                && types.contains(QStringLiteral("TERMINATING")),
            qPrintable(types.join(QLatin1Char(','))));
        // The single task's output.
        const auto output = m_http->get(QStringLiteral("/api/2.2/jobs/runs/get-output"),
            QUrlQuery {{QStringLiteral("run_id"), QString::number(runId)}});
        QCOMPARE(output.status, 200);
        QVERIFY(output.json.contains(u"notebook_output"));
    }

    void cancelStopsARunMidway()
    {
        const qint64 jobId
            = m_http->post(QStringLiteral("/api/2.2/jobs/create"), simpleJob(QStringLiteral("cancel_me")))
                  .json.value(u"job_id")
                  .toInteger();
        const qint64 runId
            = m_http->post(QStringLiteral("/api/2.2/jobs/run-now"), {{QStringLiteral("job_id"), jobId}})
                  .json.value(u"run_id")
                  .toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(runGet(runId).value(u"status").toObject().value(u"state").toString(),
            QStringLiteral("RUNNING"), 10000);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/2.2/jobs/runs/list"),
                         QUrlQuery {{QStringLiteral("job_id"), QString::number(jobId)},
                             {QStringLiteral("active_only"), QStringLiteral("true")}})
                     .json.value(u"runs")
                     .toArray()
                     .size(),
            1);
        QCOMPARE(
            m_http->post(QStringLiteral("/api/2.2/jobs/runs/cancel"), {{QStringLiteral("run_id"), runId}})
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(runGet(runId).value(u"status").toObject().value(u"state").toString(),
            QStringLiteral("TERMINATED"), 10000);
        const QJsonObject run = runGet(runId);
        QCOMPARE(
            run.value(u"state").toObject().value(u"result_state").toString(), QStringLiteral("CANCELED"));
        QCOMPARE(run.value(u"status")
                     .toObject()
                     .value(u"termination_details")
                     .toObject()
                     .value(u"code")
                     .toString(),
            QStringLiteral("USER_CANCELED"));
        QCOMPARE(run.value(u"state").toObject().value(u"user_cancelled_or_timedout").toBool(), true);
        // cancel-all needs a job or all_queued_runs
        QCOMPARE(m_http->post(QStringLiteral("/api/2.2/jobs/runs/cancel-all"), {}).status, 400);
        QCOMPARE(
            m_http->post(QStringLiteral("/api/2.2/jobs/runs/cancel-all"), {{QStringLiteral("job_id"), jobId}})
                .status,
            200);
        QCOMPARE(
            m_http->post(QStringLiteral("/api/2.2/jobs/runs/cancel"), {{QStringLiteral("run_id"), 1}}).status,
            400);
    }

    void submitRepairAndDelete()
    {
        QJsonArray tasks {
            QJsonObject {{QStringLiteral("task_key"), QStringLiteral("a")},
                {QStringLiteral("existing_cluster_id"),
                    m_fixture->emulator().anyClusterId(QStringLiteral("RUNNING"))},
                {QStringLiteral("notebook_task"),
                    QJsonObject {{QStringLiteral("notebook_path"), QStringLiteral("/Shared/a")}}}},
            QJsonObject {{QStringLiteral("task_key"), QStringLiteral("b")},
                {QStringLiteral("depends_on"),
                    QJsonArray {QJsonObject {{QStringLiteral("task_key"), QStringLiteral("a")}}}},
                {QStringLiteral("existing_cluster_id"),
                    m_fixture->emulator().anyClusterId(QStringLiteral("RUNNING"))},
                {QStringLiteral("spark_python_task"),
                    QJsonObject {{QStringLiteral("python_file"), QStringLiteral("dbfs:/b.py")}}}}};
        const auto submitted = m_http->post(QStringLiteral("/api/2.2/jobs/runs/submit"),
            {{QStringLiteral("run_name"), QStringLiteral("one-off")}, {QStringLiteral("tasks"), tasks},
                {QStringLiteral("idempotency_token"), QStringLiteral("sub-1")}});
        QCOMPARE(submitted.status, 200);
        const qint64 runId = submitted.json.value(u"run_id").toInteger();
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/2.2/jobs/runs/submit"),
                         {{QStringLiteral("tasks"), tasks},
                             {QStringLiteral("idempotency_token"), QStringLiteral("sub-1")}})
                     .json.value(u"run_id")
                     .toInteger(),
            runId);
        QCOMPARE(runGet(runId).value(u"run_type").toString(), QStringLiteral("SUBMIT_RUN"));
        // repair refuses active runs, deletion too
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/2.2/jobs/runs/repair"),
                         {{QStringLiteral("run_id"), runId},
                             {QStringLiteral("rerun_tasks"), QJsonArray {QStringLiteral("b")}}})
                     .status,
            400);
        QCOMPARE(
            m_http->post(QStringLiteral("/api/2.2/jobs/runs/delete"), {{QStringLiteral("run_id"), runId}})
                .status,
            400);
        QTRY_COMPARE_WITH_TIMEOUT(runGet(runId).value(u"status").toObject().value(u"state").toString(),
            QStringLiteral("TERMINATED"), 15000);
        const qint64 oldB
            = runGet(runId).value(u"tasks").toArray().at(1).toObject().value(u"run_id").toInteger();
        const auto repaired = m_http->post(QStringLiteral("/api/2.2/jobs/runs/repair"),
            {{QStringLiteral("run_id"), runId},
                {QStringLiteral("rerun_tasks"), QJsonArray {QStringLiteral("b")}}});
        QCOMPARE(repaired.status, 200);
        const qint64 repairId = repaired.json.value(u"repair_id").toInteger();
        QVERIFY(repairId > 0);
        QJsonObject run = runGet(runId);
        const QJsonArray history = run.value(u"repair_history").toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(u"type").toString(), QStringLiteral("ORIGINAL"));
        QCOMPARE(history.at(1).toObject().value(u"type").toString(), QStringLiteral("REPAIR"));
        QCOMPARE(history.at(1).toObject().value(u"id").toInteger(), repairId);
        QVERIFY(run.value(u"tasks").toArray().at(1).toObject().value(u"run_id").toInteger() != oldB);
        QTRY_COMPARE_WITH_TIMEOUT(runGet(runId).value(u"status").toObject().value(u"state").toString(),
            QStringLiteral("TERMINATED"), 15000);
        // a second repair needs latest_repair_id
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/2.2/jobs/runs/repair"),
                         {{QStringLiteral("run_id"), runId},
                             {QStringLiteral("rerun_tasks"), QJsonArray {QStringLiteral("a")}}})
                     .status,
            400);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/2.2/jobs/runs/repair"),
                         {{QStringLiteral("run_id"), runId},
                             {QStringLiteral("rerun_tasks"), QJsonArray {QStringLiteral("a")}},
                             {QStringLiteral("latest_repair_id"), repairId}})
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(runGet(runId).value(u"status").toObject().value(u"state").toString(),
            QStringLiteral("TERMINATED"), 15000);
        QCOMPARE(
            m_http->post(QStringLiteral("/api/2.2/jobs/runs/delete"), {{QStringLiteral("run_id"), runId}})
                .status,
            200);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/2.2/jobs/runs/get"),
                         QUrlQuery {{QStringLiteral("run_id"), QString::number(runId)}})
                     .status,
            400);
    }

    void runsExportReturnsAView()
    {
        const qint64 jobId = m_fixture->emulator().anyJobId();
        const qint64 runId = m_fixture->emulator().runIdsOfJob(jobId).last();
        const QJsonObject run = runGet(runId);
        const qint64 taskRunId
            = run.value(u"tasks").toArray().first().toObject().value(u"run_id").toInteger();
        const auto reply = m_http->get(QStringLiteral("/api/2.2/jobs/runs/export"),
            QUrlQuery {{QStringLiteral("run_id"), QString::number(taskRunId)}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(u"views")
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"content")
                    .toString()
                    .contains(QStringLiteral("<html")));
    }

    void wrongMethodAndUnknownEndpointAre404()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/2.2/jobs/create")).status, 404);
        const auto reply = m_http->get(QStringLiteral("/api/2.2/jobs/nope"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json.value(u"error_code").toString(), QStringLiteral("ENDPOINT_NOT_FOUND"));
    }

    void stateFilePersistsJobs()
    {
        QTemporaryDir dir;
        auto options = EmulatorFixture::smallOptions();
        options.jobs = 5;
        options.stateFile = dir.filePath(QStringLiteral("state.json"));
        qint64 created = 0;
        qint64 deleted = 0;
        {
            EmulatorFixture fixture(options);
            HttpTestClient http(fixture.url(), fixture.token());
            created
                = http.post(QStringLiteral("/api/2.2/jobs/create"), simpleJob(QStringLiteral("persisted")))
                      .json.value(u"job_id")
                      .toInteger();
            deleted = fixture.emulator().anyJobId();
            QCOMPARE(http.post(QStringLiteral("/api/2.2/jobs/delete"), {{QStringLiteral("job_id"), deleted}})
                         .status,
                200);
        }
        EmulatorFixture again(options);
        QCOMPARE(again.emulator().job(created).value(u"settings").toObject().value(u"name").toString(),
            QStringLiteral("persisted"));
        QVERIFY(again.emulator().job(deleted).isEmpty());
        QCOMPARE(again.emulator().jobCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorJobs)
#include "tst_emulator_jobs.moc"
