#include "archiveclusterstore.h"

#include "archive/archivecodec.h"
#include "archive/archiveconnection.h"
#include "archive/secretscrubber.h"
#include "domain/clusterevent.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using archivecodec::compact;
using archivecodec::integer;
using archivecodec::parse;

namespace {

// The row id cached for `key`, else make()'s (cached when it is one).
template<typename Key, typename Make>
qint64 cachedKey(QHash<Key, qint64> &cache, const Key &key, Make make)
{
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const qint64 id = make();
    if (id >= 0)
        cache.insert(key, id);
    return id;
}

} // namespace

ArchiveClusterStore::ArchiveClusterStore(ArchiveConnection &connection)
    : m_db(connection)
    , m_configs(connection, u"cluster_configs"_s, u"cluster"_s, u"config"_s)
{
    m_db.setForgetHandler([this] { forgetKeys(); });
}

ArchiveClusterStore::~ArchiveClusterStore()
{
    m_db.setForgetHandler({});
}

void ArchiveClusterStore::forgetKeys()
{
    m_clusterKeys.clear();
    m_typeKeys.clear();
    m_bodyKeys.clear();
    m_detailsKeys.clear();
    m_rawTypeKeys.clear();
    m_rawDetailsKeys.clear();
}

qint64 ArchiveClusterStore::BytesKeys::find(QByteArrayView bytes) const
{
    const auto range = m_keys.equal_range(qHash(bytes));
    for (auto it = range.first; it != range.second; ++it) {
        if (it->second.first == bytes)
            return it->second.second;
    }
    return -1;
}

void ArchiveClusterStore::BytesKeys::insert(QByteArrayView bytes, qint64 id)
{
    if (m_keys.size() > 100'000)
        m_keys.clear();
    m_keys.emplace(qHash(bytes), std::pair<QByteArray, qint64>(bytes.toByteArray(), id));
}

// The id of a dictionary row (clusters, event types, event bodies), added if missing.
qint64 ArchiveClusterStore::dictionaryKey(const QString &table, const QString &column, const QVariant &value,
    const QString &extraColumn, const QVariant &extraValue)
{
    QSqlQuery &insert = extraColumn.isEmpty()
        ? m_db.statement(u"INSERT OR IGNORE INTO %1(%2) VALUES (?)"_s.arg(table, column))
        : m_db.statement(u"INSERT OR IGNORE INTO %1(%2, %3) VALUES (?, ?)"_s.arg(table, column, extraColumn));
    insert.addBindValue(value);
    if (!extraColumn.isEmpty())
        insert.addBindValue(extraValue);
    if (!m_db.run(insert))
        return -1;
    // New: its id is the row SQLite just added.
    if (m_db.rowsAffected() == 1 && m_db.lastInsertId().isValid())
        return m_db.lastInsertId().toLongLong();
    QSqlQuery &find = m_db.statement(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, column));
    find.addBindValue(value);
    if (!m_db.run(find) || !find.next())
        return -1;
    const qint64 key = find.value(0).toLongLong();
    find.finish();
    return key;
}

qint64 ArchiveClusterStore::clusterKey(const QString &clusterId)
{
    return cachedKey(
        m_clusterKeys, clusterId, [&] { return dictionaryKey(u"clusters"_s, u"cluster_id"_s, clusterId); });
}

qint64 ArchiveClusterStore::typeKey(const QString &typeName)
{
    return cachedKey(
        m_typeKeys, typeName, [&] { return dictionaryKey(u"event_types"_s, u"name"_s, typeName); });
}

qint64 ArchiveClusterStore::bodyKey(const QByteArray &body)
{
    const quint64 h = archivecodec::hash(body);
    return cachedKey(m_bodyKeys, h, [&] {
        return dictionaryKey(u"event_bodies"_s, u"hash"_s, qint64(h), u"body"_s, QString::fromUtf8(body));
    });
}

qint64 ArchiveClusterStore::knownDetails(const QJsonValue &details) const
{
    const auto range = m_detailsKeys.equal_range(qHash(details));
    for (auto it = range.first; it != range.second; ++it) {
        if (it->second.first == details)
            return it->second.second;
    }
    return -1;
}

