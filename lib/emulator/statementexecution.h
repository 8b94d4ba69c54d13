#pragma once

#include "emulatorrequest.h"
#include "emulatorresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <deque>

namespace brickdesk::emulator {

class SqlWarehouses;
class SystemTables;
class WorkspaceState;

// The Statement Execution API 2.0 (POST /api/2.0/sql/statements, GET .../{id},
// GET .../{id}/result/chunks/{n}, POST .../{id}/cancel) over a real engine: the text goes
// through SqlDialect and runs on SystemTables' SQLite database with its :named parameters
// bound. Results are JSON_ARRAY, INLINE only, in chunks of EmulatorOptions::statementChunkRows.
//
// Time follows the service: a statement is PENDING until its warehouse is up (a stopped one is
// started), RUNNING for EmulatorOptions::statementMs, then SUCCEEDED or FAILED; on the clock
// (divided by timeScale), like wait_timeout. The POST answers when the statement ends or when
// wait_timeout runs out (then CONTINUE leaves it running, CANCEL cancels it); "0s" answers at
// once. The SQL runs when the statement is accepted; what the caller sees follows the clock.
class StatementExecution final
{
public:
    StatementExecution(WorkspaceState &state, SqlWarehouses &warehouses, SystemTables &tables);

    EmulatorResponse handle(const EmulatorRequest &request, const QString &rest);
    int statementCount() const { return int(m_statements.size()); }

private:
    struct Column
    {
        QString name;
        QString type; // STRING, LONG, DOUBLE, TIMESTAMP, BOOLEAN
    };
    struct Statement
    {
        QString id;
        QString warehouseId;
        qint64 runningAt = 0;
        qint64 doneAt = 0;
        qint64 canceledAt = 0; // 0: not cancelled
        QString errorCode; // FAILED: the service error code (BAD_REQUEST, ...)
        QString errorMessage;
        QString sqlState;
        QList<Column> columns;
        QList<QJsonArray> rows;
        bool truncated = false;
    };

    EmulatorResponse submit(const EmulatorRequest &request);
    void execute(Statement &s, const QString &sql, const QJsonArray &parameters, qint64 rowLimit);
    void fail(Statement &s, const QString &errorClass, const QString &sqlState, const QString &detail);
    Statement *find(const QString &id);
    QString stateAt(const Statement &s, qint64 t) const;
    QJsonObject toJson(const Statement &s, qint64 t) const;
    QJsonObject chunkJson(const Statement &s, int index) const;
    int chunkCount(const Statement &s) const;

    WorkspaceState &m_state;
    SqlWarehouses &m_warehouses;
    SystemTables &m_tables;
    std::deque<Statement> m_statements;
    quint64 m_next = 0;
};

} // namespace brickdesk::emulator
