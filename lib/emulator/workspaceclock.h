#pragma once

#include <QDateTime>

#include <algorithm>

namespace brickdesk::emulator {

// The emulated workspace's notion of time: the wall clock, and live durations divided by the
// time scale (--time-scale) so demos and tests can watch a run go by in seconds.
class WorkspaceClock final
{
public:
    explicit WorkspaceClock(double timeScale)
        : m_timeScale(timeScale > 0 ? timeScale : 1.0)
    { }

    qint64 now() const { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 scaled(qint64 ms) const { return std::max<qint64>(1, qint64(double(ms) / m_timeScale)); }

private:
    double m_timeScale;
};

} // namespace brickdesk::emulator