void ArchiveClusterStore::rememberDetails(const QJsonValue &details, qint64 bodyId)
{
    if (m_detailsKeys.size() > 100'000)
        m_detailsKeys.clear();
    m_detailsKeys.emplace(qHash(details), std::pair<QJsonValue, qint64>(details, bodyId));
}

bool ArchiveClusterStore::parsedRow(const QJsonObject &event, Row *row, bool detailsCache)
{
    row->timestamp = integer(event.value(u"timestamp"_s));
    row->type = typeKey(event.value(u"type"_s).toString());
    // The common shape (cluster_id, timestamp, type, details): a cluster repeats a few
    // thousand distinct details, recognised here without scrubbing and serialising again.
    const bool plain = event.size() == 4 && event.contains(u"details"_s) && event.contains(u"cluster_id"_s)
        && event.contains(u"timestamp"_s) && event.contains(u"type"_s);
    const QJsonValue details = event.value(u"details"_s);
    row->body = plain && detailsCache ? knownDetails(details) : -1;
    if (row->body < 0) {
        QJsonObject body;
        if (plain) {
            body.insert(u"details"_s, details);
        } else {
            body = event;
            body.remove(u"timestamp"_s);
            body.remove(u"type"_s);
            body.remove(u"cluster_id"_s);
        }
        QByteArray bytes = compact(body);
        if (SecretScrubber::mayHoldSecret(bytes))
            bytes = compact(SecretScrubber::scrub(body));
        row->body = bodyKey(bytes);
        if (plain && detailsCache && row->body >= 0)
            rememberDetails(details, row->body);
    }
    return row->type >= 0 && row->body >= 0;
}

// Equal bytes parse to equal values, so details whose bytes were seen have the body they had
// then; others are read from the parsed event once.
bool ArchiveClusterStore::rawRow(
    const eventpagescanner::RawEvent &raw, const QJsonArray &events, qsizetype index, Row *row)
{
    row->timestamp = raw.timestamp;
    row->type = m_rawTypeKeys.find(raw.type);
    if (row->type < 0) {
        row->type = typeKey(QString::fromUtf8(raw.type));
        if (row->type < 0)
            return false;
        m_rawTypeKeys.insert(raw.type, row->type);
    }
    row->body = m_rawDetailsKeys.find(raw.details);
    if (row->body < 0) {
        Row parsed;
        if (!parsedRow(events.at(index).toObject(), &parsed, false))
            return false;
        row->body = parsed.body;
        m_rawDetailsKeys.insert(raw.details, row->body);
    }
    return true;
}

ArchiveWriteResult ArchiveClusterStore::addEvents(
    const QString &clusterId, const QJsonArray &events, QByteArrayView page, bool synced)
{
    QList<eventpagescanner::RawEvent> raw = eventpagescanner::scan(page);
    // Bytes that are not what the events were parsed from are not used.
    const auto agrees = [&](qsizetype i) {
        return !raw.at(i).plain
            || raw.at(i).timestamp == integer(events.at(i).toObject().value(u"timestamp"_s));
    };
    if (raw.size() != events.size() || (!raw.isEmpty() && (!agrees(0) || !agrees(raw.size() - 1))))
        raw.clear();
    return m_db.write(int(events.size()), tr("Cluster events could not be archived"), [&](int &added) {
        const qint64 cluster = clusterKey(clusterId);
        if (cluster < 0)
            return false;
        // An event added at or before the end of the cluster's stored node timeline makes it
        // stale; one after it does not (the timeline is extended when next read). So only the
        // events the timeline reaches (an incremental sync's overlap) are inserted one by one,
        // to learn which were new; the rest go in as one statement.
        QSqlQuery &kept = m_db.statement(u"SELECT newest FROM node_timelines WHERE cluster = ?"_s);
        kept.addBindValue(cluster);
        const QVariant keptNewest = m_db.value(kept);
        const qint64 timelineEnd
            = keptNewest.isNull() ? std::numeric_limits<qint64>::min() : keptNewest.toLongLong();
        // Rows past the timeline, inserted together: cluster, ts, type, body.
        std::vector<qint64> rows;
        rows.reserve(std::size_t(events.size()) * 4);
        qint64 oldestReaching = std::numeric_limits<qint64>::max();
        qint64 newest = std::numeric_limits<qint64>::min();
        for (qsizetype i = 0; i < events.size(); ++i) {
            Row row;
            const bool ok = (i < raw.size() && raw.at(i).plain) ? rawRow(raw.at(i), events, i, &row)
                                                                : parsedRow(events.at(i).toObject(), &row);
            if (!ok)
                return false;
            newest = std::max(newest, row.timestamp);
            if (row.timestamp > timelineEnd) {
                rows.insert(rows.end(), {cluster, row.timestamp, row.type, row.body});
                continue;
            }
            QSqlQuery &insert = m_db.statement(
                u"INSERT OR IGNORE INTO events(cluster, ts, type, body) VALUES (?, ?, ?, ?)"_s);
            insert.addBindValue(cluster);
            insert.addBindValue(row.timestamp);
            insert.addBindValue(row.type);
            insert.addBindValue(row.body);
            if (!m_db.run(insert))
                return false;
            if (m_db.rowsAffected() > 0) {
                ++added;
                oldestReaching = std::min(oldestReaching, row.timestamp);
            }
        }
        if (!rows.empty()) {
            if (!m_db.insertRows(u"INSERT OR IGNORE INTO events(cluster, ts, type, body)"_s, 4, rows))
                return false;
            added += m_db.rowsAffected();
        }
        if (synced) {
            QSqlQuery &mark = m_db.statement(u"UPDATE clusters SET events_synced_through"
                                             " = MAX(COALESCE(events_synced_through, ?), ?) WHERE id = ?"_s);
            mark.addBindValue(newest);
            mark.addBindValue(newest);
            mark.addBindValue(cluster);
            if (!m_db.run(mark))
                return false;
        }
        if (oldestReaching == std::numeric_limits<qint64>::max())
            return true;
        // A stored node timeline that this page reaches into is built again when next needed.
        QSqlQuery &stale = m_db.statement(u"DELETE FROM node_timelines WHERE cluster = ? AND newest >= ?"_s);
        stale.addBindValue(cluster);
        stale.addBindValue(oldestReaching);
        return m_db.run(stale);
    });
}

qint64 ArchiveClusterStore::newestEventTime(const QString &clusterId)
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery &q = m_db.statement(
        u"SELECT MAX(e.ts) FROM events e JOIN clusters c ON c.id = e.cluster WHERE c.cluster_id = ?"_s);
    q.addBindValue(clusterId);
    const QVariant v = m_db.value(q);
    return v.isNull() ? -1 : v.toLongLong();
}

