#include "statementexecution.h"

#include "sqldialect.h"
#include "sqlwarehouses.h"
#include "systemtables.h"
#include "workspacestate.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr size_t kKeptStatements = 500;

QString renderValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(v.toLongLong());
    default:
        return v.toString();
    }
}

bool looksLikeTimestamp(const QString &text)
{
    static const QRegularExpression re(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    return re.match(text).hasMatch();
}

// The error class and SQLSTATE the service gives for what SQLite reports.
QPair<QString, QString> classify(const QString &engineMessage)
{
    if (engineMessage.contains(u"no such table"_s))
        return {u"TABLE_OR_VIEW_NOT_FOUND"_s, u"42P01"_s};
    if (engineMessage.contains(u"no such column"_s))
        return {u"UNRESOLVED_COLUMN.WITHOUT_SUGGESTION"_s, u"42703"_s};
    if (engineMessage.contains(u"no such function"_s))
        return {u"UNRESOLVED_ROUTINE"_s, u"42883"_s};
    if (engineMessage.contains(u"ambiguous column"_s))
        return {u"AMBIGUOUS_REFERENCE"_s, u"42702"_s};
    if (engineMessage.contains(u"syntax error"_s) || engineMessage.contains(u"incomplete input"_s))
        return {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s};
    if (engineMessage.contains(u"misuse of aggregate"_s) || engineMessage.contains(u"GROUP BY"_s))
        return {u"MISSING_AGGREGATION"_s, u"42803"_s};
    return {u"INTERNAL_ERROR"_s, u"XX000"_s};
}

} // namespace

StatementExecution::StatementExecution(WorkspaceState &state, SqlWarehouses &warehouses, SystemTables &tables)
    : m_state(state)
    , m_warehouses(warehouses)
    , m_tables(tables)
{ }

StatementExecution::Statement *StatementExecution::find(const QString &id)
{
    for (Statement &s : m_statements) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

EmulatorResponse StatementExecution::handle(const EmulatorRequest &request, const QString &rest)
{
    const QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    auto noEndpoint = [&] {
        return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
            u"No API found for '%1 /api/2.0/sql/statements/%2'"_s.arg(
                QString::fromLatin1(request.method), rest));
    };
    if (parts.isEmpty())
        return request.method == "POST" ? submit(request) : noEndpoint();
    const bool get = request.method == "GET";
    const bool cancel = parts.size() == 2 && parts.at(1) == u"cancel"_s && request.method == "POST";
    const bool chunk = parts.size() == 4 && parts.at(1) == u"result"_s && parts.at(2) == u"chunks"_s && get;
    if (!(parts.size() == 1 && get) && !cancel && !chunk)
        return noEndpoint();
    Statement *s = find(parts.first());
    if (!s)
        return EmulatorResponse::error(404, u"RESOURCE_DOES_NOT_EXIST"_s,
            u"Statement %1 does not exist or has expired."_s.arg(parts.first()));
    const qint64 now = m_state.now();
    if (cancel) {
        const QString state = stateAt(*s, now);
        if (state == u"PENDING"_s || state == u"RUNNING"_s)
            s->canceledAt = now;
        return EmulatorResponse::json({});
    }
    if (chunk) {
        bool ok = false;
        const int index = parts.at(3).toInt(&ok);
        const QString state = stateAt(*s, now);
        if (state != u"SUCCEEDED"_s)
            return EmulatorResponse::invalidParameter(
                u"Statement %1 has no result to fetch: it is %2."_s.arg(s->id, state));
        if (!ok || index < 0 || index >= chunkCount(*s))
            return EmulatorResponse::invalidParameter(
                u"chunk_index %1 is out of range: the result has %2 chunks."_s.arg(parts.at(3))
                    .arg(chunkCount(*s)));
        return EmulatorResponse::json(chunkJson(*s, index));
    }
    return EmulatorResponse::json(toJson(*s, now));
}

