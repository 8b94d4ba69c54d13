#include "analysis/nodetimeline.h"

#include <algorithm>
#include <numeric>

namespace brickdesk {

namespace {

using Type = ClusterEvent::Type;

constexpr double msPerHour = 3600.0 * 1000.0;

int configuredTarget(const ClusterEvent::Size &size)
{
    if (size.isAutoscale())
        return size.minWorkers;
    return size.numWorkers; // -1 when unknown
}

// Event types that only happen while the cluster is up: seeing one first means the window
// started while the cluster was running.
bool impliesUp(Type type)
{
    switch (type) {
    case Type::Unknown:
    case Type::Edited:
    case Type::Terminating:
    case Type::Pinned:
    case Type::Unpinned:
    case Type::ClusterMigrated:
    case Type::AutomaticClusterUpdate:
    case Type::DeferredPolicyEnforcementScheduled:
    case Type::DeferredPolicyEnforcementFailed:
    case Type::UcVolumeMisconfigured:
        return false;
    default:
        return true;
    }
}

// Stable order by time without copying the events (they are small but 100,000 refcount
// increments are not free); already-sorted input, the common case, costs one pass.
QVector<qsizetype> timeOrder(const QVector<ClusterEvent> &events)
{
    QVector<qsizetype> order(events.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    // An event without a timestamp cannot be placed in time: leave it out.
    order.erase(std::remove_if(order.begin(), order.end(),
                    [&events](qsizetype i) { return events.at(i).timestamp() <= 0; }),
        order.end());
    const bool sorted = std::is_sorted(events.cbegin(), events.cend(),
        [](const ClusterEvent &a, const ClusterEvent &b) { return a.timestamp() < b.timestamp(); });
    if (!sorted) {
        std::stable_sort(order.begin(), order.end(), [&events](qsizetype a, qsizetype b) {
            return events.at(a).timestamp() < events.at(b).timestamp();
        });
    }
    return order;
}

} // namespace

// The events of `order` (sorted by time) applied to the timeline from the state it was left in.
void NodeTimeline::apply(const QVector<ClusterEvent> &events, const QVector<qsizetype> &order, qint64 endMs)
{
    NodeTimelineState &state = m_state;
    ClusterEvent::Size &config = state.config;
    // Duplicates (overlapping fetches) share a timestamp. An event whose type and decoded fields
    // equal an earlier one at the same instant has the same effect, so it is skipped without
    // comparing raw JSON (which would mean decompressing pages).
    const auto sameEffect = [](const ClusterEvent &a, const ClusterEvent &b) {
        return a.type() == b.type() && a.currentWorkers() == b.currentWorkers()
            && a.targetWorkers() == b.targetWorkers() && a.clusterSize() == b.clusterSize()
            && a.previousClusterSize() == b.previousClusterSize() && a.cause() == b.cause();
    };
    using Up = NodeTimelineState::Up;
    qsizetype groupStart = 0; // first index (in `order`) of the current timestamp group
    for (qsizetype i = 0; i < order.size(); ++i) {
        const ClusterEvent &e = events.at(order.at(i));
        const qint64 t = e.timestamp();
        if (i > 0 && events.at(order.at(i - 1)).timestamp() != t)
            groupStart = i;
        bool duplicate = false;
        for (qsizetype j = groupStart; j < i && !duplicate; ++j)
            duplicate = sameEffect(events.at(order.at(j)), e);
        if (duplicate)
            continue;

        const auto setUp = [&](bool nowUp) {
            if (nowUp && state.up != Up::Yes) {
                state.up = Up::Yes;
                state.upStartMs = t;
            } else if (!nowUp) {
                if (state.up == Up::Yes)
                    m_up.append({state.upStartMs, t});
                else if (state.up == Up::Unknown && t > m_startMs)
                    m_up.append({m_startMs, t}); // up since before the window
                state.up = Up::No;
            }
        };
        const auto takeSamples = [&] {
            if (e.hasCurrentWorkers())
                state.actual = e.currentWorkers();
            if (e.hasTargetWorkers())
                state.target = e.targetWorkers();
        };

        if (state.up == Up::Unknown && impliesUp(e.type()))
            setUp(true);
        // A sample of live nodes while we believed the cluster down: a start event is missing
        // from the data (gap); the cluster is up from here.
        if (state.up == Up::No && e.hasCurrentWorkers() && e.currentWorkers() > 0
            && e.type() != Type::Terminating)
            setUp(true);

        int &actual = state.actual;
        int &target = state.target;
        switch (e.type()) {
        case Type::Creating:
            if (e.clusterSize().isValid())
                config = e.clusterSize();
            setUp(true);
            actual = 0;
            target = configuredTarget(config);
            takeSamples();
            break;
        case Type::Starting:
            if (state.up != Up::Yes || actual < 0)
                actual = 0;
            setUp(true);
            if (configuredTarget(config) >= 0)
                target = configuredTarget(config);
            takeSamples();
            break;
        case Type::Restarting:
            if (state.up == Up::No || actual < 0)
                actual = 0;
            setUp(true);
            if (target < 0)
                target = configuredTarget(config);
            takeSamples();
            break;
        case Type::Edited:
            if (e.clusterSize().isValid()) {
                config = e.clusterSize();
                if (state.up != Up::No) {
                    if (config.isAutoscale())
                        target = target < 0 ? config.minWorkers
                                            : std::clamp(target, config.minWorkers, config.maxWorkers);
                    else
                        target = config.numWorkers;
                }
            }
            takeSamples();
            break;
        case Type::Resizing:
            if (state.up != Up::Yes)
                setUp(true); // resizes only happen to a running cluster
            if (e.hasTargetWorkers()) {
                target = e.targetWorkers();
                // A user resize of a fixed-size cluster changes its configured size.
                if (!config.isAutoscale() && e.cause() == ClusterEvent::Cause::UserRequest)
                    config.numWorkers = target;
            }
            if (e.hasCurrentWorkers())
                actual = e.currentWorkers();
            else if (actual >= 0 && target >= 0 && target < actual)
                actual = target; // §2.3.8: no DOWNSIZE_COMPLETED; draw the actual at the target
            break;
        case Type::Terminating:
            setUp(false);
            actual = 0;
            target = 0;
            break;
        case Type::DecommissionEnded:
            takeSamples();
            if (!e.hasCurrentWorkers() && actual >= 0 && target >= 0 && target < actual)
                actual = target;
            break;
        default:
            // RUNNING, UPSIZE_COMPLETED, NODES_LOST, ADD_NODES_FAILED, DECOMMISSION_STARTED,
            // AUTOSCALING_STATS_REPORT and anything else that carries counts.
            takeSamples();
            break;
        }

        if (actual >= 0)
            pushStep(m_actual, t, actual);
        if (target >= 0)
            pushStep(m_target, t, target);
        pushStep(m_min, t, config.isAutoscale() ? config.minWorkers : -1);
        pushStep(m_max, t, config.isAutoscale() ? config.maxWorkers : -1);
    }

    const qint64 lastMs = events.at(order.constLast()).timestamp();
    state.lastEventMs = std::max(state.lastEventMs, lastMs);
    m_endMs = std::max(endMs, state.lastEventMs);
    if (state.up == Up::Yes)
        m_up.append({state.upStartMs, m_endMs});
}

NodeTimeline buildNodeTimeline(const QVector<ClusterEvent> &events, const TimelineOptions &options)
{
    NodeTimeline timeline;
    const QVector<qsizetype> order = timeOrder(events);
    if (order.isEmpty())
        return timeline;

    // The configuration before the first event: the first EDITED tells what it was edited
    // from; a CREATING first means there was nothing before; else what the caller knows.
    // Until one of them is seen, a later EDITED would change what came before: such a timeline
    // is built again, never extended.
    ClusterEvent::Size config = options.knownSize;
    for (qsizetype index : order) {
        const ClusterEvent &e = events.at(index);
        if (e.type() == Type::Creating) {
            timeline.m_state.extendable = true;
            break;
        }
        if (e.type() == Type::Edited) {
            if (e.previousClusterSize().isValid())
                config = e.previousClusterSize();
            timeline.m_state.extendable = true;
            break;
        }
    }
    timeline.m_state.config = config;
    timeline.m_startMs = events.at(order.constFirst()).timestamp();
    timeline.apply(events, order, options.endMs);
    return timeline;
}

bool NodeTimeline::canExtendWith(const QVector<ClusterEvent> &events) const
{
    return !isEmpty() && m_state.extendable
        && std::all_of(events.cbegin(), events.cend(), [this](const ClusterEvent &e) {
               return e.timestamp() <= 0 || e.timestamp() > m_state.lastEventMs;
           });
}

bool NodeTimeline::extend(const QVector<ClusterEvent> &events, qint64 endMs)
{
    if (!canExtendWith(events))
        return false;
    const QVector<qsizetype> order = timeOrder(events);
    if (order.isEmpty())
        return true;
    // The interval still open at the old end goes on from where it started.
    if (m_state.up == NodeTimelineState::Up::Yes && !m_up.isEmpty())
        m_up.removeLast();
    apply(events, order, endMs);
    return true;
}

int NodeTimeline::valueAt(const StepSeries &series, qint64 ms)
{
    const auto it = std::upper_bound(series.cbegin(), series.cend(), ms,
        [](qint64 value, const StepPoint &point) { return value < point.timestampMs; });
    if (it == series.cbegin())
        return -1;
    return std::prev(it)->value;
}

bool NodeTimeline::isUpAt(qint64 ms) const
{
    const auto it = std::upper_bound(m_up.cbegin(), m_up.cend(), ms,
        [](qint64 value, const TimeInterval &interval) { return value < interval.startMs; });
    if (it == m_up.cbegin())
        return false;
    const TimeInterval &interval = *std::prev(it);
    return ms < interval.endMs;
}

double NodeTimeline::integrate(const StepSeries &series, qint64 fromMs, qint64 toMs) const
{
    if (series.isEmpty())
        return 0;
    fromMs = std::max(fromMs, series.constFirst().timestampMs);
    toMs = std::min(toMs, m_endMs);
    if (toMs <= fromMs)
        return 0;
    auto it = std::upper_bound(series.cbegin(), series.cend(), fromMs,
        [](qint64 value, const StepPoint &point) { return value < point.timestampMs; });
    it = std::prev(it); // the step in force at fromMs
    double sum = 0;
    for (; it != series.cend() && it->timestampMs < toMs; ++it) {
        const qint64 segmentEnd = std::next(it) == series.cend() ? m_endMs : std::next(it)->timestampMs;
        const qint64 a = std::max(fromMs, it->timestampMs);
        const qint64 b = std::min(toMs, segmentEnd);
        if (b > a && it->value > 0)
            sum += double(it->value) * double(b - a);
    }
    return sum;
}

qint64 NodeTimeline::upTimeMs(qint64 fromMs, qint64 toMs) const
{
    qint64 total = 0;
    for (const TimeInterval &interval : m_up) {
        const qint64 a = std::max(fromMs, interval.startMs);
        const qint64 b = std::min(toMs, interval.endMs);
        if (b > a)
            total += b - a;
    }
    return total;
}

double NodeTimeline::nodeHours(qint64 fromMs, qint64 toMs, bool includeDriver) const
{
    double ms = integrate(m_actual, fromMs, toMs);
    if (includeDriver)
        ms += double(upTimeMs(fromMs, std::min(toMs, m_endMs)));
    return ms / msPerHour;
}

} // namespace brickdesk
