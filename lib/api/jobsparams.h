#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace brickdesk {

// Parameters of the Jobs API calls that take more than an id (guide §1.2). Plain values;
// toQuery()/toJson() produce exactly what the REST API expects. Fields left at their
// defaults are not sent.

// GET jobs/list
struct JobsListParams
{
    int limit = 100; // 1..100
    QString name; // exact, case-insensitive filter
    bool expandTasks = false;
    QString pageToken;

    QUrlQuery toQuery() const;
};

// GET jobs/runs/list
struct RunsListParams
{
    std::optional<qint64> jobId;
    bool activeOnly = false;
    bool completedOnly = false;
    QString runType; // JOB_RUN / WORKFLOW_RUN / SUBMIT_RUN
    std::optional<qint64> startTimeFrom; // epoch ms, inclusive
    std::optional<qint64> startTimeTo; // epoch ms, inclusive
    int limit = 25; // 1..25
    bool expandTasks = false;
    QString pageToken;

    QUrlQuery toQuery() const;
};

// GET jobs/runs/get
struct GetRunParams
{
    bool includeHistory = false;
    bool includeResolvedValues = false;
    QString pageToken;
};

// POST jobs/run-now. An idempotency token is generated when left empty, so that the call
// can be retried without starting a second run.
struct RunNowParams
{
    qint64 jobId = 0;
    QJsonObject jobParameters;
    QStringList only; // task keys
    std::optional<bool> queueEnabled;
    QString idempotencyToken;
    QJsonObject extra; // any other field (notebook_params, performance_target...), sent as is

    QJsonObject toJson() const;
};

// POST jobs/runs/repair
struct RepairRunParams
{
    qint64 runId = 0;
    QStringList rerunTasks;
    bool rerunAllFailedTasks = false;
    std::optional<bool> rerunDependentTasks;
    std::optional<qint64> latestRepairId;
    QJsonObject jobParameters;
    QJsonObject extra;

    QJsonObject toJson() const;
};

} // namespace brickdesk
