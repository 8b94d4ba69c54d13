#include "clusterjson.h"

#include "eventtypes.h"
#include "seedcatalog.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator::clusterjson {

using namespace eventtypes;

QString stateName(ClusterState state)
{
    switch (state) {
    case ClusterState::Pending:
        return u"PENDING"_s;
    case ClusterState::Running:
        return u"RUNNING"_s;
    case ClusterState::Restarting:
        return u"RESTARTING"_s;
    case ClusterState::Resizing:
        return u"RESIZING"_s;
    case ClusterState::Terminating:
        return u"TERMINATING"_s;
    case ClusterState::Terminated:
        return u"TERMINATED"_s;
    case ClusterState::Error:
        return u"ERROR"_s;
    }
    return u"UNKNOWN"_s;
}

QJsonObject render(const ClusterRecord &c, const EmulatorOptions &options, bool withSpec)
{
    QJsonObject o = c.spec;
    o.insert(u"cluster_id"_s, c.clusterId);
    o.insert(u"cluster_source"_s, c.source);
    o.insert(u"creator_user_name"_s, c.creator);
    o.insert(u"state"_s, stateName(c.state));
    const bool up = c.state == ClusterState::Running || c.state == ClusterState::Resizing;
    QString message;
    if (c.state == ClusterState::Pending)
        message = u"Setting up 2 nodes."_s;
    else if (c.state == ClusterState::Terminated)
        message = c.terminationReason == Inactivity
            ? u"Inactive cluster terminated (inactive for %1 minutes)."_s.arg(
                c.spec.value(u"autotermination_minutes"_s).toInt())
            : QString();
    o.insert(u"state_message"_s, message);
    o.insert(u"start_time"_s, c.startTime);
    if (c.lastRestartedTime)
        o.insert(u"last_restarted_time"_s, c.lastRestartedTime);
    if (c.state == ClusterState::Terminated || c.state == ClusterState::Terminating) {
        o.insert(u"terminated_time"_s, c.terminatedTime);
        if (c.terminationReason) {
            QJsonObject params;
            if (c.terminationReason == Inactivity)
                params.insert(u"inactivity_duration_min"_s,
                    QString::number(c.spec.value(u"autotermination_minutes"_s).toInt()));
            if (c.terminationReason == UserRequestReason)
                params.insert(u"username"_s, c.creator);
            o.insert(u"termination_reason"_s,
                QJsonObject {{u"code"_s, reasonCode(c.terminationReason)},
                    {u"type"_s, reasonType(c.terminationReason)}, {u"parameters"_s, params}});
        }
    }
    const bool autoscale = c.spec.contains(u"autoscale"_s);
    if (autoscale)
        o.insert(u"num_workers"_s, up ? c.targetWorkers : 0);
    const QJsonObject node
        = seedcatalog::nodeTypeJson(options.cloud, c.spec.value(u"node_type_id"_s).toString());
    const int cores = node.value(u"num_cores"_s).toInt(4);
    const int memory = node.value(u"memory_mb"_s).toInt(16384);
    if (up || c.state == ClusterState::Restarting) {
        auto sparkNode = [&](int i) {
            const quint64 h = (c.seed + quint64(i) * 0x9E3779B97F4A7C15ULL) ^ quint64(c.lastRestartedTime);
            return QJsonObject {{u"node_id"_s,
                                    QString(QString::number(h, 16).rightJustified(16, u'0')
                                        + QString::number(h >> 7, 16).left(16))},
                {u"instance_id"_s, u"i-0%1"_s.arg(h % 0xFFFFFFFFFFFULL, 15, 16, QChar(u'0'))},
                {u"private_ip"_s, u"10.%1.%2.%3"_s.arg(h % 200).arg((h >> 8) % 250).arg(i + 4)},
                {u"host_private_ip"_s, u"10.%1.%2.%3"_s.arg(h % 200).arg((h >> 8) % 250 + 1).arg(i + 4)},
                {u"start_timestamp"_s, c.lastRestartedTime ? c.lastRestartedTime : c.startTime},
                {u"node_aws_attributes"_s, QJsonObject {{u"is_spot"_s, c.spot && i > 0}}}};
        };
        o.insert(u"driver"_s, sparkNode(0));
        QJsonArray executors;
        for (int i = 1; i <= c.currentWorkers; ++i)
            executors.append(sparkNode(i));
        o.insert(u"executors"_s, executors);
        o.insert(u"spark_context_id"_s, QString::number(c.seed % 9'000'000'000'000'000'000ULL));
        o.insert(u"jdbc_port"_s, 10000);
        o.insert(u"cluster_cores"_s, double(cores * (c.currentWorkers + 1)));
        o.insert(u"cluster_memory_mb"_s, memory * (c.currentWorkers + 1));
    }
    o.insert(u"default_tags"_s,
        QJsonObject {{u"Vendor"_s, u"Databricks"_s}, {u"Creator"_s, c.creator},
            {u"ClusterName"_s, c.spec.value(u"cluster_name"_s)}, {u"ClusterId"_s, c.clusterId}});
    o.insert(u"disk_spec"_s, QJsonObject {});
    o.insert(u"init_scripts_safe_mode"_s, false);
    o.insert(u"cluster_log_status"_s, QJsonObject {{u"last_attempted"_s, c.startTime}});
    if (withSpec)
        o.insert(u"spec"_s, c.spec);
    return o;
}

} // namespace brickdesk::emulator::clusterjson
