#pragma once

#include "workspaceclock.h"
#include "workspacerecords.h"

#include <QHash>
#include <QString>

#include <vector>

namespace brickdesk::emulator {

// The clusters of the emulated workspace: seeded ones with lazily generated event histories,
// and live activity (start, resize, terminate, job clusters of runs) as events in the future
// that take effect as the clock reaches them.
class ClusterStore final
{
public:
    explicit ClusterStore(const WorkspaceClock &clock);

    std::vector<ClusterRecord> &clusters() { return m_clusters; }
    // Advanced to now; nullptr when there is no such cluster.
    ClusterRecord *find(const QString &clusterId);
    void add(ClusterRecord cluster);
    void advance(ClusterRecord &cluster);
    // History plus due live events, ascending. Generates the history on first use.
    const std::vector<EventRecord> &visibleEvents(ClusterRecord &cluster);
    void start(ClusterRecord &cluster);
    void terminate(ClusterRecord &cluster);
    void resize(ClusterRecord &cluster, int numWorkers, int minWorkers, int maxWorkers);
    // A job cluster for a live run: created when the run leaves the queue, terminated when it ends.
    void createForRun(RunRecord &run, const QJsonObject &newCluster);
    // A cancelled run's job cluster goes down at `at` instead of when the run would have ended.
    void terminateJobCluster(const QString &clusterId, qint64 at);

private:
    void applyLiveEvent(ClusterRecord &cluster, const EventRecord &event);
    void pushLive(ClusterRecord &cluster, EventRecord event);

    const WorkspaceClock &m_clock;
    std::vector<ClusterRecord> m_clusters;
    QHash<QString, size_t> m_index;
};

} // namespace brickdesk::emulator
