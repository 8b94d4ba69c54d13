#pragma once

#include <QJsonArray>
#include <QMetaType>
#include <QString>

namespace brickdesk {

// The one error type of the API layer: what went wrong (kind), what the server said
// (HTTP status, Databricks error_code and message), and which request it was (method and
// path, never a token or query secrets). Branch on kind() or errorCode(), never on text.
class ApiError
{
public:
    enum class Kind {
        None, // no error
        Network, // host unreachable, connection refused or reset, DNS failure
        Timeout, // no answer within the request's time limit
        Tls, // certificate or handshake failure (never ignored)
        InsecureHost, // plain http:// to a host that is not loopback (refused before sending)
        Unauthenticated, // 401
        PermissionDenied, // 403
        NotFound, // 404, or 400 INVALID_PARAMETER_VALUE "... does not exist"
        BadRequest, // other 400
        Conflict, // 409
        RateLimited, // 429
        Server, // 500, 501, 502, 504 and other 5xx
        Unavailable, // 503
        BadResponse, // a body that is not the JSON we expected (HTML from a proxy, truncated)
        Auth, // could not obtain credentials (token refresh failed, no secret)
        Cancelled, // cancelled by the caller
    };

    // Why a body could not be used (refines BadResponse and the message of HTTP errors).
    enum class BodyIssue {
        None,
        Html, // an HTML page (typically from a proxy, gateway or login wall)
        NotJson, // some other non-JSON text
        Truncated, // JSON that ends early
        Unexpected, // valid JSON of the wrong shape (e.g. an array instead of an object)
        TooLarge, // larger than the request's size limit; not read to its end
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0, QString errorCode = {});

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // Databricks' machine-readable code, e.g. "INVALID_PARAMETER_VALUE", "REQUEST_LIMIT_EXCEEDED".
    QString errorCode() const { return m_errorCode; }
    // The server's (or the network stack's) own message, unchanged.
    QString message() const { return m_message; }
    // google.rpc details[] as the server sent them, if any.
    QJsonArray details() const { return m_details; }
    // "GET /api/2.2/jobs/get"; set by the client, never contains credentials.
    QString requestDescription() const { return m_request; }
    // Seconds from a Retry-After header, or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    void setErrorCode(const QString &code) { m_errorCode = code; }
    void setDetails(const QJsonArray &details) { m_details = details; }
    void setRequestDescription(const QString &request) { m_request = request; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    BodyIssue bodyIssue() const { return m_bodyIssue; }
    void setBodyIssue(BodyIssue issue) { m_bodyIssue = issue; }
    // QNetworkReply::NetworkError of a transport failure (0 when none); lets the retry
    // policy tell a refused or dropped connection from an unknown host.
    int networkError() const { return m_networkError; }
    void setNetworkError(int error) { m_networkError = error; }

    // One sentence for people, translated: what happened and, where it helps, what to do.
    QString userMessage() const;
    // For logs: kind, status, code, request and message; never credentials.
    QString toString() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    int m_networkError = 0;
    BodyIssue m_bodyIssue = BodyIssue::None;
    QString m_errorCode;
    QString m_message;
    QString m_request;
    QJsonArray m_details;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ApiError)
