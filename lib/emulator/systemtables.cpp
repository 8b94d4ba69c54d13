#include "systemtables.h"

#include "clustereventgenerator.h"
#include "common/timeunits.h"
#include "emulatorlogging.h"
#include "seedcatalog.h"
#include "sqldialect.h"
#include "workspacestate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

// Rows go in many at a time, as literal VALUES lists: one statement per few hundred rows
// instead of one per row (and no per-value binding) keeps filling a week of per-minute node rows
// to seconds. Every value is made here (numbers, generated ids, seeded names); text is quoted
// all the same.
class BatchInsert final
{
public:
    BatchInsert(QSqlDatabase db, QString table, int columns)
        : m_db(std::move(db))
        , m_table(std::move(table))
        , m_columns(columns)
    { }

    bool add(const QVariantList &row)
    {
        Q_ASSERT(row.size() == m_columns);
        m_sql += m_rows == 0 ? u"INSERT INTO %1 VALUES ("_s.arg(m_table) : u",("_s;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_sql += u',';
            literal(row.at(i));
        }
        m_sql += u')';
        return ++m_rows < kBatch || flush();
    }

    bool flush()
    {
        if (m_rows == 0)
            return true;
        QSqlQuery q(m_db);
        const bool ok = q.exec(m_sql);
        if (!ok)
            m_error = q.lastError().text();
        m_sql.clear();
        m_rows = 0;
        return ok;
    }

    QString error() const { return m_error; }

private:
    static constexpr int kBatch = 500;

    void literal(const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            m_sql += u"NULL"_s;
            break;
        case QMetaType::Double:
            m_sql += QString::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            m_sql += QString::number(v.toLongLong());
            break;
        default: {
            QString text = v.toString();
            m_sql += u'\'' + text.replace(u'\'', u"''"_s) + u'\'';
            break;
        }
        }
    }

    QSqlDatabase m_db;
    QString m_table;
    int m_columns;
    QString m_sql;
    int m_rows = 0;
    QString m_error;
};

namespace {

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

// Deterministic noise in [-1, 1].
double noise(quint64 a, quint64 b)
{
    return double(mix(a * 0x9E3779B97F4A7C15ULL ^ b) % 2001) / 1000.0 - 1.0;
}

QString ts(qint64 ms)
{
    return SqlDialect::timestampText(ms);
}

// Nodes up (driver + workers, 0 when down) as the simulation had them, per event.
struct Step
{
    qint64 at;
    int workers; // -1: the cluster is down
};

std::vector<Step> stepsOf(const ClusterRecord &c)
{
    std::vector<ClusterEventGenerator::SimulatedWorkers> truth;
    ClusterEventGenerator::generate(c, &truth);
    std::vector<Step> steps;
    steps.reserve(truth.size());
    for (const auto &t : truth)
        steps.push_back({t.timestamp, t.up ? t.current : -1});
    return steps;
}

int maxWorkersOf(const ClusterRecord &c)
{
    const QJsonObject as = c.spec.value(u"autoscale"_s).toObject();
    return c.spec.contains(u"autoscale"_s) ? as.value(u"max_workers"_s).toInt()
                                           : c.spec.value(u"num_workers"_s).toInt();
}

} // namespace

SystemTables::SystemTables(WorkspaceState &state)
    : m_state(state)
    , m_connection(u"brickdesk-emulator-system-%1"_s.arg(quintptr(this), 0, 16))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(u":memory:"_s);
}

SystemTables::~SystemTables()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SystemTables::database() const
{
    return m_db;
}

double SystemTables::dbusPerNodeHour(const QString &cloud, const QString &nodeTypeId)
{
    const QJsonObject node = seedcatalog::nodeTypeJson(cloud, nodeTypeId);
    const double cores = node.value(u"num_cores"_s).toDouble(4.0);
    return std::max(0.5, cores / 4.0);
}

QString SystemTables::skuName(const ClusterRecord &cluster)
{
    return cluster.source == u"JOB"_s ? u"PREMIUM_JOBS_COMPUTE"_s : u"PREMIUM_ALL_PURPOSE_COMPUTE"_s;
}

