#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>

namespace brickdesk {

// A workspace this machine can already reach without Brickdesk's own settings: a profile in
// ~/.databrickscfg (or $DATABRICKS_CONFIG_FILE), or DATABRICKS_HOST in the environment. Holds
// what a person may see, never a secret: a token or client secret is only ever described by
// the way of signing in it implies.
struct ReachableWorkspace
{
    enum class Source {
        ConfigProfile, // name is the profile
        Environment, // DATABRICKS_HOST (with DATABRICKS_TOKEN / CLIENT_ID+SECRET, or none)
    };

    Source source = Source::ConfigProfile;
    QString name; // the profile name, or the host without its scheme
    QString host; // normalised; empty when the profile has none
    QString signIn; // how Brickdesk would sign in, in words ("personal access token", ...)
    QString origin; // where it was found, in words ("~/.databrickscfg [prod]", ...)
    QString problem; // why it cannot be opened as it is (no host, unsupported auth); empty if fine

    bool canConnect() const { return problem.isEmpty(); }
};

// Finds the workspaces of ReachableWorkspace. Reads files and the given environment only (no
// network, no keychain).
class ReachableWorkspaces final
{
    Q_DECLARE_TR_FUNCTIONS(ReachableWorkspaces)
public:
    // Environment first (it is what the Databricks CLI and SDKs would use now), then the
    // profiles in file order.
    static QList<ReachableWorkspace> discover(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // How Brickdesk signs in for an SDK auth type ("pat", "oauth-m2m", "databricks-cli"...),
    // in words; empty for a type it does not support.
    static QString describeAuthType(const QString &authType);
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ReachableWorkspace)
