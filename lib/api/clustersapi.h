#pragma once

#include "api/apicall.h"
#include "api/apirequest.h"
#include "api/clustersparams.h"
#include "domain/cluster.h"
#include "domain/clusterevent.h"
#include "domain/nodetype.h"
#include "domain/sparkversion.h"

#include <QList>
#include <QString>
#include <QVector>

namespace brickdesk {

class ApiReply;
class Connection;

// One page of clusters/events as domain values.
struct ClusterEventsPage
{
    QVector<ClusterEvent> events;
    QString nextPageToken; // "" on the last page
};

// Typed calls of the Clusters API 2.1 (guide §2). A cheap value handle from
// Connection::clusters(); it must not outlive its connection.
class ClustersApi final
{
public:
    explicit ClustersApi(Connection *connection);

    ApiReply *list(const ClustersListParams &params = {});
    ApiReply *get(const QString &clusterId);
    // One page; PageFetcher::clusterEvents and ClusterEventsFetcher follow the pages.
    ApiCall<ClusterEventsPage> eventsPage(const ClusterEventsParams &params);
    // Success or an error: start, terminate (clusters/delete, not permanent-delete), resize.
    ApiCall<Done> startCall(const QString &clusterId);
    ApiCall<Done> terminateCall(const QString &clusterId);
    ApiCall<Done> resizeCall(const QString &clusterId, int numWorkers);
    ApiCall<Done> resizeAutoscaleCall(const QString &clusterId, int minWorkers, int maxWorkers);

    // Typed calls (see apicall.h): the clusters (one page), and the node types and runtimes a
    // cluster can be given.
    ApiCall<QList<Cluster>> listClusters(const ClustersListParams &params = {});
    ApiCall<QList<NodeType>> getNodeTypes();
    ApiCall<QList<SparkVersion>> getSparkVersions();
    // The same as a probe (ApiRequest::probe): whether the workspace answers, promptly.
    ApiCall<QList<SparkVersion>> probeSparkVersions();

    static QString path(QStringView endpoint); // "/api/2.1/clusters/<endpoint>"
    // The one place the clusters/events request is built (every fetcher and shard uses it).
    static ApiRequest eventsRequest(const ClusterEventsParams &params);

private:
    // The replies the typed calls parse.
    ApiReply *events(const ClusterEventsParams &params);
    ApiReply *start(const QString &clusterId);
    ApiReply *terminate(const QString &clusterId); // POST clusters/delete (not permanent-delete)
    ApiReply *resize(const QString &clusterId, int numWorkers);
    ApiReply *resizeAutoscale(const QString &clusterId, int minWorkers, int maxWorkers);
    ApiReply *listNodeTypes();
    ApiReply *sparkVersions(bool probe = false);
    static QList<SparkVersion> parseSparkVersions(const QJsonObject &json);

    Connection *m_connection;
};

} // namespace brickdesk