qint64 ArchiveClusterStore::eventsSyncedThrough(const QString &clusterId)
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery &q = m_db.statement(u"SELECT events_synced_through FROM clusters WHERE cluster_id = ?"_s);
    q.addBindValue(clusterId);
    const QVariant v = m_db.value(q);
    return v.isNull() ? -1 : v.toLongLong();
}

qint64 ArchiveClusterStore::eventCount(const QString &clusterId)
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery &q = clusterId.isEmpty()
        ? m_db.statement(u"SELECT COUNT(*) FROM events"_s)
        : m_db.statement(
            u"SELECT COUNT(*) FROM events e JOIN clusters c ON c.id = e.cluster WHERE c.cluster_id = ?"_s);
    if (!clusterId.isEmpty())
        q.addBindValue(clusterId);
    return m_db.value(q).toLongLong();
}

// The cluster's archived rows in [fromMs, toMs] in time order (ts, type, body), run; null when
// that failed.
QSqlQuery *ArchiveClusterStore::eventRows(const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    if (!m_db.isOpen())
        return nullptr;
    QSqlQuery &q
        = m_db.statement(u"SELECT e.ts, e.type, e.body FROM events e JOIN clusters c ON c.id = e.cluster"
                         " WHERE c.cluster_id = ? AND e.ts BETWEEN ? AND ? ORDER BY e.ts, e.type, e.body"_s);
    q.addBindValue(clusterId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    return m_db.run(q) ? &q : nullptr;
}

// An event of that type and body, as the API returned it but for its timestamp.
QJsonObject ArchiveClusterStore::eventShape(const QString &clusterId, qint64 type, qint64 body)
{
    QSqlQuery &bodyQuery = m_db.statement(u"SELECT body FROM event_bodies WHERE id = ?"_s);
    bodyQuery.addBindValue(body);
    QJsonObject event = parse(m_db.value(bodyQuery).toByteArray());
    QSqlQuery &typeQuery = m_db.statement(u"SELECT name FROM event_types WHERE id = ?"_s);
    typeQuery.addBindValue(type);
    event.insert(u"cluster_id"_s, clusterId);
    event.insert(u"type"_s, m_db.value(typeQuery).toString());
    return event;
}

QJsonArray ArchiveClusterStore::events(const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    QJsonArray out;
    QSqlQuery *q = eventRows(clusterId, fromMs, toMs);
    if (!q)
        return out;
    // A cluster's events repeat a few thousand types and bodies over millions of rows: each
    // pair is read and parsed once, and its events differ only in their timestamp.
    QHash<std::pair<qint64, qint64>, QJsonObject> shapes;
    while (q->next()) {
        const std::pair<qint64, qint64> key(q->value(1).toLongLong(), q->value(2).toLongLong());
        auto shape = shapes.constFind(key);
        if (shape == shapes.constEnd())
            shape = shapes.insert(key, eventShape(clusterId, key.first, key.second));
        QJsonObject event = *shape;
        event.insert(u"timestamp"_s, q->value(0).toLongLong());
        out.append(event);
    }
    q->finish();
    return out;
}

QVector<ClusterEvent> ArchiveClusterStore::decodedEvents(const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    QVector<ClusterEvent> out;
    QSqlQuery *q = eventRows(clusterId, fromMs, toMs);
    if (!q)
        return out;
    // Each type and body decoded once, then moved to each of its times.
    QHash<std::pair<qint64, qint64>, ClusterEvent> shapes;
    while (q->next()) {
        const qint64 ts = q->value(0).toLongLong();
        const std::pair<qint64, qint64> key(q->value(1).toLongLong(), q->value(2).toLongLong());
        auto shape = shapes.constFind(key);
        if (shape == shapes.constEnd()) {
            QJsonObject event = eventShape(clusterId, key.first, key.second);
            event.insert(u"timestamp"_s, ts);
            shape = shapes.insert(
                key, ClusterEvent::fromJsonArray(QJsonArray {event}, ClusterEvent::RawJson::Drop).first());
        }
        out.append(shape->atTime(ts));
    }
    q->finish();
    return out;
}

QStringList ArchiveClusterStore::clusterIds()
{
    QStringList out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery &q = m_db.statement(u"SELECT cluster_id FROM clusters ORDER BY cluster_id"_s);
    if (!m_db.run(q))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    q.finish();
    return out;
}

QJsonObject ArchiveClusterStore::clusterConfiguration(const QJsonObject &cluster)
{
    QJsonObject config = cluster;
    // State, live figures and what clusters/get alone adds: none of it is configuration.
    for (const QString &key : {u"state"_s, u"state_message"_s, u"start_time"_s, u"terminated_time"_s,
             u"last_restarted_time"_s, u"last_state_loss_time"_s, u"last_activity_time"_s,
             u"termination_reason"_s, u"driver"_s, u"executors"_s, u"spark_context_id"_s, u"jdbc_port"_s,
             u"cluster_cores"_s, u"cluster_memory_mb"_s, u"cluster_log_status"_s, u"spec"_s})
        config.remove(key);
    // With autoscale, num_workers is the current target: it moves without anyone editing.
    if (config.contains(u"autoscale"_s))
        config.remove(u"num_workers"_s);
    return config;
}

ArchiveWriteResult ArchiveClusterStore::recordClusterConfig(
    const QString &clusterId, const QJsonObject &cluster, qint64 seenMs)
{
    const QByteArray config = compact(SecretScrubber::scrub(clusterConfiguration(cluster)));
    return m_db.write(1, tr("A cluster configuration could not be archived"), [&](int &added) {
        const qint64 key = clusterKey(clusterId);
        const auto outcome
            = key >= 0 ? m_configs.record(key, config, seenMs) : ArchiveVersionTable::Outcome::Failed;
        added = outcome == ArchiveVersionTable::Outcome::Added ? 1 : 0;
        return outcome != ArchiveVersionTable::Outcome::Failed;
    });
}

QList<ClusterConfigVersion> ArchiveClusterStore::clusterConfigs(const QString &clusterId)
{
    QList<ClusterConfigVersion> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery &q
        = m_db.statement(u"SELECT k.first_seen, k.last_seen, k.config FROM cluster_configs k"
                         " JOIN clusters c ON c.id = k.cluster WHERE c.cluster_id = ? ORDER BY k.id"_s);
    q.addBindValue(clusterId);
    if (!m_db.run(q))
        return out;
    while (q.next())
        out.append(
            {clusterId, q.value(0).toLongLong(), q.value(1).toLongLong(), parse(q.value(2).toByteArray())});
    q.finish();
    return out;
}

} // namespace brickdesk
