#include "services/jobcostservice.h"

#include "api/connection.h"
#include "api/jobsapi.h"
#include "api/statementexecutionapi.h"
#include "archive/archivelocation.h"
#include "common/compactjson.h"
#include "common/timeunits.h"
#include "services/costqueries.h"
#include "services/costservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QJsonObject parse(const QString &payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QString jobRowsPayload(const QVector<JobRunUsageRow> &rows)
{
    QJsonArray out;
    for (const JobRunUsageRow &r : rows)
        out.append(QJsonArray {QString::number(r.runId), r.dayStartMs, r.dbus, r.cost, r.currency});
    return compactJson({{u"rows"_s, out}});
}

QVector<JobRunUsageRow> jobRowsOf(const QString &payload)
{
    QVector<JobRunUsageRow> rows;
    const QJsonArray in = parse(payload).value(u"rows"_s).toArray();
    for (const QJsonValue &v : in) {
        const QJsonArray r = v.toArray();
        rows.append({r.at(0).toString().toLongLong(), r.at(1).toInteger(), r.at(2).toDouble(),
            r.at(3).toDouble(), r.at(4).toString()});
    }
    return rows;
}

QString jobsPayload(const QVector<JobCostRow> &jobs)
{
    QJsonArray out;
    for (const JobCostRow &j : jobs)
        out.append(QJsonObject {{u"job_id"_s, QString::number(j.jobId)}, {u"name"_s, j.name},
            {u"dbus"_s, j.dbus}, {u"cost"_s, j.cost}, {u"currency"_s, j.currency}, {u"runs"_s, j.runs}});
    return compactJson({{u"jobs"_s, out}});
}

QVector<JobCostRow> jobsOf(const QString &payload)
{
    QVector<JobCostRow> jobs;
    const QJsonArray in = parse(payload).value(u"jobs"_s).toArray();
    for (const QJsonValue &v : in) {
        const QJsonObject o = v.toObject();
        JobCostRow j;
        j.jobId = o.value(u"job_id"_s).toString().toLongLong();
        j.name = o.value(u"name"_s).toString();
        j.dbus = o.value(u"dbus"_s).toDouble();
        j.cost = o.value(u"cost"_s).toDouble();
        j.currency = o.value(u"currency"_s).toString();
        j.runs = o.value(u"runs"_s).toInt();
        jobs.append(j);
    }
    return jobs;
}

} // namespace

JobCostService::JobCostService(CostService *costs, QObject *parent)
    : QObject(parent)
    , m_costs(costs)
    , m_answers(this)
{
    qRegisterMetaType<JobCostData>();
    qRegisterMetaType<ExpensiveJobsData>();
}

JobCostService::~JobCostService() = default;

void JobCostService::setArchivePath(const QString &path)
{
    m_answers.setArchivePath(path);
}

void JobCostService::useWorkspaceArchive()
{
    Connection *connection = m_costs ? m_costs->connection() : nullptr;
    setArchivePath(connection ? ArchiveLocation::pathForHost(connection->host().toString()) : QString());
}

void JobCostService::setClock(std::function<qint64()> now)
{
    m_answers.setClock(std::move(now));
}

std::pair<qint64, qint64> JobCostService::alignedWindow(int days) const
{
    const qint64 to = (m_answers.now() / kHour + 1) * kHour;
    return {to - qint64(days) * kDay, to};
}

QString JobCostService::cacheKey(const QString &what) const
{
    // The archive is per workspace; the memory is per service, but the connection may change.
    const QString host
        = m_costs && m_costs->connection() ? m_costs->connection()->host().toString() : QString();
    return host + u'|' + (m_costs ? m_costs->warehouseId() : QString()) + u'|' + what;
}

QString JobCostService::whyNotAsk() const
{
    // A statement would start a stopped warehouse, and that costs money: never without asking,
    // and these lists do not ask (the cluster's Cost tab does).
    const SqlWarehouse warehouse = m_costs ? m_costs->warehouse() : SqlWarehouse();
    if (warehouse.isStopped())
        return tr("The SQL warehouse “%1” is stopped, so billed cost was not read. Starting it costs money: "
                  "start it from a cluster's Cost tab or in the workspace, then look again.")
            .arg(warehouse.name());
    return {};
}

