#include "clustereventgenerator.h"

#include "common/timeunits.h"
#include "eventtypes.h"
#include "seedcatalog.h"
#include "simulatedload.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <deque>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

using namespace eventtypes;

namespace {

struct Session
{
    qint64 start;
    qint64 end;
};

EventRecord ev(
    int type, int current = -1, int target = -1, int cause = NoCause, int reason = NoReason, int user = 0)
{
    EventRecord e;
    e.type = quint8(type);
    e.current = current;
    e.target = target;
    e.cause = quint8(cause);
    e.reason = quint8(reason);
    e.user = quint8(user);
    return e;
}

const int kRare[] = {Edited, Restarting, NodesLost, DriverUnavailable, DriverNotResponding, SparkException,
    DbfsDown, MetastoreDown, DidNotExpandDisk, ExpandedDisk, FailedToExpandDisk, NodeBlacklisted,
    NodeExcludedDecommissioned, Pinned, Unpinned, AutoscalingBackoff, AutoscalingFailed, AddNodesFailed,
    DecommissionStarted, AutomaticClusterUpdate, ClusterMigrated, DeferredPolicyEnforcementScheduled,
    DeferredPolicyEnforcementFailed, UcVolumeMisconfigured};
constexpr int kRareCount = int(sizeof(kRare) / sizeof(kRare[0]));

// vCPUs of one node of a type, from the seed catalog of either cloud (read-only once built).
int coresPerNode(const QString &nodeTypeId)
{
    static const QHash<QString, int> cores = [] {
        QHash<QString, int> table;
        for (const QString &cloud : {u"aws"_s, u"azure"_s}) {
            for (const QJsonValue &node : seedcatalog::nodeTypesJson(cloud)) {
                const QJsonObject o = node.toObject();
                table.insert(o.value(u"node_type_id"_s).toString(), o.value(u"num_cores"_s).toInt(4));
            }
        }
        return table;
    }();
    return cores.value(nodeTypeId, 4);
}

int userIndex(const QString &email)
{
    const qsizetype i = seedcatalog::users().indexOf(email);
    return i > 0 ? int(i) : 1;
}

// The cluster's load, drawn from `rng` right after it was seeded (the generator and loadOf()
// must draw the same numbers in the same order).
SimulatedLoad makeLoad(const ClusterRecord &c, QRandomGenerator &rng)
{
    const qint64 start = c.createdTime;
    const qint64 end = std::max(c.historyEnd, start + 10 * kMinute);
    const int tz = QList<int> {-5, 0, 1, 5, -3}.at(int(rng.bounded(5)));
    return SimulatedLoad(rng, start, end, tz);
}

} // namespace

int ClusterEventGenerator::naturalBudget(const ClusterRecord &cluster, qint64 windowMs, quint64 salt)
{
    const double days = std::max(0.02, double(windowMs) / double(kDay));
    if (cluster.source == u"JOB"_s)
        return 14 + int(salt % 30);
    const bool autoscale = cluster.spec.contains(u"autoscale"_s);
    const bool alwaysOn = cluster.spec.value(u"autotermination_minutes"_s).toInt() == 0;
    const double perDay = autoscale ? (alwaysOn ? 90.0 : 70.0) : 12.0;
    return std::max(8, int(days * perDay) + int(salt % 40));
}

SimulatedLoad ClusterEventGenerator::loadOf(const ClusterRecord &c)
{
    QRandomGenerator rng(quint32(c.seed ^ (c.seed >> 32)));
    return makeLoad(c, rng);
}

