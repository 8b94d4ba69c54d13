#include "archivedatabase.h"

#include "archive/archiveschema.h"
#include "archive/secretscrubber.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Q_LOGGING_CATEGORY(lcArchive, "brickdesk.archive")

namespace {

std::atomic<int> connectionCounter {0};

// SQLite's primary result codes (https://www.sqlite.org/rescode.html), as the Qt driver
// reports them in QSqlError::nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == Corrupt || code == NotADb;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

qint64 integer(const QJsonValue &value)
{
    // IDs and times are int64 (below 2^53 in practice); a string form is accepted too.
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger(-1);
}

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

QString runStateOf(const QJsonObject &run)
{
    const QString state = run.value(u"status"_s).toObject().value(u"state"_s).toString();
    return state.isEmpty() ? run.value(u"state"_s).toObject().value(u"life_cycle_state"_s).toString() : state;
}

QString runResultOf(const QJsonObject &run)
{
    const QString code = run.value(u"status"_s)
                             .toObject()
                             .value(u"termination_details"_s)
                             .toObject()
                             .value(u"code"_s)
                             .toString();
    return code.isEmpty() ? run.value(u"state"_s).toObject().value(u"result_state"_s).toString() : code;
}

bool isErrorResult(const QString &result)
{
    static const QSet<QString> fine {
        u""_s, u"SUCCESS"_s, u"SKIPPED"_s, u"EXCLUDED"_s, u"DISABLED"_s, u"USER_CANCELED"_s, u"CANCELED"_s};
    return !fine.contains(result);
}

// What went wrong in a run, in the service's words: the run's termination message and those
// of its failed tasks, each once.
QString errorTextOf(const QJsonObject &run)
{
    QStringList messages;
    const auto collect = [&messages](const QJsonObject &item) {
        if (!isErrorResult(runResultOf(item)))
            return;
        for (const QString &m : {item.value(u"status"_s)
                                     .toObject()
                                     .value(u"termination_details"_s)
                                     .toObject()
                                     .value(u"message"_s)
                                     .toString(),
                 item.value(u"state"_s).toObject().value(u"state_message"_s).toString()}) {
            if (!m.isEmpty() && !messages.contains(m))
                messages.append(m);
        }
    };
    collect(run);
    const QJsonArray tasks = run.value(u"tasks"_s).toArray();
    for (const QJsonValue &task : tasks)
        collect(task.toObject());
    return messages.join(u'\n');
}

} // namespace

struct ArchiveDatabase::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : db(db)
    { }

    // The query for `sql`, prepared once per connection.
    QSqlQuery &get(const QString &sql)
    {
        std::unique_ptr<QSqlQuery> &query = queries[sql];
        if (!query) {
            query = std::make_unique<QSqlQuery>(db);
            query->setForwardOnly(true);
            if (!query->prepare(sql))
                qCWarning(lcArchive) << "prepare failed:" << query->lastError().text();
        }
        return *query;
    }

    QSqlDatabase db;
    // Node-based: a reference handed out stays valid while more statements are added.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> queries;
};

ArchiveDatabase::ArchiveDatabase(const QString &path)
    : m_path(path)
{ }

ArchiveDatabase::~ArchiveDatabase()
{
    close();
}

quint64 ArchiveDatabase::hash(const QByteArray &bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

bool ArchiveDatabase::isOpen() const
{
    return m_statements != nullptr;
}

int ArchiveDatabase::schemaVersion() const
{
    return m_version;
}

void ArchiveDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    forgetCaches();
}

void ArchiveDatabase::forgetCaches()
{
    m_clusterKeys.clear();
    m_typeKeys.clear();
    m_bodyKeys.clear();
    m_detailsKeys.clear();
}

bool ArchiveDatabase::note(const QSqlQuery &query)
{
    qCDebug(lcArchive) << "statement failed:" << query.lastQuery().left(60) << query.lastError().text();
    m_sqlErrorCode = sqliteCode(query.lastError());
    m_sqlErrorText = query.lastError().text();
    return false;
}

bool ArchiveDatabase::run(QSqlQuery &query)
{
    if (!query.exec())
        return note(query);
    // A write statement left un-reset keeps the transaction from committing ("SQL statements
    // in progress").
    m_rowsAffected = query.isSelect() ? 0 : query.numRowsAffected();
    if (!query.isSelect())
        query.finish();
    return true;
}

