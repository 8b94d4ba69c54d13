#include "analysis/decimation.h"
#include "analysis/nodetimeline.h"
#include "analysis/usagesummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr qint64 H = 3600 * 1000; // one hour in ms
constexpr qint64 T0 = Q_INT64_C(1700000000000);

// Hand-made event: time in hours after T0, type, details. current/target < 0 are left out.
struct E
{
    double hours;
    const char *type;
    int current = -1;
    int target = -1;
    QJsonObject extra = {};
};

QJsonObject toJson(const E &e)
{
    QJsonObject details = e.extra;
    if (e.current >= 0)
        details.insert(u"current_num_workers"_s, e.current);
    if (e.target >= 0)
        details.insert(u"target_num_workers"_s, e.target);
    QJsonObject object {{u"cluster_id"_s, u"0101-test"_s},
        {u"timestamp"_s, QJsonValue(T0 + qint64(e.hours * H))}, {u"type"_s, QString::fromLatin1(e.type)}};
    if (!details.isEmpty())
        object.insert(u"details"_s, details);
    return object;
}

QVector<ClusterEvent> events(std::initializer_list<E> list)
{
    QJsonArray array;
    for (const E &e : list)
        array.append(toJson(e));
    return ClusterEvent::fromJsonArray(array);
}

QJsonObject fixed(int n)
{
    return {{u"num_workers"_s, n}};
}
QJsonObject autoscale(int min, int max)
{
    return {{u"autoscale"_s, QJsonObject {{u"min_workers"_s, min}, {u"max_workers"_s, max}}}};
}
QJsonObject size(const QJsonObject &clusterSize)
{
    return {{u"cluster_size"_s, clusterSize}};
}
QJsonObject resize(const char *cause)
{
    return {{u"cause"_s, QString::fromLatin1(cause)}};
}

// Step series written in hours after T0.
StepSeries steps(std::initializer_list<std::pair<double, int>> points)
{
    StepSeries s;
    for (const auto &[hours, value] : points)
        s.append({T0 + qint64(hours * H), value});
    return s;
}

QVector<TimeInterval> intervals(std::initializer_list<std::pair<double, double>> list)
{
    QVector<TimeInterval> result;
    for (const auto &[a, b] : list)
        result.append({T0 + qint64(a * H), T0 + qint64(b * H)});
    return result;
}

qint64 at(double hours)
{
    return T0 + qint64(hours * H);
}

// The autoscaling day used by several tests.
QVector<ClusterEvent> autoscalingDay()
{
    return events({
        {0, "CREATING", -1, -1, size(autoscale(2, 8))},
        {1, "RUNNING", 2, 2},
        {2, "RESIZING", 2, 6, resize("AUTOSCALE")},
        {3, "UPSIZE_COMPLETED", 6, 6},
        {5, "RESIZING", -1, 3, resize("AUTOSCALE")},
        {6, "AUTOSCALING_STATS_REPORT", 3, 3},
        {8, "TERMINATING", -1, -1, {{u"reason"_s, QJsonObject {{u"code"_s, u"INACTIVITY"_s}}}}},
    });
}

} // namespace

namespace brickdesk {
// Readable QCOMPARE failures: hours after T0.
char *toString(const StepPoint &p)
{
    const QByteArray text = "(" + QByteArray::number(double(p.timestampMs - T0) / H) + "h, "
        + QByteArray::number(p.value) + ")";
    return qstrdup(text.constData());
}
char *toString(const TimeInterval &i)
{
    const QByteArray text = "(" + QByteArray::number(double(i.startMs - T0) / H) + "h - "
        + QByteArray::number(double(i.endMs - T0) / H) + "h)";
    return qstrdup(text.constData());
}
} // namespace brickdesk

class TestTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void emptyInput();
    void createRunTerminate();
    void autoscalingResizeUpsizeStatsReport();
    void nodesLostThenReplaced();
    void addNodesFailedLeavesTargetUnmet();
    void downwardResizeDrawsActualAtTargetUntilSample();
    void decommissionEndedConfirmsDownscale();
    void decommissionStartedWithCounts();
    void restartingKeepsNodesAndStaysUp();
    void terminateThenStartAgain();
    void editedChangesConfigAndAutoscaleBounds();
    void userResizeOfFixedClusterSurvivesRestart();
    void creatingFromAttributes();
    void knownSizeSeedsTheStart();
    void missingFieldsAreNotZero();
    void eventsWithoutTimestampAreIgnored();
    void windowStartingWhileUp();
    void gapBetweenTerminateAndSample();
    void sameTimestampKeepsOnePoint();
    void outOfOrderAndDuplicatesGiveTheSameTimeline();
    void nodeHoursWindowsAndDriver();
    void usageSummary();
    void usageSummaryTimeAtMax();
    void decimationKeepsSpikes();
    void decimationSmallSeriesIntact();
};

void TestTimeline::emptyInput()
{
    const NodeTimeline t = buildNodeTimeline({});
    QVERIFY(t.isEmpty());
    QVERIFY(t.actualWorkers().isEmpty());
    QCOMPARE(t.nodeHours(0, H), 0.0);
    QCOMPARE(t.actualAt(5), -1);
}

void TestTimeline::createRunTerminate()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "CREATING", -1, -1, size(fixed(4))},
        {0.5, "RUNNING", 4, 4},
        {10, "TERMINATING"},
    }));
    QCOMPARE(t.startMs(), at(0));
    QCOMPARE(t.endMs(), at(10));
    QCOMPARE(t.actualWorkers(), steps({{0, 0}, {0.5, 4}, {10, 0}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 4}, {10, 0}}));
    QVERIFY(t.minWorkers().isEmpty());
    QVERIFY(t.maxWorkers().isEmpty());
    QCOMPARE(t.upIntervals(), intervals({{0, 10}}));
    QCOMPARE(t.nodeHours(at(0), at(10)), 38.0); // 4 workers x 9.5 h
    QCOMPARE(t.nodeHours(at(0), at(10), true), 48.0); // + driver 10 h
    QCOMPARE(t.actualAt(at(0.25)), 0);
    QCOMPARE(t.actualAt(at(0.5)), 4);
    QCOMPARE(t.actualAt(at(-1)), -1);
    QVERIFY(t.isUpAt(at(9.99)));
    QVERIFY(!t.isUpAt(at(10)));
}

void TestTimeline::autoscalingResizeUpsizeStatsReport()
{
    const NodeTimeline t = buildNodeTimeline(autoscalingDay());
    QCOMPARE(t.actualWorkers(), steps({{0, 0}, {1, 2}, {3, 6}, {5, 3}, {8, 0}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 2}, {2, 6}, {5, 3}, {8, 0}}));
    QCOMPARE(t.minWorkers(), steps({{0, 2}}));
    QCOMPARE(t.maxWorkers(), steps({{0, 8}}));
    QCOMPARE(t.upIntervals(), intervals({{0, 8}}));
    QCOMPARE(t.nodeHours(at(0), at(8)), 25.0); // 2x2 + 6x2 + 3x3
    QCOMPARE(t.nodeHours(at(0), at(8), true), 33.0);
}

void TestTimeline::nodesLostThenReplaced()
{
    TimelineOptions options;
    options.endMs = at(3);
    const NodeTimeline t = buildNodeTimeline(
        events({
            {0, "RUNNING", 10, 10},
            {1, "NODES_LOST", 8, 10,
                {{u"reason"_s, QJsonObject {{u"code"_s, u"SPOT_INSTANCE_TERMINATION"_s}}}}},
            {2, "UPSIZE_COMPLETED", 10, 10},
        }),
        options);
    QCOMPARE(t.actualWorkers(), steps({{0, 10}, {1, 8}, {2, 10}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 10}}));
    QCOMPARE(t.upIntervals(), intervals({{0, 3}}));
    QCOMPARE(t.endMs(), at(3));
    QCOMPARE(t.nodeHours(at(0), at(3)), 28.0);
}

