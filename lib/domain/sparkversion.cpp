#include "domain/sparkversion.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

SparkVersion SparkVersion::fromJson(const QJsonObject &version)
{
    SparkVersion result;
    result.m_raw = version;
    return result;
}

QString SparkVersion::key() const
{
    return m_raw.value(u"key"_s).toString();
}
QString SparkVersion::name() const
{
    return m_raw.value(u"name"_s).toString();
}
bool SparkVersion::isLts() const
{
    return name().contains(u"LTS"_s);
}
bool SparkVersion::isMl() const
{
    return key().contains(u"-ml-"_s) || key().contains(u"-gpu-ml-"_s);
}
bool SparkVersion::isPhoton() const
{
    return key().contains(u"photon"_s);
}

} // namespace brickdesk
