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
    const int hour = r.columnIndex(u"hour"_s);
    const int sku = r.columnIndex(u"sku"_s);
    const int dbus = r.columnIndex(u"dbus"_s);
    const int cost = r.columnIndex(u"cost"_s);
    const int currency = r.columnIndex(u"currency"_s);
    QVector<BilledUsageRow> out;
    out.reserve(r.rowCount());
    for (qsizetype i = 0; i < r.rowCount(); ++i)
        out.append({r.timestamp(i, hour).toMSecsSinceEpoch(), r.text(i, sku), r.number(i, dbus),
            r.number(i, cost), r.text(i, currency)});
    return out;
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
    const int minute = r.columnIndex(u"minute"_s);
    const int workers = r.columnIndex(u"workers"_s);
    const int cpu = r.columnIndex(u"cpu"_s);
    const int mem = r.columnIndex(u"mem"_s);
    QVector<UtilisationSample> out;
    out.reserve(r.rowCount());
    for (qsizetype i = 0; i < r.rowCount(); ++i)
        out.append({r.timestamp(i, minute).toMSecsSinceEpoch(), int(r.integer(i, workers)), r.number(i, cpu),
            r.number(i, mem)});
    return out;
}

StatementRequest CostQueries::fleetCost(const QString &warehouseId, qint64 fromMs, qint64 toMs)
{
    return request(warehouseId,
        u"SELECT u.usage_metadata.cluster_id AS cluster_id, SUM(u.usage_quantity) AS dbus, "
        "SUM(u.usage_quantity * p.pricing.default) AS cost, MAX(p.currency_code) AS currency "_s
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

QVector<FleetCostRow> CostQueries::fleetRows(const StatementResult &cost, const StatementResult &utilisation)
{
    QHash<QString, FleetCostRow> rows;
    const int id = cost.columnIndex(u"cluster_id"_s);
    const int dbus = cost.columnIndex(u"dbus"_s);
    const int amount = cost.columnIndex(u"cost"_s);
    const int currency = cost.columnIndex(u"currency"_s);
    for (qsizetype i = 0; i < cost.rowCount(); ++i) {
        FleetCostRow &row = rows[cost.text(i, id)];
        row.clusterId = cost.text(i, id);
        row.dbus = cost.number(i, dbus);
        row.cost = cost.number(i, amount);
        row.currency = cost.text(i, currency);
    }
    const int uid = utilisation.columnIndex(u"cluster_id"_s);
    const int minutes = utilisation.columnIndex(u"worker_minutes"_s);
    const int cpu = utilisation.columnIndex(u"avg_cpu"_s);
    const int idle = utilisation.columnIndex(u"idle_worker_minutes"_s);
    for (qsizetype i = 0; i < utilisation.rowCount(); ++i) {
        FleetCostRow &row = rows[utilisation.text(i, uid)];
        row.clusterId = utilisation.text(i, uid);
        row.workerMinutes = utilisation.integer(i, minutes);
        row.averageCpuPercent = utilisation.number(i, cpu);
        row.idleWorkerMinutes = utilisation.integer(i, idle);
    }
    QVector<FleetCostRow> out(rows.begin(), rows.end());
    std::sort(out.begin(), out.end(), [](const FleetCostRow &a, const FleetCostRow &b) {
        return a.cost != b.cost ? a.cost > b.cost : a.clusterId < b.clusterId;
    });
    return out;
}

} // namespace brickdesk
