#include "analysis/jobcost.h"

#include "analysis/billedcost.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
constexpr qint64 kDay = 24 * 3'600'000LL;
} // namespace

double JobCost::maxDayCost() const
{
    double most = 0;
    for (const DayCost &d : days)
        most = std::max(most, d.cost);
    return most;
}

JobCost summarizeJobCost(const QVector<JobRunUsageRow> &rows, qint64 fromMs, qint64 toMs)
{
    JobCost out;
    out.fromMs = fromMs;
    out.toMs = toMs;
    if (toMs <= fromMs)
        return out;
    const qint64 firstDay = fromMs / kDay * kDay;
    for (qint64 day = firstDay; day < toMs; day += kDay)
        out.days.append({day, 0, 0});
    QVector<QSet<qint64>> runsPerDay(out.days.size());
    for (const JobRunUsageRow &row : rows) {
        const qsizetype index = (row.dayStartMs - firstDay) / kDay;
        if (row.dayStartMs < firstDay || index >= out.days.size())
            continue;
        out.days[index].cost += row.cost;
        runsPerDay[index].insert(row.runId);
        RunCost &run = out.runs[row.runId];
        run.dbus += row.dbus;
        run.cost += row.cost;
        out.totalDbus += row.dbus;
        out.totalCost += row.cost;
        mergeCurrency(out.currency, row.currency);
    }
    for (qsizetype i = 0; i < out.days.size(); ++i)
        out.days[i].runs = int(runsPerDay.at(i).size());
    return out;
}

NodeRange jobClusterNodes(const QVector<JobCluster> &clusters)
{
    NodeRange nodes;
    for (const JobCluster &c : clusters) {
        const qint64 low = c.spec.autoscale ? c.spec.minWorkers : c.spec.numWorkers.value_or(0);
        const qint64 high = c.spec.autoscale ? c.spec.maxWorkers : c.spec.numWorkers.value_or(0);
        nodes.min += int(low) + 1;
        nodes.max += int(std::max(low, high)) + 1;
    }
    return nodes;
}

} // namespace brickdesk