void TestTimeline::addNodesFailedLeavesTargetUnmet()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RESIZING", 4, 10, resize("USER_REQUEST")},
        {1, "ADD_NODES_FAILED", 6, 10,
            {{u"reason"_s, QJsonObject {{u"code"_s, u"CLOUD_PROVIDER_RESOURCE_STOCKOUT"_s}}}}},
        {2, "ADD_NODES_FAILED"}, // no counts: nothing changes
    }));
    QCOMPARE(t.actualWorkers(), steps({{0, 4}, {1, 6}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 10}}));
}

void TestTimeline::downwardResizeDrawsActualAtTargetUntilSample()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING", 8, 8},
        {1, "RESIZING", -1, 4, resize("AUTOSCALE")}, // down, no current: drawn at the target
        {2, "RESIZING", -1, 6, resize("AUTOSCALE")}, // up, no current: actual waits for a sample
        {3, "UPSIZE_COMPLETED", 6, 6},
    }));
    QCOMPARE(t.actualWorkers(), steps({{0, 8}, {1, 4}, {3, 6}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 8}, {1, 4}, {2, 6}}));
}

void TestTimeline::decommissionEndedConfirmsDownscale()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING", 8, 8}, {1, "RESIZING", 8, 4, resize("AUTOSCALE")}, // current present: still 8 nodes
        {1.5, "DECOMMISSION_STARTED"},
        {2, "DECOMMISSION_ENDED"}, // no count: the downscale to the target is done
    }));
    QCOMPARE(t.actualWorkers(), steps({{0, 8}, {2, 4}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 8}, {1, 4}}));
}

void TestTimeline::decommissionStartedWithCounts()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING", 8, 8},
        {1, "DECOMMISSION_STARTED", 8, 5},
        {2, "DECOMMISSION_ENDED", 5, 5},
    }));
    QCOMPARE(t.actualWorkers(), steps({{0, 8}, {2, 5}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 8}, {1, 5}}));
}

void TestTimeline::restartingKeepsNodesAndStaysUp()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING", 4, 4},
        {1, "RESTARTING", -1, -1, {{u"user"_s, u"ana"_s}}},
        {1.5, "RUNNING", 4, 4},
        {2, "TERMINATING"},
    }));
    QCOMPARE(t.actualWorkers(), steps({{0, 4}, {2, 0}}));
    QCOMPARE(t.upIntervals(), intervals({{0, 2}}));
}

void TestTimeline::terminateThenStartAgain()
{
    TimelineOptions options;
    options.endMs = at(7);
    const NodeTimeline t = buildNodeTimeline(events({
                                                 {0, "CREATING", -1, -1, size(fixed(3))},
                                                 {1, "RUNNING", 3, 3},
                                                 {2, "TERMINATING"},
                                                 {5, "STARTING"},
                                                 {6, "RUNNING", 3, 3},
                                             }),
        options);
    QCOMPARE(t.actualWorkers(), steps({{0, 0}, {1, 3}, {2, 0}, {6, 3}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 3}, {2, 0}, {5, 3}}));
    QCOMPARE(t.upIntervals(), intervals({{0, 2}, {5, 7}}));
    QCOMPARE(t.nodeHours(at(0), at(7)), 6.0);
    QCOMPARE(t.nodeHours(at(0), at(7), true), 10.0);
    QCOMPARE(t.upTimeMs(at(0), at(7)), 4 * H);
    QVERIFY(!t.isUpAt(at(3)));
    QVERIFY(t.isUpAt(at(5)));
}

