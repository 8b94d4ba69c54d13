#pragma once

#include "auth/databricksconfigfile.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// One setting after resolution and, for people, where it came from:
// "set in Brickdesk", "environment variable DATABRICKS_HOST", "~/.databrickscfg [prod]".
struct ResolvedSetting
{
    QString value;
    QString source;
};

// The outcome of ConfigResolver::resolve: every setting found, with its source.
class ResolvedConfig final
{
public:
    QString value(const QString &key) const { return m_settings.value(key).value; }
    QString source(const QString &key) const { return m_settings.value(key).source; }
    bool contains(const QString &key) const { return m_settings.contains(key); }
    QStringList keys() const { return m_settings.keys(); }

    // Normalised (DatabricksHost::normalize).
    QString host() const { return value(u"host"_s); }
    // The profile read from the config file, empty if the file was not used.
    QString profile() const { return m_profile; }
    QString configFilePath() const { return m_configFilePath; }
    // auth_type if set; otherwise what the SDKs' default chain would pick from the settings
    // present: "pat" (token), "oauth-m2m" (client id + secret), "databricks-cli" (host only).
    QString effectiveAuthType() const;
    // Problems for people: a requested profile that does not exist, a broken file.
    QStringList problems() const { return m_problems; }
    bool isValid() const { return m_problems.isEmpty() && !host().isEmpty(); }

    void set(const QString &key, const QString &value, const QString &source);

private:
    friend class ConfigResolver;
    QMap<QString, ResolvedSetting> m_settings;
    QString m_profile;
    QString m_configFilePath;
    QStringList m_problems;
};

// Merges settings the way the SDKs' unified auth does (guide §4.1, databricks-sdk-go
// config/config.go loaders): explicit values first, then DATABRICKS_* environment
// variables for what is still unset, then the config-file profile for what is still unset.
// The file is skipped when no profile was requested and a host or a credential is already
// known. The profile is the requested one (explicit or DATABRICKS_CONFIG_PROFILE), else
// [__settings__] default_profile, else DEFAULT.
class ConfigResolver final
{
public:
    // The environment variable of a setting ("host" -> "DATABRICKS_HOST"), or empty.
    static QString environmentVariable(const QString &key);
    // Keys whose values are secrets (never shown, never logged).
    static bool isSecretKey(const QString &key);

    static ResolvedConfig resolve(const QMap<QString, QString> &explicitValues,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // One profile of an already loaded file, ignoring the environment (the dialog's list).
    static ResolvedConfig resolveProfile(const DatabricksConfigFile &file, const QString &profile,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // "~/.databrickscfg [prod]", with the home folder abbreviated.
    static QString fileSource(const QString &path, const QString &profile, const QProcessEnvironment &env);
};

} // namespace brickdesk
