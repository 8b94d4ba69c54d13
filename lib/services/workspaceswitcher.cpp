#include "services/workspaceswitcher.h"

#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"

namespace brickdesk {

WorkspaceSwitcher::WorkspaceSwitcher(
    WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_sessionSecrets(sessionSecrets)
{ }

WorkspaceSwitcher::~WorkspaceSwitcher()
{
    close();
}

void WorkspaceSwitcher::adopt(
    const QString &name, Connection *connection, std::unique_ptr<Connection> owned, WorkspaceSession *session)
{
    // Everyone drops the old pointer in their switched() handler before it is destroyed.
    std::unique_ptr<Connection> previous = std::exchange(m_ownConnection, std::move(owned));
    const QPointer<WorkspaceSession> previousSession = m_session;
    m_name = name;
    m_connection = connection;
    m_session = session;
    emit switched(name);
    if (previousSession && previousSession != session)
        previousSession->deleteLater();
    previous.reset();
}

bool WorkspaceSwitcher::open(const StartupWorkspace::Choice &choice)
{
    if (choice.demo)
        return openDemo();
    if (!choice.environmentSecret.isEmpty()) {
        auto connection = std::make_unique<Connection>(QUrl(choice.entry.host),
            WorkspaceSession::createProvider(
                choice.entry, choice.environmentSecret, m_sessionSecrets, m_openBrowser));
        Connection *raw = connection.get();
        adopt(choice.entry.name, raw, std::move(connection), nullptr);
        return true;
    }
    openEntry(choice.entry);
    return true;
}

bool WorkspaceSwitcher::openDemo()
{
    const QString name = tr("Demo workspace");
    if (!m_demo.url.isValid()) {
        if (!m_demoStarter) {
            emit failed(name, tr("The demo workspace is not available."));
            return false;
        }
        const DemoEndpoint started = m_demoStarter();
        if (!started.url.isValid()) {
            emit failed(name, tr("The demo workspace could not start: %1").arg(started.error));
            return false;
        }
        m_demo = started;
    }
    auto connection
        = std::make_unique<Connection>(m_demo.url, std::make_shared<StaticTokenProvider>(m_demo.token));
    Connection *raw = connection.get();
    adopt(name, raw, std::move(connection), nullptr);
    return true;
}

void WorkspaceSwitcher::openEntry(const WorkspaceEntry &entry)
{
    if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo) {
        openDemo();
        return;
    }
    auto *next = new WorkspaceSession(entry, m_keychain, m_sessionSecrets, this);
    next->setOpenBrowser(m_openBrowser);
    connect(next, &WorkspaceSession::ready, this, [this, next] {
        adopt(next->entry().name, next->connection(), nullptr, next);
        if (m_store && m_store->contains(next->entry().id))
            m_store->markUsed(next->entry().id);
    });
    connect(next, &WorkspaceSession::failed, this, [this, next](const QString &message) {
        emit failed(next->entry().name, message);
        next->deleteLater();
    });
    emit opening(entry.name);
    next->open();
}

void WorkspaceSwitcher::close()
{
    if (!m_connection && !m_session && !m_ownConnection)
        return;
    adopt({}, nullptr, nullptr, nullptr);
}

} // namespace brickdesk
