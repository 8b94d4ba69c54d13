#include "services/costservice.h"

#include "api/connection.h"
#include "api/sqlwarehousesapi.h"
#include "api/statementexecutionapi.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr int kCacheEntries = 64;

// Both statements of one load, gathered as they complete.
struct ClusterLoad
{
    std::optional<ApiResult<StatementResult>> billed;
    std::optional<ApiResult<StatementResult>> utilisation;
    QElapsedTimer timer;
};

struct FleetLoad
{
    std::optional<ApiResult<StatementResult>> cost;
    std::optional<ApiResult<StatementResult>> utilisation;
};

template<typename K, typename V>
void bound(QHash<K, V> &cache)
{
    if (cache.size() > kCacheEntries)
        cache.erase(cache.begin());
}

} // namespace

CostService::CostService(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    qRegisterMetaType<ClusterCostData>();
}

CostService::~CostService() = default;

void CostService::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    m_warehouses.clear();
    m_warehouseId.clear();
    if (connection)
        m_warehouseId = m_settings->value(u"Cost/warehouse/"_s + workspaceKey()).toString();
    Q_EMIT warehousesChanged();
}

bool CostService::isConnected() const
{
    return !m_connection.isNull();
}

Connection *CostService::connection() const
{
    return m_connection;
}

QString CostService::workspaceKey() const
{
    // One settings key per workspace host; '/' would open a settings group.
    return m_connection ? m_connection->host().host().replace(u'/', u'_') : QString();
}

QString CostService::cacheKey(const QString &what) const
{
    return workspaceKey() + u'|' + warehouseId() + u'|' + what;
}

void CostService::refreshWarehouses()
{
    if (!m_connection)
        return;
    SqlWarehousesApi(m_connection).list().then(this, [this](const ApiResult<QList<SqlWarehouse>> &result) {
        if (!result.ok()) {
            Q_EMIT error(result.error().userMessage());
            return;
        }
        m_warehouses = result.value();
        Q_EMIT warehousesChanged();
    });
}

QString CostService::warehouseId() const
{
    for (const SqlWarehouse &w : m_warehouses) {
        if (w.id() == m_warehouseId)
            return m_warehouseId;
    }
    if (!m_warehouseId.isEmpty() && m_warehouses.isEmpty())
        return m_warehouseId; // remembered, the list not loaded yet
    for (const SqlWarehouse &w : m_warehouses) {
        if (w.isRunning())
            return w.id();
    }
    return m_warehouses.isEmpty() ? QString() : m_warehouses.first().id();
}

void CostService::setWarehouseId(const QString &warehouseId)
{
    m_warehouseId = warehouseId;
    if (m_connection)
        m_settings->setValue(u"Cost/warehouse/"_s + workspaceKey(), warehouseId);
    Q_EMIT warehousesChanged();
}

SqlWarehouse CostService::warehouse() const
{
    const QString id = warehouseId();
    for (const SqlWarehouse &w : m_warehouses) {
        if (w.id() == id)
            return w;
    }
    return {};
}

ApiCall<Done> CostService::startWarehouse()
{
    if (!m_connection || warehouseId().isEmpty())
        return {};
    return SqlWarehousesApi(m_connection).start(warehouseId());
}

