#pragma once

#include <QRandomGenerator>

#include <vector>

namespace brickdesk::emulator {

// A cluster's simulated demand in [0, 1] over time: busy working hours, quiet nights and
// weekends, random spikes, noise per 15 minutes. The event generator sizes the workers from it
// and the system tables derive each node's CPU and memory from it, so both tell one story.
class SimulatedLoad final
{
public:
    SimulatedLoad(QRandomGenerator &rng, qint64 start, qint64 end, int tzOffsetHours);

    double at(qint64 t) const;
    int tzOffsetHours() const { return int(m_tzOffset / 3'600'000); }

private:
    struct Spike
    {
        qint64 center;
        qint64 halfWidth;
        double amplitude;
    };

    qint64 m_tzOffset;
    std::vector<Spike> m_spikes;
    quint64 m_noiseSeed = 0;
};

} // namespace brickdesk::emulator
