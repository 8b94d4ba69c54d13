#include "auth/oauthu2mcredentialsprovider.h"

#include "auth/authlogging.h"
#include "auth/loopbackredirectlistener.h"
#include "auth/oauthclient.h"
#include "auth/pkce.h"
#include "auth/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

const QString scopes = u"offline_access all-apis"_s;

} // namespace

OAuthU2MCredentialsProvider::OAuthU2MCredentialsProvider(
    const QUrl &host, SecretStore *secrets, const QString &refreshTokenKey, QObject *parent)
    : CredentialsProvider(parent)
    , m_client(new OAuthClient(host, this))
    , m_secrets(secrets)
    , m_refreshTokenKey(refreshTokenKey)
{ }

OAuthU2MCredentialsProvider::~OAuthU2MCredentialsProvider() = default;

void OAuthU2MCredentialsProvider::setCallbackPorts(quint16 first, quint16 last)
{
    m_firstPort = first;
    m_lastPort = last;
}

void OAuthU2MCredentialsProvider::setClock(OAuthTokenCache::Clock clock)
{
    m_client->setClock(clock);
    m_cache.setClock(std::move(clock));
}

void OAuthU2MCredentialsProvider::accessToken(QObject *context, TokenCallback done)
{
    if (!m_cache.answerOrQueue(context, std::move(done)) && !m_busy)
        proceed();
}

void OAuthU2MCredentialsProvider::invalidate()
{
    m_cache.invalidate();
}

void OAuthU2MCredentialsProvider::login()
{
    if (m_listener)
        return;
    m_busy = true;
    startLogin();
}

void OAuthU2MCredentialsProvider::cancelLogin()
{
    if (m_listener)
        finishLogin(ApiError(ApiError::Kind::Cancelled, tr("Sign-in was cancelled.")));
}

void OAuthU2MCredentialsProvider::proceed()
{
    m_busy = true;
    if (!m_refreshTokenLoaded && m_secrets && !m_refreshTokenKey.isEmpty()) {
        m_secrets->read(m_refreshTokenKey, this, [this](const SecretResult &result) {
            m_refreshTokenLoaded = true;
            if (result.ok())
                m_refreshToken = result.value;
            else if (result.status != SecretResult::Status::NotFound)
                emit secretStoreFailed(SecretStore::unavailableMessage(result.message));
            proceed();
        });
        return;
    }
    m_refreshTokenLoaded = true;
    if (!m_refreshToken.isEmpty()) {
        refresh();
    } else if (m_interactive && m_openBrowser) {
        startLogin();
    } else {
        m_busy = false;
        m_cache.resolve(
            {}, ApiError(ApiError::Kind::Auth, tr("Sign in to this workspace in your browser first.")));
    }
}

void OAuthU2MCredentialsProvider::refresh()
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_refreshToken)));
    form.addQueryItem(u"client_id"_s, m_clientId);
    m_client->requestToken(form, {}, {}, this, [this](const OAuthToken &token, const ApiError &error) {
        if (!error) {
            ++m_refreshes;
            qCDebug(lcAuth) << "U2M access token refreshed, expiring" << token.expiry;
            accept(token);
            return;
        }
        if (error.kind() == ApiError::Kind::Auth) {
            // The refresh token was revoked or expired: sign in again if we may.
            qCInfo(lcAuth) << "U2M refresh refused (" << error.errorCode() << "), signing in again";
            m_refreshToken.clear();
            if (m_secrets)
                m_secrets->remove(m_refreshTokenKey, this, [](const SecretResult &) {});
            if (m_interactive && m_openBrowser) {
                startLogin();
                return;
            }
        }
        m_busy = false;
        m_cache.resolve({}, error);
    });
}

