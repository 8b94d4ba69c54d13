#pragma once

#include "api/clustersparams.h"

#include <QString>

namespace brickdesk {

class ApiReply;
class Connection;

// Typed calls of the Clusters API 2.1 (guide §2). A cheap value handle from
// Connection::clusters(); it must not outlive its connection.
class ClustersApi final
{
public:
    explicit ClustersApi(Connection *connection);

    ApiReply *list(const ClustersListParams &params = {});
    ApiReply *get(const QString &clusterId);
    // One page; PageFetcher::clusterEvents and ClusterEventsFetcher follow the pages.
    ApiReply *events(const ClusterEventsParams &params);
    // Re-posts a `next_page` body as the API handed it out.
    ApiReply *eventsPage(const QJsonObject &nextPage);
    ApiReply *start(const QString &clusterId);
    ApiReply *terminate(const QString &clusterId); // POST clusters/delete (not permanent-delete)
    ApiReply *resize(const QString &clusterId, int numWorkers);
    ApiReply *resizeAutoscale(const QString &clusterId, int minWorkers, int maxWorkers);
    ApiReply *listNodeTypes();
    ApiReply *sparkVersions();

    static QString path(QStringView endpoint); // "/api/2.1/clusters/<endpoint>"

private:
    Connection *m_connection;
};

} // namespace brickdesk
