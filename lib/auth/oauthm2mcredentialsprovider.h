#pragma once

#include "auth/credentialsprovider.h"
#include "auth/oauthtokencache.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

class OAuthClient;

// OAuth machine-to-machine for a service principal (guide §4.4): client credentials in HTTP
// Basic auth, POST {token_endpoint} grant_type=client_credentials&scope=all-apis. The access
// token is cached and fetched again before it expires (refreshMargin); concurrent callers
// share one token request.
class OAuthM2MCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
public:
    OAuthM2MCredentialsProvider(
        const QUrl &host, const QString &clientId, const QString &clientSecret, QObject *parent = nullptr);
    ~OAuthM2MCredentialsProvider() override;

    QString authType() const override { return u"oauth-m2m"_s; }
    void accessToken(QObject *context, TokenCallback done) override;
    void invalidate() override;

    // Seconds before expiry at which a new token is fetched (default 60, never under 45).
    void setRefreshMargin(int seconds) { m_cache.setRefreshMargin(seconds); }
    int refreshMargin() const { return m_cache.refreshMargin(); }
    // The time expiry is measured on (tests move it instead of waiting).
    void setClock(OAuthTokenCache::Clock clock);
    // Sign-in hosts the user confirmed besides the workspace's own (OAuthClient::setConfirmedHosts).
    void setConfirmedSignInHosts(const QStringList &hosts);
    QString clientId() const { return m_clientId; }
    // How many tokens were obtained from the server (for tests and diagnostics).
    int tokenFetches() const { return m_fetches; }
    QDateTime expiry() const { return m_cache.token().expiry; }

private:
    void fetch();

    OAuthClient *m_client = nullptr;
    QString m_clientId;
    QString m_clientSecret;
    OAuthTokenCache m_cache {this, 60};
    int m_fetches = 0;
    bool m_fetching = false;
};

} // namespace brickdesk
