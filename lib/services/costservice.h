#pragma once

#include "analysis/billedcost.h"
#include "analysis/utilisation.h"
#include "api/apicall.h"
#include "domain/sqlwarehouse.h"
#include "services/costanswercache.h"
#include "services/costqueries.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QSettings;

namespace brickdesk {

class Connection;

// Billed cost and utilisation of one cluster in a window, or why there is none.
struct ClusterCostData
{
    QString clusterId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool billedAvailable = false; // false: show the node-hour estimate (fallbackReason says why)
    BilledCost billed;
    QVector<UtilisationSample> utilisation;
    QString fallbackReason; // words for people
    qint64 statementMs = 0; // time the warehouse took (not counting the cache)
    bool fromCache = false; // kept in memory or in the archive (CostAnswerCache)
};

// What the cost views ask of a workspace's SQL warehouse: the warehouses (one picked and
// remembered per workspace), a cluster's billed cost and utilisation, the fleet's. Statements
// run asynchronously; rows are mapped to analysis values on a worker thread; answers are kept
// per workspace, warehouse and window, in memory and in the workspace's archive, so reopening a
// chart runs nothing, also after a restart (CostAnswerCache says when a kept answer is stale). Without a
// warehouse or without access to the system tables, clusterCostReady() carries no billed data
// and the reason in words: the views then show the node-hour estimate (summarizeUsage).
class CostService final : public QObject
{
    Q_OBJECT
public:
    // settingsFile: where the picked warehouse is remembered (empty: the application's settings).
    explicit CostService(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~CostService() override;

    void setConnection(Connection *connection);
    // Where answers are kept besides memory: the workspace's archive file ("" for none).
    void setArchivePath(const QString &path);
    void useWorkspaceArchive(); // the archive of the connected workspace
    void setClock(std::function<qint64()> now); // for tests
    bool isConnected() const;
    Connection *connection() const;

    void refreshWarehouses();
    QList<SqlWarehouse> warehouses() const { return m_warehouses; }
    // The remembered warehouse, else the first running one, else the first; "" with none.
    QString warehouseId() const;
    void setWarehouseId(const QString &warehouseId);
    SqlWarehouse warehouse() const;
    // Starting a warehouse costs money: the views ask first.
    ApiCall<Done> startWarehouse();

    void loadCluster(const QString &clusterId, qint64 fromMs, qint64 toMs);
    void loadFleet(qint64 fromMs, qint64 toMs, double idleCpuPercent = 10);
    int statementsSent() const { return m_statementsSent; }

signals:
    void warehousesChanged();
    void clusterCostReady(const brickdesk::ClusterCostData &data);
    void fleetCostReady(const QVector<brickdesk::FleetCostRow> &rows, const QString &fallbackReason);
    void error(const QString &message);

private:
    QString workspaceKey() const;
    QString cacheKey(const QString &what) const;
    void keepFromWorker(const CostAnswerCache::Keep &keep, std::function<QString()> payload);

    QPointer<Connection> m_connection;
    CostAnswerCache m_answers;
    std::unique_ptr<QSettings> m_settings;
    QList<SqlWarehouse> m_warehouses;
    QString m_warehouseId;
    int m_statementsSent = 0;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ClusterCostData)
