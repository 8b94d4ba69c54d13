#include "archivesync.h"

#include "api/clustersparams.h"
#include "api/connection.h"
#include "api/jobsparams.h"
#include "api/pagination.h"
#include "archive/archive.h"
#include "common/thenlater.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ArchiveSync::ArchiveSync(Connection *connection, Archive *archive, const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_archive(archive)
    , m_options(options)
{ }

ArchiveSync::~ArchiveSync()
{
    ++m_generation;
    delete m_fetcher;
}

QString ArchiveSync::runsSyncedKey()
{
    return u"runs.synced_through"_s;
}

void ArchiveSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_steps.clear();
    if (m_options.clusters) {
        if (m_options.recordConfigurations || m_options.clusterIds.isEmpty())
            m_steps.append([this] { listClusters(); });
        else
            m_steps.append([this] {
                m_pending = m_options.clusterIds;
                finishStep();
            });
        m_steps.append([this] { next(); }); // the cluster loop: one after another, then finishStep()
    }
    if (m_options.jobs) {
        m_steps.append([this] { syncJobs(); });
        m_steps.append([this] {
            const int generation = m_generation;
            thenLater(m_archive->meta(runsSyncedKey()), this, [this, generation](const QString &synced) {
                if (generation != m_generation)
                    return;
                qint64 from = -1;
                if (!synced.isEmpty())
                    from = synced.toLongLong() - m_options.runsOverlapMs;
                thenLater(m_archive->run([](ArchiveDatabase &db) { return db.oldestUnfinishedRunStart(); }),
                    this, [this, generation, from](qint64 unfinished) {
                        if (generation != m_generation)
                            return;
                        qint64 start = from;
                        if (unfinished >= 0 && (start < 0 || unfinished < start))
                            start = unfinished;
                        syncRuns(start);
                    });
            });
        });
    }
    finishStep();
}

void ArchiveSync::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_fetcher) {
        PageFetcher *fetcher = m_fetcher;
        m_fetcher = nullptr;
        fetcher->disconnect(this);
        fetcher->cancel();
        fetcher->deleteLater();
    }
    m_steps.clear();
    m_running = false;
    m_summary.cancelled = true;
    emit finished(m_summary);
}

