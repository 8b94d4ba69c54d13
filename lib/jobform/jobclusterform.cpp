#include "jobform/jobclusterform.h"

#include "jobform/jsonfields.h"

namespace brickdesk {

using namespace jsonfields;

JobClusterForm JobClusterForm::fromJson(const QJsonObject &entry)
{
    JobClusterForm form;
    form.raw = entry;
    form.key = entry.value(u"job_cluster_key").toString();
    const QJsonObject cluster = entry.value(u"new_cluster").toObject();
    form.sparkVersion = cluster.value(u"spark_version").toString();
    form.nodeTypeId = cluster.value(u"node_type_id").toString();
    if (cluster.contains(u"autoscale")) {
        const QJsonObject autoscale = cluster.value(u"autoscale").toObject();
        form.autoscale = true;
        form.minWorkers = int(autoscale.value(u"min_workers").toInteger());
        form.maxWorkers = int(autoscale.value(u"max_workers").toInteger());
        form.numWorkers = form.minWorkers;
    } else {
        form.numWorkers = int(cluster.value(u"num_workers").toInteger());
        form.minWorkers = form.numWorkers;
        form.maxWorkers = std::max(form.numWorkers, form.minWorkers + 1);
    }
    form.sparkConf = readMap(cluster.value(u"spark_conf"));
    form.customTags = readMap(cluster.value(u"custom_tags"));
    return form;
}

QJsonObject JobClusterForm::toJson() const
{
    QJsonObject entry = raw;
    entry.insert(u"job_cluster_key"_qs, key);
    QJsonObject cluster = entry.value(u"new_cluster").toObject();
    setString(cluster, u"spark_version"_qs, sparkVersion);
    setString(cluster, u"node_type_id"_qs, nodeTypeId);
    if (autoscale) {
        cluster.remove(u"num_workers");
        QJsonObject scale = cluster.value(u"autoscale").toObject();
        setInt(scale, u"min_workers"_qs, minWorkers);
        setInt(scale, u"max_workers"_qs, maxWorkers);
        cluster.insert(u"autoscale"_qs, scale);
    } else {
        cluster.remove(u"autoscale");
        setInt(cluster, u"num_workers"_qs, numWorkers);
    }
    setMap(cluster, u"spark_conf"_qs, sparkConf);
    setMap(cluster, u"custom_tags"_qs, customTags);
    entry.insert(u"new_cluster"_qs, cluster);
    return entry;
}

} // namespace brickdesk
