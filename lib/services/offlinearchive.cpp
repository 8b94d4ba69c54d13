#include "services/offlinearchive.h"

#include "archive/archive.h"
#include "archive/archiverelease.h"
#include "common/thenlater.h"
#include "common/timeunits.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QLocale>

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
    ++m_runGeneration;
    ++m_clustersGeneration;
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

void OfflineArchive::readRun(qint64 runId)
{
    const quint64 generation = ++m_runGeneration;
    const auto read = [runId](ArchiveDatabase &db) { return RunRecord {runId, db.run(runId)}; };
    thenLater(ask(read, RunRecord {runId, {}}), this, [this, generation](const RunRecord &record) {
        if (generation == m_runGeneration)
            emit runRead(record);
    });
}

void OfflineArchive::readClusters()
{
    const quint64 generation = ++m_clustersGeneration;
    const auto read = [](ArchiveDatabase &db) {
        ClusterList list;
        const QJsonObject listed = QJsonDocument::fromJson(db.meta(clusterStatesKey()).toUtf8()).object();
        const QStringList ids = db.clusterIds();
        for (const QString &id : ids) {
            ArchivedCluster cluster;
            cluster.clusterId = id;
            const QList<ClusterConfigVersion> configs = db.clusterConfigs(id);
            if (!configs.isEmpty()) {
                cluster.config = configs.constLast().config;
                cluster.configSeenMs = configs.constLast().lastSeenMs;
            }
            cluster.newestEventMs = std::max<qint64>(db.newestEventTime(id), 0);
            const QJsonObject known = listed.value(id).toObject();
            const qint64 listedMs = known.value(u"seen"_s).toInteger();
            if (listedMs > 0 && listedMs >= cluster.newestEventMs
                && !known.value(u"state"_s).toString().isEmpty()) {
                cluster.state = known.value(u"state"_s).toString();
            } else if (cluster.newestEventMs > 0) {
                // What its last day of events leaves it in: a day holds the last start or
                // termination of any cluster that was not running the whole day through.
                cluster.state
                    = stateAfterEvents(db.events(id, cluster.newestEventMs - kDay, cluster.newestEventMs));
            } else {
                cluster.state = u"UNKNOWN"_s;
            }
            list.asOfMs = std::max(list.asOfMs, cluster.lastSeenMs());
            list.clusters.append(cluster);
        }
        return list;
    };
    thenLater(ask(read, ClusterList()), this, [this, generation](const ClusterList &list) {
        if (generation == m_clustersGeneration)
            emit clustersRead(list);
    });
}

QString OfflineArchive::clusterStatesKey()
{
    return u"clusters/listed_states"_s;
}

QString OfflineArchive::stateAfterEvents(const QJsonArray &events)
{
    for (auto it = events.end(); it != events.begin();) {
        const QString type = (*--it).toObject().value(u"type"_s).toString();
        if (type == u"TERMINATING"_s)
            return u"TERMINATED"_s; // a termination takes minutes; the archive saw nothing after it
        if (type == u"CREATING"_s || type == u"STARTING"_s)
            return u"PENDING"_s;
        if (type == u"RESTARTING"_s)
            return type;
        // Said of a cluster whatever its state: they say nothing of it.
        if (type == u"EDITED"_s || type == u"PINNED"_s || type == u"UNPINNED"_s
            || type == u"CLUSTER_MIGRATED"_s || type == u"AUTOMATIC_CLUSTER_UPDATE"_s
            || type.startsWith(u"DEFERRED_POLICY_ENFORCEMENT"_s))
            continue;
        return u"RUNNING"_s; // any other event (a resize included) comes from a cluster that runs
    }
    return u"UNKNOWN"_s;
}

QJsonObject OfflineArchive::clusterJson(const ArchivedCluster &cluster)
{
    QJsonObject json = cluster.config;
    json.insert(u"cluster_id"_s, cluster.clusterId);
    json.insert(u"state"_s, cluster.state);
    json.insert(u"state_message"_s,
        cluster.lastSeenMs() > 0
            ? tr("From the local archive, as last seen on %1.")
                  .arg(QLocale().toString(
                      QDateTime::fromMSecsSinceEpoch(cluster.lastSeenMs()), QLocale::ShortFormat))
            : tr("From the local archive."));
    if (json.value(u"cluster_name"_s).toString().isEmpty())
        json.insert(u"cluster_name"_s, cluster.clusterId);
    return json;
}

QJsonObject OfflineArchive::jobJson(const JobVersion &version)
{
    return {{u"job_id"_s, version.jobId}, {u"settings"_s, version.settings}};
}

} // namespace brickdesk
