#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace brickdesk {

class Connection;
class ApiReplyPrivate;

// The answer to one API call (including its retries). The single asynchronous idiom of the
// client: every call returns an ApiReply that completes EXACTLY ONCE, with either a parsed
// JSON object or an ApiError, and emits finished() then (always from the event loop, never
// from inside the call that created it).
//
// Ownership: the reply is a child of its Connection and deletes itself (deleteLater) after
// finished() has been delivered, unless setAutoDelete(false); then the caller deletes it.
// Deleting an unfinished reply aborts it silently (no signal). Connect with a context object
// so that nothing calls back into a destroyed receiver.
class ApiReply final : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    bool isFinished() const;
    const ApiError &error() const;
    bool hasError() const;
    // The parsed body: the server's object on success ({} for an empty body), else {}.
    // Bodies above the connection's threshold (256 KiB) are parsed on a worker thread.
    const QJsonObject &json() const;
    // Status of the last attempt; 0 when no HTTP answer arrived.
    int httpStatus() const;
    // The request as last sent (the path shows the Jobs API version actually used).
    ApiRequest request() const;

    // How many HTTP attempts were made (1 + retries + a 401 replay).
    int attempts() const;
    // Size of the final body in bytes, and whether it was parsed off this thread.
    qint64 bodySize() const;
    bool parsedOffThread() const;
    // The final body's bytes as received, when the request asked to keep them (keepBody).
    QByteArray body() const;

    // Stops the call: any request in flight is aborted, pending retries are dropped, and
    // finished() is emitted synchronously, before abort() returns, with Kind::Cancelled.
    // Does nothing once finished.
    void abort();

    bool autoDelete() const;
    void setAutoDelete(bool autoDelete);

    // A reply completed by code instead of by one HTTP exchange: helpers that merge several
    // calls into one answer (jobs/get array pages) and test doubles. `onAbort` is called once
    // if abort() happens before complete(). complete() emits finished() from the event loop.
    static ApiReply *createManual(
        const ApiRequest &request, QObject *parent, std::function<void()> onAbort = {});
    void complete(const QJsonObject &json, const ApiError &error = {}, int httpStatus = 200);

signals:
    // Exactly once per reply.
    void finished();
    // A transient failure of attempt `attempt`; the next attempt starts after `delayMs`.
    void retrying(int attempt, int delayMs, const brickdesk::ApiError &error);

private:
    friend class Connection;
    friend class ApiReplyPrivate;
    explicit ApiReply(QObject *parent);

    std::unique_ptr<ApiReplyPrivate> m_d;
};

} // namespace brickdesk