ArchiveError ArchiveDatabase::failure(const QString &what)
{
    QString reason;
    switch (m_sqlErrorCode) {
    case Full:
        reason = tr("the disk is full");
        break;
    case ReadOnly:
    case CantOpen:
        reason = tr("the file cannot be written");
        break;
    case Busy:
    case Locked:
        reason = tr("another program kept the archive busy for too long");
        break;
    case Corrupt:
    case NotADb:
        reason = tr("the file is damaged");
        break;
    default:
        reason = m_sqlErrorText;
        break;
    }
    m_lastError.message = reason.isEmpty() ? what : tr("%1: %2").arg(what, reason);
    qCWarning(lcArchive) << what << m_sqlErrorText;
    return m_lastError;
}

bool ArchiveDatabase::exec(const QString &statement)
{
    QSqlQuery query(m_statements->db);
    return query.exec(statement) || note(query);
}

bool ArchiveDatabase::begin()
{
    // IMMEDIATE: take the write lock now (waiting up to the busy timeout for another process)
    // rather than failing later when a read lock cannot be upgraded.
    return exec(u"BEGIN IMMEDIATE"_s);
}

bool ArchiveDatabase::commit()
{
    return exec(u"COMMIT"_s);
}

void ArchiveDatabase::rollback()
{
    QSqlQuery(m_statements->db).exec(u"ROLLBACK"_s);
    // Keys handed out inside the failed transaction no longer exist.
    forgetCaches();
}

ArchiveOpenResult ArchiveDatabase::open()
{
    ArchiveOpenResult result;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.message = tr("The archive folder %1 cannot be created.").arg(info.absolutePath());
        return result;
    }
    result = openFile();
    if (result.ok() || result.movedTo != u"damaged"_s)
        return result;

    // Damaged: keep the file for whoever wants to look at it, start afresh.
    close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString aside = m_path + u".damaged-"_s + stamp;
    QFile::remove(m_path + u"-shm"_s);
    if (QFile::exists(m_path + u"-wal"_s))
        QFile::rename(m_path + u"-wal"_s, aside + u"-wal"_s);
    if (!QFile::rename(m_path, aside)) {
        result.status = ArchiveOpenResult::Status::Failed;
        result.movedTo.clear();
        result.message = tr("The archive %1 is damaged and cannot be moved aside.").arg(m_path);
        return result;
    }
    ArchiveOpenResult fresh = openFile();
    if (!fresh.ok()) {
        fresh.movedTo.clear();
        return fresh;
    }
    fresh.status = ArchiveOpenResult::Status::Rebuilt;
    fresh.movedTo = aside;
    fresh.message = tr("The local archive was damaged. It was moved to %1 and a new, empty archive was "
                       "started; history is collected again from what the workspace still keeps.")
                        .arg(aside);
    qCWarning(lcArchive) << "damaged archive moved aside to" << aside;
    return fresh;
}

// Opens m_path once. A damaged file is reported as Failed with movedTo == "damaged" (open()
// moves it aside and tries again).
ArchiveOpenResult ArchiveDatabase::openFile()
{
    close();
    ArchiveOpenResult result = openSteps();
    // Closed only now that the steps' queries and handles are gone.
    if (!result.ok())
        close();
    return result;
}

