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

namespace {

// The new_cluster object `form` describes, written over `cluster` (what the entry had).
QJsonObject writeCluster(const JobClusterForm &form, QJsonObject cluster)
{
    setString(cluster, u"spark_version"_s, form.sparkVersion);
    setString(cluster, u"node_type_id"_s, form.nodeTypeId);
    if (form.autoscale) {
        cluster.remove(u"num_workers");
        QJsonObject scale = cluster.value(u"autoscale").toObject();
        setCount(scale, u"min_workers"_s, form.minWorkers);
        setCount(scale, u"max_workers"_s, form.maxWorkers);
        cluster.insert(u"autoscale"_s, scale);
    } else {
        cluster.remove(u"autoscale");
        setCount(cluster, u"num_workers"_s, form.numWorkers);
    }
    setMap(cluster, u"spark_conf"_s, form.sparkConf);
    setMap(cluster, u"custom_tags"_s, form.customTags);
    return cluster;
}

} // namespace

QJsonObject JobClusterForm::toJson() const
{
    QJsonObject entry = raw;
    setRequiredString(entry, u"job_cluster_key"_s, key);
    // A new_cluster the form reads back as it read it (missing, not an object...) stays as sent.
    const QJsonObject sent = entry.value(u"new_cluster").toObject();
    const QJsonObject cluster = writeCluster(*this, sent);
    if (cluster != writeCluster(fromJson(raw), sent))
        entry.insert(u"new_cluster"_s, cluster);
    return entry;
}

JobClusterForm JobClusterForm::fromEntry(const QJsonValue &entry)
{
    JobClusterForm form = fromJson(entry.toObject());
    // The API requires new_cluster: without one (or with one that is not an object) there is no
    // cluster the form could show, so the entry is kept whole, even an empty object.
    if (!entry.toObject().value(u"new_cluster").isObject())
        form.verbatim = entry;
    return form;
}

bool JobClusterForm::hasNoClusterSettings() const
{
    return verbatim.isObject() && !verbatim.toObject().contains(u"new_cluster");
}

bool JobClusterForm::isKeptAsSent() const
{
    return isUnreadable() && toEntry() == verbatim;
}

QJsonValue JobClusterForm::toEntry() const
{
    if (!verbatim.isUndefined() && *this == fromEntry(verbatim))
        return verbatim;
    return toJson();
}

} // namespace brickdesk
