#pragma once

#include "auth/startupworkspace.h"
#include "auth/workspaceentry.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace brickdesk {

class Connection;
class SecretStore;
class WorkspaceSession;
class WorkspaceStore;

// Owns the workspace the application shows: opens the one chosen at start or later (a saved
// workspace, a ~/.databrickscfg profile, the environment's credentials or the built-in demo),
// keeps the current one on screen until the next is ready (and when the next one fails),
// and lets the previous connection go only after everyone was told about the new one.
class WorkspaceSwitcher final : public QObject
{
    Q_OBJECT
public:
    // Where the demo workspace listens once started (url invalid and error set when it could
    // not start). Started on first use only.
    struct DemoEndpoint
    {
        QUrl url;
        QString token;
        QString error;
    };
    using DemoStarter = std::function<DemoEndpoint()>;
    using OpenBrowser = std::function<void(const QUrl &url)>;

    // None is owned; all must outlive the switcher.
    WorkspaceSwitcher(
        WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QObject *parent = nullptr);
    ~WorkspaceSwitcher() override;

    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }
    void setOpenBrowser(OpenBrowser openBrowser) { m_openBrowser = std::move(openBrowser); }

    // The demo's endpoint if it was started (for the connection dialog's test), else {}.
    DemoEndpoint demoEndpoint() const { return m_demo; }
    WorkspaceStore *store() const { return m_store; }
    SecretStore *keychain() const { return m_keychain; }
    SecretStore *sessionSecrets() const { return m_sessionSecrets; }
    const OpenBrowser &openBrowser() const { return m_openBrowser; }

    Connection *connection() const { return m_connection; }
    QString workspaceName() const { return m_name; }

    // What StartupWorkspace chose. False only when the demo workspace could not start.
    bool open(const StartupWorkspace::Choice &choice);
    // A saved workspace, a profile, or the demo entry; switched() or failed() follows.
    void openEntry(const WorkspaceEntry &entry);
    bool openDemo();
    // Tells everyone there is no workspace, then lets the current one go.
    void close();

signals:
    // Opening has started (the current workspace stays until switched()).
    void opening(const QString &name);
    // connection() is the new workspace's (nullptr after close()); the previous connection is
    // destroyed after every receiver has returned, so receivers drop it here.
    void switched(const QString &name);
    // `message` says why, for people; the current workspace stays.
    void failed(const QString &name, const QString &message);

private:
    void adopt(const QString &name, Connection *connection, std::unique_ptr<Connection> owned,
        WorkspaceSession *session);

    WorkspaceStore *m_store;
    SecretStore *m_keychain;
    SecretStore *m_sessionSecrets;
    DemoStarter m_demoStarter;
    DemoEndpoint m_demo;
    OpenBrowser m_openBrowser;

    QString m_name;
    Connection *m_connection = nullptr;
    std::unique_ptr<Connection> m_ownConnection; // the demo's, or one built from the environment
    QPointer<WorkspaceSession> m_session; // owns the connection of a saved workspace or profile
};

} // namespace brickdesk
