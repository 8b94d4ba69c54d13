#pragma once

#include "archive/archivetypes.h"
#include "archive/archiveversiontable.h"
#include "archive/eventpagescanner.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <unordered_map>

class QSqlQuery;
class QVariant;

namespace brickdesk {

class ArchiveConnection;
class ClusterEvent;

// What the archive keeps of clusters: their events, and a version of a cluster's
// configuration each time it changes. Clusters, event types and event bodies are dictionary
// rows (see archiveschema.h), whose ids are cached for the length of a connection.
class ArchiveClusterStore final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveClusterStore)
public:
    // Takes over the connection's forget handler: the cached ids go with a rollback.
    explicit ArchiveClusterStore(ArchiveConnection &connection);
    ~ArchiveClusterStore();
    ArchiveClusterStore(const ArchiveClusterStore &) = delete;
    ArchiveClusterStore &operator=(const ArchiveClusterStore &) = delete;

    // Cluster events as clusters/events returns them; exact repeats are ignored (the
    // deduplication key is cluster, timestamp, type and a hash of everything else). With
    // `page`, the bytes `events` was parsed from (the whole answer), events are recognised
    // by their bytes where they can be, which is cheaper than reading the parsed objects.
    // With `synced`, the events continue the cluster's history without a gap from
    // eventsSyncedThrough() (a sync's next page): the mark moves on to the newest of them.
    ArchiveWriteResult addEvents(
        const QString &clusterId, const QJsonArray &events, QByteArrayView page = {}, bool synced = false);
    // The newest archived event's timestamp, -1 when there is none.
    qint64 newestEventTime(const QString &clusterId);
    // The time through which syncs archived the cluster's events without a gap (see
    // addEvents), where the next sync starts; -1 when unknown.
    qint64 eventsSyncedThrough(const QString &clusterId);
    qint64 eventCount(const QString &clusterId);
    // Events in [fromMs, toMs], ascending, rebuilt as the API returned them (scrubbed).
    QJsonArray events(const QString &clusterId, qint64 fromMs, qint64 toMs);
    // The same decoded without their raw JSON (ClusterEvent::RawJson::Drop), each distinct type
    // and body once: what a node timeline reads, at a fraction of the cost.
    QVector<ClusterEvent> decodedEvents(const QString &clusterId, qint64 fromMs, qint64 toMs);
    QStringList clusterIds();

    // A cluster as clusters/list or clusters/get returns it: a new configuration version when
    // its configuration (state and live figures left out) differs from the last one kept.
    ArchiveWriteResult recordClusterConfig(
        const QString &clusterId, const QJsonObject &cluster, qint64 seenMs);
    QList<ClusterConfigVersion> clusterConfigs(const QString &clusterId);

    // What of a cluster object is configuration (state and live figures removed).
    static QJsonObject clusterConfiguration(const QJsonObject &cluster);

private:
    // An event as the archive keeps it: its timestamp and dictionary keys.
    struct Row
    {
        qint64 timestamp = 0;
        qint64 type = -1;
        qint64 body = -1;
    };
    // Row ids by the bytes that name them, found without copying the bytes.
    class BytesKeys
    {
    public:
        qint64 find(QByteArrayView bytes) const;
        void insert(QByteArrayView bytes, qint64 id);
        void clear() { m_keys.clear(); }

    private:
        std::unordered_multimap<size_t, std::pair<QByteArray, qint64>> m_keys;
    };

    // False on a database error.
    QSqlQuery *eventRows(const QString &clusterId, qint64 fromMs, qint64 toMs);
    QJsonObject eventShape(const QString &clusterId, qint64 type, qint64 body);
    // `detailsCache`: look the details up by value, and remember them (the bytes' own cache
    // makes that redundant for events read from their bytes).
    bool parsedRow(const QJsonObject &event, Row *row, bool detailsCache = true);
    bool rawRow(const eventpagescanner::RawEvent &raw, const QJsonArray &events, qsizetype index, Row *row);
    qint64 dictionaryKey(const QString &table, const QString &column, const QVariant &value,
        const QString &extraColumn = {}, const QVariant &extraValue = {});
    qint64 clusterKey(const QString &clusterId);
    qint64 typeKey(const QString &typeName);
    qint64 bodyKey(const QByteArray &body);
    qint64 knownDetails(const QJsonValue &details) const;
    void rememberDetails(const QJsonValue &details, qint64 bodyId);
    void forgetKeys();

    ArchiveConnection &m_db;
    ArchiveVersionTable m_configs;
    QHash<QString, qint64> m_clusterKeys;
    QHash<QString, qint64> m_typeKeys;
    QHash<quint64, qint64> m_bodyKeys;
    // Event details seen in this process -> their body id (qHash is seeded per process: this
    // is only a cache; the file's key is the stable FNV-1a hash).
    std::unordered_multimap<size_t, std::pair<QJsonValue, qint64>> m_detailsKeys;
    // The same by bytes as sent (eventpagescanner): event types, and details.
    BytesKeys m_rawTypeKeys;
    BytesKeys m_rawDetailsKeys;
};

} // namespace brickdesk
