#include "api/statementexecutionapi.h"

#include "api/apilogging.h"
#include "api/apireply.h"
#include "api/connection.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

StatementParameter StatementParameter::string(const QString &name, const QString &value)
{
    return {name, value, u"STRING"_s, false};
}

StatementParameter StatementParameter::integer(const QString &name, qint64 value)
{
    return {name, QString::number(value), u"BIGINT"_s, false};
}

StatementParameter StatementParameter::real(const QString &name, double value)
{
    return {name, QString::number(value, 'g', 17), u"DOUBLE"_s, false};
}

StatementParameter StatementParameter::timestamp(const QString &name, const QDateTime &value)
{
    return {name, value.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s), u"TIMESTAMP"_s, !value.isValid()};
}

QJsonObject StatementParameter::toJson() const
{
    QJsonObject o {{u"name"_s, name}, {u"type"_s, type.isEmpty() ? u"STRING"_s : type}};
    if (!isNull)
        o.insert(u"value"_s, value);
    return o;
}

QJsonObject StatementRequest::toJson() const
{
    QJsonArray params;
    for (const StatementParameter &p : parameters)
        params.append(p.toJson());
    QJsonObject body {{u"warehouse_id"_s, warehouseId}, {u"statement"_s, statement},
        {u"wait_timeout"_s, u"%1s"_s.arg(waitSeconds <= 0 ? 0 : std::clamp(waitSeconds, 5, 50))},
        {u"on_wait_timeout"_s, cancelOnWaitTimeout ? u"CANCEL"_s : u"CONTINUE"_s},
        {u"disposition"_s, u"INLINE"_s}, {u"format"_s, u"JSON_ARRAY"_s}};
    if (!params.isEmpty())
        body.insert(u"parameters"_s, params);
    if (rowLimit > 0)
        body.insert(u"row_limit"_s, rowLimit);
    return body;
}

namespace {

// Drives one statement from POST to its last chunk and completes the manual reply `out`.
class StatementDriver final : public QObject
{
public:
    StatementDriver(Connection *connection, int pollFirstMs, int pollMaxMs)
        : m_connection(connection)
        , m_pollMs(pollFirstMs)
        , m_pollMaxMs(pollMaxMs)
    { }

    void start(ApiReply *out, const StatementRequest &request)
    {
        m_out = out;
        track(m_connection->send(ApiRequest::post(StatementExecutionApi::path(), request.toJson(), false)),
            [this](const QJsonObject &json) { onStatus(json); });
    }

    // The caller aborted: stop what is in flight and cancel the statement on the warehouse.
    void abortAll()
    {
        m_aborted = true;
        if (m_inFlight)
            m_inFlight->abort();
        if (!m_statementId.isEmpty())
            m_connection->send(
                ApiRequest::post(StatementExecutionApi::path(m_statementId) + u"/cancel"_s, {}, true));
    }

private:
    void track(ApiReply *reply, std::function<void(const QJsonObject &)> next)
    {
        m_inFlight = reply;
        connect(reply, &ApiReply::finished, this, [this, reply, next = std::move(next)] {
            m_inFlight = nullptr;
            if (m_aborted)
                return;
            if (reply->hasError())
                return fail(reply->error());
            next(reply->json());
        });
    }

    void onStatus(const QJsonObject &json)
    {
        if (m_statementId.isEmpty())
            m_statementId = json.value(u"statement_id"_s).toString();
        const QJsonObject status = json.value(u"status"_s).toObject();
        const QString state = status.value(u"state"_s).toString();
        if (state == u"SUCCEEDED"_s) {
            m_manifest = json.value(u"manifest"_s).toObject();
            return onChunk(json.value(u"result"_s).toObject());
        }
        if (state == u"PENDING"_s || state == u"RUNNING"_s) {
            if (m_statementId.isEmpty())
                return fail(badResponse(u"a running statement without statement_id"_s));
            QTimer::singleShot(m_pollMs, this, [this] {
                if (m_aborted)
                    return;
                track(m_connection->send(ApiRequest::get(StatementExecutionApi::path(m_statementId))),
                    [this](const QJsonObject &next) { onStatus(next); });
            });
            m_pollMs = std::min(m_pollMaxMs, m_pollMs * 3 / 2 + 1);
            return;
        }
        if (state == u"FAILED"_s)
            return fail(failure(status));
        if (state == u"CANCELED"_s)
            return fail(ApiError(ApiError::Kind::Cancelled,
                u"The statement was canceled on the SQL warehouse before it finished."_s, 200,
                u"CANCELED"_s));
        if (state == u"CLOSED"_s)
            return fail(ApiError(ApiError::Kind::NotFound,
                u"The statement's result was closed (results are kept 12 hours)."_s, 200, u"CLOSED"_s));
        fail(badResponse(u"unknown statement state '%1'"_s.arg(state)));
    }