void JobCostService::loadJob(qint64 jobId, qint64 fromMs, qint64 toMs)
{
    JobCostData data;
    data.jobId = jobId;
    data.fromMs = fromMs;
    data.toMs = toMs;
    Connection *connection = m_costs ? m_costs->connection() : nullptr;
    if (!connection || m_costs->warehouseId().isEmpty()) {
        data.fallbackReason = tr("No SQL warehouse to read billed cost from: run costs are not shown.");
        QTimer::singleShot(0, this, [this, data] { Q_EMIT jobCostReady(data); });
        return;
    }
    const QString warehouse = m_costs->warehouseId();
    const QString key = cacheKey(u"job-run-cost|%1|%2|%3"_s.arg(jobId).arg(fromMs).arg(toMs));
    m_answers.lookUp(
        key, toMs,
        [this, data](const QString &payload, CostAnswerSource source) mutable {
            data.billedAvailable = true;
            data.cost = summarizeJobCost(jobRowsOf(payload), data.fromMs, data.toMs);
            data.source = source;
            Q_EMIT jobCostReady(data);
        },
        [this, connection, warehouse, data](const std::function<void(const QString &)> &done) mutable {
            if (const QString why = whyNotAsk(); !why.isEmpty()) {
                data.fallbackReason = why;
                // Never inside the caller's load call: views connect before or after asking.
                QTimer::singleShot(0, this, [this, data] { Q_EMIT jobCostReady(data); });
                return;
            }
            ++m_statementsSent;
            StatementExecutionApi(connection)
                .execute(CostQueries::jobRunCost(warehouse, data.jobId, data.fromMs, data.toMs))
                .then(this, [this, data, done](const ApiResult<StatementResult> &r) mutable {
                    if (!r.ok()) {
                        data.fallbackReason = StatementExecutionApi::describe(r.error());
                        Q_EMIT jobCostReady(data);
                        return;
                    }
                    done(jobRowsPayload(CostQueries::jobRunUsageRows(r.value())));
                });
        });
}

void JobCostService::loadMostExpensive(qint64 fromMs, qint64 toMs, int limit)
{
    ExpensiveJobsData data;
    data.fromMs = fromMs;
    data.toMs = toMs;
    Connection *connection = m_costs ? m_costs->connection() : nullptr;
    if (!connection || m_costs->warehouseId().isEmpty()) {
        data.fallbackReason = tr("No SQL warehouse to read billed cost from.");
        QTimer::singleShot(0, this, [this, data] { Q_EMIT mostExpensiveReady(data); });
        return;
    }
    const QString warehouse = m_costs->warehouseId();
    const QString key = cacheKey(u"expensive-jobs|%1|%2|%3"_s.arg(fromMs).arg(toMs).arg(limit));
    m_answers.lookUp(
        key, toMs,
        [this, data](const QString &payload, CostAnswerSource source) mutable {
            data.billedAvailable = true;
            data.jobs = jobsOf(payload);
            data.source = source;
            Q_EMIT mostExpensiveReady(data);
        },
        [this, connection, warehouse, data, limit](const std::function<void(const QString &)> &done) mutable {
            if (const QString why = whyNotAsk(); !why.isEmpty()) {
                data.fallbackReason = why;
                QTimer::singleShot(0, this, [this, data] { Q_EMIT mostExpensiveReady(data); });
                return;
            }
            ++m_statementsSent;
            StatementExecutionApi(connection)
                .execute(CostQueries::mostExpensiveJobs(warehouse, data.fromMs, data.toMs, limit))
                .then(this, [this, connection, data, done](const ApiResult<StatementResult> &r) mutable {
                    if (!r.ok()) {
                        data.fallbackReason = StatementExecutionApi::describe(r.error());
                        Q_EMIT mostExpensiveReady(data);
                        return;
                    }
                    data.jobs = CostQueries::jobCostRows(r.value());
                    nameJobs(connection, data.jobs, done);
                });
        });
}

void JobCostService::nameJobs(
    Connection *connection, const QVector<JobCostRow> &jobs, const std::function<void(const QString &)> &done)
{
    // Usage rows carry the job's id only: names come from the Jobs API, kept with the answer.
    auto named = std::make_shared<QVector<JobCostRow>>(jobs);
    auto pending = std::make_shared<int>(int(jobs.size()));
    if (jobs.isEmpty()) {
        done(jobsPayload(*named));
        return;
    }
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        connection->jobs()
            .getJob(jobs.at(i).jobId)
            .then(this, [named, pending, i, done](const ApiResult<Job> &r) {
                if (r.ok())
                    (*named)[i].name = r.value().name();
                if (--*pending == 0)
                    done(jobsPayload(*named));
            });
    }
}

} // namespace brickdesk
