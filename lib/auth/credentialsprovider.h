#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace brickdesk {

// Supplies the credentials the API client attaches to each request at send time.
// Implementations: a personal access token, OAuth machine-to-machine (client credentials),
// OAuth user-to-machine (authorization code + PKCE, refresh token). The token is never
// logged, never put into an error, and never kept by the client beyond the one request.
class CredentialsProvider : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const QString &accessToken, const ApiError &error)>;

    using QObject::QObject;
    ~CredentialsProvider() override = default;

    // "pat", "oauth-m2m", "oauth-u2m", ... as used in the User-Agent's auth/<type>.
    virtual QString authType() const = 0;

    // Calls done exactly once, possibly asynchronously after fetching or refreshing a token,
    // with either a bearer token or an error of kind Auth. The callback is not invoked if
    // context is destroyed first.
    virtual void accessToken(QObject *context, TokenCallback done) = 0;

    // The server rejected the last token (401): drop any cached access token so the next
    // accessToken() call obtains a fresh one where the method allows it.
    virtual void invalidate() { }

signals:
    // The provider obtained new tokens (e.g. after a refresh); listeners may persist them.
    void tokensChanged();
};

} // namespace brickdesk
