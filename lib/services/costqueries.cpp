#include "services/costqueries.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Usage priced by the list price whose window holds the usage time (guide §3).
const QString kPricedUsage
    = u"FROM system.billing.usage u "
      "JOIN system.billing.list_prices p ON u.sku_name = p.sku_name AND u.cloud = p.cloud "
      "AND u.usage_unit = p.usage_unit AND u.usage_start_time >= p.price_start_time "
      "AND (p.price_end_time IS NULL OR u.usage_start_time < p.price_end_time) "_s;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

StatementRequest request(
    const QString &warehouseId, const QString &sql, const QList<StatementParameter> &params)
{
    StatementRequest r;
    r.warehouseId = warehouseId;
    r.statement = sql;
    r.parameters = params;
    r.waitSeconds = 30;
    return r;
}

// A result's current row, read by column name in the type the caller asks for (each name is
// looked up once per result).
class NamedRow final
{
public:
    explicit NamedRow(const StatementResult &result)
        : m_result(result)
    { }

    void moveTo(qsizetype row) { m_row = row; }
    QString text(const QString &column) const { return m_result.text(m_row, index(column)); }
    double number(const QString &column) const { return m_result.number(m_row, index(column)); }
    qint64 integer(const QString &column) const { return m_result.integer(m_row, index(column)); }
    qint64 timeMs(const QString &column) const
    {
        return m_result.timestamp(m_row, index(column)).toMSecsSinceEpoch();
    }

private:
    int index(const QString &column) const
    {
        auto it = m_columns.constFind(column);
        if (it == m_columns.constEnd())
            it = m_columns.insert(column, m_result.columnIndex(column));
        return *it;
    }

    const StatementResult &m_result;
    qsizetype m_row = 0;
    mutable QHash<QString, int> m_columns;
};

template<typename Fn>
void forEachRow(const StatementResult &result, Fn fn)
{
    NamedRow row(result);
    for (qsizetype i = 0; i < result.rowCount(); ++i) {
        row.moveTo(i);
        fn(std::as_const(row));
    }
}

// Every row of `result` as read(row) makes it.
template<typename T, typename Read>
QVector<T> readRows(const StatementResult &result, Read read)
{
    QVector<T> out;
    out.reserve(result.rowCount());
    forEachRow(result, [&](const NamedRow &row) { out.append(read(row)); });
    return out;
}

} // namespace

StatementRequest CostQueries::billedCostPerHour(
    const QString &warehouseId, const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    return request(warehouseId,
        u"SELECT date_trunc('HOUR', u.usage_start_time) AS hour, u.sku_name AS sku, "
        "SUM(u.usage_quantity) AS dbus, SUM(u.usage_quantity * p.pricing.default) AS cost, "
        "p.currency_code AS currency "_s
            + kPricedUsage
            + u"WHERE u.usage_metadata.cluster_id = :cluster_id AND u.usage_start_time >= :window_start "
              "AND u.usage_start_time < :window_end "
              "GROUP BY date_trunc('HOUR', u.usage_start_time), u.sku_name, p.currency_code ORDER BY hour"_s,
        {StatementParameter::string(u"cluster_id"_s, clusterId),
            StatementParameter::timestamp(u"window_start"_s, utc(fromMs)),
            StatementParameter::timestamp(u"window_end"_s, utc(toMs))});
}

QVector<BilledUsageRow> CostQueries::billedRows(const StatementResult &r)
{
    return readRows<BilledUsageRow>(r, [](const NamedRow &row) {
        return BilledUsageRow {row.timeMs(u"hour"_s), row.text(u"sku"_s), row.number(u"dbus"_s),
            row.number(u"cost"_s), row.text(u"currency"_s)};
    });
}

StatementRequest CostQueries::utilisationPerMinute(
    const QString &warehouseId, const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    return request(warehouseId,
        u"SELECT start_time AS minute, COUNT(*) AS workers, AVG(cpu_user_percent + cpu_system_percent) AS "
        u"cpu, "
        "AVG(mem_used_percent) AS mem FROM system.compute.node_timeline WHERE cluster_id = :cluster_id "
        "AND driver = false AND start_time >= :window_start AND start_time < :window_end "
        "GROUP BY start_time ORDER BY start_time"_s,
        {StatementParameter::string(u"cluster_id"_s, clusterId),
            StatementParameter::timestamp(u"window_start"_s, utc(fromMs)),
            StatementParameter::timestamp(u"window_end"_s, utc(toMs))});
}

QVector<UtilisationSample> CostQueries::utilisationSamples(const StatementResult &r)
{
    return readRows<UtilisationSample>(r, [](const NamedRow &row) {
        return UtilisationSample {row.timeMs(u"minute"_s), int(row.integer(u"workers"_s)),
            row.number(u"cpu"_s), row.number(u"mem"_s)};
    });
}

StatementRequest CostQueries::fleetCost(const QString &warehouseId, qint64 fromMs, qint64 toMs)
{
    return request(warehouseId,
        u"SELECT u.usage_metadata.cluster_id AS cluster_id, SUM(u.usage_quantity) AS dbus, "
        "SUM(u.usage_quantity * p.pricing.default) AS cost, MAX(p.currency_code) AS currency, "
        "MAX(u.usage_metadata.job_id) AS job_id "_s
            + kPricedUsage
            + u"WHERE u.usage_metadata.cluster_id IS NOT NULL AND u.usage_start_time >= :window_start "
              "AND u.usage_start_time < :window_end GROUP BY u.usage_metadata.cluster_id"_s,
        {StatementParameter::timestamp(u"window_start"_s, utc(fromMs)),
            StatementParameter::timestamp(u"window_end"_s, utc(toMs))});
}

