#pragma once

#include "auth/secretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// Secrets in the OS keychain through QtKeychain 0.13 (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows), service "brickdesk". Insecure fallback is never
// enabled: in 0.13 it would write the secret in plain text to a settings file (KWallet path).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }

    static inline const QString defaultService = u"brickdesk"_s;

private:
    QString m_service;
};

} // namespace brickdesk
