#include "auth/oauthtoken.h"

using namespace Qt::Literals::StringLiterals;

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
    token.accessToken = json.value(u"access_token"_s).toString();
    token.tokenType = json.value(u"token_type"_s).toString(u"Bearer"_s);
    token.refreshToken = json.value(u"refresh_token"_s).toString();
    const QJsonValue expiresIn = json.value(u"expires_in"_s);
    // Some servers send expires_in as a string.
    const qint64 seconds
        = expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble(-1));
    if (seconds >= 0 && !expiresIn.isUndefined())
        token.expiry = now.addSecs(seconds);
    return token;
}

} // namespace brickdesk
