#include "auth/databricksconfigfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::DatabricksConfigFile", text);
}

// ini.v1 hasSurroundedQuote: first and last character are the quote and it appears nowhere else.
bool hasSurroundedQuote(const QString &value, QChar quote)
{
    return value.size() >= 2 && value.front() == quote && value.back() == quote
        && value.indexOf(quote, 1) == value.size() - 1;
}

QString trimmedLeft(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return s.mid(i);
}

// The value part of a `key = value` line, as ini.v1's readValue (SpaceBeforeInlineComment)
// reads it. May consume following lines (multi-line quotes, '\' continuations): *index is
// advanced past them.
QString readValue(
    const QString &rest, const QStringList &lines, qsizetype *index, QList<ConfigFileError> *errors)
{
    QString line = trimmedLeft(rest);
    if (line.isEmpty())
        return {};

    QString quote;
    if (line.size() > 3 && line.startsWith(u"\"\"\""_s))
        quote = u"\"\"\""_s;
    else if (line.front() == u'`')
        quote = u"`"_s;
    if (!quote.isEmpty()) {
        const QString body = line.mid(quote.size());
        const qsizetype pos = body.lastIndexOf(quote);
        if (pos >= 0)
            return body.left(pos);
        const qsizetype startLine = *index + 1;
        QString value = body + u'\n';
        while (*index + 1 < lines.size()) {
            ++*index;
            const QString &next = lines.at(*index);
            const qsizetype end = next.lastIndexOf(quote);
            if (end >= 0)
                return value + next.left(end);
            value += next + u'\n';
        }
        errors->append({int(startLine),
            QCoreApplication::translate(
                "brickdesk::DatabricksConfigFile", "The quoted value that starts here is never closed.")});
        return value;
    }

    line = line.trimmed();
    if (line.endsWith(u'\\')) {
        QString value = line.chopped(1);
        while (*index + 1 < lines.size()) {
            ++*index;
            const QString next = lines.at(*index).trimmed();
            if (next.isEmpty())
                break;
            value += next;
            if (!value.endsWith(u'\\'))
                break;
            value.chop(1);
        }
        return value;
    }

    qsizetype comment = line.indexOf(u" #"_s);
    if (comment < 0)
        comment = line.indexOf(u" ;"_s);
    if (comment >= 0)
        line = line.left(comment).trimmed();

    if (hasSurroundedQuote(line, u'\'') || hasSurroundedQuote(line, u'"'))
        line = line.mid(1, line.size() - 2);
    return line;
}

struct RawLine
{
    QByteArray text; // without the line ending
    QByteArray ending; // "\n", "\r\n" or "" for the last line
};

QList<RawLine> splitKeepingEndings(const QByteArray &data)
{
    QList<RawLine> out;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0) {
            out.append({data.mid(start), {}});
            break;
        }
        QByteArray text = data.mid(start, nl - start);
        QByteArray ending("\n");
        if (text.endsWith('\r')) {
            text.chop(1);
            ending = "\r\n";
        }
        out.append({text, ending});
        start = nl + 1;
    }
    return out;
}

// The section name if this raw line is a header, as the parser reads it.
bool headerName(const QByteArray &raw, QString *name)
{
    const QString line = trimmedLeft(QString::fromUtf8(raw));
    if (!line.startsWith(u'['))
        return false;
    const qsizetype close = line.lastIndexOf(u']');
    if (close < 0)
        return false;
    *name = line.mid(1, close - 1);
    return true;
}

bool keyName(const QByteArray &raw, QString *key)
{
    const QString line = trimmedLeft(QString::fromUtf8(raw));
    if (line.isEmpty() || line.front() == u'#' || line.front() == u';' || line.front() == u'[')
        return false;
    qsizetype delimiter = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'=' || line.at(i) == u':') {
            delimiter = i;
            break;
        }
    }
    if (delimiter < 0)
        return false;
    *key = line.left(delimiter).trimmed();
    return true;
}

} // namespace

bool ConfigSection::contains(const QString &key) const
{
    for (const auto &entry : entries) {
        if (entry.first == key)
            return true;
    }
    return false;
}

