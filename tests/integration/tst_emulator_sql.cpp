// The emulator's SQL warehouses and Statement Execution API over loopback HTTP, and system
// tables that agree with the clusters' simulated history.
#include "emulator/sqldialect.h"
#include "emulator/systemtables.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "httptestclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <map>

using namespace Qt::Literals::StringLiterals;

using brickdesk::emulator::EmulatorOptions;
using brickdesk::emulator::SystemTables;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

namespace {

constexpr qint64 kHour = 3'600'000;

EmulatorOptions sqlOptions()
{
    EmulatorOptions o = EmulatorFixture::smallOptions();
    o.eventsPerCluster = 0; // natural histories: sessions, nights, weekends
    o.nodeTimelineDays = 3; // at least one working day, whatever today is
    o.statementChunkRows = 100;
    // A stopped warehouse is up in 400 ms on this clock (30 times faster): still longer than a
    // 5 s wait_timeout (166 ms), so a wait runs out before it, without seconds of waiting.
    o.warehouseStartSeconds = 12;
    return o;
}

QJsonObject param(const QString &name, const QString &value, const QString &type = u"STRING"_s)
{
    return {{u"name"_s, name}, {u"value"_s, value}, {u"type"_s, type}};
}

} // namespace

class TestEmulatorSql final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_running;
    QString m_stopped;

    HttpTestClient::Reply execute(const QString &sql, const QJsonArray &params = {},
        const QString &wait = u"10s"_s, const QString &warehouse = QString())
    {
        return m_http->post(u"/api/2.0/sql/statements"_s,
            {{u"warehouse_id"_s, warehouse.isEmpty() ? m_running : warehouse}, {u"statement"_s, sql},
                {u"parameters"_s, params}, {u"wait_timeout"_s, wait}, {u"format"_s, u"JSON_ARRAY"_s},
                {u"disposition"_s, u"INLINE"_s}});
    }

    // Every row of a succeeded statement, chunks followed.
    QList<QJsonArray> rows(const QJsonObject &statement)
    {
        QList<QJsonArray> out;
        QJsonObject chunk = statement.value(u"result"_s).toObject();
        const QString id = statement.value(u"statement_id"_s).toString();
        while (!chunk.isEmpty()) {
            for (const QJsonValue &row : chunk.value(u"data_array"_s).toArray())
                out.append(row.toArray());
            if (!chunk.contains(u"next_chunk_index"_s))
                break;
            chunk = m_http
                        ->get(u"/api/2.0/sql/statements/%1/result/chunks/%2"_s.arg(id).arg(
                            chunk.value(u"next_chunk_index"_s).toInt()))
                        .json;
        }
        return out;
    }

    static QString state(const QJsonObject &statement)
    {
        return statement.value(u"status"_s).toObject().value(u"state"_s).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<EmulatorFixture>(sqlOptions());
        m_http = std::make_unique<HttpTestClient>(m_fixture->url(), m_fixture->token());
        m_running = m_fixture->emulator().sqlWarehouseIds().value(0);
        m_stopped = m_fixture->emulator().sqlWarehouseIds().value(1);
    }

    void warehousesListGetStartStop()
    {
        const auto list = m_http->get(u"/api/2.0/sql/warehouses"_s);
        QCOMPARE(list.status, 200);
        const QJsonArray warehouses = list.json.value(u"warehouses"_s).toArray();
        QCOMPARE(warehouses.size(), 2);
        QCOMPARE(warehouses.at(0).toObject().value(u"state"_s).toString(), u"RUNNING"_s);
        QCOMPARE(warehouses.at(1).toObject().value(u"state"_s).toString(), u"STOPPED"_s);
        QVERIFY(!warehouses.at(0).toObject().value(u"name"_s).toString().isEmpty());

        const QString path = u"/api/2.0/sql/warehouses/"_s + m_stopped;
        QCOMPARE(m_http->get(path).json.value(u"state"_s).toString(), u"STOPPED"_s);
        QCOMPARE(m_http->post(path + u"/start"_s, {}).status, 200);
        QCOMPARE(m_http->get(path).json.value(u"state"_s).toString(), u"STARTING"_s);
        // 12 s on a clock 30 times faster: RUNNING after about 400 ms.
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(path).json.value(u"state"_s).toString(), u"RUNNING"_s, 5000);
        QCOMPARE(m_http->post(path + u"/stop"_s, {}).status, 200);
        QCOMPARE(m_http->get(path).json.value(u"state"_s).toString(), u"STOPPING"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(path).json.value(u"state"_s).toString(), u"STOPPED"_s, 5000);

        const auto missing = m_http->get(u"/api/2.0/sql/warehouses/nope"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(u"error_code"_s).toString(), u"RESOURCE_DOES_NOT_EXIST"_s);
    }

    void synchronousStatementWithTypedSchema()
    {
        const auto reply
            = execute(u"SELECT sku_name, pricing.default AS price, price_start_time FROM "
                      "system.billing.list_prices WHERE sku_name = :sku ORDER BY price_start_time"_s,
                {param(u"sku"_s, u"PREMIUM_ALL_PURPOSE_COMPUTE"_s)});
        QCOMPARE(reply.status, 200);
        QCOMPARE(state(reply.json), u"SUCCEEDED"_s);
        const QJsonObject manifest = reply.json.value(u"manifest"_s).toObject();
        QCOMPARE(manifest.value(u"format"_s).toString(), u"JSON_ARRAY"_s);
        const QJsonArray columns = manifest.value(u"schema"_s).toObject().value(u"columns"_s).toArray();
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns.at(1).toObject().value(u"name"_s).toString(), u"price"_s);
        QCOMPARE(columns.at(1).toObject().value(u"type_name"_s).toString(), u"DOUBLE"_s);
        QCOMPARE(columns.at(2).toObject().value(u"type_name"_s).toString(), u"TIMESTAMP"_s);
        const auto data = rows(reply.json);
        QCOMPARE(data.size(), 2); // the price changed once inside the history
        QCOMPARE(data.at(0).at(1).toString().toDouble(),
            SystemTables::listPrice(u"PREMIUM_ALL_PURPOSE_COMPUTE"_s, false));
        QCOMPARE(data.at(1).at(1).toString().toDouble(),
            SystemTables::listPrice(u"PREMIUM_ALL_PURPOSE_COMPUTE"_s, true));
        QVERIFY(data.at(1).at(2).toString() > data.at(0).at(2).toString());
    }

    void chunksAreFollowedToTheEnd()
    {
        const QString cluster = m_fixture->emulator().clusterIds().first();
        const auto reply = execute(u"SELECT usage_start_time, usage_quantity FROM system.billing.usage WHERE "
                                   "usage_metadata.cluster_id = :c ORDER BY usage_start_time"_s,
            {param(u"c"_s, cluster)});
        QCOMPARE(state(reply.json), u"SUCCEEDED"_s);
        const QJsonObject manifest = reply.json.value(u"manifest"_s).toObject();
        const int total = manifest.value(u"total_row_count"_s).toInt();
        QVERIFY2(total > 300, qPrintable(QString::number(total))); // 30 days of an always-on cluster
        QCOMPARE(manifest.value(u"total_chunk_count"_s).toInt(), (total + 99) / 100);
        QCOMPARE(reply.json.value(u"result"_s).toObject().value(u"data_array"_s).toArray().size(), 100);
        const auto all = rows(reply.json);
        QCOMPARE(all.size(), total);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i).at(0).toString() > all.at(i - 1).at(0).toString());
        const QString id = reply.json.value(u"statement_id"_s).toString();
        const auto beyond = m_http->get(u"/api/2.0/sql/statements/%1/result/chunks/%2"_s.arg(id).arg(
            manifest.value(u"total_chunk_count"_s).toInt()));
        QCOMPARE(beyond.status, 400);
        QCOMPARE(beyond.json.value(u"error_code"_s).toString(), u"INVALID_PARAMETER_VALUE"_s);
    }

    void asynchronousStatementIsPolledToTheEnd()
    {
        // 0s: answered at once; the stopped warehouse is started by the statement.
        const auto reply
            = execute(u"SELECT COUNT(*) AS n FROM system.billing.list_prices"_s, {}, u"0s"_s, m_stopped);
        QCOMPARE(reply.status, 200);
        QCOMPARE(state(reply.json), u"PENDING"_s);
        QVERIFY(!reply.json.contains(u"result"_s));
        const QString id = reply.json.value(u"statement_id"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_http->get(u"/api/2.0/sql/warehouses/"_s + m_stopped).json.value(u"state"_s).toString()
            == u"STARTING"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            state(m_http->get(u"/api/2.0/sql/statements/"_s + id).json), u"SUCCEEDED"_s, 5000);
        const auto done = m_http->get(u"/api/2.0/sql/statements/"_s + id);
        QCOMPARE(rows(done.json).value(0).at(0).toString(), u"4"_s);
    }

    void waitTimeoutContinueAndCancel()
    {
        // A stopped warehouse takes 400 ms to start; a 5 s wait is 166 ms on this clock.
        QCOMPARE(m_http->post(u"/api/2.0/sql/warehouses/%1/stop"_s.arg(m_stopped), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(u"/api/2.0/sql/warehouses/"_s + m_stopped).json.value(u"state"_s).toString(),
            u"STOPPED"_s, 5000);
        QElapsedTimer timer;
        timer.start();
        const auto continued = execute(u"SELECT 1"_s, {}, u"5s"_s, m_stopped);
        QVERIFY(timer.elapsed() >= 120); // the call waited on the server
        QCOMPARE(state(continued.json), u"PENDING"_s);
        const auto canceled = m_http->post(u"/api/2.0/sql/statements"_s,
            {{u"warehouse_id"_s, m_stopped}, {u"statement"_s, u"SELECT 2"_s}, {u"wait_timeout"_s, u"5s"_s},
                {u"on_wait_timeout"_s, u"CANCEL"_s}});
        QCOMPARE(state(canceled.json), u"CANCELED"_s);
        const QString canceledId = canceled.json.value(u"statement_id"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(state(m_http
                                            ->get(u"/api/2.0/sql/statements/"_s
                                                + continued.json.value(u"statement_id"_s).toString())
                                            .json),
            u"SUCCEEDED"_s, 5000);
        QCOMPARE(state(m_http->get(u"/api/2.0/sql/statements/"_s + canceledId).json), u"CANCELED"_s);
    }

    void cancelEndsAPendingStatement()
    {
        QCOMPARE(m_http->post(u"/api/2.0/sql/warehouses/%1/stop"_s.arg(m_stopped), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(u"/api/2.0/sql/warehouses/"_s + m_stopped).json.value(u"state"_s).toString(),
            u"STOPPED"_s, 5000);
        const auto reply = execute(u"SELECT 1"_s, {}, u"0s"_s, m_stopped);
        const QString id = reply.json.value(u"statement_id"_s).toString();
        QCOMPARE(m_http->post(u"/api/2.0/sql/statements/%1/cancel"_s.arg(id), {}).status, 200);
        QCOMPARE(state(m_http->get(u"/api/2.0/sql/statements/"_s + id).json), u"CANCELED"_s);
        const auto chunk = m_http->get(u"/api/2.0/sql/statements/%1/result/chunks/0"_s.arg(id));
        QCOMPARE(chunk.status, 400);
    }

    void errorsHaveTheServiceShape_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QJsonArray>("params");
        QTest::addColumn<QString>("sqlState");
        QTest::newRow("syntax") << u"SELECT FROM WHERE"_s << QJsonArray {} << u"42601"_s;
        QTest::newRow("no such table")
            << u"SELECT * FROM system.billing.usages"_s << QJsonArray {} << u"42P01"_s;
        QTest::newRow("no such column")
            << u"SELECT nope FROM system.billing.list_prices"_s << QJsonArray {} << u"42703"_s;
        QTest::newRow("unbound parameter")
            << u"SELECT * FROM system.billing.usage WHERE usage_date = :day"_s << QJsonArray {} << u"42P02"_s;
        QTest::newRow("bad timestamp") << u"SELECT * FROM system.billing.usage WHERE usage_start_time > :t"_s
                                       << QJsonArray {param(u"t"_s, u"soon"_s, u"TIMESTAMP"_s)} << u"22023"_s;
        QTest::newRow("not a query") << u"DELETE FROM system.billing.usage"_s << QJsonArray {} << u"0A000"_s;
    }

    void errorsHaveTheServiceShape()
    {
        QFETCH(QString, sql);
        QFETCH(QJsonArray, params);
        QFETCH(QString, sqlState);
        const auto reply = execute(sql, params);
        QCOMPARE(reply.status, 200);
        QCOMPARE(state(reply.json), u"FAILED"_s);
        const QJsonObject status = reply.json.value(u"status"_s).toObject();
        QCOMPARE(status.value(u"sql_state"_s).toString(), sqlState);
        const QJsonObject error = status.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"error_code"_s).toString(), u"BAD_REQUEST"_s);
        QVERIFY(error.value(u"message"_s).toString().endsWith(u"SQLSTATE: "_s + sqlState));
        QVERIFY(!reply.json.contains(u"manifest"_s));
    }

    void requestErrors()
    {
        auto post
            = [this](const QJsonObject &body) { return m_http->post(u"/api/2.0/sql/statements"_s, body); };
        QCOMPARE(post({{u"statement"_s, u"SELECT 1"_s}}).json.value(u"error_code"_s).toString(),
            u"INVALID_PARAMETER_VALUE"_s);
        QCOMPARE(post({{u"statement"_s, u"SELECT 1"_s}, {u"warehouse_id"_s, u"nope"_s}}).status, 404);
        QCOMPARE(post({{u"statement"_s, u"SELECT 1"_s}, {u"warehouse_id"_s, m_running},
                          {u"wait_timeout"_s, u"3s"_s}})
                     .status,
            400);
        QCOMPARE(post({{u"statement"_s, u"SELECT 1"_s}, {u"warehouse_id"_s, m_running},
                          {u"disposition"_s, u"INLINE"_s}, {u"format"_s, u"CSV"_s}})
                     .status,
            400);
        QCOMPARE(m_http->get(u"/api/2.0/sql/statements/does-not-exist"_s).status, 404);
    }

    void noGrantsIsAPermissionError()
    {
        EmulatorOptions o = sqlOptions();
        o.systemTableGrants = false;
        EmulatorFixture fixture(o);
        HttpTestClient http(fixture.url(), fixture.token());
        const auto reply = http.post(u"/api/2.0/sql/statements"_s,
            {{u"warehouse_id"_s, fixture.emulator().sqlWarehouseIds().first()},
                {u"statement"_s, u"SELECT SUM(usage_quantity) FROM system.billing.usage"_s}});
        QCOMPARE(state(reply.json), u"FAILED"_s);
        const QJsonObject status = reply.json.value(u"status"_s).toObject();
        QCOMPARE(status.value(u"sql_state"_s).toString(), u"42501"_s);
        QVERIFY(
            status.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"USE CATALOG"_s));
    }

    // Billed DBUs per cluster are the node-hours the simulation had (driver + workers) times
    // the node type's rate, for every billed hour.
    void usageAgreesWithTheSimulatedNodes()
    {
        auto &emulator = m_fixture->emulator();
        SystemTables &tables = emulator.systemTables();
        const qint64 until = tables.billedUntil();
        for (const QString &id : emulator.clusterIds()) {
            const auto truth = emulator.simulatedWorkers(id);
            QVERIFY(!truth.empty());
            const QJsonObject cluster = emulator.cluster(id);
            const double rate
                = SystemTables::dbusPerNodeHour(u"aws"_s, cluster.value(u"node_type_id"_s).toString());
            double nodeMs = 0;
            for (size_t i = 0; i < truth.size(); ++i) {
                if (!truth[i].up)
                    continue;
                const qint64 from = truth[i].timestamp;
                // Still up at the end of the history: billed up to the billing lag.
                const qint64 next = i + 1 < truth.size() ? truth[i + 1].timestamp : until;
                const qint64 to = std::min(next, until);
                if (to > from)
                    nodeMs += double(to - from) * (truth[i].current + 1);
            }
            const auto reply = execute(
                u"SELECT SUM(usage_quantity), COUNT(*), MAX(usage_end_time) FROM system.billing.usage WHERE "
                "usage_metadata.cluster_id = :id"_s,
                {param(u"id"_s, id)});
            QCOMPARE(state(reply.json), u"SUCCEEDED"_s);
            const QJsonArray row = rows(reply.json).value(0);
            const double billed = row.at(0).toString().toDouble();
            const double expected = nodeMs / double(kHour) * rate;
            QVERIFY2(std::abs(billed - expected) <= 1e-6 * std::max(1.0, expected),
                qPrintable(u"%1: billed %2 DBU, simulated %3"_s.arg(id).arg(billed).arg(expected)));
            QVERIFY(row.at(2).isNull()
                || row.at(2).toString() <= brickdesk::emulator::SqlDialect::timestampText(until));
        }
    }

    // Per minute, one worker row per worker the simulation had up.
    void nodeTimelineCountsTheSimulatedWorkers()
    {
        auto &emulator = m_fixture->emulator();
        const qint64 start = emulator.systemTables().nodeTimelineStart();
        for (const QString &id : emulator.clusterIds()) {
            const auto truth = emulator.simulatedWorkers(id);
            const auto reply = execute(u"SELECT start_time, COUNT(*) FROM system.compute.node_timeline WHERE "
                                       "cluster_id = :id AND driver = false GROUP BY start_time ORDER BY 1"_s,
                {param(u"id"_s, id)});
            QCOMPARE(state(reply.json), u"SUCCEEDED"_s);
            std::map<QString, int> counted;
            for (const QJsonArray &row : rows(reply.json))
                counted[row.at(0).toString()] = row.at(1).toString().toInt();
            size_t k = 0;
            int checked = 0;
            for (qint64 m = start; m < truth.back().timestamp; m += 60'000) {
                while (k + 1 < truth.size() && truth[k + 1].timestamp <= m)
                    ++k;
                if (truth[k].timestamp > m)
                    continue;
                const int expected = truth[k].up ? truth[k].current : 0;
                const auto it = counted.find(brickdesk::emulator::SqlDialect::timestampText(m));
                QCOMPARE(it == counted.end() ? 0 : it->second, expected);
                ++checked;
            }
            QVERIFY(checked > 0 || truth.back().timestamp < start);
        }
    }

    // Every finished job run on a job cluster is billed to its job and run: from the moment it
    // left the queue (its cluster starts) to its end, as runs/list and jobs/get report them,
    // driver + workers of the job's cluster at the node types' rates. Runs on all-purpose
    // clusters or warehouses carry no job rows.
    void jobRunUsageAgreesWithTheRuns()
    {
        const qint64 until = m_fixture->emulator().systemTables().billedUntil();
        QHash<qint64, QJsonObject> newCluster; // job -> its job cluster (none: absent)
        struct Expected
        {
            qint64 jobId;
            QString clusterId;
            double dbus;
        };
        std::map<QString, Expected> expected; // run id -> what it must be billed
        int runsSeen = 0;
        QString token;
        do {
            QUrlQuery query {{u"limit"_s, u"25"_s}};
            if (!token.isEmpty())
                query.addQueryItem(u"page_token"_s, token);
            const auto page = m_http->get(u"/api/2.1/jobs/runs/list"_s, query);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v : page.json.value(u"runs"_s).toArray()) {
                const QJsonObject run = v.toObject();
                const qint64 jobId = run.value(u"job_id"_s).toInteger();
                ++runsSeen;
                if (!newCluster.contains(jobId)) {
                    const auto job = m_http->get(
                        u"/api/2.1/jobs/get"_s, QUrlQuery {{u"job_id"_s, QString::number(jobId)}});
                    const QJsonArray clusters
                        = job.json.value(u"settings"_s).toObject().value(u"job_clusters"_s).toArray();
                    newCluster.insert(jobId, clusters.first().toObject().value(u"new_cluster"_s).toObject());
                }
                const QJsonObject spec = newCluster.value(jobId);
                const QString clusterId
                    = run.value(u"cluster_instance"_s).toObject().value(u"cluster_id"_s).toString();
                const qint64 end = run.value(u"end_time"_s).toInteger();
                if (spec.isEmpty() || clusterId.isEmpty())
                    continue;
                const qint64 from
                    = run.value(u"start_time"_s).toInteger() + run.value(u"queue_duration"_s).toInteger();
                const qint64 to = end == 0 ? until : std::min(end, until); // still running: billed so far
                if (to <= from)
                    continue;
                const int workers = spec.contains(u"autoscale"_s)
                    ? spec.value(u"autoscale"_s).toObject().value(u"min_workers"_s).toInt()
                    : spec.value(u"num_workers"_s).toInt();
                const double perHour
                    = SystemTables::dbusPerNodeHour(u"aws"_s, spec.value(u"driver_node_type_id"_s).toString())
                    + workers
                        * SystemTables::dbusPerNodeHour(u"aws"_s, spec.value(u"node_type_id"_s).toString());
                expected[QString::number(run.value(u"run_id"_s).toInteger())]
                    = {jobId, clusterId, double(to - from) / double(kHour) * perHour};
            }
            token = page.json.value(u"next_page_token"_s).toString();
        } while (!token.isEmpty());
        QVERIFY(runsSeen > 100);
        QVERIFY(expected.size() > 50);

        const auto reply = execute(
            u"SELECT usage_metadata.job_run_id, MAX(usage_metadata.job_id), "
            "MAX(usage_metadata.cluster_id), SUM(usage_quantity), COUNT(*), "
            "MAX(sku_name) FROM system.billing.usage WHERE usage_metadata.job_run_id "
            "IS NOT NULL AND usage_metadata.job_id IS NOT NULL GROUP BY usage_metadata.job_run_id"_s);
        QCOMPARE(state(reply.json), u"SUCCEEDED"_s);
        const QList<QJsonArray> billed = rows(reply.json);
        QCOMPARE(billed.size(), qsizetype(expected.size()));
        for (const QJsonArray &row : billed) {
            const auto it = expected.find(row.at(0).toString());
            QVERIFY2(it != expected.end(), qPrintable(row.at(0).toString()));
            QCOMPARE(row.at(1).toString(), QString::number(it->second.jobId));
            QCOMPARE(row.at(2).toString(), it->second.clusterId);
            QCOMPARE(row.at(5).toString(), u"PREMIUM_JOBS_COMPUTE"_s);
            const double dbus = row.at(3).toString().toDouble();
            QVERIFY2(std::abs(dbus - it->second.dbus) <= 1e-6 * std::max(1.0, it->second.dbus),
                qPrintable(
                    u"run %1: billed %2 DBU, expected %3"_s.arg(it->first).arg(dbus).arg(it->second.dbus)));
        }
    }

    // Idle nights, busy days; cluster 0 saturated while busy, cluster 2 never busy.
    void loadShapesTheUtilisation()
    {
        auto cpu = [this](const QString &id, const QString &aggregate) {
            const auto reply = execute(
                u"SELECT %1(cpu_user_percent + cpu_system_percent) FROM "
                "system.compute.node_timeline WHERE cluster_id = :id AND driver = false"_s.arg(aggregate),
                {param(u"id"_s, id)});
            return rows(reply.json).value(0).at(0).toString().toDouble();
        };
        const QStringList ids = m_fixture->emulator().clusterIds();
        QVERIFY2(cpu(ids.at(0), u"MAX"_s) > 90, "the under-provisioned cluster saturates");
        QVERIFY2(cpu(ids.at(0), u"MIN"_s) < 10, "and idles at night");
        QVERIFY2(cpu(ids.at(2), u"MAX"_s) < 25, "the over-provisioned cluster never gets busy");
        QVERIFY(cpu(ids.at(2), u"AVG"_s) < cpu(ids.at(0), u"AVG"_s));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorSql)
#include "tst_emulator_sql.moc"
