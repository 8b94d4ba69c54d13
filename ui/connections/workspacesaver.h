#pragma once

#include "auth/workspaceentry.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace brickdesk {

class SecretStore;
class WorkspaceStore;

// Keeps a workspace and its secret together for the connection dialog. Saving writes the secret
// first (to the keychain, or to the session store when the user chose so) and the entry only
// once it is there; a saved entry whose host or method changed has its old secrets moved or
// removed; removing a workspace forgets its secrets in both stores. When the keychain is
// unavailable the save waits, and can go on with the secret kept for this session only.
class WorkspaceSaver final : public QObject
{
    Q_OBJECT
public:
    WorkspaceSaver(
        WorkspaceStore *store, SecretStore *keychain, SecretStore *sessionSecrets, QObject *parent = nullptr);

    // Saves `entry` (a new workspace when its id is empty) with `secret`, the secret typed for
    // it; an empty one keeps the secret already stored for a saved workspace.
    void save(WorkspaceEntry entry, const QString &secret);
    // Whether a save waits after keychainUnavailable().
    bool hasPendingSave() const { return !m_pendingSave.id.isEmpty(); }
    // Goes on with the save that waits, keeping `secret` for this session only.
    void savePendingForThisSession(const QString &secret);
    // Saves a new workspace `entry` whose token, read from a ~/.databrickscfg profile, goes to
    // the keychain (the file is not touched).
    void saveWithTokenInKeychain(const WorkspaceEntry &entry, const QString &token);
    // Removes the saved workspace `entry` and every secret it may have.
    void remove(const WorkspaceEntry &entry);

signals:
    // Words for the dialog's status line.
    void status(const QString &text, bool error);
    // The entry is in the store under `id`; what happened to the secrets follows in saved().
    void stored(const QString &id);
    void saved(const QString &id, const QString &message, bool error);
    // The keychain cannot take the secret (`message` says why): the save waits.
    void keychainUnavailable(const QString &message);
    void removed(const QString &id, const QString &message, bool error);

private:
    void storeSecret(const WorkspaceEntry &entry, const QString &secret, bool sessionOnly);
    // The entry is saved: move or remove the secrets m_savedBefore kept under its old host or
    // method (SecretRelocation, in both stores), then say `message`.
    void finishSave(const WorkspaceEntry &saved, bool typedSecret, const QString &message);

    QPointer<WorkspaceStore> m_store;
    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_sessionSecrets;
    WorkspaceEntry m_pendingSave; // waiting for "use for this session only"
    WorkspaceEntry m_savedBefore; // the entry being saved as it was stored before the edit
};

} // namespace brickdesk
