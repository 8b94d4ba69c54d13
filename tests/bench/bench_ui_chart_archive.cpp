// Benchmark: the node-count chart over a million archived events. One cluster's 90 days, of
// which the API still serves the last 7 (the emulator's event retention, as the service forgets)
// and the workspace archive holds the rest: ClusterHistoryLoader reads the archived stretch and
// fetches the API's. Figures: the time from asking to the chart's first rendered frame, and the
// frame time while zooming from 90 days down to an hour and panning at every zoom level (each
// frame: set the range, decimate off the GUI thread, render). Baseline in the same run: the same
// chart loaded from the API alone at 100 ms latency (an emulator that kept everything).
// Targets: first frame under 300 ms, every frame under 16 ms.
//
//   bench_ui_chart_archive [--events N] [--days D] [--api-days D] [--latency MS] [--no-baseline]
#include "api/connection.h"
#include "archive/archive.h"
#include "archive/archivedatabase.h"
#include "auth/statictokenprovider.h"
#include "benchcommon.h"
#include "chartframes.h"
#include "charts/nodecountchart.h"
#include "clusterarchive.h"
#include "common/timeunits.h"
#include "services/clusterhistoryloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::bench;

namespace {

// Everything the emulator generated for the cluster, written as syncs over the months would have.
qint64 fillArchive(
    emulator::EmulatorThread &server, const QString &id, const QString &path, qint64 from, qint64 to)
{
    ArchiveDatabase db(path);
    if (!db.open().ok())
        qFatal("archive did not open");
    qint64 written = 0;
    for (qint64 dayStart = from; dayStart < to; dayStart += kDay)
        written += archiveInPages(db, id, generatedEvents(server, id, dayStart, dayStart + kDay - 1));
    return written;
}

struct Loaded
{
    NodeChartData data;
    double loadMs = 0;
    qint64 events = 0;
    qint64 archived = 0;
    int requests = 0;
};

Loaded load(Connection &connection, const QString &id, qint64 from, qint64 to, Archive *archive)
{
    ClusterHistoryLoader loader(&connection, id, from, to);
    loader.setArchive(archive);
    QEventLoop loop;
    bool failed = false;
    QObject::connect(&loader, &ClusterHistoryLoader::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &ClusterHistoryLoader::failed, &loop, [&](const ApiError &error) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error.toString()));
        failed = true;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    loader.start();
    loop.exec();
    if (failed)
        qFatal("the chart's history did not load");
    return {loader.chartData(), elapsedMs(clock), loader.eventCount(), loader.archivedEventCount(),
        loader.requestCount()};
}

// Puts the data on a chart and renders its first frame: the time it takes after loading.
double firstFrame(NodeCountChart &chart, const NodeChartData &data)
{
    QElapsedTimer clock;
    clock.start();
    chart.setData(data);
    waitForSeries(chart);
    renderFrame(chart.chartView());
    return elapsedMs(clock);
}

