#include "api/jobformcalls.h"

#include "api/clustersapi.h"
#include "api/connection.h"
#include "api/jobsapi.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::jobformcalls {

namespace {

template<typename T>
QList<T> listOf(const QJsonObject &json, QStringView key)
{
    QList<T> values;
    const QJsonArray array = json.value(key).toArray();
    values.reserve(array.size());
    for (const QJsonValue &value : array)
        values.append(T::fromJson(value.toObject()));
    return values;
}

} // namespace

ApiCall<Job> getJob(Connection *connection, qint64 jobId)
{
    return {
        connection->jobs().getComplete(jobId), [](const QJsonObject &json) { return Job::fromJson(json); }};
}

ApiCall<qint64> createJob(Connection *connection, const QJsonObject &settings)
{
    return {connection->jobs().create(settings),
        [](const QJsonObject &json) { return json.value(u"job_id").toInteger(); }};
}

ApiCall<Done> resetJob(Connection *connection, qint64 jobId, const QJsonObject &newSettings)
{
    return {connection->jobs().reset(jobId, newSettings), [](const QJsonObject &) { return Done {}; }};
}

ApiCall<QList<Cluster>> listClusters(Connection *connection)
{
    return {connection->clusters().list(),
        [](const QJsonObject &json) { return listOf<Cluster>(json, u"clusters"); }};
}

ApiCall<QList<NodeType>> listNodeTypes(Connection *connection)
{
    return {connection->clusters().listNodeTypes(),
        [](const QJsonObject &json) { return listOf<NodeType>(json, u"node_types"); }};
}

ApiCall<QList<SparkVersion>> listSparkVersions(Connection *connection)
{
    return {connection->clusters().sparkVersions(),
        [](const QJsonObject &json) { return listOf<SparkVersion>(json, u"versions"); }};
}

} // namespace brickdesk::jobformcalls
