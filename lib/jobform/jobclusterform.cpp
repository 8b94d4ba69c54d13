#include "jobform/jobclusterform.h"

#include "jobform/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

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
    setRequiredString(entry, u"job_cluster_key"_s, key);
    QJsonObject cluster = entry.value(u"new_cluster").toObject();
    setString(cluster, u"spark_version"_s, sparkVersion);
    setString(cluster, u"node_type_id"_s, nodeTypeId);
    if (autoscale) {
        cluster.remove(u"num_workers");
        QJsonObject scale = cluster.value(u"autoscale").toObject();
        setCount(scale, u"min_workers"_s, minWorkers);
        setCount(scale, u"max_workers"_s, maxWorkers);
        cluster.insert(u"autoscale"_s, scale);
    } else {
        cluster.remove(u"autoscale");
        setCount(cluster, u"num_workers"_s, numWorkers);
    }
    setMap(cluster, u"spark_conf"_s, sparkConf);
    setMap(cluster, u"custom_tags"_s, customTags);
    entry.insert(u"new_cluster"_s, cluster);
    return entry;
}

} // namespace brickdesk
