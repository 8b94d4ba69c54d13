#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace brickdesk::emulator {

// One injected fault: which requests it hits (path regex, optional method), what happens,
// and how many more times (remaining < 0 = until cleared).
struct Fault
{
    enum class Kind {
        RateLimit, // 429 REQUEST_LIMIT_EXCEEDED with Retry-After
        ServerError, // `status` (500 INTERNAL_ERROR or 503 TEMPORARILY_UNAVAILABLE)
        Latency, // the normal answer, `latencyMs` later
        Drop, // the TCP connection is closed without an answer (the request is not handled)
        DropAfterHandling, // the request is handled, then the connection closes without the answer
        Truncate, // the normal answer cut in half, then the connection closes
        Html, // 502 with an HTML page, as a proxy in front of the workspace would send
    };

    Kind kind = Kind::ServerError;
    QString pathPattern; // regular expression searched in the path; empty = every path
    QByteArray method; // empty = any method
    int remaining = -1;
    int status = 503;
    int retryAfterSeconds = 1;
    int latencyMs = 0;

    bool matches(const QByteArray &requestMethod, const QString &path) const;

    static Fault rateLimit(const QString &pattern, int retryAfterSeconds = 1, int count = -1);
    static Fault serverError(const QString &pattern, int status = 503, int count = -1);
    static Fault latency(const QString &pattern, int ms, int count = -1);
    static Fault drop(const QString &pattern, int count = -1);
    // The server acts (creates the run, deletes the job…) and the answer is lost on the way.
    static Fault dropAfterHandling(const QString &pattern, int count = -1);
    static Fault truncate(const QString &pattern, int count = -1);
    static Fault html(const QString &pattern, int count = -1);

    // Parses the command-line form "type=429,path=/api/2.2/jobs/list,count=2,retry-after=3"
    // (type: 429, 500, 503, latency, drop, drop-after, truncate, html; also ms=N, method=GET).
    static std::optional<Fault> fromSpec(const QString &spec, QString *error = nullptr);

    static QString kindName(Kind kind);
};

} // namespace brickdesk::emulator
