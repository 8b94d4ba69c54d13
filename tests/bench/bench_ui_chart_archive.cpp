// Benchmark: the node-count chart over a million archived events. One cluster's 90 days, of
// which the API still serves the last 7 (the emulator's event retention, as the service forgets)
// and the workspace archive holds the rest: ClusterHistoryLoader reads the archived stretch and
// fetches the API's. Figures: the time from asking to the chart's first rendered frame, and the
// frame time while zooming from 90 days down to an hour and panning at every zoom level (each
// frame: set the range, decimate off the GUI thread, apply, until the event loop has painted
// the view), with the GUI thread's CPU time per frame (steadier on a shared machine). Baseline in the same
// run: the same chart loaded from the API alone at 100 ms latency (an emulator that kept everything).
// Targets: first frame under 300 ms, every frame under 16 ms.
//
//   bench_ui_chart_archive [--events N] [--days D] [--api-days D] [--latency MS] [--no-baseline]
//                          [--save-frames DIR]
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

struct Filled
{
    qint64 written = 0;
    double timelineMs = 0; // of which keeping the node timeline up to date
};

// Everything the emulator generated for the cluster, written as daily syncs over the months
// would have: each day's pages, then the node timeline brought up to date (ArchiveSync does
// it after each sync).
Filled fillArchive(
    emulator::EmulatorThread &server, const QString &id, const QString &path, qint64 from, qint64 to)
{
    ArchiveDatabase db(path);
    if (!db.open().ok())
        qFatal("archive did not open");
    Filled filled;
    for (qint64 dayStart = from; dayStart < to; dayStart += kDay) {
        filled.written += archiveInPages(db, id, generatedEvents(server, id, dayStart, dayStart + kDay - 1));
        QElapsedTimer clock;
        clock.start();
        if (filled.written > 0 && !db.nodeTimeline(id))
            qFatal("the node timeline was not kept");
        filled.timelineMs += elapsedMs(clock);
    }
    return filled;
}

struct Loaded
{
    NodeChartData data;
    double loadMs = 0;
    qint64 events = 0;
    qint64 archived = 0;
    int requests = 0;
    double previewFrameMs = -1; // the stored timeline's frame on screen, after asking (-1: none)
    qint64 previewPoints = 0;
};

Loaded load(Connection &connection, const QString &id, qint64 from, qint64 to, Archive *archive,
    NodeCountChart *chart = nullptr)
{
    ClusterHistoryLoader loader(&connection, id, from, to);
    loader.setArchive(archive);
    QEventLoop loop;
    bool failed = false;
    QElapsedTimer asked;
    Loaded result;
    // What the clusters page does: the archive's stored timeline on the chart as soon as it
    // is there, while the events are read and fetched.
    QObject::connect(&loader, &ClusterHistoryLoader::previewReady, &loop, [&] {
        if (!chart)
            return;
        chart->setData(loader.previewData());
        waitForSeries(*chart);
        renderFrame(chart->chartView());
        result.previewFrameMs = elapsedMs(asked);
        result.previewPoints = loader.previewData().actual.size();
    });
    QObject::connect(&loader, &ClusterHistoryLoader::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &ClusterHistoryLoader::failed, &loop, [&](const ApiError &error) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error.toString()));
        failed = true;
        loop.quit();
    });
    asked.start();
    loader.start();
    loop.exec();
    if (failed)
        qFatal("the chart's history did not load");
    result.data = loader.chartData();
    result.loadMs = elapsedMs(asked);
    result.events = loader.eventCount();
    result.archived = loader.archivedEventCount();
    result.requests = loader.requestCount();
    return result;
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

// Where a frame's time goes: the GUI thread's part of asking (set), waiting for the decimated
// series to be put on the chart (decimate + apply), and until the view has been painted
// (render: the event loop's way to the paint, and the paint itself).
struct FrameParts
{
    double set = 0;
    double series = 0;
    double render = 0;
    double paint = 0;
    QVector<double> cpu; // the GUI thread's CPU time of each frame
};

