#pragma once

#include "analysis/clusterminutes.h"

#include <QString>
#include <QVector>

namespace brickdesk {

// Nodes a cluster lost at once (NODES_LOST: spot preemption, unreachable instances).
struct LostNodes
{
    qint64 atMs = 0;
    int nodes = 0;
};

struct CostFinding
{
    enum class Kind { ScaleUpWhileIdle, UnderSized, SlowScaleDown, LongAutoTermination, LostNodes };
    Kind kind;
    qint64 atMs = 0; // the first (or longest) occurrence
    int count = 0; // occurrences
    double amount = 0; // Kind-specific: minutes, worker-hours or node-hours (see findCostIssues)
    QString text; // one sentence, translated
};

struct FindingThresholds
{
    double idleCpuPercent = 10; // idle capacity
    double lowCpuPercent = 30; // a scale-up "while utilisation was low"
    double busyCpuPercent = 80; // at the maximum "while busy"
    int minStretchMinutes = 30; // under-sized / slow scale-down stretches shorter than this are noise
    int idleBeforeEndMinutes = 15; // an idle tail this long before a termination counts
};

// Pure: findings in words from a cluster's minutes (ascending) and its lost nodes.
//  ScaleUpWhileIdle: rises of the worker count (one per 10 minutes) after 10 minutes with CPU
//    under lowCpuPercent; amount = workers added.
//  UnderSized: stretches of minStretchMinutes or more at the autoscale maximum with CPU at or
//    above busyCpuPercent; amount = minutes in total.
//  SlowScaleDown: stretches of minStretchMinutes or more with CPU under idleCpuPercent and more
//    workers than the minimum; amount = worker-hours above the minimum.
//  LongAutoTermination: idle tails of idleBeforeEndMinutes or more before the cluster went
//    down; amount = node-hours (driver included) in those tails.
//  LostNodes: amount = minutes with fewer workers than before the loss, until replaced.
QVector<CostFinding> findCostIssues(const QVector<ClusterMinute> &minutes, const QVector<LostNodes> &lost,
    const FindingThresholds &thresholds = {});

} // namespace brickdesk
