#include "connections/workspacesaver.h"

#include "auth/secretrelocation.h"
#include "auth/secretstore.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"
#include "connections/connectiondialog.h"

#include <QUuid>

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

WorkspaceSaver::WorkspaceSaver(
    WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_sessionSecrets(sessionSecrets)
{ }

void WorkspaceSaver::save(WorkspaceEntry entry, const QString &secret)
{
    if (!m_store)
        return;
    const bool isNew = entry.id.isEmpty();
    m_savedBefore = isNew ? WorkspaceEntry() : m_store->workspace(entry.id);
    if (isNew)
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool needsSecret = entry.authMethod == WorkspaceEntry::AuthMethod::PersonalAccessToken
        || entry.authMethod == WorkspaceEntry::AuthMethod::OAuthM2M;
    if (needsSecret && secret.isEmpty() && isNew) {
        emit status(entry.authMethod == WorkspaceEntry::AuthMethod::OAuthM2M
                ? ConnectionDialog::tr("Enter the client secret.")
                : ConnectionDialog::tr("Enter the personal access token."),
            true);
        return;
    }
    if (needsSecret && !secret.isEmpty()) {
        storeSecret(entry, secret, entry.sessionOnlySecret);
        return;
    }
    finishSave(m_store->save(entry), false, ConnectionDialog::tr("Saved."));
}

void WorkspaceSaver::finishSave(const WorkspaceEntry &entry, bool typedSecret, const QString &message)
{
    emit stored(entry.id);
    const WorkspaceEntry before = std::exchange(m_savedBefore, {});
    if (before.id.isEmpty()) {
        emit saved(entry.id, message, false);
        return;
    }
    auto remaining = std::make_shared<int>(2);
    auto problem = std::make_shared<QString>();
    const auto done = [this, entry, message, remaining, problem](bool ok, const QString &why) {
        if (!ok && problem->isEmpty())
            *problem = why;
        if (--*remaining > 0)
            return;
        if (problem->isEmpty())
            emit saved(entry.id, message, false);
        else
            emit saved(entry.id,
                ConnectionDialog::tr("%1 The secret saved for the workspace's previous address could not be "
                                     "moved or deleted: %2")
                    .arg(message, *problem),
                true);
    };
    SecretRelocation::relocate(before, entry, !typedSecret, m_keychain, this, done);
    SecretRelocation::relocate(before, entry, !typedSecret, m_sessionSecrets, this, done);
}

void WorkspaceSaver::storeSecret(const WorkspaceEntry &entry, const QString &secret, bool sessionOnly)
{
    SecretStore *store = sessionOnly ? m_sessionSecrets.data() : m_keychain.data();
    if (!store) {
        emit status(ConnectionDialog::tr("No secret store is available."), true);
        return;
    }
    emit status(sessionOnly ? ConnectionDialog::tr("Keeping the secret for this session…")
                            : ConnectionDialog::tr("Saving the secret in the keychain…"),
        false);
    store->write(entry.secretKey(), secret, this, [this, entry, sessionOnly](const SecretResult &result) {
        if (result.ok()) {
            WorkspaceEntry toSave = entry;
            toSave.sessionOnlySecret = sessionOnly;
            finishSave(m_store->save(toSave), true,
                sessionOnly
                    ? ConnectionDialog::tr("Saved. The secret is kept in memory until Brickdesk quits.")
                    : ConnectionDialog::tr("Saved. The secret is in the system keychain."));
            return;
        }
        if (result.status == SecretResult::Status::Unavailable && !sessionOnly) {
            // Say so plainly and offer the session-only alternative; never plain text.
            m_pendingSave = entry;
            emit keychainUnavailable(SecretStore::unavailableMessage(result.message));
            return;
        }
        emit status(ConnectionDialog::tr("The secret could not be saved: %1").arg(result.message), true);
    });
}

void WorkspaceSaver::savePendingForThisSession(const QString &secret)
{
    if (m_pendingSave.id.isEmpty())
        return;
    const WorkspaceEntry entry = std::exchange(m_pendingSave, {});
    storeSecret(entry, secret, true);
}

void WorkspaceSaver::saveWithTokenInKeychain(const WorkspaceEntry &entry, const QString &token)
{
    if (!m_keychain)
        return;
    m_keychain->write(entry.secretKey(), token, this, [this, entry](const SecretResult &result) {
        if (!result.ok()) {
            emit status(SecretStore::unavailableMessage(result.message), true);
            return;
        }
        const WorkspaceEntry savedEntry = m_store->save(entry);
        emit stored(savedEntry.id);
        emit saved(savedEntry.id,
            ConnectionDialog::tr("The token is now in the keychain and “%1” uses it. You may delete the "
                                 "token line from ~/.databrickscfg yourself; Brickdesk does not change that "
                                 "file.")
                .arg(savedEntry.name),
            false);
    });
}

void WorkspaceSaver::remove(const WorkspaceEntry &entry)
{
    auto remaining = std::make_shared<int>(2);
    auto problem = std::make_shared<QString>();
    auto finish = [this, entry, remaining, problem](bool ok, const QString &message) {
        if (!ok && problem->isEmpty())
            *problem = message;
        if (--*remaining > 0)
            return;
        m_store->remove(entry.id);
        if (problem->isEmpty())
            emit removed(
                entry.id, ConnectionDialog::tr("Removed “%1” and its saved secrets.").arg(entry.name), false);
        else
            emit removed(entry.id,
                ConnectionDialog::tr("Removed “%1”, but its keychain entry could not be deleted: %2")
                    .arg(entry.name, *problem),
                true);
    };
    WorkspaceSession::forgetSecrets(entry, m_keychain, this, finish);
    WorkspaceSession::forgetSecrets(entry, m_sessionSecrets, this, finish);
}

} // namespace brickdesk
