#pragma once

#include "api/apierror.h"
#include "auth/oauthtoken.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace brickdesk {

// The HTTP side of Databricks OAuth (guide §4.4/§4.5): endpoint discovery and token
// requests, asynchronous on one QNetworkAccessManager. Form bodies and tokens are never
// logged; errors carry the OAuth "error" code and description, never the request body.
class OAuthClient final : public QObject
{
    Q_OBJECT
public:
    struct Endpoints
    {
        QUrl authorization;
        QUrl token;
    };
    using EndpointsCallback = std::function<void(const Endpoints &endpoints, const ApiError &error)>;
    using TokenCallback = std::function<void(const OAuthToken &token, const ApiError &error)>;

    explicit OAuthClient(const QUrl &host, QObject *parent = nullptr);

    QUrl host() const { return m_host; }
    // {host}/oidc/v1/authorize and {host}/oidc/v1/token: the workspace defaults.
    Endpoints defaultEndpoints() const;

    // GET {host}/oidc/.well-known/oauth-authorization-server once; later calls reuse the
    // answer. A 404 falls back to defaultEndpoints() (older workspaces, simple mocks). An
    // answer naming an endpoint that isTrustedEndpoint() refuses fails with Kind::Auth: what
    // the server says it is does not decide where the client secret and codes go.
    void discover(QObject *context, EndpointsCallback done);

    // Hosts ("name" for https on 443, or "name:port") the user confirmed as the workspace's
    // sign-in service besides the workspace's own host.
    void setConfirmedHosts(const QStringList &hosts) { m_confirmedHosts = hosts; }
    QStringList confirmedHosts() const { return m_confirmedHosts; }
    // An endpoint credentials may be sent to: https (http only when both it and the workspace
    // are loopback), no user info, and the workspace's own origin or a confirmed host.
    static bool isTrustedEndpoint(
        const QUrl &endpoint, const QUrl &workspace, const QStringList &confirmedHosts);
    // The host discover() refused, as setConfirmedHosts() takes it ("name" or "name:port"),
    // when the user could confirm it (an https endpoint); empty for any other error.
    static QString unconfirmedHost(const ApiError &error);

    // POST form to the token endpoint. basicAuthUser non-empty: client credentials in an
    // HTTP Basic header (AuthStyleInHeader), as M2M does; U2M puts client_id in the form.
    void requestToken(const QUrlQuery &form, const QString &basicAuthUser, const QString &basicAuthPassword,
        QObject *context, TokenCallback done);

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    // What "now" is when a token's expires_in becomes its expiry (the token cache's clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    static ApiError transportError(QNetworkReply *reply, const QString &what);

    QUrl m_host;
    QStringList m_confirmedHosts;
    QNetworkAccessManager *m_network = nullptr;
    Endpoints m_endpoints;
    bool m_discovered = false;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace brickdesk
