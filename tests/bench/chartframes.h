#pragma once

// Frame timing shared by the chart benchmarks (header-only): one rendered frame, statistics of
// many, and waiting for the chart's off-thread decimation.

#include "charts/nodecountchart.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <time.h>

namespace brickdesk::bench {

inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread (the GUI thread here), ms: what the chart costs the thread
// that must also handle input, without the neighbours' load on a shared machine.
inline double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// One frame: the view repaints everything into a pixmap (what a screen refresh costs).
inline double renderFrame(QWidget *view)
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

inline FrameStats stats(QVector<double> samples)
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

// The paints the window system gives a chart's view: the frames a user sees. A frame measured
// with grab() paints the view once more than the application does (the update the change
// queued is still painted afterwards, by the event loop, into the next frame's time), and misses
// what the event loop does before it paints.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *view)
        : m_target(view)
    {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(view))
            m_target = area->viewport();
        m_target->installEventFilter(this);
        m_clock.start();
    }

    int paints() const { return m_paints; }
    double lastPaintMs() const { return m_lastMs; }
    double now() const { return elapsedMs(m_clock); }
    double lastPaintEnd() const { return m_lastEnd; } // on now()'s clock

    // Runs the event loop until the view has been painted more than `after` times (false after
    // timeoutMs without).
    bool waitForPaint(int after, int timeoutMs = 1000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_paints <= after && clock.elapsed() < timeoutMs) {
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
            m_loop = nullptr;
        }
        return m_paints > after;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_target || event->type() != QEvent::Paint || m_inside)
            return false;
        // Delivered again from here (this filter lets it through then) to time the paint itself.
        m_inside = true;
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::sendEvent(watched, event);
        m_lastMs = elapsedMs(clock);
        m_lastEnd = now();
        m_inside = false;
        ++m_paints;
        if (m_loop)
            m_loop->quit();
        return true;
    }

private:
    QWidget *m_target;
    QElapsedTimer m_clock;
    QEventLoop *m_loop = nullptr;
    bool m_inside = false;
    int m_paints = 0;
    double m_lastMs = 0;
    double m_lastEnd = 0;
};

// The time from `start` (on watch.now()'s clock) until the view showed the chart's latest
// series: the paint that follows their application, or, when the view was already painted after
// it (a second decimation that changed nothing), that paint. -1 when it was never painted.
inline double waitForShown(PaintWatch &watch, int paintsBefore, double start)
{
    const int painted = watch.paints();
    if (!watch.waitForPaint(painted, painted > paintsBefore ? 50 : 1000) && painted == paintsBefore)
        return -1;
    return watch.lastPaintEnd() - start;
}

// Waits, asleep in the event loop (not spinning: the decimation runs on the other core), until
// the chart has put its latest frame on screen.
inline void waitForSeries(NodeCountChart &chart)
{
    while (chart.isUpdating()) {
        QEventLoop loop;
        QObject::connect(&chart, &NodeCountChart::seriesUpdated, &loop, &QEventLoop::quit);
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace brickdesk::bench
