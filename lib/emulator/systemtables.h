#pragma once

#include "workspacerecords.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace brickdesk::emulator {

class BatchInsert;
class WorkspaceState;

// The Unity Catalog system tables of the emulated workspace, in an in-memory SQLite database,
// made from the same simulation as the clusters' event histories so that the two agree:
//
// - system.billing.usage: one row per cluster per UTC hour it had nodes up, usage_quantity =
//   node-hours (driver + workers, as simulated) x dbusPerNodeHour(node type), SKU by cluster
//   source (job or all-purpose), for hours that ended billingLagHours() before seeding (the
//   service's records come in late too);
//   Job runs on job clusters add their own rows, per run and UTC hour, with
//   usage_metadata.job_id and job_run_id: from the moment the run left the queue (its cluster
//   starts) to its end as runs/get reports it, driver + workers of the job's first job cluster
//   (an autoscaling one at its minimum: job runs' scaling is not simulated) x the rate. Runs on
//   all-purpose clusters or warehouses carry no job rows (the service bills those to the
//   cluster or warehouse), nor do runs started after seeding;
// - system.billing.list_prices: a price per SKU, changed once inside the history
//   (priceChangeAt());
// - system.compute.node_timeline: one row per instance (driver and each worker) per minute over
//   the last EmulatorOptions::nodeTimelineDays, CPU and memory following the cluster's
//   SimulatedLoad: idle nights, busy days. The work each cluster has is workFactor() x its
//   maximum workers x the load: cluster 0 has more work than its maximum (under-provisioned,
//   saturated at peaks), cluster 2 far less than its size (over-provisioned);
// - system.compute.clusters: each cluster's configuration.
//
// Tables are filled the first time a statement reads them, so an emulator that serves no SQL
// pays nothing; live changes after seeding (start, resize) are not billed.
class SystemTables final
{
public:
    explicit SystemTables(WorkspaceState &state);
    ~SystemTables();
    SystemTables(const SystemTables &) = delete;
    SystemTables &operator=(const SystemTables &) = delete;

    QSqlDatabase database() const;
    // Makes sure the given system tables (three-part names) hold their rows.
    bool ensure(const QStringList &tables, QString *error);

    // The model's constants, public so that tests can compute the expected rows on their own.
    static double dbusPerNodeHour(const QString &cloud, const QString &nodeTypeId);
    // DBUs an hour of a job cluster made from `newCluster` (driver + workers).
    static double jobClusterDbusPerHour(const QString &cloud, const QJsonObject &newCluster);
    static QString skuName(const ClusterRecord &cluster);
    static double workFactor(int clusterIndex);
    static int billingLagHours() { return 3; }
    // Price of a SKU at a time: before priceChangeAt() and from it.
    static double listPrice(const QString &sku, bool afterChange);
    qint64 priceChangeAt() const;
    qint64 billedUntil() const; // usage covers the hours that ended at or before this
    qint64 nodeTimelineStart() const;
    QString cloudName() const; // "AWS" / "AZURE"
    QString accountId() const;

private:
    bool createSchema(QString *error);
    bool fillPrices(QString *error);
    bool fillUsage(QString *error);
    bool fillJobRunUsage(BatchInsert &insert, QString *error);
    bool fillNodeTimeline(QString *error);
    bool fillClusters(QString *error);

    WorkspaceState &m_state;
    QString m_connection;
    // Held, not looked up by name: the emulator may be destroyed on another thread than the
    // one that used it, where a lookup by name is refused (and warned about) by Qt SQL.
    QSqlDatabase m_db;
    QStringList m_filled;
    bool m_schema = false;
};

} // namespace brickdesk::emulator
