#include "auth/oauthclient.h"

#include "auth/authlogging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QUrl withPath(const QUrl &host, const QString &path)
{
    QUrl url = host;
    url.setPath(path);
    return url;
}

bool isLoopbackName(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0 ? 80 : 443);
}

// Marks the discovery error whose host the user may confirm (never sent by a server).
constexpr char kUnconfirmedHostCode[] = "BRICKDESK_UNCONFIRMED_SIGN_IN_HOST";

} // namespace

bool OAuthClient::isTrustedEndpoint(
    const QUrl &endpoint, const QUrl &workspace, const QStringList &confirmedHosts)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty() || !endpoint.userInfo().isEmpty())
        return false;
    const QString scheme = endpoint.scheme().toLower();
    const QString host = endpoint.host().toLower();
    if (scheme == u"http"_s) {
        // Plain http only on this machine, and only for a workspace that is itself local.
        if (workspace.scheme().toLower() != u"http"_s || !isLoopbackName(workspace.host())
            || !isLoopbackName(host))
            return false;
    } else if (scheme != u"https"_s) {
        return false;
    }
    const int port = effectivePort(endpoint);
    if (scheme == workspace.scheme().toLower() && host == workspace.host().toLower()
        && port == effectivePort(workspace))
        return true;
    if (scheme != u"https"_s)
        return false;
    for (const QString &confirmed : confirmedHosts) {
        const QUrl allowed(u"https://"_s + confirmed.trimmed());
        if (allowed.isValid() && allowed.host().toLower() == host && effectivePort(allowed) == port)
            return true;
    }
    return false;
}

QString OAuthClient::unconfirmedHost(const ApiError &error)
{
    if (error.errorCode() != QLatin1String(kUnconfirmedHostCode))
        return {};
    const QJsonArray details = error.details();
    return details.isEmpty() ? QString() : details.first().toObject().value(u"host"_s).toString();
}

OAuthClient::OAuthClient(const QUrl &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect to another origin would carry the form (codes, verifiers) and the client's
    // Basic credentials there.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

OAuthClient::Endpoints OAuthClient::defaultEndpoints() const
{
    return {withPath(m_host, u"/oidc/v1/authorize"_s), withPath(m_host, u"/oidc/v1/token"_s)};
}

ApiError OAuthClient::transportError(QNetworkReply *reply, const QString &what)
{
    ApiError::Kind kind = ApiError::Kind::Network;
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        kind = ApiError::Kind::Timeout;
        break;
    default:
        break;
    }
    ApiError error(kind, what + u": "_s + reply->errorString());
    error.setRequestDescription(u"POST "_s + reply->url().path());
    return error;
}

