#include "auth/startupworkspace.h"

#include "auth/configresolver.h"
#include "auth/databricksconfigfile.h"
#include "auth/databrickshost.h"
#include "auth/workspacestore.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

StartupWorkspace::Choice StartupWorkspace::demo()
{
    Choice choice;
    choice.demo = true;
    choice.entry.id = WorkspaceEntry::demoId();
    choice.entry.authMethod = WorkspaceEntry::AuthMethod::Demo;
    return choice;
}

namespace {

WorkspaceEntry profileEntry(const QString &profile, const QString &host, const WorkspaceStore &store)
{
    const QList<WorkspaceEntry> saved = store.workspaces();
    for (const WorkspaceEntry &entry : saved) {
        if (entry.authMethod == WorkspaceEntry::AuthMethod::ConfigProfile && entry.profile == profile)
            return entry;
    }
    WorkspaceEntry entry;
    entry.id = u"profile-"_s + profile;
    entry.name = profile;
    entry.host = host;
    entry.authMethod = WorkspaceEntry::AuthMethod::ConfigProfile;
    entry.profile = profile;
    return entry;
}

} // namespace

StartupWorkspace::Choice StartupWorkspace::forProfile(
    const QString &profile, const WorkspaceStore &store, const QProcessEnvironment &env)
{
    Choice choice;
    const DatabricksConfigFile file = DatabricksConfigFile::load(DatabricksConfigFile::defaultPath(env));
    if (file.status() != DatabricksConfigFile::Status::Loaded) {
        choice.error
            = tr("The profile “%1” cannot be opened: %2 could not be read.").arg(profile, file.path());
        return choice;
    }
    if (!file.hasProfile(profile)) {
        choice.error = tr("There is no profile “%1” in %2.").arg(profile, file.path());
        return choice;
    }
    const ResolvedConfig config = ConfigResolver::resolveProfile(file, profile, env);
    if (config.host().isEmpty()) {
        choice.error = tr("The profile “%1” in %2 has no host.").arg(profile, file.path());
        return choice;
    }
    choice.entry = profileEntry(profile, config.host(), store);
    return choice;
}

StartupWorkspace::Choice StartupWorkspace::forHost(
    const QString &url, const WorkspaceStore &store, const QProcessEnvironment &env)
{
    Choice choice;
    const QString host = DatabricksHost::normalize(url);
    if (host.isEmpty()) {
        choice.error = tr("“%1” is not a workspace URL.").arg(url);
        return choice;
    }

    const QList<WorkspaceEntry> saved = store.workspaces();
    for (const WorkspaceEntry &entry : saved) {
        if (entry.host == host && entry.authMethod != WorkspaceEntry::AuthMethod::Demo) {
            choice.entry = entry;
            return choice;
        }
    }

    const DatabricksConfigFile file = DatabricksConfigFile::load(DatabricksConfigFile::defaultPath(env));
    if (file.status() == DatabricksConfigFile::Status::Loaded) {
        const QStringList profiles = file.profileNames();
        for (const QString &profile : profiles) {
            if (ConfigResolver::resolveProfile(file, profile, env).host() == host) {
                choice.entry = profileEntry(profile, host, store);
                return choice;
            }
        }
    }

    WorkspaceEntry entry;
    entry.id = u"host-"_s + QString(host).remove(u"https://"_s);
    entry.name = QString(host).remove(u"https://"_s);
    entry.host = host;
    entry.sessionOnlySecret = true;
    const QString token = env.value(u"DATABRICKS_TOKEN"_s);
    const QString clientId = env.value(u"DATABRICKS_CLIENT_ID"_s);
    const QString clientSecret = env.value(u"DATABRICKS_CLIENT_SECRET"_s);
    if (!token.isEmpty()) {
        entry.authMethod = WorkspaceEntry::AuthMethod::PersonalAccessToken;
        choice.environmentSecret = token;
    } else if (!clientId.isEmpty() && !clientSecret.isEmpty()) {
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthM2M;
        entry.clientId = clientId;
        choice.environmentSecret = clientSecret;
    } else {
        entry.authMethod = WorkspaceEntry::AuthMethod::OAuthU2M;
        entry.sessionOnlySecret = false;
    }
    choice.entry = entry;
    return choice;
}

StartupWorkspace::Choice StartupWorkspace::lastUsed(const WorkspaceStore &store)
{
    const QString id = store.lastUsedId();
    if (id.isEmpty()) {
        Choice choice;
        choice.welcome = true;
        return choice;
    }
    if (id == WorkspaceEntry::demoId() || !store.contains(id))
        return demo();
    Choice choice;
    choice.entry = store.workspace(id);
    if (!choice.entry.isValid() || choice.entry.authMethod == WorkspaceEntry::AuthMethod::Demo)
        return demo();
    return choice;
}

StartupWorkspace::Choice StartupWorkspace::forReachable(
    const ReachableWorkspace &workspace, const WorkspaceStore &store, const QProcessEnvironment &env)
{
    if (workspace.source == ReachableWorkspace::Source::ConfigProfile)
        return forProfile(workspace.name, store, env);
    return forHost(workspace.host, store, env);
}

void StartupWorkspace::remember(WorkspaceStore &store, const WorkspaceEntry &entry)
{
    if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo) {
        store.markUsed(WorkspaceEntry::demoId());
        return;
    }
    if (!entry.isValid() || entry.sessionOnlySecret)
        return;
    if (!store.contains(entry.id))
        store.save(entry);
    store.markUsed(entry.id);
}

} // namespace brickdesk
