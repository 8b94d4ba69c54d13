#include "auth/oauthtokencache.h"

#include <QTimer>

namespace brickdesk {

OAuthTokenCache::OAuthTokenCache(QObject *owner, int refreshMarginSeconds)
    : m_owner(owner)
    , m_refreshMargin(std::max(refreshMarginSeconds, MinRefreshMarginSeconds))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void OAuthTokenCache::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool OAuthTokenCache::isFresh() const
{
    return m_token.isValid() && !m_token.expiresWithin(m_refreshMargin, now());
}

bool OAuthTokenCache::answerOrQueue(QObject *context, TokenCallback done)
{
    if (isFresh()) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QTimer::singleShot(
            0, m_owner, [guard, hasContext, token = m_token.accessToken, done = std::move(done)] {
                if (!hasContext || guard)
                    done(token, {});
            });
        return true;
    }
    m_waiting.append({QPointer<QObject>(context ? context : m_owner), std::move(done)});
    return false;
}

void OAuthTokenCache::resolve(const QString &accessToken, const ApiError &error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(accessToken, error);
    }
}

} // namespace brickdesk
