#pragma once

#include "api/apierror.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace brickdesk {

class ApiReply;

// The calls of one workspace (one Connection) that are waiting to be sent again after a
// transient failure: each reply announces its wait here when its retry timer starts and leaves
// when the retry is sent, when it finishes or when it is destroyed. A screen can then say
// "rate limited, retrying in 40 s" for the whole workspace, and cancel() ends a waiting call
// the way ApiReply::abort() does (finished() with Kind::Cancelled, nothing more is sent), so
// whatever waits on it (a typed call, a page walk) ends with a cancelled result.
class PendingRetries final : public QObject
{
    Q_OBJECT
public:
    enum class Reason {
        RateLimited, // 429: the workspace refused the call before running it
        Unavailable, // 503, a dropped or refused connection, a timeout
    };
    Q_ENUM(Reason)

    struct Wait
    {
        quint64 id = 0;
        QString operation; // "GET /api/2.2/jobs/list" (ApiRequest::description: no query, no token)
        Reason reason = Reason::Unavailable;
        int attempt = 0; // the attempt that failed (1 = the first)
        int delayMs = 0; // the whole wait, as decided when it started
        QDeadlineTimer retryAt; // when the retry is sent; remainingTime() counts down
        int retryAfterSeconds = -1; // the server's Retry-After, -1 without one
        QString serverMessage; // the server's own words (plain text), may be empty
    };

    explicit PendingRetries(QObject *parent = nullptr);
    ~PendingRetries() override;

    // Soonest retry first.
    QList<Wait> waits() const;
    int count() const { return int(m_waits.size()); }
    bool isEmpty() const { return m_waits.isEmpty(); }

    // Ends the waiting call with Kind::Cancelled (synchronously); nothing more is sent for it.
    // Unknown ids (a retry already sent) are ignored.
    void cancel(quint64 id);
    void cancelAll();

    static Reason reasonOf(const ApiError &error);

signals:
    // A wait started or ended.
    void changed();

private:
    // The replies of the workspace's Connection announce their waits (ApiReplyPrivate).
    friend class ApiReplyPrivate;
    void add(ApiReply *reply, int attempt, int delayMs, const ApiError &error);
    void remove(const ApiReply *reply);

    struct Entry
    {
        QPointer<ApiReply> reply;
        const ApiReply *key = nullptr; // compared only, never dereferenced
        Wait wait;
    };
    QList<Entry> m_waits;
    quint64 m_nextId = 1;
};

} // namespace brickdesk