void OAuthClient::discover(QObject *context, EndpointsCallback done)
{
    if (m_discovered) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [this, guard, done = std::move(done)] {
                if (guard)
                    done(m_endpoints, {});
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(withPath(m_host, u"/oidc/.well-known/oauth-authorization-server"_s));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network->get(request);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Endpoints endpoints = defaultEndpoints();
        ApiError error;
        if (status == 200) {
            const QJsonObject json = QJsonDocument::fromJson(reply->read(1 << 20)).object();
            const QUrl authorization(json.value(u"authorization_endpoint"_s).toString(), QUrl::StrictMode);
            const QUrl token(json.value(u"token_endpoint"_s).toString(), QUrl::StrictMode);
            if (!json.value(u"authorization_endpoint"_s).toString().isEmpty())
                endpoints.authorization = authorization;
            if (!json.value(u"token_endpoint"_s).toString().isEmpty())
                endpoints.token = token;
            for (const QUrl &endpoint : {endpoints.authorization, endpoints.token}) {
                if (!isTrustedEndpoint(endpoint, m_host, m_confirmedHosts)) {
                    qCWarning(lcAuth) << "OAuth discovery names an untrusted endpoint on" << endpoint.host()
                                      << "- not used";
                    error = ApiError(ApiError::Kind::Auth,
                        tr("The workspace's sign-in settings name %1, which is not the workspace's own "
                           "secure address. Brickdesk sends no credentials there.")
                            .arg(endpoint.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
                    error.setRequestDescription(u"GET /oidc/.well-known/oauth-authorization-server"_s);
                    if (endpoint.scheme() == u"https"_s && endpoint.userInfo().isEmpty()
                        && !endpoint.host().isEmpty()) {
                        const int port = endpoint.port(443);
                        error.setErrorCode(QString::fromLatin1(kUnconfirmedHostCode));
                        error.setDetails({QJsonObject {{u"host"_s,
                            port == 443 ? endpoint.host() : u"%1:%2"_s.arg(endpoint.host()).arg(port)}}});
                    }
                    break;
                }
            }
            if (!error) {
                m_endpoints = endpoints;
                m_discovered = true;
            }
        } else if (status != 0) {
            // 404 and friends: the workspace defaults are the documented endpoints.
            qCDebug(lcAuth) << "OAuth discovery answered" << status << "- using the default endpoints";
            m_endpoints = endpoints;
            m_discovered = true;
        } else {
            error = transportError(reply, tr("Cannot reach the workspace's sign-in service"));
        }
        if (guard)
            done(endpoints, error);
    });
}

void OAuthClient::requestToken(const QUrlQuery &form, const QString &basicAuthUser,
    const QString &basicAuthPassword, QObject *context, TokenCallback done)
{
    discover(context,
        [this, form, basicAuthUser, basicAuthPassword, context, done = std::move(done)](
            const Endpoints &endpoints, const ApiError &discoveryError) mutable {
            if (discoveryError) {
                done({}, discoveryError);
                return;
            }
            if (!isTrustedEndpoint(endpoints.token, m_host, m_confirmedHosts)) {
                done({}, ApiError(ApiError::Kind::Auth, tr("The sign-in service's address is not trusted.")));
                return;
            }
            QNetworkRequest request(endpoints.token);
            request.setAttribute(
                QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("Accept", "application/json");
            request.setTransferTimeout(60'000);
            if (!basicAuthUser.isEmpty()) {
                const QByteArray credentials = QUrl::toPercentEncoding(basicAuthUser) + ':'
                    + QUrl::toPercentEncoding(basicAuthPassword);
                request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
            }
            const QString grant = form.queryItemValue(u"grant_type"_s);
            qCDebug(lcAuth) << "requesting an OAuth token, grant" << grant << "from"
                            << endpoints.token.toString();
            QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
            QPointer<QObject> guard(context);
            connect(reply, &QNetworkReply::finished, this,
                [reply, guard, grant, now = m_clock(), done = std::move(done)] {
                    reply->deleteLater();
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    const QByteArray body = reply->readAll();
                    OAuthToken token;
                    ApiError error;
                    if (status == 0) {
                        error = transportError(reply, tr("Cannot reach the workspace's sign-in service"));
                    } else {
                        const QJsonObject json = QJsonDocument::fromJson(body).object();
                        if (status == 200) {
                            token = OAuthToken::fromJson(json, now);
                            if (!token.isValid())
                                error = ApiError(ApiError::Kind::Auth,
                                    tr("The sign-in service answered without a token."), status);
                        } else {
                            // RFC 6749 §5.2: {"error": "invalid_client", "error_description": "..."}
                            const QString code = json.value(u"error"_s).toString();
                            QString description = json.value(u"error_description"_s).toString();
                            if (description.isEmpty())
                                description = code.isEmpty()
                                    ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                                    : code;
                            error = ApiError(ApiError::Kind::Auth, tr("Sign-in refused: %1").arg(description),
                                status, code);
                        }
                    }
                    if (error) {
                        error.setRequestDescription(u"POST "_s + reply->url().path());
                        qCInfo(lcAuth) << "OAuth token request failed, grant" << grant << "status" << status
                                       << "code" << error.errorCode();
                    }
                    if (guard)
                        done(token, error);
                });
        });
}

} // namespace brickdesk
