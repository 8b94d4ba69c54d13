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
    // answer. A 404 falls back to defaultEndpoints() (older workspaces, simple mocks).
    void discover(QObject *context, EndpointsCallback done);

    // POST form to the token endpoint. basicAuthUser non-empty: client credentials in an
    // HTTP Basic header (AuthStyleInHeader), as M2M does; U2M puts client_id in the form.
    void requestToken(const QUrlQuery &form, const QString &basicAuthUser, const QString &basicAuthPassword,
        QObject *context, TokenCallback done);

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

private:
    static ApiError transportError(QNetworkReply *reply, const QString &what);

    QUrl m_host;
    QNetworkAccessManager *m_network = nullptr;
    Endpoints m_endpoints;
    bool m_discovered = false;
};

} // namespace brickdesk
