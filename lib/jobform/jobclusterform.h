#pragma once

#include "jobform/keyvaluerows.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace brickdesk {

// One entry of JobSettings.job_clusters as the form edits it: a shared job cluster with a
// fixed size or autoscale. Everything else in the entry (azure_attributes, init_scripts,
// policy_id, ...) is kept from `raw` when written back.
struct JobClusterForm
{
    QString key; // job_cluster_key
    QString sparkVersion; // new_cluster.spark_version
    QString nodeTypeId; // new_cluster.node_type_id
    bool autoscale = false;
    int numWorkers = 1; // fixed size
    int minWorkers = 1; // autoscale
    int maxWorkers = 2;
    QMap<QString, QString> sparkConf; // new_cluster.spark_conf
    QMap<QString, QString> customTags; // new_cluster.custom_tags
    // Rows of spark_conf / custom_tags typed with a name already used, by the field's path
    // ("new_cluster.spark_conf"...): never saved, refused by JobSettingsForm::validate().
    QMap<QString, keyvaluerows::Rows> repeatedRows;
    QJsonObject raw; // the entry as read, or empty for a new cluster
    // An entry of job_clusters the form cannot read (not an object, or no new_cluster object):
    // read as an empty cluster, saved as it came until the user edits it.
    QJsonValue verbatim {QJsonValue::Undefined};

    static JobClusterForm fromJson(const QJsonObject &entry);
    QJsonObject toJson() const;
    // One entry of JobSettings.job_clusters, whatever its JSON type.
    static JobClusterForm fromEntry(const QJsonValue &entry);
    QJsonValue toEntry() const;
    // The entry is not a JSON object, or has no new_cluster object (missing, a string...): the
    // form shows an empty cluster and keeps the entry exactly as sent until the user edits it.
    bool isUnreadable() const { return !verbatim.isUndefined(); }
    // Unreadable because the entry has no new_cluster at all (rather than one the form cannot read).
    bool hasNoClusterSettings() const;
    // Unreadable and not edited since: saved exactly as sent, so the form does not validate it.
    bool isKeptAsSent() const;
    bool operator==(const JobClusterForm &other) const = default;
};

} // namespace brickdesk
