// Billed cost, utilisation, findings and the what-if replay on hand-made timelines whose
// answers are worked out by hand in the comments.
#include "analysis/billedcost.h"
#include "analysis/costfindings.h"
#include "analysis/jobcost.h"
#include "analysis/utilisation.h"
#include "analysis/whatif.h"

#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kT0 = 1'764'000'000'000 / kHour * kHour; // a whole hour

// `count` minutes from minute `from` (relative to kT0) with the same values.
void add(QVector<ClusterMinute> &minutes, int count, int workers, double cpu, int minW = -1, int maxW = -1,
    bool up = true)
{
    const qint64 start = minutes.isEmpty() ? kT0 : minutes.last().minuteMs + kMinute;
    for (int i = 0; i < count; ++i)
        minutes.append({start + i * kMinute, up, up ? workers : 0, minW, maxW, up ? cpu : -1});
}

// By value: the findings are usually a temporary (a pointer into them would dangle).
std::optional<CostFinding> find(const QVector<CostFinding> &findings, CostFinding::Kind kind)
{
    for (const CostFinding &f : findings) {
        if (f.kind == kind)
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestCostAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void billedCostSumsSkusPerHourInsideTheWindow()
    {
        const QVector<BilledUsageRow> rows {
            {kT0 - kHour, u"A"_s, 5, 2.75, u"USD"_s}, // before the window
            {kT0, u"PREMIUM_ALL_PURPOSE_COMPUTE"_s, 4, 2.2, u"USD"_s},
            {kT0, u"PREMIUM_JOBS_COMPUTE"_s, 2, 0.3, u"USD"_s},
            {kT0 + 2 * kHour, u"PREMIUM_ALL_PURPOSE_COMPUTE"_s, 1, 0.65, u"USD"_s},
        };
        const BilledCost cost = summarizeBilledCost(rows, kT0, kT0 + 5 * kHour);
        QCOMPARE(cost.hours.size(), 2);
        QCOMPARE(cost.hours.at(0).dbus, 6.0);
        QCOMPARE(cost.hours.at(0).cost, 2.5);
        QCOMPARE(cost.totalDbus, 7.0);
        QCOMPARE(cost.totalCost, 3.15);
        QCOMPARE(cost.currency, u"USD"_s);
        QCOMPARE(cost.billedThroughMs, kT0 + 3 * kHour);
        QVERIFY(cost.isPartial()); // billed through 3 h of a 5 h window
        QVERIFY(!summarizeBilledCost(rows, kT0, kT0 + 3 * kHour).isPartial());
    }

    void idleCapacityIsWorkerMinutesUnderTheThreshold()
    {
        // 4 workers at 5%, 4 at 50%, 2 at 8%: 10 worker-minutes, 6 idle; average CPU
        // (4*5 + 4*50 + 2*8) / 10 = 23.6.
        const QVector<UtilisationSample> samples {
            {kT0 + 2 * kMinute, 2, 8, 30}, {kT0, 4, 5, 20}, {kT0 + kMinute, 4, 50, 60}};
        const UtilisationSummary u = summarizeUtilisation(samples, 10);
        QCOMPARE(u.workerMinutes, 10);
        QCOMPARE(u.idleWorkerMinutes, 6);
        QCOMPARE(u.idleShare(), 0.6);
        QCOMPARE(u.averageCpuPercent, 23.6);
        QCOMPARE(u.averageMemPercent, (4 * 20 + 4 * 60 + 2 * 30) / 10.0);
        QCOMPARE(u.idleStretches.size(), 2);
        QCOMPARE(u.idleStretches.at(0), (TimeInterval {kT0, kT0 + kMinute}));
        // A higher threshold makes the middle minute idle too: one stretch of 3 minutes.
        const UtilisationSummary high = summarizeUtilisation(samples, 60);
        QCOMPARE(high.idleWorkerMinutes, 10);
        QCOMPARE(high.idleStretches, (QVector<TimeInterval> {{kT0, kT0 + 3 * kMinute}}));
    }

    void scaleUpWhileIdleIsFound()
    {
        QVector<ClusterMinute> minutes;
        add(minutes, 15, 2, 5, 2, 10); // 15 quiet minutes
        add(minutes, 10, 6, 5, 2, 10); // then 2 -> 6 workers with CPU still at 5%
        const auto findings = findCostIssues(minutes, {});
        const std::optional<CostFinding> f = find(findings, CostFinding::Kind::ScaleUpWhileIdle);
        QVERIFY(f);
        QCOMPARE(f->count, 1);
        QCOMPARE(f->amount, 4.0);
        QCOMPARE(f->atMs, kT0 + 15 * kMinute);
        QVERIFY(f->text.contains(u"2 → 6"_s));
        // The same rise under load is no finding.
        QVector<ClusterMinute> busy;
        add(busy, 15, 2, 70, 2, 10);
        add(busy, 10, 6, 70, 2, 10);
        QVERIFY(!find(findCostIssues(busy, {}), CostFinding::Kind::ScaleUpWhileIdle));
    }

    void longStretchAtTheMaximumWhileBusyIsUnderSized()
    {
        QVector<ClusterMinute> minutes;
        add(minutes, 40, 8, 90, 2, 8); // 40 minutes at max, busy
        add(minutes, 10, 5, 50, 2, 8);
        add(minutes, 20, 8, 95, 2, 8); // too short to count
        const std::optional<CostFinding> f = find(findCostIssues(minutes, {}), CostFinding::Kind::UnderSized);
        QVERIFY(f);
        QCOMPARE(f->count, 1);
        QCOMPARE(f->amount, 40.0);
        QCOMPARE(f->atMs, kT0);
    }

    void idleWorkersAboveTheMinimumAreSlowScaleDown()
    {
        QVector<ClusterMinute> minutes;
        add(minutes, 45, 6, 3, 2, 10); // 4 workers above the minimum, idle, 45 minutes = 3 worker-hours
        add(minutes, 10, 2, 3, 2, 10); // at the minimum: not counted
        const std::optional<CostFinding> f
            = find(findCostIssues(minutes, {}), CostFinding::Kind::SlowScaleDown);
        QVERIFY(f);
        QCOMPARE(f->amount, 3.0);
    }

    void idleTailBeforeGoingDownIsLongAutoTermination()
    {
        QVector<ClusterMinute> minutes;
        add(minutes, 20, 2, 60);
        add(minutes, 30, 2, 2); // 30 idle minutes x 3 nodes = 1.5 node-hours
        add(minutes, 10, 0, 0, -1, -1, false);
        const std::optional<CostFinding> f
            = find(findCostIssues(minutes, {}), CostFinding::Kind::LongAutoTermination);
        QVERIFY(f);
        QCOMPARE(f->count, 1);
        QCOMPARE(f->amount, 1.5);
        QCOMPARE(f->atMs, kT0 + 20 * kMinute);
    }

    void lostNodesCountTheMinutesShort()
    {
        QVector<ClusterMinute> minutes;
        add(minutes, 10, 5, 50);
        add(minutes, 6, 3, 50); // two nodes lost at minute 10, back after 6 minutes
        add(minutes, 10, 5, 50);
        const std::optional<CostFinding> f
            = find(findCostIssues(minutes, {{kT0 + 10 * kMinute, 2}}), CostFinding::Kind::LostNodes);
        QVERIFY(f);
        QCOMPARE(f->count, 1);
        QCOMPARE(f->amount, 6.0);
        QVERIFY(f->text.startsWith(u"Nodes lost: 2,"_s));
    }

    void lowerMinimumReplay()
    {
        // 30 minutes held at the old minimum of 8 with 6% CPU: the work is 8 x 6% = 0.48 of a
        // worker, 1 worker at 60%, raised to the new minimum 2. Then 30 minutes at 10 workers.
        // Before: 30 x 9 + 30 x 11 = 600 node-minutes = 10 h; after: 30 x 3 + 30 x 11 = 420 = 7 h.
        QVector<ClusterMinute> minutes;
        add(minutes, 30, 8, 6, 8, 10);
        add(minutes, 30, 10, 70, 8, 10);
        WhatIfScenario s;
        s.minWorkers = 2;
        s.costPerNodeHour = 2;
        s.currency = u"USD"_s;
        const WhatIfResult r = replayWhatIf(minutes, s);
        QCOMPARE(r.nodeHoursBefore, 10.0);
        QCOMPARE(r.nodeHoursAfter, 7.0);
        QCOMPARE(r.costBefore, 20.0);
        QCOMPARE(r.costAfter, 14.0);
        QCOMPARE(r.saving(), 6.0);
        QCOMPARE(r.savingShare(), 0.3);
        QCOMPARE(r.delayedScaleUps, 1); // 8 -> 10 starts from 2 nodes in the replay
        QCOMPARE(r.assumptions.size(), 4);
        QVERIFY(r.summary.contains(u"30%"_s));
        QVERIFY(
            r.summary.contains(u"Scale-ups that would have waited about 4 minutes each for new nodes: 1."_s));
    }

    void lowerMaximumCapsTheDemand()
    {
        QVector<ClusterMinute> minutes;
        add(minutes, 30, 8, 6, 8, 10);
        add(minutes, 30, 10, 70, 8, 10);
        WhatIfScenario s;
        s.maxWorkers = 6; // and the minimum of 8 kept: the maximum wins
        const WhatIfResult r = replayWhatIf(minutes, s);
        QCOMPARE(r.cappedWorkerHours, 2.0 + 1.0); // (8-6) x 30 min + (10-6) x 30 min = 1 + 2 h
        QCOMPARE(r.nodeHoursAfter, 7.0); // 60 minutes x (6 workers + the driver)
    }

    void shorterAutoTerminationEndsIdleTailsEarlier()
    {
        // 40 busy minutes, 60 idle ones (the current 60-minute delay), then down: with 15 minutes
        // the last 45 minutes x 2 nodes go: 200 - 90 = 110 node-minutes.
        QVector<ClusterMinute> minutes;
        add(minutes, 40, 1, 50);
        add(minutes, 60, 1, 2);
        add(minutes, 5, 0, 0, -1, -1, false);
        WhatIfScenario s;
        s.currentAutoTerminationMinutes = 60;
        s.autoTerminationMinutes = 15;
        const WhatIfResult r = replayWhatIf(minutes, s);
        QCOMPARE(r.shortenedTerminations, 1);
        QCOMPARE(r.nodeHoursBefore, 200.0 / 60);
        QCOMPARE(r.nodeHoursAfter, 110.0 / 60);
        // A tail shorter than the current delay was not an inactivity termination: unchanged.
        QVector<ClusterMinute> early;
        add(early, 40, 1, 50);
        add(early, 20, 1, 2);
        add(early, 5, 0, 0, -1, -1, false);
        QCOMPARE(replayWhatIf(early, s).nodeHoursAfter, replayWhatIf(early, s).nodeHoursBefore);
    }

    // Per run and per UTC day: a window of 2.5 days from noon touches 3 days; a row of a day
    // before the window is left out; two rows of one run (across midnight) add up.
    void jobCostPerRunAndDay()
    {
        constexpr qint64 kDay = 24 * kHour;
        const qint64 day0 = kT0 / kDay * kDay;
        const QVector<JobRunUsageRow> rows {
            {1, day0 - kDay, 9, 9, u"USD"_s}, // before the window's first day
            {1, day0, 2, 1.0, u"USD"_s},
            {1, day0 + kDay, 4, 2.0, u"USD"_s}, // run 1 again, after midnight
            {2, day0 + kDay, 6, 3.0, u"USD"_s},
            {3, day0 + 2 * kDay, 1, 0.5, u"USD"_s},
        };
        const JobCost cost = summarizeJobCost(rows, day0 + 12 * kHour, day0 + 2 * kDay + 12 * kHour);
        QCOMPARE(cost.days.size(), 3);
        QCOMPARE(cost.days.at(0).dayStartMs, day0);
        QCOMPARE(cost.days.at(0).cost, 1.0);
        QCOMPARE(cost.days.at(1).cost, 5.0);
        QCOMPARE(cost.days.at(1).runs, 2);
        QCOMPARE(cost.days.at(2).runs, 1);
        QCOMPARE(cost.runs.size(), 3);
        QCOMPARE(cost.runs.value(1).cost, 3.0);
        QCOMPARE(cost.runs.value(1).dbus, 6.0);
        QCOMPARE(cost.totalCost, 6.5);
        QCOMPARE(cost.totalDbus, 13.0);
        QCOMPARE(cost.maxDayCost(), 5.0);
        QCOMPARE(cost.currency, u"USD"_s);
        QCOMPARE(summarizeJobCost({{1, day0, 1, 1, u"USD"_s}, {2, day0, 1, 1, u"EUR"_s}}, day0, day0 + kDay)
                     .currency,
            u"mixed"_s);
    }

    // Driver + workers of each job cluster, an autoscaling one from its minimum to its maximum.
    void jobClusterNodesCountTheDriver()
    {
        JobCluster fixed;
        fixed.spec.numWorkers = 4;
        JobCluster scaling;
        scaling.spec.autoscale = true;
        scaling.spec.minWorkers = 2;
        scaling.spec.maxWorkers = 8;
        JobCluster single; // num_workers 0: the driver alone
        single.spec.numWorkers = 0;
        QCOMPARE(jobClusterNodes({fixed}).min, 5);
        QCOMPARE(jobClusterNodes({fixed}).max, 5);
        QCOMPARE(jobClusterNodes({scaling}).min, 3);
        QCOMPARE(jobClusterNodes({scaling}).max, 9);
        QCOMPARE(jobClusterNodes({fixed, scaling, single}).min, 9);
        QCOMPARE(jobClusterNodes({fixed, scaling, single}).max, 15);
        QVERIFY(!jobClusterNodes({}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCostAnalysis)
#include "tst_cost_analysis.moc"
