#pragma once

#include "workspacerecords.h"

#include <QJsonObject>

#include <vector>

namespace brickdesk::emulator {

// Simulates one cluster's event history, deterministically from ClusterRecord::seed: exactly
// eventBudget events between createdTime and historyEnd. Sessions follow working days (for
// auto-terminating clusters), workers follow a simulated load (daily cycle, weekly dip,
// random spikes) with RESIZING / UPSIZE_COMPLETED / DECOMMISSION_* sequences, spot clusters
// lose nodes (NODES_LOST), and every other event type appears in turn.
class ClusterEventGenerator final
{
public:
    static std::vector<EventRecord> generate(const ClusterRecord &cluster);
    // The natural number of events for a cluster's history when no size is forced.
    static int naturalBudget(const ClusterRecord &cluster, qint64 windowMs, quint64 salt);
    static QJsonObject toJson(const ClusterRecord &cluster, const EventRecord &event);
};

} // namespace brickdesk::emulator
