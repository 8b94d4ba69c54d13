#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace brickdesk {

// One call to the REST API, before credentials: verb, path, query and JSON body. A plain
// value: the client copies it for every attempt and never adds secrets to it.
struct ApiRequest
{
    QByteArray method; // "GET" / "POST"
    QString path; // "/api/2.2/jobs/list"
    QUrlQuery query;
    QJsonObject body; // sent for POST only
    // May be sent again after a transient failure: GETs, and POSTs whose effect does not
    // repeat (an idempotency token, or a naturally idempotent operation such as cancel).
    bool retrySafe = false;
    // Parse the answer on a worker thread whatever its size (bulk pages read in the background).
    bool parseOffThread = false;
    // Keep the answer's bytes beside the parsed object (ApiReply::body()), for a consumer that
    // stores what the server sent.
    bool keepBody = false;
    // Largest answer accepted in bytes; 0: the connection's RetryPolicy decides by call kind.
    qint64 maxResponseBytes = 0;
    // Asks only whether the workspace answers: one attempt, given up after kProbeTimeoutMs
    // without an answer, never retried (the retry policy's waits would hide an outage for
    // half a minute).
    bool probe = false;
    static constexpr int kProbeTimeoutMs = 10'000;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonObject &body, bool retrySafe = false);

    bool isPost() const { return method == "POST"; }
    // "GET /api/2.2/jobs/list": for logs and errors; never holds the query or the token.
    QString description() const;
};

} // namespace brickdesk