void OAuthU2MCredentialsProvider::startLogin()
{
    m_busy = true;
    m_listener = new LoopbackRedirectListener(this);
    if (!m_listener->listen(m_firstPort, m_lastPort)) {
        finishLogin(ApiError(ApiError::Kind::Auth,
            tr("No free local port (%1 to %2) to receive the browser's answer.")
                .arg(m_firstPort)
                .arg(m_lastPort)));
        return;
    }
    m_redirectUri = m_listener->redirectUri();
    m_verifier = Pkce::newVerifier();
    m_state = Pkce::newState();
    m_listener->setExpectedState(m_state);
    connect(m_listener, &LoopbackRedirectListener::callbackReceived, this, [this](const QUrlQuery &query) {
        if (query.hasQueryItem(u"error"_s)) {
            QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
            if (description.isEmpty())
                description = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
            finishLogin(ApiError(ApiError::Kind::Auth, tr("Sign-in refused: %1").arg(description), 0,
                query.queryItemValue(u"error"_s)));
            return;
        }
        if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toLatin1() != m_state) {
            finishLogin(ApiError(ApiError::Kind::Auth,
                tr("The browser's answer does not belong to this sign-in (state mismatch).")));
            return;
        }
        exchangeCode(query.queryItemValue(u"code"_s, QUrl::FullyDecoded));
    });
    m_loginTimer = new QTimer(this);
    m_loginTimer->setSingleShot(true);
    connect(m_loginTimer, &QTimer::timeout, this, [this] {
        finishLogin(ApiError(ApiError::Kind::Timeout, tr("The browser sign-in did not complete in time.")));
    });
    m_loginTimer->start(m_loginTimeoutMs);

    m_client->discover(this, [this](const OAuthClient::Endpoints &endpoints, const ApiError &error) {
        if (!m_listener)
            return;
        if (error) {
            finishLogin(error);
            return;
        }
        QUrl url = endpoints.authorization;
        QUrlQuery query;
        query.addQueryItem(u"response_type"_s, u"code"_s);
        query.addQueryItem(u"client_id"_s, m_clientId);
        query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri)));
        query.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scopes)));
        query.addQueryItem(u"state"_s, QString::fromLatin1(m_state));
        query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(Pkce::challenge(m_verifier)));
        query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        url.setQuery(query);
        qCInfo(lcAuth) << "U2M sign-in: opening the browser on" << endpoints.authorization.toString()
                       << "redirect" << m_redirectUri;
        emit loginStarted(url);
        if (m_openBrowser)
            m_openBrowser(url);
    });
}

void OAuthU2MCredentialsProvider::exchangeCode(const QString &code)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(code)));
    form.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri)));
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(m_verifier));
    m_client->requestToken(form, {}, {}, this, [this](const OAuthToken &token, const ApiError &error) {
        if (error) {
            finishLogin(error);
            return;
        }
        qCInfo(lcAuth) << "U2M sign-in complete, access token expiring" << token.expiry;
        m_cache.store(token);
        if (!token.refreshToken.isEmpty())
            m_refreshToken = token.refreshToken;
        m_refreshTokenLoaded = true;
        if (!token.refreshToken.isEmpty() && m_secrets) {
            m_secrets->write(m_refreshTokenKey, token.refreshToken, this, [this](const SecretResult &result) {
                if (!result.ok())
                    emit secretStoreFailed(SecretStore::unavailableMessage(result.message));
            });
        }
        finishLogin({});
    });
}

void OAuthU2MCredentialsProvider::finishLogin(const ApiError &error)
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    if (m_loginTimer) {
        m_loginTimer->stop();
        m_loginTimer->deleteLater();
        m_loginTimer = nullptr;
    }
    m_verifier.clear();
    m_state.clear();
    m_busy = false;
    if (!error)
        emit tokensChanged();
    emit loginFinished(error);
    m_cache.resolve(error ? QString() : m_cache.token().accessToken, error);
}

void OAuthU2MCredentialsProvider::accept(const OAuthToken &token)
{
    m_cache.store(token);
    if (!token.refreshToken.isEmpty() && token.refreshToken != m_refreshToken) {
        // Databricks rotates refresh tokens: keep the newest one.
        m_refreshToken = token.refreshToken;
        if (m_secrets) {
            m_secrets->write(m_refreshTokenKey, token.refreshToken, this, [this](const SecretResult &result) {
                if (!result.ok())
                    emit secretStoreFailed(SecretStore::unavailableMessage(result.message));
            });
        }
    }
    m_busy = false;
    emit tokensChanged();
    m_cache.resolve(token.accessToken, {});
}

void OAuthU2MCredentialsProvider::setConfirmedSignInHosts(const QStringList &hosts)
{
    m_client->setConfirmedHosts(hosts);
}

} // namespace brickdesk
