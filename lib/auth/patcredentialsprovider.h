#pragma once

#include "auth/credentialsprovider.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// A personal access token (guide §4.3): the same bearer token for every request.
class PatCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
public:
    explicit PatCredentialsProvider(const QString &token, QObject *parent = nullptr);

    QString authType() const override { return u"pat"_s; }
    void accessToken(QObject *context, TokenCallback done) override;

    void setToken(const QString &token);

private:
    QString m_token;
};

} // namespace brickdesk
