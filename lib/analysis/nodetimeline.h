#pragma once

#include "analysis/steppoint.h"
#include "domain/clusterevent.h"

#include <QVector>

namespace brickdesk {

struct TimelineOptions
{
    // Where the series end (e.g. now, or the end of the fetched window): the last values hold
    // until here, and an interval still up at the last event stays open until here.
    // 0 or anything before the last event: the last event's time.
    qint64 endMs = 0;
    // The cluster's configuration as known from elsewhere (clusters/get), used before the first
    // event that tells it (CREATING/EDITED). NoValue (-1) = unknown.
    ClusterEvent::Size knownSize;
};

// Where buildNodeTimeline() left off after the last event: what NodeTimeline::extend() goes on
// from, and what the archive keeps beside a stored timeline (nodetimelinecodec.h).
struct NodeTimelineState
{
    enum class Up : quint8 { Unknown, Yes, No };
    ClusterEvent::Size config; // the configured size in force
    Up up = Up::Unknown;
    qint64 upStartMs = 0; // when the interval still open began (up == Yes)
    int actual = -1;
    int target = -1;
    qint64 lastEventMs = 0;
    // False while no CREATING or EDITED has told the configuration before the first event: a
    // later EDITED could still change the start, so the timeline must be built again.
    bool extendable = false;
    bool operator==(const NodeTimelineState &) const = default;
};

// Node counts of one cluster over time, built by buildNodeTimeline(). Step series are sorted,
// hold one point per timestamp and never repeat a value; a value holds until the next point
// and the last one until endMs(). Values are worker counts (the driver is not counted).
class NodeTimeline final
{
public:
    NodeTimeline() = default;

    bool isEmpty() const { return m_startMs == 0 && m_endMs == 0; }
    qint64 startMs() const { return m_startMs; } // first event
    qint64 endMs() const { return m_endMs; }

    // Workers actually present (authoritative samples from RUNNING, UPSIZE_COMPLETED...).
    const StepSeries &actualWorkers() const { return m_actual; }
    // Workers asked for (RESIZING target, configured size); 0 while the cluster is down.
    const StepSeries &targetWorkers() const { return m_target; }
    // Autoscale bounds where known; -1 while the size is fixed or unknown.
    const StepSeries &minWorkers() const { return m_min; }
    const StepSeries &maxWorkers() const { return m_max; }
    // Intervals in which the cluster was up (from CREATING/STARTING/RESTARTING/RUNNING to
    // TERMINATING); the last may end at endMs() while still up.
    const QVector<TimeInterval> &upIntervals() const { return m_up; }

    // Value at a time; -1 before the series starts (or the value is unknown).
    int actualAt(qint64 ms) const { return valueAt(m_actual, ms); }
    int targetAt(qint64 ms) const { return valueAt(m_target, ms); }
    int minWorkersAt(qint64 ms) const { return valueAt(m_min, ms); }
    int maxWorkersAt(qint64 ms) const { return valueAt(m_max, ms); }
    bool isUpAt(qint64 ms) const;

    // Worker-hours in [fromMs, toMs) (clipped to [startMs, endMs]); with includeDriver, one more
    // node for every hour the cluster was up.
    double nodeHours(qint64 fromMs, qint64 toMs, bool includeDriver = false) const;
    // Time the cluster was up within [fromMs, toMs).
    qint64 upTimeMs(qint64 fromMs, qint64 toMs) const;

    // Sum of value x milliseconds of a series over [fromMs, toMs) ∩ [start of series, endMs];
    // negative values count as 0.
    double integrate(const StepSeries &series, qint64 fromMs, qint64 toMs) const;
    static int valueAt(const StepSeries &series, qint64 ms);

    // Events newer than every event so far (ignoring those without a time) can be added to a
    // timeline without building it again; the result equals buildNodeTimeline() of all the
    // events. False (and nothing changed) for any other events: build it again.
    bool canExtendWith(const QVector<ClusterEvent> &events) const;
    bool extend(const QVector<ClusterEvent> &events, qint64 endMs = 0);
    const NodeTimelineState &state() const { return m_state; }

    bool operator==(const NodeTimeline &) const = default;

private:
    friend NodeTimeline buildNodeTimeline(const QVector<ClusterEvent> &, const TimelineOptions &);
    friend class NodeTimelineCodec;
    void apply(const QVector<ClusterEvent> &events, const QVector<qsizetype> &order, qint64 endMs);

    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    StepSeries m_actual;
    StepSeries m_target;
    StepSeries m_min;
    StepSeries m_max;
    QVector<TimeInterval> m_up;
    NodeTimelineState m_state;
};

// Pure function: the node-count timeline of one cluster from its events, in any order, with
// gaps, duplicates or missing fields. Follows guide §2.3 "Reconstructing worker count over
// time":
//  - CREATING / EDITED set the configured size (target; autoscale bounds), not nodes;
//  - RESIZING sets the target, and the actual from current_num_workers (the count before the
//    resize); a downward resize without that field draws the actual at the target until a
//    sample says otherwise (§2.3.8);
//  - RUNNING, UPSIZE_COMPLETED and every other event carrying current_num_workers
//    (NODES_LOST, ADD_NODES_FAILED, DECOMMISSION_*, AUTOSCALING_STATS_REPORT...) are samples;
//    DECOMMISSION_ENDED without one lowers the actual to the target;
//  - TERMINATING: actual and target drop to 0 and the up interval ends;
//  - CREATING / STARTING: up from here, actual 0 until a sample (nodes being acquired);
//    RESTARTING keeps the nodes (Spark restarts on the same instances) until the next sample.
NodeTimeline buildNodeTimeline(const QVector<ClusterEvent> &events, const TimelineOptions &options = {});

} // namespace brickdesk
