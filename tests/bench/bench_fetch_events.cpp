// Benchmark 1 (issue 4): 100,000 events of one cluster over 30 days, fetched
//   - by ClusterHistoryLoader (events only: ClusterEventsFetcher's time shards, up to 6 page
//     chains in flight, off-thread parsing), vs
//   - a sequential page_token loop with a bare QNetworkAccessManager (one chain, as an SDK does),
// with the emulator (in its own thread) answering after 100 ms and after 0 ms. Prints the
// ratios from this one run, plus the memory held per event as compact ClusterEvent values vs
// as a QJsonArray tree.
//
//   bench_fetch_events [--events N] [--latency MS]

#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "benchcommon.h"
#include "services/clusterhistoryloader.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace brickdesk::bench;

namespace {

struct Result
{
    qint64 events = 0;
    qint64 ms = 0;
    qint64 firstMs = -1;
    int requests = 0;
};

Result sequentialLoop(const QUrl &host, const QString &token, const QString &clusterId, qint64 start,
    qint64 end, QJsonArray *keep = nullptr)
{
    QNetworkAccessManager network;
    QUrl url = host;
    url.setPath(u"/api/2.1/clusters/events"_s);
    QJsonObject body {{u"cluster_id"_s, clusterId}, {u"order"_s, u"ASC"_s}, {u"start_time"_s, start},
        {u"end_time"_s, end}, {u"page_size"_s, 500}};
    const QJsonObject first = body;
    Result result;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        const QJsonObject page
            = bareRequest(network, url, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++result.requests;
        const QJsonArray events = page.value(u"events"_s).toArray();
        result.events += events.size();
        if (keep) {
            for (const QJsonValue &event : events)
                keep->append(event);
        }
        if (result.firstMs < 0)
            result.firstMs = clock.elapsed();
        const QString token = page.value(u"next_page_token"_s).toString();
        if (token.isEmpty())
            break;
        body = first;
        body.insert(u"page_token"_s, token);
    }
    result.ms = clock.elapsed();
    return result;
}

Result shardedFetch(Connection &connection, const QString &clusterId, qint64 start, qint64 end,
    QVector<ClusterEvent> *keep = nullptr)
{
    ClusterHistoryLoader fetcher(&connection, clusterId, start, end);
    fetcher.setEventsOnly(true);
    fetcher.setKeepEvents(keep != nullptr);
    Result result;
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    QObject::connect(&fetcher, &ClusterHistoryLoader::eventsReady, [&](const QVector<ClusterEvent> &events) {
        if (result.firstMs < 0)
            result.firstMs = clock.elapsed();
        result.events += events.size();
    });
    QObject::connect(&fetcher, &ClusterHistoryLoader::loaded, [&] { done = true; });
    QObject::connect(&fetcher, &ClusterHistoryLoader::failed, [&](const ApiError &error) {
        std::fprintf(stderr, "fetch failed: %s\n", qPrintable(error.toString()));
        done = true;
    });
    fetcher.start();
    spinUntil([&] { return done; });
    result.ms = clock.elapsed();
    result.requests = fetcher.requestCount();
    if (keep)
        *keep = fetcher.events();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"events"_s, u"Events of the cluster."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"latency"_s, u"Simulated latency in ms."_s, u"ms"_s, u"100"_s});
    parser.process(app);
    const int eventCount = parser.value(u"events"_s).toInt();
    const int latency = parser.value(u"latency"_s).toInt();

    emulator::EmulatorOptions options;
    options.jobs = 5;
    options.runsPerJob = 1;
    options.clusters = 1;
    options.eventsPerCluster = eventCount;
    options.historyDays = 30;
    options.tokens = {u"dapi-bench-token-1"_s};
    emulator::EmulatorThread server(options);
    if (!server.start()) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QString clusterId;
    int total = 0;
    QMetaObject::invokeMethod(
        server.emulator(),
        [&] {
            clusterId = server.emulator()->clusterIds().first();
            total = server.emulator()->eventCount(clusterId);
        },
        Qt::BlockingQueuedConnection);
    const qint64 end = QDateTime::currentMSecsSinceEpoch() + 60'000;
    const qint64 start = end - qint64(32) * 24 * 3600 * 1000;
    line("== bench_fetch_events: cluster %s, %d events over %d days", qPrintable(clusterId), total,
        options.historyDays);

    Connection connection(server.url(), std::make_shared<StaticTokenProvider>(server.token()));
    for (int ms : {latency, 0}) {
        setLatency(server, ms);
        const Result bare = sequentialLoop(server.url(), server.token(), clusterId, start, end);
        const Result ours = shardedFetch(connection, clusterId, start, end);
        line("latency %3d ms: sequential page_token loop %5lld ms (%d requests, %lld events, first page %lld "
             "ms)",
            ms, bare.ms, bare.requests, bare.events, bare.firstMs);
        line("latency %3d ms: ClusterHistoryLoader      %6lld ms (%d requests, %lld events, first events "
             "%lld ms)",
            ms, ours.ms, ours.requests, ours.events, ours.firstMs);
        line("latency %3d ms: speed-up %.2fx (target >= 4x with latency)%s", ms,
            double(bare.ms) / double(std::max<qint64>(1, ours.ms)),
            bare.events == ours.events ? "" : "  MISMATCH in event counts!");
    }

    // Memory per event held: compact values vs the JSON tree.
    setLatency(server, 0);
    const qint64 base = heapBytes();
    qint64 compactBytes = 0;
    {
        QVector<ClusterEvent> kept;
        shardedFetch(connection, clusterId, start, end, &kept);
        QCoreApplication::processEvents(); // let finished replies go (deleteLater)
        compactBytes = heapBytes() - base;
        line("memory: %lld events as ClusterEvent: %.1f MB of heap, %.0f bytes/event", qint64(kept.size()),
            compactBytes / 1e6, double(compactBytes) / std::max<qint64>(1, kept.size()));
    }
    const qint64 base2 = heapBytes();
    {
        QJsonArray tree;
        sequentialLoop(server.url(), server.token(), clusterId, start, end, &tree);
        const qint64 treeBytes = heapBytes() - base2;
        line("memory: %lld events as QJsonArray:   %.1f MB of heap, %.0f bytes/event (%.1fx the compact "
             "values)",
            qint64(tree.size()), treeBytes / 1e6, double(treeBytes) / std::max<qint64>(1, tree.size()),
            double(treeBytes) / double(std::max<qint64>(1, compactBytes)));
    }
    return 0;
}