double frame(NodeCountChart &chart, const std::function<void()> &change)
{
    QElapsedTimer clock;
    clock.start();
    change();
    waitForSeries(chart);
    renderFrame(chart.chartView());
    return elapsedMs(clock);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"brickdesk.*.debug=false\nbrickdesk.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"events"_s, u"Events of the cluster."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"days"_s, u"Days of history."_s, u"d"_s, u"90"_s});
    parser.addOption({u"api-days"_s, u"Days the API still serves (its retention)."_s, u"d"_s, u"7"_s});
    parser.addOption({u"latency"_s, u"Latency of the baseline's API, ms."_s, u"ms"_s, u"100"_s});
    parser.addOption({u"no-baseline"_s, u"Skip loading everything from the API."_s});
    parser.process(app);
    const int events = parser.value(u"events"_s).toInt();
    const int days = parser.value(u"days"_s).toInt();
    const int apiDays = parser.value(u"api-days"_s).toInt();

    line("== bench_ui_chart_archive: %d events of one cluster over %d days, the API keeps %d days", events,
        days, apiDays);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workspace.sqlite"_s);
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + kHour;
    const qint64 from = to - qint64(days + 1) * kDay;

    // Everything in the archive, as syncs over the months would have kept it.
    auto everything = startOneClusterEmulator(events, days, 0);
    const QString id = firstClusterId(*everything);
    QElapsedTimer clock;
    clock.start();
    const qint64 written = fillArchive(*everything, id, path, from, to);
    line("archive: %lld events written in %.1f s, %.1f MB on disk", written, elapsedMs(clock) / 1000,
        (QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1e6);

    // The same history (same seed), of which the API serves only the last days.
    auto forgetful = startOneClusterEmulator(events, days, apiDays);
    if (firstClusterId(*forgetful) != id)
        qFatal("the two emulators seeded different clusters");
    Connection forgetfulConnection(
        forgetful->url(), std::make_shared<StaticTokenProvider>(forgetful->token()));
    Archive archive(path);
    archive.open().waitForFinished();

    NodeCountChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(1400, 600);
    chart.show();

    const Loaded fromArchive = load(forgetfulConnection, id, from, to, &archive);
    const double archiveFrameMs = firstFrame(chart, fromArchive.data);
    line("archive + API: %lld events (%lld from the archive, %d API requests) loaded in %.0f ms; first frame "
         "%.0f ms after asking (load %.0f + set, decimate, render %.1f; target under 300 ms)",
        fromArchive.events, fromArchive.archived, fromArchive.requests, fromArchive.loadMs,
        fromArchive.loadMs + archiveFrameMs, fromArchive.loadMs, archiveFrameMs);

    // Zoom from the whole window down to about an hour, halving the range; at each level pan
    // across it in fifths, both ways.
    QVector<double> all;
    double worstLevelMax = 0;
    int level = 0;
    chart.setVisibleRange(from, to);
    waitForSeries(chart);
    for (qint64 span = to - from; span >= kHour; span /= 2, ++level) {
        QVector<double> frames;
        frames.append(frame(chart, [&] {
            const qint64 start = to - span;
            chart.setVisibleRange(start, to);
        }));
        for (int i = 0; i < 5; ++i)
            frames.append(frame(chart, [&] { chart.pan(-0.2); }));
        for (int i = 0; i < 5; ++i)
            frames.append(frame(chart, [&] { chart.pan(0.2); }));
        const FrameStats s = stats(frames);
        worstLevelMax = std::max(worstLevelMax, s.max);
        line("  zoom level %2d (%7.1f h visible, %4lld points drawn): mean %5.1f ms, max %5.1f ms", level,
            double(span) / kHour, qint64(chart.drawnActual().size()), s.mean, s.max);
        all += frames;
    }
    const FrameStats overall = stats(all);
    line("zoom and pan frames: mean %.1f ms, p95 %.1f ms, max %.1f ms over %lld frames (target: every frame "
         "under 16 ms)",
        overall.mean, overall.p95, overall.max, qint64(all.size()));
    QVector<double> idle;
    for (int i = 0; i < 10; ++i)
        idle.append(renderFrame(chart.chartView()));
    line(
        "idle frame (render only, same chart): mean %.1f ms, max %.1f ms", stats(idle).mean, stats(idle).max);

    if (!parser.isSet(u"no-baseline"_s)) {
        forgetful.reset();
        setLatency(*everything, parser.value(u"latency"_s).toInt());
        Connection connection(everything->url(), std::make_shared<StaticTokenProvider>(everything->token()));
        const Loaded fromApi = load(connection, id, from, to, nullptr);
        NodeCountChart apiChart;
        apiChart.setAttribute(Qt::WA_DontShowOnScreen);
        apiChart.resize(1400, 600);
        apiChart.show();
        const double apiFrameMs = firstFrame(apiChart, fromApi.data);
        line("API alone at %s ms latency: %lld events, %d requests, first frame %.0f ms after asking",
            qPrintable(parser.value(u"latency"_s)), fromApi.events, fromApi.requests,
            fromApi.loadMs + apiFrameMs);
        line("ratio: first frame from the API alone / from the archive + API = %.2f",
            (fromApi.loadMs + apiFrameMs) / std::max(0.001, fromArchive.loadMs + archiveFrameMs));
    }
    return 0;
}
