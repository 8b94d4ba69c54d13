// Benchmark (issue 8): 100,000 events of one cluster → time to fetch all pages, build the node
// timeline and the chart's series, render one frame offscreen, and the frame time while zooming.
// Frame figures come with two baselines measured in the same run: an idle frame of the same chart
// (repainted, nothing changed), and a bare QChart drawing only the two step lines at full
// resolution (no decimation, band, markers or legend). At 100,000 emulator events the timeline
// has ~3,000 steps, under the decimation's threshold of 4 points per pixel column at full zoom.
// Run: bench_ui_chart [--events N] [--latency MS] [--zoom-steps N] [--layers]
// (offscreen: QT_QPA_PLATFORM=offscreen; tests/bench/run.sh sets it).
#include "analysis/stepline.h"
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "benchcommon.h"
#include "chartframes.h"
#include "charts/nodecountchart.h"
#include "services/clusterhistoryloader.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using namespace brickdesk::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"events"_s, u"Events of the cluster."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"latency"_s, u"Simulated latency per request in ms."_s, u"ms"_s, u"0"_s});
    parser.addOption({u"zoom-steps"_s, u"Wheel steps in the zoom run."_s, u"n"_s, u"40"_s});
    parser.addOption({u"layers"_s, u"Also time a frame without each layer in turn."_s});
    parser.process(app);
    const bool layers = parser.isSet(u"layers"_s);
    const int eventCount = parser.value(u"events"_s).toInt();
    const int latency = parser.value(u"latency"_s).toInt();
    const int zoomSteps = parser.value(u"zoom-steps"_s).toInt();

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
    // Asleep in the event loop meanwhile, so the emulator's thread has the other core.
    QEventLoop fetchLoop;
    QObject::connect(&loader, &ClusterHistoryLoader::loaded, &fetchLoop, &QEventLoop::quit);
    QObject::connect(&loader, &ClusterHistoryLoader::failed, &fetchLoop, &QEventLoop::quit);
    clock.start();
    loader.start();
    if (!done)
        fetchLoop.exec();
    if (failed)
        return 1;
    const NodeChartData data = loader.chartData();
    line("fetch all pages:        %9.1f ms  (%lld events, %.0f events/s)", fetchMs,
        qint64(loader.events().size()), double(loader.events().size()) / (fetchMs / 1000.0));
    line("build timeline+series:  %9.1f ms  (%lld actual steps, %lld target steps, %lld markers)", buildMs,
        qint64(data.actual.size()), qint64(data.target.size()), qint64(data.markers.size()));

    // 3. One frame of the chart, decimated to its pixel columns.
    NodeCountChart chart;
    // Laid out and rendered but never put on a screen: each frame below is painted exactly once,
    // by grab(), instead of once more by the window system between the steps.
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(1400, 600);
    chart.show();
    QElapsedTimer first;
    first.start();
    chart.setData(data);
    waitForSeries(chart);
    const double decimateMs = elapsedMs(first);
    const double firstFrameMs = renderFrame(chart.chartView());
    line("first frame:            %9.1f ms  (set data, decimate, apply %.1f ms + render %.1f ms; %lld points "
         "drawn for %d columns)",
        decimateMs + firstFrameMs, decimateMs, firstFrameMs, qint64(chart.drawnActual().size()),
        chart.plotColumns());

    if (layers) {
        // Diagnostics: what each layer adds to a frame (each hidden in turn).
        auto *cv = qobject_cast<QChartView *>(chart.chartView());
        const auto avg = [&] {
            double sum = 0;
            for (int i = 0; i < 5; ++i)
                sum += renderFrame(cv);
            return sum / 5;
        };
        line("layers: all %.1f ms", avg());
        cv->setRenderHint(QPainter::Antialiasing, false);
        line("layers: no AA %.1f ms", avg());
        cv->setRenderHint(QPainter::Antialiasing, true);
        const auto seriesList = cv->chart()->series();
        for (QAbstractSeries *s : seriesList) {
            s->setVisible(false);
            line(
                "layers: without %s (%s) %.1f ms", qPrintable(s->objectName()), qPrintable(s->name()), avg());
            s->setVisible(true);
        }
        cv->chart()->legend()->setVisible(false);
        line("layers: without legend %.1f ms", avg());
        cv->chart()->legend()->setVisible(true);
    }

    // 4. Zooming: each wheel step → re-decimation on the worker → the view painted by the event
    // loop, as on screen (a grab would paint it once more).
    PaintWatch paints(chart.chartView());
    QVector<double> frames;
    QVector<double> rangeParts;
    QVector<double> waitParts;
    QVector<double> renderParts;
    QVector<double> cpuFrames; // the GUI thread's CPU time of each frame
    const auto zoomRun = [&](double factor) {
        for (int i = 0; i < zoomSteps; ++i) {
            const double cpuStart = threadCpuMs();
            const int paintsBefore = paints.paints();
            const double start = paints.now();
            const auto range = chart.visibleRange();
            chart.zoomBy(factor, range.first + (range.second - range.first) / 3);
            const double a = paints.now() - start;
            if (chart.visibleRange() == range)
                continue; // against the data's edge: nothing new to show
            waitForSeries(chart);
            const double b = paints.now() - start;
            const double total = waitForShown(paints, paintsBefore, start);
            if (total < 0)
                qFatal("the chart was not painted after its range changed");
            frames.append(total);
            cpuFrames.append(threadCpuMs() - cpuStart);
            rangeParts.append(a);
            waitParts.append(b - a);
            renderParts.append(frames.constLast() - b);
        }
    };
    zoomRun(1.25);
    zoomRun(0.8);
    const FrameStats zoom = stats(frames);
    line("zoom frame (decimated): mean %6.1f ms  p95 %6.1f ms  max %6.1f ms  over %lld frames", zoom.mean,
        zoom.p95, zoom.max, qint64(frames.size()));
    line("  of which: set range %.1f ms, decimate+apply %.1f ms, to the paint %.1f ms (means; max "
         "%.1f / %.1f / %.1f)",
        stats(rangeParts).mean, stats(waitParts).mean, stats(renderParts).mean, stats(rangeParts).max,
        stats(waitParts).max, stats(renderParts).max);
    const FrameStats zoomCpu = stats(cpuFrames);
    line("  GUI thread CPU per zoom frame: mean %.1f ms  p95 %.1f ms  max %.1f ms", zoomCpu.mean, zoomCpu.p95,
        zoomCpu.max);

    // Baseline 1: an idle frame of the same chart (nothing changed, only repainted).
    QVector<double> idleFrames;
    for (int i = 0; i < 10; ++i)
        idleFrames.append(renderFrame(chart.chartView()));
    const FrameStats idle = stats(idleFrames);
    line("idle frame (same chart): mean %6.1f ms  max %6.1f ms", idle.mean, idle.max);
    line("ratio: zoom frame / idle frame = %.2f (mean), %.2f (p95 / idle max)",
        zoom.mean / std::max(0.001, idle.mean), zoom.p95 / std::max(0.001, idle.max));

    // Baseline 2: a bare QChart with only the two step lines at full resolution (no decimation),
    // same pens, antialiased; no band, markers or legend: the floor of what Qt Charts costs.
    auto *baseChartPtr = new QChart; // the view's scene owns it
    QChart &baseChart = *baseChartPtr;
    auto *actual = new QLineSeries;
    auto *target = new QLineSeries;
    actual->replace(stepLine(data.actual, data.endMs));
    target->replace(stepLine(data.target, data.endMs));
    actual->setPen(QPen(QColor(31, 119, 180), 2.0));
    target->setPen(QPen(QColor(255, 127, 14), 1.6));
    baseChart.setAnimationOptions(QChart::NoAnimation);
    baseChart.legend()->hide();
    baseChart.addSeries(actual);
    baseChart.addSeries(target);
    baseChart.createDefaultAxes();
    QChartView baseView(baseChartPtr);
    baseView.setRenderHint(QPainter::Antialiasing, true);
    baseView.setAttribute(Qt::WA_DontShowOnScreen);
    baseView.resize(1400, 600);
    baseView.show();
    QCoreApplication::processEvents();
    auto *baseX = qobject_cast<QValueAxis *>(baseChart.axes(Qt::Horizontal).constFirst());
    const double baseFirst = renderFrame(&baseView);
    QVector<double> baseFrames;
    for (int i = 0; i < std::min(zoomSteps, 10); ++i) {
        QElapsedTimer t;
        t.start();
        // Along time only, like the chart's wheel zoom.
        const double lo = baseX->min();
        const double hi = baseX->max();
        const double center = lo + (hi - lo) / 3;
        baseX->setRange(center - (center - lo) / 1.25, center + (hi - center) / 1.25);
        renderFrame(&baseView);
        baseFrames.append(elapsedMs(t));
    }
    const FrameStats base = stats(baseFrames);
    line("bare QChart, 2 lines undecimated (%lld points): first frame %.1f ms, zoom frame mean %.1f ms max "
         "%.1f ms",
        qint64(actual->count() + target->count()), baseFirst, base.mean, base.max);
    line("ratio: full chart / bare two-line chart: first frame %.2f, zoom frame %.2f (mean)",
        firstFrameMs / std::max(0.001, baseFirst), zoom.mean / std::max(0.001, base.mean));
    return 0;
}