void CostService::loadCluster(const QString &clusterId, qint64 fromMs, qint64 toMs)
{
    const QString key = cacheKey(u"cluster|%1|%2|%3"_s.arg(clusterId).arg(fromMs).arg(toMs));
    if (const auto it = m_clusterCache.constFind(key); it != m_clusterCache.constEnd()) {
        ClusterCostData cached = *it;
        cached.fromCache = true;
        QTimer::singleShot(0, this, [this, cached] { Q_EMIT clusterCostReady(cached); });
        return;
    }
    ClusterCostData data;
    data.clusterId = clusterId;
    data.fromMs = fromMs;
    data.toMs = toMs;
    if (!m_connection || warehouseId().isEmpty()) {
        data.fallbackReason = tr("No SQL warehouse to read billed cost from: the cost shown is the node-hour "
                                 "estimate.");
        QTimer::singleShot(0, this, [this, data] { Q_EMIT clusterCostReady(data); });
        return;
    }
    StatementExecutionApi api(m_connection);
    auto load = std::make_shared<ClusterLoad>();
    load->timer.start();
    auto maybeDone = [this, load, data, key]() mutable {
        if (!load->billed || !load->utilisation)
            return;
        data.statementMs = load->timer.elapsed();
        for (const auto *r : {&*load->billed, &*load->utilisation}) {
            if (!r->ok()) {
                data.fallbackReason = StatementExecutionApi::describe(r->error());
                Q_EMIT clusterCostReady(data);
                return;
            }
        }
        // Tens of thousands of rows for a month: mapped on a worker thread.
        auto *watcher = new QFutureWatcher<ClusterCostData>(this);
        connect(watcher, &QFutureWatcher<ClusterCostData>::finished, this, [this, watcher, key] {
            watcher->deleteLater();
            finishCluster(watcher->result(), key);
        });
        watcher->setFuture(QtConcurrent::run([data, load]() mutable {
            data.billedAvailable = true;
            data.billed
                = summarizeBilledCost(CostQueries::billedRows(load->billed->value()), data.fromMs, data.toMs);
            data.utilisation = CostQueries::utilisationSamples(load->utilisation->value());
            return data;
        }));
    };
    m_statementsSent += 2;
    api.execute(CostQueries::billedCostPerHour(warehouseId(), clusterId, fromMs, toMs))
        .then(this, [load, maybeDone](const ApiResult<StatementResult> &r) mutable {
            load->billed = r;
            maybeDone();
        });
    api.execute(CostQueries::utilisationPerMinute(warehouseId(), clusterId, fromMs, toMs))
        .then(this, [load, maybeDone](const ApiResult<StatementResult> &r) mutable {
            load->utilisation = r;
            maybeDone();
        });
}

void CostService::finishCluster(ClusterCostData data, const QString &key)
{
    m_clusterCache.insert(key, data);
    bound(m_clusterCache);
    Q_EMIT clusterCostReady(data);
}

void CostService::loadFleet(qint64 fromMs, qint64 toMs, double idleCpuPercent)
{
    const QString key = cacheKey(u"fleet|%1|%2|%3"_s.arg(fromMs).arg(toMs).arg(idleCpuPercent));
    if (const auto it = m_fleetCache.constFind(key); it != m_fleetCache.constEnd()) {
        const QVector<FleetCostRow> rows = *it;
        QTimer::singleShot(0, this, [this, rows] { Q_EMIT fleetCostReady(rows, {}); });
        return;
    }
    if (!m_connection || warehouseId().isEmpty()) {
        QTimer::singleShot(
            0, this, [this] { Q_EMIT fleetCostReady({}, tr("No SQL warehouse to read billed cost from.")); });
        return;
    }
    StatementExecutionApi api(m_connection);
    auto load = std::make_shared<FleetLoad>();
    auto maybeDone = [this, load, key] {
        if (!load->cost || !load->utilisation)
            return;
        for (const auto *r : {&*load->cost, &*load->utilisation}) {
            if (!r->ok()) {
                Q_EMIT fleetCostReady({}, StatementExecutionApi::describe(r->error()));
                return;
            }
        }
        auto *watcher = new QFutureWatcher<QVector<FleetCostRow>>(this);
        connect(watcher, &QFutureWatcher<QVector<FleetCostRow>>::finished, this, [this, watcher, key] {
            watcher->deleteLater();
            m_fleetCache.insert(key, watcher->result());
            bound(m_fleetCache);
            Q_EMIT fleetCostReady(watcher->result(), {});
        });
        watcher->setFuture(QtConcurrent::run(
            [load] { return CostQueries::fleetRows(load->cost->value(), load->utilisation->value()); }));
    };
    m_statementsSent += 2;
    api.execute(CostQueries::fleetCost(warehouseId(), fromMs, toMs))
        .then(this, [load, maybeDone](const ApiResult<StatementResult> &r) {
            load->cost = r;
            maybeDone();
        });
    api.execute(CostQueries::fleetUtilisation(warehouseId(), fromMs, toMs, idleCpuPercent))
        .then(this, [load, maybeDone](const ApiResult<StatementResult> &r) {
            load->utilisation = r;
            maybeDone();
        });
}

} // namespace brickdesk
