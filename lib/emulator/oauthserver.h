#pragma once

#include "emulatoroptions.h"
#include "emulatorrequest.h"
#include "emulatorresponse.h"

#include <QHash>
#include <QString>

namespace brickdesk::emulator {

// The workspace's OAuth authorization server (databricks-api.md §4.4, §4.5):
//   GET  /oidc/.well-known/oauth-authorization-server   metadata
//   GET  /oidc/v1/authorize    authorization code + PKCE (S256), auto-approved, 302 to the
//                              client's loopback redirect_uri with code and state
//   POST /oidc/v1/token        client_credentials (HTTP Basic), authorization_code
//                              (code_verifier checked), refresh_token (rotated)
class OAuthServer final
{
public:
    OAuthServer(const EmulatorOptions &options, const QString &baseUrl);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    EmulatorResponse handle(const EmulatorRequest &request, const QString &path);

    // The service refuses an access token in the last RefusalWindowMs of its life (and after
    // it), so a client has to fetch the next one before then.
    static constexpr qint64 RefusalWindowMs = 30'000;
    static constexpr int MinLifetimeSeconds = 60;

    enum class TokenCheck { Valid, Expired, Unknown };
    // Counts every Expired answer (expiredTokensPresented()).
    TokenCheck checkAccessToken(const QString &token);
    int issuedAccessTokens() const { return m_issued; }
    int expiredTokensPresented() const { return m_expiredPresented; }

private:
    EmulatorResponse metadata() const;
    EmulatorResponse authorize(const EmulatorRequest &request);
    EmulatorResponse token(const EmulatorRequest &request);
    QJsonObject issue(const QString &clientId, const QString &scope, bool withRefresh);
    const OAuthClient *client(const QString &clientId) const;
    qint64 now() const;

    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        qint64 expiresAt = 0;
    };
    struct Refresh
    {
        QString clientId;
        QString scope;
    };

    QList<OAuthClient> m_clients;
    int m_lifetimeSeconds;
    std::function<qint64()> m_clock;
    QString m_baseUrl;
    QHash<QString, qint64> m_accessTokens; // token -> expiry (ms since epoch)
    QHash<QString, Refresh> m_refreshTokens;
    QHash<QString, Code> m_codes;
    int m_issued = 0;
    int m_expiredPresented = 0;
};

} // namespace brickdesk::emulator
