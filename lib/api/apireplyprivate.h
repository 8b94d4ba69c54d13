#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/responseparser.h"
#include "api/retrypolicy.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QNetworkReply;
class QThreadPool;
class QTimer;

namespace brickdesk {

class ApiReply;
class Connection;

// Worker threads of the API layer (JSON parsing, page conversion): a pool of our own, so
// that this work never waits behind unrelated jobs on QThreadPool::globalInstance().
QThreadPool *apiWorkerPool();

// The state machine behind an ApiReply: obtain a token, send, time out, parse (inline or on a
// worker thread), then replay once after a 401, fall back to Jobs API 2.1, retry per the
// RetryPolicy, or finish. Internal to lib/api.
class ApiReplyPrivate final
{
public:
    explicit ApiReplyPrivate(ApiReply *q);
    ~ApiReplyPrivate();

    void start();
    void abort();
    // Finishes from the event loop (never inside the caller's current call).
    void finishLater(const QJsonObject &json, const ApiError &error, int httpStatus);
    // The reply is being destroyed unfinished: stop everything, emit nothing.
    void releaseSilently();

    ApiReply *q;
    QPointer<Connection> connection;
    ApiRequest request;
    RetryPolicy policy;
    qint64 parseThreshold = 256 * 1024;

    QJsonObject json;
    ApiError error;
    int httpStatus = 0;
    int attempts = 0;
    qint64 bodySize = 0;
    QByteArray keptBody; // request.keepBody: the last answer's bytes
    bool parsedOffThread = false;
    bool finished = false;
    bool autoDelete = true;
    std::function<void()> onAbort;

private:
    void startAttempt();
    void sendWithToken(const QString &token);
    void onNetworkFinished();
    // Reads what has arrived into m_body; aborts the attempt once it passes the size limit.
    void readArrived();
    void checkDeclaredSize();
    void abortAttempt(bool *reason);
    qint64 responseLimit() const;
    void onParsed(const ResponseParser::Result &result, int status);
    void finish(const QJsonObject &json, const ApiError &error, int status);
    void dropNetworkReply();
    void leavePendingRetries();
    void emitFinished();

    QElapsedTimer m_clock; // since the first attempt, for the total timeout
    QElapsedTimer m_attemptClock;
    QPointer<QNetworkReply> m_net;
    QTimer *m_inactivity = nullptr;
    QTimer *m_deadline = nullptr;
    QByteArray m_body; // the answer of the attempt in flight, read as it arrives
    QTimer *m_retryTimer = nullptr;
    QFutureWatcher<ResponseParser::Result> *m_watcher = nullptr;
    quint64 m_generation = 0; // invalidates token callbacks and parses of abandoned attempts
    bool m_timedOut = false;
    bool m_deadlineHit = false;
    bool m_tooLarge = false;
    bool m_replayed401 = false;
    bool m_fellBack = false;
    bool m_counted = false; // counted in the connection's active requests
};

} // namespace brickdesk
