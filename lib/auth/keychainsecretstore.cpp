#include "auth/keychainsecretstore.h"

#include "auth/authlogging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult result;
    result.message = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        result.message.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        break;
    case QKeychain::OtherError:
        // 0.13 reports a missing bus or a locked/missing collection as OtherError with
        // the D-Bus message (environment.md); those mean "no usable keychain".
        if (result.message.contains(u"D-Bus"_s, Qt::CaseInsensitive)
            || result.message.contains(u"DBus"_s, Qt::CaseInsensitive)
            || result.message.contains(u"Could not connect"_s)
            || result.message.contains(u"Object does not exist"_s)
            || result.message.contains(u"locked"_s, Qt::CaseInsensitive)
            || result.message.contains(u"org.freedesktop"_s, Qt::CaseInsensitive))
            result.status = SecretResult::Status::Unavailable;
        else
            result.status = SecretResult::Status::Failed;
        break;
    }
    return result;
}

template<typename JobT>
void run(JobT *job, const QString &operation, QObject *context, SecretStore::Callback done,
    bool missingIsSuccess = false)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job,
        [guard, hasContext, operation, missingIsSuccess, done = std::move(done)](QKeychain::Job *j) {
            SecretResult result = resultOf(j);
            if (missingIsSuccess && result.status == SecretResult::Status::NotFound)
                result = SecretResult {};
            if (result.ok()) {
                if (auto read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                    result.value = read->textData();
                qCDebug(lcAuth) << "keychain" << operation << j->key() << "ok";
            } else {
                qCInfo(lcAuth) << "keychain" << operation << j->key() << "failed:" << result.message;
            }
            if (hasContext && !guard)
                return;
            if (done)
                done(result);
        });
    job->setAutoDelete(true);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService, parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, u"read"_s, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, u"write"_s, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, u"remove"_s, context, std::move(done), true);
}

} // namespace brickdesk
