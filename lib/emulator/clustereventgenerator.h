#pragma once

#include "simulatedload.h"
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
    // What the simulation itself had after one generated event: the ground truth a correct
    // reading of the history must find (tests compare the app's timeline with it).
    struct SimulatedWorkers
    {
        qint64 timestamp = 0;
        quint8 type = 0; // the event's EventType
        int current = 0; // workers present
        int target = 0; // workers asked for
        bool up = false; // the cluster is running (from CREATING/STARTING to TERMINATING)
        bool reported = false; // the event carries current_num_workers
    };

    // `truth`, when given, receives one entry per generated event, in the same order.
    static std::vector<EventRecord> generate(
        const ClusterRecord &cluster, std::vector<SimulatedWorkers> *truth = nullptr);
    // The load the history follows (the same one generate() sizes the workers from).
    static SimulatedLoad loadOf(const ClusterRecord &cluster);
    // The natural number of events for a cluster's history when no size is forced.
    static int naturalBudget(const ClusterRecord &cluster, qint64 windowMs, quint64 salt);
    static QJsonObject toJson(const ClusterRecord &cluster, const EventRecord &event);
};

} // namespace brickdesk::emulator
