#include "services/workspaceset.h"

#include "api/connection.h"
#include "archive/archivelocation.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

WorkspaceSet::WorkspaceSet(
    WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_sessionSecrets(sessionSecrets)
{ }

WorkspaceSet::~WorkspaceSet()
{
    closeAll();
}

QStringList WorkspaceSet::keys() const
{
    QStringList keys;
    for (const auto &workspace : m_workspaces)
        keys.append(workspace->key);
    return keys;
}

WorkspaceSet::Workspace *WorkspaceSet::find(const QString &key) const
{
    for (const auto &workspace : m_workspaces) {
        if (workspace->key == key)
            return workspace.get();
    }
    return nullptr;
}

QString WorkspaceSet::name(const QString &key) const
{
    const Workspace *workspace = find(key);
    return workspace ? workspace->name : QString();
}

WorkspaceSet::State WorkspaceSet::state(const QString &key) const
{
    const Workspace *workspace = find(key);
    return workspace ? workspace->state : State::Failed;
}

QString WorkspaceSet::errorText(const QString &key) const
{
    const Workspace *workspace = find(key);
    return workspace ? workspace->error : QString();
}

Connection *WorkspaceSet::connection(const QString &key) const
{
    const Workspace *workspace = find(key);
    return workspace && workspace->state == State::Connected ? workspace->connection : nullptr;
}

QString WorkspaceSet::archivePath(const QString &key) const
{
    const Workspace *workspace = find(key);
    if (!workspace)
        return {};
    // The demo listens on a new port each time: its archive is the one `brickdesk sync --demo` fills.
    if (workspace->origin.demo || key == demoKey())
        return ArchiveLocation::pathForKey(ArchiveLocation::demoKey());
    // Known before (and without) a connection, so a workspace that cannot be reached has one too.
    if (!workspace->origin.entry.host.isEmpty())
        return ArchiveLocation::pathForHost(workspace->origin.entry.host);
    return workspace->connection ? ArchiveLocation::pathForHost(workspace->connection->host().toString())
                                 : QString();
}

QString WorkspaceSet::keyOf(const Connection *connection) const
{
    for (const auto &workspace : m_workspaces) {
        if (connection && workspace->connection == connection)
            return workspace->key;
    }
    return {};
}

QStringList WorkspaceSet::rememberableIds() const
{
    QStringList ids;
    for (const auto &workspace : m_workspaces) {
        if (workspace->remember && workspace->state != State::Failed)
            ids.append(workspace->key);
    }
    return ids;
}

QString WorkspaceSet::keyFor(const WorkspaceEntry &entry)
{
    if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo)
        return demoKey();
    if (!entry.id.isEmpty())
        return entry.id;
    if (!entry.profile.isEmpty())
        return u"profile:"_s + entry.profile;
    return u"host:"_s + entry.host;
}

WorkspaceSet::Workspace &WorkspaceSet::insert(const QString &key, const QString &name)
{
    auto workspace = std::make_unique<Workspace>();
    workspace->key = key;
    workspace->name = name;
    m_workspaces.push_back(std::move(workspace));
    return *m_workspaces.back();
}

void WorkspaceSet::setState(Workspace &workspace, State state, const QString &error)
{
    workspace.state = state;
    workspace.error = error;
    const QString key = workspace.key;
    emit stateChanged(key, state);
    if (state == State::Failed)
        emit failed(key, error);
}

QString WorkspaceSet::open(const StartupWorkspace::Choice &choice)
{
    if (choice.demo)
        return openDemo();
    if (choice.environmentSecret.isEmpty())
        return openEntry(choice.entry);
    const QString key = keyFor(choice.entry);
    if (find(key))
        return key;
    Workspace &workspace = insert(key, choice.entry.name);
    workspace.origin = choice;
    workspace.owned = std::make_unique<Connection>(QUrl(choice.entry.host),
        WorkspaceSession::createProvider(
            choice.entry, choice.environmentSecret, m_sessionSecrets, m_openBrowser));
    workspace.connection = workspace.owned.get();
    // Added as Opening, then Connected through stateChanged like every other workspace: what
    // waits for a workspace to connect (--job on the command line) learns it this way.
    emit added(key);
    setState(workspace, State::Connected);
    return key;
}

