#include "services/jobhistoryservice.h"

#include "archive/archive.h"
#include "archive/archiverelease.h"
#include "archive/secretscrubber.h"
#include "common/thenlater.h"
#include "jobform/jsondiff.h"
#include "services/jobversionrestore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
QString indented(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
} // namespace

JobHistoryService::JobHistoryService(QObject *parent)
    : QObject(parent)
    , m_restore(new JobVersionRestore(this))
{
    connect(m_restore, &JobVersionRestore::finished, this,
        [this](JobVersionRestore::Outcome outcome, const QString &message, const QStringList &details) {
            const int version = std::exchange(m_restoringVersion, 0);
            m_restoreDetails = details;
            switch (outcome) {
            case JobVersionRestore::Outcome::Restored:
                m_restoreText
                    = tr("Version %1 restored: it is the job's settings on the server now.").arg(version);
                break;
            case JobVersionRestore::Outcome::Conflict:
            case JobVersionRestore::Outcome::Refused:
                m_restoreText = tr("Version %1 was not restored. %2").arg(version).arg(message);
                break;
            case JobVersionRestore::Outcome::Failed:
                m_restoreText = tr("Version %1 could not be restored: %2").arg(version).arg(message);
                break;
            }
            emit restoreFinished(outcome == JobVersionRestore::Outcome::Restored);
        });
    // Preferences deletes the archive: let go of it (the next job shown starts a new one).
    connect(ArchiveRelease::instance(), &ArchiveRelease::releaseRequested, this, [this](const QString &path) {
        if (m_path.isEmpty() || QFileInfo(path).absoluteFilePath() != QFileInfo(m_path).absoluteFilePath())
            return;
        ++m_generation;
        m_archive.reset();
        m_opened = false;
        m_versions.clear();
        m_loading = false;
        emit versionsChanged();
    });
}

JobHistoryService::~JobHistoryService() = default;

void JobHistoryService::setArchivePath(const QString &path)
{
    if (path == m_path)
        return;
    clear();
    m_path = path;
    m_archive.reset();
    m_opened = false;
}

void JobHistoryService::setConnection(Connection *connection)
{
    m_restore->setConnection(connection);
    m_hasConnection = connection != nullptr;
}

void JobHistoryService::clear()
{
    ++m_generation;
    m_jobId = 0;
    m_current = {};
    m_shown = {};
    m_versions.clear();
    m_restoreText.clear();
    m_restoreDetails.clear();
    m_loading = false;
    m_error.clear();
    emit versionsChanged();
}

void JobHistoryService::recordAndLoad(const Job &job)
{
    if (m_path.isEmpty() || !job.isValid())
        return;
    const QJsonObject raw = job.raw();
    const quint64 generation = begin(job.id(), raw.value(u"settings"_s).toObject());
    thenLater(m_archive->recordJobs(QJsonArray {raw}, QDateTime::currentMSecsSinceEpoch()), this,
        [this, generation](const ArchiveWriteResult &result) {
            if (generation == m_generation && !result.ok() && m_error.isEmpty())
                m_error = result.error.message;
        });
    loadVersions(generation);
}

void JobHistoryService::loadArchived(qint64 jobId)
{
    if (m_path.isEmpty() || jobId <= 0 || !QFileInfo::exists(m_path))
        return;
    loadVersions(begin(jobId, {}));
}

quint64 JobHistoryService::begin(qint64 jobId, const QJsonObject &shown)
{
    if (jobId != m_jobId) {
        m_versions.clear();
        m_restoreText.clear();
        m_restoreDetails.clear();
    }
    const quint64 generation = ++m_generation;
    m_jobId = jobId;
    m_shown = shown;
    m_current = SecretScrubber::scrub(shown);
    m_loading = true;
    m_error.clear();
    if (!m_archive)
        m_archive = std::make_unique<Archive>(m_path);
    // Calls run in the order made, so what follows queues behind the open.
    if (!m_opened) {
        m_opened = true;
        thenLater(m_archive->open(), this, [this, generation](const ArchiveOpenResult &result) {
            if (generation == m_generation && result.status == ArchiveOpenResult::Status::Failed)
                m_error = result.message;
        });
    }
    return generation;
}

void JobHistoryService::loadVersions(quint64 generation)
{
    thenLater(m_archive->jobVersions(m_jobId), this, [this, generation](QList<JobVersion> versions) {
        if (generation != m_generation)
            return;
        std::sort(versions.begin(), versions.end(),
            [](const JobVersion &a, const JobVersion &b) { return a.version > b.version; });
        m_versions = versions;
        m_loading = false;
        emit versionsChanged();
    });
}

const QJsonObject &JobHistoryService::currentOrNewest() const
{
    // Offline the job's settings now are unknown: the newest archived version stands in.
    return m_current.isEmpty() && !m_versions.isEmpty() ? m_versions.constFirst().settings : m_current;
}

const JobVersion *JobHistoryService::at(int index) const
{
    return index >= 0 && index < m_versions.size() ? &m_versions.at(index) : nullptr;
}

int JobHistoryService::versionNumber(int index) const
{
    const JobVersion *v = at(index);
    return v ? v->version : 0;
}

qint64 JobHistoryService::firstSeenMs(int index) const
{
    const JobVersion *v = at(index);
    return v ? v->firstSeenMs : 0;
}

qint64 JobHistoryService::lastSeenMs(int index) const
{
    const JobVersion *v = at(index);
    return v ? v->lastSeenMs : 0;
}

bool JobHistoryService::isCurrent(int index) const
{
    const JobVersion *v = at(index);
    return v && v->settings == m_current;
}

QString JobHistoryService::settingsText(int index) const
{
    const JobVersion *v = at(index);
    return v ? indented(v->settings) : QString();
}

QString JobHistoryService::currentSettingsText() const
{
    const QJsonObject &current = currentOrNewest();
    return current.isEmpty() ? QString() : indented(current);
}

QStringList JobHistoryService::differences(int index) const
{
    const JobVersion *v = at(index);
    if (!v)
        return {};
    return JsonDiff::describe(v->settings, currentOrNewest(), 200);
}

QStringList JobHistoryService::restoreChanges(int index) const
{
    const JobVersion *v = at(index);
    if (!v)
        return {};
    return JsonDiff::describe(currentOrNewest(), v->settings, 200);
}

void JobHistoryService::setOfflineReason(const QString &reason)
{
    if (reason == m_offlineReason)
        return;
    m_offlineReason = reason;
    emit versionsChanged(); // the restore button follows
}

bool JobHistoryService::isRestoring() const
{
    return m_restore->isBusy();
}

bool JobHistoryService::canRestore(int index, QString *why) const
{
    const auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!at(index))
        return no(tr("Select a version to restore."));
    if (!m_hasConnection)
        return no(tr("Restoring needs a connection to the workspace."));
    if (!m_offlineReason.isEmpty())
        return no(m_offlineReason);
    if (m_loading || m_shown.isEmpty())
        return no(tr("Wait for the job and its history to load."));
    if (m_restore->isBusy())
        return no(tr("A version is being restored."));
    if (isCurrent(index))
        return no(tr("This version is the job's current settings."));
    if (why)
        why->clear();
    return true;
}

void JobHistoryService::restore(int index)
{
    if (!canRestore(index))
        return;
    m_restoringVersion = at(index)->version;
    m_restoreText = tr("Restoring version %1…").arg(m_restoringVersion);
    m_restoreDetails.clear();
    emit restoreStarted();
    m_restore->restore(m_jobId, m_shown, at(index)->settings);
}

} // namespace brickdesk