void TestTimeline::editedChangesConfigAndAutoscaleBounds()
{
    QJsonObject toAutoscale = size(autoscale(2, 6));
    toAutoscale.insert(u"previous_cluster_size"_s, fixed(2));
    QJsonObject toFixed = size(fixed(5));
    toFixed.insert(u"previous_cluster_size"_s, autoscale(2, 6));
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING", 2, 2},
        {1, "EDITED", -1, -1, toAutoscale},
        {2, "EDITED", -1, -1, toFixed},
        {3, "UPSIZE_COMPLETED", 5, 5},
    }));
    QCOMPARE(t.minWorkers(), steps({{1, 2}, {2, -1}}));
    QCOMPARE(t.maxWorkers(), steps({{1, 6}, {2, -1}}));
    QCOMPARE(t.minWorkersAt(at(1.5)), 2);
    QCOMPARE(t.maxWorkersAt(at(2.5)), -1);
    QCOMPARE(t.targetWorkers(), steps({{0, 2}, {2, 5}}));
    QCOMPARE(t.actualWorkers(), steps({{0, 2}, {3, 5}}));
}

void TestTimeline::userResizeOfFixedClusterSurvivesRestart()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "CREATING", -1, -1, size(fixed(2))},
        {1, "RUNNING", 2, 2},
        {2, "RESIZING", 2, 5, resize("USER_REQUEST")},
        {3, "UPSIZE_COMPLETED", 5, 5},
        {4, "TERMINATING"},
        {5, "STARTING"},
    }));
    QCOMPARE(t.targetWorkers(), steps({{0, 2}, {2, 5}, {4, 0}, {5, 5}}));
}

void TestTimeline::creatingFromAttributes()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "CREATING", -1, -1, {{u"attributes"_s, autoscale(1, 4)}}},
    }));
    QCOMPARE(t.targetWorkers(), steps({{0, 1}}));
    QCOMPARE(t.minWorkers(), steps({{0, 1}}));
    QCOMPARE(t.maxWorkers(), steps({{0, 4}}));
    QCOMPARE(t.actualWorkers(), steps({{0, 0}}));
}

void TestTimeline::knownSizeSeedsTheStart()
{
    TimelineOptions options;
    options.knownSize = {-1, 3, 9};
    const NodeTimeline t = buildNodeTimeline(events({{0, "STARTING"}, {1, "RUNNING", 3, 3}}), options);
    QCOMPARE(t.targetWorkers(), steps({{0, 3}}));
    QCOMPARE(t.minWorkers(), steps({{0, 3}}));
    QCOMPARE(t.maxWorkers(), steps({{0, 9}}));
    QCOMPARE(t.actualWorkers(), steps({{0, 0}, {1, 3}}));
}

void TestTimeline::missingFieldsAreNotZero()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING"}, // no counts at all
        {1, "RESIZING"}, // no target either
        {2, "NODES_LOST"},
        {3, "UPSIZE_COMPLETED", 3},
        {4, "AUTOSCALING_STATS_REPORT"},
    }));
    QCOMPARE(t.actualWorkers(), steps({{3, 3}}));
    QVERIFY(t.targetWorkers().isEmpty());
    QCOMPARE(t.upIntervals(), intervals({{0, 4}}));
    QCOMPARE(t.actualAt(at(2)), -1);
    QCOMPARE(t.nodeHours(at(0), at(4)), 3.0);
}

void TestTimeline::eventsWithoutTimestampAreIgnored()
{
    QVector<ClusterEvent> list = events({{1, "RUNNING", 3, 3}});
    list.prepend(ClusterEvent::fromJson(QJsonObject {{u"type"_s, u"TERMINATING"_s}})); // no timestamp
    const NodeTimeline t = buildNodeTimeline(list);
    QCOMPARE(t.startMs(), at(1));
    QCOMPARE(t.actualWorkers(), steps({{1, 3}}));
    QVERIFY(buildNodeTimeline({ClusterEvent::fromJson(QJsonObject {{u"type"_s, u"RUNNING"_s}})}).isEmpty());
}

void TestTimeline::windowStartingWhileUp()
{
    // The window opens mid-life: the first event only happens on a running cluster.
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "DRIVER_HEALTHY"},
        {1, "AUTOSCALING_STATS_REPORT", 5, 7},
        {2, "TERMINATING"},
    }));
    QCOMPARE(t.upIntervals(), intervals({{0, 2}}));
    QCOMPARE(t.actualWorkers(), steps({{1, 5}, {2, 0}}));
    QCOMPARE(t.targetWorkers(), steps({{1, 7}, {2, 0}}));

    const NodeTimeline pinnedFirst = buildNodeTimeline(events({{0, "PINNED"}, {3, "TERMINATING"}}));
    QCOMPARE(pinnedFirst.upIntervals(), intervals({{0, 3}})); // it was up before TERMINATING
}

