#include "../common/simulatedtruth.h"
#include "analysis/nodetimeline.h"
#include "domain/clusterevent.h"
#include "emulator/workspaceemulator.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

// The node timeline read from the emulator's events against the counts its generator simulated,
// for many seeded histories. A history's shape depends on the instant it is seeded at (working
// days, time zones, how many sessions a cluster has), so a disagreement that only some instants
// produce is found here, not by a GUI test that happens to run at such an instant.
class TestTimelineTruth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheSimulation_data();
    void agreesWithTheSimulation();
};

void TestTimelineTruth::agreesWithTheSimulation_data()
{
    QTest::addColumn<qint64>("seededAt");
    const qint64 base = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    // Every weekday and times of day over two weeks, in steps that are not a divisor of a day.
    // A row costs about 6 s of CPU under AddressSanitizer, so that build, which looks for memory
    // errors rather than for instants, takes every fourth row and the first CI minute; the plain
    // build takes them all.
#ifdef BRICKDESK_SANITIZED_BUILD
    constexpr int step = 4;
    constexpr int ciMinutes = 1;
#else
    constexpr int step = 1;
    constexpr int ciMinutes = 6;
#endif
    for (int k = 0; k < 16; k += step) {
        const qint64 at = base + qint64(k) * (21 * 3600 + 13 * 60) * 1000;
        QTest::addRow("%s", qPrintable(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate)))
            << at;
    }
    // Minutes of the CI run that first showed a disagreement (an upsize cut short by a lower
    // target was simulated as a release of nodes that were never there).
    const qint64 ci = QDateTime(QDate(2026, 12, 2), QTime(16, 58), Qt::UTC).toMSecsSinceEpoch();
    for (int minute = 0; minute < ciMinutes; ++minute)
        QTest::addRow("ci+%d", minute) << ci + qint64(minute) * 60'000;
}

void TestTimelineTruth::agreesWithTheSimulation()
{
    QFETCH(qint64, seededAt);
    emulator::EmulatorOptions options;
    options.seededAtMs = seededAt;
    emulator::WorkspaceEmulator emulator(options);
    int clustersCompared = 0;
    for (const QString &id : emulator.clusterIds()) {
        const test::SimulatedTruth truth(emulator.simulatedWorkers(id));
        if (truth.size() < 3)
            continue;
        const QVector<ClusterEvent> events
            = ClusterEvent::fromJsonArray(emulator.events(id, 0, std::numeric_limits<qint64>::max()));
        QVERIFY(qsizetype(truth.size()) <= events.size());
        TimelineOptions timelineOptions;
        timelineOptions.endMs = truth.lastMs() + 1;
        const NodeTimeline timeline = buildNodeTimeline(events, timelineOptions);
        for (size_t i = 0; i < truth.size(); ++i) {
            QCOMPARE(events.at(qsizetype(i)).timestamp(), truth.at(i).timestamp);
            const qint64 next = i + 1 < truth.size() ? truth.at(i + 1).timestamp : truth.at(i).timestamp + 1;
            for (qint64 t : {truth.at(i).timestamp, (truth.at(i).timestamp + next) / 2}) {
                const auto state = truth.stateAt(t);
                QVERIFY2(timeline.isUpAt(t) == state.up, qPrintable(u"%1 at %2"_s.arg(id).arg(t)));
                if (truth.countUnknown(t))
                    continue;
                QVERIFY2(timeline.actualAt(t) == state.current,
                    qPrintable(u"%1 at %2 (event %3 of %4, %5): %6 workers drawn, %7 simulated"_s.arg(id)
                                   .arg(t)
                                   .arg(i)
                                   .arg(truth.size())
                                   .arg(ClusterEvent::typeToName(events.at(qsizetype(i)).type()))
                                   .arg(timeline.actualAt(t))
                                   .arg(state.current)));
            }
        }
        ++clustersCompared;
    }
    QVERIFY(clustersCompared > 10);
}

QTEST_GUILESS_MAIN(TestTimelineTruth)
#include "tst_timeline_truth.moc"
