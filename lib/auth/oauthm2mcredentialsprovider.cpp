#include "auth/oauthm2mcredentialsprovider.h"

#include "auth/authlogging.h"
#include "auth/oauthclient.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

OAuthM2MCredentialsProvider::OAuthM2MCredentialsProvider(
    const QUrl &host, const QString &clientId, const QString &clientSecret, QObject *parent)
    : CredentialsProvider(parent)
    , m_client(new OAuthClient(host, this))
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{ }

OAuthM2MCredentialsProvider::~OAuthM2MCredentialsProvider() = default;

void OAuthM2MCredentialsProvider::setClock(OAuthTokenCache::Clock clock)
{
    m_client->setClock(clock);
    m_cache.setClock(std::move(clock));
}

void OAuthM2MCredentialsProvider::accessToken(QObject *context, TokenCallback done)
{
    if (!m_cache.answerOrQueue(context, std::move(done)) && !m_fetching)
        fetch();
}

void OAuthM2MCredentialsProvider::invalidate()
{
    m_cache.invalidate();
}

void OAuthM2MCredentialsProvider::fetch()
{
    m_fetching = true;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"scope"_s, u"all-apis"_s);
    m_client->requestToken(
        form, m_clientId, m_clientSecret, this, [this](const OAuthToken &token, const ApiError &error) {
            m_fetching = false;
            if (error) {
                m_cache.resolve({}, error);
                return;
            }
            m_cache.store(token);
            ++m_fetches;
            qCDebug(lcAuth) << "M2M token obtained for client" << m_clientId << "expiring" << token.expiry;
            emit tokensChanged();
            m_cache.resolve(token.accessToken, {});
        });
}

void OAuthM2MCredentialsProvider::setConfirmedSignInHosts(const QStringList &hosts)
{
    m_client->setConfirmedHosts(hosts);
}

} // namespace brickdesk
