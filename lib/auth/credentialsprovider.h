#pragma once

#include "api/tokensource.h"

#include <QPointer>

namespace brickdesk {

// Supplies the credentials the API client attaches to each request at send time (the
// client's TokenSource). Implementations: a personal access token, OAuth machine-to-machine
// (client credentials), OAuth user-to-machine (authorization code + PKCE, refresh token).
class CredentialsProvider : public TokenSource
{
    Q_OBJECT
public:
    using TokenSource::TokenSource;
    ~CredentialsProvider() override = default;

signals:
    // The provider obtained new tokens (e.g. after a refresh); listeners may persist them.
    void tokensChanged();
};

} // namespace brickdesk