QString ConfigSection::value(const QString &key) const
{
    for (const auto &entry : entries) {
        if (entry.first == key)
            return entry.second;
    }
    return {};
}

QString DatabricksConfigFile::expandHome(const QString &path, const QProcessEnvironment &env)
{
    if (!path.startsWith(u'~'))
        return path;
    // Go's os.UserHomeDir reads $HOME; fall back to Qt's idea of home.
    QString home = env.value(u"HOME"_s);
    if (home.isEmpty())
        home = QDir::homePath();
    return home + path.mid(1);
}

QString DatabricksConfigFile::defaultPath(const QProcessEnvironment &env)
{
    QString path = env.value(u"DATABRICKS_CONFIG_FILE"_s);
    if (path.isEmpty())
        path = u"~/.databrickscfg"_s;
    return expandHome(path, env);
}

DatabricksConfigFile DatabricksConfigFile::load(const QString &path)
{
    DatabricksConfigFile file;
    file.m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        file.m_status = Status::Missing;
        return file;
    }
    QFile f(path);
    if (info.isDir() || !f.open(QIODevice::ReadOnly)) {
        file.m_status = Status::Unreadable;
        file.m_statusMessage = info.isDir() ? tr("It is a folder, not a file.") : f.errorString();
        return file;
    }
    file = parse(f.readAll(), path);
    return file;
}

DatabricksConfigFile DatabricksConfigFile::parse(const QByteArray &contents, const QString &path)
{
    DatabricksConfigFile file;
    file.m_path = path;
    file.m_status = Status::Loaded;
    QByteArray data = contents;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QStringList lines = QString::fromUtf8(data).split(u'\n');

    file.m_sections.append(ConfigSection {defaultSectionName, 0, {}});
    // An index rather than a pointer: appending sections may reallocate the list.
    qsizetype currentIndex = 0;

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = trimmedLeft(lines.at(i));
        if (line.isEmpty() || line.front() == u'#' || line.front() == u';')
            continue;

        if (line.front() == u'[') {
            const qsizetype close = line.lastIndexOf(u']');
            if (close < 0) {
                file.m_errors.append({lineNumber, tr("The section header has no closing ']'.")});
                currentIndex = -1;
                continue;
            }
            const QString name = line.mid(1, close - 1);
            if (name.isEmpty()) {
                file.m_errors.append({lineNumber, tr("The section header has no name.")});
                currentIndex = -1;
                continue;
            }
            currentIndex = -1;
            for (qsizetype s = 0; s < file.m_sections.size(); ++s) {
                if (file.m_sections.at(s).name == name)
                    currentIndex = s;
            }
            if (currentIndex < 0) {
                file.m_sections.append(ConfigSection {name, lineNumber, {}});
                currentIndex = file.m_sections.size() - 1;
            } else if (file.m_sections[currentIndex].line == 0) {
                file.m_sections[currentIndex].line = lineNumber;
            }
            continue;
        }

        qsizetype delimiter = -1;
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (line.at(c) == u'=' || line.at(c) == u':') {
                delimiter = c;
                break;
            }
        }
        if (delimiter < 0) {
            file.m_errors.append(
                {lineNumber, tr("This line is neither a [section], a comment nor a 'key = value' setting.")});
            continue;
        }
        const QString key = line.left(delimiter).trimmed();
        const QString value = readValue(line.mid(delimiter + 1), lines, &i, &file.m_errors);
        if (key.isEmpty()) {
            file.m_errors.append({lineNumber, tr("The setting has no name before '='.")});
            continue;
        }
        if (currentIndex < 0)
            continue; // under a broken header, already reported
        ConfigSection &current = file.m_sections[currentIndex];
        bool replaced = false;
        for (auto &entry : current.entries) {
            if (entry.first == key) {
                entry.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            current.entries.append({key, value});
    }
    return file;
}

QList<ConfigSection> DatabricksConfigFile::profiles() const
{
    QList<ConfigSection> out;
    for (const auto &section : m_sections) {
        if (section.name == settingsSectionName)
            continue;
        if (section.name == defaultSectionName && section.entries.isEmpty())
            continue;
        out.append(section);
    }
    return out;
}

