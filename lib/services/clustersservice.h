#pragma once

#include "api/apicall.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <memory>

namespace brickdesk {

class Archive;
class ClusterHistoryLoader;
class Connection;
class WorkspaceReachability;

// What the clusters screens ask of a workspace, without seeing its connection: the actions
// (start, terminate, resize) as typed calls, and loaders of a cluster's history. Follows the
// workspace the page is switched to; with none, isConnected() is false and calls do nothing.
// With the workspace's archive file, loaders read the archive too and add to it what they
// fetch (the file is made by the first loader, as opening a job records its settings).
// While the workspace cannot be reached, loaders read the archive alone and ask it nothing.
class ClustersService final : public QObject
{
    Q_OBJECT
public:
    explicit ClustersService(QObject *parent = nullptr);
    ~ClustersService() override;

    void setConnection(Connection *connection);
    bool isConnected() const;
    // The workspace's archive file (WorkspaceSet::archivePath); empty: none.
    void setArchivePath(const QString &path);
    QString archivePath() const { return m_archivePath; }
    // Whether the workspace can be reached; onlineAgain() when it answers again.
    void setReachability(WorkspaceReachability *reachability);
    bool isOffline() const;
    // Why what the workspace sends is not kept in the local archive now (a full disk...), as
    // the last writes of each kind (events, configurations) found; empty once each kind that
    // failed was written again. The views work on without the archive meanwhile.
    QString archiveProblem() const;
    // Keeps each cluster's configuration (clusters/list's objects) in the archive, a new
    // version only when it changed; nobody waits for it.
    void archiveConfigurations(const QVector<QJsonObject> &clusters);

    ApiCall<Done> start(const QString &clusterId);
    ApiCall<Done> terminate(const QString &clusterId);
    ApiCall<Done> resize(const QString &clusterId, int numWorkers);
    ApiCall<Done> resizeAutoscale(const QString &clusterId, int minWorkers, int maxWorkers);

    // A loader of [fromMs, toMs] (fromMs <= 0: all available), not started; nullptr when not
    // connected. Offline, it reads the archive alone (ClusterHistoryLoader::isArchiveOnly).
    // Owned by `parent`.
    ClusterHistoryLoader *historyLoader(
        const QString &clusterId, qint64 fromMs, qint64 toMs, QObject *parent);

signals:
    void connectionChanged();
    // The workspace answers again after an outage: what was read from the archive alone can be
    // asked of it again.
    void onlineAgain();
    // It cannot be reached any more: a history still asked of it would wait on the retry policy,
    // and can be read from the archive instead.
    void wentOffline();
    // archiveProblem() changed: a write failed, or writes that failed work again.
    void archiveProblemChanged();

private:
    Archive *archive();
    void setArchiveProblem(QString &kind, const QString &message);

    QPointer<Connection> m_connection;
    QPointer<WorkspaceReachability> m_reachability;
    bool m_offline = false;
    QString m_archivePath;
    std::unique_ptr<Archive> m_archive; // opened by the first loader
    QString m_eventsProblem; // why the last event write failed, until one adds events again
    QString m_configProblem; // the same for cluster configurations
};

} // namespace brickdesk
