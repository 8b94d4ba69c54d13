#include "auth/secretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PersonalAccessToken:
        return u"pat"_s;
    case Kind::ClientSecret:
        return u"client_secret"_s;
    case Kind::RefreshToken:
        return u"refresh_token"_s;
    }
    return {};
}

QString SecretStore::key(const QString &host, const QString &profileOrWorkspaceId, Kind kind)
{
    return host + u'|' + profileOrWorkspaceId + u'|' + kindName(kind);
}

QString SecretStore::unavailableMessage(const QString &backendMessage)
{
    // QtKeychain 0.13 reports these (environment.md): no session bus at all, or a bus
    // whose Secret Service has no unlocked collection.
    QString reason;
    if (backendMessage.contains(u"D-Bus"_s, Qt::CaseInsensitive)
        || backendMessage.contains(u"DBus"_s, Qt::CaseInsensitive)
        || backendMessage.contains(u"Could not connect"_s)
        || backendMessage.contains(u"org.freedesktop.secrets"_s))
        reason = tr("No keychain service (Secret Service) is running in this desktop session.");
    else if (backendMessage.contains(u"Object does not exist"_s)
        || backendMessage.contains(u"locked"_s, Qt::CaseInsensitive))
        reason = tr("The keychain is locked or has no login collection.");
    else if (backendMessage.contains(u"denied"_s, Qt::CaseInsensitive)
        || backendMessage.contains(u"cancel"_s, Qt::CaseInsensitive))
        reason = tr("Access to the keychain was refused.");
    else
        reason = tr("The system keychain cannot be used.");
    return reason + u' '
        + tr("Brickdesk will not save the secret in a plain-text file. You can use it for this session "
             "only: it is kept in memory and forgotten when Brickdesk quits.");
}

} // namespace brickdesk
