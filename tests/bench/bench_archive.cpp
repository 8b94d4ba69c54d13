// The local archive: bytes per event on disk (indexes included) with a million events of one
// cluster over 90 days, and what archiving adds to fetching: 100,000 events fetched by token
// paging at 0 ms latency alone (PageFetcher, the baseline) and through ArchiveSync (the same
// fetch, every page written to the archive on its thread), in the same run.
#include "api/clustersparams.h"
#include "api/connection.h"
#include "api/pagination.h"
#include "archive/archive.h"
#include "archive/archivedatabase.h"
#include "auth/statictokenprovider.h"
#include "benchcommon.h"
#include "clusterarchive.h"
#include "services/archivesync.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>

using namespace brickdesk;
using namespace brickdesk::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

// Bytes per event: the events straight from the emulator (no HTTP), written in pages of 500
// as a sync writes them.
void bytesPerEvent(int events)
{
    auto server = startOneClusterEmulator(events, 90);
    const QString id = firstClusterId(*server);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    qint64 written = 0;
    qint64 writeMs = 0;
    {
        ArchiveDatabase db(path);
        if (!db.open().ok())
            qFatal("archive did not open");
        const qint64 end = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
        const qint64 day = 86'400'000;
        QElapsedTimer clock;
        for (qint64 from = end - 91 * day; from < end; from += day) {
            const QJsonArray chunk = generatedEvents(*server, id, from, from + day - 1);
            clock.start();
            written += archiveInPages(db, id, chunk);
            writeMs += clock.elapsed();
        }
        const ArchiveStats stats = db.stats();
        line("archive: %lld events of one cluster over 90 days, %lld distinct event bodies",
            qint64(stats.events), qint64(stats.distinctEventBodies));
    } // closed: the WAL is checkpointed into the file
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    line("archive: %.1f MB on disk including indexes = %.1f bytes per event (target: 1M events well under "
         "100 MB)",
        bytes / 1e6, double(bytes) / std::max<qint64>(1, written));
    line("archive: writing %lld events in pages of 500 took %lld ms (%.0f events/s)", written, writeMs,
        written * 1000.0 / std::max<qint64>(1, writeMs));
}

qint64 fetchOnly(Connection &connection, const QString &id)
{
    ClusterEventsParams params;
    params.clusterId = id;
    params.order = u"ASC"_s;
    PageFetcher fetcher(&connection, ClustersApi::eventsRequest(params), u"events"_s,
        PageFetcher::Style::PageTokenOrNextPage);
    qint64 events = 0;
    bool done = false;
    QObject::connect(&fetcher, &PageFetcher::page,
        [&](const QJsonObject &page) { events += page.value(u"events"_s).toArray().size(); });
    QObject::connect(&fetcher, &PageFetcher::finished, [&] { done = true; });
    QObject::connect(&fetcher, &PageFetcher::failed, [&] { done = true; });
    QElapsedTimer clock;
    clock.start();
    fetcher.start();
    spinUntil([&] { return done; });
    const qint64 ms = clock.elapsed();
    line("  fetch only: %lld events, %d requests, %lld ms", events, fetcher.requestsSent(), ms);
    return ms;
}

qint64 fetchAndArchive(Connection &connection, const QString &id, const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    Archive archive(path);
    archive.open().waitForFinished();
    ArchiveSync::Options options;
    options.clusterIds = {id};
    options.recordConfigurations = false;
    options.jobs = false;
    ArchiveSync sync(&connection, &archive, options);
    bool done = false;
    QObject::connect(&sync, &ArchiveSync::finished, [&] { done = true; });
    QElapsedTimer clock;
    clock.start();
    sync.start();
    spinUntil([&] { return done; });
    const qint64 ms = clock.elapsed(); // includes waiting for the last page's write
    const ArchiveSync::ClusterResult r = sync.summary().clusters.value(0);
    line(
        "  fetch + archive: %lld events, %lld new, %d requests, %lld ms", r.fetched, r.added, r.requests, ms);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"brickdesk.*.debug=false\nbrickdesk.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"events"_s, u"Events for the size figure."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"fetch-events"_s, u"Events for the fetch vs archive figure."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"rounds"_s, u"Rounds of each (the best counts)."_s, u"n"_s, u"3"_s});
    parser.process(app);

    line("== bench_archive");
    bytesPerEvent(parser.value(u"events"_s).toInt());

    auto server = startOneClusterEmulator(parser.value(u"fetch-events"_s).toInt(), 30);
    setLatency(*server, 0);
    const QString id = firstClusterId(*server);
    Connection connection(server->url(), std::make_shared<StaticTokenProvider>(server->token()));
    QTemporaryDir dir;
    qint64 bestFetch = LLONG_MAX;
    qint64 bestArchive = LLONG_MAX;
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());
    fetchOnly(connection, id); // warm-up: the emulator generates the history on first use
    for (int round = 0; round < rounds; ++round) {
        bestFetch = std::min(bestFetch, fetchOnly(connection, id));
        bestArchive = std::min(bestArchive, fetchAndArchive(connection, id, dir.filePath(u"f.sqlite"_s)));
    }
    line("archive: fetching at 0 ms latency %lld ms, fetching and archiving %lld ms: archiving adds %.1f%% "
         "(ratio %.3f; target under 10%%)",
        bestFetch, bestArchive, (bestArchive - bestFetch) * 100.0 / std::max<qint64>(1, bestFetch),
        double(bestArchive) / std::max<qint64>(1, bestFetch));
    return 0;
}
