#include "clusterstore.h"

#include "clustereventgenerator.h"
#include "eventtypes.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

using namespace eventtypes;

namespace {

QString clusterIdFor(qint64 time, quint64 noise)
{
    static const char *const words[]
        = {"reef", "tide", "pine", "oak", "fern", "dune", "gale", "vale", "moss", "cove"};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(time, Qt::UTC);
    return t.toString(u"MMdd-HHmmss-"_s) + QLatin1String(words[noise % 10])
        + QString::number(100 + noise / 10 % 900);
}

} // namespace

ClusterStore::ClusterStore(const WorkspaceClock &clock)
    : m_clock(clock)
{ }

void ClusterStore::add(ClusterRecord cluster)
{
    m_index.insert(cluster.clusterId, m_clusters.size());
    m_clusters.push_back(std::move(cluster));
}

ClusterRecord *ClusterStore::find(const QString &clusterId)
{
    const auto it = m_index.constFind(clusterId);
    if (it == m_index.constEnd())
        return nullptr;
    ClusterRecord &c = m_clusters[*it];
    advance(c);
    return &c;
}

void ClusterStore::applyLiveEvent(ClusterRecord &c, const EventRecord &e)
{
    switch (e.type) {
    case Creating:
    case Starting:
        c.state = ClusterState::Pending;
        c.startTime = e.timestamp;
        c.currentWorkers = 0;
        break;
    case Restarting:
        c.state = ClusterState::Restarting;
        break;
    case Running:
        c.state = ClusterState::Running;
        c.lastRestartedTime = e.timestamp;
        break;
    case Resizing:
        c.state = ClusterState::Resizing;
        break;
    case UpsizeCompleted:
    case DecommissionEnded:
        c.state = ClusterState::Running;
        break;
    case Terminating:
        c.state = ClusterState::Terminating;
        c.terminatedTime = e.timestamp + m_clock.scaled(3000);
        c.terminationReason = e.reason;
        break;
    default:
        break;
    }
    if (e.current >= 0)
        c.currentWorkers = e.current;
    if (e.target >= 0)
        c.targetWorkers = e.target;
}

void ClusterStore::advance(ClusterRecord &c)
{
    const qint64 t = m_clock.now();
    while (c.liveApplied < c.live.size() && c.live[c.liveApplied].timestamp <= t) {
        applyLiveEvent(c, c.live[c.liveApplied]);
        ++c.liveApplied;
    }
    if (c.state == ClusterState::Terminating && t >= c.terminatedTime) {
        c.state = ClusterState::Terminated;
        c.currentWorkers = 0;
    }
}

void ClusterStore::pushLive(ClusterRecord &c, EventRecord event)
{
    if (!c.live.empty() && event.timestamp <= c.live.back().timestamp)
        event.timestamp = c.live.back().timestamp + 1;
    if (!c.eventsGenerated && event.timestamp <= c.historyEnd)
        event.timestamp = c.historyEnd + 1;
    c.live.push_back(event);
}

const std::vector<EventRecord> &ClusterStore::visibleEvents(ClusterRecord &c)
{
    if (!c.eventsGenerated) {
        c.events = ClusterEventGenerator::generate(c);
        c.eventsGenerated = true;
    }
    advance(c);
    for (; c.liveVisible < c.liveApplied; ++c.liveVisible) {
        EventRecord e = c.live[c.liveVisible];
        if (!c.events.empty() && e.timestamp <= c.events.back().timestamp)
            e.timestamp = c.events.back().timestamp + 1;
        c.events.push_back(e);
    }
    return c.events;
}

