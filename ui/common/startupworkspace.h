#pragma once

#include "auth/workspaceentry.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace brickdesk {

class WorkspaceStore;

// Which workspace to open at start: what --profile / --host ask for, else the workspace used
// last, else the built-in demo. Pure decisions (no network, no keychain); app/main.cpp opens
// the result with a WorkspaceSession.
class StartupWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(StartupWorkspace)
public:
    struct Choice
    {
        bool demo = false;
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
    // The workspace used last; the demo when there is none.
    static Choice lastUsed(const WorkspaceStore &store);
};

} // namespace brickdesk
