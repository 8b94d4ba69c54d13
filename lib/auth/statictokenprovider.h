#pragma once

#include "auth/credentialsprovider.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// A provider that always returns the same token (a personal access token, or a test
// token). Counts calls so tests can check the 401 replay. The token is never logged.
class StaticTokenProvider final : public CredentialsProvider
{
    Q_OBJECT
public:
    explicit StaticTokenProvider(
        const QString &token, const QString &authType = u"pat"_s, QObject *parent = nullptr);

    QString authType() const override;
    // Answers asynchronously (from the event loop), like a provider that refreshes.
    void accessToken(QObject *context, TokenCallback done) override;
    void invalidate() override;

    void setToken(const QString &token);
    int tokenRequests() const { return m_requests; }
    int invalidations() const { return m_invalidations; }

private:
    QString m_token;
    QString m_authType;
    int m_requests = 0;
    int m_invalidations = 0;
};

} // namespace brickdesk
