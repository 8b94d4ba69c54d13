#include "runphase.h"

using namespace Qt::Literals::StringLiterals;

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
        return u"QUEUED"_s;
    case RunPhase::Pending:
        return u"PENDING"_s;
    case RunPhase::Running:
        return u"RUNNING"_s;
    case RunPhase::Terminating:
        return u"TERMINATING"_s;
    case RunPhase::Terminated:
        return u"TERMINATED"_s;
    }
    return {};
}

QString RunPhase::resultStateName() const
{
    if (skipped) {
        if (result == RunResult::Excluded)
            return u"EXCLUDED"_s;
        if (result == RunResult::Disabled)
            return u"DISABLED"_s;
        return result == RunResult::Canceled ? u"UPSTREAM_CANCELED"_s : u"UPSTREAM_FAILED"_s;
    }
    switch (result) {
    case RunResult::Success:
        return u"SUCCESS"_s;
    case RunResult::Failed:
    case RunResult::InternalError:
        return u"FAILED"_s;
    case RunResult::TimedOut:
        return u"TIMEDOUT"_s;
    case RunResult::Canceled:
        return u"CANCELED"_s;
    case RunResult::Excluded:
        return u"EXCLUDED"_s;
    case RunResult::Disabled:
        return u"DISABLED"_s;
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
    if (p.skipped && p.result == RunResult::Disabled)
        return {"DISABLED", "CLIENT_ERROR", "This task is disabled in the job's settings; it was not run."};
    if (p.skipped && p.result == RunResult::Excluded)
        return {"SKIPPED", "SUCCESS", "The condition this task depends on was not met; it was not run."};
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
    case RunResult::Excluded:
    case RunResult::Disabled:
        break;
    }
    return {"SUCCESS", "SUCCESS", ""};
}
} // namespace

QJsonObject RunPhase::stateJson() const
{
    QJsonObject state;
    QString lifeCycle = stageName(stage);
    if (stage == Terminated && !skipped && result == RunResult::InternalError)
        lifeCycle = u"INTERNAL_ERROR"_s;
    state.insert(u"life_cycle_state"_s, lifeCycle);
    const Termination t = terminationOf(*this);
    if (stage == Terminated) {
        state.insert(u"result_state"_s, resultStateName());
        state.insert(u"state_message"_s, QLatin1String(t.message));
    } else if (stage == Queued) {
        state.insert(u"state_message"_s, u"Queued until a slot is available"_s);
        state.insert(u"queue_reason"_s,
            u"Waiting for an available slot: the job's maximum concurrent runs is reached."_s);
    } else if (stage == Pending) {
        state.insert(u"state_message"_s, u"Waiting for cluster"_s);
    } else if (stage == Terminating) {
        state.insert(u"state_message"_s, cancelled ? u"Cancelling run"_s : QString());
    } else {
        state.insert(u"state_message"_s, QString());
    }
    state.insert(u"user_cancelled_or_timedout"_s,
        stage == Terminated && (result == RunResult::Canceled || result == RunResult::TimedOut) && !skipped);
    return state;
}

QJsonObject RunPhase::statusJson() const
{
    QJsonObject status {{u"state"_s, stageName(stage)}};
    if (stage == Terminated || (stage == Terminating && cancelled)) {
        const Termination t = terminationOf(*this);
        status.insert(u"termination_details"_s,
            QJsonObject {{u"code"_s, QLatin1String(t.code)}, {u"type"_s, QLatin1String(t.type)},
                {u"message"_s, QLatin1String(t.message)}});
    } else if (stage == Queued) {
        status.insert(u"queue_details"_s,
            QJsonObject {{u"code"_s, u"MAX_CONCURRENT_RUNS_REACHED"_s},
                {u"message"_s, u"Queued: the job has reached its maximum number of concurrent runs."_s}});
    }
    return status;
}

} // namespace brickdesk::emulator
