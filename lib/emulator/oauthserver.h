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

    enum class TokenCheck { Valid, Expired, Unknown };
    TokenCheck checkAccessToken(const QString &token) const;
    int issuedAccessTokens() const { return m_issued; }

private:
    EmulatorResponse metadata() const;
    EmulatorResponse authorize(const EmulatorRequest &request);
    EmulatorResponse token(const EmulatorRequest &request);
    QJsonObject issue(const QString &clientId, const QString &scope, bool withRefresh);
    const OAuthClient *client(const QString &clientId) const;

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
    QString m_baseUrl;
    QHash<QString, qint64> m_accessTokens; // token -> expiry (ms since epoch)
    QHash<QString, Refresh> m_refreshTokens;
    QHash<QString, Code> m_codes;
    int m_issued = 0;
};

} // namespace brickdesk::emulator
