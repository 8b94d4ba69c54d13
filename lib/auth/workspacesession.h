#pragma once

#include "api/apierror.h"
#include "auth/workspaceentry.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>
#include <memory>

namespace brickdesk {

class Connection;
class CredentialsProvider;
class SecretStore;

// Turns a WorkspaceEntry into a live Connection: reads the secret from the SecretStore
// (asynchronously), builds the CredentialsProvider the entry's method needs, then the
// Connection. The main window creates one per open workspace.
//
//   auto *session = new WorkspaceSession(entry, keychain, sessionSecrets, this);
//   session->setOpenBrowser([](const QUrl &u) { QDesktopServices::openUrl(u); });
//   connect(session, &WorkspaceSession::ready, ...);   // session->connection() is set
//   connect(session, &WorkspaceSession::failed, ...);  // a sentence for people
//   session->open();
class WorkspaceSession final : public QObject
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<void(const QUrl &url)>;

    // keychain: the persistent store (KeychainSecretStore); sessionSecrets: the in-memory one
    // used for entries with sessionOnlySecret. Neither is owned.
    WorkspaceSession(const WorkspaceEntry &entry, SecretStore *keychain, SecretStore *sessionSecrets,
        QObject *parent = nullptr);
    ~WorkspaceSession() override;

    WorkspaceEntry entry() const { return m_entry; }
    void setOpenBrowser(OpenBrowser openBrowser) { m_openBrowser = std::move(openBrowser); }
    // For ConfigProfile entries: where to find ~/.databrickscfg (HOME, DATABRICKS_CONFIG_FILE).
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    // For the Demo entry: the running emulator's token (its URL is the entry's host).
    void setDemoToken(const QString &token) { m_demoToken = token; }

    // Starts opening; emits ready() or failed() exactly once.
    void open();
    bool isReady() const { return m_connection != nullptr; }
    Connection *connection() const { return m_connection; }
    std::shared_ptr<CredentialsProvider> credentials() const { return m_credentials; }
    // The store that holds (or would hold) this entry's secret.
    SecretStore *secretStore() const;

    // Builds a provider for an entry and a secret already at hand (the dialog's Test
    // connection uses it before anything is saved). secret: PAT, client secret, or empty.
    static std::shared_ptr<CredentialsProvider> createProvider(const WorkspaceEntry &entry,
        const QString &secret, SecretStore *refreshTokenStore, const OpenBrowser &openBrowser);
    // For a ConfigProfile entry: reads the profile (no DEFAULT inheritance, environment
    // ignored: the user picked this profile) and returns the entry it amounts to (PAT, M2M or
    // U2M, with its host) and the secret written in the file, if any. False + a sentence if
    // the profile is gone or uses a method Brickdesk does not support.
    static bool resolveProfile(const WorkspaceEntry &entry, const QProcessEnvironment &env,
        WorkspaceEntry *effective, QString *secret, QString *errorMessage);
    // Deletes every secret an entry may have in store (used when a workspace is removed).
    static void forgetSecrets(const WorkspaceEntry &entry, SecretStore *store, QObject *context,
        std::function<void(bool ok, const QString &message)> done);

signals:
    void ready();
    // message: for people; keychainUnavailable: offer to enter the secret for this session.
    void failed(const QString &message, bool keychainUnavailable);

private:
    void openWithSecret(const QString &secret);
    void openProfile();
    void fail(const QString &message, bool keychainUnavailable = false);
    void finish(std::shared_ptr<CredentialsProvider> provider);

    WorkspaceEntry m_entry;
    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_sessionSecrets;
    OpenBrowser m_openBrowser;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_demoToken;
    std::shared_ptr<CredentialsProvider> m_credentials;
    Connection *m_connection = nullptr;
    bool m_done = false;
};

} // namespace brickdesk
