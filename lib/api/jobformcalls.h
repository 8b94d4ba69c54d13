#pragma once

#include "api/apicall.h"
#include "domain/cluster.h"
#include "domain/job.h"
#include "domain/nodetype.h"
#include "domain/sparkversion.h"

#include <QJsonObject>
#include <QList>

namespace brickdesk {

class Connection;

// The typed calls the job form makes (see apicall.h): jobs/get through all 2.2 pages,
// jobs/create, jobs/reset, and the workspace lists its pickers show. Each wraps the endpoint's
// one home in JobsApi / ClustersApi and parses the reply into domain values.
namespace jobformcalls {

ApiCall<Job> getJob(Connection *connection, qint64 jobId); // settings kept losslessly
ApiCall<qint64> createJob(Connection *connection, const QJsonObject &settings); // the new job's id
ApiCall<Done> resetJob(Connection *connection, qint64 jobId, const QJsonObject &newSettings);
ApiCall<QList<Cluster>> listClusters(Connection *connection); // the first page
ApiCall<QList<NodeType>> listNodeTypes(Connection *connection);
ApiCall<QList<SparkVersion>> listSparkVersions(Connection *connection);

} // namespace jobformcalls

} // namespace brickdesk
