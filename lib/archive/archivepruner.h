#pragma once

#include "archive/archivetypes.h"

#include <QCoreApplication>

namespace brickdesk {

class ArchiveConnection;

// Makes an archive smaller: removes cluster events and runs (with their task runs and their
// errors in the search index) older than a time, in one transaction, then gives the space back
// to the disk (VACUUM, and the WAL truncated).
//
// What stays, and why: every job version (a job's history is what the archive is for, and it
// is small), cluster configurations, and the dictionaries (clusters, event types, event
// details): another connection to the file, such as a `brickdesk sync` running now, keeps
// their row ids in memory and would write events pointing at removed rows. The newest event
// of each cluster stays too, so that the next sync goes on from it instead of fetching again
// everything the service still keeps.
class ArchivePruner final
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePruner)
public:
    explicit ArchivePruner(ArchiveConnection &connection);

    ArchivePruneResult prune(qint64 beforeMs);

private:
    qint64 fileBytes() const;
    QString compact();

    ArchiveConnection &m_db;
};

} // namespace brickdesk