std::vector<EventRecord> ClusterEventGenerator::generate(
    const ClusterRecord &c, std::vector<SimulatedWorkers> *truth)
{
    QRandomGenerator rng(quint32(c.seed ^ (c.seed >> 32)));
    const bool autoscale = c.spec.contains(u"autoscale"_s);
    const QJsonObject as = c.spec.value(u"autoscale"_s).toObject();
    const int minW = autoscale ? as.value(u"min_workers"_s).toInt() : 0;
    const int maxW = autoscale ? as.value(u"max_workers"_s).toInt() : c.spec.value(u"num_workers"_s).toInt();
    const bool jobCluster = c.source == u"JOB"_s;
    const int autoterm = c.spec.value(u"autotermination_minutes"_s).toInt();
    const qint64 start = c.createdTime;
    const qint64 end = std::max(c.historyEnd, start + 10 * kMinute);
    const bool endsTerminated = c.state == ClusterState::Terminated;
    const int budget = std::max(c.eventBudget, 3);
    const int creatorUser = userIndex(c.creator);
    const SimulatedLoad load = makeLoad(c, rng);
    const int tz = load.tzOffsetHours();

    // 1. When the cluster is up: one session for job and always-on clusters, working days
    //    for auto-terminating ones.
    QList<Session> sessions;
    if (!jobCluster && autoterm > 0) {
        const qint64 tzOffset = tz * kHour;
        for (qint64 day = ((start + tzOffset) / kDay) * kDay - tzOffset; day < end; day += kDay) {
            const int weekday = int(((day + tzOffset) / kDay + 3) % 7);
            if (weekday >= 5 && rng.bounded(1.0) > 0.3)
                continue;
            qint64 s = day + qint64((7.5 + rng.bounded(2.5)) * double(kHour));
            qint64 e = day + qint64((17.0 + rng.bounded(5.0)) * double(kHour)) + autoterm * kMinute;
            s = std::max(s, start);
            e = std::min(e, end);
            if (e - s >= 30 * kMinute)
                sessions.append({s, e});
        }
    }
    if (sessions.isEmpty())
        sessions.append({start, end});
    sessions.first().start = start;
    sessions.last().end = end;
    while (sessions.size() > 1 && qint64(sessions.size()) * 8 > budget) {
        QList<Session> merged;
        for (qsizetype i = 0; i < sessions.size(); i += 2) {
            if (i + 1 < sessions.size())
                merged.append({sessions[i].start, sessions[i + 1].end});
            else
                merged.append(sessions[i]);
        }
        sessions = merged;
    }

    // 2. Events per session, proportional to its length, at least 3 each.
    qint64 upTime = 0;
    for (const Session &s : sessions)
        upTime += std::max<qint64>(1, s.end - s.start);
    QList<int> ticks;
    int assigned = 0;
    for (const Session &s : sessions) {
        const int n = std::max(
            3, int(double(budget) * double(std::max<qint64>(1, s.end - s.start)) / double(upTime)));
        ticks.append(n);
        assigned += n;
    }
    while (assigned != budget) {
        const auto largest = std::max_element(ticks.begin(), ticks.end());
        if (assigned < budget) {
            ++*largest;
            ++assigned;
        } else if (*largest > 3) {
            --*largest;
            --assigned;
        } else {
            break; // cannot happen: sessions were merged to fit the budget
        }
    }

    // 3. Simulate.
    std::vector<EventRecord> out;
    out.reserve(size_t(budget));
    std::vector<SimulatedWorkers> simulated;
    bool up = false;
    bool releaseOnResize = false; // a downsize with no completion event: the nodes go at once
    std::deque<EventRecord> queue;
    int current = 0;
    int target = 0;
    int rareIndex = int(rng.bounded(kRareCount));
    auto desiredAt = [&](qint64 t) {
        if (!autoscale)
            return maxW;
        return std::clamp(minW + int(std::lround(double(maxW - minW) * load.at(t))), minW, maxW);
    };

    for (qsizetype k = 0; k < sessions.size(); ++k) {
        const Session &s = sessions[k];
        const int n = ticks[k];
        const bool lastSession = k == sessions.size() - 1;
        const bool closes = !lastSession || endsTerminated;
        const double step = double(s.end - s.start) / double(n);
        queue.clear();
        const int initial = desiredAt(s.start);
        const int user = jobCluster ? 0 : creatorUser;
        queue.push_back(ev(k == 0 ? Creating : Starting, -1, -1, NoCause, NoReason, user));
        if (n >= 7) {
            queue.push_back(ev(InitScriptsStarted));
            queue.push_back(ev(InitScriptsFinished));
        }
        queue.push_back(ev(Running, initial, initial));
        if (n >= 7)
            queue.push_back(ev(DriverHealthy));
        if (k == 0 && c.pinned && n >= 9)
            queue.push_back(ev(Pinned, -1, -1, NoCause, NoReason, creatorUser));

        for (int i = 0; i < n; ++i) {
            qint64 t = s.start + qint64(step * i);
            if (i > 0)
                t += qint64(rng.bounded(std::max(1.0, step * 0.6)));
            if (closes && i == n - 1) {
                int reason = Inactivity;
                if (lastSession && endsTerminated && c.terminationReason)
                    reason = c.terminationReason;
                else if (jobCluster)
                    reason = JobFinished;
                else if (rng.bounded(1.0) < 0.2)
                    reason = UserRequestReason;
                EventRecord e
                    = ev(Terminating, -1, -1, NoCause, reason, reason == UserRequestReason ? creatorUser : 0);
                e.timestamp = lastSession ? s.end : t;
                out.push_back(e);
                current = target = 0;
                up = false;
                simulated.push_back({e.timestamp, e.type, current, target, up, false});
                continue;
            }
            if (!closes && autoscale && n >= 12 && i == n - 2) {
                // Land on the size clusters/get reports now.
                queue.clear();
                const int finalWorkers = std::clamp(c.targetWorkers, minW, maxW);
                if (finalWorkers != current) {
                    queue.push_back(ev(Resizing, current, finalWorkers, Autoscale));
                    queue.push_back(ev(UpsizeCompleted, finalWorkers, finalWorkers));
                } else {
                    queue.push_back(ev(AutoscalingStatsReport, current, target));
                    queue.push_back(ev(AutoscalingStatsReport, current, target));
                }
            }
            if (queue.empty()) {
                const int desired = desiredAt(t);
                const int hysteresis = std::max(1, (maxW - minW) / 8);
                const double roll = rng.bounded(1.0);
                if (autoscale && std::abs(desired - target) >= hysteresis) {
                    if (desired > target) {
                        queue.push_back(ev(Resizing, current, desired, Autoscale));
                        if (c.spot && roll < 0.08) {
                            const int partial = current + (desired - current) / 2;
                            queue.push_back(ev(AddNodesFailed, partial, desired, NoCause, ResourceStockout));
                            queue.push_back(ev(UpsizeCompleted, partial, desired));
                        } else {
                            queue.push_back(ev(UpsizeCompleted, desired, desired));
                        }
                    } else if (desired >= current) {
                        // The target falls while an upsize is still short of it: nodes are
                        // still being added, now only up to the lower target.
                        queue.push_back(ev(Resizing, current, desired, Autoscale));
                        queue.push_back(ev(UpsizeCompleted, desired, desired));
                    } else {
                        queue.push_back(ev(Resizing, current, desired, Autoscale));
                        if (roll < 0.35) {
                            queue.push_back(ev(DecommissionStarted, current, desired));
                            queue.push_back(ev(DecommissionEnded, desired, desired));
                        } else {
                            releaseOnResize = true; // no completion event for downsizing
                        }
                    }
                } else if (c.spot && current > 1 && roll < 0.012) {
                    const int lost = 1 + int(rng.bounded(std::max(1, current / 3)));
                    queue.push_back(ev(NodesLost, current - lost, target, NoCause, SpotInstanceTermination));
                    queue.push_back(ev(UpsizeCompleted, target, target, Autorecovery));
                } else if (roll < 0.04) {
                    const int type = kRare[rareIndex];
                    rareIndex = (rareIndex + 1) % kRareCount;
                    switch (type) {
                    case Edited:
                        queue.push_back(ev(Edited, -1, -1, NoCause, NoReason, creatorUser));
                        queue.push_back(ev(Restarting, -1, -1, NoCause, NoReason, creatorUser));
                        queue.push_back(ev(Running, current, target));
                        break;
                    case Restarting:
                    case AutomaticClusterUpdate:
                        queue.push_back(
                            ev(type, -1, -1, NoCause, NoReason, type == Restarting ? creatorUser : 0));
                        if (type == AutomaticClusterUpdate)
                            queue.push_back(ev(Restarting));
                        queue.push_back(ev(Running, current, target));
                        queue.push_back(ev(DriverHealthy));
                        break;
                    case NodesLost:
                        queue.push_back(
                            ev(NodesLost, std::max(0, current - 1), target, NoCause, InstanceUnreachable));
                        queue.push_back(ev(UpsizeCompleted, target, target, Autorecovery));
                        break;
                    case DriverUnavailable:
                    case DriverNotResponding:
                    case DbfsDown:
                    case MetastoreDown:
                        queue.push_back(ev(type));
                        queue.push_back(ev(DriverHealthy));
                        break;
                    case Pinned:
                    case Unpinned:
                        queue.push_back(ev(type, -1, -1, NoCause, NoReason, creatorUser));
                        break;
                    case AutoscalingBackoff:
                    case AutoscalingFailed:
                        queue.push_back(ev(type, current, target, NoCause, ResourceStockout));
                        break;
                    case AddNodesFailed:
                        queue.push_back(ev(type, current, target, NoCause, LaunchFailure));
                        break;
                    case DecommissionStarted:
                        queue.push_back(ev(DecommissionStarted, current, target));
                        queue.push_back(ev(DecommissionEnded, current, target));
                        break;
                    default:
                        queue.push_back(ev(type));
                        break;
                    }
                } else if (autoscale) {
                    queue.push_back(ev(AutoscalingStatsReport, current, target));
                } else {
                    queue.push_back(ev(DriverHealthy));
                }
            }
            EventRecord e = queue.front();
            queue.pop_front();
            e.timestamp = t;
            if (e.current >= 0)
                current = e.current;
            if (e.target >= 0)
                target = e.target;
            if (e.type == Creating || e.type == Starting)
                up = true;
            if (releaseOnResize && e.type == Resizing) {
                // The event reports the count before the downsize; the simulation then has
                // the smaller count (the next samples report it).
                current = target;
                releaseOnResize = false;
            }
            out.push_back(e);
            simulated.push_back({e.timestamp, e.type, current, target, up, e.current >= 0});
        }
    }
    // Keep timestamps strictly ordered even where jitter overlapped.
    for (size_t i = 1; i < out.size(); ++i) {
        if (out[i].timestamp <= out[i - 1].timestamp)
            out[i].timestamp = out[i - 1].timestamp + 1;
    }
    if (truth) {
        for (size_t i = 0; i < simulated.size(); ++i)
            simulated[i].timestamp = out[i].timestamp;
        *truth = std::move(simulated);
    }
    return out;
}

