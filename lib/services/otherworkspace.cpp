#include "services/otherworkspace.h"

#include "api/connection.h"
#include "auth/credentialsprovider.h"
#include "auth/databrickshost.h"
#include "auth/reachableworkspaces.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"
#include "services/workspaceset.h"

#include <QTimer>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString sameHostKey(const QString &host)
{
    const QString normalized = DatabricksHost::normalize(host);
    return normalized.isEmpty() ? host : normalized;
}

} // namespace

OtherWorkspace::OtherWorkspace(WorkspaceSet *set, QObject *parent)
    : QObject(parent)
    , m_set(set)
{ }

OtherWorkspace::~OtherWorkspace()
{
    close();
}

QList<OtherWorkspace::Target> OtherWorkspace::targets(
    const WorkspaceSet *set, const QString &excludeKey, const QProcessEnvironment &env)
{
    QList<Target> targets;
    QStringList keys {excludeKey};
    QStringList hosts;
    if (set && set->connection(excludeKey))
        hosts.append(sameHostKey(set->connection(excludeKey)->host().toString()));
    auto add = [&](const Target &target) {
        const QString host = sameHostKey(target.host);
        if (keys.contains(target.key) || (!target.host.isEmpty() && hosts.contains(host)))
            return;
        keys.append(target.key);
        if (!target.host.isEmpty())
            hosts.append(host);
        targets.append(target);
    };

    if (set) {
        const QStringList open = set->keys();
        for (const QString &key : open) {
            Target target;
            target.key = key;
            target.name = set->name(key);
            target.open = true;
            if (const Connection *connection = set->connection(key))
                target.host = connection->host().toString();
            add(target);
        }
    }
    // Only read: a store of the default settings when the set has none.
    std::unique_ptr<WorkspaceStore> ownStore;
    const WorkspaceStore *store = set ? set->store() : nullptr;
    if (!store) {
        ownStore = std::make_unique<WorkspaceStore>();
        store = ownStore.get();
    }
    const QList<WorkspaceEntry> saved = store->workspaces();
    for (const WorkspaceEntry &entry : saved) {
        if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo || !entry.isValid())
            continue;
        Target target;
        target.key = WorkspaceSet::keyFor(entry);
        target.name = entry.name;
        target.host = entry.host;
        target.choice.entry = entry;
        add(target);
    }
    const QList<ReachableWorkspace> reachable = ReachableWorkspaces::discover(env);
    for (const ReachableWorkspace &workspace : reachable) {
        if (!workspace.canConnect())
            continue;
        Target target;
        target.choice = StartupWorkspace::forReachable(workspace, *store, env);
        if (!target.choice.ok())
            continue;
        target.key = WorkspaceSet::keyFor(target.choice.entry);
        target.name = workspace.name;
        target.host = target.choice.entry.host;
        add(target);
    }
    return targets;
}

Connection *OtherWorkspace::connection() const
{
    if (m_borrowed)
        return m_borrowed;
    if (m_session && m_session->isReady())
        return m_session->connection();
    return m_owned.get();
}

void OtherWorkspace::close()
{
    ++m_generation;
    if (m_set)
        m_set->disconnect(this);
    m_borrowed = nullptr;
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater(); // it may be the sender of the signal being handled
        m_session = nullptr;
    }
    m_owned.reset();
}

void OtherWorkspace::fail(const QString &message)
{
    close();
    emit failed(message);
}

void OtherWorkspace::open(const Target &target)
{
    close();
    m_target = target;
    const quint64 generation = m_generation;
    if (!m_set || !m_set->contains(target.key)) {
        openPrivately();
        return;
    }
    const QString key = target.key;
    connect(m_set, &WorkspaceSet::aboutToClose, this, [this, key](const QString &closing) {
        if (closing != key)
            return;
        const bool wasLent = !m_borrowed.isNull();
        close();
        if (wasLent)
            emit lost();
        else
            emit failed(tr("“%1” was closed.").arg(m_target.name));
    });
    auto borrow = [this, key, generation] {
        if (generation != m_generation)
            return;
        m_borrowed = m_set->connection(key);
        emit ready();
    };
    switch (m_set->state(key)) {
    case WorkspaceSet::State::Connected:
        QTimer::singleShot(0, this, borrow);
        return;
    case WorkspaceSet::State::Opening:
        connect(m_set, &WorkspaceSet::stateChanged, this,
            [this, key, borrow](const QString &changed, WorkspaceSet::State state) {
                if (changed != key)
                    return;
                if (state == WorkspaceSet::State::Connected)
                    borrow();
                else if (state == WorkspaceSet::State::Failed)
                    fail(m_set->errorText(key));
            });
        return;
    case WorkspaceSet::State::Failed:
        if (m_target.choice.entry.isValid()) {
            m_set->disconnect(this);
            openPrivately();
        } else {
            const QString message = m_set->errorText(key);
            QTimer::singleShot(0, this, [this, generation, message] {
                if (generation == m_generation)
                    fail(message);
            });
        }
        return;
    }
}

void OtherWorkspace::openPrivately()
{
    const quint64 generation = m_generation;
    const StartupWorkspace::Choice &choice = m_target.choice;
    auto later = [this, generation](std::function<void()> then) {
        QTimer::singleShot(0, this, [this, generation, then = std::move(then)] {
            if (generation == m_generation)
                then();
        });
    };
    if (!choice.ok() || choice.demo || !choice.entry.isValid()) {
        const QString message = !choice.ok()
            ? choice.error
            : tr("“%1” cannot be opened from here: open it in the navigation first.").arg(m_target.name);
        later([this, message] { fail(message); });
        return;
    }
    SecretStore *keychain = m_set ? m_set->keychain() : nullptr;
    SecretStore *sessionSecrets = m_set ? m_set->sessionSecrets() : nullptr;
    const WorkspaceSet::OpenBrowser openBrowser = m_set ? m_set->openBrowser() : WorkspaceSet::OpenBrowser();
    if (!choice.environmentSecret.isEmpty()) {
        m_owned = std::make_unique<Connection>(QUrl(choice.entry.host),
            WorkspaceSession::createProvider(
                choice.entry, choice.environmentSecret, sessionSecrets, openBrowser));
        later([this] { emit ready(); });
        return;
    }
    m_session = new WorkspaceSession(choice.entry, keychain, sessionSecrets, this);
    m_session->setOpenBrowser(openBrowser);
    m_session->setEnvironment(m_env);
    connect(m_session, &WorkspaceSession::ready, this, [this, generation] {
        if (generation == m_generation)
            emit ready();
    });
    connect(m_session, &WorkspaceSession::failed, this, [this, generation](const QString &message) {
        if (generation == m_generation)
            fail(message);
    });
    m_session->open();
}

} // namespace brickdesk
