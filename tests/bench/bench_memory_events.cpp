// Benchmark 3b: memory per cluster event held. 100,000 events of one simulated cluster (the
// emulator's generator, in-process: this measures holding, not fetching) are kept three ways
// and the heap growth of each is measured in the same run:
//   A. the JSON trees (QJsonDocument per 500-event page, as parsed from the wire);
//   B. compact ClusterEvent values (what Brickdesk keeps: decoded fields + the raw JSON
//      zlib-compressed in a page buffer shared by the page's events);
//   C. the alternative design: decoded fields + each event's compact JSON as its own QByteArray.
// Prints bytes/event for each, the ratios A/B and C/B, and the cost of raw() on demand.
//
//   build/bench/tests/bench/bench_memory_events [--events N]

#include "domain/clusterevent.h"
#include "emulator/clustereventgenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>
#include <malloc.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

qint64 heapBytes()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd); // arenas in use + mmapped blocks
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// The wire form: pages of 500 events, as clusters/events answers them.
QVector<QByteArray> makePages(int count)
{
    emulator::ClusterRecord cluster;
    cluster.clusterId = u"0923-164208-meow7359"_s;
    cluster.spec = QJsonObject {{u"cluster_name"_s, u"bench"_s},
        {u"autoscale"_s, QJsonObject {{u"min_workers"_s, 2}, {u"max_workers"_s, 40}}}};
    cluster.historyEnd = QDateTime::currentMSecsSinceEpoch();
    cluster.createdTime = cluster.historyEnd - 30LL * 24 * 3600 * 1000;
    cluster.spot = true;
    cluster.seed = 20240601;
    cluster.eventBudget = count;
    const std::vector<emulator::EventRecord> records = emulator::ClusterEventGenerator::generate(cluster);
    QVector<QByteArray> pages;
    QJsonArray page;
    for (const emulator::EventRecord &record : records) {
        page.append(emulator::ClusterEventGenerator::toJson(cluster, record));
        if (page.size() == 500) {
            pages.append(QJsonDocument(QJsonObject {{u"events"_s, page}}).toJson(QJsonDocument::Compact));
            page = QJsonArray();
        }
    }
    if (!page.isEmpty())
        pages.append(QJsonDocument(QJsonObject {{u"events"_s, page}}).toJson(QJsonDocument::Compact));
    return pages;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int wanted = argValue(app.arguments(), u"--events"_s, 100'000);
    std::printf("== bench_memory_events: %d events of one cluster (benchmark 3b)\n", wanted);

    const QVector<QByteArray> pages = makePages(wanted);
    qint64 wireBytes = 0;
    for (const QByteArray &page : pages)
        wireBytes += page.size();
    int events = 0;
    for (const QByteArray &page : pages)
        events += int(QJsonDocument::fromJson(page).object().value(u"events"_s).toArray().size());
    std::printf("wire JSON: %d events in %lld pages, %.1f MB (%.0f bytes/event)\n", events,
        static_cast<long long>(pages.size()), double(wireBytes) / 1e6, double(wireBytes) / events);

    const qint64 rssEmpty = residentBytes();

    // A. JSON trees.
    qint64 heapA = 0;
    {
        const qint64 before = heapBytes();
        QVector<QJsonDocument> trees;
        trees.reserve(pages.size());
        for (const QByteArray &page : pages)
            trees.append(QJsonDocument::fromJson(page));
        heapA = heapBytes() - before;
    }

    // C. fields + per-event raw bytes (uncompressed).
    qint64 heapC = 0;
    {
        const qint64 before = heapBytes();
        QVector<QByteArray> raw;
        QVector<ClusterEvent> fields; // stand-in for the decoded fields (the inline part)
        raw.reserve(events);
        for (const QByteArray &page : pages) {
            const QJsonArray array = QJsonDocument::fromJson(page).object().value(u"events"_s).toArray();
            for (const QJsonValue &value : array)
                raw.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        }
        heapC = heapBytes() - before + qint64(events) * ClusterEvent::inlineSize();
    }

    // B. compact ClusterEvent values (kept).
    QElapsedTimer timer;
    timer.start();
    const qint64 beforeB = heapBytes();
    QVector<ClusterEvent> held;
    held.reserve(events);
    for (const QByteArray &page : pages)
        held += ClusterEvent::fromJsonArray(
            QJsonDocument::fromJson(page).object().value(u"events"_s).toArray());
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 heapB = heapBytes() - beforeB;
    const qint64 rssHeld = residentBytes();

    qint64 compressed = 0;
    for (qsizetype i = 0; i < held.size(); i += 500)
        compressed += held.at(i).pageBytes();

    std::printf("A  JSON tree (QJsonDocument)        : %7.1f MB  %6.0f bytes/event\n", double(heapA) / 1e6,
        double(heapA) / events);
    std::printf("C  fields + raw QByteArray per event: %7.1f MB  %6.0f bytes/event\n", double(heapC) / 1e6,
        double(heapC) / events);
    std::printf("B  ClusterEvent (compressed pages)  : %7.1f MB  %6.0f bytes/event  (inline %d + raw %.0f "
                "compressed)\n",
        double(heapB) / 1e6, double(heapB) / events, ClusterEvent::inlineSize(), double(compressed) / events);
    std::printf("ratio A/B (JSON tree / held)        : %.1fx smaller\n", double(heapA) / double(heapB));
    std::printf("ratio C/B (per-event bytes / held)  : %.1fx smaller\n", double(heapC) / double(heapB));
    std::printf("process RSS above start while holding B: %.1f MB (target < 100 MB)\n",
        double(rssHeld - rssEmpty) / 1e6);
    std::printf(
        "parse + compact %d events: %.0f ms (%.2f us/event)\n", events, buildMs, buildMs * 1000 / events);

    // raw() on demand: in time order (table scrolling) and at random (worst case).
    timer.restart();
    qint64 sink = 0;
    for (const ClusterEvent &e : std::as_const(held))
        sink += e.raw().size();
    const double sequentialUs = double(timer.nsecsElapsed()) / 1e3 / events;
    QRandomGenerator rng(7);
    const int samples = 2000;
    timer.restart();
    for (int i = 0; i < samples; ++i)
        sink += held.at(rng.bounded(int(held.size()))).raw().size();
    const double randomUs = double(timer.nsecsElapsed()) / 1e3 / samples;
    std::printf("raw() on demand: %.2f us/event in time order, %.0f us/event at random (page decompress)\n",
        sequentialUs, randomUs);
    return sink > 0 ? 0 : 1;
}
