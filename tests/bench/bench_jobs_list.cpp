// Benchmark 2 and 3 (issue 4):
//   2. 10,000 jobs with tasks through jobs/list (expand_tasks, 100 per page): PageFetcher vs a
//      bare QNetworkAccessManager next_page_token loop (target: within 1.2x), first page vs
//      total, at 100 ms and 0 ms of simulated latency (emulator in its own thread).
//   3. Parse throughput (MB/s) of a ~10 MB jobs page: QJsonDocument alone vs ResponseParser
//      (what the client runs, inline or on a worker thread).
//
//   bench_jobs_list [--jobs N] [--latency MS]

#include "api/connection.h"
#include "api/pagination.h"
#include "api/responseparser.h"
#include "auth/statictokenprovider.h"
#include "benchcommon.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace brickdesk::bench;

namespace {

struct Result
{
    qint64 items = 0;
    qint64 ms = 0;
    qint64 firstMs = -1;
    qint64 bytes = 0;
};

Result bareLoop(const QUrl &host, const QString &token, QJsonArray *keep = nullptr)
{
    QNetworkAccessManager network;
    Result result;
    QElapsedTimer clock;
    clock.start();
    QString pageToken;
    do {
        QUrl url = host;
        url.setPath(u"/api/2.2/jobs/list"_s);
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"100"_s);
        query.addQueryItem(u"expand_tasks"_s, u"true"_s);
        if (!pageToken.isEmpty())
            query.addQueryItem(u"page_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
        url.setQuery(query);
        const QJsonObject page = bareRequest(network, url, token, {}, &result.bytes);
        const QJsonArray jobs = page.value(u"jobs"_s).toArray();
        result.items += jobs.size();
        if (keep) {
            for (const QJsonValue &job : jobs)
                keep->append(job);
        }
        if (result.firstMs < 0)
            result.firstMs = clock.elapsed();
        pageToken = page.value(u"next_page_token"_s).toString();
    } while (!pageToken.isEmpty());
    result.ms = clock.elapsed();
    return result;
}

Result fetcherLoop(Connection &connection)
{
    JobsListParams params;
    params.limit = 100;
    params.expandTasks = true;
    PageFetcher fetcher(&connection, ApiRequest::get(connection.jobs().path(u"list"), params.toQuery()),
        u"jobs"_s, PageFetcher::Style::PageToken);
    Result result;
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    QObject::connect(&fetcher, &PageFetcher::page, [&] {
        if (result.firstMs < 0)
            result.firstMs = clock.elapsed();
    });
    QObject::connect(&fetcher, &PageFetcher::finished, [&] { done = true; });
    QObject::connect(&fetcher, &PageFetcher::failed, [&](const ApiError &error) {
        std::fprintf(stderr, "fetch failed: %s\n", qPrintable(error.toString()));
        done = true;
    });
    fetcher.start();
    spinUntil([&] { return done; });
    result.ms = clock.elapsed();
    result.items = fetcher.itemCount();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"jobs"_s, u"Jobs in the workspace."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"latency"_s, u"Simulated latency in ms."_s, u"ms"_s, u"100"_s});
    parser.process(app);

    emulator::EmulatorOptions options;
    options.jobs = parser.value(u"jobs"_s).toInt();
    options.runsPerJob = 1;
    options.clusters = 2;
    options.eventsPerCluster = 100;
    options.tokens = {u"dapi-bench-token-1"_s};
    QElapsedTimer seeding;
    seeding.start();
    emulator::EmulatorThread server(options);
    if (!server.start()) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    line("== bench_jobs_list: %d jobs (emulator seeded in %lld ms)", options.jobs, seeding.elapsed());

    Connection connection(server.url(), std::make_shared<StaticTokenProvider>(server.token()));
    QJsonArray allJobs;
    for (int ms : {parser.value(u"latency"_s).toInt(), 0}) {
        setLatency(server, ms);
        const Result bare = bareLoop(server.url(), server.token(), allJobs.isEmpty() ? &allJobs : nullptr);
        const Result ours = fetcherLoop(connection);
        line("latency %3d ms: bare QNetworkAccessManager loop %6lld ms (%lld jobs, %.1f MB, first page %lld "
             "ms)",
            ms, bare.ms, bare.items, bare.bytes / 1e6, bare.firstMs);
        line("latency %3d ms: PageFetcher                     %6lld ms (%lld jobs, first page %lld ms = "
             "%.1f%% of "
             "total)",
            ms, ours.ms, ours.items, ours.firstMs,
            100.0 * double(ours.firstMs) / std::max<qint64>(1, ours.ms));
        line("latency %3d ms: PageFetcher / bare = %.2fx (target <= 1.2x)", ms,
            double(ours.ms) / double(std::max<qint64>(1, bare.ms)));
    }

    // 3. Parse throughput of a ~10 MB jobs page.
    QJsonArray jobs;
    qint64 size = 0;
    QByteArray page;
    for (int i = 0; size < 10'000'000 && !allJobs.isEmpty(); ++i) {
        jobs.append(allJobs.at(i % allJobs.size()));
        if (i % 500 == 499) {
            page = QJsonDocument(QJsonObject {{u"jobs"_s, jobs}}).toJson(QJsonDocument::Compact);
            size = page.size();
        }
    }
    if (page.isEmpty())
        page = QJsonDocument(QJsonObject {{u"jobs"_s, jobs}}).toJson(QJsonDocument::Compact);
    const int rounds = 5;
    QElapsedTimer clock;
    clock.start();
    qint64 check = 0;
    for (int i = 0; i < rounds; ++i)
        check += QJsonDocument::fromJson(page).object().value(u"jobs"_s).toArray().size();
    const double plainMBs = page.size() * double(rounds) / 1e6 / (clock.elapsed() / 1000.0);
    ResponseParser::Raw raw;
    raw.httpStatus = 200;
    raw.body = page;
    clock.restart();
    for (int i = 0; i < rounds; ++i)
        check
            += ResponseParser::parse(raw, u"GET /api/2.2/jobs/list"_s).json.value(u"jobs"_s).toArray().size();
    const double oursMBs = page.size() * double(rounds) / 1e6 / (clock.elapsed() / 1000.0);
    line("parse: %.1f MB page (%lld jobs): QJsonDocument %.0f MB/s, ResponseParser %.0f MB/s (ratio %.2f) "
         "[%lld]",
        page.size() / 1e6, qint64(jobs.size()), plainMBs, oursMBs, oursMBs / plainMBs, check);
    const qint64 before = heapBytes();
    const QJsonDocument held = QJsonDocument::fromJson(page);
    line("parse: the parsed tree holds %.1f bytes of heap per byte of JSON",
        double(heapBytes() - before) / page.size());
    return held.isNull() ? 1 : 0;
}
