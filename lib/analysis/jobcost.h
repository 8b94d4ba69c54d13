#pragma once

#include "domain/jobsettings.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace brickdesk {

// One row of a job's billed usage: what system.billing.usage x system.billing.list_prices
// gives for one run of the job on one UTC day (a run across midnight has two rows).
struct JobRunUsageRow
{
    qint64 runId = 0;
    qint64 dayStartMs = 0;
    double dbus = 0;
    double cost = 0;
    QString currency;
};

struct RunCost
{
    double dbus = 0;
    double cost = 0;
};

struct DayCost
{
    qint64 dayStartMs = 0;
    double cost = 0;
    int runs = 0; // runs with usage that day
};

// A job's billed cost in a window: per run, per UTC day (every day of the window, zero where
// nothing was billed) and in total.
struct JobCost
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QHash<qint64, RunCost> runs;
    QVector<DayCost> days; // ascending, one per UTC day the window touches
    double totalDbus = 0;
    double totalCost = 0;
    QString currency; // "" when nothing was billed; "mixed" if rows disagree
    double maxDayCost() const;
};

// Pure: rows outside the window's days are ignored.
JobCost summarizeJobCost(const QVector<JobRunUsageRow> &rows, qint64 fromMs, qint64 toMs);

// Nodes (driver + workers) a run holds: its job's clusters together, an autoscaling one from
// its minimum to its maximum. Invalid for a job without job clusters (all-purpose clusters
// and warehouses are shared: a run's share of them is not known).
struct NodeRange
{
    int min = 0;
    int max = 0;
    bool isValid() const { return max > 0; }
};
NodeRange jobClusterNodes(const QVector<JobCluster> &clusters);

// The billed cost of one job in a window, for a list of the most expensive jobs.
struct JobCostRow
{
    qint64 jobId = 0;
    QString name; // filled from the Jobs API; "" when the job is gone
    double dbus = 0;
    double cost = 0;
    QString currency;
    int runs = 0; // runs with billed usage in the window
    double costPerRun() const { return runs > 0 ? cost / runs : 0; }
};

} // namespace brickdesk
