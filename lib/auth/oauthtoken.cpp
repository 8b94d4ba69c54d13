#include "auth/oauthtoken.h"

#include <algorithm>

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
    // Some servers send expires_in as a string. Anything that is not a positive number of
    // seconds (negative, zero, NaN, text) gives no expiry: the token is used until the server
    // refuses it (one 401 replay fetches another), never fetched again on every call. A huge
    // value is capped, so no conversion or date arithmetic overflows.
    constexpr double MaxLifetime = 10.0 * 365 * 24 * 3600;
    const QJsonValue expiresIn = json.value(u"expires_in"_s);
    double seconds = -1;
    if (expiresIn.isDouble()) {
        seconds = expiresIn.toDouble();
    } else if (expiresIn.isString()) {
        bool ok = false;
        seconds = expiresIn.toString().trimmed().toDouble(&ok);
        if (!ok)
            seconds = -1;
    }
    if (seconds >= 1) // also false for NaN
        token.expiry = now.addSecs(qint64(std::min(seconds, MaxLifetime)));
    return token;
}

} // namespace brickdesk
