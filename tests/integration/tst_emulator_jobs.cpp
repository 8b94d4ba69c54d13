// The emulator's Jobs API over loopback HTTP: shapes, pagination, validation, live runs.
#include "emulatorfixture.h"
#include "eventwait.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

class TestEmulatorJobs final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_http;

    QJsonObject runGet(qint64 runId, const QString &version = u"2.2"_s)
    {
        return m_http
            ->get(u"/api/%1/jobs/runs/get"_s.arg(version), QUrlQuery {{u"run_id"_s, QString::number(runId)}})
            .json;
    }
    static QJsonObject simpleJob(const QString &name)
    {
        return QJsonObject {{u"name"_s, name},
            {u"tasks"_s,
                QJsonArray {QJsonObject {{u"task_key"_s, u"main"_s},
                    {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Users/a@example.com/nb"_s}}},
                    {u"new_cluster"_s,
                        QJsonObject {{u"spark_version"_s, u"15.4.x-scala2.12"_s},
                            {u"node_type_id"_s, u"i3.xlarge"_s},
                            {u"autoscale"_s,
                                QJsonObject {{u"min_workers"_s, 1}, {u"max_workers"_s, 4}}}}}}}}};
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
        QTest::newRow("2.1") << u"2.1"_s;
        QTest::newRow("2.2") << u"2.2"_s;
    }
    void listsEveryJobByPageToken()
    {
        QFETCH(QString, version);
        QSet<qint64> seen;
        QString token;
        int pages = 0;
        do {
            QUrlQuery q {{u"limit"_s, u"25"_s}};
            if (!token.isEmpty())
                q.addQueryItem(u"page_token"_s, token);
            const auto reply = m_http->get(u"/api/%1/jobs/list"_s.arg(version), q);
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
        const auto reply = m_http->get(
            u"/api/2.2/jobs/list"_s, QUrlQuery {{u"name"_s, name.toUpper()}, {u"expand_tasks"_s, u"true"_s}});
        QCOMPARE(reply.status, 200);
        const QJsonArray jobs = reply.json.value(u"jobs").toArray();
        QVERIFY(!jobs.isEmpty());
        for (const QJsonValue &j : jobs) {
            QCOMPARE(j.toObject().value(u"settings").toObject().value(u"name").toString(), name);
            QVERIFY(j.toObject().value(u"settings").toObject().value(u"tasks").toArray().size() >= 1);
            QVERIFY(j.toObject().contains(u"has_more"));
        }
        const auto none = m_http->get(u"/api/2.2/jobs/list"_s, QUrlQuery {{u"name"_s, u"no such job"_s}});
        QCOMPARE(none.status, 200);
        QVERIFY(!none.json.contains(u"jobs"));
        QCOMPARE(none.json.value(u"has_more").toBool(), false);
    }

    void listValidatesLimitAndPageToken_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("limit 0") << u"limit"_s << u"0"_s;
        QTest::newRow("limit 101") << u"limit"_s << u"101"_s;
        QTest::newRow("limit abc") << u"limit"_s << u"abc"_s;
        QTest::newRow("offset -1") << u"offset"_s << u"-1"_s;
        QTest::newRow("bad token") << u"page_token"_s << u"not-a-token"_s;
    }
    void listValidatesLimitAndPageToken()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto reply = m_http->get(u"/api/2.2/jobs/list"_s, QUrlQuery {{key, value}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"INVALID_PARAMETER_VALUE"_s);
        QVERIFY(!reply.json.value(u"message").toString().isEmpty());
    }

    void pageTokenOfOtherFilterIsRejected()
    {
        const auto first = m_http->get(u"/api/2.2/jobs/list"_s, QUrlQuery {{u"limit"_s, u"5"_s}});
        const QString token = first.json.value(u"next_page_token").toString();
        QVERIFY(!token.isEmpty());
        const auto other
            = m_http->get(u"/api/2.2/jobs/list"_s, QUrlQuery {{u"page_token"_s, token}, {u"name"_s, u"x"_s}});
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
        auto reply = m_http->get(u"/api/2.1/jobs/get"_s, QUrlQuery {{u"job_id"_s, QString::number(big)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"settings").toObject().value(u"tasks").toArray().size(), total);
        QVERIFY(!reply.json.contains(u"next_page_token"));
        // 2.2: 100 per page, follow next_page_token.
        int collected = 0;
        QString token;
        int pages = 0;
        do {
            QUrlQuery q {{u"job_id"_s, QString::number(big)}};
            if (!token.isEmpty())
                q.addQueryItem(u"page_token"_s, token);
            reply = m_http->get(u"/api/2.2/jobs/get"_s, q);
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
        const auto reply = m_http->get(u"/api/2.2/jobs/get"_s, QUrlQuery {{u"job_id"_s, u"123"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"INVALID_PARAMETER_VALUE"_s);
        QVERIFY(reply.json.value(u"message").toString().contains(u"Job 123 does not exist"_s));
        const auto missing = m_http->get(u"/api/2.2/jobs/get"_s);
        QCOMPARE(missing.status, 400);
        const auto wrongType = m_http->get(u"/api/2.2/jobs/get"_s, QUrlQuery {{u"job_id"_s, u"abc"_s}});
        QCOMPARE(wrongType.status, 400);
    }

    void createKeepsUnknownFieldsAndGetReturnsThem()
    {
        QJsonObject body = simpleJob(u"unknown_fields_job"_s);
        body.insert(u"x_future_top_level"_s, QJsonObject {{u"nested"_s, QJsonArray {1, 2, 3}}});
        QJsonArray tasks = body.value(u"tasks").toArray();
        QJsonObject task = tasks.first().toObject();
        task.insert(u"gen_ai_compute_task"_s, QJsonObject {{u"dl_runtime_image"_s, u"img"_s}});
        tasks.replace(0, task);
        body.insert(u"tasks"_s, tasks);
        const auto created = m_http->post(u"/api/2.2/jobs/create"_s, body);
        QCOMPARE(created.status, 200);
        const qint64 id = created.json.value(u"job_id").toInteger();
        QVERIFY(id > 0);
        const auto got = m_http->get(u"/api/2.2/jobs/get"_s, QUrlQuery {{u"job_id"_s, QString::number(id)}});
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
            u"img"_s);
        QCOMPARE(settings.value(u"name").toString(), u"unknown_fields_job"_s);
        QCOMPARE(settings.value(u"format").toString(), u"MULTI_TASK"_s);
        QCOMPARE(settings.value(u"queue").toObject().value(u"enabled").toBool(), true); // 2.2 default
        QCOMPARE(got.json.value(u"creator_user_name").toString(),
            m_fixture->emulator().job(id).value(u"creator_user_name").toString());
    }

    void createValidates_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonObject good = simpleJob(u"v"_s);
        QJsonObject badCron = good;
        badCron.insert(u"schedule"_s,
            QJsonObject {{u"quartz_cron_expression"_s, u"0 0 * * *"_s}, {u"timezone_id"_s, u"UTC"_s}});
        QTest::newRow("cron with 5 fields") << badCron << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject bothDays = good;
        bothDays.insert(u"schedule"_s,
            QJsonObject {{u"quartz_cron_expression"_s, u"0 0 2 * * MON"_s}, {u"timezone_id"_s, u"UTC"_s}});
        QTest::newRow("cron without ?") << bothDays << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject badZone = good;
        badZone.insert(u"schedule"_s,
            QJsonObject {
                {u"quartz_cron_expression"_s, u"0 0 2 * * ?"_s}, {u"timezone_id"_s, u"Mars/Olympus"_s}});
        QTest::newRow("bad timezone") << badZone << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject wrongType = good;
        wrongType.insert(u"name"_s, 42);
        QTest::newRow("name not a string") << wrongType << 400 << u"MALFORMED_REQUEST"_s;
        QJsonObject tasksNotArray = good;
        tasksNotArray.insert(u"tasks"_s, u"x"_s);
        QTest::newRow("tasks not an array") << tasksNotArray << 400 << u"MALFORMED_REQUEST"_s;
        QJsonObject noKey = good;
        noKey.insert(u"tasks"_s, QJsonArray {QJsonObject {{u"notebook_task"_s, QJsonObject {}}}});
        QTest::newRow("missing task_key") << noKey << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject badDep = good;
        badDep.insert(u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"a"_s},
                {u"depends_on"_s, QJsonArray {QJsonObject {{u"task_key"_s, u"zzz"_s}}}}}});
        QTest::newRow("unknown dependency") << badDep << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject goodCron = good;
        goodCron.insert(u"schedule"_s,
            QJsonObject {
                {u"quartz_cron_expression"_s, u"20 30 * * * ?"_s}, {u"timezone_id"_s, u"Europe/London"_s}});
        QTest::newRow("valid quartz cron") << goodCron << 200 << QString();
        // The preview triggers[] list stands alone.
        const QJsonArray triggers {
            QJsonObject {{u"periodic"_s, QJsonObject {{u"interval"_s, 4}, {u"unit"_s, u"HOURS"_s}}}},
            QJsonObject {{u"file_arrival"_s, QJsonObject {{u"url"_s, u"/Volumes/main/landing/in/"_s}}}}};
        QJsonObject listOnly = good;
        listOnly.insert(u"triggers"_s, triggers);
        QTest::newRow("triggers list alone") << listOnly << 200 << QString();
        QJsonObject listAndSchedule = goodCron;
        listAndSchedule.insert(u"triggers"_s, triggers);
        QTest::newRow("triggers with schedule") << listAndSchedule << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject listAndTrigger = listOnly;
        listAndTrigger.insert(u"trigger"_s,
            QJsonObject {{u"periodic"_s, QJsonObject {{u"interval"_s, 1}, {u"unit"_s, u"DAYS"_s}}}});
        QTest::newRow("triggers with trigger") << listAndTrigger << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject listAndContinuous = listOnly;
        listAndContinuous.insert(u"continuous"_s, QJsonObject {{u"pause_status"_s, u"UNPAUSED"_s}});
        QTest::newRow("triggers with continuous") << listAndContinuous << 400 << u"INVALID_PARAMETER_VALUE"_s;
        QJsonObject listNotArray = good;
        listNotArray.insert(u"triggers"_s, QJsonObject {});
        QTest::newRow("triggers not an array") << listNotArray << 400 << u"MALFORMED_REQUEST"_s;
    }
    void createValidates()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto reply = m_http->post(u"/api/2.2/jobs/create"_s, body);
        QCOMPARE(reply.status, status);
        if (!code.isEmpty()) {
            QCOMPARE(reply.json.value(u"error_code").toString(), code);
            QVERIFY(!reply.json.value(u"message").toString().isEmpty());
        }
    }

    void malformedJsonBodyIs400()
    {
        const auto reply = m_http->postRaw(u"/api/2.2/jobs/create"_s, "{not json", "application/json");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"MALFORMED_REQUEST"_s);
    }

    void resetReplacesAndUpdateMergesByKey()
    {
        const auto created = m_http->post(u"/api/2.2/jobs/create"_s, simpleJob(u"to_edit"_s));
        const qint64 id = created.json.value(u"job_id").toInteger();
        QJsonObject settings = simpleJob(u"after_reset"_s);
        settings.insert(u"tags"_s, QJsonObject {{u"team"_s, u"qa"_s}});
        auto reply
            = m_http->post(u"/api/2.2/jobs/reset"_s, {{u"job_id"_s, id}, {u"new_settings"_s, settings}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json, QJsonObject {});
        QJsonObject job = m_fixture->emulator().job(id);
        QCOMPARE(job.value(u"settings").toObject().value(u"name").toString(), u"after_reset"_s);
        // update: replace name, add a task, change task "main", remove tags.
        const QJsonObject second {{u"task_key"_s, u"second"_s},
            {u"depends_on"_s, QJsonArray {QJsonObject {{u"task_key"_s, u"main"_s}}}},
            {u"spark_python_task"_s, QJsonObject {{u"python_file"_s, u"dbfs:/x.py"_s}}}};
        QJsonObject mainTask = settings.value(u"tasks").toArray().first().toObject();
        mainTask.insert(u"timeout_seconds"_s, 600);
        reply = m_http->post(u"/api/2.2/jobs/update"_s,
            {{u"job_id"_s, id},
                {u"new_settings"_s,
                    QJsonObject {
                        {u"name"_s, u"after_update"_s}, {u"tasks"_s, QJsonArray {second, mainTask}}}},
                {u"fields_to_remove"_s, QJsonArray {u"tags"_s}}});
        QCOMPARE(reply.status, 200);
        job = m_fixture->emulator().job(id);
        const QJsonObject s = job.value(u"settings").toObject();
        QCOMPARE(s.value(u"name").toString(), u"after_update"_s);
        QVERIFY(!s.contains(u"tags"));
        const QJsonArray tasks = s.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks.at(0).toObject().value(u"task_key").toString(), u"main"_s);
        QCOMPARE(tasks.at(0).toObject().value(u"timeout_seconds").toInt(), 600);
        QCOMPARE(tasks.at(1).toObject().value(u"task_key").toString(), u"second"_s);
        // remove one task by key
        reply = m_http->post(u"/api/2.2/jobs/update"_s,
            {{u"job_id"_s, id}, {u"fields_to_remove"_s, QJsonArray {u"tasks/second"_s}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            m_fixture->emulator().job(id).value(u"settings").toObject().value(u"tasks").toArray().size(), 1);
        // invalid cron on update
        reply = m_http->post(u"/api/2.2/jobs/update"_s,
            {{u"job_id"_s, id},
                {u"new_settings"_s,
                    QJsonObject {{u"schedule"_s,
                        QJsonObject {{u"quartz_cron_expression"_s, u"61 0 * * * ?"_s},
                            {u"timezone_id"_s, u"UTC"_s}}}}}});
        QCOMPARE(reply.status, 400);
        // unknown job
        reply = m_http->post(u"/api/2.2/jobs/reset"_s, {{u"job_id"_s, 42}, {u"new_settings"_s, settings}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json.value(u"message").toString().contains(u"Job 42 does not exist"_s));
    }

    void changesBehindTheClientsBackAreVisible()
    {
        const qint64 id = m_fixture->emulator().anyJobId();
        QJsonObject settings = m_fixture->emulator().job(id).value(u"settings").toObject();
        settings.insert(u"name"_s, u"renamed_in_process"_s);
        QVERIFY(m_fixture->emulator().updateJobSettings(id, settings));
        const auto got = m_http->get(u"/api/2.2/jobs/get"_s, QUrlQuery {{u"job_id"_s, QString::number(id)}});
        QCOMPARE(got.json.value(u"settings").toObject().value(u"name").toString(), u"renamed_in_process"_s);
    }

    void deleteRemovesTheJob()
    {
        const qint64 id = m_http->post(u"/api/2.2/jobs/create"_s, simpleJob(u"doomed"_s))
                              .json.value(u"job_id")
                              .toInteger();
        QCOMPARE(m_http->post(u"/api/2.2/jobs/delete"_s, {{u"job_id"_s, id}}).status, 200);
        QCOMPARE(
            m_http->get(u"/api/2.2/jobs/get"_s, QUrlQuery {{u"job_id"_s, QString::number(id)}}).status, 400);
        QCOMPARE(m_http->post(u"/api/2.2/jobs/delete"_s, {{u"job_id"_s, id}}).status, 400);
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
            QUrlQuery q {{u"job_id"_s, QString::number(jobId)}, {u"limit"_s, u"2"_s}};
            if (!token.isEmpty())
                q.addQueryItem(u"page_token"_s, token);
            const auto reply = m_http->get(u"/api/2.2/jobs/runs/list"_s, q);
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
        auto reply = m_http->get(u"/api/2.2/jobs/runs/list"_s, QUrlQuery {{u"limit"_s, u"26"_s}});
        QCOMPARE(reply.status, 400);
        reply = m_http->get(u"/api/2.2/jobs/runs/list"_s,
            QUrlQuery {{u"active_only"_s, u"true"_s}, {u"completed_only"_s, u"true"_s}});
        QCOMPARE(reply.status, 400);
        reply = m_http->get(u"/api/2.2/jobs/runs/list"_s, QUrlQuery {{u"limit"_s, u"0"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"runs").toArray().size(), 25); // 0 = the server's maximum
        reply = m_http->get(u"/api/2.2/jobs/runs/list"_s, QUrlQuery {{u"job_id"_s, u"5"_s}});
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
        QCOMPARE(run.value(u"status").toObject().value(u"state").toString(), u"TERMINATED"_s);
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
        auto out = m_http->get(
            u"/api/2.2/jobs/runs/get-output"_s, QUrlQuery {{u"run_id"_s, QString::number(runId)}});
        QCOMPARE(out.status, 400);
        QCOMPARE(out.json.value(u"error_code").toString(), u"INVALID_PARAMETER_VALUE"_s);
        const qint64 taskRunId = tasks.first().toObject().value(u"run_id").toInteger();
        out = m_http->get(
            u"/api/2.2/jobs/runs/get-output"_s, QUrlQuery {{u"run_id"_s, QString::number(taskRunId)}});
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json.value(u"metadata").toObject().value(u"run_id").toInteger(), taskRunId);
        const auto missing = m_http->get(u"/api/2.2/jobs/runs/get"_s, QUrlQuery {{u"run_id"_s, u"77"_s}});
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.json.value(u"message").toString().contains(u"Run 77 does not exist"_s));
    }

    void runNowGoesThroughTheLifeCycleAndEmitsClusterEvents()
    {
        const auto created = m_http->post(u"/api/2.2/jobs/create"_s, simpleJob(u"live_job"_s));
        const qint64 jobId = created.json.value(u"job_id").toInteger();
        const auto started = m_http->post(u"/api/2.2/jobs/run-now"_s,
            {{u"job_id"_s, jobId}, {u"job_parameters"_s, QJsonObject {{u"env"_s, u"dev"_s}}},
                {u"idempotency_token"_s, u"tok-1"_s}});
        QCOMPARE(started.status, 200);
        const qint64 runId = started.json.value(u"run_id").toInteger();
        QCOMPARE(started.json.value(u"number_in_job").toInteger(), runId);
        // Same idempotency token: same run.
        const auto again = m_http->post(
            u"/api/2.2/jobs/run-now"_s, {{u"job_id"_s, jobId}, {u"idempotency_token"_s, u"tok-1"_s}});
        QCOMPARE(again.json.value(u"run_id").toInteger(), runId);
        QSet<QString> states;
        QString clusterId;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const QJsonObject run = runGet(runId);
            states.insert(run.value(u"status").toObject().value(u"state").toString());
            if (clusterId.isEmpty())
                clusterId = run.value(u"cluster_instance").toObject().value(u"cluster_id").toString();
            return run.value(u"status").toObject().value(u"state").toString() == u"TERMINATED"_s;
        })(),
            15000);
        QVERIFY(states.contains(u"RUNNING"_s));
        const QJsonObject run = runGet(runId);
        QCOMPARE(run.value(u"state").toObject().value(u"result_state").toString(), u"SUCCESS"_s);
        QCOMPARE(run.value(u"trigger").toString(), u"ONE_TIME"_s);
        QCOMPARE(run.value(u"overriding_parameters")
                     .toObject()
                     .value(u"job_parameters")
                     .toObject()
                     .value(u"env")
                     .toString(),
            u"dev"_s);
        QVERIFY(!clusterId.isEmpty());
        // The job cluster scaled and terminated, with events.
        const auto events = m_http->post(
            u"/api/2.1/clusters/events"_s, {{u"cluster_id"_s, clusterId}, {u"order"_s, u"ASC"_s}});
        QCOMPARE(events.status, 200);
        QStringList types;
        for (const QJsonValue &e : events.json.value(u"events").toArray())
            types.append(e.toObject().value(u"type").toString());
        QVERIFY2(types.contains(u"CREATING"_s) && types.contains(u"RUNNING"_s)
                && types.contains(u"RESIZING"_s) && types.contains(u"UPSIZE_COMPLETED"_s)
                && types.contains(u"TERMINATING"_s),
            qPrintable(types.join(u',')));
        // The single task's output.
        const auto output = m_http->get(
            u"/api/2.2/jobs/runs/get-output"_s, QUrlQuery {{u"run_id"_s, QString::number(runId)}});
        QCOMPARE(output.status, 200);
        QVERIFY(output.json.contains(u"notebook_output"));
    }

    void cancelStopsARunMidway()
    {
        const qint64 jobId = m_http->post(u"/api/2.2/jobs/create"_s, simpleJob(u"cancel_me"_s))
                                 .json.value(u"job_id")
                                 .toInteger();
        const qint64 runId = m_http->post(u"/api/2.2/jobs/run-now"_s, {{u"job_id"_s, jobId}})
                                 .json.value(u"run_id")
                                 .toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(
            runGet(runId).value(u"status").toObject().value(u"state").toString(), u"RUNNING"_s, 10000);
        QCOMPARE(m_http
                     ->get(u"/api/2.2/jobs/runs/list"_s,
                         QUrlQuery {{u"job_id"_s, QString::number(jobId)}, {u"active_only"_s, u"true"_s}})
                     .json.value(u"runs")
                     .toArray()
                     .size(),
            1);
        QCOMPARE(m_http->post(u"/api/2.2/jobs/runs/cancel"_s, {{u"run_id"_s, runId}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            runGet(runId).value(u"status").toObject().value(u"state").toString(), u"TERMINATED"_s, 10000);
        const QJsonObject run = runGet(runId);
        QCOMPARE(run.value(u"state").toObject().value(u"result_state").toString(), u"CANCELED"_s);
        QCOMPARE(run.value(u"status")
                     .toObject()
                     .value(u"termination_details")
                     .toObject()
                     .value(u"code")
                     .toString(),
            u"USER_CANCELED"_s);
        QCOMPARE(run.value(u"state").toObject().value(u"user_cancelled_or_timedout").toBool(), true);
        // cancel-all needs a job or all_queued_runs
        QCOMPARE(m_http->post(u"/api/2.2/jobs/runs/cancel-all"_s, {}).status, 400);
        QCOMPARE(m_http->post(u"/api/2.2/jobs/runs/cancel-all"_s, {{u"job_id"_s, jobId}}).status, 200);
        QCOMPARE(m_http->post(u"/api/2.2/jobs/runs/cancel"_s, {{u"run_id"_s, 1}}).status, 400);
    }

    void submitRepairAndDelete()
    {
        QJsonArray tasks {QJsonObject {{u"task_key"_s, u"a"_s},
                              {u"existing_cluster_id"_s, m_fixture->emulator().anyClusterId(u"RUNNING"_s)},
                              {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Shared/a"_s}}}},
            QJsonObject {{u"task_key"_s, u"b"_s},
                {u"depends_on"_s, QJsonArray {QJsonObject {{u"task_key"_s, u"a"_s}}}},
                {u"existing_cluster_id"_s, m_fixture->emulator().anyClusterId(u"RUNNING"_s)},
                {u"spark_python_task"_s, QJsonObject {{u"python_file"_s, u"dbfs:/b.py"_s}}}}};
        const auto submitted = m_http->post(u"/api/2.2/jobs/runs/submit"_s,
            {{u"run_name"_s, u"one-off"_s}, {u"tasks"_s, tasks}, {u"idempotency_token"_s, u"sub-1"_s}});
        QCOMPARE(submitted.status, 200);
        const qint64 runId = submitted.json.value(u"run_id").toInteger();
        QCOMPARE(m_http
                     ->post(u"/api/2.2/jobs/runs/submit"_s,
                         {{u"tasks"_s, tasks}, {u"idempotency_token"_s, u"sub-1"_s}})
                     .json.value(u"run_id")
                     .toInteger(),
            runId);
        QCOMPARE(runGet(runId).value(u"run_type").toString(), u"SUBMIT_RUN"_s);
        // repair refuses active runs, deletion too
        QCOMPARE(m_http
                     ->post(u"/api/2.2/jobs/runs/repair"_s,
                         {{u"run_id"_s, runId}, {u"rerun_tasks"_s, QJsonArray {u"b"_s}}})
                     .status,
            400);
        QCOMPARE(m_http->post(u"/api/2.2/jobs/runs/delete"_s, {{u"run_id"_s, runId}}).status, 400);
        QTRY_COMPARE_WITH_TIMEOUT(
            runGet(runId).value(u"status").toObject().value(u"state").toString(), u"TERMINATED"_s, 15000);
        const qint64 oldB
            = runGet(runId).value(u"tasks").toArray().at(1).toObject().value(u"run_id").toInteger();
        const auto repaired = m_http->post(
            u"/api/2.2/jobs/runs/repair"_s, {{u"run_id"_s, runId}, {u"rerun_tasks"_s, QJsonArray {u"b"_s}}});
        QCOMPARE(repaired.status, 200);
        const qint64 repairId = repaired.json.value(u"repair_id").toInteger();
        QVERIFY(repairId > 0);
        QJsonObject run = runGet(runId);
        const QJsonArray history = run.value(u"repair_history").toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(u"type").toString(), u"ORIGINAL"_s);
        QCOMPARE(history.at(1).toObject().value(u"type").toString(), u"REPAIR"_s);
        QCOMPARE(history.at(1).toObject().value(u"id").toInteger(), repairId);
        QVERIFY(run.value(u"tasks").toArray().at(1).toObject().value(u"run_id").toInteger() != oldB);
        QTRY_COMPARE_WITH_TIMEOUT(
            runGet(runId).value(u"status").toObject().value(u"state").toString(), u"TERMINATED"_s, 15000);
        // a second repair needs latest_repair_id
        QCOMPARE(m_http
                     ->post(u"/api/2.2/jobs/runs/repair"_s,
                         {{u"run_id"_s, runId}, {u"rerun_tasks"_s, QJsonArray {u"a"_s}}})
                     .status,
            400);
        QCOMPARE(m_http
                     ->post(u"/api/2.2/jobs/runs/repair"_s,
                         {{u"run_id"_s, runId}, {u"rerun_tasks"_s, QJsonArray {u"a"_s}},
                             {u"latest_repair_id"_s, repairId}})
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(
            runGet(runId).value(u"status").toObject().value(u"state").toString(), u"TERMINATED"_s, 15000);
        QCOMPARE(m_http->post(u"/api/2.2/jobs/runs/delete"_s, {{u"run_id"_s, runId}}).status, 200);
        QCOMPARE(m_http->get(u"/api/2.2/jobs/runs/get"_s, QUrlQuery {{u"run_id"_s, QString::number(runId)}})
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
        const auto reply = m_http->get(
            u"/api/2.2/jobs/runs/export"_s, QUrlQuery {{u"run_id"_s, QString::number(taskRunId)}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(u"views")
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"content")
                    .toString()
                    .contains(u"<html"_s));
    }

    void wrongMethodAndUnknownEndpointAre404()
    {
        QCOMPARE(m_http->get(u"/api/2.2/jobs/create"_s).status, 404);
        const auto reply = m_http->get(u"/api/2.2/jobs/nope"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"ENDPOINT_NOT_FOUND"_s);
    }

    void stateFilePersistsJobs()
    {
        QTemporaryDir dir;
        auto options = EmulatorFixture::smallOptions();
        options.jobs = 5;
        options.stateFile = dir.filePath(u"state.json"_s);
        qint64 created = 0;
        qint64 deleted = 0;
        {
            EmulatorFixture fixture(options);
            HttpTestClient http(fixture.url(), fixture.token());
            created = http.post(u"/api/2.2/jobs/create"_s, simpleJob(u"persisted"_s))
                          .json.value(u"job_id")
                          .toInteger();
            deleted = fixture.emulator().anyJobId();
            QCOMPARE(http.post(u"/api/2.2/jobs/delete"_s, {{u"job_id"_s, deleted}}).status, 200);
        }
        EmulatorFixture again(options);
        QCOMPARE(again.emulator().job(created).value(u"settings").toObject().value(u"name").toString(),
            u"persisted"_s);
        QVERIFY(again.emulator().job(deleted).isEmpty());
        QCOMPARE(again.emulator().jobCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorJobs)
#include "tst_emulator_jobs.moc"
