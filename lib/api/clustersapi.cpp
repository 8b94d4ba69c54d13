#include "api/clustersapi.h"

#include "api/apireply.h"
#include "api/connection.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClustersApi::ClustersApi(Connection *connection)
    : m_connection(connection)
{ }

QString ClustersApi::path(QStringView endpoint)
{
    return u"/api/2.1/clusters/" + endpoint;
}

ApiReply *ClustersApi::list(const ClustersListParams &params)
{
    return m_connection->send(ApiRequest::get(path(u"list"), params.toQuery()));
}

ApiReply *ClustersApi::get(const QString &clusterId)
{
    QUrlQuery query;
    query.addQueryItem(u"cluster_id"_s, clusterId);
    return m_connection->send(ApiRequest::get(path(u"get"), query));
}

ApiRequest ClustersApi::eventsRequest(const ClusterEventsParams &params)
{
    // A read despite the POST: always safe to repeat.
    ApiRequest request = ApiRequest::post(path(u"events"), params.toJson(), true);
    request.parseOffThread = true; // pages of 500 events: parse off the GUI thread
    return request;
}

ApiReply *ClustersApi::events(const ClusterEventsParams &params)
{
    return m_connection->send(eventsRequest(params));
}

ApiCall<ClusterEventsPage> ClustersApi::eventsPage(const ClusterEventsParams &params)
{
    return ApiCall<ClusterEventsPage>(events(params), [](const QJsonObject &json) {
        ClusterEventsPage page;
        page.events = ClusterEvent::fromJsonArray(json.value(u"events"_s).toArray());
        page.nextPageToken = json.value(u"next_page_token"_s).toString();
        return page;
    });
}

ApiCall<Done> ClustersApi::startCall(const QString &clusterId)
{
    return ApiCall<Done>(start(clusterId), nothingToParse);
}

ApiCall<Done> ClustersApi::terminateCall(const QString &clusterId)
{
    return ApiCall<Done>(terminate(clusterId), nothingToParse);
}

ApiCall<Done> ClustersApi::resizeCall(const QString &clusterId, int numWorkers)
{
    return ApiCall<Done>(resize(clusterId, numWorkers), nothingToParse);
}

ApiCall<Done> ClustersApi::resizeAutoscaleCall(const QString &clusterId, int minWorkers, int maxWorkers)
{
    return ApiCall<Done>(resizeAutoscale(clusterId, minWorkers, maxWorkers), nothingToParse);
}

ApiReply *ClustersApi::start(const QString &clusterId)
{
    return m_connection->send(ApiRequest::post(path(u"start"), {{u"cluster_id"_s, clusterId}}, true));
}

ApiReply *ClustersApi::terminate(const QString &clusterId)
{
    return m_connection->send(ApiRequest::post(path(u"delete"), {{u"cluster_id"_s, clusterId}}, true));
}

ApiReply *ClustersApi::resize(const QString &clusterId, int numWorkers)
{
    return m_connection->send(ApiRequest::post(
        path(u"resize"), {{u"cluster_id"_s, clusterId}, {u"num_workers"_s, numWorkers}}, true));
}

ApiReply *ClustersApi::resizeAutoscale(const QString &clusterId, int minWorkers, int maxWorkers)
{
    const QJsonObject autoscale {{u"min_workers"_s, minWorkers}, {u"max_workers"_s, maxWorkers}};
    return m_connection->send(
        ApiRequest::post(path(u"resize"), {{u"cluster_id"_s, clusterId}, {u"autoscale"_s, autoscale}}, true));
}

ApiReply *ClustersApi::listNodeTypes()
{
    return m_connection->send(ApiRequest::get(path(u"list-node-types")));
}

ApiReply *ClustersApi::sparkVersions(bool probe)
{
    ApiRequest request = ApiRequest::get(path(u"spark-versions"));
    request.probe = probe;
    return m_connection->send(request);
}

ApiCall<QList<Cluster>> ClustersApi::listClusters(const ClustersListParams &params)
{
    return {list(params), [](const QJsonObject &json) { return parseList<Cluster>(json, u"clusters"_s); }};
}

ApiCall<QList<NodeType>> ClustersApi::getNodeTypes()
{
    return {
        listNodeTypes(), [](const QJsonObject &json) { return parseList<NodeType>(json, u"node_types"_s); }};
}

ApiCall<QList<SparkVersion>> ClustersApi::getSparkVersions()
{
    return {sparkVersions(), &ClustersApi::parseSparkVersions};
}

ApiCall<QList<SparkVersion>> ClustersApi::probeSparkVersions()
{
    return {sparkVersions(true), &ClustersApi::parseSparkVersions};
}

QList<SparkVersion> ClustersApi::parseSparkVersions(const QJsonObject &json)
{
    return parseList<SparkVersion>(json, u"versions"_s);
}

} // namespace brickdesk
