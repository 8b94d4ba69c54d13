#pragma once

#include "analysis/clusterminutes.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace brickdesk {

// Other settings to replay a cluster's window with; -1 keeps what the cluster had.
struct WhatIfScenario
{
    int minWorkers = -1;
    int maxWorkers = -1;
    int autoTerminationMinutes = -1;
    int currentAutoTerminationMinutes = 0; // what the cluster has (0: never terminates)
    int nodeStartMinutes = 4; // how long a new node takes to join
    double idleCpuPercent = 10;
    // Workers held up only by the old minimum run the work they had (workers x CPU) at this CPU.
    double targetCpuPercent = 60;
    double costPerNodeHour = 0; // billed cost / billed node-hours, or the estimate's rate
    QString currency;
};

struct WhatIfResult
{
    double nodeHoursBefore = 0; // driver included while up
    double nodeHoursAfter = 0;
    double costBefore = 0;
    double costAfter = 0;
    int delayedScaleUps = 0; // scale-ups that would have waited for new nodes
    int waitMinutesEach = 0;
    double cappedWorkerHours = 0; // worker-hours the lower maximum would have refused
    int shortenedTerminations = 0;
    QStringList assumptions; // in words, translated
    QString summary; // one sentence, translated
    double saving() const { return costBefore - costAfter; }
    double savingShare() const { return costBefore > 0 ? saving() / costBefore : 0; }
};

// Pure. The replay, minute by minute over the cluster's minutes (ascending):
//  - within the new bounds the cluster has the workers it had, capped at the new maximum
//    (the rest of the demand waits: cappedWorkerHours) and raised to the new minimum; where it
//    sat at its old minimum and the new one is lower, it has the workers its work needed:
//    workers x CPU / targetCpuPercent (rounded up), when the CPU is known;
//  - a rise in workers the new bounds had not kept up waits nodeStartMinutes for new nodes
//    (counted in delayedScaleUps; the node-hours do not change for it);
//  - an idle stretch (CPU under idleCpuPercent) that ends with the cluster going down is taken
//    as the current auto-termination delay; the new delay ends it that much earlier (or later);
//  - cost = node-hours x costPerNodeHour.
WhatIfResult replayWhatIf(const QVector<ClusterMinute> &minutes, const WhatIfScenario &scenario);

} // namespace brickdesk
