#include "auth/secretrelocation.h"

#include "auth/secretstore.h"

#include <QTimer>

#include <memory>

namespace brickdesk {

QStringList SecretRelocation::keysOf(const WorkspaceEntry &entry)
{
    const QString owner = entry.profile.isEmpty() ? entry.id : entry.profile;
    return {SecretStore::key(entry.host, owner, SecretStore::Kind::PersonalAccessToken),
        SecretStore::key(entry.host, owner, SecretStore::Kind::ClientSecret),
        SecretStore::key(entry.host, owner, SecretStore::Kind::RefreshToken)};
}

namespace {

void removeAll(const QStringList &keys, SecretStore *store, QObject *context, SecretRelocation::Done done)
{
    if (keys.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done(true, {}); });
        return;
    }
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto failure = std::make_shared<QString>();
    for (const QString &key : keys) {
        store->remove(key, context, [remaining, failure, done](const SecretResult &result) {
            if (!result.ok() && failure->isEmpty())
                *failure = result.message;
            if (--*remaining == 0)
                done(failure->isEmpty(), *failure);
        });
    }
}

} // namespace

void SecretRelocation::forget(const WorkspaceEntry &entry, SecretStore *store, QObject *context, Done done)
{
    if (!store || !entry.hasSecret()) {
        QTimer::singleShot(0, context, [done] { done(true, {}); });
        return;
    }
    removeAll(keysOf(entry), store, context, std::move(done));
}

void SecretRelocation::relocate(const WorkspaceEntry &before, const WorkspaceEntry &after, bool carry,
    SecretStore *store, QObject *context, Done done)
{
    const QString target = after.hasSecret() ? after.secretKey() : QString();
    QStringList stale = before.hasSecret() ? keysOf(before) : QStringList();
    stale.removeAll(target);
    if (!store || stale.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done(true, {}); });
        return;
    }
    // The old secret of the kind the edited entry needs: its key under the old name.
    WorkspaceEntry old = after;
    old.id = before.id;
    old.host = before.host;
    old.profile = before.profile;
    const QString source = old.secretKey();
    const bool move = carry && !target.isEmpty() && source != target
        && after.authMethod != WorkspaceEntry::AuthMethod::OAuthU2M && stale.contains(source);
    if (!move) {
        removeAll(stale, store, context, std::move(done));
        return;
    }
    store->read(source, context, [=](const SecretResult &read) {
        if (read.status == SecretResult::Status::NotFound) {
            removeAll(stale, store, context, done);
            return;
        }
        if (!read.ok()) {
            done(false, read.message);
            return;
        }
        store->write(target, read.value, context, [=](const SecretResult &written) {
            if (!written.ok()) {
                done(false, written.message);
                return;
            }
            removeAll(stale, store, context, done);
        });
    });
}

} // namespace brickdesk