QString WorkspaceSet::openDemo()
{
    const QString key = demoKey();
    Workspace *existing = find(key);
    if (existing && existing->state != State::Failed)
        return key;
    Workspace &workspace = existing ? *existing : insert(key, tr("Demo workspace"));
    workspace.origin = StartupWorkspace::demo();
    workspace.remember = true;
    if (!existing)
        emit added(key);
    if (!m_demo.url.isValid()) {
        if (!m_demoStarter) {
            setState(workspace, State::Failed, tr("The demo workspace is not available."));
            return key;
        }
        const DemoEndpoint started = m_demoStarter();
        if (!started.url.isValid()) {
            setState(
                workspace, State::Failed, tr("The demo workspace could not start: %1").arg(started.error));
            return key;
        }
        m_demo = started;
    }
    workspace.owned
        = std::make_unique<Connection>(m_demo.url, std::make_shared<StaticTokenProvider>(m_demo.token));
    workspace.connection = workspace.owned.get();
    if (m_store)
        StartupWorkspace::remember(*m_store, StartupWorkspace::demo().entry);
    setState(workspace, State::Connected);
    return key;
}

QString WorkspaceSet::openEntry(const WorkspaceEntry &entry)
{
    if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo)
        return openDemo();
    const QString key = keyFor(entry);
    Workspace *existing = find(key);
    if (existing && existing->state != State::Failed)
        return key;
    Workspace &workspace = existing ? *existing : insert(key, entry.name);
    workspace.origin.entry = entry;
    workspace.remember = !entry.sessionOnlySecret;
    workspace.state = State::Opening;
    workspace.error.clear();
    if (existing)
        emit stateChanged(key, State::Opening);
    else
        emit added(key);
    startSession(workspace, entry);
    return key;
}

void WorkspaceSet::startSession(Workspace &workspace, const WorkspaceEntry &entry)
{
    auto *session = new WorkspaceSession(entry, m_keychain, m_sessionSecrets, this);
    session->setOpenBrowser(m_openBrowser);
    workspace.session = session;
    const QString key = workspace.key;
    connect(session, &WorkspaceSession::ready, this, [this, key, session] {
        Workspace *target = find(key);
        if (!target || target->session != session)
            return;
        target->connection = session->connection();
        if (m_store && target->remember)
            StartupWorkspace::remember(*m_store, session->entry());
        setState(*target, State::Connected);
    });
    connect(session, &WorkspaceSession::failed, this, [this, key, session](const QString &message) {
        session->deleteLater();
        Workspace *target = find(key);
        if (!target || target->session != session)
            return;
        target->session = nullptr;
        setState(*target, State::Failed, message);
    });
    session->open();
}

QString WorkspaceSet::addConnection(const QString &name, Connection *connection)
{
    const QString key = u"connection:%1"_s.arg(m_nextAnonymous++);
    Workspace &workspace = insert(key, name);
    workspace.connection = connection;
    if (!connection)
        workspace.state = State::Failed;
    emit added(key);
    if (connection)
        setState(workspace, State::Connected);
    return key;
}

void WorkspaceSet::retry(const QString &key)
{
    Workspace *workspace = find(key);
    if (!workspace || workspace->state != State::Failed)
        return;
    if (workspace->origin.demo)
        openDemo();
    else if (workspace->origin.entry.isValid())
        openEntry(workspace->origin.entry);
}

QList<StartupWorkspace::Choice> WorkspaceSet::lastSession(const WorkspaceStore &store)
{
    QList<StartupWorkspace::Choice> choices;
    const QStringList ids = QSettings().value(u"Workspaces/open"_s).toStringList();
    for (const QString &id : ids) {
        if (id == demoKey())
            choices.append(StartupWorkspace::demo());
        else if (store.contains(id)) {
            StartupWorkspace::Choice choice;
            choice.entry = store.workspace(id);
            if (choice.entry.isValid())
                choices.append(choice);
        }
    }
    if (choices.isEmpty())
        choices.append(StartupWorkspace::lastUsed(store));
    return choices;
}

void WorkspaceSet::rememberSession() const
{
    QSettings().setValue(u"Workspaces/open"_s, rememberableIds());
}

void WorkspaceSet::close(const QString &which)
{
    const QString key = which; // `which` may live in the workspace that goes
    const auto it = std::find_if(m_workspaces.begin(), m_workspaces.end(),
        [&key](const auto &workspace) { return workspace->key == key; });
    if (it == m_workspaces.end())
        return;
    emit aboutToClose(key);
    std::unique_ptr<Workspace> gone = std::move(*it);
    m_workspaces.erase(std::find(m_workspaces.begin(), m_workspaces.end(), nullptr));
    if (gone->session)
        gone->session->deleteLater();
    gone.reset();
    emit removed(key);
}

void WorkspaceSet::closeAll()
{
    while (!m_workspaces.empty())
        close(m_workspaces.back()->key);
}

} // namespace brickdesk
