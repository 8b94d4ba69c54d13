#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// A workspace Brickdesk knows, as kept in QSettings: never a secret (tokens, client secrets
// and refresh tokens live in the SecretStore under secretKey()).
struct WorkspaceEntry
{
    enum class AuthMethod {
        PersonalAccessToken, // "pat"
        OAuthM2M, // "oauth-m2m": client_id here, client secret in the SecretStore
        OAuthU2M, // "oauth-u2m": browser sign-in, refresh token in the SecretStore
        ConfigProfile, // "profile": everything from a ~/.databrickscfg profile
        Demo, // "demo": the built-in emulated workspace
    };

    QString id; // stable, generated
    QString name;
    QString host; // normalised
    AuthMethod authMethod = AuthMethod::PersonalAccessToken;
    QString profile; // ConfigProfile: the profile name
    QString clientId; // OAuth: the client (M2M service principal or U2M public client)
    // OAuth: sign-in hosts ("name" for https on 443, or "name:port") the user confirmed besides
    // the workspace's own (see OAuthClient::isTrustedEndpoint).
    QStringList confirmedSignInHosts;
    // The secret is kept in memory for this session only (the keychain was unavailable and
    // the user chose that); nothing is looked up in the keychain then.
    bool sessionOnlySecret = false;
    QDateTime lastUsed;

    bool isValid() const { return !id.isEmpty() && (authMethod == AuthMethod::Demo || !host.isEmpty()); }
    // The SecretStore key of this workspace's secret ("<host>|<profile or id>|<kind>").
    QString secretKey() const;
    // True for methods that keep a secret in the SecretStore.
    bool hasSecret() const;

    static QString authMethodName(AuthMethod method);
    static AuthMethod authMethodFromName(const QString &name, bool *ok = nullptr);
    static QString demoId() { return u"demo"_s; }
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::WorkspaceEntry)
