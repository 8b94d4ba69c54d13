#include "archiveversiontable.h"

#include "archive/archivecodec.h"
#include "archive/archiveconnection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ArchiveVersionTable::ArchiveVersionTable(ArchiveConnection &connection, const QString &table,
    const QString &ownerColumn, const QString &contentColumn)
    : m_db(connection)
    , m_last(u"SELECT id, hash FROM %1 WHERE %2 = ? ORDER BY id DESC LIMIT 1"_s.arg(table, ownerColumn))
    , m_touch(u"UPDATE %1 SET last_seen = MAX(last_seen, ?) WHERE id = ?"_s.arg(table))
    , m_insert(u"INSERT INTO %1(%2, hash, %3, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"_s.arg(
          table, ownerColumn, contentColumn))
{ }

ArchiveVersionTable::Outcome ArchiveVersionTable::record(
    qint64 owner, const QByteArray &content, qint64 seenMs)
{
    const qint64 h = qint64(archivecodec::hash(content));
    QSqlQuery &last = m_db.statement(m_last);
    last.addBindValue(owner);
    if (!m_db.run(last))
        return Outcome::Failed;
    const bool same = last.next() && last.value(1).toLongLong() == h;
    const qint64 lastId = same ? last.value(0).toLongLong() : -1;
    last.finish();
    if (same) {
        QSqlQuery &touch = m_db.statement(m_touch);
        touch.addBindValue(seenMs);
        touch.addBindValue(lastId);
        return m_db.run(touch) ? Outcome::SeenAgain : Outcome::Failed;
    }
    QSqlQuery &insert = m_db.statement(m_insert);
    insert.addBindValue(owner);
    insert.addBindValue(h);
    insert.addBindValue(QString::fromUtf8(content));
    insert.addBindValue(seenMs);
    insert.addBindValue(seenMs);
    return m_db.run(insert) ? Outcome::Added : Outcome::Failed;
}

} // namespace brickdesk