QJsonObject ClusterEventGenerator::toJson(const ClusterRecord &c, const EventRecord &e)
{
    QJsonObject details;
    if (e.current >= 0)
        details.insert(u"current_num_workers"_s, e.current);
    if (e.target >= 0)
        details.insert(u"target_num_workers"_s, e.target);
    // Which autoscaler a cluster reports as the cause varies per cluster, as it does on the
    // service (classic AUTOSCALE, optimized AUTOSCALE_V2, runtime-driven DBR_AUTOSCALE); the
    // newer ones also report capacity in vCPUs.
    const int autoscaler = int(c.seed % 3);
    if (e.cause) {
        const bool scaled = e.cause == Autoscale && autoscaler > 0;
        details.insert(u"cause"_s,
            scaled ? (autoscaler == 1 ? u"AUTOSCALE_V2"_s : u"DBR_AUTOSCALE"_s) : causeName(e.cause));
    }
    if (autoscaler > 0 && c.spec.contains(u"autoscale"_s) && (e.current >= 0 || e.target >= 0)) {
        const int cores = coresPerNode(c.spec.value(u"node_type_id"_s).toString());
        if (e.current >= 0)
            details.insert(u"current_num_vcpus"_s, e.current * cores);
        if (e.target >= 0)
            details.insert(u"target_num_vcpus"_s, e.target * cores);
    }
    if (e.current >= 0 && e.target > e.current
        && (e.type == AutoscalingBackoff || e.type == AutoscalingFailed || e.type == AddNodesFailed))
        details.insert(u"did_not_expand_reason"_s,
            e.reason == LaunchFailure
                ? u"Instances could not be launched; retrying with backoff."_s
                : u"The cloud provider has no capacity for this instance type in the zone."_s);
    if (e.user > 0 && e.user < seedcatalog::users().size())
        details.insert(u"user"_s, seedcatalog::users().at(e.user));
    if (e.reason) {
        QJsonObject parameters;
        if (e.reason == Inactivity)
            parameters.insert(u"inactivity_duration_min"_s,
                QString::number(c.spec.value(u"autotermination_minutes"_s).toInt(60)));
        if (e.reason == SpotInstanceTermination || e.reason == InstanceUnreachable)
            parameters.insert(u"instance_id"_s,
                u"i-0%1"_s.arg(quint64(e.timestamp) * 2654435761ULL % 0xFFFFFFFFFFFULL, 15, 16, QChar(u'0')));
        details.insert(u"reason"_s,
            QJsonObject {{u"code"_s, reasonCode(e.reason)}, {u"type"_s, reasonType(e.reason)},
                {u"parameters"_s, parameters}});
    }
    const QString instanceId
        = u"i-0%1"_s.arg(quint64(e.timestamp) * 40503ULL % 0xFFFFFFFFFFFULL, 15, 16, QChar(u'0'));
    QJsonObject size;
    if (c.spec.contains(u"autoscale"_s))
        size.insert(u"autoscale"_s, c.spec.value(u"autoscale"_s));
    else
        size.insert(u"num_workers"_s, c.spec.value(u"num_workers"_s));
    QJsonObject result {
        {u"cluster_id"_s, c.clusterId}, {u"timestamp"_s, e.timestamp}, {u"type"_s, name(e.type)}};
    switch (e.type) {
    case Creating:
        details.insert(u"cluster_size"_s, size);
        details.insert(u"attributes"_s, c.spec);
        if (c.source == u"JOB"_s)
            details.insert(u"job_run_name"_s, c.spec.value(u"cluster_name"_s));
        break;
    case Edited: {
        QJsonObject previous = c.spec;
        previous.insert(
            u"autotermination_minutes"_s, c.spec.value(u"autotermination_minutes"_s).toInt() + 30);
        details.insert(u"previous_attributes"_s, previous);
        details.insert(u"attributes"_s, c.spec);
        details.insert(u"previous_cluster_size"_s, size);
        details.insert(u"cluster_size"_s, size);
        break;
    }
    case DriverNotResponding:
        details.insert(u"driver_state_message"_s, u"Driver is up but is not responsive, likely due to GC."_s);
        break;
    case DriverUnavailable:
        details.insert(u"driver_state_message"_s, u"Driver is temporarily unavailable."_s);
        break;
    case SparkException:
        details.insert(
            u"driver_state_message"_s, u"java.lang.OutOfMemoryError: GC overhead limit exceeded"_s);
        break;
    case DidNotExpandDisk:
        details.insert(u"instance_id"_s, instanceId);
        details.insert(u"disk_size"_s, 1'099'511'627'776.0);
        details.insert(u"free_space"_s, 5'368'709'120.0);
        details.insert(u"did_not_expand_reason"_s, u"Disk is already at its maximum size"_s);
        break;
    case ExpandedDisk:
    case FailedToExpandDisk:
        details.insert(u"instance_id"_s, instanceId);
        details.insert(u"previous_disk_size"_s, 161'061'273'600.0);
        details.insert(u"disk_size"_s, 322'122'547'200.0);
        details.insert(u"free_space"_s, 4'294'967'296.0);
        break;
    case NodeBlacklisted:
    case NodeExcludedDecommissioned:
        details.insert(u"instance_id"_s, instanceId);
        result.insert(u"data_plane_event_details"_s,
            QJsonObject {{u"event_type"_s, name(e.type)}, {u"executor_failures"_s, 4},
                {u"host_id"_s, instanceId}, {u"timestamp"_s, e.timestamp}});
        break;
    case InitScriptsFinished:
        details.insert(u"init_scripts"_s,
            QJsonObject {{u"reported_for_node"_s, u"10.0.12.34"_s},
                {u"cluster"_s,
                    QJsonArray {QJsonObject {
                        {u"status"_s, u"SUCCEEDED"_s}, {u"execution_duration_seconds"_s, 14}}}}});
        break;
    default:
        break;
    }
    result.insert(u"details"_s, details);
    return result;
}

} // namespace brickdesk::emulator
