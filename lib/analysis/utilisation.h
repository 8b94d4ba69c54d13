#pragma once

#include "analysis/steppoint.h"

#include <QVector>

namespace brickdesk {

// The workers of a cluster in one minute, as system.compute.node_timeline gives them
// (drivers left out): how many were up and their average CPU (user + system) and memory.
struct UtilisationSample
{
    qint64 minuteMs = 0;
    int workers = 0;
    double cpuPercent = 0;
    double memPercent = 0;
};

// Idle capacity: worker-minutes in minutes where the workers' average CPU stayed under the
// threshold (one number per minute: the node timeline is read per cluster and minute, so the
// threshold can change without a new query).
struct UtilisationSummary
{
    double idleThresholdPercent = 10;
    qint64 workerMinutes = 0;
    qint64 idleWorkerMinutes = 0;
    double averageCpuPercent = 0; // weighted by workers
    double averageMemPercent = 0;
    QVector<TimeInterval> idleStretches; // consecutive idle minutes with workers up
    double idleShare() const { return workerMinutes ? double(idleWorkerMinutes) / double(workerMinutes) : 0; }
};

// Pure; samples in any order, one per minute (duplicates are summed into one minute's workers).
UtilisationSummary summarizeUtilisation(
    const QVector<UtilisationSample> &samples, double idleThresholdPercent = 10);

} // namespace brickdesk
