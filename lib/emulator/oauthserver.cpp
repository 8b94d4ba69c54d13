#include "oauthserver.h"

#include "emulatorlogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

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
    return EmulatorResponse::json({{u"error"_s, error}, {u"error_description"_s, description}}, status);
}

bool isLoopbackRedirect(const QUrl &url)
{
    const QString host = url.host();
    return url.scheme() == u"http"_s
        && (host == u"localhost"_s || host == u"127.0.0.1"_s || host == u"::1"_s);
}

} // namespace

OAuthServer::OAuthServer(const EmulatorOptions &options, const QString &baseUrl)
    : m_clients(
        options.oauthClients.isEmpty() ? EmulatorOptions::defaultOAuthClients() : options.oauthClients)
    , m_lifetimeSeconds(std::max(MinLifetimeSeconds, options.accessTokenLifetimeSeconds))
    , m_clock(options.oauthClock)
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

qint64 OAuthServer::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

OAuthServer::TokenCheck OAuthServer::checkAccessToken(const QString &token)
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd())
        return TokenCheck::Unknown;
    if (now() < *it - RefusalWindowMs)
        return TokenCheck::Valid;
    ++m_expiredPresented;
    return TokenCheck::Expired;
}

EmulatorResponse OAuthServer::handle(const EmulatorRequest &request, const QString &path)
{
    if (path == u"/oidc/.well-known/oauth-authorization-server"_s && request.method == "GET")
        return metadata();
    if (path == u"/oidc/v1/authorize"_s && request.method == "GET")
        return authorize(request);
    if (path == u"/oidc/v1/token"_s && request.method == "POST")
        return token(request);
    return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s, u"No API found for '%1'"_s.arg(path));
}

EmulatorResponse OAuthServer::metadata() const
{
    return EmulatorResponse::json({{u"issuer"_s, QString(m_baseUrl + u"/oidc"_s)},
        {u"authorization_endpoint"_s, QString(m_baseUrl + u"/oidc/v1/authorize"_s)},
        {u"token_endpoint"_s, QString(m_baseUrl + u"/oidc/v1/token"_s)},
        {u"jwks_uri"_s, QString(m_baseUrl + u"/oidc/jwks.json"_s)},
        {u"response_types_supported"_s, QJsonArray {u"code"_s}},
        {u"response_modes_supported"_s, QJsonArray {u"query"_s}},
        {u"grant_types_supported"_s,
            QJsonArray {u"client_credentials"_s, u"authorization_code"_s, u"refresh_token"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray {u"S256"_s}},
        {u"token_endpoint_auth_methods_supported"_s,
            QJsonArray {u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}},
        {u"scopes_supported"_s,
            QJsonArray {u"all-apis"_s, u"offline_access"_s, u"openid"_s, u"email"_s, u"profile"_s}}});
}

EmulatorResponse OAuthServer::authorize(const EmulatorRequest &request)
{
    const QString clientId = request.queryValue(u"client_id"_s);
    const QUrl redirect(request.queryValue(u"redirect_uri"_s));
    // Without a valid client and redirect URI there is nowhere to send an error: answer here.
    if (!client(clientId))
        return oauthError(400, u"invalid_client"_s, u"Unknown client_id."_s);
    if (!redirect.isValid() || !isLoopbackRedirect(redirect))
        return oauthError(400, u"invalid_request"_s,
            u"redirect_uri must be an http://localhost or http://127.0.0.1 URL."_s);
    const QString state = request.queryValue(u"state"_s);
    auto redirectWith = [&](const QList<QPair<QString, QString>> &items) {
        QUrl target = redirect;
        QUrlQuery q(target);
        for (const auto &item : items)
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        target.setQuery(q);
        return EmulatorResponse::redirect(target);
    };
    if (request.queryValue(u"response_type"_s) != u"code"_s)
        return redirectWith({{u"error"_s, u"unsupported_response_type"_s},
            {u"error_description"_s, u"response_type must be code"_s}, {u"state"_s, state}});
    const QString challenge = request.queryValue(u"code_challenge"_s);
    if (challenge.isEmpty() || request.queryValue(u"code_challenge_method"_s) != u"S256"_s)
        return redirectWith({{u"error"_s, u"invalid_request"_s},
            {u"error_description"_s, u"PKCE with code_challenge_method=S256 is required"_s},
            {u"state"_s, state}});
    const QString code = randomToken("dcode-", 24);
    m_codes.insert(code,
        {clientId, redirect.toString(), challenge, request.queryValue(u"scope"_s), now() + 5 * 60 * 1000});
    return redirectWith(
        {{u"code"_s, code}, {u"state"_s, state}, {u"iss"_s, QString(m_baseUrl + u"/oidc"_s)}});
}

QJsonObject OAuthServer::issue(const QString &clientId, const QString &scope, bool withRefresh)
{
    const QString access = randomToken("dose-emu-", 32);
    m_accessTokens.insert(access, now() + qint64(m_lifetimeSeconds) * 1000);
    ++m_issued;
    QJsonObject out {{u"access_token"_s, access}, {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, m_lifetimeSeconds}, {u"scope"_s, scope.isEmpty() ? u"all-apis"_s : scope}};
    if (withRefresh) {
        const QString refresh = randomToken("doseref-emu-", 32);
        m_refreshTokens.insert(refresh, {clientId, scope});
        out.insert(u"refresh_token"_s, refresh);
    }
    qCDebug(lcEmulator) << "issued an OAuth access token for client" << clientId;
    return out;
}

EmulatorResponse OAuthServer::token(const EmulatorRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto field = [&](const char *key) {
        return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).replace(u'+', u' ');
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
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
    if (grant == u"client_credentials"_s) {
        if (c->clientSecret.isEmpty() || secret != c->clientSecret)
            return oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
        return EmulatorResponse::json(issue(clientId, field("scope"), false));
    }
    if (!c->clientSecret.isEmpty() && !secret.isEmpty() && secret != c->clientSecret)
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
    if (grant == u"authorization_code"_s) {
        const QString code = field("code");
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd() || it->expiresAt < now())
            return oauthError(400, u"invalid_grant"_s, u"Authorization code is invalid or expired."_s);
        const Code stored = *it;
        m_codes.remove(code); // single use
        if (stored.clientId != clientId)
            return oauthError(400, u"invalid_grant"_s, u"Authorization code was issued to another client."_s);
        if (field("redirect_uri") != stored.redirectUri)
            return oauthError(400, u"invalid_grant"_s, u"redirect_uri does not match."_s);
        const QByteArray verifier = field("code_verifier").toLatin1();
        const QString computed = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (verifier.isEmpty() || computed != stored.challenge)
            return oauthError(400, u"invalid_grant"_s, u"PKCE verification failed."_s);
        return EmulatorResponse::json(issue(clientId, stored.scope, true));
    }
    if (grant == u"refresh_token"_s) {
        const QString refresh = field("refresh_token");
        const auto it = m_refreshTokens.constFind(refresh);
        if (it == m_refreshTokens.constEnd() || it->clientId != clientId)
            return oauthError(400, u"invalid_grant"_s, u"Refresh token is invalid."_s);
        const Refresh stored = *it;
        m_refreshTokens.remove(refresh); // rotated
        return EmulatorResponse::json(issue(clientId, stored.scope, true));
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"Unsupported grant_type '%1'."_s.arg(grant));
}

} // namespace brickdesk::emulator
