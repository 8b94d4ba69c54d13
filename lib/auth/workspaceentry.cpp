#include "auth/workspaceentry.h"

#include "auth/secretstore.h"

namespace brickdesk {

QString WorkspaceEntry::secretKey() const
{
    const QString owner = profile.isEmpty() ? id : profile;
    switch (authMethod) {
    case AuthMethod::PersonalAccessToken:
    case AuthMethod::ConfigProfile:
        return SecretStore::key(host, owner, SecretStore::Kind::PersonalAccessToken);
    case AuthMethod::OAuthM2M:
        return SecretStore::key(host, owner, SecretStore::Kind::ClientSecret);
    case AuthMethod::OAuthU2M:
        return SecretStore::key(host, owner, SecretStore::Kind::RefreshToken);
    case AuthMethod::Demo:
        break;
    }
    return {};
}

bool WorkspaceEntry::hasSecret() const
{
    return authMethod != AuthMethod::Demo;
}

QString WorkspaceEntry::authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::PersonalAccessToken:
        return QStringLiteral("pat");
    case AuthMethod::OAuthM2M:
        return QStringLiteral("oauth-m2m");
    case AuthMethod::OAuthU2M:
        return QStringLiteral("oauth-u2m");
    case AuthMethod::ConfigProfile:
        return QStringLiteral("profile");
    case AuthMethod::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

WorkspaceEntry::AuthMethod WorkspaceEntry::authMethodFromName(const QString &name, bool *ok)
{
    for (auto method : {AuthMethod::PersonalAccessToken, AuthMethod::OAuthM2M, AuthMethod::OAuthU2M,
             AuthMethod::ConfigProfile, AuthMethod::Demo}) {
        if (authMethodName(method) == name) {
            if (ok)
                *ok = true;
            return method;
        }
    }
    if (ok)
        *ok = false;
    return AuthMethod::PersonalAccessToken;
}

} // namespace brickdesk
