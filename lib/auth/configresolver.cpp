#include "auth/configresolver.h"

#include "auth/databrickshost.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::ConfigResolver", text);
}

struct Attribute
{
    const char *key;
    const char *env;
    bool auth; // counts as "a credential is configured" (skips the file)
    bool secret;
};

// From databricks-sdk-go config/config.go struct tags (guide §4.7).
constexpr Attribute attributes[] = {
    {"host", "DATABRICKS_HOST", false, false},
    {"account_id", "DATABRICKS_ACCOUNT_ID", false, false},
    {"workspace_id", "DATABRICKS_WORKSPACE_ID", false, false},
    {"token", "DATABRICKS_TOKEN", true, true},
    {"username", "DATABRICKS_USERNAME", true, false},
    {"password", "DATABRICKS_PASSWORD", true, true},
    {"client_id", "DATABRICKS_CLIENT_ID", true, false},
    {"client_secret", "DATABRICKS_CLIENT_SECRET", true, true},
    {"auth_type", "DATABRICKS_AUTH_TYPE", false, false},
    {"cluster_id", "DATABRICKS_CLUSTER_ID", false, false},
    {"warehouse_id", "DATABRICKS_WAREHOUSE_ID", false, false},
    {"serverless_compute_id", "DATABRICKS_SERVERLESS_COMPUTE_ID", false, false},
    {"metadata_service_url", "DATABRICKS_METADATA_SERVICE_URL", true, false},
    {"azure_workspace_resource_id", "DATABRICKS_AZURE_RESOURCE_ID", false, false},
    {"azure_client_id", "ARM_CLIENT_ID", true, false},
    {"azure_client_secret", "ARM_CLIENT_SECRET", true, true},
    {"azure_tenant_id", "ARM_TENANT_ID", true, false},
    {"azure_use_msi", "ARM_USE_MSI", true, false},
    {"azure_environment", "ARM_ENVIRONMENT", false, false},
    {"google_service_account", "DATABRICKS_GOOGLE_SERVICE_ACCOUNT", true, false},
    {"google_credentials", "GOOGLE_CREDENTIALS", true, true},
    {"databricks_cli_path", "DATABRICKS_CLI_PATH", false, false},
    {"oauth_callback_port", "DATABRICKS_OAUTH_CALLBACK_PORT", false, false},
    {"rate_limit", "DATABRICKS_RATE_LIMIT", false, false},
    {"discovery_url", "DATABRICKS_DISCOVERY_URL", false, false},
    {"audience", "DATABRICKS_TOKEN_AUDIENCE", false, false},
    {"cloud", "DATABRICKS_CLOUD", false, false},
};

} // namespace

void ResolvedConfig::set(const QString &key, const QString &value, const QString &source)
{
    m_settings.insert(key, ResolvedSetting {value, source});
}

QString ResolvedConfig::effectiveAuthType() const
{
    const QString explicitType = value(u"auth_type"_s);
    if (!explicitType.isEmpty())
        return explicitType;
    if (!value(u"token"_s).isEmpty())
        return u"pat"_s;
    if (!value(u"client_id"_s).isEmpty() && !value(u"client_secret"_s).isEmpty())
        return u"oauth-m2m"_s;
    if (!host().isEmpty())
        return u"databricks-cli"_s;
    return {};
}

QString ConfigResolver::environmentVariable(const QString &key)
{
    for (const auto &a : attributes) {
        if (key == QLatin1String(a.key))
            return QLatin1String(a.env);
    }
    return {};
}

bool ConfigResolver::isSecretKey(const QString &key)
{
    for (const auto &a : attributes) {
        if (key == QLatin1String(a.key))
            return a.secret;
    }
    return key.contains(u"secret"_s) || key.contains(u"token"_s) || key.contains(u"password"_s);
}

