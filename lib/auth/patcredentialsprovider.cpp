#include "auth/patcredentialsprovider.h"

#include <QCoreApplication>
#include <QTimer>

namespace brickdesk {

PatCredentialsProvider::PatCredentialsProvider(const QString &token, QObject *parent)
    : CredentialsProvider(parent)
    , m_token(token)
{ }

void PatCredentialsProvider::setToken(const QString &token)
{
    m_token = token;
    emit tokensChanged();
}

void PatCredentialsProvider::accessToken(QObject *context, TokenCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const QString token = m_token;
    QTimer::singleShot(0, this, [guard, hasContext, token, done = std::move(done)] {
        if (hasContext && !guard)
            return;
        if (token.isEmpty())
            done({},
                ApiError(ApiError::Kind::Auth,
                    QCoreApplication::translate("brickdesk::PatCredentialsProvider",
                        "No personal access token is set for this workspace.")));
        else
            done(token, {});
    });
}

} // namespace brickdesk
