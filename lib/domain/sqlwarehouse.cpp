#include "domain/sqlwarehouse.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

SqlWarehouse SqlWarehouse::fromJson(const QJsonObject &warehouse)
{
    SqlWarehouse result;
    result.m_raw = warehouse;
    return result;
}

QString SqlWarehouse::id() const
{
    return m_raw.value(u"id"_s).toString();
}

QString SqlWarehouse::name() const
{
    return m_raw.value(u"name"_s).toString();
}

QString SqlWarehouse::state() const
{
    return m_raw.value(u"state"_s).toString();
}

QString SqlWarehouse::clusterSize() const
{
    return m_raw.value(u"cluster_size"_s).toString();
}

int SqlWarehouse::autoStopMinutes() const
{
    return m_raw.value(u"auto_stop_mins"_s).toInt();
}

bool SqlWarehouse::isServerless() const
{
    return m_raw.value(u"enable_serverless_compute"_s).toBool();
}

QString SqlWarehouse::creator() const
{
    return m_raw.value(u"creator_name"_s).toString();
}

} // namespace brickdesk