QString ConfigResolver::fileSource(
    const QString &path, const QString &profile, const QProcessEnvironment &env)
{
    QString shown = QDir::cleanPath(path);
    QString home = env.value(u"HOME"_s);
    if (home.isEmpty())
        home = QDir::homePath();
    home = QDir::cleanPath(home);
    if (!home.isEmpty() && shown.startsWith(home + u'/'))
        shown = u'~' + shown.mid(home.size());
    return shown + u" ["_s + profile + u']';
}

ResolvedConfig ConfigResolver::resolveProfile(
    const DatabricksConfigFile &file, const QString &profile, const QProcessEnvironment &env)
{
    ResolvedConfig config;
    config.m_profile = profile;
    config.m_configFilePath = file.path();
    const QString source = fileSource(file.path(), profile, env);
    for (const auto &[key, value] : file.profile(profile).entries) {
        if (key == u"host"_s)
            config.set(key, DatabricksHost::normalize(value), source);
        else
            config.set(key, value, source);
    }
    return config;
}

ResolvedConfig ConfigResolver::resolve(
    const QMap<QString, QString> &explicitValues, const QProcessEnvironment &env)
{
    ResolvedConfig config;
    const QString explicitSource = tr("set in Brickdesk");
    for (auto it = explicitValues.cbegin(); it != explicitValues.cend(); ++it) {
        if (!it.value().isEmpty() && it.key() != u"profile"_s && it.key() != u"config_file"_s)
            config.set(it.key(), it.value(), explicitSource);
    }
    for (const auto &a : attributes) {
        const QString key = QLatin1String(a.key);
        const QString variable = QLatin1String(a.env);
        if (config.contains(key) || !env.contains(variable) || env.value(variable).isEmpty())
            continue;
        config.set(key, env.value(variable), tr("environment variable %1").arg(variable));
    }

    QString profile = explicitValues.value(u"profile"_s);
    if (profile.isEmpty())
        profile = env.value(u"DATABRICKS_CONFIG_PROFILE"_s);
    const bool explicitProfile = !profile.isEmpty();

    bool credentialKnown = config.contains(u"host"_s);
    for (const auto &a : attributes) {
        if (a.auth && config.contains(QLatin1String(a.key)))
            credentialKnown = true;
    }

    if (explicitProfile || !credentialKnown) {
        QString path = explicitValues.value(u"config_file"_s);
        path = path.isEmpty() ? DatabricksConfigFile::defaultPath(env)
                              : DatabricksConfigFile::expandHome(path, env);
        const DatabricksConfigFile file = DatabricksConfigFile::load(path);
        config.m_configFilePath = path;
        if (file.status() == DatabricksConfigFile::Status::Unreadable) {
            config.m_problems.append(tr("Cannot read %1: %2").arg(path, file.statusMessage()));
        } else if (file.status() == DatabricksConfigFile::Status::Loaded) {
            for (const auto &error : file.errors())
                config.m_problems.append(tr("%1, line %2: %3").arg(path).arg(error.line).arg(error.message));
            if (!explicitProfile)
                profile = file.defaultProfileName();
            if (file.hasProfile(profile)) {
                config.m_profile = profile;
                const QString source = fileSource(path, profile, env);
                for (const auto &[key, value] : file.profile(profile).entries) {
                    if (!config.contains(key))
                        config.set(key, value, source);
                }
            } else if (explicitProfile || profile != DatabricksConfigFile::defaultSectionName) {
                config.m_problems.append(tr("%1 has no profile named “%2”.").arg(path, profile));
            }
        } else if (explicitProfile) {
            config.m_problems.append(
                tr("Profile “%1” was requested but %2 does not exist.").arg(profile, path));
        }
    }

    if (config.contains(u"host"_s)) {
        const ResolvedSetting host = config.m_settings.value(u"host"_s);
        const QString normalized = DatabricksHost::normalize(host.value);
        if (normalized.isEmpty())
            config.m_problems.append(tr("The host “%1” is not a valid address.").arg(host.value));
        config.set(u"host"_s, normalized, host.source);
    }
    return config;
}

} // namespace brickdesk
