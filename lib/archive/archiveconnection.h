#pragma once

#include "archive/archivetypes.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <span>

class QSqlDatabase;
class QSqlQuery;
class QVariant;

namespace brickdesk {

// The archive file's one Qt SQL connection, used from the thread that opened it: opening
// (creating, migrating or moving a damaged file aside), statements prepared once, one
// transaction per batch, and the words for what failed. The stores write through it; it
// knows of their tables only what archiveschema creates.
class ArchiveConnection final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveConnection)
public:
    // Moves what a migration's SQL alone cannot (such as filling the search index), inside
    // the open's transaction, after the statements that take the file from `fromVersion` to
    // the next version.
    using DataMigration = std::function<bool(int fromVersion)>;

    explicit ArchiveConnection(const QString &path);
    ~ArchiveConnection();
    ArchiveConnection(const ArchiveConnection &) = delete;
    ArchiveConnection &operator=(const ArchiveConnection &) = delete;

    // Opens (creating, migrating or, when the file is damaged, moving it aside and starting
    // afresh), after an integrity check.
    ArchiveOpenResult open(const DataMigration &migrateData);
    // Opens a file that another connection has just opened with open(): no integrity check,
    // nothing created or migrated; Failed unless the file is at the current schema.
    ArchiveOpenResult join();
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }

    // Called whenever row ids handed out may be gone (a rollback, a close), so that caches
    // of them are dropped.
    void setForgetHandler(std::function<void()> handler) { m_forget = std::move(handler); }

    // The query for `sql`, prepared once per connection.
    QSqlQuery &statement(const QString &sql);
    // Runs a statement's bound values; false (and the error noted) when it fails.
    bool run(QSqlQuery &query);
    // The first column of the first row `query` gives; null when there is none or it fails.
    QVariant value(QSqlQuery &query);
    // Inserts rows of integers, `columns` each and one after the other, with `head` (the
    // statement up to its VALUES), many rows per statement (IntegerRowInsert); false (and the
    // error noted) when it fails.
    bool insertRows(const QString &head, int columns, std::span<const qint64> values);
    // Rows the last write run() or insertRows() changed.
    int rowsAffected() const { return m_rowsAffected; }
    // The rowid of the row the last write run() added (invalid when it added none).
    QVariant lastInsertId() const { return m_lastInsertId; }
    // Records the query's error for failure(); returns false.
    bool note(const QSqlQuery &query);
    bool exec(const QString &statement);
    QSqlDatabase database() const;

    // Runs `body` as one transaction (BEGIN IMMEDIATE ... COMMIT) over `received` items: a
    // body that returns false, or a commit that fails, rolls everything back and the result
    // says `what` could not be done and why. Nothing happens for no items.
    ArchiveWriteResult write(int received, const QString &what, const std::function<bool(int &added)> &body);
    // `what` could not be done, with the reason SQLite gave in words for people.
    ArchiveError failure(const QString &what);
    ArchiveError lastError() const { return m_lastError; }
    static ArchiveError notOpen();

private:
    struct Statements;

    enum class Mode { Full, Join };

    ArchiveOpenResult openFile(const DataMigration &migrateData);
    ArchiveOpenResult openSteps(Mode mode, const DataMigration &migrateData);
    bool begin();
    bool commit();
    void rollback();
    bool createSchema();
    bool migrate(int fromVersion, const DataMigration &migrateData);
    void forget();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Statements> m_statements;
    std::function<void()> m_forget;
    ArchiveError m_lastError;
    int m_sqlErrorCode = -1;
    int m_rowsAffected = 0;
    QVariant m_lastInsertId;
    QString m_sqlErrorText;
    int m_version = 0;
};

} // namespace brickdesk