ArchiveOpenResult ArchiveDatabase::openSteps()
{
    ArchiveOpenResult result;
    m_connectionName = u"brickdesk-archive-%1"_s.arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        result.message = tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite): Brickdesk "
                            "works without its archive.");
        return result;
    }
    db.setDatabaseName(m_path);
    // Another process (the GUI, a timer's sync) may hold the write lock for a batch.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    const bool existed = QFileInfo(m_path).size() > 0;
    const auto damaged = [&] {
        result.status = ArchiveOpenResult::Status::Failed;
        result.movedTo = u"damaged"_s;
        return result;
    };
    const auto failed = [&](const QString &why) {
        result.status = ArchiveOpenResult::Status::Failed;
        result.message = tr("The archive %1 cannot be opened: %2").arg(m_path, why);
        return result;
    };
    if (!db.open())
        return isDamage(db.lastError()) ? damaged() : failed(db.lastError().text());
    m_statements = std::make_unique<Statements>(db);

    QSqlQuery pragma(db);
    if (!pragma.exec(u"PRAGMA journal_mode=WAL"_s) || !pragma.next())
        return isDamage(pragma.lastError()) ? damaged() : failed(pragma.lastError().text());
    if (pragma.value(0).toString().toLower() != u"wal"_s)
        qCWarning(lcArchive) << "journal mode is" << pragma.value(0).toString();
    pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
    // A damaged file is found now, not in the middle of a sync.
    if (existed) {
        if (!pragma.exec(u"PRAGMA quick_check"_s) || !pragma.next())
            return isDamage(pragma.lastError()) ? damaged() : failed(pragma.lastError().text());
        if (pragma.value(0).toString() != u"ok"_s) {
            qCWarning(lcArchive) << "integrity check:" << pragma.value(0).toString();
            return damaged();
        }
    }
    if (!pragma.exec(u"PRAGMA user_version"_s) || !pragma.next())
        return isDamage(pragma.lastError()) ? damaged() : failed(pragma.lastError().text());
    int version = pragma.value(0).toInt();
    pragma.finish();
    result.fromVersion = version;
    if (version > archiveschema::CurrentVersion)
        return failed(tr("it was written by a newer Brickdesk (schema %1)").arg(version));

    if (version < archiveschema::CurrentVersion) {
        // Another process may be creating or migrating it right now: decide under the lock.
        if (!begin())
            return isDamage(db.lastError()) ? damaged() : failed(m_sqlErrorText);
        QSqlQuery again(db);
        again.exec(u"PRAGMA user_version"_s);
        version = again.next() ? again.value(0).toInt() : 0;
        again.finish();
        result.fromVersion = version;
        bool ok = true;
        if (version == 0)
            ok = createSchema();
        else if (version < archiveschema::CurrentVersion)
            ok = migrate(version);
        if (!ok || !commit()) {
            const QString why = m_sqlErrorText;
            rollback();
            return failed(why);
        }
        result.status = version == 0                  ? ArchiveOpenResult::Status::Created
            : version < archiveschema::CurrentVersion ? ArchiveOpenResult::Status::Migrated
                                                      : ArchiveOpenResult::Status::Opened;
    } else {
        result.status = ArchiveOpenResult::Status::Opened;
    }
    if (result.status == ArchiveOpenResult::Status::Migrated)
        result.message = tr("The local archive was updated to a new format (from version %1 to %2).")
                             .arg(version)
                             .arg(archiveschema::CurrentVersion);
    m_version = archiveschema::CurrentVersion;
    return result;
}

bool ArchiveDatabase::createSchema()
{
    const QStringList statements = archiveschema::createStatements(archiveschema::CurrentVersion);
    for (const QString &statement : statements) {
        if (!exec(statement))
            return false;
    }
    return exec(u"PRAGMA user_version=%1"_s.arg(archiveschema::CurrentVersion));
}

bool ArchiveDatabase::migrate(int fromVersion)
{
    for (int version = fromVersion; version < archiveschema::CurrentVersion; ++version) {
        const QStringList statements = archiveschema::migrationStatements(version);
        for (const QString &statement : statements) {
            if (!exec(statement))
                return false;
        }
        if (version == 1) {
            // Version 2 adds run errors and the search index: fill both from what is archived.
            QSqlQuery runs(m_statements->db);
            runs.setForwardOnly(true);
            if (!runs.exec(u"SELECT run_id, run FROM runs"_s))
                return note(runs);
            QList<std::pair<qint64, QJsonObject>> all;
            while (runs.next())
                all.append({runs.value(0).toLongLong(), parse(runs.value(1).toByteArray())});
            runs.finish();
            QSqlQuery setError(m_statements->db);
            setError.prepare(u"UPDATE runs SET error = ? WHERE run_id = ?"_s);
            for (const auto &[runId, runJson] : std::as_const(all)) {
                const QString error = errorTextOf(runJson);
                if (error.isEmpty())
                    continue;
                setError.addBindValue(error);
                setError.addBindValue(runId);
                if (!run(setError))
                    return false;
                if (!indexRunError(runId, runJson.value(u"run_name"_s).toString(), error))
                    return false;
            }
            QSqlQuery jobs(m_statements->db);
            jobs.setForwardOnly(true);
            if (!jobs.exec(u"SELECT v.job_id, v.settings FROM job_versions v WHERE v.id ="
                           " (SELECT MAX(id) FROM job_versions w WHERE w.job_id = v.job_id)"_s))
                return note(jobs);
            QList<std::pair<qint64, QJsonObject>> latest;
            while (jobs.next())
                latest.append({jobs.value(0).toLongLong(), parse(jobs.value(1).toByteArray())});
            jobs.finish();
            for (const auto &[jobId, settings] : std::as_const(latest)) {
                if (!indexJob(jobId, settings))
                    return false;
            }
        }
        if (!exec(u"PRAGMA user_version=%1"_s.arg(version + 1)))
            return false;
    }
    return true;
}

