#pragma once

#include "auth/reachableworkspaces.h"
#include "auth/workspaceentry.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace brickdesk {

class WorkspaceStore;

// Which workspace to open at start: what --profile / --host ask for, else the workspace used
// last, else (the very first start) the welcome page. Pure decisions (no network, no keychain); app/main.cpp
// opens the result with a WorkspaceSession.
class StartupWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(StartupWorkspace)
public:
    struct Choice
    {
        bool demo = false;
        // Nothing was ever opened: show the welcome page and let the person choose.
        bool welcome = false;
        WorkspaceEntry entry;
        // A credential found in the environment (DATABRICKS_TOKEN, or DATABRICKS_CLIENT_SECRET
        // with DATABRICKS_CLIENT_ID): used for this session only, never stored.
        QString environmentSecret;
        // Why nothing can be opened, for people.
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // A ~/.databrickscfg profile (a workspace saved for that profile keeps its id and name).
    static Choice forProfile(const QString &profile, const WorkspaceStore &store,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // A workspace URL: a saved workspace with that host, else a ~/.databrickscfg profile with
    // that host, else DATABRICKS_TOKEN / DATABRICKS_CLIENT_ID+SECRET from the environment, else
    // browser sign-in (OAuth U2M).
    static Choice forHost(const QString &url, const WorkspaceStore &store,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The built-in demo workspace.
    static Choice demo();
    // The workspace used last (the demo included); the welcome page on the very first start
    // and when the workspace used last has been removed since.
    static Choice lastUsed(const WorkspaceStore &store);
    // What the welcome page's Connect opens: the profile (as --profile) or the environment's
    // workspace (as --host).
    static Choice forReachable(const ReachableWorkspace &workspace, const WorkspaceStore &store,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Records an opened workspace as the one to reopen at the next start. A profile or a
    // browser sign-in that is not saved yet is saved first (no secret is ever in an entry);
    // a workspace whose secret came from the environment is not remembered (it could not be
    // reopened without that environment).
    static void remember(WorkspaceStore &store, const WorkspaceEntry &entry);
};

} // namespace brickdesk