void TestTimeline::gapBetweenTerminateAndSample()
{
    // The STARTING/RUNNING events are missing: a live sample after TERMINATING reopens.
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING", 2, 2},
        {1, "TERMINATING"},
        {5, "UPSIZE_COMPLETED", 4, 4},
        {6, "TERMINATING"},
    }));
    QCOMPARE(t.upIntervals(), intervals({{0, 1}, {5, 6}}));
    QCOMPARE(t.actualWorkers(), steps({{0, 2}, {1, 0}, {5, 4}, {6, 0}}));
    QCOMPARE(t.nodeHours(at(0), at(6)), 6.0);
}

void TestTimeline::sameTimestampKeepsOnePoint()
{
    const NodeTimeline t = buildNodeTimeline(events({
        {0, "RUNNING", 2, 2}, {1, "RESIZING", 2, 6, resize("AUTOSCALE")}, {1, "UPSIZE_COMPLETED", 6, 6},
        {2, "RESIZING", 6, 2, resize("AUTOSCALE")},
        {2, "UPSIZE_COMPLETED", 6, 6}, // back to 6 at the same instant: no point at 2
    }));
    QCOMPARE(t.actualWorkers(), steps({{0, 2}, {1, 6}}));
    QCOMPARE(t.targetWorkers(), steps({{0, 2}, {1, 6}}));
}

void TestTimeline::outOfOrderAndDuplicatesGiveTheSameTimeline()
{
    const QVector<ClusterEvent> sorted = autoscalingDay();
    const NodeTimeline expected = buildNodeTimeline(sorted);
    QVector<ClusterEvent> shuffled = sorted + sorted.mid(1, 3) + autoscalingDay().mid(4, 2); // duplicates
    for (int seed = 1; seed <= 5; ++seed) {
        QRandomGenerator rng {quint32(seed)};
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        const NodeTimeline t = buildNodeTimeline(shuffled);
        QCOMPARE(t.actualWorkers(), expected.actualWorkers());
        QCOMPARE(t.targetWorkers(), expected.targetWorkers());
        QCOMPARE(t.minWorkers(), expected.minWorkers());
        QCOMPARE(t.upIntervals(), expected.upIntervals());
        QCOMPARE(t.nodeHours(at(0), at(8)), 25.0);
    }
}

void TestTimeline::nodeHoursWindowsAndDriver()
{
    const NodeTimeline t = buildNodeTimeline(autoscalingDay());
    QCOMPARE(t.nodeHours(at(1.5), at(2.5)), 2.0); // 2 workers for 1 h
    QCOMPARE(t.nodeHours(at(2.5), at(3.5)), 4.0); // 0.5 h x 2 + 0.5 h x 6
    QCOMPARE(t.nodeHours(at(-5), at(0)), 0.0);
    QCOMPARE(t.nodeHours(at(7), at(100)), 3.0); // clipped at the end (terminated at 8)
    QCOMPARE(t.nodeHours(at(7), at(100), true), 4.0);
    QCOMPARE(t.nodeHours(at(4), at(3)), 0.0);
}

void TestTimeline::usageSummary()
{
    const NodeTimeline t = buildNodeTimeline(autoscalingDay());
    const UsageSummary s = summarizeUsage(t, at(0), at(8), 0.5);
    QCOMPARE(s.nodeHours, 25.0);
    QCOMPARE(s.estimatedCost, 12.5);
    QCOMPARE(s.averageWorkers, 25.0 / 8.0);
    QCOMPARE(s.averageWorkersWhileUp, 25.0 / 8.0);
    QCOMPARE(s.peakWorkers, 6);
    QCOMPARE(s.timeAtPeakMs, 2 * H);
    QCOMPARE(s.timeAtMaxMs, 0); // never reached 8
    QCOMPARE(s.timeTargetAboveActualMs, 2 * H); // 0-1 h (2 wanted, 0 there), 2-3 h (6 wanted, 2 there)
    QCOMPARE(s.upMs, 8 * H);

    const UsageSummary withDriver = summarizeUsage(t, at(0), at(8), 1.0, true);
    QCOMPARE(withDriver.nodeHours, 33.0);
    QCOMPARE(withDriver.estimatedCost, 33.0);
}

