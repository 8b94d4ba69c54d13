#include "services/offlinearchive.h"

#include "archive/archive.h"
#include "archive/archiverelease.h"
#include "common/thenlater.h"

#include <QFileInfo>
#include <QFuture>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

OfflineArchive::OfflineArchive(QObject *parent)
    : QObject(parent)
{
    // Preferences deletes the archive: let go of it.
    connect(ArchiveRelease::instance(), &ArchiveRelease::releaseRequested, this, [this](const QString &path) {
        if (!m_path.isEmpty() && QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
            close();
    });
}

OfflineArchive::~OfflineArchive() = default;

void OfflineArchive::setPath(const QString &path)
{
    if (path == m_path)
        return;
    close();
    m_path = path;
}

void OfflineArchive::close()
{
    ++m_asOfGeneration;
    ++m_jobsGeneration;
    ++m_jobGeneration;
    m_archive.reset(); // finishes what was asked; the answers find their generation gone
}

bool OfflineArchive::ensureOpen()
{
    if (m_archive)
        return true;
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return false;
    m_archive = std::make_unique<Archive>(m_path);
    // Calls run in the order made: every read queues behind the open. A file that cannot be
    // opened answers the reads empty.
    thenLater(m_archive->open(), this, [](const ArchiveOpenResult &) {});
    return true;
}

template<typename T, typename Fn>
QFuture<T> OfflineArchive::ask(Fn read, T nothing)
{
    // No file: the same answer path (from the event loop), with nothing in it.
    return ensureOpen() ? m_archive->run(std::move(read)) : QtFuture::makeReadyFuture(std::move(nothing));
}

void OfflineArchive::readAsOf()
{
    const quint64 generation = ++m_asOfGeneration;
    thenLater(ask([](ArchiveDatabase &db) { return db.newestSeenMs(); }, qint64(0)), this,
        [this, generation](qint64 asOfMs) {
            if (generation == m_asOfGeneration)
                emit asOfRead(asOfMs);
        });
}

void OfflineArchive::readJobs()
{
    const quint64 generation = ++m_jobsGeneration;
    const auto read = [](ArchiveDatabase &db) {
        JobList list;
        list.jobs = db.latestJobVersions();
        list.lastRuns = db.latestRunOfEachJob();
        list.asOfMs = db.newestSeenMs();
        return list;
    };
    thenLater(ask(read, JobList()), this, [this, generation](const JobList &list) {
        if (generation == m_jobsGeneration)
            emit jobsRead(list);
    });
}

void OfflineArchive::readJob(qint64 jobId)
{
    const quint64 generation = ++m_jobGeneration;
    const auto read = [jobId](ArchiveDatabase &db) {
        JobRecord record;
        record.jobId = jobId;
        const QList<JobVersion> versions = db.jobVersions(jobId);
        if (!versions.isEmpty())
            record.latest = versions.constLast();
        record.runs = db.runsOfJob(jobId);
        return record;
    };
    thenLater(ask(read, JobRecord {jobId, {}, {}}), this, [this, generation](const JobRecord &record) {
        if (generation == m_jobGeneration)
            emit jobRead(record);
    });
}

QJsonObject OfflineArchive::jobJson(const JobVersion &version)
{
    return {{u"job_id"_s, version.jobId}, {u"settings"_s, version.settings}};
}

} // namespace brickdesk
