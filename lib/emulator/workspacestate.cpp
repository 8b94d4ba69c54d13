#include "workspacestate.h"

#include "clusterjson.h"
#include "jobjson.h"
#include "seedcatalog.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

WorkspaceState::WorkspaceState(const EmulatorOptions &options)
    : m_options(options)
    , m_clock(options.timeScale)
    // Whole minutes: two emulators with the same seed started in the same minute agree exactly.
    , m_seededAt((options.seededAtMs > 0 ? options.seededAtMs : QDateTime::currentMSecsSinceEpoch()) / 60'000
          * 60'000)
    , m_host(u"http://127.0.0.1"_s)
    , m_liveRng(quint32(options.seed * 7919 + 17))
    , m_jobs(m_liveRng)
    , m_runs(m_jobs, m_liveRng)
    , m_clusters(m_clock)
    , m_engine(m_options, m_clock, m_liveRng, m_runs, m_clusters)
    , m_runJson(m_options, m_clock, m_host)
    , m_persistence(options.stateFile, options.seed)
{
    if (m_options.timeScale <= 0)
        m_options.timeScale = 1.0;
    m_runs.setRetention(&m_clock, qint64(m_options.runRetentionDays) * 86'400'000);
}

qint64 WorkspaceState::eventsKeptFrom() const
{
    return m_options.eventRetentionDays > 0 ? now() - qint64(m_options.eventRetentionDays) * 86'400'000 : 0;
}

QString WorkspaceState::apiUser() const
{
    // A seeded creator, so that "jobs I own" is a real subset of the demo workspace.
    return seedcatalog::users().at(1);
}

QStringList WorkspaceState::apiUserGroups() const
{
    return {u"users"_s, seedcatalog::teams().first()};
}

qint64 WorkspaceState::createJob(const QJsonObject &settings, bool via22)
{
    const qint64 id = m_jobs.create(settings, via22, apiUser(), now());
    markJobChanged(id);
    return id;
}

void WorkspaceState::deleteJob(qint64 jobId)
{
    m_jobs.remove(jobId);
    saveState();
}

void WorkspaceState::markJobChanged(qint64 jobId)
{
    m_jobs.markChanged(jobId);
    saveState();
}

QJsonObject WorkspaceState::jobJson(const JobRecord &job, bool withTasks) const
{
    return jobjson::render(job, withTasks);
}

void WorkspaceState::finishSeeding(std::vector<RunRecord> runs)
{
    m_runs.finishSeeding(std::move(runs));
    m_jobs.finishSeeding();
}

qint64 WorkspaceState::startRun(qint64 jobId, const QJsonObject &settings, const QString &runName,
    const QString &trigger, const QJsonObject &overriding, const QJsonArray &jobParameters,
    const QString &idempotencyToken, const QString &performanceTarget)
{
    return m_engine.start(jobId, settings, runName, trigger, overriding, jobParameters, idempotencyToken,
        apiUser(), performanceTarget);
}

QJsonObject WorkspaceState::runJson(RunRecord &run, bool withTasks, bool withHistory)
{
    m_engine.ensureTasks(run);
    return m_runJson.run(run, withTasks, withHistory);
}

QJsonObject WorkspaceState::taskRunJson(RunRecord &run, const TaskRunRecord &task)
{
    return m_runJson.taskRun(run, task);
}

QJsonObject WorkspaceState::runOutputJson(RunRecord &run, const TaskRunRecord &task)
{
    return m_runJson.output(run, task);
}

QJsonObject WorkspaceState::clusterJson(ClusterRecord &cluster, bool withSpec)
{
    m_clusters.advance(cluster);
    return clusterjson::render(cluster, m_options, withSpec);
}

QString WorkspaceState::stateName(ClusterState state)
{
    return clusterjson::stateName(state);
}

} // namespace brickdesk::emulator
