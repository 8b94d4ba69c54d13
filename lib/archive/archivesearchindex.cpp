#include "archivesearchindex.h"

#include "archive/archiveconnection.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

void appendSearchText(const QJsonValue &value, const QString &key, QStringList &out)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        // Keys name things too: a task's kind is its `notebook_task` / `spark_python_task` key.
        if (!key.isEmpty())
            out.append(key);
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            appendSearchText(it.value(), it.key(), out);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            appendSearchText(item, key, out);
        break;
    }
    case QJsonValue::String:
        if (!key.isEmpty())
            out.append(key);
        out.append(value.toString());
        break;
    case QJsonValue::Double:
    case QJsonValue::Bool:
        if (!key.isEmpty())
            out.append(key);
        break;
    default:
        break;
    }
}

} // namespace

QString ArchiveSearchIndex::searchText(const QJsonObject &settings)
{
    QStringList words;
    appendSearchText(settings, QString(), words);
    return words.join(u' ');
}

bool ArchiveSearchIndex::remove(qint64 rowid)
{
    QSqlQuery &remove = m_db.statement(u"DELETE FROM search WHERE rowid = ?"_s);
    remove.addBindValue(rowid);
    return m_db.run(remove);
}

bool ArchiveSearchIndex::insert(qint64 rowid, const QString &title, const QString &body)
{
    QSqlQuery &insert = m_db.statement(u"INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)"_s);
    insert.addBindValue(rowid);
    insert.addBindValue(title);
    insert.addBindValue(body);
    return m_db.run(insert);
}

bool ArchiveSearchIndex::indexJob(qint64 jobId, const QJsonObject &settings)
{
    return remove(jobId * 2) && insert(jobId * 2, settings.value(u"name"_s).toString(), searchText(settings));
}

bool ArchiveSearchIndex::indexRunError(qint64 runId, const QString &title, const QString &error)
{
    return remove(runId * 2 + 1) && (error.isEmpty() || insert(runId * 2 + 1, title, error));
}

QString ArchiveSearchIndex::ftsQuery(const QString &text, bool prefixLastWord)
{
    // Each word a quoted phrase (FTS5 syntax characters lose their meaning inside quotes; a
    // path's parts become a phrase of consecutive tokens); all words must match.
    QStringList phrases;
    const QStringList words = text.split(QChar(u' '), Qt::SkipEmptyParts);
    bool lastHasToken = false;
    for (QString word : words) {
        word.remove(u'"');
        if (word.trimmed().isEmpty())
            continue;
        phrases.append(u'"' + word + u'"');
        lastHasToken = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    }
    // A prefix needs a token to extend: `"(" *` is a syntax error. A trailing space means the
    // word is finished.
    if (prefixLastWord && lastHasToken && !text.back().isSpace())
        phrases.last().append(u" *"_s);
    return phrases.join(u' ');
}

QList<ArchiveSearchHit> ArchiveSearchIndex::search(const QString &text, int limit, qint64 sinceMs)
{
    ArchiveSearchRequest request;
    request.text = text;
    request.limit = limit;
    request.sinceMs = sinceMs;
    QList<ArchiveSearchHit> out;
    search(request, &out);
    return out;
}

bool ArchiveSearchIndex::search(const ArchiveSearchRequest &request, QList<ArchiveSearchHit> *hits)
{
    hits->clear();
    const QString query = ftsQuery(request.text, request.prefixLastWord);
    if (!m_db.isOpen() || query.isEmpty())
        return true;
    // FTS5 orders by rank itself and makes a snippet only for the rows kept: one statement is
    // cheaper than choosing the best rows first and joining them back (that re-runs the match
    // for each row, ruinous for a prefix such as "task*").
    QSqlQuery &q = m_db.statement(
        u"SELECT s.rowid, s.title, snippet(search, 1, ?, ?, '…', 16), r.job_id, r.start_time, j.last_seen"
        " FROM search s LEFT JOIN runs r ON s.rowid % 2 = 1 AND r.run_id = s.rowid / 2"
        " LEFT JOIN jobs j ON s.rowid % 2 = 0 AND j.job_id = s.rowid / 2"
        " WHERE search MATCH ? AND ((s.rowid % 2 = 0 AND ?) OR (s.rowid % 2 = 1 AND ? AND r.start_time >= ?))"
        " ORDER BY rank LIMIT ?"_s);
    using Kinds = ArchiveSearchRequest::Kinds;
    q.addBindValue(request.matchStart);
    q.addBindValue(request.matchEnd);
    q.addBindValue(query);
    q.addBindValue(request.kinds != Kinds::RunErrors);
    q.addBindValue(request.kinds != Kinds::Jobs);
    q.addBindValue(request.sinceMs);
    q.addBindValue(request.limit);
    if (!m_db.run(q))
        return false;
    while (q.next()) {
        ArchiveSearchHit hit;
        const qint64 rowid = q.value(0).toLongLong();
        hit.kind = rowid % 2 == 0 ? ArchiveSearchHit::Kind::Job : ArchiveSearchHit::Kind::RunError;
        hit.id = rowid / 2;
        hit.title = q.value(1).toString();
        hit.snippet = q.value(2).toString();
        hit.jobId = hit.kind == ArchiveSearchHit::Kind::Job ? hit.id : q.value(3).toLongLong();
        hit.timeMs
            = hit.kind == ArchiveSearchHit::Kind::Job ? q.value(5).toLongLong() : q.value(4).toLongLong();
        hits->append(hit);
    }
    q.finish();
    return true;
}

} // namespace brickdesk
