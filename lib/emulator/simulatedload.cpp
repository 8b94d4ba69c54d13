#include "simulatedload.h"

#include "common/timeunits.h"

#include <algorithm>
#include <cmath>

namespace brickdesk::emulator {

SimulatedLoad::SimulatedLoad(QRandomGenerator &rng, qint64 start, qint64 end, int tzOffsetHours)
    : m_tzOffset(tzOffsetHours * kHour)
{
    const int spikes = int((end - start) / (2 * kDay)) + 1;
    for (int i = 0; i < spikes; ++i) {
        m_spikes.push_back({start + qint64(rng.bounded(double(std::max<qint64>(1, end - start)))),
            (20 + rng.bounded(70)) * kMinute, 0.3 + rng.bounded(0.5)});
    }
    m_noiseSeed = rng.generate();
}

double SimulatedLoad::at(qint64 t) const
{
    const qint64 local = t + m_tzOffset;
    const double hour = double(local % kDay) / double(kHour);
    const int weekday = int((local / kDay + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday
    double base = 0.05 + 0.75 * std::exp(-std::pow((hour - 14.0) / 3.5, 2.0));
    if (weekday >= 5)
        base *= 0.3;
    for (const Spike &s : m_spikes) {
        const qint64 d = std::abs(t - s.center);
        if (d < s.halfWidth)
            base += s.amplitude * (1.0 - double(d) / double(s.halfWidth));
    }
    // Deterministic noise per 15 minutes.
    const quint64 bucket = quint64(t / (15 * kMinute)) * 0x9E3779B97F4A7C15ULL ^ m_noiseSeed;
    const double noise = double((bucket >> 11) % 1000) / 1000.0 - 0.5;
    return std::clamp(base + 0.12 * noise, 0.0, 1.0);
}

} // namespace brickdesk::emulator
