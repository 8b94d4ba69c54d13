// Every query Brickdesk sends for cost and utilisation, run through the statement client on
// the emulator's warehouse, against values computed here in C++ from the seeded rows as they
// are stored (read without any translation).
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "emulator/sqldialect.h"
#include "emulator/systemtables.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "services/costqueries.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using brickdesk::emulator::EmulatorOptions;
using brickdesk::emulator::SqlDialect;
using brickdesk::test::EmulatorFixture;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

qint64 ms(const QString &timestamp)
{
    return QDateTime::fromString(timestamp, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

struct Price
{
    QString sku, cloud, unit, currency;
    qint64 from = 0;
    qint64 to = 0; // 0: open
    double price = 0;
};

struct Usage
{
    QString cluster, sku, cloud, unit;
    qint64 start = 0;
    double quantity = 0;
    qint64 jobId = 0; // 0: not a job's usage
    qint64 runId = 0;
};

struct Node
{
    QString cluster;
    qint64 start = 0;
    bool driver = false;
    double cpu = 0;
    double mem = 0;
};

} // namespace

class TestCostQueries final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    QString m_warehouse;
    QVector<Price> m_prices;
    QVector<Usage> m_usage;
    QVector<Node> m_nodes;
    qint64 m_from = 0;
    qint64 m_to = 0;

    StatementResult run(const StatementRequest &request)
    {
        StatementExecutionApi api(m_connection.get());
        std::optional<ApiResult<StatementResult>> result;
        api.execute(request).then(this, [&result](const ApiResult<StatementResult> &r) { result = r; });
        if (!brickdesk::test::waitFor([&] { return result.has_value(); }, 20000))
            qFatal("statement did not complete");
        if (!result->ok())
            qFatal("%s", qPrintable(result->error().toString()));
        return result->value();
    }

    // The list price of a usage row, found by hand.
    double priceOf(const Usage &u, QString *currency) const
    {
        for (const Price &p : m_prices) {
            if (p.sku == u.sku && p.cloud == u.cloud && p.unit == u.unit && u.start >= p.from
                && (p.to == 0 || u.start < p.to)) {
                *currency = p.currency;
                return p.price;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        EmulatorOptions o = EmulatorFixture::smallOptions();
        o.eventsPerCluster = 0;
        o.nodeTimelineDays = 2;
        o.statementChunkRows = 500;
        o.statementMs = 50; // one statement per job below
        m_fixture = std::make_unique<EmulatorFixture>(o);
        m_connection = std::make_unique<Connection>(
            m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        m_warehouse = m_fixture->emulator().sqlWarehouseIds().first();

        auto &tables = m_fixture->emulator().systemTables();
        QString error;
        QVERIFY2(tables.ensure(SqlDialect::systemTables(), &error), qPrintable(error));
        QSqlQuery q(tables.database());
        QVERIFY(
            q.exec(u"SELECT sku_name, cloud, usage_unit, currency_code, price_start_time, price_end_time, "
                   "pricing__default FROM system__billing__list_prices"_s));
        while (q.next())
            m_prices.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), ms(q.value(4).toString()),
                q.value(5).isNull() ? 0 : ms(q.value(5).toString()), q.value(6).toDouble()});
        QVERIFY(q.exec(
            u"SELECT usage_metadata__cluster_id, sku_name, cloud, usage_unit, usage_start_time, "
            "usage_quantity, usage_metadata__job_id, usage_metadata__job_run_id FROM system__billing__usage"_s));
        while (q.next())
            m_usage.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), ms(q.value(4).toString()), q.value(5).toDouble(),
                q.value(6).toString().toLongLong(), q.value(7).toString().toLongLong()});
        QVERIFY(q.exec(u"SELECT cluster_id, start_time, driver, cpu_user_percent + cpu_system_percent, "
                       "mem_used_percent FROM system__compute__node_timeline"_s));
        while (q.next())
            m_nodes.append({q.value(0).toString(), ms(q.value(1).toString()), q.value(2).toInt() != 0,
                q.value(3).toDouble(), q.value(4).toDouble()});
        QVERIFY(m_prices.size() == 4 && m_usage.size() > 100 && m_nodes.size() > 1000);
        // A window across the price change, ending inside the last day of node rows.
        m_to = tables.billedUntil() - 5 * kHour;
        m_from = tables.priceChangeAt() - 3 * kDay;
    }

    void billedCostPerHourMatchesTheRows()
    {
        for (const QString &cluster : m_fixture->emulator().clusterIds()) {
            const auto rows = CostQueries::billedRows(
                run(CostQueries::billedCostPerHour(m_warehouse, cluster, m_from, m_to)));
            std::map<qint64, std::pair<double, double>> expected; // hour -> dbus, cost
            for (const Usage &u : m_usage) {
                if (u.cluster != cluster || u.start < m_from || u.start >= m_to)
                    continue;
                QString currency;
                const double price = priceOf(u, &currency);
                QVERIFY(price > 0);
                expected[u.start / kHour * kHour].first += u.quantity;
                expected[u.start / kHour * kHour].second += u.quantity * price;
            }
            QCOMPARE(qsizetype(rows.size()), qsizetype(expected.size()));
            auto it = expected.begin();
            for (const BilledUsageRow &row : rows) {
                QCOMPARE(row.hourStartMs, it->first);
                QVERIFY(qAbs(row.dbus - it->second.first) < 1e-9);
                QVERIFY(qAbs(row.cost - it->second.second) < 1e-9);
                QCOMPARE(row.currency, u"USD"_s);
                ++it;
            }
            const BilledCost total = summarizeBilledCost(rows, m_from, m_to);
            double dbus = 0;
            for (const auto &[hour, v] : expected)
                dbus += v.first;
            QVERIFY(qAbs(total.totalDbus - dbus) < 1e-6);
        }
    }

    void theWindowSpansThePriceChange()
    {
        // The first cluster runs all the time: both prices apply inside the window.
        const QString cluster = m_fixture->emulator().clusterIds().first();
        const auto rows = CostQueries::billedRows(
            run(CostQueries::billedCostPerHour(m_warehouse, cluster, m_from, m_to)));
        QSet<qint64> ratios;
        for (const BilledUsageRow &row : rows)
            ratios.insert(qRound64(row.cost / row.dbus * 100));
        QCOMPARE(ratios, (QSet<qint64> {55, 65}));
    }

    void utilisationPerMinuteMatchesTheRows()
    {
        for (const QString &cluster : m_fixture->emulator().clusterIds()) {
            const auto samples = CostQueries::utilisationSamples(
                run(CostQueries::utilisationPerMinute(m_warehouse, cluster, m_from, m_to)));
            std::map<qint64, std::tuple<int, double, double>> expected;
            for (const Node &n : m_nodes) {
                if (n.cluster != cluster || n.driver || n.start < m_from || n.start >= m_to)
                    continue;
                auto &[workers, cpu, mem] = expected[n.start];
                ++workers;
                cpu += n.cpu;
                mem += n.mem;
            }
            QCOMPARE(qsizetype(samples.size()), qsizetype(expected.size()));
            auto it = expected.begin();
            for (const UtilisationSample &s : samples) {
                const auto &[workers, cpu, mem] = it->second;
                QCOMPARE(s.minuteMs, it->first);
                QCOMPARE(s.workers, workers);
                QVERIFY(qAbs(s.cpuPercent - cpu / workers) < 1e-9);
                QVERIFY(qAbs(s.memPercent - mem / workers) < 1e-9);
                ++it;
            }
        }
    }

    void fleetRowsMatchTheRows()
    {
        const double idle = 10;
        const auto rows = CostQueries::fleetRows(run(CostQueries::fleetCost(m_warehouse, m_from, m_to)),
            run(CostQueries::fleetUtilisation(m_warehouse, m_from, m_to, idle)));
        // Every cluster billed or with node rows in the window: the seeded clusters and the job
        // clusters of the runs.
        QSet<QString> clusters;
        for (const Usage &u : m_usage) {
            if (u.start >= m_from && u.start < m_to)
                clusters.insert(u.cluster);
        }
        for (const Node &n : m_nodes) {
            if (!n.driver && n.start >= m_from && n.start < m_to)
                clusters.insert(n.cluster);
        }
        QCOMPARE(rows.size(), clusters.size());
        QVERIFY(clusters.size() > m_fixture->emulator().clusterIds().size());
        for (const FleetCostRow &row : rows) {
            double cost = 0;
            for (const Usage &u : m_usage) {
                QString currency;
                if (u.cluster == row.clusterId && u.start >= m_from && u.start < m_to)
                    cost += u.quantity * priceOf(u, &currency);
            }
            QVERIFY2(qAbs(row.cost - cost) < 1e-6, qPrintable(row.clusterId));
            std::map<qint64, std::pair<int, double>> minutes;
            for (const Node &n : m_nodes) {
                if (n.cluster == row.clusterId && !n.driver && n.start >= m_from && n.start < m_to) {
                    ++minutes[n.start].first;
                    minutes[n.start].second += n.cpu;
                }
            }
            qint64 workerMinutes = 0;
            qint64 idleMinutes = 0;
            for (const auto &[m, v] : minutes) {
                workerMinutes += v.first;
                if (v.second / v.first < idle)
                    idleMinutes += v.first;
            }
            QCOMPARE(row.workerMinutes, workerMinutes);
            QCOMPARE(row.idleWorkerMinutes, idleMinutes);
        }
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).cost >= rows.at(i).cost);
    }

    // Per job: each run's billed DBUs and cost per UTC day, summed here from the usage rows of
    // that job and priced by hand.
    void jobRunCostMatchesTheRows()
    {
        QSet<qint64> jobs;
        for (const Usage &u : m_usage) {
            if (u.jobId != 0 && u.start >= m_from && u.start < m_to)
                jobs.insert(u.jobId);
        }
        QVERIFY(jobs.size() > 10);
        int runsChecked = 0;
        for (const qint64 jobId : std::as_const(jobs)) {
            const auto rows = CostQueries::jobRunUsageRows(
                run(CostQueries::jobRunCost(m_warehouse, jobId, m_from, m_to)));
            std::map<std::pair<qint64, qint64>, std::pair<double, double>>
                expected; // (day, run) -> dbus, cost
            for (const Usage &u : m_usage) {
                if (u.jobId != jobId || u.start < m_from || u.start >= m_to)
                    continue;
                QString currency;
                const double price = priceOf(u, &currency);
                QVERIFY(price > 0);
                auto &[dbus, cost] = expected[{u.start / kDay * kDay, u.runId}];
                dbus += u.quantity;
                cost += u.quantity * price;
            }
            QCOMPARE(qsizetype(rows.size()), qsizetype(expected.size()));
            for (const JobRunUsageRow &row : rows) {
                const auto it = expected.find({row.dayStartMs, row.runId});
                QVERIFY2(it != expected.end(), qPrintable(QString::number(row.runId)));
                QVERIFY(qAbs(row.dbus - it->second.first) < 1e-9);
                QVERIFY(qAbs(row.cost - it->second.second) < 1e-9);
                QCOMPARE(row.currency, u"USD"_s);
            }
            const JobCost total = summarizeJobCost(rows, m_from, m_to);
            QSet<qint64> runs;
            double cost = 0;
            for (const auto &[dayRun, v] : expected) {
                runs.insert(dayRun.second);
                cost += v.second;
            }
            QCOMPARE(qsizetype(total.runs.size()), runs.size());
            QVERIFY(qAbs(total.totalCost - cost) < 1e-6);
            runsChecked += int(runs.size());
        }
        QVERIFY(runsChecked > 50);
    }

    void mostExpensiveJobsMatchTheRows()
    {
        struct Total
        {
            double dbus = 0;
            double cost = 0;
            QSet<qint64> runs;
        };
        std::map<qint64, Total> totals;
        for (const Usage &u : m_usage) {
            if (u.jobId == 0 || u.start < m_from || u.start >= m_to)
                continue;
            QString currency;
            Total &t = totals[u.jobId];
            t.dbus += u.quantity;
            t.cost += u.quantity * priceOf(u, &currency);
            t.runs.insert(u.runId);
        }
        std::vector<std::pair<qint64, Total>> ranked(totals.begin(), totals.end());
        std::sort(ranked.begin(), ranked.end(),
            [](const auto &a, const auto &b) { return a.second.cost > b.second.cost; });
        const int limit = 7;
        const auto rows
            = CostQueries::jobCostRows(run(CostQueries::mostExpensiveJobs(m_warehouse, m_from, m_to, limit)));
        QCOMPARE(rows.size(), limit);
        for (int i = 0; i < limit; ++i) {
            QCOMPARE(rows.at(i).jobId, ranked.at(size_t(i)).first);
            QVERIFY(qAbs(rows.at(i).cost - ranked.at(size_t(i)).second.cost) < 1e-6);
            QVERIFY(qAbs(rows.at(i).dbus - ranked.at(size_t(i)).second.dbus) < 1e-6);
            QCOMPARE(rows.at(i).runs, int(ranked.at(size_t(i)).second.runs.size()));
            QCOMPARE(rows.at(i).currency, u"USD"_s);
        }
        const auto all = CostQueries::jobCostRows(
            run(CostQueries::mostExpensiveJobs(m_warehouse, m_from, m_to, 100000)));
        QCOMPARE(all.size(), qsizetype(ranked.size()));
    }
};

QTEST_GUILESS_MAIN(TestCostQueries)
#include "tst_cost_queries.moc"
