#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// An unfinished job form, kept on disk until it is created/saved or discarded.
struct JobFormDraft
{
    enum class Mode { Create, Edit, Clone };

    QString id; // assigned by JobFormDrafts::save()
    Mode mode = Mode::Create;
    QString connectionName; // which workspace; never a token or other credential
    qint64 jobId = 0; // Edit: the job being edited
    QJsonObject settings; // the form's JobSettings (secrets removed, see JobFormDrafts)
    QJsonObject baseSettings; // Edit: the settings as read when the form was opened
    // Rows of name=value fields typed with a repeated name, which `settings` cannot hold (see
    // jobformdraftrows.h); secrets removed like those of `settings`.
    QJsonObject repeatedRows;
    QStringList redactedFields; // JSON paths whose values were dropped as secrets
    QDateTime savedAt;

    QJsonObject toJson() const;
    static JobFormDraft fromJson(const QJsonObject &json);
};

// Drafts of the job form, one JSON file each under
// QStandardPaths::AppDataLocation/jobform-drafts (or a given directory). Files are written
// atomically. Values that look like secrets (keys such as password/secret/token/account.key
// in spark_conf, spark_env_vars, ...; personal access tokens anywhere) are never written:
// they are blanked and listed in redactedFields so the dialog can ask for them again.
// References such as {{secrets/scope/key}} are not secrets and are kept.
class JobFormDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(JobFormDrafts)

public:
    explicit JobFormDrafts(const QString &directory = {});

    QString directory() const { return m_directory; }

    // Newest first.
    QList<JobFormDraft> list() const;
    std::optional<JobFormDraft> load(const QString &id) const;
    // The draft for an edit of `jobId` on `connectionName`, if any.
    std::optional<JobFormDraft> findForJob(const QString &connectionName, qint64 jobId) const;
    // Assigns draft.id if empty, removes secrets, sets savedAt; false on I/O error, with the
    // reason in words in `error`. The file and its directory are the user's alone (0600, 0700):
    // a draft holds a workspace's job settings.
    bool save(JobFormDraft &draft, QString *error = nullptr);
    bool remove(const QString &id);

    // `settings` without secret values; `redacted` receives their JSON paths.
    static QJsonObject withoutSecrets(const QJsonObject &settings, QStringList *redacted = nullptr);

private:
    QString fileFor(const QString &id) const;

    QString m_directory;
};

} // namespace brickdesk
