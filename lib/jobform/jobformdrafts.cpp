#include "jobform/jobformdrafts.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

const QRegularExpression &secretKeyPattern()
{
    static const QRegularExpression pattern(
        u"(password|passwd|secret|token|credential|api[_.-]?key|account\\.key|private[_.-]?key|(^|[._-])sas([._-]|$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &tokenValuePattern()
{
    // Databricks personal access tokens: "dapi" followed by 32 hex digits (optionally "-2").
    static const QRegularExpression pattern(u"dapi[0-9a-f]{32}"_s, QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isSecretReference(const QString &value)
{
    return value.trimmed().startsWith(u"{{secrets/") || value.trimmed().startsWith(u"{{ secrets/");
}

QJsonValue scrub(const QJsonValue &value, const QString &path, bool secretKey, QStringList *redacted)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool keyIsSecret = secretKeyPattern().match(it.key()).hasMatch();
            it.value() = scrub(
                it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), keyIsSecret, redacted);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, scrub(array.at(i), u"%1[%2]"_s.arg(path).arg(i), secretKey, redacted));
        return array;
    }
    if (value.isString()) {
        const QString text = value.toString();
        const bool secret = (secretKey && !text.isEmpty() && !isSecretReference(text))
            || tokenValuePattern().match(text).hasMatch();
        if (secret) {
            if (redacted)
                redacted->append(path);
            return QString();
        }
    }
    return value;
}

const char *modeName(JobFormDraft::Mode mode)
{
    switch (mode) {
    case JobFormDraft::Mode::Create:
        return "create";
    case JobFormDraft::Mode::Edit:
        return "edit";
    case JobFormDraft::Mode::Clone:
        return "clone";
    }
    return "create";
}

} // namespace

QJsonObject JobFormDraft::toJson() const
{
    QJsonObject json {
        {u"id"_s, id},
        {u"mode"_s, QLatin1String(modeName(mode))},
        {u"connection"_s, connectionName},
        {u"settings"_s, settings},
        {u"saved_at"_s, savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (jobId != 0)
        json.insert(u"job_id"_s, jobId);
    if (!baseSettings.isEmpty())
        json.insert(u"base_settings"_s, baseSettings);
    if (!repeatedRows.isEmpty())
        json.insert(u"repeated_rows"_s, repeatedRows);
    if (!redactedFields.isEmpty())
        json.insert(u"redacted_fields"_s, QJsonArray::fromStringList(redactedFields));
    return json;
}

JobFormDraft JobFormDraft::fromJson(const QJsonObject &json)
{
    JobFormDraft draft;
    draft.id = json.value(u"id").toString();
    const QString mode = json.value(u"mode").toString();
    draft.mode = mode == u"edit" ? Mode::Edit : mode == u"clone" ? Mode::Clone : Mode::Create;
    draft.connectionName = json.value(u"connection").toString();
    draft.jobId = json.value(u"job_id").toInteger();
    draft.settings = json.value(u"settings").toObject();
    draft.baseSettings = json.value(u"base_settings").toObject();
    draft.repeatedRows = json.value(u"repeated_rows").toObject();
    for (const QJsonValue &field : json.value(u"redacted_fields").toArray())
        draft.redactedFields << field.toString();
    draft.savedAt = QDateTime::fromString(json.value(u"saved_at").toString(), Qt::ISODateWithMs);
    return draft;
}

JobFormDrafts::JobFormDrafts(const QString &directory)
    : m_directory(directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/jobform-drafts"
            : directory)
{ }

QString JobFormDrafts::fileFor(const QString &id) const
{
    return m_directory + u'/' + id + u".json";
}

QList<JobFormDraft> JobFormDrafts::list() const
{
    QList<JobFormDraft> drafts;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    for (const QString &file : files) {
        if (const auto draft = load(file.chopped(5)))
            drafts.append(*draft);
    }
    std::sort(drafts.begin(), drafts.end(),
        [](const JobFormDraft &a, const JobFormDraft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

std::optional<JobFormDraft> JobFormDrafts::load(const QString &id) const
{
    QFile file(fileFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    JobFormDraft draft = JobFormDraft::fromJson(document.object());
    draft.id = id;
    return draft;
}

std::optional<JobFormDraft> JobFormDrafts::findForJob(const QString &connectionName, qint64 jobId) const
{
    const QList<JobFormDraft> drafts = list();
    for (const JobFormDraft &draft : drafts) {
        if (draft.mode == JobFormDraft::Mode::Edit && draft.jobId == jobId
            && draft.connectionName == connectionName)
            return draft;
    }
    return std::nullopt;
}

bool JobFormDrafts::save(JobFormDraft &draft, QString *error)
{
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList redacted;
    draft.settings = withoutSecrets(draft.settings, &redacted);
    // Paths such as "tags[1].token": the field and the row whose value was dropped.
    draft.repeatedRows = withoutSecrets(draft.repeatedRows, &redacted);
    draft.baseSettings = withoutSecrets(draft.baseSettings);
    for (const QString &field : std::as_const(redacted)) {
        if (!draft.redactedFields.contains(field))
            draft.redactedFields.append(field);
    }
    draft.savedAt = QDateTime::currentDateTimeUtc();
    const auto fail = [this, error](const QString &reason) {
        if (error)
            *error = tr("The draft could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(m_directory), reason);
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("the folder cannot be created"));
    QFile::setPermissions(
        m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(fileFor(draft.id));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Before any byte is written: the new file replaces the old one with these permissions.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(file.errorString());
    const QByteArray bytes = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

bool JobFormDrafts::remove(const QString &id)
{
    return QFile::remove(fileFor(id));
}

QJsonObject JobFormDrafts::withoutSecrets(const QJsonObject &settings, QStringList *redacted)
{
    return scrub(settings, QString(), false, redacted).toObject();
}

} // namespace brickdesk