EmulatorResponse StatementExecution::submit(const EmulatorRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return EmulatorResponse::malformed(u"Could not parse the request body as a JSON object."_s);
    const QJsonObject body = doc.object();
    const QString warehouseId = body.value(u"warehouse_id"_s).toString();
    const QString text = body.value(u"statement"_s).toString();
    if (warehouseId.isEmpty())
        return EmulatorResponse::invalidParameter(u"warehouse_id is required."_s);
    if (text.trimmed().isEmpty())
        return EmulatorResponse::invalidParameter(u"statement is required."_s);
    if (!m_warehouses.exists(warehouseId))
        return EmulatorResponse::error(
            404, u"RESOURCE_DOES_NOT_EXIST"_s, u"SQL warehouse %1 does not exist."_s.arg(warehouseId));
    static const QRegularExpression waitRe(u"^(\\d+)s$"_s);
    const auto wait = waitRe.match(body.value(u"wait_timeout"_s).toString(u"10s"_s));
    const int waitSeconds = wait.hasMatch() ? wait.captured(1).toInt() : -1;
    if (waitSeconds != 0 && (waitSeconds < 5 || waitSeconds > 50))
        return EmulatorResponse::invalidParameter(
            u"wait_timeout must be 0s or between 5s and 50s, not '%1'."_s.arg(
                body.value(u"wait_timeout"_s).toString()));
    const QString onTimeout = body.value(u"on_wait_timeout"_s).toString(u"CONTINUE"_s);
    if (onTimeout != u"CONTINUE"_s && onTimeout != u"CANCEL"_s)
        return EmulatorResponse::invalidParameter(u"on_wait_timeout must be CONTINUE or CANCEL."_s);
    const QString disposition = body.value(u"disposition"_s).toString(u"INLINE"_s);
    const QString format = body.value(u"format"_s).toString(u"JSON_ARRAY"_s);
    if (disposition != u"INLINE"_s)
        return EmulatorResponse::invalidParameter(
            u"The emulator serves INLINE results only, not disposition %1."_s.arg(disposition));
    if (format != u"JSON_ARRAY"_s)
        return EmulatorResponse::invalidParameter(u"INLINE disposition supports JSON_ARRAY format only."_s);
    const QJsonValue rowLimitValue = body.value(u"row_limit"_s);
    if (!rowLimitValue.isUndefined() && rowLimitValue.toInteger(-1) < 0)
        return EmulatorResponse::invalidParameter(u"row_limit must be a non-negative integer."_s);
    const QJsonValue parametersValue = body.value(u"parameters"_s);
    if (!parametersValue.isUndefined() && !parametersValue.isArray())
        return EmulatorResponse::invalidParameter(u"parameters must be a list of {name, value, type}."_s);

    const qint64 now = m_state.now();
    Statement s;
    s.id = u"01f0%1-%2-%3-%4-%5"_s.arg(quint32(m_state.options().seed), 4, 16, QChar(u'0'))
               .arg(quint16(m_next >> 16), 4, 16, QChar(u'0'))
               .arg(quint16(m_next), 4, 16, QChar(u'0'))
               .arg(quint16(now), 4, 16, QChar(u'0'))
               .arg(quint64(now) * 2654435761ULL & 0xFFFFFFFFFFFFULL, 12, 16, QChar(u'0'));
    ++m_next;
    s.warehouseId = warehouseId;
    s.runningAt = std::max(now, m_warehouses.readyAt(warehouseId));
    s.doneAt = s.runningAt + m_state.scaled(m_state.options().statementMs);
    execute(s, text, parametersValue.toArray(), rowLimitValue.toInteger(0));
    if (!s.errorCode.isEmpty())
        s.doneAt = s.runningAt; // a statement that cannot run fails as soon as it is looked at

    qint64 delay = 0;
    if (waitSeconds > 0) {
        const qint64 waitMs = m_state.scaled(qint64(waitSeconds) * 1000);
        if (s.doneAt - now <= waitMs) {
            delay = s.doneAt - now;
        } else {
            delay = waitMs;
            if (onTimeout == u"CANCEL"_s)
                s.canceledAt = now + waitMs;
        }
    }
    m_statements.push_back(s);
    while (m_statements.size() > kKeptStatements)
        m_statements.pop_front();
    EmulatorResponse response = EmulatorResponse::json(toJson(m_statements.back(), now + delay));
    response.delayMs = int(delay);
    return response;
}

void StatementExecution::fail(
    Statement &s, const QString &errorClass, const QString &sqlState, const QString &detail)
{
    s.errorCode = u"BAD_REQUEST"_s;
    s.sqlState = sqlState;
    s.errorMessage = u"[%1] %2 SQLSTATE: %3"_s.arg(errorClass, detail, sqlState);
}

