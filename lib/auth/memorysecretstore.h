#pragma once

#include "auth/secretstore.h"

#include <QHash>

namespace brickdesk {

// Session-only secrets: kept in memory, gone when the application quits. Used when the
// keychain is unavailable and the user accepts that, and in tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    void finish(QObject *context, Callback done, const SecretResult &result);

    QHash<QString, QString> m_secrets;
};

} // namespace brickdesk
