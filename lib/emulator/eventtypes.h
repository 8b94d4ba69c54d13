#pragma once

#include <QString>

namespace brickdesk::emulator::eventtypes {

// The 35 cluster event types of the Clusters API (databricks-api.md §2.3), in a fixed order:
// EventRecord::type is an index into this list.
enum Type : quint8 {
    Creating,
    Starting,
    Restarting,
    Running,
    Edited,
    Resizing,
    UpsizeCompleted,
    NodesLost,
    Terminating,
    DriverHealthy,
    DriverUnavailable,
    DriverNotResponding,
    SparkException,
    DbfsDown,
    MetastoreDown,
    InitScriptsStarted,
    InitScriptsFinished,
    DidNotExpandDisk,
    ExpandedDisk,
    FailedToExpandDisk,
    NodeBlacklisted,
    NodeExcludedDecommissioned,
    Pinned,
    Unpinned,
    AutoscalingStatsReport,
    AutoscalingBackoff,
    AutoscalingFailed,
    AddNodesFailed,
    DecommissionStarted,
    DecommissionEnded,
    AutomaticClusterUpdate,
    ClusterMigrated,
    DeferredPolicyEnforcementScheduled,
    DeferredPolicyEnforcementFailed,
    UcVolumeMisconfigured,
    Count
};

QString name(int type);
int fromName(const QString &name); // -1 when unknown

// EventRecord::cause: 0 = none.
enum Cause : quint8 { NoCause, UserRequest, Autoscale, Autorecovery, ReplaceBadNodes };
QString causeName(int cause);

// EventRecord::reason: 0 = none; index into a table of {code, type} termination reasons.
enum Reason : quint8 {
    NoReason,
    Inactivity,
    UserRequestReason,
    JobFinished,
    SpotInstanceTermination,
    ResourceStockout,
    InstanceUnreachable,
    DriverUnresponsive,
    LaunchFailure,
    InitScriptFailure,
    ReasonCount
};
QString reasonCode(int reason);
QString reasonType(int reason);

} // namespace brickdesk::emulator::eventtypes