void StatementExecution::execute(
    Statement &s, const QString &text, const QJsonArray &parameters, qint64 rowLimit)
{
    const SqlDialect::Translation t = SqlDialect::translate(text);
    if (!t.ok()) {
        s.errorCode = u"BAD_REQUEST"_s;
        s.sqlState = t.sqlState;
        s.errorMessage = t.message;
        return;
    }
    if (!m_state.options().systemTableGrants && !t.tables.isEmpty()) {
        const QString schema = t.tables.first().section(u'.', 0, 1);
        fail(s, u"INSUFFICIENT_PERMISSIONS"_s, u"42501"_s,
            u"Insufficient privileges: User does not have USE CATALOG on Catalog 'system'. An admin must "
            u"grant "
            "USE CATALOG on system, USE SCHEMA on %1 and SELECT on %2."_s.arg(schema, t.tables.first()));
        return;
    }
    QHash<QString, QVariant> values;
    for (const QJsonValue &p : parameters) {
        const QJsonObject o = p.toObject();
        const QString name = o.value(u"name"_s).toString();
        if (name.isEmpty()) {
            fail(s, u"INVALID_PARAMETER_MARKER_VALUE"_s, u"22023"_s, u"A parameter has no name."_s);
            return;
        }
        const QString type = o.value(u"type"_s).toString(u"STRING"_s).toUpper();
        const QJsonValue raw = o.value(u"value"_s);
        if (raw.isUndefined() || raw.isNull()) {
            values.insert(name, QVariant());
            continue;
        }
        const QString value = raw.isString() ? raw.toString() : raw.toVariant().toString();
        bool ok = true;
        QVariant bound;
        if (type == u"STRING"_s) {
            bound = value;
        } else if (type == u"INT"_s || type == u"BIGINT"_s || type == u"LONG"_s || type == u"SMALLINT"_s
            || type == u"TINYINT"_s) {
            bound = value.toLongLong(&ok);
        } else if (type == u"DOUBLE"_s || type == u"FLOAT"_s || type.startsWith(u"DECIMAL"_s)) {
            bound = value.toDouble(&ok);
        } else if (type == u"BOOLEAN"_s) {
            ok = value == u"true"_s || value == u"false"_s;
            bound = value == u"true"_s ? 1 : 0;
        } else if (type == u"TIMESTAMP"_s) {
            const QString canonical = SqlDialect::canonicalTimestamp(value);
            ok = !canonical.isEmpty();
            bound = canonical;
        } else if (type == u"DATE"_s) {
            const QString canonical = SqlDialect::canonicalTimestamp(value);
            ok = !canonical.isEmpty();
            bound = canonical.left(10);
        } else {
            fail(s, u"UNSUPPORTED_DATATYPE"_s, u"0A000"_s,
                u"Unsupported data type \"%1\" of parameter %2."_s.arg(type, name));
            return;
        }
        if (!ok) {
            fail(s, u"INVALID_PARAMETER_MARKER_VALUE.INVALID_VALUE_FOR_DATA_TYPE"_s, u"22023"_s,
                u"The value of parameter %1 cannot be read as %2."_s.arg(name, type));
            return;
        }
        values.insert(name, bound);
    }
    for (const QString &marker : t.parameters) {
        if (!values.contains(marker)) {
            fail(s, u"UNBOUND_SQL_PARAMETER"_s, u"42P02"_s,
                u"Found the unbound parameter: %1. Please, fix `args` and provide a mapping of the parameter "
                u"to "
                "either a SQL literal or collection constructor functions."_s.arg(marker));
            return;
        }
    }
    QString error;
    if (!m_tables.ensure(t.tables, &error)) {
        fail(s, u"INTERNAL_ERROR"_s, u"XX000"_s, error);
        return;
    }
    QSqlQuery q(m_tables.database());
    q.setForwardOnly(true);
    if (!q.prepare(t.sql)) {
        const auto [errorClass, sqlState] = classify(q.lastError().databaseText());
        fail(s, errorClass, sqlState, q.lastError().databaseText());
        return;
    }
    for (const QString &marker : t.parameters)
        q.bindValue(u':' + marker, values.value(marker));
    if (!q.exec()) {
        const auto [errorClass, sqlState] = classify(q.lastError().databaseText());
        fail(s, errorClass, sqlState, q.lastError().databaseText());
        return;
    }
    const QSqlRecord record = q.record();
    const int columns = record.count();
    QList<int> kinds(columns, 0); // 0 unknown, 1 long, 2 double, 3 timestamp, 4 string
    while (q.next()) {
        if (rowLimit > 0 && s.rows.size() >= rowLimit) {
            s.truncated = true;
            break;
        }
        QJsonArray row;
        for (int i = 0; i < columns; ++i) {
            const QVariant v = q.value(i);
            if (v.isNull()) {
                row.append(QJsonValue::Null);
                continue;
            }
            int kind = 4;
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                kind = 1;
            else if (v.typeId() == QMetaType::Double)
                kind = 2;
            else if (looksLikeTimestamp(v.toString()))
                kind = 3;
            if (kinds[i] == 0 || (kinds[i] == 1 && kind == 2))
                kinds[i] = kind;
            else if (kinds[i] != kind && !(kinds[i] == 2 && kind == 1))
                kinds[i] = 4;
            row.append(renderValue(v));
        }
        s.rows.append(row);
    }
    static const QStringList typeNames {u"STRING"_s, u"LONG"_s, u"DOUBLE"_s, u"TIMESTAMP"_s, u"STRING"_s};
    for (int i = 0; i < columns; ++i)
        s.columns.append({record.fieldName(i), typeNames.at(kinds[i])});
}

