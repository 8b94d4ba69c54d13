#include "integerrowinsert.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

#ifndef BRICKDESK_NATIVE_SQLITE
#define BRICKDESK_NATIVE_SQLITE 0
#endif
#if BRICKDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Q_DECLARE_LOGGING_CATEGORY(lcArchive)

namespace {

std::atomic<bool> nativeAllowed {true};

// The driver's sqlite3 handle, if calling SQLite on it here is sound: the build found Qt's
// driver linked with the system's SQLite (BRICKDESK_NATIVE_SQLITE, as this program is), and
// the SQLite the driver runs is that very build. Null otherwise.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
#if BRICKDESK_NATIVE_SQLITE
    if (!nativeAllowed || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery source(db);
    if (!native || !source.exec(u"SELECT sqlite_source_id()"_s) || !source.next())
        return nullptr;
    if (source.value(0).toString().toUtf8() != sqlite3_sourceid()) {
        qCInfo(lcArchive) << "Qt's SQLite is not the one linked: rows are bound through Qt";
        return nullptr;
    }
    return native;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

} // namespace

bool IntegerRowInsert::nativeBuilt()
{
    return BRICKDESK_NATIVE_SQLITE;
}

void IntegerRowInsert::setNativeAllowed(bool allowed)
{
    nativeAllowed = allowed;
}

IntegerRowInsert::IntegerRowInsert(const QSqlDatabase &db, const QString &head, int columns)
    : m_db(db)
    , m_head(head)
    , m_columns(columns)
    , m_handle(nativeHandle(db))
{ }

IntegerRowInsert::~IntegerRowInsert()
{
#if BRICKDESK_NATIVE_SQLITE
    // Before the connection closes: SQLite does not close a handle with statements left.
    sqlite3_finalize(m_many);
    sqlite3_finalize(m_one);
#endif
}

QString IntegerRowInsert::statementText(int rows) const
{
    QString row = u"("_s;
    for (int c = 0; c < m_columns; ++c)
        row += c ? u", ?"_s : u"?"_s;
    row += u')';
    QString sql = m_head + u" VALUES "_s;
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += u", "_s;
        sql += row;
    }
    return sql;
}

bool IntegerRowInsert::insert(std::span<const qint64> values)
{
    m_rowsAffected = 0;
    m_errorCode = 0;
    m_errorText.clear();
    if (m_columns <= 0 || values.size() % m_columns != 0) {
        m_errorText = u"rows of %1 columns expected"_s.arg(m_columns);
        return false;
    }
    return m_handle ? insertNative(values) : insertWithQt(values);
}

bool IntegerRowInsert::insertNative(std::span<const qint64> values)
{
#if BRICKDESK_NATIVE_SQLITE
    const std::size_t perMany = std::size_t(RowsPerStatement) * m_columns;
    std::size_t at = 0;
    while (at < values.size()) {
        const bool many = values.size() - at >= perMany;
        sqlite3_stmt *&statement = many ? m_many : m_one;
        if (!statement) {
            const QByteArray sql = statementText(many ? RowsPerStatement : 1).toUtf8();
            if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                    &statement, nullptr)
                != SQLITE_OK)
                return failNative();
        }
        const std::size_t count = many ? perMany : std::size_t(m_columns);
        for (std::size_t i = 0; i < count; ++i)
            sqlite3_bind_int64(statement, int(i) + 1, values[at + i]);
        const int stepped = sqlite3_step(statement);
        // Reset at once: a write statement left running keeps the transaction from committing.
        sqlite3_reset(statement);
        if (stepped != SQLITE_DONE)
            return failNative();
        m_rowsAffected += sqlite3_changes64(m_handle);
        at += count;
    }
    return true;
#else
    Q_UNUSED(values);
    return false;
#endif
}

bool IntegerRowInsert::insertWithQt(std::span<const qint64> values)
{
    const std::size_t perMany = std::size_t(RowsPerStatement) * m_columns;
    std::size_t at = 0;
    while (at < values.size()) {
        const bool many = values.size() - at >= perMany;
        std::unique_ptr<QSqlQuery> &query = many ? m_qtMany : m_qtOne;
        if (!query) {
            query = std::make_unique<QSqlQuery>(m_db);
            query->setForwardOnly(true);
            if (!query->prepare(statementText(many ? RowsPerStatement : 1))) {
                failQt(*query);
                query.reset();
                return false;
            }
        }
        const std::size_t count = many ? perMany : std::size_t(m_columns);
        for (std::size_t i = 0; i < count; ++i)
            query->bindValue(int(i), values[at + i]);
        if (!query->exec())
            return failQt(*query);
        m_rowsAffected += query->numRowsAffected();
        query->finish();
        at += count;
    }
    return true;
}

bool IntegerRowInsert::failNative()
{
#if BRICKDESK_NATIVE_SQLITE
    m_errorCode = sqlite3_extended_errcode(m_handle);
    m_errorText = QString::fromUtf8(sqlite3_errmsg(m_handle));
#endif
    return false;
}

bool IntegerRowInsert::failQt(const QSqlQuery &query)
{
    m_errorCode = query.lastError().nativeErrorCode().toInt();
    m_errorText = query.lastError().text();
    return false;
}

} // namespace brickdesk
