#pragma once

#include "emulator/clustereventgenerator.h"
#include "emulator/eventtypes.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace brickdesk::test {

// The emulator's ground truth for a cluster's node counts: the worker counts its event
// generator simulated, one entry per generated event. Written without any of the app's analysis
// code, so that the app's timeline, node-hours, cost and exports can be checked against it.
class SimulatedTruth final
{
public:
    using Entry = brickdesk::emulator::ClusterEventGenerator::SimulatedWorkers;

    explicit SimulatedTruth(std::vector<Entry> entries)
        : m_entries(std::move(entries))
    {
        // Where no reading of the events can know the count: from a downward RESIZING (which
        // reports the count before it) to the next event that reports one, the nodes go at a
        // moment the API does not tell. The simulation releases them at once or after a graceful
        // decommission; the app may show the count before or the target meanwhile.
        for (size_t i = 1; i + 1 < m_entries.size(); ++i) {
            const int before = m_entries[i - 1].current;
            if (m_entries[i].type != brickdesk::emulator::eventtypes::Resizing
                || before <= m_entries[i].target)
                continue;
            size_t next = i + 1;
            while (next + 1 < m_entries.size() && !m_entries[next].reported && m_entries[next].up)
                ++next;
            m_unknown.push_back(
                {m_entries[i].timestamp, m_entries[next].timestamp, before - m_entries[i].target});
        }
    }

    bool isEmpty() const { return m_entries.empty(); }
    size_t size() const { return m_entries.size(); }
    const Entry &at(size_t i) const { return m_entries[i]; }
    qint64 firstMs() const { return m_entries.front().timestamp; }
    qint64 lastMs() const { return m_entries.back().timestamp; }

    // The state at t: that after the last event at or before t (down with no workers before the
    // first one).
    Entry stateAt(qint64 t) const
    {
        const auto after = std::upper_bound(m_entries.begin(), m_entries.end(), t,
            [](qint64 ms, const Entry &e) { return ms < e.timestamp; });
        return after == m_entries.begin() ? Entry {} : *(after - 1);
    }

    // True inside one of the intervals where the count is not known (see above).
    bool countUnknown(qint64 t) const
    {
        return std::any_of(
            m_unknown.begin(), m_unknown.end(), [t](const Gap &g) { return t >= g.fromMs && t < g.toMs; });
    }

    int peakWorkers() const
    {
        int peak = 0;
        for (const Entry &e : m_entries)
            peak = std::max(peak, e.current);
        return peak;
    }

    // Node-hours the simulation ran in [from, to): its counts held from each event to the next,
    // the last one until `to`; with the driver, one more node while up.
    double nodeHours(qint64 from, qint64 to, bool includeDriver) const
    {
        double ms = 0;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const qint64 start = std::max(from, m_entries[i].timestamp);
            const qint64 end = std::min(to, i + 1 < m_entries.size() ? m_entries[i + 1].timestamp : to);
            if (end <= start)
                continue;
            const int nodes = m_entries[i].current + (includeDriver && m_entries[i].up ? 1 : 0);
            ms += double(nodes) * double(end - start);
        }
        return ms / 3'600'000.0;
    }

    // The most a correct reading's node-hours may differ from nodeHours(): the worker-hours at
    // stake in the intervals where the count is not known.
    double unknownWorkerHours(qint64 from, qint64 to) const
    {
        double ms = 0;
        for (const Gap &g : m_unknown) {
            const qint64 start = std::max(from, g.fromMs);
            const qint64 end = std::min(to, g.toMs);
            if (end > start)
                ms += double(g.workers) * double(end - start);
        }
        return ms / 3'600'000.0;
    }

private:
    struct Gap
    {
        qint64 fromMs;
        qint64 toMs;
        int workers;
    };

    std::vector<Entry> m_entries;
    std::vector<Gap> m_unknown;
};

} // namespace brickdesk::test