    void onChunk(const QJsonObject &chunk)
    {
        for (const QJsonValue &row : chunk.value(u"data_array"_s).toArray())
            m_rows.append(row);
        if (!chunk.contains(u"next_chunk_index"_s)) {
            const qint64 expected = m_manifest.value(u"total_row_count"_s).toInteger(m_rows.size());
            if (expected != m_rows.size())
                return fail(
                    badResponse(u"%1 rows announced, %2 received"_s.arg(expected).arg(m_rows.size())));
            m_out->complete(QJsonObject {{u"statement_id"_s, m_statementId}, {u"manifest"_s, m_manifest},
                {u"result"_s, QJsonObject {{u"data_array"_s, m_rows}}}});
            return;
        }
        const int next = chunk.value(u"next_chunk_index"_s).toInt(-1);
        if (next <= chunk.value(u"chunk_index"_s).toInt(-1))
            return fail(badResponse(
                u"chunk %1 points back to chunk %2"_s.arg(chunk.value(u"chunk_index"_s).toInt()).arg(next)));
        ApiRequest request
            = ApiRequest::get(StatementExecutionApi::path(m_statementId) + u"/result/chunks/%1"_s.arg(next));
        request.parseOffThread = true; // chunks can be large
        track(m_connection->send(request), [this](const QJsonObject &json) { onChunk(json); });
    }

    ApiError badResponse(const QString &what) const
    {
        ApiError e(ApiError::Kind::BadResponse, u"Unexpected statement answer: %1."_s.arg(what));
        e.setBodyIssue(ApiError::BodyIssue::Unexpected);
        e.setRequestDescription(u"POST /api/2.0/sql/statements"_s);
        return e;
    }

    static ApiError failure(const QJsonObject &status)
    {
        const QJsonObject error = status.value(u"error"_s).toObject();
        QString sqlState = status.value(u"sql_state"_s).toString();
        if (sqlState.isEmpty())
            sqlState = error.value(u"sql_state"_s).toString();
        if (sqlState.isEmpty()) {
            // Older answers carry the SQLSTATE only at the end of the message.
            static const QRegularExpression tail(u"SQLSTATE: ([0-9A-Z]{5})\\s*$"_s);
            sqlState = tail.match(error.value(u"message"_s).toString()).captured(1);
        }
        ApiError::Kind kind = ApiError::Kind::BadRequest;
        if (sqlState == u"42501"_s)
            kind = ApiError::Kind::PermissionDenied;
        else if (sqlState == u"42P01"_s)
            kind = ApiError::Kind::NotFound;
        ApiError e(kind, error.value(u"message"_s).toString(), 200, error.value(u"error_code"_s).toString());
        e.setDetails(QJsonArray {QJsonObject {{u"sql_state"_s, sqlState}}});
        e.setRequestDescription(u"POST /api/2.0/sql/statements"_s);
        return e;
    }

    void fail(const ApiError &error)
    {
        qCDebug(lcApi).noquote() << "statement" << m_statementId << "ended with" << error.toString();
        m_out->complete({}, error, error.httpStatus());
    }

    Connection *m_connection;
    ApiReply *m_out = nullptr;
    QPointer<ApiReply> m_inFlight;
    QString m_statementId;
    QJsonObject m_manifest;
    QJsonArray m_rows;
    int m_pollMs;
    int m_pollMaxMs;
    bool m_aborted = false;
};

} // namespace

StatementExecutionApi::StatementExecutionApi(Connection *connection)
    : m_connection(connection)
{ }

void StatementExecutionApi::setPollInterval(int firstMs, int maxMs)
{
    m_pollFirstMs = std::max(1, firstMs);
    m_pollMaxMs = std::max(m_pollFirstMs, maxMs);
}

QString StatementExecutionApi::path(const QString &statementId)
{
    static const QString base = u"/api/2.0/sql/statements"_s;
    if (statementId.isEmpty())
        return base;
    return base + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(statementId));
}

ApiCall<StatementResult> StatementExecutionApi::execute(const StatementRequest &request)
{
    auto *driver = new StatementDriver(m_connection, m_pollFirstMs, m_pollMaxMs);
    QPointer<StatementDriver> guard(driver);
    ApiReply *out = ApiReply::createManual(ApiRequest::post(path(), request.toJson()), m_connection, [guard] {
        if (guard)
            guard->abortAll();
    });
    driver->setParent(out);
    driver->start(out, request);
    return {out, StatementResult::fromJson};
}

ApiCall<Done> StatementExecutionApi::cancel(const QString &statementId)
{
    return {
        m_connection->send(ApiRequest::post(path(statementId) + u"/cancel"_s, {}, true)), &nothingToParse};
}

QString StatementExecutionApi::sqlState(const ApiError &error)
{
    for (const QJsonValue &d : error.details()) {
        const QString state = d.toObject().value(u"sql_state"_s).toString();
        if (!state.isEmpty())
            return state;
    }
    return {};
}

bool StatementExecutionApi::isNoSystemTableAccess(const ApiError &error)
{
    const QString state = sqlState(error);
    return state == u"42501"_s || state == u"42P01"_s;
}

QString StatementExecutionApi::describe(const ApiError &error)
{
    if (isNoSystemTableAccess(error))
        return tr(
            "Brickdesk cannot read the system tables it needs for billed cost and utilisation. An admin "
            "must enable the billing and compute system schemas and grant you USE CATALOG on system, "
            "USE SCHEMA on system.billing and system.compute, and SELECT on system.billing.usage, "
            "system.billing.list_prices and system.compute.node_timeline. Until then Brickdesk shows the "
            "node-hour estimate. The workspace said: %1")
            .arg(error.message());
    if (error.kind() == ApiError::Kind::Cancelled)
        return tr("The query was canceled before it finished.");
    if (!sqlState(error).isEmpty())
        return tr("The SQL warehouse could not run the query: %1").arg(error.message());
    return error.userMessage();
}

} // namespace brickdesk
