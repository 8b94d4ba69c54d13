#include "eventtypes.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator::eventtypes {

static const char *const kNames[Count] = {"CREATING", "STARTING", "RESTARTING", "RUNNING", "EDITED",
    "RESIZING", "UPSIZE_COMPLETED", "NODES_LOST", "TERMINATING", "DRIVER_HEALTHY", "DRIVER_UNAVAILABLE",
    "DRIVER_NOT_RESPONDING", "SPARK_EXCEPTION", "DBFS_DOWN", "METASTORE_DOWN", "INIT_SCRIPTS_STARTED",
    "INIT_SCRIPTS_FINISHED", "DID_NOT_EXPAND_DISK", "EXPANDED_DISK", "FAILED_TO_EXPAND_DISK",
    "NODE_BLACKLISTED", "NODE_EXCLUDED_DECOMMISSIONED", "PINNED", "UNPINNED", "AUTOSCALING_STATS_REPORT",
    "AUTOSCALING_BACKOFF", "AUTOSCALING_FAILED", "ADD_NODES_FAILED", "DECOMMISSION_STARTED",
    "DECOMMISSION_ENDED", "AUTOMATIC_CLUSTER_UPDATE", "CLUSTER_MIGRATED",
    "DEFERRED_POLICY_ENFORCEMENT_SCHEDULED", "DEFERRED_POLICY_ENFORCEMENT_FAILED", "UC_VOLUME_MISCONFIGURED"};

QString name(int type)
{
    return type >= 0 && type < Count ? QLatin1String(kNames[type]) : QString();
}

int fromName(const QString &n)
{
    for (int i = 0; i < Count; ++i) {
        if (n == QLatin1String(kNames[i]))
            return i;
    }
    return -1;
}

QString causeName(int cause)
{
    switch (cause) {
    case UserRequest:
        return u"USER_REQUEST"_s;
    case Autoscale:
        return u"AUTOSCALE"_s;
    case Autorecovery:
        return u"AUTORECOVERY"_s;
    case ReplaceBadNodes:
        return u"REPLACE_BAD_NODES"_s;
    default:
        return {};
    }
}

static const char *const kReasons[ReasonCount][2]
    = {{"", ""}, {"INACTIVITY", "SUCCESS"}, {"USER_REQUEST", "SUCCESS"}, {"JOB_FINISHED", "SUCCESS"},
        {"SPOT_INSTANCE_TERMINATION", "CLOUD_FAILURE"}, {"CLOUD_PROVIDER_RESOURCE_STOCKOUT", "CLOUD_FAILURE"},
        {"INSTANCE_UNREACHABLE", "CLOUD_FAILURE"}, {"DRIVER_UNRESPONSIVE", "SERVICE_FAULT"},
        {"CLOUD_PROVIDER_LAUNCH_FAILURE", "CLOUD_FAILURE"}, {"INIT_SCRIPT_FAILURE", "CLIENT_ERROR"}};

QString reasonCode(int reason)
{
    return reason > 0 && reason < ReasonCount ? QLatin1String(kReasons[reason][0]) : QString();
}

QString reasonType(int reason)
{
    return reason > 0 && reason < ReasonCount ? QLatin1String(kReasons[reason][1]) : QString();
}

} // namespace brickdesk::emulator::eventtypes
