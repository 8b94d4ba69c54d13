#include "services/clustersservice.h"

#include "api/clustersapi.h"
#include "api/connection.h"
#include "archive/archive.h"
#include "archive/archiverelease.h"
#include "common/thenlater.h"
#include "services/clusterhistoryloader.h"
#include "services/offlinearchive.h"
#include "services/workspacereachability.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClustersService::ClustersService(QObject *parent)
    : QObject(parent)
{
    // Preferences deletes the archive: let go of it (the next loader or list opens a new one).
    connect(ArchiveRelease::instance(), &ArchiveRelease::releaseRequested, this, [this](const QString &path) {
        if (!m_archivePath.isEmpty()
            && QFileInfo(path).absoluteFilePath() == QFileInfo(m_archivePath).absoluteFilePath())
            m_archive.reset();
    });
}

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
    // Another file: what the old one could not keep says nothing of it.
    setArchiveProblem(m_eventsProblem, {});
    setArchiveProblem(m_configProblem, {});
}

QString ClustersService::archiveProblem() const
{
    if (m_eventsProblem.isEmpty() || m_configProblem == m_eventsProblem)
        return m_configProblem;
    if (m_configProblem.isEmpty())
        return m_eventsProblem;
    return tr("%1; %2").arg(m_eventsProblem, m_configProblem);
}

void ClustersService::setArchiveProblem(QString &kind, const QString &message)
{
    if (kind == message)
        return;
    kind = message;
    emit archiveProblemChanged();
}

void ClustersService::setReachability(WorkspaceReachability *reachability)
{
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    m_offline = isOffline();
    if (!reachability)
        return;
    connect(reachability, &WorkspaceReachability::changed, this, [this] {
        const bool wasOffline = m_offline;
        m_offline = isOffline();
        if (wasOffline && !m_offline)
            emit onlineAgain();
        else if (!wasOffline && m_offline)
            emit wentOffline();
    });
}

bool ClustersService::isOffline() const
{
    return m_reachability && m_reachability->isOffline();
}

void ClustersService::archiveConfigurations(const QVector<QJsonObject> &clusters)
{
    Archive *target = archive();
    if (!target || clusters.isEmpty())
        return;
    // Written on the archive's thread, after anything asked before.
    auto written = target->run([clusters, seenMs = QDateTime::currentMSecsSinceEpoch()](ArchiveDatabase &db) {
        ArchiveWriteResult result;
        if (!db.isOpen())
            return result; // nothing received: neither a failure nor a proof that writes work
        result.received = int(clusters.size());
        // The state is no configuration (a version per start and stop): it is kept beside, as
        // last listed, for when the workspace cannot be asked.
        QJsonObject states
            = QJsonDocument::fromJson(db.meta(OfflineArchive::clusterStatesKey()).toUtf8()).object();
        for (const QJsonObject &cluster : clusters) {
            const QString id = cluster.value(u"cluster_id"_s).toString();
            if (id.isEmpty())
                continue;
            const ArchiveWriteResult kept = db.recordClusterConfig(id, cluster, seenMs);
            result.added += kept.added;
            if (result.error.ok())
                result.error = kept.error;
            states.insert(id, QJsonObject {{u"state"_s, cluster.value(u"state"_s)}, {u"seen"_s, seenMs}});
        }
        const ArchiveError stateKept = db.setMeta(OfflineArchive::clusterStatesKey(),
            QString::fromUtf8(QJsonDocument(states).toJson(QJsonDocument::Compact)));
        if (result.error.ok())
            result.error = stateKept;
        return result;
    });
    thenLater(written, this, [this](const ArchiveWriteResult &result) {
        // The states are written each time, so a success proves writes work again.
        if (!result.ok())
            setArchiveProblem(m_configProblem, result.error.message);
        else if (result.received > 0)
            setArchiveProblem(m_configProblem, {});
    });
}

Archive *ClustersService::archive()
{
    if (m_archivePath.isEmpty())
        return nullptr;
    if (!m_archive) {
        m_archive = std::make_unique<Archive>(m_archivePath);
        m_archive->open(); // runs before anything asked later; its failure leaves it closed
        connect(m_archive.get(), &Archive::eventsNotArchived, this,
            [this](const QString &message) { setArchiveProblem(m_eventsProblem, message); });
        connect(m_archive.get(), &Archive::eventsArchived, this,
            [this] { setArchiveProblem(m_eventsProblem, {}); });
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
    if (isOffline()) {
        loader->setArchiveOnly(true);
        // Read only: no file is made for a workspace that has none.
        loader->setArchive(QFileInfo::exists(m_archivePath) ? archive() : nullptr);
        return loader;
    }
    loader->setArchive(archive());
    return loader;
}

} // namespace brickdesk
