#pragma once

#include "api/apicall.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace brickdesk {

class ClusterHistoryLoader;
class Connection;

// What the clusters screens ask of a workspace, without seeing its connection: the actions
// (start, terminate, resize) as typed calls, and loaders of a cluster's history. Follows the
// workspace the page is switched to; with none, isConnected() is false and calls do nothing.
class ClustersService final : public QObject
{
    Q_OBJECT
public:
    explicit ClustersService(QObject *parent = nullptr);
    ~ClustersService() override;

    void setConnection(Connection *connection);
    bool isConnected() const;

    ApiCall<Done> start(const QString &clusterId);
    ApiCall<Done> terminate(const QString &clusterId);
    ApiCall<Done> resize(const QString &clusterId, int numWorkers);
    ApiCall<Done> resizeAutoscale(const QString &clusterId, int minWorkers, int maxWorkers);

    // A loader of [fromMs, toMs] (fromMs <= 0: all available), not started; nullptr when not
    // connected. Owned by `parent`.
    ClusterHistoryLoader *historyLoader(
        const QString &clusterId, qint64 fromMs, qint64 toMs, QObject *parent);

signals:
    void connectionChanged();

private:
    QPointer<Connection> m_connection;
};

} // namespace brickdesk
