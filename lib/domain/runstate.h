#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace brickdesk {

// The legacy (deprecated but still sent) run state: state{life_cycle_state, result_state,
// state_message, user_cancelled_or_timedout, queue_reason} (guide §1.4). Unknown enum values
// map to Unknown while the raw string stays available.
class RunState final
{
    Q_GADGET

public:
    enum class LifeCycle {
        None, // absent
        Unknown,
        Queued,
        Pending,
        Running,
        Terminating,
        Terminated,
        Skipped,
        InternalError,
        Blocked,
        WaitingForRetry,
    };
    Q_ENUM(LifeCycle)

    enum class Result {
        None, // absent (not terminal yet)
        Unknown,
        Success,
        Failed,
        TimedOut,
        Canceled,
        MaximumConcurrentRunsReached,
        Excluded,
        SuccessWithFailures,
        UpstreamFailed,
        UpstreamCanceled,
        Disabled,
    };
    Q_ENUM(Result)

    RunState() = default;
    static RunState fromJson(const QJsonObject &state);

    bool isValid() const { return !m_raw.isEmpty(); }
    QString lifeCycleStateName() const; // raw, e.g. "TERMINATED"
    LifeCycle lifeCycleState() const;
    QString resultStateName() const; // raw, e.g. "SUCCESS"; "" when absent
    Result resultState() const;
    QString stateMessage() const;
    bool userCancelledOrTimedout() const;
    QString queueReason() const;
    // TERMINATED, SKIPPED, INTERNAL_ERROR
    bool isTerminal() const;

    QJsonObject raw() const { return m_raw; }
    QJsonObject toJson() const { return m_raw; }

    static LifeCycle lifeCycleFromName(QStringView name);
    static Result resultFromName(QStringView name);

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
