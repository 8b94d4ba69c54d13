// Jobs screen under load: 10,000 jobs served by the emulator in its own thread, loaded into the
// real JobsPage (model, filter proxy, view with lazily filled last-run badges). Measures how
// soon the first rows appear, how long the whole list takes, and the longest stall of the GUI
// thread while it loads (a 1 ms probe timer's worst lateness), against the same probe on an
// idle event loop in the same run.
//
//   bench_ui_jobs [--jobs N] [--latency MS]
//   bench_ui_jobs --screenshots DIR     renders docs/screenshot-jobs-*.png and run detail
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "emulator/emulatorthread.h"
#include "emulator/workspaceemulator.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "models/jobsmodel.h"
#include "models/runsmodel.h"
#include "runs/rundetailwidget.h"
#include "runs/runstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// Fires every millisecond and records the worst gap between two firings: the longest time the
// GUI thread could not run its event loop.
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0) {
                const double gapMs = double(now - m_last) / 1e6;
                m_worst = qMax(m_worst, gapMs);
                if (gapMs > 50)
                    ++m_over50;
                if (gapMs > 20)
                    m_long.append({double(m_last) / 1e6, gapMs});
            }
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_over50 = 0;
        m_last = 0;
        m_long.clear();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_worst; }
    int over50() const { return m_over50; }
    // Gaps over 20 ms: (start ms after start(), length ms).
    QList<std::pair<double, double>> longGaps() const { return m_long; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
    int m_over50 = 0;
    QList<std::pair<double, double>> m_long;
};

int benchmark(int jobs, int latencyMs)
{
    emulator::EmulatorOptions options;
    options.jobs = jobs;
    options.runsPerJob = 2;
    options.clusters = 4;
    options.eventsPerCluster = 100;
    options.latencyMs = latencyMs;
    QElapsedTimer seedClock;
    seedClock.start();
    emulator::EmulatorThread server(options);
    if (!server.start()) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("emulator with %d jobs ready in %lld ms (latency %d ms per request)\n", jobs,
        seedClock.elapsed(), latencyMs);

    Connection connection(server.url(), std::make_shared<StaticTokenProvider>(server.token()));
    JobsPage page;
    page.resize(1400, 900);
    page.show();
    spinUntil([] { return false; }, 200);

    StallProbe probe;
    probe.start();
    spinUntil([] { return false; }, 1000);
    probe.stop();
    const double idleWorst = probe.worstMs();

    QElapsedTimer clock;
    qint64 firstRows = -1;
    QObject::connect(page.model(), &QAbstractItemModel::rowsInserted, &page, [&] {
        if (firstRows < 0)
            firstRows = clock.elapsed();
    });
    probe.start();
    clock.start();
    page.setConnection(&connection);
    const bool done
        = spinUntil([&] { return page.model()->rowCount() >= jobs && !page.model()->isLoading(); }, 600'000);
    const qint64 total = clock.elapsed();
    // Keep scrolling and filtering for a moment as a user would while the badges fill in.
    page.view()->scrollToBottom();
    spinUntil([] { return false; }, 300);
    probe.stop();
    const double loadWorst = probe.worstMs();

    std::printf(
        "rows loaded: %d of %d (%s)\n", page.model()->rowCount(), jobs, done ? "complete" : "TIMED OUT");
    std::printf("first rows visible after:     %8lld ms\n", firstRows);
    std::printf("whole list loaded after:      %8lld ms\n", total);
    std::printf("first rows / total:           %8.3f\n", total > 0 ? double(firstRows) / double(total) : 0.0);
    std::printf("longest GUI stall, idle loop: %8.1f ms\n", idleWorst);
    std::printf("longest GUI stall, loading:   %8.1f ms (ratio to idle %.1fx; %d gaps over 50 ms)\n",
        loadWorst, idleWorst > 0 ? loadWorst / idleWorst : 0.0, probe.over50());
    QStringList gaps;
    for (const auto &[at, length] : probe.longGaps())
        gaps << u"%1 ms at %2 ms"_s.arg(length, 0, 'f', 1).arg(at, 0, 'f', 0);
    std::printf("stalls over 20 ms:            %s (load ended at %lld ms)\n",
        gaps.isEmpty() ? "none" : qPrintable(gaps.join(u", "_s)), total);

    // Filtering 10,000 rows as the user types.
    QElapsedTimer filterClock;
    filterClock.start();
    page.filterEdit()->setText(u"etl"_s);
    const qint64 filterMs = filterClock.elapsed();
    std::printf("filter \"etl\" over %d rows:    %8lld ms (%d shown)\n", page.model()->rowCount(), filterMs,
        page.view()->model()->rowCount());
    page.setConnection(nullptr);
    return done ? 0 : 1;
}

bool save(QWidget *widget, const QString &file)
{
    const bool ok = widget->grab().save(file);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

int screenshots(const QString &directory)
{
    QDir().mkpath(directory);
    emulator::EmulatorOptions options; // the demo workspace
    emulator::WorkspaceEmulator emulator(options);
    if (!emulator.listen())
        return 1;
    Connection connection(emulator.url(), std::make_shared<StaticTokenProvider>(emulator.token()));
    JobsPage page;
    page.resize(1500, 900);
    page.show();
    page.setConnection(&connection);
    spinUntil([&] { return !page.model()->isLoading() && page.model()->rowCount() > 0; }, 60'000);

    // A multi-task job with a few finished runs.
    qint64 jobId = emulator.anyJobId(4);
    if (jobId <= 0)
        jobId = emulator.anyJobId(2);
    page.showJob(jobId);
    spinUntil(
        [&] { return page.jobDetail()->job().isValid() && !page.jobDetail()->runsModel()->isLoading(); },
        30'000);
    spinUntil([] { return false; }, 1500); // last-run badges, strip
    bool ok = save(&page, directory + u"/screenshot-jobs-list.png"_s);

    page.jobDetail()->tabs()->setCurrentIndex(1);
    spinUntil([] { return false; }, 500);
    ok = save(page.jobDetail(), directory + u"/screenshot-job-runs.png"_s) && ok;
    page.jobDetail()->tabs()->setCurrentIndex(0);
    spinUntil([] { return false; }, 300);
    ok = save(page.jobDetail(), directory + u"/screenshot-job-detail.png"_s) && ok;

    qint64 runId = 0;
    for (qint64 id : emulator.runIdsOfJob(jobId)) {
        const Run run = Run::fromJson(emulator.run(id));
        if (!RunStyle::isActive(run) && run.tasks().size() >= 2) {
            runId = id;
            if (RunStyle::displayState(run).isFailure())
                break; // a failure shows the error output too
        }
    }
    page.showRun(runId);
    spinUntil(
        [&] { return page.runDetail()->run().isValid() && !page.runDetail()->outputs().isEmpty(); }, 30'000);
    spinUntil([] { return false; }, 800);
    ok = save(&page, directory + u"/screenshot-run-detail.png"_s) && ok;
    page.setConnection(nullptr);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"brickdesk-bench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"jobs"_s, u"Jobs in the workspace (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"latency"_s, u"Simulated latency per request in ms (default 0)."_s, u"ms"_s, u"0"_s});
    parser.addOption({u"screenshots"_s, u"Render the documentation screenshots into DIR."_s, u"dir"_s});
    parser.process(app);
    if (parser.isSet(u"screenshots"_s))
        return screenshots(parser.value(u"screenshots"_s));
    return benchmark(parser.value(u"jobs"_s).toInt(), parser.value(u"latency"_s).toInt());
}
