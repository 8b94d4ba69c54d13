#include "domain/runstate.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr std::array<std::pair<const char *, RunState::LifeCycle>, 9> lifeCycles = {{
    {"QUEUED", RunState::LifeCycle::Queued},
    {"PENDING", RunState::LifeCycle::Pending},
    {"RUNNING", RunState::LifeCycle::Running},
    {"TERMINATING", RunState::LifeCycle::Terminating},
    {"TERMINATED", RunState::LifeCycle::Terminated},
    {"SKIPPED", RunState::LifeCycle::Skipped},
    {"INTERNAL_ERROR", RunState::LifeCycle::InternalError},
    {"BLOCKED", RunState::LifeCycle::Blocked},
    {"WAITING_FOR_RETRY", RunState::LifeCycle::WaitingForRetry},
}};

constexpr std::array<std::pair<const char *, RunState::Result>, 10> results = {{
    {"SUCCESS", RunState::Result::Success},
    {"FAILED", RunState::Result::Failed},
    {"TIMEDOUT", RunState::Result::TimedOut},
    {"CANCELED", RunState::Result::Canceled},
    {"MAXIMUM_CONCURRENT_RUNS_REACHED", RunState::Result::MaximumConcurrentRunsReached},
    {"EXCLUDED", RunState::Result::Excluded},
    {"SUCCESS_WITH_FAILURES", RunState::Result::SuccessWithFailures},
    {"UPSTREAM_FAILED", RunState::Result::UpstreamFailed},
    {"UPSTREAM_CANCELED", RunState::Result::UpstreamCanceled},
    {"DISABLED", RunState::Result::Disabled},
}};

} // namespace

RunState RunState::fromJson(const QJsonObject &state)
{
    RunState result;
    result.m_raw = state;
    return result;
}

QString RunState::lifeCycleStateName() const
{
    return m_raw.value(u"life_cycle_state"_s).toString();
}

RunState::LifeCycle RunState::lifeCycleState() const
{
    return lifeCycleFromName(lifeCycleStateName());
}

QString RunState::resultStateName() const
{
    return m_raw.value(u"result_state"_s).toString();
}

RunState::Result RunState::resultState() const
{
    return resultFromName(resultStateName());
}

QString RunState::stateMessage() const
{
    return m_raw.value(u"state_message"_s).toString();
}

bool RunState::userCancelledOrTimedout() const
{
    return m_raw.value(u"user_cancelled_or_timedout"_s).toBool();
}

QString RunState::queueReason() const
{
    return m_raw.value(u"queue_reason"_s).toString();
}

bool RunState::isTerminal() const
{
    const LifeCycle lc = lifeCycleState();
    return lc == LifeCycle::Terminated || lc == LifeCycle::Skipped || lc == LifeCycle::InternalError;
}

RunState::LifeCycle RunState::lifeCycleFromName(QStringView name)
{
    if (name.isEmpty())
        return LifeCycle::None;
    for (const auto &[text, value] : lifeCycles) {
        if (name == QLatin1String(text))
            return value;
    }
    return LifeCycle::Unknown;
}

RunState::Result RunState::resultFromName(QStringView name)
{
    if (name.isEmpty())
        return Result::None;
    for (const auto &[text, value] : results) {
        if (name == QLatin1String(text))
            return value;
    }
    return Result::Unknown;
}

} // namespace brickdesk
