#pragma once

#include "analysis/nodetimeline.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace brickdesk {

class ArchiveClusterStore;
class ArchiveConnection;

// Each cluster's node timeline over all its archived events, kept beside them (schema 4,
// node_timelines), so that a chart of a long history reads a few bytes per step instead of
// parsing every event. What is stored always equals buildNodeTimeline() of the cluster's
// archived events: events newer than the stored timeline extend it when it is next read, and
// writing an event at or before its end drops it (ArchiveClusterStore), to be built again.
class ArchiveTimelineStore final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveTimelineStore)
public:
    enum class Missing {
        Skip, // none stored: answer nothing at once (the caller reads the events instead)
        Build, // none stored: build it from every archived event and keep it
    };

    ArchiveTimelineStore(ArchiveConnection &connection, ArchiveClusterStore &clusters);

    // The timeline of every archived event of the cluster, brought up to date; nullopt when the
    // cluster has no events, when none is stored and `missing` is Skip, or on a database error.
    std::optional<NodeTimeline> timeline(const QString &clusterId, Missing missing);

private:
    ArchiveConnection &m_db;
    ArchiveClusterStore &m_clusters;
};

} // namespace brickdesk
