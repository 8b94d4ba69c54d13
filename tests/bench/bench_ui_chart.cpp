// Benchmark (issue 8): 100,000 events of one cluster → time to fetch all pages, build the node
// timeline and the chart's series, render one frame offscreen, and the frame time while zooming.
// The baseline for the frame figures is the same chart fed the full-resolution series without
// decimation, measured in the same run. Run: bench_ui_chart [--events N] [--latency MS]
// (offscreen: QT_QPA_PLATFORM=offscreen; tests/bench/run.sh sets it).
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "benchcommon.h"
#include "charts/nodecountchart.h"
#include "charts/stepline.h"
#include "clusters/clusterhistoryloader.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace brickdesk;
using bench::line;

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// One frame: the view repaints everything into a pixmap (what a screen refresh costs).
double renderFrame(QWidget *view)
{
    QElapsedTimer t;
    t.start();
    const QPixmap pixmap = view->grab();
    Q_UNUSED(pixmap);
    return elapsedMs(t);
}

struct FrameStats
{
    double mean = 0;
    double p95 = 0;
    double max = 0;
};

FrameStats stats(QVector<double> samples)
{
    FrameStats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    for (double v : samples)
        s.mean += v;
    s.mean /= double(samples.size());
    s.p95 = samples.at(
        std::min<qsizetype>(samples.size() - 1, qsizetype(std::ceil(samples.size() * 0.95)) - 1));
    s.max = samples.constLast();
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events of the cluster."), QStringLiteral("n"),
        QStringLiteral("100000")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("Simulated latency per request in ms."),
        QStringLiteral("ms"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("zoom-steps"), QStringLiteral("Wheel steps in the zoom run."),
        QStringLiteral("n"), QStringLiteral("40")});
    parser.process(app);
    const int eventCount = parser.value(QStringLiteral("events")).toInt();
    const int latency = parser.value(QStringLiteral("latency")).toInt();
    const int zoomSteps = parser.value(QStringLiteral("zoom-steps")).toInt();

    emulator::EmulatorOptions options;
    options.jobs = 5;
    options.runsPerJob = 1;
    options.clusters = 1;
    options.eventsPerCluster = eventCount;
    options.historyDays = 30;
    options.tokens = {QStringLiteral("dapi-bench-token-1")};
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
    bench::setLatency(server, latency);
    line("== bench_ui_chart: cluster %s, %d events over %d days, latency %d ms", qPrintable(clusterId), total,
        options.historyDays, latency);

    Connection connection(server.url(), std::make_shared<StaticTokenProvider>(server.token()));
    const qint64 end = QDateTime::currentMSecsSinceEpoch() + 60'000;
    const qint64 start = end - qint64(32) * 24 * 3600 * 1000;

    // 1. Fetch every page, then 2. build the timeline and the chart's series (worker thread).
    ClusterHistoryLoader loader(&connection, clusterId, start, end);
    QElapsedTimer clock;
    double fetchMs = 0;
    double buildMs = 0;
    bool done = false;
    bool failed = false;
    QObject::connect(&loader, &ClusterHistoryLoader::fetched, [&] { fetchMs = elapsedMs(clock); });
    QObject::connect(&loader, &ClusterHistoryLoader::loaded, [&] {
        buildMs = elapsedMs(clock) - fetchMs;
        done = true;
    });
    QObject::connect(&loader, &ClusterHistoryLoader::failed, [&](const ApiError &error) {
        std::fprintf(stderr, "fetch failed: %s\n", qPrintable(error.toString()));
        failed = done = true;
    });
    clock.start();
    loader.start();
    bench::spinUntil([&] { return done; });
    if (failed)
        return 1;
    const NodeChartData data = loader.chartData();
    line("fetch all pages:        %9.1f ms  (%lld events, %.0f events/s)", fetchMs,
        qint64(loader.events().size()), double(loader.events().size()) / (fetchMs / 1000.0));
    line("build timeline+series:  %9.1f ms  (%lld actual steps, %lld target steps, %lld markers)", buildMs,
        qint64(data.actual.size()), qint64(data.target.size()), qint64(data.markers.size()));

    // 3. One frame of the chart, decimated to its pixel columns.
    NodeCountChart chart;
    chart.resize(1400, 600);
    chart.show();
    QElapsedTimer first;
    first.start();
    chart.setData(data);
    bench::spinUntil([&] { return !chart.isUpdating(); });
    const double decimateMs = elapsedMs(first);
    const double firstFrameMs = renderFrame(chart.chartView());
    line("first frame:            %9.1f ms  (decimate %.1f ms + render %.1f ms; %lld points drawn for %d "
         "columns)",
        decimateMs + firstFrameMs, decimateMs, firstFrameMs, qint64(chart.drawnActual().size()),
        chart.plotColumns());

    // 4. Zooming: each wheel step → re-decimation on the worker → one rendered frame.
    QVector<double> frames;
    const auto zoomRun = [&](double factor) {
        for (int i = 0; i < zoomSteps; ++i) {
            QElapsedTimer t;
            t.start();
            const auto range = chart.visibleRange();
            chart.zoomBy(factor, range.first + (range.second - range.first) / 3);
            bench::spinUntil([&] { return !chart.isUpdating(); });
            renderFrame(chart.chartView());
            frames.append(elapsedMs(t));
        }
    };
    zoomRun(1.25);
    zoomRun(0.8);
    const FrameStats zoom = stats(frames);
    line("zoom frame (decimated): mean %6.1f ms  p95 %6.1f ms  max %6.1f ms  over %lld frames", zoom.mean,
        zoom.p95, zoom.max, qint64(frames.size()));

    // Baseline: the same series drawn at full resolution (no decimation), one frame and zooming.
    QChart baseChart;
    auto *actual = new QLineSeries;
    auto *target = new QLineSeries;
    actual->replace(charts::stepLine(data.actual, data.endMs));
    target->replace(charts::stepLine(data.target, data.endMs));
    baseChart.addSeries(actual);
    baseChart.addSeries(target);
    baseChart.createDefaultAxes();
    QChartView baseView(&baseChart);
    baseView.resize(1400, 600);
    baseView.show();
    QCoreApplication::processEvents();
    const double baseFirst = renderFrame(&baseView);
    QVector<double> baseFrames;
    for (int i = 0; i < std::min(zoomSteps, 10); ++i) {
        QElapsedTimer t;
        t.start();
        baseChart.zoom(1.25);
        renderFrame(&baseView);
        baseFrames.append(elapsedMs(t));
    }
    const FrameStats base = stats(baseFrames);
    line("baseline (no decimation, %lld points): first frame %.1f ms, zoom frame mean %.1f ms max %.1f ms",
        qint64(actual->count() + target->count()), baseFirst, base.mean, base.max);
    line("ratio: first frame %.1fx faster, zoom frame %.1fx faster than the undecimated baseline",
        baseFirst / std::max(0.001, firstFrameMs), base.mean / std::max(0.001, zoom.mean));
    return 0;
}
