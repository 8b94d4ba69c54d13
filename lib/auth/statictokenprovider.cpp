#include "auth/statictokenprovider.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

StaticTokenProvider::StaticTokenProvider(const QString &token, const QString &authType, QObject *parent)
    : CredentialsProvider(parent)
    , m_token(token)
    , m_authType(authType)
{ }

QString StaticTokenProvider::authType() const
{
    return m_authType;
}

void StaticTokenProvider::accessToken(QObject *context, TokenCallback done)
{
    ++m_requests;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), token = m_token] {
        if (!guard)
            return;
        if (token.isEmpty())
            done({}, ApiError(ApiError::Kind::Auth, u"no access token configured"_s));
        else
            done(token, {});
    });
}

void StaticTokenProvider::invalidate()
{
    ++m_invalidations;
}

void StaticTokenProvider::setToken(const QString &token)
{
    m_token = token;
}

} // namespace brickdesk