void ClusterStore::createForRun(RunRecord &run, const QJsonObject &newCluster)
{
    ClusterRecord c;
    c.seed = run.noise;
    c.clusterId = clusterIdFor(run.startTime, run.noise);
    c.source = u"JOB"_s;
    c.spec = newCluster;
    c.spec.insert(u"cluster_name"_s, u"job-%1-run-%2"_s.arg(run.jobId).arg(run.runId));
    c.creator = run.creator;
    c.state = ClusterState::Pending;
    c.createdTime = run.pendingAt;
    c.startTime = run.pendingAt;
    c.historyEnd = run.pendingAt - 1;
    c.eventBudget = 0;
    c.eventsGenerated = true; // no simulated past: only live events
    const bool autoscale = newCluster.contains(u"autoscale"_s);
    const int minW = autoscale ? newCluster.value(u"autoscale"_s).toObject().value(u"min_workers"_s).toInt()
                               : newCluster.value(u"num_workers"_s).toInt();
    const int maxW
        = autoscale ? newCluster.value(u"autoscale"_s).toObject().value(u"max_workers"_s).toInt() : minW;
    auto add = [&](int type, qint64 at, int current = -1, int target = -1, int cause = NoCause,
                   int reason = NoReason) {
        EventRecord e;
        e.type = quint8(type);
        e.timestamp = at;
        e.current = current;
        e.target = target;
        e.cause = quint8(cause);
        e.reason = quint8(reason);
        pushLive(c, e);
    };
    const qint64 setup = run.runningAt - run.pendingAt;
    add(Creating, run.pendingAt);
    add(InitScriptsStarted, run.pendingAt + setup / 2);
    add(InitScriptsFinished, run.pendingAt + setup * 3 / 4);
    add(Running, run.runningAt - 1, minW, minW);
    add(DriverHealthy, run.runningAt);
    if (maxW > minW) {
        // The job's load scales the cluster up while it runs.
        const qint64 span = run.terminatingAt - run.runningAt;
        const int mid = minW + (maxW - minW + 1) / 2;
        add(Resizing, run.runningAt + span / 5, minW, mid, Autoscale);
        add(UpsizeCompleted, run.runningAt + span * 2 / 5, mid, mid);
        add(Resizing, run.runningAt + span / 2, mid, maxW, Autoscale);
        add(UpsizeCompleted, run.runningAt + span * 3 / 5, maxW, maxW);
        add(Resizing, run.runningAt + span * 4 / 5, maxW, minW, Autoscale);
    }
    add(Terminating, run.endAt, -1, -1, NoCause, JobFinished);
    run.clusterId = c.clusterId;
    ClusterStore::add(std::move(c));
}

void ClusterStore::terminateJobCluster(const QString &clusterId, qint64 at)
{
    ClusterRecord *c = find(clusterId);
    if (!c || c->source != u"JOB"_s)
        return;
    while (!c->live.empty() && c->live.back().timestamp > at)
        c->live.pop_back();
    c->liveApplied = std::min(c->liveApplied, c->live.size());
    EventRecord e;
    e.type = Terminating;
    e.reason = UserRequestReason;
    e.timestamp = at + 1;
    pushLive(*c, e);
}

void ClusterStore::start(ClusterRecord &c)
{
    const qint64 t = m_clock.now();
    const bool autoscale = c.spec.contains(u"autoscale"_s);
    const int n = autoscale ? c.spec.value(u"autoscale"_s).toObject().value(u"min_workers"_s).toInt()
                            : c.spec.value(u"num_workers"_s).toInt();
    const int user = 1;
    EventRecord e;
    e.type = Starting;
    e.user = user;
    e.timestamp = t;
    pushLive(c, e);
    e = {};
    e.type = InitScriptsStarted;
    e.timestamp = t + m_clock.scaled(2000);
    pushLive(c, e);
    e.type = InitScriptsFinished;
    e.timestamp = t + m_clock.scaled(4000);
    pushLive(c, e);
    e.type = Running;
    e.current = n;
    e.target = n;
    e.timestamp = t + m_clock.scaled(6000);
    pushLive(c, e);
    e = {};
    e.type = DriverHealthy;
    e.timestamp = t + m_clock.scaled(6500);
    pushLive(c, e);
    c.terminationReason = 0;
    advance(c);
}

void ClusterStore::terminate(ClusterRecord &c)
{
    const qint64 t = m_clock.now();
    // Drop pending live activity and terminate now.
    while (c.live.size() > c.liveApplied && c.live.back().timestamp > t)
        c.live.pop_back();
    EventRecord e;
    e.type = Terminating;
    e.reason = UserRequestReason;
    e.user = 1;
    e.timestamp = t;
    pushLive(c, e);
    advance(c);
}

void ClusterStore::resize(ClusterRecord &c, int numWorkers, int minWorkers, int maxWorkers)
{
    const qint64 t = m_clock.now();
    int target = numWorkers;
    if (numWorkers >= 0) {
        c.spec.remove(u"autoscale"_s);
        c.spec.insert(u"num_workers"_s, numWorkers);
    } else {
        c.spec.remove(u"num_workers"_s);
        c.spec.insert(
            u"autoscale"_s, QJsonObject {{u"min_workers"_s, minWorkers}, {u"max_workers"_s, maxWorkers}});
        target = std::clamp(c.currentWorkers, minWorkers, maxWorkers);
    }
    const int current = c.currentWorkers;
    EventRecord e;
    e.type = Resizing;
    e.current = current;
    e.target = target;
    e.cause = UserRequest;
    e.user = 1;
    e.timestamp = t;
    pushLive(c, e);
    e = {};
    if (target >= current) {
        e.type = UpsizeCompleted;
        e.current = target;
        e.target = target;
        e.timestamp = t + m_clock.scaled(5000);
        pushLive(c, e);
    } else {
        e.type = DecommissionStarted;
        e.current = current;
        e.target = target;
        e.timestamp = t + m_clock.scaled(1000);
        pushLive(c, e);
        e.type = DecommissionEnded;
        e.current = target;
        e.timestamp = t + m_clock.scaled(4000);
        pushLive(c, e);
    }
    advance(c);
}

} // namespace brickdesk::emulator
