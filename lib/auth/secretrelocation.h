#pragma once

#include "auth/workspaceentry.h"

#include <QObject>
#include <QString>

#include <functional>

namespace brickdesk {

class SecretStore;

// Keeps a saved workspace's secrets under the names its entry now gives them. A secret's key
// names the workspace's host (SecretStore::key), so editing the host, or the sign-in method,
// would otherwise leave the old entry behind in the keychain and find nothing under the new
// name.
//
// relocate(before, after, carry, store, ...): when `carry` (the user typed no new secret) the
// old secret of the kind `after` needs moves to after's key; a refresh token never moves (it
// was issued by the old host's sign-in service, and another host has no business seeing it).
// Then every key of `before` that `after` does not use is removed. A secret is removed only
// once its copy is written: on a failed read or write nothing is removed, and done(false, why).
class SecretRelocation final
{
public:
    using Done = std::function<void(bool ok, const QString &message)>;

    static void relocate(const WorkspaceEntry &before, const WorkspaceEntry &after, bool carry,
        SecretStore *store, QObject *context, Done done);
    // Deletes every secret an entry may have in `store` (a workspace removed).
    static void forget(const WorkspaceEntry &entry, SecretStore *store, QObject *context, Done done);
    // Every key an entry's secrets may be under (each kind: the method may have changed).
    static QStringList keysOf(const WorkspaceEntry &entry);
};

} // namespace brickdesk
