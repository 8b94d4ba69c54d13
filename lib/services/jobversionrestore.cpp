#include "services/jobversionrestore.h"

#include "api/connection.h"
#include "archive/secretscrubber.h"
#include "jobform/jobformcontroller.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// The key that names an item of a settings array, as JsonDiff matches them.
QString naturalKey(const QJsonValue &item)
{
    const QJsonObject object = item.toObject();
    for (const auto key : {u"task_key", u"job_cluster_key", u"environment_key", u"name"}) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return QString::fromUtf16(key) + u'=' + value.toString();
    }
    return {};
}

bool holdsRedaction(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().contains(SecretScrubber::redacted());
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (holdsRedaction(it.value()))
                return true;
        }
        return false;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &v) { return holdsRedaction(v); });
    }
    default:
        return false;
    }
}

QJsonValue matchingItem(const QJsonArray &current, const QJsonValue &item, qsizetype index)
{
    const QString key = naturalKey(item);
    if (key.isEmpty())
        return index < current.size() ? current.at(index) : QJsonValue(QJsonValue::Undefined);
    for (const QJsonValue &candidate : current) {
        if (naturalKey(candidate) == key)
            return candidate;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

JobVersionRestore::JobVersionRestore(QObject *parent)
    : QObject(parent)
{ }

JobVersionRestore::~JobVersionRestore() = default;

void JobVersionRestore::setConnection(Connection *connection)
{
    m_connection = connection;
}

QJsonValue JobVersionRestore::withSecretsFrom(
    const QJsonValue &archived, const QJsonValue &current, QStringList *unresolved, const QString &path)
{
    if (!holdsRedaction(archived))
        return archived;
    // The same value apart from what the scrubber hides: the current one is what was archived.
    if (!current.isUndefined() && SecretScrubber::scrub(current) == archived)
        return current;
    const auto here = [&path](const QString &key) { return path.isEmpty() ? key : path + u'.' + key; };
    if (archived.isObject()) {
        QJsonObject out = archived.toObject();
        const QJsonObject now = current.toObject();
        for (auto it = out.begin(); it != out.end(); ++it) {
            const QJsonValue value = it.value();
            if (SecretScrubber::isSecretName(it.key()) && value == SecretScrubber::redacted()) {
                // A field named like a secret is redacted whatever its value was.
                if (now.contains(it.key()))
                    it.value() = now.value(it.key());
                else if (unresolved)
                    unresolved->append(here(it.key()));
                continue;
            }
            it.value() = withSecretsFrom(value, now.value(it.key()), unresolved, here(it.key()));
        }
        return out;
    }
    if (archived.isArray()) {
        QJsonArray out = archived.toArray();
        const QJsonArray now = current.toArray();
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QJsonValue item = out.at(i);
            const QString key = naturalKey(item);
            const QString where
                = u"%1[%2]"_s.arg(path, key.isEmpty() ? QString::number(i) : key.section(u'=', 1));
            out.replace(i, withSecretsFrom(item, matchingItem(now, item, i), unresolved, where));
        }
        return out;
    }
    if (unresolved)
        unresolved->append(path);
    return archived;
}

void JobVersionRestore::restore(qint64 jobId, const QJsonObject &shown, const QJsonObject &archived)
{
    if (isBusy())
        return;
    if (!m_connection) {
        finish(Outcome::Failed, tr("There is no connection to the workspace."));
        return;
    }
    QStringList unresolved;
    const QJsonObject settings = withSecretsFrom(archived, shown, &unresolved).toObject();
    if (!unresolved.isEmpty()) {
        finish(Outcome::Refused,
            tr("The archive keeps no secrets, and the job's current settings do not hold the same secret "
               "values as this version, so restoring it would write “%1” into the job. Change the job in "
               "its form instead.")
                .arg(SecretScrubber::redacted()),
            unresolved);
        return;
    }
    m_jobId = jobId;
    m_controller = new JobFormController(m_connection, this);
    m_controller->loadForRestore(jobId, shown, settings);
    const QList<JobFormIssue> issues = m_controller->issues();
    if (!issues.isEmpty()) {
        QStringList problems;
        for (const JobFormIssue &issue : issues)
            problems << (issue.field.isEmpty() ? issue.message : issue.field + u": "_s + issue.message);
        finish(Outcome::Refused, tr("The job form finds problems in this version, so it was not saved."),
            problems);
        return;
    }
    connect(m_controller, &JobFormController::jobSaved, this, [this] { finish(Outcome::Restored, {}); });
    connect(
        m_controller, &JobFormController::concurrentChangeDetected, this, [this](const QStringList &changes) {
            finish(Outcome::Conflict,
                tr("The job changed on the server since it was shown here, so nothing was restored. Look at "
                   "its settings again, then restore the version if you still want it."),
                changes);
        });
    connect(m_controller, &JobFormController::submitFailed, this,
        [this](const QString &message) { finish(Outcome::Failed, message); });
    m_controller->submit();
}

void JobVersionRestore::finish(Outcome outcome, const QString &message, const QStringList &details)
{
    if (m_controller) {
        // Called from the controller's own signal: it goes once that returns.
        m_controller->disconnect(this);
        m_controller->deleteLater();
        m_controller = nullptr;
    }
    emit finished(outcome, message, details);
}

} // namespace brickdesk
