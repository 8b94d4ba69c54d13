#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace brickdesk {

// What the API client needs from authentication: a bearer token for the next attempt, and a
// way to say the last one was refused. The client owns this interface so that it depends on
// nothing in lib/auth; the credentials providers there implement it. The token is never
// logged, never put into an error, and never kept by the client beyond the one attempt.
class TokenSource : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const QString &accessToken, const ApiError &error)>;

    using QObject::QObject;
    ~TokenSource() override = default;

    // "pat", "oauth-m2m", "oauth-u2m", ... as used in the User-Agent's auth/<type>.
    virtual QString authType() const = 0;

    // Calls done exactly once, possibly asynchronously after fetching or refreshing a token,
    // with either a bearer token or an error of kind Auth. The callback is not invoked if
    // context is destroyed first.
    virtual void accessToken(QObject *context, TokenCallback done) = 0;

    // The server rejected the last token (401): drop any cached access token so the next
    // accessToken() call obtains a fresh one where the method allows it.
    virtual void invalidate() { }
};

} // namespace brickdesk
