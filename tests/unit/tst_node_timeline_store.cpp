// The node timeline the archive keeps per cluster, and what the chart draws of it: a timeline
// read from the archive equals the one built from the archived events (after pages in order,
// out of order, repeats and a prune, and after a migration from schema 3); extending a timeline
// equals building it again; its bytes survive a round trip and damage is refused; and the
// per-column line keeps every spike at every zoom and pan position.
#include "analysis/decimation.h"
#include "analysis/nodetimeline.h"
#include "analysis/nodetimelinecodec.h"
#include "archive/archivedatabase.h"
#include "archive/archiveschema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kStart = Q_INT64_C(1'700'000'000'000);
constexpr qint64 kEnd = std::numeric_limits<qint64>::max();

QJsonObject sizeOf(int minWorkers, int maxWorkers)
{
    return {{u"autoscale"_s, QJsonObject {{u"min_workers"_s, minWorkers}, {u"max_workers"_s, maxWorkers}}}};
}

// An autoscaling cluster's life, seeded: creation, resizes up and down, samples, lost nodes,
// edits of its bounds, terminations and restarts, with repeats at one instant now and then.
QJsonArray lifeOfACluster(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QJsonArray out;
    qint64 t = kStart;
    int current = 0;
    int target = 2;
    int minWorkers = 2;
    int maxWorkers = 12;
    bool up = true;
    const auto add = [&](const QString &type, QJsonObject details) {
        out.append(QJsonObject {
            {u"cluster_id"_s, u"c-1"_s}, {u"timestamp"_s, t}, {u"type"_s, type}, {u"details"_s, details}});
    };
    add(u"CREATING"_s, {{u"cluster_size"_s, sizeOf(minWorkers, maxWorkers)}});
    while (out.size() < count) {
        t += 1 + rng.bounded(90'000);
        const int pick = int(rng.bounded(100));
        if (!up) {
            add(u"STARTING"_s, {});
            up = true;
        } else if (pick < 40) {
            target = minWorkers + int(rng.bounded(maxWorkers - minWorkers + 1));
            add(u"RESIZING"_s,
                {{u"current_num_workers"_s, current}, {u"target_num_workers"_s, target},
                    {u"cause"_s, u"AUTOSCALE"_s}});
        } else if (pick < 75) {
            current = target;
            add(u"UPSIZE_COMPLETED"_s,
                {{u"current_num_workers"_s, current}, {u"target_num_workers"_s, target}});
        } else if (pick < 88) {
            current = std::max(0, current - 1 - int(rng.bounded(3)));
            add(u"NODES_LOST"_s, {{u"current_num_workers"_s, current}, {u"target_num_workers"_s, target}});
        } else if (pick < 92) {
            const QJsonObject before = sizeOf(minWorkers, maxWorkers);
            minWorkers = 1 + int(rng.bounded(4));
            maxWorkers = minWorkers + 2 + int(rng.bounded(20));
            add(u"EDITED"_s,
                {{u"previous_cluster_size"_s, before}, {u"cluster_size"_s, sizeOf(minWorkers, maxWorkers)}});
        } else if (pick < 95) {
            add(u"TERMINATING"_s, {{u"reason"_s, QJsonObject {{u"code"_s, u"INACTIVITY"_s}}}});
            up = false;
            current = 0;
        } else {
            // The same instant twice (an overlapping fetch), and once a different event there.
            out.append(out.at(out.size() - 1));
            add(u"AUTOSCALING_STATS_REPORT"_s, {{u"current_num_workers"_s, current}});
        }
    }
    return out;
}

QJsonArray slice(const QJsonArray &events, qsizetype from, qsizetype to)
{
    QJsonArray out;
    for (qsizetype i = from; i < std::min(to, events.size()); ++i)
        out.append(events.at(i));
    return out;
}

NodeTimeline builtFromTheArchive(ArchiveDatabase &db)
{
    return buildNodeTimeline(ClusterEvent::fromJsonArray(db.events(u"c-1"_s, 0, kEnd)));
}

StepSeries randomSteps(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    StepSeries series;
    qint64 t = 0;
    for (int i = 0; i < count; ++i) {
        t += 1 + rng.bounded(5'000);
        pushStep(series, t, 10 + int(rng.bounded(6)));
    }
    return series;
}

// The highest and lowest value a polyline shows between two times (vertices within, and the
// value held into the interval from the vertex before it).
std::pair<double, double> drawnRange(const QVector<QPointF> &line, double from, double to)
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    double held = std::numeric_limits<double>::quiet_NaN();
    for (const QPointF &p : line) {
        if (p.x() < from) {
            held = p.y();
            continue;
        }
        if (p.x() > to)
            break;
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    if (!std::isnan(held)) {
        low = std::min(low, held);
        high = std::max(high, held);
    }
    return {low, high};
}

} // namespace

class TestNodeTimelineStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void extendingEqualsBuildingAgain()
    {
        const QVector<ClusterEvent> all = ClusterEvent::fromJsonArray(lifeOfACluster(3000, 7));
        const NodeTimeline whole = buildNodeTimeline(all);
        QVERIFY(whole.actualWorkers().size() > 500);
        for (const qsizetype cut : {1, 2, 700, 1500, 2999}) {
            // Never between two events of one instant: those are built again, not extended.
            QVector<ClusterEvent> rest = all.mid(cut);
            while (!rest.isEmpty() && rest.constFirst().timestamp() == all.at(cut - 1).timestamp())
                rest.removeFirst();
            NodeTimeline timeline = buildNodeTimeline(all.mid(0, all.size() - rest.size()));
            QVERIFY(timeline.extend(rest));
            QCOMPARE(timeline, whole);
            QVERIFY(!timeline.canExtendWith(all.mid(cut - 1, 1))); // an older one
            QVERIFY(!timeline.extend(all.mid(cut - 1, 1)));
            QCOMPARE(timeline, whole); // unchanged by the refusal
        }
        // Without CREATING or EDITED first, an EDITED later could change the start: refused.
        QVector<ClusterEvent> samples;
        for (const ClusterEvent &e : all) {
            if (e.type() != ClusterEvent::Type::Creating && e.type() != ClusterEvent::Type::Edited)
                samples.append(e);
        }
        QVERIFY(!buildNodeTimeline(samples.mid(0, 10)).canExtendWith(samples.mid(10)));
    }

    void bytesRoundTripAndDamageIsRefused()
    {
        const NodeTimeline whole = buildNodeTimeline(ClusterEvent::fromJsonArray(lifeOfACluster(2000, 11)));
        const QByteArray bytes = NodeTimelineCodec::encode(whole);
        NodeTimeline back;
        QVERIFY(NodeTimelineCodec::decode(bytes, &back));
        QCOMPARE(back, whole);
        // A few bytes a step, not a tree of objects.
        const qsizetype steps = whole.actualWorkers().size() + whole.targetWorkers().size();
        QVERIFY2(bytes.size() < 6 * steps, qPrintable(u"%1 bytes, %2 steps"_s.arg(bytes.size()).arg(steps)));
        QVERIFY(!NodeTimelineCodec::decode(bytes.left(bytes.size() - 1), &back));
        QVERIFY(!NodeTimelineCodec::decode(QByteArray(bytes + '\0'), &back));
        QVERIFY(!NodeTimelineCodec::decode(QByteArray(QByteArray(1, '\x09') + bytes.mid(1)), &back));
        QVERIFY(!NodeTimelineCodec::decode({}, &back));
        QCOMPARE(back, whole); // untouched by the failures
    }

    void timelineReadFromTheArchiveEqualsTheOneFromItsEvents()
    {
        const QJsonArray life = lifeOfACluster(6000, 3);
        ArchiveDatabase db(path());
        QVERIFY(db.open().ok());
        QVERIFY(!db.nodeTimeline(u"c-1"_s).has_value()); // no events, no timeline
        // As syncs write them: pages in order, each followed by a read that extends it.
        for (qsizetype i = 0; i < 3000; i += 500) {
            QVERIFY(db.addEvents(u"c-1"_s, slice(life, i, i + 500)).ok());
            const std::optional<NodeTimeline> read = db.nodeTimeline(u"c-1"_s);
            QVERIFY(read.has_value());
            QCOMPARE(*read, builtFromTheArchive(db));
        }
        // Kept: Skip answers it at once.
        QVERIFY(db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).has_value());
        // Newer pages wait for the next read, which extends what is kept.
        QVERIFY(db.addEvents(u"c-1"_s, slice(life, 3000, 4000)).ok());
        QCOMPARE(
            db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).value(), builtFromTheArchive(db));
        // An incremental sync's first page: its overlap repeats the timeline's last events, the
        // rest is newer. Kept, and the next read extends it.
        const qint64 held = db.eventCount(u"c-1"_s);
        const ArchiveWriteResult overlap = db.addEvents(u"c-1"_s, slice(life, 3900, 4100));
        QVERIFY(overlap.ok() && overlap.added > 50);
        QCOMPARE(db.eventCount(u"c-1"_s), held + overlap.added);
        QCOMPARE(
            db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).value(), builtFromTheArchive(db));
        // A page that reaches back (shards, a window refetched) drops it; repeats change nothing.
        QVERIFY(db.addEvents(u"c-1"_s, slice(life, 5000, 6000)).ok());
        QVERIFY(db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).has_value());
        QVERIFY(db.addEvents(u"c-1"_s, slice(life, 4000, 5000)).ok());
        QVERIFY(!db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).has_value());
        QCOMPARE(db.nodeTimeline(u"c-1"_s).value(), builtFromTheArchive(db));
        QCOMPARE(db.addEvents(u"c-1"_s, slice(life, 100, 200)).added, 0);
        QVERIFY(db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).has_value());
        QCOMPARE(builtFromTheArchive(db), buildNodeTimeline(ClusterEvent::fromJsonArray(life)));
        // Pruning removes its start: built again from what is left.
        const qint64 cutoff = life.at(2000).toObject().value(u"timestamp"_s).toInteger();
        QVERIFY(db.prune(cutoff).error.ok());
        QVERIFY(!db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).has_value());
        QCOMPARE(db.nodeTimeline(u"c-1"_s).value(), builtFromTheArchive(db));
    }

    void migratesFromSchema3()
    {
        const QJsonArray life = lifeOfACluster(800, 5);
        {
            // A version-3 file with two events, as version 3 wrote them.
            QSqlDatabase v3 = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
            v3.setDatabaseName(path());
            QVERIFY(v3.open());
            QSqlQuery q(v3);
            const QStringList statements = archiveschema::createStatements(3)
                + QStringList {u"PRAGMA user_version=3"_s,
                    u"INSERT INTO clusters(cluster_id) VALUES ('c-1')"_s,
                    u"INSERT INTO event_types(name) VALUES ('CREATING'), ('RUNNING')"_s,
                    u"INSERT INTO event_bodies(hash, body) VALUES (1, '{\"details\":{\"cluster_size\":"
                    "{\"autoscale\":{\"min_workers\":2,\"max_workers\":9}}}}'),"
                    " (2, '{\"details\":{\"current_num_workers\":4}}')"_s,
                    u"INSERT INTO events VALUES (1, 1000, 1, 1), (1, 2000, 2, 2)"_s};
            for (const QString &statement : statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            v3.close();
        }
        QSqlDatabase::removeDatabase(u"v3"_s);

        ArchiveDatabase db(path());
        const ArchiveOpenResult r = db.open();
        QCOMPARE(r.status, ArchiveOpenResult::Status::Migrated);
        QCOMPARE(r.fromVersion, 3);
        QCOMPARE(db.schemaVersion(), archiveschema::CurrentVersion);
        QCOMPARE(db.eventCount(u"c-1"_s), 2);
        // Nothing kept yet: built from the migrated events when first needed, then kept.
        QVERIFY(!db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).has_value());
        const std::optional<NodeTimeline> timeline = db.nodeTimeline(u"c-1"_s);
        QVERIFY(timeline.has_value());
        QCOMPARE(timeline->actualAt(2000), 4);
        QCOMPARE(timeline->maxWorkersAt(1500), 9);
        QCOMPARE(*timeline, builtFromTheArchive(db));
        QVERIFY(db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).has_value());
        // And the events written after the climb extend it.
        QJsonArray later;
        for (const QJsonValue &e : life) {
            QJsonObject o = e.toObject();
            o.insert(u"timestamp"_s, o.value(u"timestamp"_s).toInteger() - kStart + 10'000);
            if (o.value(u"type"_s).toString() != u"CREATING"_s)
                later.append(o);
        }
        QVERIFY(db.addEvents(u"c-1"_s, later).ok());
        QCOMPARE(
            db.nodeTimeline(u"c-1"_s, ArchiveTimelineStore::Missing::Skip).value(), builtFromTheArchive(db));
    }

    void columnLinesKeepEverySpikeAtEveryZoom()
    {
        StepSeries series = randomSteps(200'000, 17);
        // One-step spikes up and down, far apart, each lasting a millisecond.
        QVector<qsizetype> spikes;
        for (qsizetype i = 1'000; i < series.size() - 1; i += 23'456) {
            series[i].value = spikes.size() % 2 ? 0 : 99;
            spikes.append(i);
        }
        const qint64 first = series.constFirst().timestampMs;
        const qint64 last = series.constLast().timestampMs;
        const int columns = 1'300;
        int windows = 0;
        for (qint64 span = last - first; span >= 60'000; span /= 2) {
            for (double position = 0; position <= 1.0; position += 0.2) {
                const qint64 from = first + qint64(double(last - first - span) * position);
                const qint64 to = from + span;
                const QVector<QPointF> line = columnStepLine(series, from, to, columns, last);
                ++windows;
                // Few vertices: at most four a column (and two ends).
                QVERIFY2(line.size() <= 4 * columns + 2, qPrintable(QString::number(line.size())));
                QVERIFY(std::is_sorted(line.cbegin(), line.cend(),
                    [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
                for (const qsizetype i : spikes) {
                    const qint64 t = series.at(i).timestampMs;
                    if (t < from || t > to)
                        continue;
                    // Within the spike's pixel column, the line reaches the spike's value.
                    const double width = double(span) / columns;
                    const double column = std::floor(double(t - from) / width);
                    const auto [low, high] = drawnRange(
                        line, double(from) + column * width, double(from) + (column + 1) * width);
                    const double v = series.at(i).value;
                    QVERIFY2(low <= v && v <= high,
                        qPrintable(u"span %1 ms at %2: spike %3 at %4 drawn as %5..%6"_s.arg(span)
                                       .arg(position)
                                       .arg(v)
                                       .arg(t)
                                       .arg(low)
                                       .arg(high)));
                }
                // And nothing is drawn that the series does not hold in the window.
                const auto [low, high] = drawnRange(line, double(from), double(to));
                int lowest = NodeTimeline::valueAt(series, from);
                int highest = lowest;
                for (const StepPoint &p : series) {
                    if (p.timestampMs > from && p.timestampMs <= to) {
                        lowest = std::min(lowest, p.value);
                        highest = std::max(highest, p.value);
                    }
                }
                QCOMPARE(low, double(lowest));
                QCOMPARE(high, double(highest));
            }
        }
        QVERIFY(windows > 50);
        // Few points: the exact steps.
        const StepSeries few {{1000, 3}, {2000, 5}, {3000, 1}};
        QCOMPARE(columnStepLine(few, 0, 4000, 100, 3500),
            (QVector<QPointF> {{1000, 3}, {2000, 3}, {2000, 5}, {3000, 5}, {3000, 1}, {3500, 1}}));
    }

private:
    QString path() const { return m_dir->filePath(u"archive.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestNodeTimelineStore)
#include "tst_node_timeline_store.moc"