// The id of a dictionary row (clusters, event types, event bodies), added if missing.
qint64 ArchiveDatabase::dictionaryKey(const QString &table, const QString &column, const QVariant &value,
    const QString &extraColumn, const QVariant &extraValue)
{
    QSqlQuery &insert = extraColumn.isEmpty()
        ? m_statements->get(u"INSERT OR IGNORE INTO %1(%2) VALUES (?)"_s.arg(table, column))
        : m_statements->get(
            u"INSERT OR IGNORE INTO %1(%2, %3) VALUES (?, ?)"_s.arg(table, column, extraColumn));
    insert.addBindValue(value);
    if (!extraColumn.isEmpty())
        insert.addBindValue(extraValue);
    if (!run(insert))
        return -1;
    QSqlQuery &find = m_statements->get(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, column));
    find.addBindValue(value);
    if (!run(find) || !find.next())
        return -1;
    const qint64 key = find.value(0).toLongLong();
    find.finish();
    return key;
}

qint64 ArchiveDatabase::clusterKey(const QString &clusterId)
{
    if (const auto it = m_clusterKeys.constFind(clusterId); it != m_clusterKeys.constEnd())
        return *it;
    const qint64 key = dictionaryKey(u"clusters"_s, u"cluster_id"_s, clusterId);
    if (key >= 0)
        m_clusterKeys.insert(clusterId, key);
    return key;
}

qint64 ArchiveDatabase::typeKey(const QString &typeName)
{
    if (const auto it = m_typeKeys.constFind(typeName); it != m_typeKeys.constEnd())
        return *it;
    const qint64 key = dictionaryKey(u"event_types"_s, u"name"_s, typeName);
    if (key >= 0)
        m_typeKeys.insert(typeName, key);
    return key;
}

qint64 ArchiveDatabase::bodyKey(const QByteArray &body)
{
    const quint64 h = hash(body);
    if (const auto it = m_bodyKeys.constFind(h); it != m_bodyKeys.constEnd())
        return *it;
    const qint64 key
        = dictionaryKey(u"event_bodies"_s, u"hash"_s, qint64(h), u"body"_s, QString::fromUtf8(body));
    if (key >= 0)
        m_bodyKeys.insert(h, key);
    return key;
}

qint64 ArchiveDatabase::knownDetails(const QJsonValue &details) const
{
    const auto range = m_detailsKeys.equal_range(qHash(details));
    for (auto it = range.first; it != range.second; ++it) {
        if (it->second.first == details)
            return it->second.second;
    }
    return -1;
}