double SystemTables::listPrice(const QString &sku, bool afterChange)
{
    if (sku == u"PREMIUM_JOBS_COMPUTE"_s)
        return afterChange ? 0.20 : 0.15;
    return afterChange ? 0.65 : 0.55;
}

double SystemTables::workFactor(int clusterIndex)
{
    if (clusterIndex == 0)
        return 1.6; // more work than its maximum: pinned at max and saturated while busy
    if (clusterIndex == 2)
        return 0.12; // far more nodes than its work needs
    return 0.8;
}

qint64 SystemTables::priceChangeAt() const
{
    const qint64 days = std::max(2, m_state.options().historyDays / 2);
    return (m_state.seededAt() / kDay - days) * kDay;
}

qint64 SystemTables::billedUntil() const
{
    return (m_state.seededAt() / kHour - billingLagHours()) * kHour;
}

qint64 SystemTables::nodeTimelineStart() const
{
    return (m_state.seededAt() / kMinute) * kMinute
        - qint64(std::max(0, m_state.options().nodeTimelineDays)) * kDay;
}

QString SystemTables::cloudName() const
{
    return m_state.options().cloud == u"azure"_s ? u"AZURE"_s : u"AWS"_s;
}

QString SystemTables::accountId() const
{
    const quint64 h = mix(m_state.options().seed + 0xACC0);
    return u"%1-%2-4%3-8%4-%5"_s.arg(h & 0xFFFFFFFF, 8, 16, QChar(u'0'))
        .arg((h >> 32) & 0xFFFF, 4, 16, QChar(u'0'))
        .arg((h >> 48) & 0xFFF, 3, 16, QChar(u'0'))
        .arg(mix(h) & 0xFFF, 3, 16, QChar(u'0'))
        .arg(mix(h + 1) & 0xFFFFFFFFFFFFULL, 12, 16, QChar(u'0'));
}

