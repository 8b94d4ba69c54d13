#pragma once

#include "archive/archivetypes.h"

#include <QJsonObject>
#include <QString>

namespace brickdesk {

class ArchiveConnection;

// Full text (FTS5) over the latest settings of each job and the errors of runs. A job is row
// 2 * job_id, a run's error row 2 * run_id + 1, so one table serves both and a hit says which
// it is.
class ArchiveSearchIndex final
{
public:
    explicit ArchiveSearchIndex(ArchiveConnection &connection)
        : m_db(connection)
    { }

    // Replaces what a job is found by (inside the caller's transaction).
    bool indexJob(qint64 jobId, const QJsonObject &settings);
    // Replaces a run's error text; an empty one takes the run out of the index.
    bool indexRunError(qint64 runId, const QString &title, const QString &error);

    // Each word of `text` must match; a word with `/`, `.` or `_` is matched as a phrase
    // ("/Repos/etl/ingest"). Run errors only from runs started at or after sinceMs.
    QList<ArchiveSearchHit> search(const QString &text, int limit, qint64 sinceMs);
    // The same with every option; false when the statement failed (the connection notes why).
    bool search(const ArchiveSearchRequest &request, QList<ArchiveSearchHit> *hits);

    // The FTS5 query for a person's search text; with prefixLastWord the last word also
    // matches the words it starts ("OutOfMem" finds OutOfMemoryError).
    static QString ftsQuery(const QString &text, bool prefixLastWord = false);
    // The text a job's settings are indexed by: every key and value.
    static QString searchText(const QJsonObject &settings);

private:
    bool remove(qint64 rowid);
    bool insert(qint64 rowid, const QString &title, const QString &body);

    ArchiveConnection &m_db;
};

} // namespace brickdesk
