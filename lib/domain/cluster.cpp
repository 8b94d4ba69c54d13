#include "domain/cluster.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr std::array<std::pair<const char *, Cluster::State>, 7> states = {{
    {"PENDING", Cluster::State::Pending},
    {"RUNNING", Cluster::State::Running},
    {"RESTARTING", Cluster::State::Restarting},
    {"RESIZING", Cluster::State::Resizing},
    {"TERMINATING", Cluster::State::Terminating},
    {"TERMINATED", Cluster::State::Terminated},
    {"ERROR", Cluster::State::Error},
}};

} // namespace

Cluster Cluster::fromJson(const QJsonObject &cluster)
{
    Cluster result;
    result.m_raw = cluster;
    result.m_id = cluster.value(u"cluster_id"_s).toString();
    result.m_state = stateFromName(cluster.value(u"state"_s).toString());
    return result;
}

QString Cluster::name() const
{
    return m_raw.value(u"cluster_name"_s).toString();
}
QString Cluster::stateName() const
{
    return m_raw.value(u"state"_s).toString();
}
QString Cluster::stateMessage() const
{
    return m_raw.value(u"state_message"_s).toString();
}
int Cluster::numWorkers() const
{
    return int(m_raw.value(u"num_workers"_s).toInteger(0));
}
bool Cluster::isAutoscale() const
{
    return m_raw.value(u"autoscale"_s).isObject();
}

int Cluster::autoscaleMinWorkers() const
{
    return int(m_raw.value(u"autoscale"_s).toObject().value(u"min_workers"_s).toInteger(-1));
}

int Cluster::autoscaleMaxWorkers() const
{
    return int(m_raw.value(u"autoscale"_s).toObject().value(u"max_workers"_s).toInteger(-1));
}

int Cluster::executorCount() const
{
    const QJsonValue executors = m_raw.value(u"executors"_s);
    return executors.isArray() ? int(executors.toArray().size()) : -1;
}

QString Cluster::nodeTypeId() const
{
    return m_raw.value(u"node_type_id"_s).toString();
}

QString Cluster::driverNodeTypeId() const
{
    const QString driver = m_raw.value(u"driver_node_type_id"_s).toString();
    return driver.isEmpty() ? nodeTypeId() : driver;
}

QString Cluster::sparkVersion() const
{
    return m_raw.value(u"spark_version"_s).toString();
}
QString Cluster::creatorUserName() const
{
    return m_raw.value(u"creator_user_name"_s).toString();
}
QString Cluster::clusterSource() const
{
    return m_raw.value(u"cluster_source"_s).toString();
}
qint64 Cluster::startTimeMs() const
{
    return m_raw.value(u"start_time"_s).toInteger();
}
qint64 Cluster::terminatedTimeMs() const
{
    return m_raw.value(u"terminated_time"_s).toInteger();
}
qint64 Cluster::lastRestartedTimeMs() const
{
    return m_raw.value(u"last_restarted_time"_s).toInteger();
}

QString Cluster::terminationCode() const
{
    return m_raw.value(u"termination_reason"_s).toObject().value(u"code"_s).toString();
}

QString Cluster::terminationType() const
{
    return m_raw.value(u"termination_reason"_s).toObject().value(u"type"_s).toString();
}

int Cluster::autoterminationMinutes() const
{
    return int(m_raw.value(u"autotermination_minutes"_s).toInteger());
}

QMap<QString, QString> Cluster::customTags() const
{
    QMap<QString, QString> result;
    const QJsonObject tags = m_raw.value(u"custom_tags"_s).toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QString Cluster::runtimeEngine() const
{
    return m_raw.value(u"runtime_engine"_s).toString();
}
QString Cluster::dataSecurityMode() const
{
    return m_raw.value(u"data_security_mode"_s).toString();
}
QString Cluster::singleUserName() const
{
    return m_raw.value(u"single_user_name"_s).toString();
}
QString Cluster::policyId() const
{
    return m_raw.value(u"policy_id"_s).toString();
}

bool Cluster::isActive() const
{
    return m_state == State::Pending || m_state == State::Running || m_state == State::Restarting
        || m_state == State::Resizing;
}

Cluster::State Cluster::stateFromName(QStringView name)
{
    for (const auto &[text, value] : states) {
        if (name == QLatin1String(text))
            return value;
    }
    return State::Unknown;
}

} // namespace brickdesk
