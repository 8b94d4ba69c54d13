#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace brickdesk {

// A cluster specification (a task's new_cluster, a job cluster's new_cluster) as the screens
// summarise it: runtime, node type and size. Editing keeps the raw object elsewhere.
struct ClusterSpec
{
    QString sparkVersion;
    QString nodeTypeId;
    bool autoscale = false;
    qint64 minWorkers = 0; // autoscale only
    qint64 maxWorkers = 0;
    std::optional<qint64> numWorkers; // fixed size, when given

    static ClusterSpec fromJson(const QJsonObject &spec);
};

} // namespace brickdesk
