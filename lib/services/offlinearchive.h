#pragma once

#include "archive/archivetypes.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace brickdesk {

class Archive;

// What a workspace's local archive holds, read for when the workspace cannot be reached: the
// newest archived settings of every job, one job with its archived runs, and until when the
// archive saw the workspace ("data as of"). Reads run on the archive's own thread; each answer
// is a signal from the event loop, and a newer read of the same kind supersedes an older one.
// A file that does not exist is never created: the reads answer empty.
//
// Each holder has its own (a shared one could outlive a holder with a read still in flight).
class OfflineArchive final : public QObject
{
    Q_OBJECT
public:
    struct JobList
    {
        QList<JobVersion> jobs; // the newest version of each, by job id
        QList<ArchivedRun> lastRuns; // each job's newest run
        qint64 asOfMs = 0; // when the archive last saw the workspace's jobs or runs; 0: never
    };
    struct JobRecord
    {
        qint64 jobId = 0;
        JobVersion latest; // jobId 0 when the archive does not hold the job
        QList<ArchivedRun> runs; // newest first
    };

    explicit OfflineArchive(QObject *parent = nullptr);
    ~OfflineArchive() override;

    // Closes the file held for the previous path.
    void setPath(const QString &path);
    QString path() const { return m_path; }

    void readAsOf();
    void readJobs();
    void readJob(qint64 jobId);
    // Lets the file go (the workspace answers again); the next read opens it again.
    void close();

    // A job as jobs/list (and jobs/get) return it, made from its archived settings.
    static QJsonObject jobJson(const JobVersion &version);

signals:
    void asOfRead(qint64 asOfMs);
    void jobsRead(const brickdesk::OfflineArchive::JobList &list);
    void jobRead(const brickdesk::OfflineArchive::JobRecord &record);

private:
    // Opens the file when it exists; false (and nothing opened) when it does not.
    bool ensureOpen();
    // read(ArchiveDatabase &) on the archive's thread, or `nothing` when there is no file.
    template<typename T, typename Fn>
    QFuture<T> ask(Fn read, T nothing);

    QString m_path;
    std::unique_ptr<Archive> m_archive;
    quint64 m_asOfGeneration = 0;
    quint64 m_jobsGeneration = 0;
    quint64 m_jobGeneration = 0;
};

} // namespace brickdesk
