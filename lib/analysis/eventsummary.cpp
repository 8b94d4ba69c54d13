#include "analysis/eventsummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

using Type = ClusterEvent::Type;

// First line of a free-text message, shortened for a one-line summary.
QString firstLine(const QString &text)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.size() > 120)
        line = line.left(119) + QChar(0x2026);
    return line;
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString EventSummary::typeLabel(const ClusterEvent &event)
{
    return event.type() == Type::Unknown ? event.typeName() : typeLabel(event.type());
}

QString EventSummary::typeLabel(ClusterEvent::Type type)
{
    switch (type) {
    case Type::Unknown:
        return tr("Unknown");
    case Type::Creating:
        return tr("Creating");
    case Type::Starting:
        return tr("Starting");
    case Type::Restarting:
        return tr("Restarting");
    case Type::Running:
        return tr("Running");
    case Type::Edited:
        return tr("Edited");
    case Type::Resizing:
        return tr("Resizing");
    case Type::UpsizeCompleted:
        return tr("Upsize completed");
    case Type::NodesLost:
        return tr("Nodes lost");
    case Type::Terminating:
        return tr("Terminating");
    case Type::DriverHealthy:
        return tr("Driver healthy");
    case Type::DriverUnavailable:
        return tr("Driver unavailable");
    case Type::DriverNotResponding:
        return tr("Driver not responding");
    case Type::SparkException:
        return tr("Spark exception");
    case Type::DbfsDown:
        return tr("DBFS down");
    case Type::MetastoreDown:
        return tr("Metastore down");
    case Type::InitScriptsStarted:
        return tr("Init scripts started");
    case Type::InitScriptsFinished:
        return tr("Init scripts finished");
    case Type::DidNotExpandDisk:
        return tr("Disk not expanded");
    case Type::ExpandedDisk:
        return tr("Disk expanded");
    case Type::FailedToExpandDisk:
        return tr("Disk expansion failed");
    case Type::NodeBlacklisted:
        return tr("Node excluded");
    case Type::NodeExcludedDecommissioned:
        return tr("Decommissioned node excluded");
    case Type::Pinned:
        return tr("Pinned");
    case Type::Unpinned:
        return tr("Unpinned");
    case Type::AutoscalingStatsReport:
        return tr("Autoscaling report");
    case Type::AutoscalingBackoff:
        return tr("Autoscaling backoff");
    case Type::AutoscalingFailed:
        return tr("Autoscaling failed");
    case Type::AddNodesFailed:
        return tr("Adding nodes failed");
    case Type::DecommissionStarted:
        return tr("Decommission started");
    case Type::DecommissionEnded:
        return tr("Decommission ended");
    case Type::AutomaticClusterUpdate:
        return tr("Automatic update");
    case Type::ClusterMigrated:
        return tr("Cluster migrated");
    case Type::DeferredPolicyEnforcementScheduled:
        return tr("Policy enforcement scheduled");
    case Type::DeferredPolicyEnforcementFailed:
        return tr("Policy enforcement failed");
    case Type::UcVolumeMisconfigured:
        return tr("Volume misconfigured");
    }
    return tr("Unknown");
}

