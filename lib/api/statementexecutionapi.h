#pragma once

#include "api/apicall.h"
#include "domain/statementresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace brickdesk {

class Connection;

// A named statement parameter, used as `:name` in the text: values are never pasted into SQL.
struct StatementParameter
{
    QString name;
    QString value;
    QString type; // STRING (when empty), BIGINT, DOUBLE, TIMESTAMP, DATE, BOOLEAN
    bool isNull = false;

    static StatementParameter string(const QString &name, const QString &value);
    static StatementParameter integer(const QString &name, qint64 value);
    static StatementParameter real(const QString &name, double value);
    static StatementParameter timestamp(const QString &name, const QDateTime &value); // sent in UTC
    QJsonObject toJson() const;
};

// What POST /api/2.0/sql/statements gets: always INLINE JSON_ARRAY.
struct StatementRequest
{
    QString warehouseId;
    QString statement;
    QList<StatementParameter> parameters;
    // How long the POST may wait for the result: 0 (answer at once, then poll) or 5..50 s.
    int waitSeconds = 10;
    // When the wait runs out: cancel the statement instead of polling on.
    bool cancelOnWaitTimeout = false;
    qint64 rowLimit = 0; // 0: none
    QJsonObject toJson() const;
};

// The Statement Execution API 2.0 as one typed call: execute() posts the statement, waits on
// the server up to waitSeconds, then polls GET .../{id} (from pollFirstMs, growing to pollMaxMs)
// until the statement ends, follows every INLINE result chunk to the last, and completes once
// with all rows, or with an error: a FAILED statement gives its SQLSTATE in
// ApiError::details() ([{"sql_state": ...}]) and the service's error_code; a CANCELED one
// Kind::Cancelled. Aborting the call cancels the statement on the warehouse too.
// A cheap value handle; it must not outlive its connection.
class StatementExecutionApi final
{
    Q_DECLARE_TR_FUNCTIONS(brickdesk::StatementExecutionApi)

public:
    explicit StatementExecutionApi(Connection *connection);

    void setPollInterval(int firstMs, int maxMs);
    ApiCall<StatementResult> execute(const StatementRequest &request);
    ApiCall<Done> cancel(const QString &statementId);

    static QString path(const QString &statementId = {});
    // The SQLSTATE of a failed statement ("42501"), empty for other errors.
    static QString sqlState(const ApiError &error);
    // The caller cannot read the system tables: no grant, or the system schemas are not
    // enabled (the service then says the table does not exist).
    static bool isNoSystemTableAccess(const ApiError &error);
    // Words for people; for missing access, the grants an admin must give.
    static QString describe(const ApiError &error);

private:
    Connection *m_connection;
    int m_pollFirstMs = 250;
    int m_pollMaxMs = 2000;
};

} // namespace brickdesk
