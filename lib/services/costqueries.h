#pragma once

#include "analysis/billedcost.h"
#include "analysis/jobcost.h"
#include "analysis/utilisation.h"
#include "api/statementexecutionapi.h"

#include <QString>
#include <QVector>

namespace brickdesk {

// Billed cost and utilisation of the whole fleet in a window, one row per cluster.
struct FleetCostRow
{
    QString clusterId;
    double dbus = 0;
    double cost = 0;
    QString currency;
    qint64 workerMinutes = 0;
    qint64 idleWorkerMinutes = 0;
    double averageCpuPercent = -1; // -1: no node timeline rows in the window
    qint64 jobId = 0; // a job's cluster (usage_metadata.job_id), 0 for all-purpose clusters
    double idleShare() const { return workerMinutes ? double(idleWorkerMinutes) / double(workerMinutes) : 0; }
    // Idle capacity priced at the cluster's average cost per worker-minute.
    double idleCost() const { return cost * idleShare(); }
};

// The SQL Brickdesk sends to a warehouse, every value a named parameter, and the mapping of
// the rows into analysis values. Timestamps go as TIMESTAMP parameters in UTC.
class CostQueries final
{
public:
    // Per hour and SKU: DBUs and DBUs x the list price valid at the usage time.
    static StatementRequest billedCostPerHour(
        const QString &warehouseId, const QString &clusterId, qint64 fromMs, qint64 toMs);
    static QVector<BilledUsageRow> billedRows(const StatementResult &result);

    // Per minute: workers up (drivers left out), their average CPU (user + system) and memory.
    static StatementRequest utilisationPerMinute(
        const QString &warehouseId, const QString &clusterId, qint64 fromMs, qint64 toMs);
    static QVector<UtilisationSample> utilisationSamples(const StatementResult &result);

    // Per cluster: billed DBUs and cost; worker-minutes, average CPU and idle worker-minutes
    // (minutes whose workers' average CPU was under idleCpuPercent).
    static StatementRequest fleetCost(const QString &warehouseId, qint64 fromMs, qint64 toMs);
    static StatementRequest fleetUtilisation(
        const QString &warehouseId, qint64 fromMs, qint64 toMs, double idleCpuPercent);
    static QVector<FleetCostRow> fleetRows(const StatementResult &cost, const StatementResult &utilisation);

    // One job's billed usage (usage_metadata.job_id) per run (job_run_id) and UTC day. Only
    // jobs compute and serverless carry a job id; a run on an all-purpose cluster has none.
    static StatementRequest jobRunCost(const QString &warehouseId, qint64 jobId, qint64 fromMs, qint64 toMs);
    static QVector<JobRunUsageRow> jobRunUsageRows(const StatementResult &result);

    // The `limit` jobs billed the most in the window, most first, with their runs counted.
    static StatementRequest mostExpensiveJobs(
        const QString &warehouseId, qint64 fromMs, qint64 toMs, int limit);
    static QVector<JobCostRow> jobCostRows(const StatementResult &result);
};

} // namespace brickdesk
