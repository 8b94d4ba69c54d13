#pragma once

#include "auth/credentialsprovider.h"
#include "auth/oauthtokencache.h"

#include <QByteArray>
#include <QPointer>
#include <QUrl>

#include <functional>

using namespace Qt::Literals::StringLiterals;

class QTimer;

namespace brickdesk {

class LoopbackRedirectListener;
class OAuthClient;
class SecretStore;

// OAuth user-to-machine as `databricks auth login` does it (guide §4.5): authorization code
// with PKCE (S256) in the system browser, a loopback redirect listener, code exchange with
// client_id in the form, and refresh with grant_type=refresh_token when the access token is
// within refreshMargin (5 minutes) of expiry. The refresh token lives in the SecretStore under
// refreshTokenKey, so the next start signs in without the browser.
//
// The library never opens a browser itself (no QtGui here): the UI passes
// QDesktopServices::openUrl as openBrowser; tests pass a function that fetches the URL.
class OAuthU2MCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<void(const QUrl &url)>;

    OAuthU2MCredentialsProvider(
        const QUrl &host, SecretStore *secrets, const QString &refreshTokenKey, QObject *parent = nullptr);
    ~OAuthU2MCredentialsProvider() override;

    QString authType() const override { return u"oauth-u2m"_s; }
    void accessToken(QObject *context, TokenCallback done) override;
    void invalidate() override;

    void setOpenBrowser(OpenBrowser openBrowser) { m_openBrowser = std::move(openBrowser); }
    // "databricks-cli" by default (the public client every workspace knows).
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    // Redirect listener ports; 8020..8040 by default like the CLI; (0, 0) = any free port.
    void setCallbackPorts(quint16 first, quint16 last);
    // Seconds before expiry at which the token is refreshed (default 300, never under 45).
    void setRefreshMargin(int seconds) { m_cache.setRefreshMargin(seconds); }
    // The time expiry is measured on (tests move it instead of waiting).
    void setClock(OAuthTokenCache::Clock clock);
    // Sign-in hosts the user confirmed besides the workspace's own (OAuthClient::setConfirmedHosts).
    void setConfirmedSignInHosts(const QStringList &hosts);
    // How long to wait for the browser to come back (default 5 minutes).
    void setLoginTimeout(int milliseconds) { m_loginTimeoutMs = milliseconds; }
    // When false, accessToken() fails with an Auth error instead of opening the browser.
    void setInteractiveLoginAllowed(bool allowed) { m_interactive = allowed; }

    // Starts the browser sign-in now (e.g. from a "Sign in" button). loginFinished follows.
    void login();
    void cancelLogin();
    bool isLoginInProgress() const { return m_listener != nullptr; }

    int refreshCount() const { return m_refreshes; }
    QDateTime expiry() const { return m_cache.token().expiry; }

signals:
    // The browser was asked to open this URL (the UI may also show it for copying).
    void loginStarted(const QUrl &authorizeUrl);
    void loginFinished(const brickdesk::ApiError &error);
    // The refresh token could not be kept in the SecretStore (keychain unavailable...).
    void secretStoreFailed(const QString &message);

private:
    void proceed();
    void refresh();
    void startLogin();
    void finishLogin(const ApiError &error);
    void exchangeCode(const QString &code);
    void accept(const OAuthToken &token);

    OAuthClient *m_client = nullptr;
    QPointer<SecretStore> m_secrets;
    QString m_refreshTokenKey;
    QString m_clientId = u"databricks-cli"_s;
    OpenBrowser m_openBrowser;
    quint16 m_firstPort = 8020;
    quint16 m_lastPort = 8040;
    int m_loginTimeoutMs = 5 * 60 * 1000;
    bool m_interactive = true;

    OAuthTokenCache m_cache {this, 300};
    QString m_refreshToken;
    bool m_refreshTokenLoaded = false;
    bool m_busy = false;
    int m_refreshes = 0;

    LoopbackRedirectListener *m_listener = nullptr;
    QTimer *m_loginTimer = nullptr;
    QByteArray m_verifier;
    QByteArray m_state;
    QString m_redirectUri;
};

} // namespace brickdesk
