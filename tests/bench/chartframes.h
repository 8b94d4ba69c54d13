#pragma once

// Frame timing shared by the chart benchmarks (header-only): one rendered frame, statistics of
// many, and waiting for the chart's off-thread decimation.

#include "charts/nodecountchart.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace brickdesk::bench {

inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
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
