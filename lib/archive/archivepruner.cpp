#include "archivepruner.h"

#include "archive/archiveconnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ArchivePruner::ArchivePruner(ArchiveConnection &connection)
    : m_db(connection)
{ }

qint64 ArchivePruner::fileBytes() const
{
    return QFileInfo(m_db.path()).size() + QFileInfo(m_db.path() + u"-wal"_s).size();
}

ArchivePruneResult ArchivePruner::prune(qint64 beforeMs)
{
    ArchivePruneResult result;
    result.bytesBefore = fileBytes();
    const auto removed = [this, beforeMs](const QString &sql, qint64 *count) {
        QSqlQuery &query = m_db.statement(sql);
        query.addBindValue(beforeMs);
        if (!m_db.run(query))
            return false;
        *count = m_db.rowsAffected();
        return true;
    };
    qint64 searchRows = 0;
    const ArchiveWriteResult written = m_db.write(1, tr("The archive could not be pruned"), [&](int &) {
        // A run's task runs and its error in the search index go with it (2 * run_id + 1 is
        // the search row of a run's error).
        return removed(u"DELETE FROM task_runs WHERE parent_run_id IN"
                       " (SELECT run_id FROM runs WHERE start_time < ?)"_s,
                   &result.taskRuns)
            && removed(u"DELETE FROM search WHERE rowid IN"
                       " (SELECT 2 * run_id + 1 FROM runs WHERE start_time < ?)"_s,
                &searchRows)
            && removed(u"DELETE FROM runs WHERE start_time < ?"_s, &result.runs)
            && removed(u"DELETE FROM events WHERE ts < ? AND (cluster, ts) NOT IN"
                       " (SELECT cluster, MAX(ts) FROM events GROUP BY cluster)"_s,
                &result.events)
            // The node timelines start with the events: built again from what is left.
            && (result.events == 0 || m_db.exec(u"DELETE FROM node_timelines"_s));
    });
    if (!written.ok()) {
        result = {};
        result.error = written.error;
        result.bytesBefore = result.bytesAfter = fileBytes();
        return result;
    }
    result.compactError = compact();
    result.bytesAfter = fileBytes();
    return result;
}

QString ArchivePruner::compact()
{
    // VACUUM rewrites the file through the WAL, which then holds a copy of it: checkpoint
    // and truncate the WAL too, or the space would only move.
    const QString what = tr("The space could not be given back to the disk");
    if (!m_db.exec(u"VACUUM"_s))
        return m_db.failure(what).message;
    QSqlQuery checkpoint(m_db.database());
    if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
        m_db.note(checkpoint);
        return m_db.failure(what).message;
    }
    if (!checkpoint.next())
        return {};
    // The first column is 1 when another connection kept the checkpoint from finishing.
    if (checkpoint.value(0).toInt() != 0)
        return tr("Another program is reading the archive, so part of the space is given back only "
                  "when it stops.");
    return {};
}

} // namespace brickdesk
