#pragma once

#include <QByteArray>
#include <QString>

namespace brickdesk {

class ArchiveConnection;

// A table that keeps a new row each time something's content changes (job settings, a
// cluster's configuration): (id, owner, hash, content, first_seen, last_seen). Content seen
// again as it was last only moves last_seen.
class ArchiveVersionTable final
{
public:
    enum class Outcome { Failed, SeenAgain, Added };

    ArchiveVersionTable(ArchiveConnection &connection, const QString &table, const QString &ownerColumn,
        const QString &contentColumn);

    // Inside the caller's transaction.
    Outcome record(qint64 owner, const QByteArray &content, qint64 seenMs);

private:
    ArchiveConnection &m_db;
    QString m_last;
    QString m_touch;
    QString m_insert;
};

} // namespace brickdesk