QStringList DatabricksConfigFile::profileNames() const
{
    QStringList names;
    for (const auto &section : profiles())
        names.append(section.name);
    return names;
}

bool DatabricksConfigFile::hasProfile(const QString &name) const
{
    // As the SDK: a profile without keys counts as not configured.
    return !profile(name).entries.isEmpty();
}

ConfigSection DatabricksConfigFile::profile(const QString &name) const
{
    for (const auto &section : m_sections) {
        if (section.name == name)
            return section;
    }
    return ConfigSection {name, 0, {}};
}

QString DatabricksConfigFile::defaultProfileSetting() const
{
    return profile(settingsSectionName).value(u"default_profile"_s);
}

QString DatabricksConfigFile::defaultProfileName() const
{
    const QString configured = defaultProfileSetting();
    return configured.isEmpty() ? defaultSectionName : configured;
}

bool DatabricksConfigFile::exportProfile(const QString &path, const QString &profile, const QString &host,
    const QString &authType, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const auto hasLineBreak = [](const QString &s) { return s.contains(u'\n') || s.contains(u'\r'); };
    if (profile.isEmpty() || profile == settingsSectionName || profile.contains(u']')
        || hasLineBreak(profile))
        return fail(tr("The profile name is not valid."));
    if (host.isEmpty() || hasLineBreak(host) || hasLineBreak(authType))
        return fail(tr("The host or authentication type is not valid."));

    QByteArray original;
    const bool existed = QFileInfo::exists(path);
    if (existed) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(path, in.errorString()));
        original = in.readAll();
    }

    QList<RawLine> lines = splitKeepingEndings(original);
    QByteArray newline("\n");
    if (!lines.isEmpty() && lines.front().ending == "\r\n")
        newline = "\r\n";

    QList<QPair<QString, QString>> wanted {{u"host"_s, host}};
    if (!authType.isEmpty())
        wanted.append({u"auth_type"_s, authType});

    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString name;
        if (headerName(lines.at(i).text, &name) && name == profile) {
            header = i;
            break;
        }
    }

    if (header >= 0) {
        qsizetype end = lines.size();
        for (qsizetype i = header + 1; i < lines.size(); ++i) {
            QString name;
            if (headerName(lines.at(i).text, &name)) {
                end = i;
                break;
            }
        }
        qsizetype lastKey = header;
        QList<QPair<QString, QString>> missing;
        for (const auto &[key, value] : std::as_const(wanted)) {
            bool found = false;
            for (qsizetype i = header + 1; i < end; ++i) {
                QString name;
                if (keyName(lines.at(i).text, &name)) {
                    lastKey = std::max(lastKey, i);
                    if (name == key) {
                        lines[i].text = (key + u" = "_s + value).toUtf8();
                        found = true;
                    }
                }
            }
            if (!found)
                missing.append({key, value});
        }
        qsizetype insertAt = lastKey + 1;
        if (lines.at(lastKey).ending.isEmpty())
            lines[lastKey].ending = newline;
        for (const auto &[key, value] : std::as_const(missing))
            lines.insert(insertAt++, RawLine {(key + u" = "_s + value).toUtf8(), newline});
    } else {
        if (!lines.isEmpty()) {
            if (lines.back().ending.isEmpty())
                lines.back().ending = newline;
            lines.append(RawLine {{}, newline});
        }
        lines.append(RawLine {(u'[' + profile + u']').toUtf8(), newline});
        for (const auto &[key, value] : std::as_const(wanted))
            lines.append(RawLine {(key + u" = "_s + value).toUtf8(), newline});
    }

    QByteArray out;
    for (const auto &line : std::as_const(lines))
        out += line.text + line.ending;

    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, save.errorString()));
    if (!existed)
        save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    save.write(out);
    if (!save.commit())
        return fail(tr("Cannot write %1: %2").arg(path, save.errorString()));
    return true;
}

} // namespace brickdesk
