#pragma once

#include "archive/archivetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

class QSqlQuery;
class QVariant;

namespace brickdesk {

// One workspace's archive file, used from ONE thread (Qt SQL connections belong to the thread
// that made them): Archive runs it on its worker thread; tests and benchmarks may use it
// directly. Every write is one transaction (BEGIN IMMEDIATE), so a process killed at any
// moment leaves the file as it was before or after a whole batch; the journal is WAL with a
// busy timeout, so the GUI and a timer's `brickdesk sync` share one file.
//
// Nothing secret is written: every JSON value passes SecretScrubber first.
class ArchiveDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveDatabase)
public:
    explicit ArchiveDatabase(const QString &path);
    ~ArchiveDatabase();
    ArchiveDatabase(const ArchiveDatabase &) = delete;
    ArchiveDatabase &operator=(const ArchiveDatabase &) = delete;

    // Opens (creating, migrating or, when the file is damaged, moving it aside and starting
    // afresh), after an integrity check.
    ArchiveOpenResult open();
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Cluster events as clusters/events returns them; exact repeats are ignored (the
    // deduplication key is cluster, timestamp, type and a hash of everything else).
    ArchiveWriteResult addEvents(const QString &clusterId, const QJsonArray &events);
    // The newest archived event's timestamp, -1 when there is none.
    qint64 newestEventTime(const QString &clusterId);
    qint64 eventCount(const QString &clusterId = {});
    // Events in [fromMs, toMs], ascending, rebuilt as the API returned them (scrubbed).
    QJsonArray events(const QString &clusterId, qint64 fromMs, qint64 toMs);
    QStringList clusterIds();

    // A cluster as clusters/list or clusters/get returns it: a new configuration version when
    // its configuration (state and live figures left out) differs from the last one kept.
    ArchiveWriteResult recordClusterConfig(
        const QString &clusterId, const QJsonObject &cluster, qint64 seenMs);
    QList<ClusterConfigVersion> clusterConfigs(const QString &clusterId);

    // Jobs as jobs/list (expand_tasks) returns them: a new version of a job's settings when
    // they differ from the last version kept, else only its last-seen time moves.
    ArchiveWriteResult recordJobs(const QJsonArray &jobs, qint64 seenMs);
    QList<JobVersion> jobVersions(qint64 jobId);
    QList<qint64> jobIds();

    // Runs as runs/list (expand_tasks) returns them: inserted or replaced (a run that was
    // running at the last sync has ended since), with their task runs.
    ArchiveWriteResult recordRuns(const QJsonArray &runs, qint64 seenMs);
    QList<ArchivedRun> runsOfJob(qint64 jobId);
    qint64 runCount();
    // The start time of the oldest archived run that had not ended, -1 if none: the next sync
    // looks again from there so that its end is archived too.
    qint64 oldestUnfinishedRunStart();

    // Small sync bookkeeping (last sync times).
    QString meta(const QString &key);
    ArchiveError setMeta(const QString &key, const QString &value);

    // Full text over jobs (names, tags, task kinds, paths, parameters, cluster settings: every
    // key and value of the latest settings) and run errors. Each word of `text` must match;
    // a word with `/`, `.` or `_` is matched as a phrase ("/Repos/etl/ingest"). Run errors
    // only from runs started at or after sinceMs.
    QList<ArchiveSearchHit> search(const QString &text, int limit = 100, qint64 sinceMs = 0);

    ArchiveStats stats();
    ArchiveError lastError() const { return m_lastError; }

    // The FTS5 query for a person's search text (exposed for tests).
    static QString ftsQuery(const QString &text);
    // The text a job's settings are indexed by.
    static QString searchText(const QJsonObject &settings);
    // What of a cluster object is configuration (state and live figures removed).
    static QJsonObject clusterConfiguration(const QJsonObject &cluster);
    static quint64 hash(const QByteArray &bytes); // FNV-1a, 64 bits, stable across runs

private:
    struct Statements;

    ArchiveOpenResult openFile();
    ArchiveOpenResult openSteps();
    bool exec(const QString &statement);
    bool begin();
    bool commit();
    void rollback();
    bool migrate(int fromVersion);
    bool createSchema();
    qint64 dictionaryKey(const QString &table, const QString &column, const QVariant &value,
        const QString &extraColumn = {}, const QVariant &extraValue = {});
    qint64 clusterKey(const QString &clusterId);
    qint64 typeKey(const QString &typeName);
    qint64 bodyKey(const QByteArray &body);
    qint64 knownDetails(const QJsonValue &details) const;
    void rememberDetails(const QJsonValue &details, qint64 bodyId);
    bool indexJob(qint64 jobId, const QJsonObject &settings);
    bool indexRunError(qint64 runId, const QString &title, const QString &error);
    ArchiveError failure(const QString &what);
    bool note(const QSqlQuery &query); // records its error, returns false
    bool run(QSqlQuery &query);
    void forgetCaches();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_clusterKeys;
    QHash<QString, qint64> m_typeKeys;
    QHash<quint64, qint64> m_bodyKeys;
    // Event details seen in this process -> their body id (qHash is seeded per process: this
    // is only a cache; the file's key is the stable FNV-1a hash).
    std::unordered_multimap<size_t, std::pair<QJsonValue, qint64>> m_detailsKeys;
    ArchiveError m_lastError;
    int m_sqlErrorCode = -1;
    int m_rowsAffected = 0; // of the last write run()
    QString m_sqlErrorText;
    int m_version = 0;
};

} // namespace brickdesk
