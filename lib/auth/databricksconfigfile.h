#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// One `[name]` section of a ~/.databrickscfg file: its keys in file order, unknown keys
// included and kept as they are.
struct ConfigSection
{
    QString name;
    int line = 0; // 1-based line of the header; 0 for keys before any header (DEFAULT)
    QList<QPair<QString, QString>> entries;

    bool contains(const QString &key) const;
    QString value(const QString &key) const;
};

// A problem found while reading the file, with the 1-based line it is on (0: whole file).
struct ConfigFileError
{
    int line = 0;
    QString message;
};

// Reads ~/.databrickscfg (or $DATABRICKS_CONFIG_FILE) the way the Databricks CLI and the Go
// SDK do (databricks-sdk-go config/config_file.go, which loads it with gopkg.in/ini.v1 and
// SpaceBeforeInlineComment):
//  - keys before any header belong to [DEFAULT]; section and key names are case-sensitive;
//  - `key = value` or `key: value`; whitespace around names and values is trimmed;
//  - a line starting with `#` or `;` is a comment; inside a value, " #" or " ;" (a space
//    first) starts an inline comment, so tokens and secrets may contain '#' and ';';
//  - a value wrapped in matching '...' or "..." loses the quotes; """...""" and `...` may
//    span lines; a value ending in '\' continues on the next line;
//  - a repeated section adds to the first one, a repeated key replaces the earlier value;
//  - [DEFAULT] is NOT merged into other profiles: the Go SDK (and the CLI built on it)
//    resolves a profile from that section's own keys only (Section(p).KeysHash()), and the
//    Python SDK likewise reads configparser's raw _sections. Only the legacy Python
//    databricks-cli inherited DEFAULT values. We follow the current SDKs.
// Unlike ini.v1, which stops at the first malformed line, every malformed line is reported
// (with its line number) and the rest of the file is still read, so the UI can show usable
// profiles next to the errors.
class DatabricksConfigFile final
{
public:
    enum class Status {
        Loaded,
        Missing, // no file: not an error, the machine simply has no profiles
        Unreadable, // exists but cannot be opened (permissions, a directory, ...)
    };

    DatabricksConfigFile() = default;

    // $DATABRICKS_CONFIG_FILE (with a leading ~ expanded) or ~/.databrickscfg.
    static QString defaultPath(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QString expandHome(const QString &path, const QProcessEnvironment &env);

    static DatabricksConfigFile load(const QString &path);
    static DatabricksConfigFile parse(const QByteArray &contents, const QString &path = {});

    QString path() const { return m_path; }
    Status status() const { return m_status; }
    // For Unreadable: the system's reason.
    QString statusMessage() const { return m_statusMessage; }
    QList<ConfigFileError> errors() const { return m_errors; }

    // All sections in file order, DEFAULT first when it has keys; [__settings__] excluded.
    QList<ConfigSection> profiles() const;
    QStringList profileNames() const;
    bool hasProfile(const QString &name) const;
    // The section's own keys (no DEFAULT inheritance, see above); empty if absent.
    ConfigSection profile(const QString &name) const;
    // [__settings__] default_profile (written by `databricks auth switch`), or empty.
    QString defaultProfileSetting() const;
    // The profile used when none is requested: default_profile, else DEFAULT.
    QString defaultProfileName() const;

    // Writes [profile] with host and auth_type (never a token) into the file at path, keeping
    // every other byte as it was: an existing section gets those two lines replaced or added,
    // a new section is appended. A new file is created readable by its owner only.
    static bool exportProfile(const QString &path, const QString &profile, const QString &host,
        const QString &authType, QString *errorMessage = nullptr);

    static inline const QString defaultSectionName = u"DEFAULT"_s;
    static inline const QString settingsSectionName = u"__settings__"_s;

private:
    QString m_path;
    Status m_status = Status::Missing;
    QString m_statusMessage;
    QList<ConfigSection> m_sections;
    QList<ConfigFileError> m_errors;
};

} // namespace brickdesk
