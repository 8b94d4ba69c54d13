// Benchmark 4: node-count timeline construction for 100,000 events of one cluster over 30
// days (the emulator's generator, in-process), sorted and shuffled, plus node-hours, the usage
// summary and decimation to a 1600-pixel chart. Baseline in the same run: one plain pass over
// the events reading the same fields; ratios are printed against it and against parsing.
//
//   build/bench/tests/bench/bench_timeline [--events N] [--repeat R]

#include "analysis/decimation.h"
#include "analysis/nodetimeline.h"
#include "analysis/usagesummary.h"
#include "domain/clusterevent.h"
#include "emulator/clustereventgenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

template<typename F>
double bestMs(int repeat, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int wanted = argValue(app.arguments(), u"--events"_s, 100'000);
    const int repeat = std::max(1, argValue(app.arguments(), u"--repeat"_s, 5));
    std::printf("== bench_timeline: %d events, best of %d (benchmark 4)\n", wanted, repeat);

    emulator::ClusterRecord cluster;
    cluster.clusterId = u"0923-164208-meow7359"_s;
    cluster.spec
        = QJsonObject {{u"autoscale"_s, QJsonObject {{u"min_workers"_s, 2}, {u"max_workers"_s, 40}}}};
    cluster.historyEnd = QDateTime::currentMSecsSinceEpoch();
    cluster.createdTime = cluster.historyEnd - 30LL * 24 * 3600 * 1000;
    cluster.spot = true;
    cluster.seed = 20240601;
    cluster.eventBudget = wanted;
    const std::vector<emulator::EventRecord> records = emulator::ClusterEventGenerator::generate(cluster);
    QJsonArray array;
    for (const emulator::EventRecord &record : records)
        array.append(emulator::ClusterEventGenerator::toJson(cluster, record));
    const QByteArray wire = QJsonDocument(array).toJson(QJsonDocument::Compact);

    QVector<ClusterEvent> events;
    QElapsedTimer parseTimer;
    parseTimer.start();
    {
        const QJsonArray parsed = QJsonDocument::fromJson(wire).array();
        for (qsizetype i = 0; i < parsed.size(); i += 500) {
            QJsonArray page;
            for (qsizetype j = i; j < std::min(parsed.size(), i + 500); ++j)
                page.append(parsed.at(j));
            events += ClusterEvent::fromJsonArray(page);
        }
    }
    const double parseAndCompactMs = double(parseTimer.nsecsElapsed()) / 1e6;
    const int n = int(events.size());

    // Baseline: one pass reading the fields the timeline reads.
    qint64 sink = 0;
    const double baselineMs = bestMs(repeat, [&] {
        for (const ClusterEvent &e : std::as_const(events))
            sink += e.timestamp() + e.currentWorkers() + e.targetWorkers() + int(e.type());
    });

    NodeTimeline timeline;
    const double sortedMs = bestMs(repeat, [&] { timeline = buildNodeTimeline(events); });
    QVector<ClusterEvent> shuffled = events;
    std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(42));
    NodeTimeline fromShuffled;
    const double shuffledMs = bestMs(repeat, [&] { fromShuffled = buildNodeTimeline(shuffled); });
    const bool same = fromShuffled.actualWorkers() == timeline.actualWorkers()
        && fromShuffled.targetWorkers() == timeline.targetWorkers();

    const qint64 from = timeline.startMs();
    const qint64 to = timeline.endMs();
    double hours = 0;
    const double nodeHoursMs = bestMs(repeat, [&] { hours = timeline.nodeHours(from, to, true); });
    UsageSummary usage;
    const double summaryMs = bestMs(repeat, [&] { usage = summarizeUsage(timeline, from, to, 0.55, true); });
    StepSeries decimated;
    const double decimateMs
        = bestMs(repeat, [&] { decimated = decimateSteps(timeline.actualWorkers(), from, to, 1600); });

    std::printf("events: %d over %.1f days; actual series %lld points, target %lld, up intervals %lld\n", n,
        double(to - from) / 86'400'000.0, static_cast<long long>(timeline.actualWorkers().size()),
        static_cast<long long>(timeline.targetWorkers().size()),
        static_cast<long long>(timeline.upIntervals().size()));
    std::printf("baseline pass over events     : %8.2f ms\n", baselineMs);
    std::printf("buildNodeTimeline (sorted)    : %8.2f ms  (%.1fx baseline, %.0f ns/event)\n", sortedMs,
        sortedMs / baselineMs, sortedMs * 1e6 / n);
    std::printf("buildNodeTimeline (shuffled)  : %8.2f ms  (%.1fx baseline)  same result: %s\n", shuffledMs,
        shuffledMs / baselineMs, same ? "yes" : "NO");
    std::printf("parse + compact (for scale)   : %8.2f ms  (timeline is %.1f%% of it)\n", parseAndCompactMs,
        100.0 * sortedMs / parseAndCompactMs);
    std::printf("nodeHours(window)             : %8.3f ms  = %.1f node-hours\n", nodeHoursMs, hours);
    std::printf("summarizeUsage(window)        : %8.3f ms  peak %d, avg %.2f, cost %.2f at 0.55/node-hour\n",
        summaryMs, usage.peakWorkers, usage.averageWorkers, usage.estimatedCost);
    std::printf("decimate to 1600 columns      : %8.3f ms  %lld -> %lld points\n", decimateMs,
        static_cast<long long>(timeline.actualWorkers().size()), static_cast<long long>(decimated.size()));
    return same && sink != 0 ? 0 : 1;
}
