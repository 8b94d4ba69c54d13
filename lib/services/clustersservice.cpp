#include "services/clustersservice.h"

#include "api/clustersapi.h"
#include "api/connection.h"
#include "archive/archive.h"
#include "services/clusterhistoryloader.h"

namespace brickdesk {

ClustersService::ClustersService(QObject *parent)
    : QObject(parent)
{ }

ClustersService::~ClustersService() = default;

void ClustersService::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    emit connectionChanged();
}

bool ClustersService::isConnected() const
{
    return !m_connection.isNull();
}

void ClustersService::setArchivePath(const QString &path)
{
    if (path == m_archivePath)
        return;
    // Loaders of the old archive read nothing more from it (they hold a QPointer); what was
    // asked of it is finished first (~Archive).
    m_archive.reset();
    m_archivePath = path;
}

Archive *ClustersService::archive()
{
    if (m_archivePath.isEmpty())
        return nullptr;
    if (!m_archive) {
        m_archive = std::make_unique<Archive>(m_archivePath);
        m_archive->open(); // runs before anything asked later; its failure leaves it closed
    }
    return m_archive.get();
}

ApiCall<Done> ClustersService::start(const QString &clusterId)
{
    return m_connection ? m_connection->clusters().startCall(clusterId) : ApiCall<Done>();
}

ApiCall<Done> ClustersService::terminate(const QString &clusterId)
{
    return m_connection ? m_connection->clusters().terminateCall(clusterId) : ApiCall<Done>();
}

ApiCall<Done> ClustersService::resize(const QString &clusterId, int numWorkers)
{
    return m_connection ? m_connection->clusters().resizeCall(clusterId, numWorkers) : ApiCall<Done>();
}

ApiCall<Done> ClustersService::resizeAutoscale(const QString &clusterId, int minWorkers, int maxWorkers)
{
    return m_connection ? m_connection->clusters().resizeAutoscaleCall(clusterId, minWorkers, maxWorkers)
                        : ApiCall<Done>();
}

ClusterHistoryLoader *ClustersService::historyLoader(
    const QString &clusterId, qint64 fromMs, qint64 toMs, QObject *parent)
{
    if (!m_connection)
        return nullptr;
    auto *loader = new ClusterHistoryLoader(m_connection, clusterId, fromMs, toMs, parent);
    loader->setArchive(archive());
    return loader;
}

} // namespace brickdesk
