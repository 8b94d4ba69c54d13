#pragma once

#include "archive/archivetypes.h"

#include <QFuture>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

#include <algorithm>
#include <memory>

namespace brickdesk {

class Archive;

// What a workspace's local archive holds, read for when the workspace cannot be reached: the
// newest archived settings of every job, one job with its archived runs, one run, every
// archived cluster with its newest configuration and state, and until when the archive saw the
// workspace ("data as of"). Reads run on the archive's own thread; each answer
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

    struct RunRecord
    {
        qint64 runId = 0;
        ArchivedRun run; // runId 0 when the archive does not hold the run
    };
    struct ArchivedCluster
    {
        QString clusterId;
        QJsonObject config; // its newest archived configuration; empty when only events were kept
        qint64 configSeenMs = 0; // when the clusters list last saw it
        qint64 newestEventMs = 0; // its newest archived event (0: none)
        // As the clusters list last said, or as its newer archived events leave it
        // ("TERMINATED"...); "UNKNOWN" when neither says.
        QString state;
        qint64 lastSeenMs() const { return std::max(configSeenMs, newestEventMs); }
    };
    struct ClusterList
    {
        QList<ArchivedCluster> clusters; // by cluster id
        qint64 asOfMs = 0; // when the archive last saw any of them; 0: never
    };

    explicit OfflineArchive(QObject *parent = nullptr);
    ~OfflineArchive() override;

    // Closes the file held for the previous path.
    void setPath(const QString &path);
    QString path() const { return m_path; }

    void readAsOf();
    void readJobs();
    void readJob(qint64 jobId);
    void readRun(qint64 runId);
    void readClusters();
    // Lets the file go (the workspace answers again); the next read opens it again.
    void close();

    // A job as jobs/list (and jobs/get) return it, made from its archived settings.
    static QJsonObject jobJson(const JobVersion &version);
    // The archive's meta key under which each listed cluster's state is kept (a JSON object:
    // cluster id → {"state", "seen"}), beside its configuration.
    static QString clusterStatesKey();
    // A cluster as clusters/list returns it, made from its archived configuration and state.
    static QJsonObject clusterJson(const ArchivedCluster &cluster);
    // The state a cluster's events leave it in (oldest first; clusters/events' "type"s): the
    // last one that says, e.g. TERMINATING → "TERMINATED"; "UNKNOWN" when none does.
    static QString stateAfterEvents(const QJsonArray &events);

signals:
    void asOfRead(qint64 asOfMs);
    void jobsRead(const brickdesk::OfflineArchive::JobList &list);
    void jobRead(const brickdesk::OfflineArchive::JobRecord &record);
    void runRead(const brickdesk::OfflineArchive::RunRecord &record);
    void clustersRead(const brickdesk::OfflineArchive::ClusterList &list);

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
    quint64 m_runGeneration = 0;
    quint64 m_clustersGeneration = 0;
};

} // namespace brickdesk