// One frame as the user gets it: the change, the decimated series applied, and the view painted
// by the event loop (as on screen; no grab, which would paint it once more). A change that
// leaves the range as it was (a pan against the data's edge) shows nothing new: -1.
double frame(
    NodeCountChart &chart, PaintWatch &paints, const std::function<void()> &change, FrameParts *parts)
{
    const auto before = chart.visibleRange();
    const int paintsBefore = paints.paints();
    const double cpuStart = threadCpuMs();
    const double start = paints.now();
    change();
    const double set = paints.now() - start;
    if (chart.visibleRange() == before)
        return -1;
    waitForSeries(chart);
    const double series = paints.now() - start;
    const double total = waitForShown(paints, paintsBefore, start);
    if (total < 0)
        qFatal("the chart was not painted after its range changed");
    parts->cpu.append(threadCpuMs() - cpuStart);
    parts->set += set;
    parts->series += series - set;
    parts->render += total - series;
    parts->paint += paints.lastPaintMs();
    return total;
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
    parser.addOption(
        {u"save-frames"_s, u"Save the chart at each zoom level as PNGs in a folder."_s, u"dir"_s});
    parser.process(app);
    const int events = parser.value(u"events"_s).toInt();
    const int days = parser.value(u"days"_s).toInt();
    const int apiDays = parser.value(u"api-days"_s).toInt();

    line("== bench_ui_chart_archive: %d events of one cluster over %d days, the API keeps %d days", events,
        days, apiDays);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workspace.sqlite"_s);
    const qint64 seededAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 to = seededAt + kHour;
    const qint64 from = to - qint64(days + 1) * kDay;

    // Everything in the archive, as syncs over the months would have kept it.
    auto everything = startOneClusterEmulator(events, days, 0, seededAt);
    const QString id = firstClusterId(*everything);
    QElapsedTimer clock;
    clock.start();
    const Filled filled = fillArchive(*everything, id, path, from, to);
    line("archive: %lld events written in %.1f s (of which keeping the node timeline %.1f s), %.1f MB on "
         "disk",
        filled.written, elapsedMs(clock) / 1000, filled.timelineMs / 1000,
        (QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1e6);

    // The same history (same seed), of which the API serves only the last days.
    auto forgetful = startOneClusterEmulator(events, days, apiDays, seededAt);
    if (firstClusterId(*forgetful) != id)
        qFatal("the two emulators seeded different clusters");
    // The emulator generates a history on first use: not a cost of the chart.
    generatedEvents(*forgetful, id, to - kDay, to);
    Connection forgetfulConnection(
        forgetful->url(), std::make_shared<StaticTokenProvider>(forgetful->token()));
    Archive archive(path);
    archive.open().waitForFinished();

    NodeCountChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(1400, 600);
    chart.show();

    const Loaded fromArchive = load(forgetfulConnection, id, from, to, &archive, &chart);
    const double archiveFrameMs = firstFrame(chart, fromArchive.data);
    if (fromArchive.previewFrameMs < 0)
        qFatal("the archive's stored node timeline was not drawn first");
    line("archive + API: first frame %.0f ms after asking (the archive's stored node timeline, %lld steps of "
         "actual workers; target under 300 ms)",
        fromArchive.previewFrameMs, fromArchive.previewPoints);
    line("archive + API: %lld events (%lld from the archive, %d API requests) loaded in %.0f ms; the frame "
         "with "
         "every event's markers %.0f ms after asking (load %.0f + set, decimate, render %.1f)",
        fromArchive.events, fromArchive.archived, fromArchive.requests, fromArchive.loadMs,
        fromArchive.loadMs + archiveFrameMs, fromArchive.loadMs, archiveFrameMs);

    // Zoom from the whole window down to about an hour, halving the range; at each level pan
    // across it in fifths, both ways. The first step zooms out from the last hour to everything.
    PaintWatch paints(chart.chartView());
    int applied = 0;
    QObject::connect(&chart, &NodeCountChart::seriesUpdated, [&applied] { ++applied; });
    QVector<double> all;
    QVector<double> allCpu;
    double worstLevelMax = 0;
    int level = 0;
    chart.setVisibleRange(to - kHour, to);
    waitForSeries(chart);
    paints.waitForPaint(paints.paints());
    for (qint64 span = to - from; span >= kHour; span /= 2, ++level) {
        QVector<double> frames;
        FrameParts parts;
        const int paintsBefore = paints.paints();
        const int appliedBefore = applied;
        const auto add = [&](const std::function<void()> &change) {
            const double ms = frame(chart, paints, change, &parts);
            if (ms >= 0)
                frames.append(ms);
        };
        add([&] { chart.setVisibleRange(to - span, to); });
        for (int i = 0; i < 5; ++i)
            add([&] { chart.pan(-0.2); });
        for (int i = 0; i < 5; ++i)
            add([&] { chart.pan(0.2); });
        const FrameStats s = stats(frames);
        const FrameStats cpu = stats(parts.cpu);
        worstLevelMax = std::max(worstLevelMax, s.max);
        const double n = double(frames.size());
        // More decimations or paints than frames: a frame drawn twice (its plot area changed).
        line("  zoom level %2d (%7.1f h, %4lld points, %2lld frames, %2d decimated, %2d painted): mean %5.1f "
             "ms, "
             "p95 %5.1f, max %5.1f (set %.1f, decimate + apply %.1f, to the paint %.1f of which painting "
             "%.1f); GUI thread CPU mean %4.1f ms, p95 %4.1f, max %4.1f",
            level, double(span) / kHour, qint64(chart.drawnActual().size()), qint64(frames.size()),
            applied - appliedBefore, paints.paints() - paintsBefore, s.mean, s.p95, s.max, parts.set / n,
            parts.series / n, parts.render / n, parts.paint / n, cpu.mean, cpu.p95, cpu.max);
        all += frames;
        allCpu += parts.cpu;
        if (parser.isSet(u"save-frames"_s))
            chart.exportPng(u"%1/chart-level-%2.png"_s.arg(parser.value(u"save-frames"_s))
                                .arg(level, 2, 10, QChar(u'0')));
    }
    const FrameStats overall = stats(all);
    const FrameStats overallCpu = stats(allCpu);
    line("zoom and pan frames: mean %.1f ms, p95 %.1f ms, max %.1f ms over %lld frames (target: every frame "
         "under 16 ms); GUI thread CPU mean %.1f ms, p95 %.1f ms, max %.1f ms",
        overall.mean, overall.p95, overall.max, qint64(all.size()), overallCpu.mean, overallCpu.p95,
        overallCpu.max);
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
        line("ratio: first frame from the API alone / from the archive + API = %.1f (complete: %.2f)",
            (fromApi.loadMs + apiFrameMs) / std::max(0.001, fromArchive.previewFrameMs),
            (fromApi.loadMs + apiFrameMs) / std::max(0.001, fromArchive.loadMs + archiveFrameMs));
    }
    return 0;
}
