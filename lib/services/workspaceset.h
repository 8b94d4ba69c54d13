#pragma once

#include "auth/startupworkspace.h"
#include "auth/workspaceentry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace brickdesk {

class Connection;
class SecretStore;
class WorkspaceSession;
class WorkspaceStore;

// Every workspace the application has open at once: saved workspaces, ~/.databrickscfg
// profiles, one from the environment's credentials, the built-in demo. Each is known by a key
// (the saved entry's id, "demo", or one made up for the rest) and has a state: Opening until
// its credentials are read and its connection exists, then Connected; Failed (with a sentence)
// when it could not be opened, so the navigation can say so and offer to try again.
//
// Opening a workspace that is already open does not open it twice. close() tells everyone
// (aboutToClose) before the connection is destroyed, so screens drop the pointer first.
class WorkspaceSet final : public QObject
{
    Q_OBJECT
public:
    enum class State { Opening, Connected, Failed };
    Q_ENUM(State)

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

    // None is owned; all must outlive the set. Any may be nullptr (tests that only add
    // connections of their own).
    WorkspaceSet(
        WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QObject *parent = nullptr);
    ~WorkspaceSet() override;

    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }
    void setOpenBrowser(OpenBrowser openBrowser) { m_openBrowser = std::move(openBrowser); }
    DemoEndpoint demoEndpoint() const { return m_demo; }
    WorkspaceStore *store() const { return m_store; }
    SecretStore *keychain() const { return m_keychain; }
    SecretStore *sessionSecrets() const { return m_sessionSecrets; }
    const OpenBrowser &openBrowser() const { return m_openBrowser; }

    QStringList keys() const; // in the order they were opened
    int count() const { return int(m_workspaces.size()); }
    bool contains(const QString &key) const { return find(key) != nullptr; }
    QString name(const QString &key) const;
    State state(const QString &key) const;
    QString errorText(const QString &key) const; // why it failed, for people
    Connection *connection(const QString &key) const; // nullptr unless Connected
    QString keyOf(const Connection *connection) const;
    // The workspace's archive file (ArchiveLocation): named after its host, the demo's after
    // "demo"; empty when there is nothing to name it after.
    QString archivePath(const QString &key) const;

    // What StartupWorkspace chose; returns the workspace's key (empty if nothing was opened).
    QString open(const StartupWorkspace::Choice &choice);
    // A saved workspace, a profile, or the demo entry.
    QString openEntry(const WorkspaceEntry &entry);
    QString openDemo();
    // A connection the caller owns (tests, embedding); it must outlive its place in the set.
    QString addConnection(const QString &name, Connection *connection);
    // Opens a Failed workspace again with what it was opened from.
    void retry(const QString &key);
    void close(const QString &key);
    void closeAll();

    // The saved workspaces (the demo included) open now, to reopen at the next start.
    QStringList rememberableIds() const;
    // Stores rememberableIds() in the settings (ids only) for lastSession().
    void rememberSession() const;
    // What to open when nothing is asked for: the saved workspaces open when the application
    // quit last, else StartupWorkspace::lastUsed() (which may be the welcome page).
    static QList<StartupWorkspace::Choice> lastSession(const WorkspaceStore &store);

    static QString demoKey() { return WorkspaceEntry::demoId(); }
    // The key a workspace opened from `entry` has (or would have) here.
    static QString keyFor(const WorkspaceEntry &entry);

signals:
    void added(const QString &key); // Opening; then stateChanged, even when it connects at once
    void stateChanged(const QString &key, brickdesk::WorkspaceSet::State state);
    void failed(const QString &key, const QString &message);
    // connection(key) is still valid here and destroyed once every receiver has returned.
    void aboutToClose(const QString &key);
    void removed(const QString &key);

private:
    struct Workspace
    {
        QString key;
        QString name;
        State state = State::Opening;
        QString error;
        Connection *connection = nullptr;
        std::unique_ptr<Connection> owned; // the demo's, or one built from the environment
        QPointer<WorkspaceSession> session; // owns a saved workspace's or profile's connection
        StartupWorkspace::Choice origin; // to retry
        bool remember = false; // a saved entry or the demo
    };

    Workspace *find(const QString &key) const;
    Workspace &insert(const QString &key, const QString &name);
    void setState(Workspace &workspace, State state, const QString &error = {});
    void startSession(Workspace &workspace, const WorkspaceEntry &entry);

    WorkspaceStore *m_store;
    SecretStore *m_keychain;
    SecretStore *m_sessionSecrets;
    DemoStarter m_demoStarter;
    DemoEndpoint m_demo;
    OpenBrowser m_openBrowser;
    std::vector<std::unique_ptr<Workspace>> m_workspaces;
    int m_nextAnonymous = 1;
};

} // namespace brickdesk
