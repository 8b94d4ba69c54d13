#include "auth/secretstore.h"

namespace brickdesk {

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PersonalAccessToken:
        return QStringLiteral("pat");
    case Kind::ClientSecret:
        return QStringLiteral("client_secret");
    case Kind::RefreshToken:
        return QStringLiteral("refresh_token");
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
    if (backendMessage.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || backendMessage.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || backendMessage.contains(QLatin1String("Could not connect"))
        || backendMessage.contains(QLatin1String("org.freedesktop.secrets")))
        reason = tr("No keychain service (Secret Service) is running in this desktop session.");
    else if (backendMessage.contains(QLatin1String("Object does not exist"))
        || backendMessage.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        reason = tr("The keychain is locked or has no login collection.");
    else if (backendMessage.contains(QLatin1String("denied"), Qt::CaseInsensitive)
        || backendMessage.contains(QLatin1String("cancel"), Qt::CaseInsensitive))
        reason = tr("Access to the keychain was refused.");
    else
        reason = tr("The system keychain cannot be used.");
    return reason + u' '
        + tr("Brickdesk will not save the secret in a plain-text file. You can use it for this session "
             "only: it is kept in memory and forgotten when Brickdesk quits.");
}

} // namespace brickdesk