QString EventSummary::reasonText(const QString &code)
{
    if (code == u"SPOT_INSTANCE_TERMINATION"_s)
        return tr("spot preemption");
    if (code == u"CLOUD_PROVIDER_RESOURCE_STOCKOUT"_s)
        return tr("cloud provider out of capacity");
    if (code == u"CLOUD_PROVIDER_LAUNCH_FAILURE"_s)
        return tr("cloud provider launch failure");
    if (code == u"CLOUD_PROVIDER_SHUTDOWN"_s)
        return tr("cloud provider shutdown");
    if (code == u"INSTANCE_UNREACHABLE"_s)
        return tr("instance unreachable");
    if (code == u"INSTANCE_POOL_CLUSTER_FAILURE"_s)
        return tr("instance pool failure");
    if (code == u"USER_REQUEST"_s)
        return tr("user request");
    if (code == u"INACTIVITY"_s)
        return tr("inactivity");
    if (code == u"JOB_FINISHED"_s)
        return tr("job finished");
    if (code == u"DRIVER_UNREACHABLE"_s)
        return tr("driver unreachable");
    if (code == u"DRIVER_UNRESPONSIVE"_s)
        return tr("driver unresponsive");
    if (code == u"SPARK_STARTUP_FAILURE"_s)
        return tr("Spark failed to start");
    if (code == u"INIT_SCRIPT_FAILURE"_s)
        return tr("init script failed");
    if (code == u"QUOTA_EXCEEDED"_s || code == u"WORKSPACE_CANCELLED_ERROR"_s)
        return tr("quota exceeded");
    if (code == u"INTERNAL_ERROR"_s)
        return tr("internal error");
    return code;
}

QString EventSummary::causeText(const ClusterEvent &event)
{
    switch (event.cause()) {
    case ClusterEvent::Cause::None:
        return {};
    case ClusterEvent::Cause::UserRequest:
        return tr("user request");
    case ClusterEvent::Cause::Autoscale:
    case ClusterEvent::Cause::AutoscaleV2:
    case ClusterEvent::Cause::DbrAutoscale:
        return tr("autoscale");
    case ClusterEvent::Cause::Autorecovery:
        return tr("autorecovery");
    case ClusterEvent::Cause::ReplaceBadNodes:
        return tr("replacing bad nodes");
    case ClusterEvent::Cause::Unknown:
        break;
    }
    return event.causeName();
}

namespace {

QString workersText(int n)
{
    return n == 1 ? EventSummary::tr("1 worker") : EventSummary::tr("%1 workers").arg(n);
}

QString sizeText(const ClusterEvent::Size &size)
{
    if (size.isAutoscale())
        return EventSummary::tr("%1–%2 workers (autoscale)").arg(size.minWorkers).arg(size.maxWorkers);
    if (size.numWorkers >= 0)
        return workersText(size.numWorkers);
    return {};
}

// "6 of 8 workers" when short of the target, else "8 workers".
QString countText(const ClusterEvent &e)
{
    if (e.hasTargetWorkers() && e.targetWorkers() > e.currentWorkers())
        return EventSummary::tr("%1 of %2 workers").arg(e.currentWorkers()).arg(e.targetWorkers());
    return workersText(e.currentWorkers());
}

// ": <reason>" when the event carries a reason code.
QString reasonSuffix(const ClusterEvent &e)
{
    const QString code = e.reasonCode();
    return code.isEmpty() ? QString() : EventSummary::tr(": %1").arg(EventSummary::reasonText(code));
}

QString byUser(const ClusterEvent &e)
{
    return e.user().isEmpty() ? QString() : EventSummary::tr(" by %1").arg(e.user());
}

QString withMessage(const QString &base, const ClusterEvent &e)
{
    const QString message = firstLine(e.details().value(u"driver_state_message"_s).toString());
    return message.isEmpty() ? base : EventSummary::tr("%1: %2").arg(base, message);
}

int initScriptCount(const QJsonObject &details)
{
    const QJsonObject scripts = details.value(u"init_scripts"_s).toObject();
    int count = 0;
    for (auto it = scripts.constBegin(); it != scripts.constEnd(); ++it) {
        if (it.value().isArray())
            count += int(it.value().toArray().size());
    }
    return count;
}

QString hostOf(const ClusterEvent &e)
{
    const QJsonObject raw = e.raw();
    const QString host = raw.value(u"data_plane_event_details"_s).toObject().value(u"host_id"_s).toString();
    return host.isEmpty() ? raw.value(u"details"_s).toObject().value(u"instance_id"_s).toString() : host;
}

} // namespace