void ArchiveDatabase::rememberDetails(const QJsonValue &details, qint64 bodyId)
{
    if (m_detailsKeys.size() > 100'000)
        m_detailsKeys.clear();
    m_detailsKeys.emplace(qHash(details), std::pair<QJsonValue, qint64>(details, bodyId));
}

ArchiveWriteResult ArchiveDatabase::addEvents(const QString &clusterId, const QJsonArray &events)
{
    ArchiveWriteResult result;
    result.received = int(events.size());
    if (!isOpen()) {
        result.error.message = tr("The archive is not open.");
        return result;
    }
    if (events.isEmpty())
        return result;
    if (!begin()) {
        result.error = failure(tr("Cluster events could not be archived"));
        return result;
    }
    const qint64 cluster = clusterKey(clusterId);
    bool ok = cluster >= 0;
    QSqlQuery &insert
        = m_statements->get(u"INSERT OR IGNORE INTO events(cluster, ts, type, body) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; ok && i < events.size(); ++i) {
        const QJsonObject original = events.at(i).toObject();
        const qint64 timestamp = integer(original.value(u"timestamp"_s));
        const qint64 typeId = typeKey(original.value(u"type"_s).toString());
        // The common shape (cluster_id, timestamp, type, details): a cluster repeats a few
        // thousand distinct details, recognised here without scrubbing and serialising again.
        const bool plain = original.size() == 4 && original.contains(u"details"_s)
            && original.contains(u"cluster_id"_s) && original.contains(u"timestamp"_s)
            && original.contains(u"type"_s);
        const QJsonValue details = original.value(u"details"_s);
        qint64 bodyId = plain ? knownDetails(details) : -1;
        if (bodyId < 0) {
            QJsonObject event = original;
            event.remove(u"timestamp"_s);
            event.remove(u"type"_s);
            event.remove(u"cluster_id"_s);
            bodyId = bodyKey(compact(SecretScrubber::scrub(event)));
            if (plain && bodyId >= 0)
                rememberDetails(details, bodyId);
        }
        if (typeId < 0 || bodyId < 0) {
            ok = false;
            break;
        }
        insert.addBindValue(cluster);
        insert.addBindValue(timestamp);
        insert.addBindValue(typeId);
        insert.addBindValue(bodyId);
        if (!run(insert)) {
            ok = false;
            break;
        }
        result.added += m_rowsAffected > 0 ? 1 : 0;
    }
    if (!ok || !commit()) {
        result.error = failure(tr("Cluster events could not be archived"));
        rollback();
        result.added = 0;
    }
    return result;
}

qint64 ArchiveDatabase::newestEventTime(const QString &clusterId)
{
    if (!isOpen())
        return -1;
    QSqlQuery &q = m_statements->get(
        u"SELECT MAX(e.ts) FROM events e JOIN clusters c ON c.id = e.cluster WHERE c.cluster_id = ?"_s);
    q.addBindValue(clusterId);
    if (!run(q) || !q.next())
        return -1;
    const QVariant v = q.value(0);
    q.finish();
    return v.isNull() ? -1 : v.toLongLong();
}

qint64 ArchiveDatabase::eventCount(const QString &clusterId)
{
    if (!isOpen())
        return 0;
    QSqlQuery &q = clusterId.isEmpty()
        ? m_statements->get(u"SELECT COUNT(*) FROM events"_s)
        : m_statements->get(
            u"SELECT COUNT(*) FROM events e JOIN clusters c ON c.id = e.cluster WHERE c.cluster_id = ?"_s);
    if (!clusterId.isEmpty())
        q.addBindValue(clusterId);
    if (!run(q) || !q.next())
        return 0;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QJsonArray ArchiveDatabase::events(const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    QJsonArray out;
    if (!isOpen())
        return out;
    QSqlQuery &q = m_statements->get(
        u"SELECT e.ts, t.name, b.body FROM events e JOIN clusters c ON c.id = e.cluster"
        " JOIN event_types t ON t.id = e.type JOIN event_bodies b ON b.id = e.body"
        " WHERE c.cluster_id = ? AND e.ts BETWEEN ? AND ? ORDER BY e.ts, e.type, e.body"_s);
    q.addBindValue(clusterId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!run(q))
        return out;
    while (q.next()) {
        QJsonObject event = parse(q.value(2).toByteArray());
        event.insert(u"cluster_id"_s, clusterId);
        event.insert(u"timestamp"_s, q.value(0).toLongLong());
        event.insert(u"type"_s, q.value(1).toString());
        out.append(event);
    }
    q.finish();
    return out;
}

QStringList ArchiveDatabase::clusterIds()
{
    QStringList out;
    if (!isOpen())
        return out;
    QSqlQuery &q = m_statements->get(u"SELECT cluster_id FROM clusters ORDER BY cluster_id"_s);
    if (!run(q))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    q.finish();
    return out;
}

QJsonObject ArchiveDatabase::clusterConfiguration(const QJsonObject &cluster)
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

ArchiveWriteResult ArchiveDatabase::recordClusterConfig(
    const QString &clusterId, const QJsonObject &cluster, qint64 seenMs)
{
    ArchiveWriteResult result;
    result.received = 1;
    if (!isOpen()) {
        result.error.message = tr("The archive is not open.");
        return result;
    }
    const QByteArray config = compact(SecretScrubber::scrub(clusterConfiguration(cluster)));
    const qint64 h = qint64(hash(config));
    if (!begin()) {
        result.error = failure(tr("A cluster configuration could not be archived"));
        return result;
    }
    const qint64 key = clusterKey(clusterId);
    bool ok = key >= 0;
    if (ok) {
        QSqlQuery &last = m_statements->get(
            u"SELECT id, hash FROM cluster_configs WHERE cluster = ? ORDER BY id DESC LIMIT 1"_s);
        last.addBindValue(key);
        ok = run(last);
        const bool same = ok && last.next() && last.value(1).toLongLong() == h;
        const qint64 lastId = same ? last.value(0).toLongLong() : -1;
        last.finish();
        if (ok && same) {
            QSqlQuery &touch = m_statements->get(
                u"UPDATE cluster_configs SET last_seen = MAX(last_seen, ?) WHERE id = ?"_s);
            touch.addBindValue(seenMs);
            touch.addBindValue(lastId);
            ok = run(touch);
        } else if (ok) {
            QSqlQuery &insert
                = m_statements->get(u"INSERT INTO cluster_configs(cluster, hash, config, first_seen,"
                                    " last_seen) VALUES (?, ?, ?, ?, ?)"_s);
            insert.addBindValue(key);
            insert.addBindValue(h);
            insert.addBindValue(QString::fromUtf8(config));
            insert.addBindValue(seenMs);
            insert.addBindValue(seenMs);
            ok = run(insert);
            result.added = ok ? 1 : 0;
        }
    }
    if (!ok || !commit()) {
        result.error = failure(tr("A cluster configuration could not be archived"));
        rollback();
        result.added = 0;
    }
    return result;
}

QList<ClusterConfigVersion> ArchiveDatabase::clusterConfigs(const QString &clusterId)
{
    QList<ClusterConfigVersion> out;
    if (!isOpen())
        return out;
    QSqlQuery &q
        = m_statements->get(u"SELECT k.first_seen, k.last_seen, k.config FROM cluster_configs k"
                            " JOIN clusters c ON c.id = k.cluster WHERE c.cluster_id = ? ORDER BY k.id"_s);
    q.addBindValue(clusterId);
    if (!run(q))
        return out;
    while (q.next())
        out.append(
            {clusterId, q.value(0).toLongLong(), q.value(1).toLongLong(), parse(q.value(2).toByteArray())});
    q.finish();
    return out;
}

QString ArchiveDatabase::searchText(const QJsonObject &settings)
{
    QStringList words;
    appendSearchText(settings, QString(), words);
    return words.join(u' ');
}

bool ArchiveDatabase::indexJob(qint64 jobId, const QJsonObject &settings)
{
    QSqlQuery &remove = m_statements->get(u"DELETE FROM search WHERE rowid = ?"_s);
    remove.addBindValue(jobId * 2);
    if (!run(remove))
        return false;
    QSqlQuery &insert = m_statements->get(u"INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)"_s);
    insert.addBindValue(jobId * 2);
    insert.addBindValue(settings.value(u"name"_s).toString());
    insert.addBindValue(searchText(settings));
    return run(insert);
}

bool ArchiveDatabase::indexRunError(qint64 runId, const QString &title, const QString &error)
{
    QSqlQuery &remove = m_statements->get(u"DELETE FROM search WHERE rowid = ?"_s);
    remove.addBindValue(runId * 2 + 1);
    if (!run(remove))
        return false;
    if (error.isEmpty())
        return true;
    QSqlQuery &insert = m_statements->get(u"INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)"_s);
    insert.addBindValue(runId * 2 + 1);
    insert.addBindValue(title);
    insert.addBindValue(error);
    return run(insert);
}

ArchiveWriteResult ArchiveDatabase::recordJobs(const QJsonArray &jobs, qint64 seenMs)
{
    ArchiveWriteResult result;
    result.received = int(jobs.size());
    if (!isOpen()) {
        result.error.message = tr("The archive is not open.");
        return result;
    }
    if (jobs.isEmpty())
        return result;
    if (!begin()) {
        result.error = failure(tr("Job settings could not be archived"));
        return result;
    }
    bool ok = true;
    for (qsizetype i = 0; ok && i < jobs.size(); ++i) {
        const QJsonObject job = jobs.at(i).toObject();
        const qint64 jobId = integer(job.value(u"job_id"_s));
        if (jobId <= 0)
            continue;
        const QJsonObject settings = SecretScrubber::scrub(job.value(u"settings"_s).toObject());
        const QByteArray bytes = compact(settings);
        const qint64 h = qint64(hash(bytes));

        QSqlQuery &upsert
            = m_statements->get(u"INSERT INTO jobs(job_id, name, first_seen, last_seen) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT(job_id) DO UPDATE SET name = excluded.name,"
                                " last_seen = MAX(last_seen, excluded.last_seen)"_s);
        upsert.addBindValue(jobId);
        upsert.addBindValue(settings.value(u"name"_s).toString());
        upsert.addBindValue(seenMs);
        upsert.addBindValue(seenMs);
        if (!(ok = run(upsert)))
            break;

        QSqlQuery &last = m_statements->get(
            u"SELECT id, hash FROM job_versions WHERE job_id = ? ORDER BY id DESC LIMIT 1"_s);
        last.addBindValue(jobId);
        if (!(ok = run(last)))
            break;
        const bool same = last.next() && last.value(1).toLongLong() == h;
        const qint64 lastId = same ? last.value(0).toLongLong() : -1;
        last.finish();
        if (same) {
            QSqlQuery &touch
                = m_statements->get(u"UPDATE job_versions SET last_seen = MAX(last_seen, ?) WHERE id = ?"_s);
            touch.addBindValue(seenMs);
            touch.addBindValue(lastId);
            ok = run(touch);
            continue;
        }
        QSqlQuery &insert
            = m_statements->get(u"INSERT INTO job_versions(job_id, hash, settings, first_seen, last_seen)"
                                " VALUES (?, ?, ?, ?, ?)"_s);
        insert.addBindValue(jobId);
        insert.addBindValue(h);
        insert.addBindValue(QString::fromUtf8(bytes));
        insert.addBindValue(seenMs);
        insert.addBindValue(seenMs);
        ok = run(insert) && indexJob(jobId, settings);
        result.added += ok ? 1 : 0;
    }
    if (!ok || !commit()) {
        result.error = failure(tr("Job settings could not be archived"));
        rollback();
        result.added = 0;
    }
    return result;
}

QList<JobVersion> ArchiveDatabase::jobVersions(qint64 jobId)
{
    QList<JobVersion> out;
    if (!isOpen())
        return out;
    QSqlQuery &q = m_statements->get(
        u"SELECT first_seen, last_seen, settings FROM job_versions WHERE job_id = ? ORDER BY id"_s);
    q.addBindValue(jobId);
    if (!run(q))
        return out;
    int version = 0;
    while (q.next())
        out.append({jobId, ++version, q.value(0).toLongLong(), q.value(1).toLongLong(),
            parse(q.value(2).toByteArray())});
    q.finish();
    return out;
}

QList<qint64> ArchiveDatabase::jobIds()
{
    QList<qint64> out;
    if (!isOpen())
        return out;
    QSqlQuery &q = m_statements->get(u"SELECT job_id FROM jobs ORDER BY job_id"_s);
    if (!run(q))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

ArchiveWriteResult ArchiveDatabase::recordRuns(const QJsonArray &runs, qint64 seenMs)
{
    ArchiveWriteResult result;
    result.received = int(runs.size());
    if (!isOpen()) {
        result.error.message = tr("The archive is not open.");
        return result;
    }
    if (runs.isEmpty())
        return result;
    if (!begin()) {
        result.error = failure(tr("Runs could not be archived"));
        return result;
    }
    bool ok = true;
    for (qsizetype i = 0; ok && i < runs.size(); ++i) {
        const QJsonObject runJson = SecretScrubber::scrub(runs.at(i).toObject());
        const qint64 runId = integer(runJson.value(u"run_id"_s));
        if (runId <= 0)
            continue;
        const QString error = SecretScrubber::scrubText(errorTextOf(runJson));
        QSqlQuery &exists = m_statements->get(u"SELECT 1 FROM runs WHERE run_id = ?"_s);
        exists.addBindValue(runId);
        if (!(ok = run(exists)))
            break;
        result.added += exists.next() ? 0 : 1;
        exists.finish();
        QSqlQuery &upsert = m_statements->get(u"INSERT OR REPLACE INTO runs(run_id, job_id, start_time, "
                                              u"end_time, state, result, run, updated, error)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        upsert.addBindValue(runId);
        upsert.addBindValue(integer(runJson.value(u"job_id"_s)));
        upsert.addBindValue(integer(runJson.value(u"start_time"_s)));
        upsert.addBindValue(integer(runJson.value(u"end_time"_s)));
        upsert.addBindValue(runStateOf(runJson));
        upsert.addBindValue(runResultOf(runJson));
        upsert.addBindValue(QString::fromUtf8(compact(runJson)));
        upsert.addBindValue(seenMs);
        upsert.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        if (!(ok = run(upsert)))
            break;
        const QJsonArray tasks = runJson.value(u"tasks"_s).toArray();
        for (const QJsonValue &value : tasks) {
            const QJsonObject task = value.toObject();
            const qint64 taskRunId = integer(task.value(u"run_id"_s));
            if (taskRunId <= 0)
                continue;
            QSqlQuery &taskUpsert = m_statements->get(
                u"INSERT OR REPLACE INTO task_runs(run_id, parent_run_id, task_key, start_time,"
                " end_time, state, result) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            taskUpsert.addBindValue(taskRunId);
            taskUpsert.addBindValue(runId);
            taskUpsert.addBindValue(task.value(u"task_key"_s).toString());
            taskUpsert.addBindValue(integer(task.value(u"start_time"_s)));
            taskUpsert.addBindValue(integer(task.value(u"end_time"_s)));
            taskUpsert.addBindValue(runStateOf(task));
            taskUpsert.addBindValue(runResultOf(task));
            if (!(ok = run(taskUpsert)))
                break;
        }
        ok = ok && indexRunError(runId, runJson.value(u"run_name"_s).toString(), error);
    }
    if (!ok || !commit()) {
        result.error = failure(tr("Runs could not be archived"));
        rollback();
        result.added = 0;
    }
    return result;
}

QList<ArchivedRun> ArchiveDatabase::runsOfJob(qint64 jobId)
{
    QList<ArchivedRun> out;
    if (!isOpen())
        return out;
    QSqlQuery &q
        = m_statements->get(u"SELECT run_id, start_time, end_time, state, result, error, run FROM runs"
                            " WHERE job_id = ? ORDER BY start_time DESC"_s);
    q.addBindValue(jobId);
    if (!run(q))
        return out;
    while (q.next()) {
        ArchivedRun r;
        r.runId = q.value(0).toLongLong();
        r.jobId = jobId;
        r.startTimeMs = q.value(1).toLongLong();
        r.endTimeMs = q.value(2).toLongLong();
        r.state = q.value(3).toString();
        r.result = q.value(4).toString();
        r.errorMessage = q.value(5).toString();
        r.run = parse(q.value(6).toByteArray());
        out.append(r);
    }
    q.finish();
    return out;
}

qint64 ArchiveDatabase::runCount()
{
    if (!isOpen())
        return 0;
    QSqlQuery &q = m_statements->get(u"SELECT COUNT(*) FROM runs"_s);
    if (!run(q) || !q.next())
        return 0;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

qint64 ArchiveDatabase::oldestUnfinishedRunStart()
{
    if (!isOpen())
        return -1;
    QSqlQuery &q = m_statements->get(u"SELECT MIN(start_time) FROM runs"
                                     " WHERE state NOT IN ('TERMINATED', 'SKIPPED', 'INTERNAL_ERROR')"_s);
    if (!run(q) || !q.next())
        return -1;
    const QVariant v = q.value(0);
    q.finish();
    return v.isNull() ? -1 : v.toLongLong();
}

QString ArchiveDatabase::meta(const QString &key)
{
    if (!isOpen())
        return {};
    QSqlQuery &q = m_statements->get(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!run(q) || !q.next())
        return {};
    const QString value = q.value(0).toString();
    q.finish();
    return value;
}

ArchiveError ArchiveDatabase::setMeta(const QString &key, const QString &value)
{
    if (!isOpen())
        return {tr("The archive is not open.")};
    QSqlQuery &q = m_statements->get(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!run(q))
        return failure(tr("The archive's sync state could not be saved"));
    return {};
}

QString ArchiveDatabase::ftsQuery(const QString &text)
{
    // Each word a quoted phrase (FTS5 syntax characters lose their meaning inside quotes; a
    // path's parts become a phrase of consecutive tokens); all words must match.
    QStringList phrases;
    const QStringList words = text.split(QChar(u' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(u'"');
        if (word.trimmed().isEmpty())
            continue;
        phrases.append(u'"' + word + u'"');
    }
    return phrases.join(u' ');
}

QList<ArchiveSearchHit> ArchiveDatabase::search(const QString &text, int limit, qint64 sinceMs)
{
    QList<ArchiveSearchHit> out;
    const QString query = ftsQuery(text);
    if (!isOpen() || query.isEmpty())
        return out;
    QSqlQuery &q = m_statements->get(
        u"SELECT s.rowid, s.title, snippet(search, 1, '[', ']', '…', 16), r.job_id, r.start_time, j.last_seen"
        " FROM search s LEFT JOIN runs r ON s.rowid % 2 = 1 AND r.run_id = s.rowid / 2"
        " LEFT JOIN jobs j ON s.rowid % 2 = 0 AND j.job_id = s.rowid / 2"
        " WHERE search MATCH ? AND (s.rowid % 2 = 0 OR r.start_time >= ?) ORDER BY rank LIMIT ?"_s);
    q.addBindValue(query);
    q.addBindValue(sinceMs);
    q.addBindValue(limit);
    if (!run(q))
        return out;
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
        out.append(hit);
    }
    q.finish();
    return out;
}

ArchiveStats ArchiveDatabase::stats()
{
    ArchiveStats s;
    s.fileBytes = QFileInfo(m_path).size() + QFileInfo(m_path + u"-wal"_s).size();
    if (!isOpen())
        return s;
    const auto count = [this](const QString &table) {
        QSqlQuery q(m_statements->db);
        return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : 0;
    };
    s.events = count(u"events"_s);
    s.distinctEventBodies = count(u"event_bodies"_s);
    s.clusters = count(u"clusters"_s);
    s.clusterConfigs = count(u"cluster_configs"_s);
    s.runs = count(u"runs"_s);
    s.taskRuns = count(u"task_runs"_s);
    s.jobs = count(u"jobs"_s);
    s.jobVersions = count(u"job_versions"_s);
    return s;
}

} // namespace brickdesk
