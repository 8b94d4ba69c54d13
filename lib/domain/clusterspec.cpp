#include "domain/clusterspec.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClusterSpec ClusterSpec::fromJson(const QJsonObject &spec)
{
    ClusterSpec result;
    result.sparkVersion = spec.value(u"spark_version"_s).toString();
    result.nodeTypeId = spec.value(u"node_type_id"_s).toString();
    const QJsonObject autoscale = spec.value(u"autoscale"_s).toObject();
    result.autoscale = !autoscale.isEmpty();
    result.minWorkers = autoscale.value(u"min_workers"_s).toInteger();
    result.maxWorkers = autoscale.value(u"max_workers"_s).toInteger();
    if (spec.contains(u"num_workers"_s))
        result.numWorkers = spec.value(u"num_workers"_s).toInteger();
    return result;
}

} // namespace brickdesk