void TestTimeline::usageSummaryTimeAtMax()
{
    TimelineOptions options;
    options.endMs = at(10);
    const NodeTimeline t = buildNodeTimeline(events({
                                                 {0, "CREATING", -1, -1, size(autoscale(1, 4))},
                                                 {0, "RUNNING", 1, 1},
                                                 {2, "RESIZING", 1, 4, resize("AUTOSCALE")},
                                                 {3, "UPSIZE_COMPLETED", 4, 4},
                                                 {5, "RESIZING", 4, 1, resize("AUTOSCALE")},
                                                 {6, "DECOMMISSION_ENDED", 1, 1},
                                                 {8, "TERMINATING"},
                                             }),
        options);
    const UsageSummary s = summarizeUsage(t, at(0), at(10), 2.0);
    QCOMPARE(s.timeAtMaxMs, 3 * H); // 3 h to 6 h at 4 workers
    QCOMPARE(s.peakWorkers, 4);
    QCOMPARE(s.nodeHours, 1 * 3.0 + 4 * 3.0 + 1 * 2.0); // 17
    QCOMPARE(s.estimatedCost, 34.0);
    QCOMPARE(s.upMs, 8 * H);
    QCOMPARE(s.averageWorkers, 17.0 / 10.0);
    QCOMPARE(s.averageWorkersWhileUp, 17.0 / 8.0);
    QCOMPARE(s.timeTargetAboveActualMs, 1 * H);
}

void TestTimeline::decimationKeepsSpikes()
{
    StepSeries series;
    for (int i = 0; i < 100000; ++i)
        series.append({qint64(i) * 1000, 10 + (i % 3)});
    series[54321].value = 0; // a one-second drop
    series[77777].value = 99; // a one-second spike
    const StepSeries d = decimateSteps(series, 0, 100000 * 1000, 200);
    QVERIFY2(d.size() <= 4 * 200 + 1, qPrintable(QString::number(d.size())));
    QVERIFY(d.size() >= 200);
    const auto has = [&d](int value) {
        return std::any_of(d.cbegin(), d.cend(), [value](const StepPoint &p) { return p.value == value; });
    };
    QVERIFY(has(0));
    QVERIFY(has(99));
    QVERIFY(std::is_sorted(d.cbegin(), d.cend(),
        [](const StepPoint &a, const StepPoint &b) { return a.timestampMs < b.timestampMs; }));
    // Every kept point (after the window-edge one) is an original point.
    for (qsizetype i = 1; i < d.size(); ++i)
        QCOMPARE(series.at(d.at(i).timestampMs / 1000), d.at(i));

    // A window in the middle starts with the value in force at its left edge.
    const StepSeries window = decimateSteps(series, 1500, 500000, 10);
    QCOMPARE(window.constFirst(), (StepPoint {1500, 11}));
    QCOMPARE(window.constLast().timestampMs, 500000);
}

void TestTimeline::decimationSmallSeriesIntact()
{
    const StepSeries series = steps({{0, 1}, {1, 5}, {2, 0}});
    QCOMPARE(decimateSteps(series, at(0), at(2), 100), series);
    QCOMPARE(decimateSteps(series, at(0.5), at(1.5), 100), steps({{0.5, 1}, {1, 5}}));
    QVERIFY(decimateSteps({}, 0, 10, 5).isEmpty());
    QVERIFY(decimateSteps(series, at(-3), at(-1), 5).isEmpty()); // before the series starts
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