QString EventSummary::didNotExpandReason(const ClusterEvent &e)
{
    // The disk events say it in their own summary.
    switch (e.type()) {
    case Type::Resizing:
    case Type::UpsizeCompleted:
    case Type::AddNodesFailed:
    case Type::AutoscalingStatsReport:
    case Type::AutoscalingBackoff:
    case Type::AutoscalingFailed:
        return firstLine(e.notExpandedReason());
    default:
        return {};
    }
}

QString EventSummary::summary(const ClusterEvent &e, int previousWorkers)
{
    const QString text = baseSummary(e, previousWorkers);
    const QString reason = didNotExpandReason(e);
    return reason.isEmpty() ? text : tr("%1; not expanded: %2").arg(text, reason);
}

QString EventSummary::baseSummary(const ClusterEvent &e, int previousWorkers)
{
    switch (e.type()) {
    case Type::Creating: {
        const QString size = sizeText(e.clusterSize());
        return (size.isEmpty() ? tr("Creating cluster") : tr("Creating cluster with %1").arg(size))
            + byUser(e);
    }
    case Type::Starting:
        return tr("Starting cluster") + byUser(e);
    case Type::Restarting:
        return tr("Restarting cluster") + byUser(e);
    case Type::Running:
        if (!e.hasCurrentWorkers())
            return tr("Cluster running");
        return tr("Running with %1").arg(countText(e)) + reasonSuffix(e);
    case Type::Edited: {
        const QString before = sizeText(e.previousClusterSize());
        const QString after = sizeText(e.clusterSize());
        if (!before.isEmpty() && !after.isEmpty() && before != after)
            return tr("Configuration edited: %1 → %2").arg(before, after) + byUser(e);
        if (!after.isEmpty())
            return tr("Configuration edited: %1").arg(after) + byUser(e);
        return tr("Configuration edited") + byUser(e);
    }
    case Type::Resizing: {
        const QString cause = causeText(e);
        QString text;
        if (e.hasCurrentWorkers() && e.hasTargetWorkers())
            text = tr("Resizing %1 → %2 workers").arg(e.currentWorkers()).arg(e.targetWorkers());
        else if (e.hasTargetWorkers())
            text = tr("Resizing to %1").arg(workersText(e.targetWorkers()));
        else
            text = tr("Resizing");
        if (!cause.isEmpty())
            text = tr("%1 (%2)").arg(text, cause);
        return text + byUser(e);
    }
    case Type::UpsizeCompleted:
        if (!e.hasCurrentWorkers())
            return tr("Upsize completed");
        return tr("Upsize completed: %1").arg(countText(e)) + reasonSuffix(e);
    case Type::NodesLost: {
        int lost = -1;
        if (previousWorkers >= 0 && e.hasCurrentWorkers() && previousWorkers > e.currentWorkers())
            lost = previousWorkers - e.currentWorkers();
        else if (e.hasCurrentWorkers() && e.hasTargetWorkers() && e.targetWorkers() > e.currentWorkers())
            lost = e.targetWorkers() - e.currentWorkers();
        QString text = lost == 1 ? tr("1 node lost")
            : lost > 1           ? tr("%1 nodes lost").arg(lost)
                                 : tr("Nodes lost");
        return text + reasonSuffix(e);
    }
    case Type::Terminating: {
        const QString code = e.reasonCode();
        const QString text = code.isEmpty() ? tr("Terminating") : tr("Terminating: %1").arg(reasonText(code));
        return text + byUser(e);
    }
    case Type::DriverHealthy:
        return tr("Driver is healthy");
    case Type::DriverUnavailable:
        return withMessage(tr("Driver unavailable"), e);
    case Type::DriverNotResponding:
        return withMessage(tr("Driver not responding"), e);
    case Type::SparkException:
        return withMessage(tr("Spark exception"), e);
    case Type::DbfsDown:
        return tr("DBFS is down (driver up)");
    case Type::MetastoreDown:
        return tr("Metastore is down (driver up)");
    case Type::InitScriptsStarted:
    case Type::InitScriptsFinished: {
        const int count = initScriptCount(e.details());
        const bool started = e.type() == Type::InitScriptsStarted;
        if (count <= 0)
            return started ? tr("Init scripts started") : tr("Init scripts finished");
        if (count == 1)
            return started ? tr("1 init script started") : tr("1 init script finished");
        return (started ? tr("%1 init scripts started") : tr("%1 init scripts finished")).arg(count);
    }
    case Type::DidNotExpandDisk: {
        const QString reason = e.notExpandedReason();
        return reason.isEmpty() ? tr("Disk low but not expanded (at maximum size)")
                                : tr("Disk low but not expanded: %1").arg(firstLine(reason));
    }
    case Type::ExpandedDisk: {
        const QJsonObject d = e.details();
        const qint64 before = d.value(u"previous_disk_size"_s).toInteger(-1);
        const qint64 after = d.value(u"disk_size"_s).toInteger(-1);
        if (before >= 0 && after >= 0)
            return tr("Disk expanded from %1 to %2").arg(bytesText(before), bytesText(after));
        if (after >= 0)
            return tr("Disk expanded to %1").arg(bytesText(after));
        return tr("Disk expanded");
    }
    case Type::FailedToExpandDisk: {
        const qint64 free = e.details().value(u"free_space"_s).toInteger(-1);
        return free >= 0 ? tr("Failed to expand disk (%1 free)").arg(bytesText(free))
                         : tr("Failed to expand disk");
    }
    case Type::NodeBlacklisted: {
        const QString host = hostOf(e);
        return host.isEmpty() ? tr("Node excluded by Spark") : tr("Node %1 excluded by Spark").arg(host);
    }
    case Type::NodeExcludedDecommissioned: {
        const QString host = hostOf(e);
        return host.isEmpty() ? tr("Decommissioned node excluded")
                              : tr("Decommissioned node %1 excluded").arg(host);
    }
    case Type::Pinned:
        return tr("Cluster pinned") + byUser(e);
    case Type::Unpinned:
        return tr("Cluster unpinned") + byUser(e);
    case Type::AutoscalingStatsReport:
        if (e.hasCurrentWorkers() && e.hasTargetWorkers())
            return tr("Autoscaling report: %1, target %2")
                .arg(workersText(e.currentWorkers()))
                .arg(e.targetWorkers());
        return tr("Autoscaling statistics report");
    case Type::AutoscalingBackoff:
        return tr("Autoscaling backing off after failures") + reasonSuffix(e);
    case Type::AutoscalingFailed:
        return tr("Autoscaling failed") + reasonSuffix(e);
    case Type::AddNodesFailed: {
        QString text = tr("Could not add nodes") + reasonSuffix(e);
        if (e.hasCurrentWorkers() && e.hasTargetWorkers())
            text = tr("%1 (%2)").arg(text, countText(e));
        return text;
    }
    case Type::DecommissionStarted:
        if (e.hasCurrentWorkers() && e.hasTargetWorkers())
            return tr("Decommissioning nodes: %1 → %2 workers")
                .arg(e.currentWorkers())
                .arg(e.targetWorkers());
        return tr("Decommissioning nodes");
    case Type::DecommissionEnded:
        if (e.hasCurrentWorkers())
            return tr("Decommissioning finished: %1").arg(workersText(e.currentWorkers()));
        return tr("Decommissioning finished");
    case Type::AutomaticClusterUpdate:
        return tr("Automatic cluster update");
    case Type::ClusterMigrated:
        return tr("Cluster migrated");
    case Type::DeferredPolicyEnforcementScheduled:
        return tr("Policy enforcement scheduled");
    case Type::DeferredPolicyEnforcementFailed:
        return tr("Policy enforcement failed") + reasonSuffix(e);
    case Type::UcVolumeMisconfigured:
        return tr("Unity Catalog volume misconfigured");
    case Type::Unknown:
        break;
    }
    const QString name = e.typeName();
    return name.isEmpty() ? tr("Unknown event") : tr("%1 event").arg(name);
}

} // namespace brickdesk
