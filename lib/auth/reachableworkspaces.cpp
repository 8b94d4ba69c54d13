#include "auth/reachableworkspaces.h"

#include "auth/configresolver.h"
#include "auth/databricksconfigfile.h"
#include "auth/databrickshost.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QString ReachableWorkspaces::describeAuthType(const QString &authType)
{
    if (authType == u"pat"_s)
        return tr("personal access token");
    if (authType == u"oauth-m2m"_s)
        return tr("service principal (OAuth)");
    if (authType == u"databricks-cli"_s || authType == u"external-browser"_s || authType == u"oauth-u2m"_s)
        return tr("sign-in in the browser (OAuth)");
    return {};
}

namespace {

QString withoutScheme(const QString &host)
{
    QString name = host;
    name.remove(u"https://"_s);
    name.remove(u"http://"_s);
    return name;
}

} // namespace

QList<ReachableWorkspace> ReachableWorkspaces::discover(const QProcessEnvironment &env)
{
    QList<ReachableWorkspace> found;

    const QString envHost = env.value(u"DATABRICKS_HOST"_s).trimmed();
    if (!envHost.isEmpty()) {
        ReachableWorkspace workspace;
        workspace.source = ReachableWorkspace::Source::Environment;
        workspace.host = DatabricksHost::normalize(envHost);
        workspace.name = workspace.host.isEmpty() ? envHost : withoutScheme(workspace.host);
        workspace.origin = tr("environment variable DATABRICKS_HOST");
        // The same order as StartupWorkspace::forHost, which Connect goes through.
        if (!env.value(u"DATABRICKS_TOKEN"_s).isEmpty())
            workspace.signIn = describeAuthType(u"pat"_s);
        else if (!env.value(u"DATABRICKS_CLIENT_ID"_s).isEmpty()
            && !env.value(u"DATABRICKS_CLIENT_SECRET"_s).isEmpty())
            workspace.signIn = describeAuthType(u"oauth-m2m"_s);
        else
            workspace.signIn = describeAuthType(u"oauth-u2m"_s);
        if (workspace.host.isEmpty())
            workspace.problem = tr("DATABRICKS_HOST is not a workspace URL.");
        found.append(workspace);
    }

    const DatabricksConfigFile file = DatabricksConfigFile::load(DatabricksConfigFile::defaultPath(env));
    if (file.status() != DatabricksConfigFile::Status::Loaded)
        return found;
    const QList<ConfigSection> profiles = file.profiles();
    for (const ConfigSection &section : profiles) {
        const ResolvedConfig config = ConfigResolver::resolveProfile(file, section.name, env);
        ReachableWorkspace workspace;
        workspace.source = ReachableWorkspace::Source::ConfigProfile;
        workspace.name = section.name;
        workspace.host = config.host();
        workspace.origin = ConfigResolver::fileSource(file.path(), section.name, env);
        const QString authType = config.effectiveAuthType();
        workspace.signIn = describeAuthType(authType);
        if (workspace.host.isEmpty())
            workspace.problem = tr("This profile has no host.");
        else if (workspace.signIn.isEmpty())
            workspace.problem
                = tr("Brickdesk does not support the authentication type “%1” yet.").arg(authType);
        found.append(workspace);
    }
    return found;
}

} // namespace brickdesk
