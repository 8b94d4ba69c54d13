#pragma once

#include "analysis/jobcost.h"
#include "services/costanswercache.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace brickdesk {

class Connection;
class CostService;

// One job's billed cost in a window (per run, per day), or why there is none.
struct JobCostData
{
    qint64 jobId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool billedAvailable = false; // false: fallbackReason says why, in words
    JobCost cost;
    QString fallbackReason;
    CostAnswerSource source = CostAnswerSource::None;
};

// The jobs billed the most in a window, or why there are none.
struct ExpensiveJobsData
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool billedAvailable = false;
    QVector<JobCostRow> jobs; // most expensive first
    QString fallbackReason;
    CostAnswerSource source = CostAnswerSource::None;
};

// What the job views ask of the workspace's SQL warehouse: a job's billed cost per run and
// per day, and the most expensive jobs of a window. It uses the warehouse (and the
// connection) that `costs` picked and remembers.
//
// Answers are kept in memory and in the workspace's archive (CostAnswerCache, which states
// when a kept answer is stale), so that reopening a job or the list runs no statement, also
// after a restart. Callers align windows to the hour (alignedWindow) so that the same window
// comes back.
class JobCostService final : public QObject
{
    Q_OBJECT
public:
    explicit JobCostService(CostService *costs, QObject *parent = nullptr);
    ~JobCostService() override;

    // The workspace's archive file; empty: answers are kept in memory only.
    void setArchivePath(const QString &path);
    // The archive of the workspace `costs` is connected to (none without a connection).
    void useWorkspaceArchive();
    // For tests: what "now" is (ms since the epoch).
    void setClock(std::function<qint64()> now);

    // The `days` days up to the end of the current UTC hour.
    std::pair<qint64, qint64> alignedWindow(int days) const;
    static bool isUsable(qint64 windowEndMs, qint64 fetchedAtMs, qint64 nowMs)
    {
        return CostAnswerCache::isUsable(windowEndMs, fetchedAtMs, nowMs);
    }

    void loadJob(qint64 jobId, qint64 fromMs, qint64 toMs);
    void loadMostExpensive(qint64 fromMs, qint64 toMs, int limit = 20);
    int statementsSent() const { return m_statementsSent; }

signals:
    void jobCostReady(const brickdesk::JobCostData &data);
    void mostExpensiveReady(const brickdesk::ExpensiveJobsData &data);

private:
    QString cacheKey(const QString &what) const;
    QString whyNotAsk() const;
    void nameJobs(Connection *connection, const QVector<JobCostRow> &jobs,
        const std::function<void(const QString &payload)> &done);

    QPointer<CostService> m_costs;
    CostAnswerCache m_answers;
    int m_statementsSent = 0;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::JobCostData)
Q_DECLARE_METATYPE(brickdesk::ExpensiveJobsData)
