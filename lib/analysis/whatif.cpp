#include "analysis/whatif.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace brickdesk {

namespace {

QString money(double value, const QString &currency)
{
    return QCoreApplication::translate("brickdesk::WhatIf", "%1 %2")
        .arg(QLocale().toString(value, 'f', value < 100 ? 2 : 0), currency);
}

} // namespace

WhatIfResult replayWhatIf(const QVector<ClusterMinute> &minutes, const WhatIfScenario &s)
{
    WhatIfResult r;
    r.waitMinutesEach = s.nodeStartMinutes;
    QVector<int> replayed(minutes.size(), -1); // -1: down in the replay
    for (qsizetype i = 0; i < minutes.size(); ++i) {
        const ClusterMinute &m = minutes.at(i);
        if (!m.up)
            continue;
        r.nodeHoursBefore += (m.workers + 1) / 60.0;
        int lo = s.minWorkers >= 0 ? s.minWorkers : m.minWorkers;
        int hi = s.maxWorkers >= 0 ? s.maxWorkers : m.maxWorkers;
        int w = m.workers;
        if (hi >= 0 && w > hi) {
            r.cappedWorkerHours += (w - hi) / 60.0;
            w = hi;
        }
        if (lo >= 0 && m.minWorkers >= 0 && lo < m.minWorkers && m.workers <= m.minWorkers
            && m.cpuPercent >= 0) {
            const double work = m.workers * m.cpuPercent / std::max(1.0, s.targetCpuPercent);
            w = std::min(w, int(std::ceil(work - 1e-9)));
        }
        if (lo >= 0)
            w = std::max(w, lo);
        if (hi >= 0)
            w = std::min(w, hi); // bounds given the wrong way round: the maximum wins
        replayed[i] = w;
        if (i > 0 && minutes.at(i - 1).up && m.workers > minutes.at(i - 1).workers
            && replayed[i - 1] < minutes.at(i - 1).workers && w > replayed[i - 1])
            ++r.delayedScaleUps;
    }

    // Auto-termination: move the end of each idle tail that ends with the cluster going down.
    const int current = s.currentAutoTerminationMinutes;
    if (s.autoTerminationMinutes >= 0 && current > 0 && s.autoTerminationMinutes != current) {
        for (qsizetype i = 0; i < minutes.size(); ++i) {
            const bool endsHere
                = minutes.at(i).up && (i + 1 == minutes.size() ? false : !minutes.at(i + 1).up);
            if (!endsHere)
                continue;
            qsizetype k = i;
            while (k >= 0 && minutes.at(k).up && minutes.at(k).cpuPercent >= 0
                && minutes.at(k).cpuPercent < s.idleCpuPercent)
                --k;
            const qsizetype tail = i - k;
            if (tail < current)
                continue; // not ended by inactivity as far as the data shows
            ++r.shortenedTerminations;
            if (s.autoTerminationMinutes < current) {
                for (qsizetype j = i - (current - s.autoTerminationMinutes) + 1; j <= i; ++j)
                    replayed[j] = -1;
            }
        }
    }
    for (qsizetype i = 0; i < minutes.size(); ++i) {
        if (replayed[i] >= 0)
            r.nodeHoursAfter += (replayed[i] + 1) / 60.0;
    }
    if (s.autoTerminationMinutes > current && current > 0) {
        // Longer delay: each inactivity termination keeps the last nodes up that much longer.
        for (qsizetype i = 0; i + 1 < minutes.size(); ++i) {
            if (minutes.at(i).up && !minutes.at(i + 1).up && replayed[i] >= 0)
                r.nodeHoursAfter += (replayed[i] + 1) * (s.autoTerminationMinutes - current) / 60.0;
        }
    }
    r.costBefore = r.nodeHoursBefore * s.costPerNodeHour;
    r.costAfter = r.nodeHoursAfter * s.costPerNodeHour;

    r.assumptions = {
        QCoreApplication::translate("brickdesk::WhatIf",
            "The load is replayed minute by minute: within the new bounds the cluster has the workers it "
            "had, "
            "capped at the new maximum and raised to the new minimum; where only the old minimum held "
            "workers "
            "up, it keeps those its work needed at %1% CPU.")
            .arg(s.targetCpuPercent),
        QCoreApplication::translate("brickdesk::WhatIf",
            "A scale-up to nodes the new minimum would not have kept waits %1 minutes for new nodes.")
            .arg(s.nodeStartMinutes),
        QCoreApplication::translate("brickdesk::WhatIf",
            "An idle stretch (CPU under %1%) ending with the cluster going down is taken as the current "
            "auto-termination delay; a new delay ends it that much earlier or later.")
            .arg(s.idleCpuPercent),
        QCoreApplication::translate("brickdesk::WhatIf", "Cost per node-hour (driver included): %1.")
            .arg(money(s.costPerNodeHour, s.currency)),
    };
    const QString verb = r.saving() >= 0 ? QCoreApplication::translate("brickdesk::WhatIf", "saved")
                                         : QCoreApplication::translate("brickdesk::WhatIf", "cost");
    r.summary = QCoreApplication::translate("brickdesk::WhatIf",
        "These settings would have %1 about %2 (%3%) over the window: %4 instead of %5 node-hours.")
                    .arg(verb, money(std::abs(r.saving()), s.currency))
                    .arg(qRound(std::abs(r.savingShare()) * 100))
                    .arg(QLocale().toString(r.nodeHoursAfter, 'f', 0),
                        QLocale().toString(r.nodeHoursBefore, 'f', 0));
    if (r.delayedScaleUps > 0)
        r.summary += u' '
            + QCoreApplication::translate("brickdesk::WhatIf",
                "Scale-ups that would have waited about %2 minutes each for new nodes: %1.")
                  .arg(r.delayedScaleUps)
                  .arg(s.nodeStartMinutes);
    if (r.cappedWorkerHours > 0)
        r.summary += u' '
            + QCoreApplication::translate("brickdesk::WhatIf",
                "The lower maximum would have refused %1 worker-hours of demand: that work would have run "
                "later.")
                  .arg(QLocale().toString(r.cappedWorkerHours, 'f', 1));
    return r;
}

} // namespace brickdesk
