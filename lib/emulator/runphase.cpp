#include "runphase.h"

namespace brickdesk::emulator {

RunPhase RunPhase::at(qint64 now, qint64 queuedAt, qint64 pendingAt, qint64 runningAt, qint64 terminatingAt,
    qint64 endAt, qint64 cancelledAt, RunResult result, bool skipped, qint64 cancelGrace)
{
    RunPhase p;
    p.result = result;
    p.skipped = skipped;
    if (skipped) {
        // Never executed (upstream failure): terminal from the moment it would have started.
        p.stage = now >= queuedAt ? Terminated : Queued;
        p.endTime = p.stage == Terminated ? queuedAt : 0;
        return p;
    }
    if (cancelledAt > 0 && cancelledAt <= now && cancelledAt < endAt) {
        const qint64 effectiveEnd = cancelledAt < runningAt ? cancelledAt : cancelledAt + cancelGrace;
        p.cancelled = true;
        p.result = RunResult::Canceled;
        if (now >= effectiveEnd) {
            p.stage = Terminated;
            p.endTime = effectiveEnd;
        } else {
            p.stage = Terminating;
        }
        return p;
    }
    if (now >= endAt) {
        p.stage = Terminated;
        p.endTime = endAt;
    } else if (now >= terminatingAt) {
        p.stage = Terminating;
    } else if (now >= runningAt) {
        p.stage = Running;
    } else if (now >= pendingAt) {
        p.stage = Pending;
    } else {
        p.stage = Queued;
    }
    Q_UNUSED(queuedAt)
    return p;
}

static QString stageName(RunPhase::Stage s)
{
    switch (s) {
    case RunPhase::Queued:
        return QStringLiteral("QUEUED");
    case RunPhase::Pending:
        return QStringLiteral("PENDING");
    case RunPhase::Running:
        return QStringLiteral("RUNNING");
    case RunPhase::Terminating:
        return QStringLiteral("TERMINATING");
    case RunPhase::Terminated:
        return QStringLiteral("TERMINATED");
    }
    return {};
}

QString RunPhase::resultStateName() const
{
    if (skipped)
        return result == RunResult::Canceled ? QStringLiteral("UPSTREAM_CANCELED")
                                             : QStringLiteral("UPSTREAM_FAILED");
    switch (result) {
    case RunResult::Success:
        return QStringLiteral("SUCCESS");
    case RunResult::Failed:
    case RunResult::InternalError:
        return QStringLiteral("FAILED");
    case RunResult::TimedOut:
        return QStringLiteral("TIMEDOUT");
    case RunResult::Canceled:
        return QStringLiteral("CANCELED");
    }
    return {};
}

namespace {
struct Termination
{
    const char *code;
    const char *type;
    const char *message;
};

Termination terminationOf(const RunPhase &p)
{
    if (p.skipped)
        return {
            "SKIPPED", "CLIENT_ERROR", "Upstream task(s) failed or were canceled; this task was not run."};
    switch (p.result) {
    case RunResult::Success:
        return {"SUCCESS", "SUCCESS", ""};
    case RunResult::Failed:
        return {"RUN_EXECUTION_ERROR", "CLIENT_ERROR", "Workload failed, see run output for details"};
    case RunResult::TimedOut:
        return {"CANCELED", "CLIENT_ERROR", "Run timed out."};
    case RunResult::Canceled:
        return {"USER_CANCELED", "CLIENT_ERROR", "Run cancelled."};
    case RunResult::InternalError:
        return {"CLUSTER_ERROR", "CLOUD_FAILURE",
            "Cluster was terminated. Reason: SPOT_INSTANCE_TERMINATION (CLOUD_FAILURE)."};
    }
    return {"SUCCESS", "SUCCESS", ""};
}
} // namespace

QJsonObject RunPhase::stateJson() const
{
    QJsonObject state;
    QString lifeCycle = stageName(stage);
    if (stage == Terminated && !skipped && result == RunResult::InternalError)
        lifeCycle = QStringLiteral("INTERNAL_ERROR");
    state.insert(QStringLiteral("life_cycle_state"), lifeCycle);
    const Termination t = terminationOf(*this);
    if (stage == Terminated) {
        state.insert(QStringLiteral("result_state"), resultStateName());
        state.insert(QStringLiteral("state_message"), QLatin1String(t.message));
    } else if (stage == Queued) {
        state.insert(QStringLiteral("state_message"), QStringLiteral("Queued until a slot is available"));
        state.insert(QStringLiteral("queue_reason"),
            QStringLiteral("Waiting for an available slot: the job's maximum concurrent runs is reached."));
    } else if (stage == Pending) {
        state.insert(QStringLiteral("state_message"), QStringLiteral("Waiting for cluster"));
    } else if (stage == Terminating) {
        state.insert(
            QStringLiteral("state_message"), cancelled ? QStringLiteral("Cancelling run") : QString());
    } else {
        state.insert(QStringLiteral("state_message"), QString());
    }
    state.insert(QStringLiteral("user_cancelled_or_timedout"),
        stage == Terminated && (result == RunResult::Canceled || result == RunResult::TimedOut) && !skipped);
    return state;
}

QJsonObject RunPhase::statusJson() const
{
    QJsonObject status {{QStringLiteral("state"), stageName(stage)}};
    if (stage == Terminated || (stage == Terminating && cancelled)) {
        const Termination t = terminationOf(*this);
        status.insert(QStringLiteral("termination_details"),
            QJsonObject {{QStringLiteral("code"), QLatin1String(t.code)},
                {QStringLiteral("type"), QLatin1String(t.type)},
                {QStringLiteral("message"), QLatin1String(t.message)}});
    } else if (stage == Queued) {
        status.insert(QStringLiteral("queue_details"),
            QJsonObject {{QStringLiteral("code"), QStringLiteral("MAX_CONCURRENT_RUNS_REACHED")},
                {QStringLiteral("message"),
                    QStringLiteral("Queued: the job has reached its maximum number of concurrent runs.")}});
    }
    return status;
}

} // namespace brickdesk::emulator
