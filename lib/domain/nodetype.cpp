#include "domain/nodetype.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

NodeType NodeType::fromJson(const QJsonObject &nodeType)
{
    NodeType result;
    result.m_raw = nodeType;
    return result;
}

QString NodeType::id() const
{
    return m_raw.value(u"node_type_id"_s).toString();
}
QString NodeType::description() const
{
    return m_raw.value(u"description"_s).toString();
}
QString NodeType::instanceTypeId() const
{
    return m_raw.value(u"instance_type_id"_s).toString();
}
QString NodeType::category() const
{
    return m_raw.value(u"category"_s).toString();
}
int NodeType::memoryMb() const
{
    return int(m_raw.value(u"memory_mb"_s).toInteger());
}
double NodeType::numCores() const
{
    return m_raw.value(u"num_cores"_s).toDouble();
}
int NodeType::numGpus() const
{
    return int(m_raw.value(u"num_gpus"_s).toInteger());
}
bool NodeType::isDeprecated() const
{
    return m_raw.value(u"is_deprecated"_s).toBool();
}
bool NodeType::isHidden() const
{
    return m_raw.value(u"is_hidden"_s).toBool();
}
bool NodeType::isPhotonWorkerCapable() const
{
    return m_raw.value(u"photon_worker_capable"_s).toBool();
}

} // namespace brickdesk
