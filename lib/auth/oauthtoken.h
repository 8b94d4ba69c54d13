#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// An OAuth 2.0 token response (RFC 6749 §5.1) as Databricks' /oidc/v1/token returns it.
struct OAuthToken
{
    QString accessToken;
    QString tokenType;
    QString refreshToken;
    QDateTime expiry; // invalid = no expiry given

    bool isValid() const { return !accessToken.isEmpty(); }
    // True when the token expires within marginSeconds of now (or has expired).
    bool expiresWithin(int marginSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static OAuthToken fromJson(
        const QJsonObject &json, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace brickdesk
