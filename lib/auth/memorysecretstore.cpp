#include "auth/memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace brickdesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void MemorySecretStore::finish(QObject *context, Callback done, const SecretResult &result)
{
    // Asynchronous like the keychain, so callers cannot come to rely on re-entrancy.
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done = std::move(done), result] {
        if (hasContext && !guard)
            return;
        if (done)
            done(result);
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        result.status = SecretResult::Status::NotFound;
    else
        result.value = it.value();
    finish(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    m_secrets.insert(key, secret);
    finish(context, std::move(done), SecretResult {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_secrets.remove(key);
    finish(context, std::move(done), SecretResult {});
}

} // namespace brickdesk
