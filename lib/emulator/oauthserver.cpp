#include "oauthserver.h"

#include "emulatorlogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace brickdesk::emulator {

namespace {

QString randomToken(const char *prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QLatin1String(prefix)
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

EmulatorResponse oauthError(int status, const QString &error, const QString &description)
{
    return EmulatorResponse::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
}

bool isLoopbackRedirect(const QUrl &url)
{
    const QString host = url.host();
    return url.scheme() == QLatin1String("http")
        && (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
            || host == QLatin1String("::1"));
}

} // namespace

OAuthServer::OAuthServer(const EmulatorOptions &options, const QString &baseUrl)
    : m_clients(
        options.oauthClients.isEmpty() ? EmulatorOptions::defaultOAuthClients() : options.oauthClients)
    , m_lifetimeSeconds(std::max(1, options.accessTokenLifetimeSeconds))
    , m_baseUrl(baseUrl)
{ }

const OAuthClient *OAuthServer::client(const QString &clientId) const
{
    for (const OAuthClient &c : m_clients) {
        if (c.clientId == clientId)
            return &c;
    }
    return nullptr;
}

OAuthServer::TokenCheck OAuthServer::checkAccessToken(const QString &token) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd())
        return TokenCheck::Unknown;
    return QDateTime::currentMSecsSinceEpoch() < *it ? TokenCheck::Valid : TokenCheck::Expired;
}

EmulatorResponse OAuthServer::handle(const EmulatorRequest &request, const QString &path)
{
    if (path == QLatin1String("/oidc/.well-known/oauth-authorization-server") && request.method == "GET")
        return metadata();
    if (path == QLatin1String("/oidc/v1/authorize") && request.method == "GET")
        return authorize(request);
    if (path == QLatin1String("/oidc/v1/token") && request.method == "POST")
        return token(request);
    return EmulatorResponse::error(
        404, QStringLiteral("ENDPOINT_NOT_FOUND"), QStringLiteral("No API found for '%1'").arg(path));
}