QString StatementExecution::stateAt(const Statement &s, qint64 t) const
{
    if (s.canceledAt > 0 && s.canceledAt <= t && s.canceledAt < s.doneAt)
        return u"CANCELED"_s;
    if (t < s.runningAt)
        return u"PENDING"_s;
    if (t < s.doneAt)
        return u"RUNNING"_s;
    return s.errorCode.isEmpty() ? u"SUCCEEDED"_s : u"FAILED"_s;
}

int StatementExecution::chunkCount(const Statement &s) const
{
    const int per = std::max(1, m_state.options().statementChunkRows);
    return int((s.rows.size() + per - 1) / per);
}

QJsonObject StatementExecution::chunkJson(const Statement &s, int index) const
{
    const int per = std::max(1, m_state.options().statementChunkRows);
    const qsizetype offset = qsizetype(index) * per;
    const qsizetype count = std::min<qsizetype>(per, s.rows.size() - offset);
    QJsonArray data;
    for (qsizetype i = offset; i < offset + count; ++i)
        data.append(s.rows.at(i));
    QJsonObject chunk {{u"chunk_index"_s, index}, {u"row_offset"_s, offset}, {u"row_count"_s, count},
        {u"data_array"_s, data}};
    if (index + 1 < chunkCount(s)) {
        chunk.insert(u"next_chunk_index"_s, index + 1);
        chunk.insert(u"next_chunk_internal_link"_s,
            u"/api/2.0/sql/statements/%1/result/chunks/%2"_s.arg(s.id).arg(index + 1));
    }
    return chunk;
}

QJsonObject StatementExecution::toJson(const Statement &s, qint64 t) const
{
    const QString state = stateAt(s, t);
    QJsonObject status {{u"state"_s, state}};
    if (state == u"FAILED"_s) {
        status.insert(
            u"error"_s, QJsonObject {{u"error_code"_s, s.errorCode}, {u"message"_s, s.errorMessage}});
        status.insert(u"sql_state"_s, s.sqlState);
    }
    QJsonObject out {{u"statement_id"_s, s.id}, {u"status"_s, status}};
    if (state != u"SUCCEEDED"_s)
        return out;
    QJsonArray columns;
    for (qsizetype i = 0; i < s.columns.size(); ++i) {
        columns.append(QJsonObject {{u"name"_s, s.columns.at(i).name}, {u"position"_s, i},
            {u"type_name"_s, s.columns.at(i).type}, {u"type_text"_s, s.columns.at(i).type}});
    }
    QJsonArray chunks;
    const int per = std::max(1, m_state.options().statementChunkRows);
    for (int i = 0; i < chunkCount(s); ++i) {
        chunks.append(QJsonObject {{u"chunk_index"_s, i}, {u"row_offset"_s, qint64(i) * per},
            {u"row_count"_s, std::min<qsizetype>(per, s.rows.size() - qsizetype(i) * per)}});
    }
    out.insert(u"manifest"_s,
        QJsonObject {{u"format"_s, u"JSON_ARRAY"_s},
            {u"schema"_s, QJsonObject {{u"column_count"_s, s.columns.size()}, {u"columns"_s, columns}}},
            {u"total_chunk_count"_s, chunkCount(s)}, {u"chunks"_s, chunks},
            {u"total_row_count"_s, s.rows.size()}, {u"truncated"_s, s.truncated}});
    if (chunkCount(s) > 0)
        out.insert(u"result"_s, chunkJson(s, 0));
    return out;
}

} // namespace brickdesk::emulator
