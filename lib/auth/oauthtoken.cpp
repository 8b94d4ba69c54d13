#include "auth/oauthtoken.h"

namespace brickdesk {

bool OAuthToken::expiresWithin(int marginSeconds, const QDateTime &now) const
{
    if (!expiry.isValid())
        return false;
    return now.addSecs(marginSeconds) >= expiry;
}

OAuthToken OAuthToken::fromJson(const QJsonObject &json, const QDateTime &now)
{
    OAuthToken token;
    token.accessToken = json.value(QLatin1String("access_token")).toString();
    token.tokenType = json.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    token.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    // Some servers send expires_in as a string.
    const qint64 seconds
        = expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble(-1));
    if (seconds >= 0 && !expiresIn.isUndefined())
        token.expiry = now.addSecs(seconds);
    return token;
}

} // namespace brickdesk
