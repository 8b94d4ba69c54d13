#pragma once

#include "analysis/jobcost.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace brickdesk {

class Archive;
class Connection;
class CostService;

// Where an answer came from: the warehouse just now, or a cache.
enum class CostAnswerSource { Warehouse, Memory, Archive, None };

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
// Answers are kept in memory and, with an archive path, in the workspace's archive, so that
// reopening a job or the list runs no statement, also after a restart. The rule for when a
// kept answer is stale (billing records arrive up to about 12 hours late):
// - a window that had ended a day or more before the answer was fetched is settled: its
//   answer is kept for good;
// - any other answer is reused for an hour after it was fetched, then asked again.
// Callers align windows to the hour (alignedWindow) so that the same window comes back.
class JobCostService final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kSettledAfterMs = 24 * 3'600'000LL;
    static constexpr qint64 kFreshForMs = 3'600'000LL;

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
    static bool isUsable(qint64 windowEndMs, qint64 fetchedAtMs, qint64 nowMs);

    void loadJob(qint64 jobId, qint64 fromMs, qint64 toMs);
    void loadMostExpensive(qint64 fromMs, qint64 toMs, int limit = 20);
    int statementsSent() const { return m_statementsSent; }

signals:
    void jobCostReady(const brickdesk::JobCostData &data);
    void mostExpensiveReady(const brickdesk::ExpensiveJobsData &data);

private:
    struct Kept
    {
        qint64 fetchedAtMs = 0;
        qint64 windowEndMs = 0;
        QString payload;
    };
    using Answer = std::function<void(const QString &payload, CostAnswerSource source)>;

    // Finds `key` in memory, then in the archive; asks `fetch` when neither has a usable answer.
    void lookUp(const QString &key, qint64 windowEndMs, const Answer &answer,
        const std::function<void(const std::function<void(const QString &payload)> &keep)> &fetch);
    void keep(const QString &key, qint64 windowEndMs, const QString &payload);
    QString cacheKey(const QString &what) const;
    QString whyNotAsk() const;
    Archive *archive();
    void nameJobs(Connection *connection, const QVector<JobCostRow> &jobs,
        const std::function<void(const QString &payload)> &done);

    QPointer<CostService> m_costs;
    std::function<qint64()> m_now;
    QString m_archivePath;
    std::unique_ptr<Archive> m_archive;
    QHash<QString, Kept> m_memory;
    int m_statementsSent = 0;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::JobCostData)
Q_DECLARE_METATYPE(brickdesk::ExpensiveJobsData)