StatementRequest CostQueries::fleetUtilisation(
    const QString &warehouseId, qint64 fromMs, qint64 toMs, double idleCpuPercent)
{
    return request(warehouseId,
        u"WITH per_minute AS (SELECT cluster_id, start_time, COUNT(*) AS workers, "
        "AVG(cpu_user_percent + cpu_system_percent) AS cpu FROM system.compute.node_timeline "
        "WHERE driver = false AND start_time >= :window_start AND start_time < :window_end "
        "GROUP BY cluster_id, start_time) "
        "SELECT cluster_id, SUM(workers) AS worker_minutes, SUM(workers * cpu) / SUM(workers) AS avg_cpu, "
        "SUM(CASE WHEN cpu < :idle_cpu THEN workers ELSE 0 END) AS idle_worker_minutes "
        "FROM per_minute GROUP BY cluster_id"_s,
        {StatementParameter::timestamp(u"window_start"_s, utc(fromMs)),
            StatementParameter::timestamp(u"window_end"_s, utc(toMs)),
            StatementParameter::real(u"idle_cpu"_s, idleCpuPercent)});
}

StatementRequest CostQueries::jobRunCost(const QString &warehouseId, qint64 jobId, qint64 fromMs, qint64 toMs)
{
    return request(warehouseId,
        u"SELECT u.usage_metadata.job_run_id AS run_id, date_trunc('DAY', u.usage_start_time) AS day, "
        "SUM(u.usage_quantity) AS dbus, SUM(u.usage_quantity * p.pricing.default) AS cost, "
        "MAX(p.currency_code) AS currency "_s
            + kPricedUsage
            + u"WHERE u.usage_metadata.job_id = :job_id AND u.usage_start_time >= :window_start "
              "AND u.usage_start_time < :window_end "
              "GROUP BY u.usage_metadata.job_run_id, date_trunc('DAY', u.usage_start_time) ORDER BY day, run_id"_s,
        {StatementParameter::string(u"job_id"_s, QString::number(jobId)),
            StatementParameter::timestamp(u"window_start"_s, utc(fromMs)),
            StatementParameter::timestamp(u"window_end"_s, utc(toMs))});
}

QVector<JobRunUsageRow> CostQueries::jobRunUsageRows(const StatementResult &r)
{
    return readRows<JobRunUsageRow>(r, [](const NamedRow &row) {
        return JobRunUsageRow {row.text(u"run_id"_s).toLongLong(), row.timeMs(u"day"_s),
            row.number(u"dbus"_s), row.number(u"cost"_s), row.text(u"currency"_s)};
    });
}

StatementRequest CostQueries::mostExpensiveJobs(
    const QString &warehouseId, qint64 fromMs, qint64 toMs, int limit)
{
    return request(warehouseId,
        u"SELECT u.usage_metadata.job_id AS job_id, SUM(u.usage_quantity) AS dbus, "
        "SUM(u.usage_quantity * p.pricing.default) AS cost, MAX(p.currency_code) AS currency, "
        "COUNT(DISTINCT u.usage_metadata.job_run_id) AS runs "_s
            + kPricedUsage
            + u"WHERE u.usage_metadata.job_id IS NOT NULL AND u.usage_start_time >= :window_start "
              "AND u.usage_start_time < :window_end GROUP BY u.usage_metadata.job_id "
              "ORDER BY cost DESC, job_id LIMIT :row_limit"_s,
        {StatementParameter::timestamp(u"window_start"_s, utc(fromMs)),
            StatementParameter::timestamp(u"window_end"_s, utc(toMs)),
            StatementParameter::integer(u"row_limit"_s, limit)});
}

QVector<JobCostRow> CostQueries::jobCostRows(const StatementResult &r)
{
    return readRows<JobCostRow>(r, [](const NamedRow &row) {
        JobCostRow job;
        job.jobId = row.text(u"job_id"_s).toLongLong();
        job.dbus = row.number(u"dbus"_s);
        job.cost = row.number(u"cost"_s);
        job.currency = row.text(u"currency"_s);
        job.runs = int(row.integer(u"runs"_s));
        return job;
    });
}

QVector<FleetCostRow> CostQueries::fleetRows(const StatementResult &cost, const StatementResult &utilisation)
{
    QHash<QString, FleetCostRow> rows;
    const auto rowOf = [&rows](const NamedRow &row) -> FleetCostRow & {
        const QString clusterId = row.text(u"cluster_id"_s);
        FleetCostRow &fleet = rows[clusterId];
        fleet.clusterId = clusterId;
        return fleet;
    };
    forEachRow(cost, [&rowOf](const NamedRow &row) {
        FleetCostRow &fleet = rowOf(row);
        fleet.dbus = row.number(u"dbus"_s);
        fleet.cost = row.number(u"cost"_s);
        fleet.currency = row.text(u"currency"_s);
        fleet.jobId = row.text(u"job_id"_s).toLongLong();
    });
    forEachRow(utilisation, [&rowOf](const NamedRow &row) {
        FleetCostRow &fleet = rowOf(row);
        fleet.workerMinutes = row.integer(u"worker_minutes"_s);
        fleet.averageCpuPercent = row.number(u"avg_cpu"_s);
        fleet.idleWorkerMinutes = row.integer(u"idle_worker_minutes"_s);
    });
    QVector<FleetCostRow> out(rows.begin(), rows.end());
    std::sort(out.begin(), out.end(), [](const FleetCostRow &a, const FleetCostRow &b) {
        return a.cost != b.cost ? a.cost > b.cost : a.clusterId < b.clusterId;
    });
    return out;
}

} // namespace brickdesk
