#include "auth/workspacesession.h"

#include "api/connection.h"
#include "auth/authlogging.h"
#include "auth/configresolver.h"
#include "auth/oauthm2mcredentialsprovider.h"
#include "auth/oauthu2mcredentialsprovider.h"
#include "auth/patcredentialsprovider.h"
#include "auth/secretrelocation.h"
#include "auth/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

WorkspaceSession::WorkspaceSession(
    const WorkspaceEntry &entry, SecretStore *keychain, SecretStore *sessionSecrets, QObject *parent)
    : QObject(parent)
    , m_entry(entry)
    , m_keychain(keychain)
    , m_sessionSecrets(sessionSecrets)
{ }

WorkspaceSession::~WorkspaceSession() = default;

SecretStore *WorkspaceSession::secretStore() const
{
    return m_entry.sessionOnlySecret ? m_sessionSecrets.data() : m_keychain.data();
}

std::shared_ptr<CredentialsProvider> WorkspaceSession::createProvider(const WorkspaceEntry &entry,
    const QString &secret, SecretStore *refreshTokenStore, const OpenBrowser &openBrowser)
{
    const QUrl host(entry.host);
    switch (entry.authMethod) {
    case WorkspaceEntry::AuthMethod::PersonalAccessToken:
    case WorkspaceEntry::AuthMethod::ConfigProfile:
    case WorkspaceEntry::AuthMethod::Demo:
        return std::make_shared<PatCredentialsProvider>(secret);
    case WorkspaceEntry::AuthMethod::OAuthM2M: {
        auto provider = std::make_shared<OAuthM2MCredentialsProvider>(host, entry.clientId, secret);
        provider->setConfirmedSignInHosts(entry.confirmedSignInHosts);
        return provider;
    }
    case WorkspaceEntry::AuthMethod::OAuthU2M: {
        auto provider
            = std::make_shared<OAuthU2MCredentialsProvider>(host, refreshTokenStore, entry.secretKey());
        provider->setConfirmedSignInHosts(entry.confirmedSignInHosts);
        if (!entry.clientId.isEmpty())
            provider->setClientId(entry.clientId);
        provider->setOpenBrowser(openBrowser);
        return provider;
    }
    }
    return {};
}

void WorkspaceSession::forgetSecrets(const WorkspaceEntry &entry, SecretStore *store, QObject *context,
    std::function<void(bool ok, const QString &message)> done)
{
    SecretRelocation::forget(entry, store, context, std::move(done));
}

void WorkspaceSession::open()
{
    qCDebug(lcAuth) << "opening workspace" << m_entry.id
                    << WorkspaceEntry::authMethodName(m_entry.authMethod);
    switch (m_entry.authMethod) {
    case WorkspaceEntry::AuthMethod::Demo:
        QTimer::singleShot(0, this, [this] { openWithSecret(m_demoToken); });
        return;
    case WorkspaceEntry::AuthMethod::ConfigProfile:
        QTimer::singleShot(0, this, [this] { openProfile(); });
        return;
    case WorkspaceEntry::AuthMethod::OAuthU2M:
        // The provider reads its refresh token itself when first asked for a token.
        QTimer::singleShot(0, this, [this] { openWithSecret({}); });
        return;
    case WorkspaceEntry::AuthMethod::PersonalAccessToken:
    case WorkspaceEntry::AuthMethod::OAuthM2M:
        break;
    }
    SecretStore *store = secretStore();
    if (!store) {
        QTimer::singleShot(0, this, [this] { fail(tr("No secret store is available."), true); });
        return;
    }
    store->read(m_entry.secretKey(), this, [this](const SecretResult &result) {
        switch (result.status) {
        case SecretResult::Status::Ok:
            openWithSecret(result.value);
            break;
        case SecretResult::Status::NotFound:
            fail(m_entry.sessionOnlySecret
                    ? tr("The secret of “%1” was kept for the last session only. Enter it again.")
                          .arg(m_entry.name)
                    : tr("No secret for “%1” was found in the keychain. Enter it again.").arg(m_entry.name),
                m_entry.sessionOnlySecret);
            break;
        case SecretResult::Status::Unavailable:
            fail(SecretStore::unavailableMessage(result.message), true);
            break;
        case SecretResult::Status::Failed:
            fail(tr("Reading the secret of “%1” from the keychain failed: %2")
                     .arg(m_entry.name, result.message));
            break;
        }
    });
}

bool WorkspaceSession::resolveProfile(const WorkspaceEntry &entry, const QProcessEnvironment &env,
    WorkspaceEntry *effective, QString *secret, QString *errorMessage)
{
    const DatabricksConfigFile file = DatabricksConfigFile::load(DatabricksConfigFile::defaultPath(env));
    if (file.status() != DatabricksConfigFile::Status::Loaded || !file.hasProfile(entry.profile)) {
        *errorMessage = tr("The profile “%1” is not in %2.").arg(entry.profile, file.path());
        return false;
    }
    const ResolvedConfig config = ConfigResolver::resolveProfile(file, entry.profile, env);
    *effective = entry;
    if (!config.host().isEmpty())
        effective->host = config.host();
    if (effective->host.isEmpty()) {
        *errorMessage = tr("The profile “%1” has no host.").arg(entry.profile);
        return false;
    }
    const QString type = config.effectiveAuthType();
    if (type == u"pat"_s) {
        // A token written in the file is the user's choice: use it as it is.
        effective->authMethod = WorkspaceEntry::AuthMethod::PersonalAccessToken;
        *secret = config.value(u"token"_s);
        return true;
    }
    if (type == u"oauth-m2m"_s) {
        effective->authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        effective->clientId = config.value(u"client_id"_s);
        *secret = config.value(u"client_secret"_s);
        return true;
    }
    if (type == u"databricks-cli"_s || type == u"external-browser"_s || type == u"oauth-u2m"_s) {
        effective->authMethod = WorkspaceEntry::AuthMethod::OAuthU2M;
        secret->clear();
        return true;
    }
    *errorMessage
        = tr("The profile “%1” uses the authentication type “%2”, which Brickdesk does not support yet.")
              .arg(entry.profile, type);
    return false;
}

void WorkspaceSession::openProfile()
{
    WorkspaceEntry effective;
    QString secret;
    QString error;
    if (!resolveProfile(m_entry, m_env, &effective, &secret, &error)) {
        fail(error);
        return;
    }
    m_entry.host = effective.host;
    finish(createProvider(effective, secret, secretStore(), m_openBrowser));
}

void WorkspaceSession::openWithSecret(const QString &secret)
{
    finish(createProvider(m_entry, secret, secretStore(), m_openBrowser));
}

void WorkspaceSession::fail(const QString &message, bool keychainUnavailable)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcAuth) << "workspace" << m_entry.id << "could not be opened:" << message;
    emit failed(message, keychainUnavailable);
}

void WorkspaceSession::finish(std::shared_ptr<CredentialsProvider> provider)
{
    if (m_done)
        return;
    if (!provider) {
        fail(tr("Unknown authentication method."));
        return;
    }
    m_done = true;
    m_credentials = std::move(provider);
    m_connection = new Connection(QUrl(m_entry.host), m_credentials, this);
    emit ready();
}

} // namespace brickdesk
