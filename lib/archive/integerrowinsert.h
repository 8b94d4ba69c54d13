#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <span>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace brickdesk {

// Inserts rows of integers into one table, many rows per statement. A sync writes about a
// thousand rows a second per page it fetches, and Qt's binding costs more per value than
// SQLite's insert does per row (about 1.0 against 0.4 us for a row of four): where Qt's SQLite
// driver uses the SQLite this program is linked with, the rows are bound through SQLite's own
// API on the driver's handle; elsewhere (a Qt that bundles its own copy), through Qt.
class IntegerRowInsert final
{
public:
    // `head`: the statement up to its VALUES, such as "INSERT OR IGNORE INTO t(a, b)";
    // `columns`: how many columns it names. `db` must outlive this object.
    IntegerRowInsert(const QSqlDatabase &db, const QString &head, int columns);
    ~IntegerRowInsert();
    IntegerRowInsert(const IntegerRowInsert &) = delete;
    IntegerRowInsert &operator=(const IntegerRowInsert &) = delete;

    // Inserts values.size() / columns rows, row after row; false when a statement fails
    // (errorCode(), errorText()), and the rows inserted before it stay in the transaction.
    bool insert(std::span<const qint64> values);
    // Rows the last insert() added.
    qint64 rowsAffected() const { return m_rowsAffected; }
    // SQLite's result code of the failure, and its words.
    int errorCode() const { return m_errorCode; }
    QString errorText() const { return m_errorText; }
    // Whether rows go through SQLite's own API.
    bool isNative() const { return m_handle != nullptr; }

    // Whether this build may use SQLite's own API (Qt's driver links the same SQLite).
    static bool nativeBuilt();
    // Qt's binding even where SQLite's own API could be used, for the inserts created from now
    // on (tests run both ways).
    static void setNativeAllowed(bool allowed);

    // Rows per statement: past a few dozen, a longer statement saves nothing.
    static constexpr int RowsPerStatement = 50;

private:
    bool insertNative(std::span<const qint64> values);
    bool insertWithQt(std::span<const qint64> values);
    bool failNative();
    bool failQt(const QSqlQuery &query);
    QString statementText(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_many = nullptr; // RowsPerStatement rows
    sqlite3_stmt *m_one = nullptr; // the rest, one by one
    std::unique_ptr<QSqlQuery> m_qtMany;
    std::unique_ptr<QSqlQuery> m_qtOne;
    qint64 m_rowsAffected = 0;
    int m_errorCode = 0;
    QString m_errorText;
};

} // namespace brickdesk
