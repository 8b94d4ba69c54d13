#include "api/clustersapi.h"

#include "api/apireply.h"
#include "api/connection.h"

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

ApiReply *ClustersApi::events(const ClusterEventsParams &params)
{
    // A read despite the POST: always safe to repeat.
    return m_connection->send(ApiRequest::post(path(u"events"), params.toJson(), true));
}

ApiReply *ClustersApi::eventsPage(const QJsonObject &nextPage)
{
    return m_connection->send(ApiRequest::post(path(u"events"), nextPage, true));
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

ApiReply *ClustersApi::sparkVersions()
{
    return m_connection->send(ApiRequest::get(path(u"spark-versions")));
}

} // namespace brickdesk