void ArchiveSync::finishStep()
{
    if (!m_running)
        return;
    if (m_steps.isEmpty()) {
        // Every write is on disk before the end is announced.
        afterWrites([this] {
            m_running = false;
            // The node timelines of clusters with new events are derived data: brought up to
            // date by the archive after the end (a process that quits waits for them as it
            // closes the archive), so that the next chart of them reads no events.
            for (const ClusterResult &r : std::as_const(m_summary.clusters)) {
                if (r.added > 0)
                    m_archive->refreshNodeTimeline(r.clusterId);
            }
            emit finished(m_summary);
        });
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
}

void ArchiveSync::afterWrites(std::function<void()> then)
{
    const int generation = m_generation;
    thenLater(m_archive->writesDone(), this, [this, generation, then = std::move(then)](bool) {
        if (generation == m_generation)
            then();
    });
}

void ArchiveSync::follow(PageFetcher *fetcher, const QString &itemsKey,
    std::function<void(const QJsonArray &)> onItems, std::function<void()> onDone,
    std::function<void(const ApiError &)> onError)
{
    m_fetcher = fetcher;
    connect(fetcher, &PageFetcher::page, this,
        [onItems, itemsKey](const QJsonObject &page) { onItems(page.value(itemsKey).toArray()); });
    connect(fetcher, &PageFetcher::finished, this, [this, fetcher, onDone] {
        m_summary.requests += fetcher->requestsSent();
        m_fetcher = nullptr;
        fetcher->deleteLater();
        onDone();
    });
    connect(fetcher, &PageFetcher::failed, this, [this, fetcher, onError](const ApiError &error) {
        m_summary.requests += fetcher->requestsSent();
        m_fetcher = nullptr;
        fetcher->deleteLater();
        onError(error);
    });
    fetcher->start();
}

void ArchiveSync::listClusters()
{
    if (!m_connection)
        return fail(tr("The workspace connection is gone."));
    ClustersListParams params;
    params.pageSize = 100;
    auto listed = std::make_shared<QStringList>();
    follow(
        PageFetcher::clusters(m_connection, params), u"clusters"_s,
        [this, listed](const QJsonArray &clusters) {
            for (const QJsonValue &value : clusters) {
                const QJsonObject cluster = value.toObject();
                const QString id = cluster.value(u"cluster_id"_s).toString();
                if (id.isEmpty())
                    continue;
                listed->append(id);
                if (!m_options.recordConfigurations)
                    continue;
                if (!m_options.clusterIds.isEmpty() && !m_options.clusterIds.contains(id))
                    continue;
                thenLater(m_archive->recordClusterConfig(id, cluster, m_startedMs), this,
                    [this](const ArchiveWriteResult &w) {
                        m_summary.configurationsAdded += w.added;
                        if (!w.ok() && !m_summary.errors.contains(w.error.message))
                            m_summary.errors.append(w.error.message);
                    });
            }
        },
        [this, listed] {
            if (!m_options.clusterIds.isEmpty()) {
                m_pending = m_options.clusterIds;
                finishStep();
                return;
            }
            // Every listed cluster, and those archived before that the list no longer shows
            // (terminated over 30 days ago: their events may still be served).
            const int generation = m_generation;
            thenLater(m_archive->run([](ArchiveDatabase &db) { return db.clusterIds(); }), this,
                [this, generation, listed](const QStringList &archived) {
                    if (generation != m_generation)
                        return;
                    m_pending = *listed;
                    for (const QString &id : archived) {
                        if (!m_pending.contains(id))
                            m_pending.append(id);
                    }
                    finishStep();
                });
        },
        [this](const ApiError &error) {
            m_summary.errors.append(tr("Clusters could not be listed: %1").arg(error.userMessage()));
            m_pending = m_options.clusterIds;
            finishStep();
        });
}

// The cluster loop: one cluster after another, then the next step.
void ArchiveSync::next()
{
    if (!m_running)
        return;
    if (m_pending.isEmpty()) {
        finishStep();
        return;
    }
    syncCluster(m_pending.takeFirst());
}

void ArchiveSync::syncCluster(const QString &clusterId)
{
    const int generation = m_generation;
    // From where syncs archived the cluster's events without a gap (not from its newest event:
    // the chart archives whatever window it shows, and a page may have failed before others
    // were written); all the API holds when that is unknown.
    thenLater(m_archive->eventsSyncedThrough(clusterId), this, [this, generation, clusterId](qint64 through) {
        if (generation != m_generation)
            return;
        if (!m_connection)
            return fail(tr("The workspace connection is gone."));
        ClusterEventsParams params;
        params.clusterId = clusterId;
        params.order = u"ASC"_s;
        params.pageSize = m_options.eventsPageSize;
        if (through >= 0)
            params.startTime = std::max<qint64>(0, through - m_options.overlapMs);
        m_summary.clusters.append({clusterId, 0, 0, 0, {}});
        const qsizetype index = m_summary.clusters.size() - 1;
        PageFetcher *fetcher = PageFetcher::clusterEvents(m_connection, params);
        // The archive reads events from the bytes as sent where it can (cheaper than the tree).
        fetcher->setKeepPageBodies(true);
        auto ahead = std::make_shared<int>(0); // pages handed to the archive, not written yet
        auto synced = std::make_shared<ArchiveSyncedPages>(); // in time order (ASC), each after the last
        follow(
            fetcher, u"events"_s,
            [this, index, clusterId, fetcher, ahead, synced](const QJsonArray &events) {
                m_summary.clusters[index].fetched += events.size();
                const QPointer<PageFetcher> source(fetcher);
                thenLater(m_archive->addEvents(clusterId, events, fetcher->pageBody(), synced), this,
                    [this, index, source, ahead](const ArchiveWriteResult &w) {
                        if (--*ahead <= MaxPagesAhead / 2 && source && source->isPaused())
                            source->resume();
                        if (index >= m_summary.clusters.size())
                            return;
                        ClusterResult &r = m_summary.clusters[index];
                        r.added += w.added;
                        if (!w.ok() && r.error.isEmpty())
                            r.error = w.error.message;
                    });
                // The archive writes events at the lowest priority; on a machine too busy to
                // give it a core, pages would pile up in memory. So the fetch waits, and a task
                // of normal priority behind them has the archive write them now.
                if (++*ahead >= MaxPagesAhead && !fetcher->isPaused()) {
                    fetcher->pause();
                    m_archive->writesDone();
                }
            },
            [this, index, fetcher, clusterId] {
                m_summary.clusters[index].requests = fetcher->requestsSent();
                afterWrites([this, index] {
                    const ClusterResult &r = m_summary.clusters.at(index);
                    if (!r.error.isEmpty())
                        m_summary.errors.append(tr("Cluster %1: %2").arg(r.clusterId, r.error));
                    const QLocale locale;
                    emit progress(
                        tr("Cluster %1: %2 events fetched, %3 new")
                            .arg(r.clusterId, locale.toString(r.fetched), locale.toString(r.added)));
                    next();
                });
            },
            [this, index, fetcher](const ApiError &error) {
                ClusterResult &r = m_summary.clusters[index];
                r.requests = fetcher->requestsSent();
                r.error = error.userMessage();
                m_summary.errors.append(tr("Cluster %1: %2").arg(r.clusterId, r.error));
                emit progress(tr("Cluster %1: %2").arg(r.clusterId, r.error));
                afterWrites([this] { next(); });
            });
    });
}

void ArchiveSync::syncJobs()
{
    if (!m_connection)
        return fail(tr("The workspace connection is gone."));
    JobsListParams params;
    params.limit = 100;
    params.expandTasks = true;
    follow(
        PageFetcher::jobs(m_connection, params), u"jobs"_s,
        [this](const QJsonArray &jobs) {
            m_summary.jobsSeen += jobs.size();
            emit counted(m_summary.jobsSeen, m_summary.runsSeen);
            thenLater(m_archive->recordJobs(jobs, m_startedMs), this, [this](const ArchiveWriteResult &w) {
                m_summary.jobVersionsAdded += w.added;
                if (!w.ok() && !m_summary.errors.contains(w.error.message))
                    m_summary.errors.append(w.error.message);
            });
        },
        [this] {
            afterWrites([this] {
                const QLocale locale;
                emit progress(tr("Jobs: %1 seen, %2 new versions of their settings")
                                  .arg(locale.toString(m_summary.jobsSeen),
                                      locale.toString(m_summary.jobVersionsAdded)));
                finishStep();
            });
        },
        [this](const ApiError &error) {
            m_summary.errors.append(tr("Jobs could not be listed: %1").arg(error.userMessage()));
            // Runs still sync: they do not depend on the job list.
            finishStep();
        });
}

void ArchiveSync::syncRuns(qint64 fromMs)
{
    if (!m_connection)
        return fail(tr("The workspace connection is gone."));
    RunsListParams params;
    params.limit = 25;
    params.expandTasks = true;
    if (fromMs >= 0)
        params.startTimeFrom = std::max<qint64>(0, fromMs);
    auto failedWrite = std::make_shared<bool>(false);
    follow(
        PageFetcher::runs(m_connection, params), u"runs"_s,
        [this, failedWrite](const QJsonArray &runs) {
            m_summary.runsSeen += runs.size();
            emit counted(m_summary.jobsSeen, m_summary.runsSeen);
            thenLater(m_archive->recordRuns(runs, m_startedMs), this,
                [this, failedWrite](const ArchiveWriteResult &w) {
                    m_summary.runsAdded += w.added;
                    if (!w.ok()) {
                        *failedWrite = true;
                        if (!m_summary.errors.contains(w.error.message))
                            m_summary.errors.append(w.error.message);
                    }
                });
        },
        [this, failedWrite] {
            afterWrites([this, failedWrite] {
                const QLocale locale;
                emit progress(
                    tr("Runs: %1 seen, %2 new")
                        .arg(locale.toString(m_summary.runsSeen), locale.toString(m_summary.runsAdded)));
                if (*failedWrite) {
                    finishStep();
                    return;
                }
                // Only now that every run is on disk: the next sync starts from here.
                const int generation = m_generation;
                thenLater(m_archive->setMeta(runsSyncedKey(), QString::number(m_startedMs)), this,
                    [this, generation](const ArchiveError &error) {
                        if (generation != m_generation)
                            return;
                        if (!error.ok())
                            m_summary.errors.append(error.message);
                        finishStep();
                    });
            });
        },
        [this](const ApiError &error) {
            m_summary.errors.append(tr("Runs could not be listed: %1").arg(error.userMessage()));
            finishStep();
        });
}

void ArchiveSync::fail(const QString &message)
{
    m_summary.errors.append(message);
    m_steps.clear();
    m_pending.clear();
    finishStep();
}

} // namespace brickdesk
