#pragma once

#include "api/tokensource.h"
#include "auth/oauthtoken.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QPointer>

#include <algorithm>
#include <functional>

namespace brickdesk {

// The access-token side every OAuth provider shares: the current token, when it counts as
// fresh (refreshMargin seconds before its expiry), the callers waiting while a new one is
// obtained (so concurrent callers share one token request) and the clock all of that is
// measured on. The clock is injectable so tests move time forward instead of waiting for it.
class OAuthTokenCache final
{
public:
    using Clock = std::function<QDateTime()>;
    using TokenCallback = TokenSource::TokenCallback;

    // `owner` delivers cached answers from the event loop; it outlives the cache.
    explicit OAuthTokenCache(QObject *owner, int refreshMarginSeconds);

    void setClock(Clock clock);
    const Clock &clock() const { return m_clock; }
    QDateTime now() const { return m_clock(); }

    // The service refuses an access token in the last 30 s of its life; a margin below that
    // (plus time for the request to get there) would send tokens it refuses, so it is raised.
    static constexpr int MinRefreshMarginSeconds = 45;
    void setRefreshMargin(int seconds) { m_refreshMargin = std::max(seconds, MinRefreshMarginSeconds); }
    int refreshMargin() const { return m_refreshMargin; }

    // A fresh token: answers `done` with it from the event loop and returns true. Otherwise
    // queues `done` for resolve() and returns false; the provider then obtains a token
    // (unless it is already doing so).
    bool answerOrQueue(QObject *context, TokenCallback done);
    bool isFresh() const;

    const OAuthToken &token() const { return m_token; }
    void store(const OAuthToken &token) { m_token = token; }
    void invalidate() { m_token = {}; }

    // Answers every queued caller whose context still exists, once.
    void resolve(const QString &accessToken, const ApiError &error);

private:
    QObject *m_owner;
    int m_refreshMargin;
    Clock m_clock;
    OAuthToken m_token;
    QList<QPair<QPointer<QObject>, TokenCallback>> m_waiting;
};

} // namespace brickdesk
