// Runs over a date range (issue 4: "runs can be sharded the same way"): every run of a busy
// workspace over 60 days, fetched
//   - by RunsRangeFetcher (start_time_from/start_time_to shards, up to 6 page chains in flight), vs
//   - a sequential runs/list page_token loop with a bare QNetworkAccessManager (what every SDK does),
// with the emulator (in its own thread) answering after 100 ms and after 0 ms. runs/list pages hold
// at most 25 runs, so the sequential loop needs one round trip per 25 runs. Prints the ratios.
//
//   bench_fetch_runs [--runs N] [--latency MS]

#include "api/connection.h"
#include "api/runsrangefetcher.h"
#include "auth/statictokenprovider.h"
#include "benchcommon.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace brickdesk::bench;

namespace {

struct Result
{
    qint64 runs = 0;
    qint64 ms = 0;
    qint64 firstMs = -1;
    int requests = 0;
};

Result sequentialLoop(const QUrl &host, const QString &token, qint64 from, qint64 to)
{
    QNetworkAccessManager network;
    Result result;
    QElapsedTimer clock;
    clock.start();
    QString pageToken;
    while (true) {
        QUrl url = host;
        url.setPath(u"/api/2.2/jobs/runs/list"_s);
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"25"_s);
        query.addQueryItem(u"start_time_from"_s, QString::number(from));
        query.addQueryItem(u"start_time_to"_s, QString::number(to));
        if (!pageToken.isEmpty())
            query.addQueryItem(u"page_token"_s, pageToken);
        url.setQuery(query);
        const QJsonObject page = bareRequest(network, url, token);
        ++result.requests;
        result.runs += page.value(u"runs"_s).toArray().size();
        if (result.firstMs < 0)
            result.firstMs = clock.elapsed();
        pageToken = page.value(u"next_page_token"_s).toString();
        if (pageToken.isEmpty() || !page.value(u"has_more"_s).toBool(true))
            break;
    }
    result.ms = clock.elapsed();
    return result;
}

Result shardedFetch(Connection &connection, qint64 from, qint64 to)
{
    RunsRangeFetcher fetcher(&connection, {}, from, to);
    Result result;
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    QObject::connect(&fetcher, &RunsRangeFetcher::runsReady, [&](const QVector<QJsonObject> &runs) {
        if (result.firstMs < 0)
            result.firstMs = clock.elapsed();
        result.runs += runs.size();
    });
    QObject::connect(&fetcher, &RunsRangeFetcher::finished, [&] { done = true; });
    QObject::connect(&fetcher, &RunsRangeFetcher::failed, [&](const ApiError &error) {
        std::fprintf(stderr, "fetch failed: %s\n", qPrintable(error.toString()));
        done = true;
    });
    fetcher.start();
    spinUntil([&] { return done; });
    result.ms = clock.elapsed();
    result.requests = fetcher.requestCount();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Runs in the workspace (about)."_s, u"n"_s, u"5000"_s});
    parser.addOption({u"latency"_s, u"Simulated latency in ms."_s, u"ms"_s, u"100"_s});
    parser.process(app);
    const int runs = parser.value(u"runs"_s).toInt();
    const int latency = parser.value(u"latency"_s).toInt();

    emulator::EmulatorOptions options;
    options.jobs = 50;
    options.runsPerJob = std::max(1, runs / options.jobs);
    options.clusters = 1;
    options.eventsPerCluster = 100;
    options.historyDays = 60;
    // The service's 60-day retention has an edge that moves while the loops run: the oldest runs
    // would vanish between the baseline and our fetch, and the counts could not be compared.
    options.runRetentionDays = 0;
    options.tokens = {u"dapi-bench-token-1"_s};
    emulator::EmulatorThread server(options);
    if (!server.start()) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + 60'000;
    const qint64 from = to - qint64(options.historyDays + 1) * 24 * 3600 * 1000;

    Connection connection(server.url(), std::make_shared<StaticTokenProvider>(server.token()));
    setLatency(server, 0);
    const Result count = sequentialLoop(server.url(), server.token(), from, to);
    line("== bench_fetch_runs: %lld runs of %d jobs over %d days", count.runs, options.jobs,
        options.historyDays);
    for (int ms : {latency, 0}) {
        setLatency(server, ms);
        const Result bare = sequentialLoop(server.url(), server.token(), from, to);
        const Result ours = shardedFetch(connection, from, to);
        line(
            "latency %3d ms: sequential runs/list loop %6lld ms (%d requests, %lld runs, first page %lld ms)",
            ms, bare.ms, bare.requests, bare.runs, bare.firstMs);
        line(
            "latency %3d ms: RunsRangeFetcher          %6lld ms (%d requests, %lld runs, first runs %lld ms)",
            ms, ours.ms, ours.requests, ours.runs, ours.firstMs);
        line("latency %3d ms: speed-up %.2fx%s", ms, double(bare.ms) / double(std::max<qint64>(1, ours.ms)),
            bare.runs == ours.runs ? "" : "  MISMATCH in run counts!");
    }
    return 0;
}
