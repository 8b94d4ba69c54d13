#include "archiveconnection.h"

#include "archive/archiveschema.h"
#include "archive/integerrowinsert.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
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

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The archive holds a workspace's jobs, runs and events: it is created readable by the user
// only, and an older, looser file is tightened. SQLite gives its -wal and -shm files the
// database file's permissions; those already there are tightened too.
void keepToOwner(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // NewOnly: another process that created it meanwhile keeps its file.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile))
            file.close();
    }
    for (const QString &file : QStringList {path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFileInfo::exists(file) && !QFile::setPermissions(file, OwnerOnlyFile))
            qCWarning(lcArchive) << "cannot make" << file << "readable by its owner only";
    }
}

} // namespace

struct ArchiveConnection::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : db(db)
    { }

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

    IntegerRowInsert &insert(const QString &head, int columns)
    {
        std::unique_ptr<IntegerRowInsert> &insert = inserts[head];
        if (!insert)
            insert = std::make_unique<IntegerRowInsert>(db, head, columns);
        return *insert;
    }

    QSqlDatabase db;
    // Node-based: a reference handed out stays valid while more statements are added.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> queries;
    std::unordered_map<QString, std::unique_ptr<IntegerRowInsert>> inserts;
};

ArchiveConnection::ArchiveConnection(const QString &path)
    : m_path(path)
{ }

ArchiveConnection::~ArchiveConnection()
{
    close();
}

bool ArchiveConnection::isOpen() const
{
    return m_statements != nullptr;
}

QSqlDatabase ArchiveConnection::database() const
{
    return m_statements->db;
}

QSqlQuery &ArchiveConnection::statement(const QString &sql)
{
    return m_statements->get(sql);
}

void ArchiveConnection::close()
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
    forget();
}

void ArchiveConnection::forget()
{
    if (m_forget)
        m_forget();
}

bool ArchiveConnection::note(const QSqlQuery &query)
{
    qCDebug(lcArchive) << "statement failed:" << query.lastQuery().left(60) << query.lastError().text();
    m_sqlErrorCode = sqliteCode(query.lastError());
    m_sqlErrorText = query.lastError().text();
    return false;
}

bool ArchiveConnection::run(QSqlQuery &query)
{
    if (!query.exec())
        return note(query);
    // A write statement left un-reset keeps the transaction from committing ("SQL statements
    // in progress").
    m_rowsAffected = query.isSelect() ? 0 : query.numRowsAffected();
    if (!query.isSelect()) {
        m_lastInsertId = m_rowsAffected > 0 ? query.lastInsertId() : QVariant();
        query.finish();
    }
    return true;
}

bool ArchiveConnection::insertRows(const QString &head, int columns, std::span<const qint64> values)
{
    IntegerRowInsert &insert = m_statements->insert(head, columns);
    if (!insert.insert(values)) {
        qCDebug(lcArchive) << "insert failed:" << head << insert.errorText();
        m_sqlErrorCode = insert.errorCode() & 0xff;
        m_sqlErrorText = insert.errorText();
        return false;
    }
    m_rowsAffected = int(insert.rowsAffected());
    return true;
}

QVariant ArchiveConnection::value(QSqlQuery &query)
{
    if (!run(query) || !query.next())
        return {};
    const QVariant v = query.value(0);
    query.finish();
    return v;
}

ArchiveError ArchiveConnection::failure(const QString &what)
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

bool ArchiveConnection::exec(const QString &statement)
{
    QSqlQuery query(m_statements->db);
    return query.exec(statement) || note(query);
}

bool ArchiveConnection::begin()
{
    // IMMEDIATE: take the write lock now (waiting up to the busy timeout for another process)
    // rather than failing later when a read lock cannot be upgraded.
    return exec(u"BEGIN IMMEDIATE"_s);
}

bool ArchiveConnection::commit()
{
    return exec(u"COMMIT"_s);
}

void ArchiveConnection::rollback()
{
    QSqlQuery(m_statements->db).exec(u"ROLLBACK"_s);
    // Keys handed out inside the failed transaction no longer exist.
    forget();
}

ArchiveError ArchiveConnection::notOpen()
{
    return {tr("The archive is not open.")};
}

ArchiveWriteResult ArchiveConnection::write(
    int received, const QString &what, const std::function<bool(int &added)> &body)
{
    ArchiveWriteResult result;
    result.received = received;
    if (!isOpen()) {
        result.error = notOpen();
        return result;
    }
    if (received == 0)
        return result;
    if (!begin()) {
        result.error = failure(what);
        return result;
    }
    int added = 0;
    if (!body(added) || !commit()) {
        result.error = failure(what);
        rollback();
        return result;
    }
    result.added = added;
    return result;
}

ArchiveOpenResult ArchiveConnection::open(const DataMigration &migrateData)
{
    ArchiveOpenResult result;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.message = tr("The archive folder %1 cannot be created.").arg(info.absolutePath());
        return result;
    }
    QFile::setPermissions(
        info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    result = openFile(migrateData);
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
    ArchiveOpenResult fresh = openFile(migrateData);
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
ArchiveOpenResult ArchiveConnection::openFile(const DataMigration &migrateData)
{
    close();
    keepToOwner(m_path);
    ArchiveOpenResult result = openSteps(Mode::Full, migrateData);
    // Closed only now that the steps' queries and handles are gone.
    if (!result.ok())
        close();
    return result;
}

ArchiveOpenResult ArchiveConnection::join()
{
    close();
    ArchiveOpenResult result = openSteps(Mode::Join, {});
    if (!result.ok())
        close();
    return result;
}

ArchiveOpenResult ArchiveConnection::openSteps(Mode mode, const DataMigration &migrateData)
{
    ArchiveOpenResult result;
    m_connectionName = u"brickdesk-archive-%1"_s.arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        result.message = tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite): Brickdesk "
                            "works without its archive.");
        return result;
    }
    // Another process (the GUI, a timer's sync) may hold the write lock for a batch.
    if (mode == Mode::Join) {
        // mode=rw: a file that is gone meanwhile is not created afresh (and empty) here.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        uri.setQuery(u"mode=rw"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
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
    if (existed && mode == Mode::Full) {
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
    if (mode == Mode::Join && version != archiveschema::CurrentVersion)
        return failed(tr("it is not at schema %1").arg(archiveschema::CurrentVersion));

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
            ok = migrate(version, migrateData);
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

bool ArchiveConnection::createSchema()
{
    const QStringList statements = archiveschema::createStatements(archiveschema::CurrentVersion);
    for (const QString &statement : statements) {
        if (!exec(statement))
            return false;
    }
    return exec(u"PRAGMA user_version=%1"_s.arg(archiveschema::CurrentVersion));
}

bool ArchiveConnection::migrate(int fromVersion, const DataMigration &migrateData)
{
    for (int version = fromVersion; version < archiveschema::CurrentVersion; ++version) {
        const QStringList statements = archiveschema::migrationStatements(version);
        for (const QString &statement : statements) {
            if (!exec(statement))
                return false;
        }
        if (migrateData && !migrateData(version))
            return false;
        if (!exec(u"PRAGMA user_version=%1"_s.arg(version + 1)))
            return false;
    }
    return true;
}

} // namespace brickdesk
