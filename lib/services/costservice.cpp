#include "services/costservice.h"

#include "api/connection.h"
#include "api/sqlwarehousesapi.h"
#include "api/statementexecutionapi.h"
#include "archive/archivelocation.h"
#include "common/compactjson.h"
#include "common/timeunits.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Both statements of one load, gathered as they complete.
struct ClusterLoad
{
    std::optional<ApiResult<StatementResult>> billed;
    std::optional<ApiResult<StatementResult>> utilisation;
};

struct FleetLoad
{
    std::optional<ApiResult<StatementResult>> cost;
    std::optional<ApiResult<StatementResult>> utilisation;
};

QJsonArray parsedArray(const QString &payload, const QString &name)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object().value(name).toArray();
}

// What is kept of a cluster's answer: its billed rows and utilisation samples.
QString clusterPayload(const QVector<BilledUsageRow> &billed, const QVector<UtilisationSample> &samples)
{
    QJsonArray hours;
    for (const BilledUsageRow &r : billed)
        hours.append(QJsonArray {r.hourStartMs, r.sku, r.dbus, r.cost, r.currency});
    QJsonArray minutes;
    for (const UtilisationSample &u : samples)
        minutes.append(QJsonArray {u.minuteMs, u.workers, u.cpuPercent, u.memPercent});
    return compactJson({{u"billed"_s, hours}, {u"utilisation"_s, minutes}});
}

ClusterCostData clusterCostOf(ClusterCostData data, const QString &payload)
{
    QVector<BilledUsageRow> billed;
    for (const QJsonValue &v : parsedArray(payload, u"billed"_s)) {
        const QJsonArray r = v.toArray();
        billed.append({r.at(0).toInteger(), r.at(1).toString(), r.at(2).toDouble(), r.at(3).toDouble(),
            r.at(4).toString()});
    }
    data.billedAvailable = true;
    data.billed = summarizeBilledCost(billed, data.fromMs, data.toMs);
    for (const QJsonValue &v : parsedArray(payload, u"utilisation"_s)) {
        const QJsonArray r = v.toArray();
        const qint64 minute = r.at(0).toInteger();
        if (minute >= data.fromMs && minute < data.toMs)
            data.utilisation.append({minute, r.at(1).toInt(), r.at(2).toDouble(), r.at(3).toDouble()});
    }
    return data;
}

QString fleetPayload(const QVector<FleetCostRow> &rows)
{
    QJsonArray out;
    for (const FleetCostRow &r : rows)
        out.append(QJsonArray {r.clusterId, r.dbus, r.cost, r.currency, r.workerMinutes, r.idleWorkerMinutes,
            r.averageCpuPercent, QString::number(r.jobId)});
    return compactJson({{u"clusters"_s, out}});
}

QVector<FleetCostRow> fleetRowsOf(const QString &payload)
{
    QVector<FleetCostRow> rows;
    for (const QJsonValue &v : parsedArray(payload, u"clusters"_s)) {
        const QJsonArray r = v.toArray();
        rows.append({r.at(0).toString(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toString(),
            r.at(4).toInteger(), r.at(5).toInteger(), r.at(6).toDouble(), r.at(7).toString().toLongLong()});
    }
    return rows;
}

} // namespace

