#include "auth/oauthm2mcredentialsprovider.h"

#include "auth/authlogging.h"
#include "auth/oauthclient.h"

#include <QTimer>

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

void OAuthM2MCredentialsProvider::accessToken(QObject *context, TokenCallback done)
{
    if (m_token.isValid() && !m_token.expiresWithin(m_refreshMargin)) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QTimer::singleShot(0, this, [guard, hasContext, token = m_token.accessToken, done = std::move(done)] {
            if (!hasContext || guard)
                done(token, {});
        });
        return;
    }
    m_waiting.append({QPointer<QObject>(context ? context : this), std::move(done)});
    if (!m_fetching)
        fetch();
}

void OAuthM2MCredentialsProvider::invalidate()
{
    m_token = {};
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
                flush({}, error);
                return;
            }
            m_token = token;
            ++m_fetches;
            qCDebug(lcAuth) << "M2M token obtained for client" << m_clientId << "expiring" << token.expiry;
            emit tokensChanged();
            flush(token.accessToken, {});
        });
}

void OAuthM2MCredentialsProvider::flush(const QString &token, const ApiError &error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(token, error);
    }
}

} // namespace brickdesk