EmulatorResponse OAuthServer::metadata() const
{
    return EmulatorResponse::json({{QStringLiteral("issuer"), QString(m_baseUrl + QStringLiteral("/oidc"))},
        {QStringLiteral("authorization_endpoint"), QString(m_baseUrl + QStringLiteral("/oidc/v1/authorize"))},
        {QStringLiteral("token_endpoint"), QString(m_baseUrl + QStringLiteral("/oidc/v1/token"))},
        {QStringLiteral("jwks_uri"), QString(m_baseUrl + QStringLiteral("/oidc/jwks.json"))},
        {QStringLiteral("response_types_supported"), QJsonArray {QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray {QStringLiteral("query")}},
        {QStringLiteral("grant_types_supported"),
            QJsonArray {QStringLiteral("client_credentials"), QStringLiteral("authorization_code"),
                QStringLiteral("refresh_token")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("S256")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
            QJsonArray {QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                QStringLiteral("none")}},
        {QStringLiteral("scopes_supported"),
            QJsonArray {QStringLiteral("all-apis"), QStringLiteral("offline_access"),
                QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")}}});
}

EmulatorResponse OAuthServer::authorize(const EmulatorRequest &request)
{
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    const QUrl redirect(request.queryValue(QStringLiteral("redirect_uri")));
    // Without a valid client and redirect URI there is nowhere to send an error: answer here.
    if (!client(clientId))
        return oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("Unknown client_id."));
    if (!redirect.isValid() || !isLoopbackRedirect(redirect))
        return oauthError(400, QStringLiteral("invalid_request"),
            QStringLiteral("redirect_uri must be an http://localhost or http://127.0.0.1 URL."));
    const QString state = request.queryValue(QStringLiteral("state"));
    auto redirectWith = [&](const QList<QPair<QString, QString>> &items) {
        QUrl target = redirect;
        QUrlQuery q(target);
        for (const auto &item : items)
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        target.setQuery(q);
        return EmulatorResponse::redirect(target);
    };
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return redirectWith({{QStringLiteral("error"), QStringLiteral("unsupported_response_type")},
            {QStringLiteral("error_description"), QStringLiteral("response_type must be code")},
            {QStringLiteral("state"), state}});
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    if (challenge.isEmpty()
        || request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return redirectWith({{QStringLiteral("error"), QStringLiteral("invalid_request")},
            {QStringLiteral("error_description"),
                QStringLiteral("PKCE with code_challenge_method=S256 is required")},
            {QStringLiteral("state"), state}});
    const QString code = randomToken("dcode-", 24);
    m_codes.insert(code,
        {clientId, redirect.toString(), challenge, request.queryValue(QStringLiteral("scope")),
            QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000});
    return redirectWith({{QStringLiteral("code"), code}, {QStringLiteral("state"), state},
        {QStringLiteral("iss"), QString(m_baseUrl + QStringLiteral("/oidc"))}});
}

QJsonObject OAuthServer::issue(const QString &clientId, const QString &scope, bool withRefresh)
{
    const QString access = randomToken("dose-emu-", 32);
    m_accessTokens.insert(access, QDateTime::currentMSecsSinceEpoch() + qint64(m_lifetimeSeconds) * 1000);
    ++m_issued;
    QJsonObject out {{QStringLiteral("access_token"), access},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_lifetimeSeconds},
        {QStringLiteral("scope"), scope.isEmpty() ? QStringLiteral("all-apis") : scope}};
    if (withRefresh) {
        const QString refresh = randomToken("doseref-emu-", 32);
        m_refreshTokens.insert(refresh, {clientId, scope});
        out.insert(QStringLiteral("refresh_token"), refresh);
    }
    qCDebug(lcEmulator) << "issued an OAuth access token for client" << clientId;
    return out;
}

EmulatorResponse OAuthServer::token(const EmulatorRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto field = [&](const char *key) {
        return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded)
            .replace(QLatin1Char('+'), QLatin1Char(' '));
    };
    QString clientId = field("client_id");
    QString secret = field("client_secret");
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const QString grant = field("grant_type");
    const OAuthClient *c = client(clientId);
    if (!c)
        return oauthError(
            401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    if (grant == QLatin1String("client_credentials")) {
        if (c->clientSecret.isEmpty() || secret != c->clientSecret)
            return oauthError(
                401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
        return EmulatorResponse::json(issue(clientId, field("scope"), false));
    }
    if (!c->clientSecret.isEmpty() && !secret.isEmpty() && secret != c->clientSecret)
        return oauthError(
            401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    if (grant == QLatin1String("authorization_code")) {
        const QString code = field("code");
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd() || it->expiresAt < QDateTime::currentMSecsSinceEpoch())
            return oauthError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("Authorization code is invalid or expired."));
        const Code stored = *it;
        m_codes.remove(code); // single use
        if (stored.clientId != clientId)
            return oauthError(400, QStringLiteral("invalid_grant"),
                QStringLiteral("Authorization code was issued to another client."));
        if (field("redirect_uri") != stored.redirectUri)
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match."));
        const QByteArray verifier = field("code_verifier").toLatin1();
        const QString computed = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (verifier.isEmpty() || computed != stored.challenge)
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed."));
        return EmulatorResponse::json(issue(clientId, stored.scope, true));
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh = field("refresh_token");
        const auto it = m_refreshTokens.constFind(refresh);
        if (it == m_refreshTokens.constEnd() || it->clientId != clientId)
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("Refresh token is invalid."));
        const Refresh stored = *it;
        m_refreshTokens.remove(refresh); // rotated
        return EmulatorResponse::json(issue(clientId, stored.scope, true));
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
        QStringLiteral("Unsupported grant_type '%1'.").arg(grant));
}

} // namespace brickdesk::emulator