bool SystemTables::createSchema(QString *error)
{
    if (m_schema)
        return true;
    QSqlDatabase db = database();
    if (!db.isOpen() && !db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList ddl {
        u"CREATE TABLE system__billing__list_prices (price_start_time TEXT, price_end_time TEXT, account_id "
        u"TEXT, "
        "sku_name TEXT, cloud TEXT, currency_code TEXT, usage_unit TEXT, pricing__default REAL, "
        "pricing__promotional__default REAL, pricing__effective_list__default REAL)"_s,
        u"CREATE TABLE system__billing__usage (record_id TEXT, account_id TEXT, workspace_id TEXT, sku_name "
        u"TEXT, "
        "cloud TEXT, usage_start_time TEXT, usage_end_time TEXT, usage_date TEXT, custom_tags TEXT, "
        "usage_unit TEXT, usage_quantity REAL, usage_metadata__cluster_id TEXT, usage_metadata__job_id TEXT, "
        "usage_metadata__job_run_id TEXT, usage_metadata__warehouse_id TEXT, identity_metadata__run_as TEXT, "
        "record_type TEXT, ingestion_date TEXT, billing_origin_product TEXT, usage_type TEXT)"_s,
        u"CREATE INDEX usage_by_cluster ON system__billing__usage (usage_metadata__cluster_id, usage_start_time)"_s,
        u"CREATE TABLE system__compute__node_timeline (account_id TEXT, workspace_id TEXT, cluster_id TEXT, "
        "instance_id TEXT, start_time TEXT, end_time TEXT, driver INTEGER, cpu_user_percent REAL, "
        "cpu_system_percent REAL, cpu_wait_percent REAL, mem_used_percent REAL, mem_swap_percent REAL, "
        "network_sent_bytes INTEGER, network_received_bytes INTEGER, node_type TEXT)"_s,
        u"CREATE INDEX nodes_by_cluster ON system__compute__node_timeline (cluster_id, start_time)"_s,
        u"CREATE TABLE system__compute__clusters (account_id TEXT, workspace_id TEXT, cluster_id TEXT, "
        "cluster_name TEXT, owned_by TEXT, create_time TEXT, delete_time TEXT, driver_node_type TEXT, "
        "worker_node_type TEXT, worker_count INTEGER, min_autoscale_workers INTEGER, "
        "max_autoscale_workers INTEGER, auto_termination_minutes INTEGER, tags TEXT, cluster_source TEXT, "
        "dbr_version TEXT, change_time TEXT)"_s,
    };
    QSqlQuery q(db);
    for (const QString &statement : ddl) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    m_schema = true;
    return true;
}

bool SystemTables::ensure(const QStringList &tables, QString *error)
{
    if (!createSchema(error))
        return false;
    for (const QString &table : tables) {
        if (m_filled.contains(table))
            continue;
        QElapsedTimer timer;
        timer.start();
        QSqlDatabase db = database();
        db.transaction();
        bool ok = true;
        if (table == u"system.billing.list_prices"_s)
            ok = fillPrices(error);
        else if (table == u"system.billing.usage"_s)
            ok = fillUsage(error);
        else if (table == u"system.compute.node_timeline"_s)
            ok = fillNodeTimeline(error);
        else if (table == u"system.compute.clusters"_s)
            ok = fillClusters(error);
        if (!ok) {
            db.rollback();
            return false;
        }
        db.commit();
        m_filled.append(table);
        qCDebug(lcEmulator) << "filled" << table << "in" << timer.elapsed() << "ms";
    }
    return true;
}

bool SystemTables::fillPrices(QString *error)
{
    BatchInsert insert(database(), u"system__billing__list_prices"_s, 10);
    const qint64 change = priceChangeAt();
    const qint64 since = change - 400 * kDay;
    for (const QString &sku : {u"PREMIUM_ALL_PURPOSE_COMPUTE"_s, u"PREMIUM_JOBS_COMPUTE"_s}) {
        for (const bool after : {false, true}) {
            const double price = listPrice(sku, after);
            insert.add({ts(after ? change : since), after ? QVariant() : QVariant(ts(change)), accountId(),
                sku, cloudName(), u"USD"_s, u"DBU"_s, price, QVariant(), price});
        }
    }
    if (!insert.flush()) {
        *error = insert.error();
        return false;
    }
    return true;
}

bool SystemTables::fillUsage(QString *error)
{
    BatchInsert insert(database(), u"system__billing__usage"_s, 20);
    const qint64 until = billedUntil();
    const QString workspace = QString::number(m_state.options().workspaceId);
    const QString account = accountId();
    for (const ClusterRecord &c : m_state.clusters()) {
        const std::vector<Step> steps = stepsOf(c);
        const double rate
            = dbusPerNodeHour(m_state.options().cloud, c.spec.value(u"node_type_id"_s).toString());
        std::map<qint64, qint64> nodeMsPerHour;
        for (size_t i = 0; i < steps.size(); ++i) {
            if (steps[i].workers < 0)
                continue;
            const qint64 from = steps[i].at;
            const qint64 to = i + 1 < steps.size() ? steps[i + 1].at : std::max(c.historyEnd, from);
            const int nodes = steps[i].workers + 1;
            for (qint64 t = from; t < to;) {
                const qint64 hour = t / kHour * kHour;
                const qint64 next = std::min(to, hour + kHour);
                nodeMsPerHour[hour] += (next - t) * nodes;
                t = next;
            }
        }
        const QString tags = QString::fromUtf8(
            QJsonDocument(c.spec.value(u"custom_tags"_s).toObject()).toJson(QJsonDocument::Compact));
        const QString sku = skuName(c);
        for (const auto &[hour, nodeMs] : nodeMsPerHour) {
            if (hour + kHour > until)
                break;
            const QString start = ts(hour);
            const quint64 id = mix(c.seed ^ quint64(hour));
            const bool ok = insert.add({u"%1-%2"_s.arg(id, 16, 16, QChar(u'0')).arg(quint64(hour), 0, 16),
                account, workspace, sku, cloudName(), start, ts(hour + kHour), start.left(10), tags, u"DBU"_s,
                double(nodeMs) / double(kHour) * rate, c.clusterId,
                c.jobRunId ? QVariant(QString::number(c.jobRunId)) : QVariant(), QVariant(), QVariant(),
                c.creator, u"ORIGINAL"_s, ts(std::min(hour + 6 * kHour, until)).left(10),
                c.source == u"JOB"_s ? u"JOBS"_s : u"ALL_PURPOSE"_s, u"COMPUTE_TIME"_s});
            if (!ok) {
                *error = insert.error();
                return false;
            }
        }
    }
    if (!fillJobRunUsage(insert, error))
        return false;
    if (!insert.flush()) {
        *error = insert.error();
        return false;
    }
    return true;
}

bool SystemTables::fillJobRunUsage(BatchInsert &insert, QString *error)
{
    const qint64 until = billedUntil();
    const QString workspace = QString::number(m_state.options().workspaceId);
    const QString account = accountId();
    const QString sku = u"PREMIUM_JOBS_COMPUTE"_s;
    for (RunRecord &run : m_state.runs()) {
        const QJsonArray clusters = run.jobSettings.value(u"job_clusters"_s).toArray();
        if (run.jobId == 0 || run.clusterId.isEmpty() || clusters.isEmpty())
            continue; // all-purpose clusters and warehouses are billed to them, not to the job
        // The run's end as runs/get reports it: a seeded run's tasks settle it.
        m_state.ensureTasks(run);
        const QJsonObject spec = clusters.first().toObject().value(u"new_cluster"_s).toObject();
        const qint64 from = run.pendingAt;
        const qint64 to = std::min(run.endAt, until);
        const double rate = jobClusterDbusPerHour(m_state.options().cloud, spec);
        const QString tags = QString::fromUtf8(
            QJsonDocument(spec.value(u"custom_tags"_s).toObject()).toJson(QJsonDocument::Compact));
        for (qint64 t = from; t < to;) {
            const qint64 hour = t / kHour * kHour;
            const qint64 next = std::min(to, hour + kHour);
            // Only hours that have ended by the billing cut, as for the clusters above.
            if (hour + kHour > until)
                break;
            const QString start = ts(hour);
            const quint64 id = mix(quint64(run.runId) ^ (quint64(hour) << 1));
            const bool ok = insert.add({u"%1-%2"_s.arg(id, 16, 16, QChar(u'0')).arg(quint64(hour), 0, 16),
                account, workspace, sku, cloudName(), start, ts(hour + kHour), start.left(10), tags, u"DBU"_s,
                double(next - t) / double(kHour) * rate, run.clusterId, QString::number(run.jobId),
                QString::number(run.runId), QVariant(), run.creator, u"ORIGINAL"_s,
                ts(std::min(hour + 6 * kHour, until)).left(10), u"JOBS"_s, u"COMPUTE_TIME"_s});
            if (!ok) {
                *error = insert.error();
                return false;
            }
            t = next;
        }
    }
    return true;
}

double SystemTables::jobClusterDbusPerHour(const QString &cloud, const QJsonObject &newCluster)
{
    const QString worker = newCluster.value(u"node_type_id"_s).toString();
    const QString driver = newCluster.value(u"driver_node_type_id"_s).toString(worker);
    const int workers = newCluster.contains(u"autoscale"_s)
        ? newCluster.value(u"autoscale"_s).toObject().value(u"min_workers"_s).toInt()
        : newCluster.value(u"num_workers"_s).toInt();
    return dbusPerNodeHour(cloud, driver) + workers * dbusPerNodeHour(cloud, worker);
}

bool SystemTables::fillNodeTimeline(QString *error)
{
    BatchInsert insert(database(), u"system__compute__node_timeline"_s, 15);
    const QString workspace = QString::number(m_state.options().workspaceId);
    const qint64 windowStart = nodeTimelineStart();
    const QString account = accountId();
    int index = -1;
    for (const ClusterRecord &c : m_state.clusters()) {
        ++index;
        if (c.historyEnd <= windowStart)
            continue;
        const std::vector<Step> steps = stepsOf(c);
        const SimulatedLoad load = ClusterEventGenerator::loadOf(c);
        const QString nodeType = c.spec.value(u"node_type_id"_s).toString();
        const double capacity = std::max(1, maxWorkersOf(c)) * workFactor(index);
        // Each worker slot gets a new instance when it comes back after being released (a
        // downsize, a lost spot node, a restart), as the service starts a new VM.
        std::vector<int> generation;
        int session = 0;
        int previous = -1;
        size_t k = 0;
        const qint64 first = std::max(windowStart, c.createdTime / kMinute * kMinute);
        for (qint64 m = first; m < c.historyEnd; m += kMinute) {
            while (k + 1 < steps.size() && steps[k + 1].at <= m)
                ++k;
            const int workers = steps.empty() || steps[k].at > m ? -1 : steps[k].workers;
            if (workers < 0) {
                if (previous >= 0)
                    ++session;
                previous = -1;
                continue;
            }
            if (previous < 0)
                std::fill(generation.begin(), generation.end(), 0);
            if (int(generation.size()) < workers)
                generation.resize(size_t(workers), 0);
            for (int s = workers; s < previous; ++s)
                ++generation[size_t(s)];
            previous = workers;

            const double demand = capacity * std::max(0.0, (load.at(m) - 0.1) / 0.9);
            const QString start = ts(m);
            const QString end = ts(m + kMinute);
            for (int slot = -1; slot < workers; ++slot) {
                const bool driver = slot < 0;
                const quint64 who = mix(c.seed ^ (quint64(session) << 20) ^ (quint64(slot + 1) << 8)
                    ^ (driver ? 0 : (quint64(generation[size_t(slot)]) << 40)));
                const double jitter = noise(who, quint64(m));
                double cpu;
                if (driver)
                    cpu = workers == 0 ? 100.0 * std::min(1.0, demand) : 4.0 + 8.0 * load.at(m);
                else
                    cpu = 100.0 * std::min(1.0, demand / double(workers));
                cpu = std::clamp(cpu * 0.97 + 2.0 * jitter + 1.5, 0.3, 99.0);
                const double mem = std::clamp(22.0 + 0.55 * cpu + 3.0 * jitter, 5.0, 96.0);
                const qint64 bytes = qint64(cpu * 4.0e6 * (1.2 + jitter * 0.2));
                const bool ok = insert.add({account, workspace, c.clusterId,
                    u"i-%1"_s.arg(who & 0xFFFFFFFFFFFFFULL, 17, 16, QChar(u'0')), start, end, driver ? 1 : 0,
                    cpu * 0.82, cpu * 0.18, 0.4 + 1.5 * load.at(m), mem, 0.0, bytes, bytes + bytes / 3,
                    nodeType});
                if (!ok) {
                    *error = insert.error();
                    return false;
                }
            }
        }
    }
    if (!insert.flush()) {
        *error = insert.error();
        return false;
    }
    return true;
}

bool SystemTables::fillClusters(QString *error)
{
    BatchInsert insert(database(), u"system__compute__clusters"_s, 17);
    const QString workspace = QString::number(m_state.options().workspaceId);
    for (const ClusterRecord &c : m_state.clusters()) {
        const bool autoscale = c.spec.contains(u"autoscale"_s);
        const QJsonObject as = c.spec.value(u"autoscale"_s).toObject();
        const bool ok
            = insert.add({accountId(), workspace, c.clusterId, c.spec.value(u"cluster_name"_s).toString(),
                c.creator, ts(c.createdTime), c.terminatedTime ? QVariant(ts(c.terminatedTime)) : QVariant(),
                c.spec.value(u"driver_node_type_id"_s).toString(), c.spec.value(u"node_type_id"_s).toString(),
                autoscale ? QVariant() : QVariant(c.spec.value(u"num_workers"_s).toInt()),
                autoscale ? QVariant(as.value(u"min_workers"_s).toInt()) : QVariant(),
                autoscale ? QVariant(as.value(u"max_workers"_s).toInt()) : QVariant(),
                c.spec.value(u"autotermination_minutes"_s).toInt(),
                QString::fromUtf8(
                    QJsonDocument(c.spec.value(u"custom_tags"_s).toObject()).toJson(QJsonDocument::Compact)),
                c.source, c.spec.value(u"spark_version"_s).toString(), ts(c.createdTime)});
        if (!ok) {
            *error = insert.error();
            return false;
        }
    }
    if (!insert.flush()) {
        *error = insert.error();
        return false;
    }
    return true;
}

} // namespace brickdesk::emulator
