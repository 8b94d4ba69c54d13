#pragma once

#include "domain/clusterevent.h"

#include <QCoreApplication>
#include <QString>

namespace brickdesk {

// Readable, translatable one-line descriptions of cluster events, e.g.
// "Resizing 4 → 10 workers (autoscale)" or "2 nodes lost: spot preemption". Every one of the
// 35 documented types has its own sentence; unknown types show their raw name.
// Translation context: "EventSummary".
class EventSummary final
{
    Q_DECLARE_TR_FUNCTIONS(EventSummary)

public:
    // `previousWorkers`: the actual worker count just before this event, when the caller knows
    // it (e.g. from the node timeline); used to say how many nodes were lost. -1 = unknown.
    static QString summary(const ClusterEvent &event, int previousWorkers = -1);
    // Short label for the type column/filter: "Resizing", "Nodes lost", ... (raw for unknown).
    static QString typeLabel(ClusterEvent::Type type);
    static QString typeLabel(const ClusterEvent &event);
    // Friendly text for a termination/failure reason code ("SPOT_INSTANCE_TERMINATION" →
    // "spot preemption"); the raw code for codes without one.
    static QString reasonText(const QString &code);
    // "USER_REQUEST" → "user request"; "AUTOSCALE", "AUTOSCALE_V2" (optimized autoscaling) and
    // "DBR_AUTOSCALE" (autoscaling by the runtime) → "autoscale".
    static QString causeText(const ClusterEvent &event);
    // details.did_not_expand_reason of an autoscaling event (why the cluster did not grow to its
    // target), "" when absent or for other types.
    static QString didNotExpandReason(const ClusterEvent &event);

private:
    static QString baseSummary(const ClusterEvent &event, int previousWorkers);
    EventSummary() = delete;
};

} // namespace brickdesk
