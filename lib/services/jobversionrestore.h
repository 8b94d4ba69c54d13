#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace brickdesk {

class Connection;
class JobFormController;

// Puts an archived version of a job's settings back on the server through the job form's own
// save (JobFormController: validation, then jobs/get, compare with the settings the user was
// shown, then jobs/reset). When the job changed on the server since it was shown, nothing is
// written: the user is told what changed and can look again first. Every field of the
// version goes back as archived, unknown ones included; only the values the archive redacted
// as secrets are taken from the job's current settings, and when one cannot be (the secret
// is new or moved), the restore is refused rather than writing "[redacted]" into the job.
class JobVersionRestore final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Restored, // jobs/reset accepted the version
        Conflict, // the job changed on the server since it was shown: nothing written
        Refused, // not sent: a secret cannot be restored, or the form finds a problem
        Failed, // the server refused it or could not be reached
    };
    Q_ENUM(Outcome)

    explicit JobVersionRestore(QObject *parent = nullptr);
    ~JobVersionRestore() override;

    void setConnection(Connection *connection);
    bool isBusy() const { return m_controller != nullptr; }

    // `shown`: the job's settings as the user last saw them (jobs/get); `archived`: the
    // version to put back, as the archive keeps it (secrets redacted).
    void restore(qint64 jobId, const QJsonObject &shown, const QJsonObject &archived);

    // `archived` with each redacted value replaced by `current`'s at the same place (array
    // items matched by task_key, job_cluster_key, environment_key or name, else position),
    // where the current value is the same one once scrubbed. The places where it is not are
    // appended to `unresolved` as JSON paths.
    static QJsonValue withSecretsFrom(const QJsonValue &archived, const QJsonValue &current,
        QStringList *unresolved, const QString &path = {});

signals:
    // `details`: the server's changes for a Conflict, the form's problems when Refused.
    void finished(
        brickdesk::JobVersionRestore::Outcome outcome, const QString &message, const QStringList &details);

private:
    void finish(Outcome outcome, const QString &message, const QStringList &details = {});

    QPointer<Connection> m_connection;
    JobFormController *m_controller = nullptr;
    qint64 m_jobId = 0;
};

} // namespace brickdesk