CostService::CostService(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_answers(this)
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

void CostService::setArchivePath(const QString &path)
{
    m_answers.setArchivePath(path);
}

void CostService::useWorkspaceArchive()
{
    setArchivePath(m_connection ? ArchiveLocation::pathForHost(m_connection->host().toString()) : QString());
}

void CostService::setClock(std::function<qint64()> now)
{
    m_answers.setClock(std::move(now));
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

void CostService::keepFromWorker(const CostAnswerCache::Keep &keep, std::function<QString()> payload)
{
    // Rows of a month are many: made into the kept text off the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, keep] {
        watcher->deleteLater();
        keep(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(payload)));
}

void CostService::loadCluster(const QString &clusterId, qint64 fromMs, qint64 toMs)
{
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
    // Whole hours are read (and kept), so that the chart reopened on about the same window finds
    // the kept answer; the rows are then cut to the window asked for.
    const qint64 from = fromMs / kHour * kHour;
    const qint64 to = (toMs + kHour - 1) / kHour * kHour;
    const QString key = cacheKey(u"cluster|%1|%2|%3"_s.arg(clusterId).arg(from).arg(to));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_answers.lookUp(
        key, to,
        [this, data, timer](const QString &payload, CostAnswerSource source) mutable {
            data.fromCache = source != CostAnswerSource::Warehouse;
            data.statementMs = data.fromCache ? 0 : timer->elapsed();
            // Tens of thousands of rows for a month: read on a worker thread.
            auto *watcher = new QFutureWatcher<ClusterCostData>(this);
            connect(watcher, &QFutureWatcher<ClusterCostData>::finished, this, [this, watcher] {
                watcher->deleteLater();
                Q_EMIT clusterCostReady(watcher->result());
            });
            watcher->setFuture(QtConcurrent::run([data, payload] { return clusterCostOf(data, payload); }));
        },
        [this, clusterId, from, to, data](const CostAnswerCache::Keep &keep) mutable {
            StatementExecutionApi api(m_connection);
            auto load = std::make_shared<ClusterLoad>();
            auto maybeDone = [this, load, data, keep]() mutable {
                if (!load->billed || !load->utilisation)
                    return;
                for (const auto *r : {&*load->billed, &*load->utilisation}) {
                    if (!r->ok()) {
                        data.fallbackReason = StatementExecutionApi::describe(r->error());
                        Q_EMIT clusterCostReady(data);
                        return;
                    }
                }
                keepFromWorker(keep, [load] {
                    return clusterPayload(CostQueries::billedRows(load->billed->value()),
                        CostQueries::utilisationSamples(load->utilisation->value()));
                });
            };
            m_statementsSent += 2;
            api.execute(CostQueries::billedCostPerHour(warehouseId(), clusterId, from, to))
                .then(this, [load, maybeDone](const ApiResult<StatementResult> &r) mutable {
                    load->billed = r;
                    maybeDone();
                });
            api.execute(CostQueries::utilisationPerMinute(warehouseId(), clusterId, from, to))
                .then(this, [load, maybeDone](const ApiResult<StatementResult> &r) mutable {
                    load->utilisation = r;
                    maybeDone();
                });
        });
}

void CostService::loadFleet(qint64 fromMs, qint64 toMs, double idleCpuPercent)
{
    if (!m_connection || warehouseId().isEmpty()) {
        QTimer::singleShot(
            0, this, [this] { Q_EMIT fleetCostReady({}, tr("No SQL warehouse to read billed cost from.")); });
        return;
    }
    const QString key = cacheKey(u"fleet|%1|%2|%3"_s.arg(fromMs).arg(toMs).arg(idleCpuPercent));
    m_answers.lookUp(
        key, toMs,
        [this](const QString &payload, CostAnswerSource) {
            auto *watcher = new QFutureWatcher<QVector<FleetCostRow>>(this);
            connect(watcher, &QFutureWatcher<QVector<FleetCostRow>>::finished, this, [this, watcher] {
                watcher->deleteLater();
                Q_EMIT fleetCostReady(watcher->result(), {});
            });
            watcher->setFuture(QtConcurrent::run([payload] { return fleetRowsOf(payload); }));
        },
        [this, fromMs, toMs, idleCpuPercent](const CostAnswerCache::Keep &keep) {
            StatementExecutionApi api(m_connection);
            auto load = std::make_shared<FleetLoad>();
            auto maybeDone = [this, load, keep] {
                if (!load->cost || !load->utilisation)
                    return;
                for (const auto *r : {&*load->cost, &*load->utilisation}) {
                    if (!r->ok()) {
                        Q_EMIT fleetCostReady({}, StatementExecutionApi::describe(r->error()));
                        return;
                    }
                }
                keepFromWorker(keep, [load] {
                    return fleetPayload(
                        CostQueries::fleetRows(load->cost->value(), load->utilisation->value()));
                });
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
        });
}

} // namespace brickdesk
