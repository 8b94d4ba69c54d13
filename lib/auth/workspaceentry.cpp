#include "auth/workspaceentry.h"

#include "auth/secretstore.h"

using namespace Qt::Literals::StringLiterals;

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
        return u"pat"_s;
    case AuthMethod::OAuthM2M:
        return u"oauth-m2m"_s;
    case AuthMethod::OAuthU2M:
        return u"oauth-u2m"_s;
    case AuthMethod::ConfigProfile:
        return u"profile"_s;
    case AuthMethod::Demo:
        return u"demo"_s;
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
