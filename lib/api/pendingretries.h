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
// transient failure: each reply announces its wait here when its retry timer starts; when the
// retry is sent the wait becomes a retry on its way (sentRetries()) until that attempt is
// answered, and either leaves when the call finishes or is destroyed. A screen can then say
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
    // The retries sent once their wait was over whose attempt has not been answered yet: what
    // a notice may call "retrying now", and only while it is true.
    QList<Wait> sentRetries() const;
    bool hasSentRetries() const { return !m_sent.isEmpty(); }

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
    // The wait is over and its retry sent: on its way until the reply waits again or leaves.
    void sent(const ApiReply *reply);
    void remove(const ApiReply *reply);
    // Takes the reply out of both lists without telling; how many entries went.
    qsizetype take(const ApiReply *reply);

    struct Entry
    {
        QPointer<ApiReply> reply;
        const ApiReply *key = nullptr; // compared only, never dereferenced
        Wait wait;
    };
    QList<Entry> m_waits;
    QList<Entry> m_sent;
    quint64 m_nextId = 1;
};

} // namespace brickdesk
