#include "domain/rundisplaystate.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

using Category = RunDisplayState::Category;

Category categoryFromTerminationCode(const QString &code, const RunStatus &status, const RunState &state)
{
    if (code == u"SUCCESS"_s)
        return Category::Succeeded;
    if (code == u"SUCCESS_WITH_FAILURES"_s)
        return Category::SucceededWithFailures;
    if (code == u"USER_CANCELED"_s)
        return Category::Cancelled;
    if (code == u"CANCELED"_s) // by the platform, e.g. a timeout: the legacy state tells
        return state.resultState() == RunState::Result::TimedOut ? Category::TimedOut : Category::Cancelled;
    if (code == u"SKIPPED"_s && state.resultState() == RunState::Result::Excluded)
        return Category::Excluded; // the condition it waits for was not met
    if (code == u"SKIPPED"_s || code == u"MAX_CONCURRENT_RUNS_EXCEEDED"_s)
        return Category::Skipped;
    if (code == u"DISABLED"_s)
        return Category::Excluded;
    if (status.terminationType() == RunStatus::TerminationType::Success)
        return Category::Succeeded;
    return Category::Failed; // every other code is an error of some kind (guide §1.4)
}

Category categoryFromResult(RunState::Result result)
{
    switch (result) {
    case RunState::Result::Success:
        return Category::Succeeded;
    case RunState::Result::SuccessWithFailures:
        return Category::SucceededWithFailures;
    case RunState::Result::Failed:
    case RunState::Result::UpstreamFailed:
        return Category::Failed;
    case RunState::Result::TimedOut:
        return Category::TimedOut;
    case RunState::Result::Canceled:
    case RunState::Result::UpstreamCanceled:
        return Category::Cancelled;
    case RunState::Result::MaximumConcurrentRunsReached:
        return Category::Skipped;
    case RunState::Result::Excluded:
    case RunState::Result::Disabled:
        return Category::Excluded;
    case RunState::Result::None:
    case RunState::Result::Unknown:
        break;
    }
    return Category::Unknown;
}

} // namespace

RunDisplayState RunDisplayState::from(const RunStatus &status, const RunState &state)
{
    RunDisplayState d;
    const bool useStatus = !status.stateName().isEmpty();
    d.m_stateName = useStatus ? status.stateName() : state.lifeCycleStateName();
    d.m_message = status.terminationMessage();
    if (d.m_message.isEmpty())
        d.m_message = state.stateMessage();

    bool terminated = false;
    if (useStatus) {
        switch (status.state()) {
        case RunStatus::State::Queued:
            d.m_category = Category::Queued;
            break;
        case RunStatus::State::Pending:
            d.m_category = Category::Pending;
            break;
        case RunStatus::State::Running:
            d.m_category = Category::Running;
            break;
        case RunStatus::State::Terminating:
            d.m_category = Category::Terminating;
            break;
        case RunStatus::State::Blocked:
            d.m_category = Category::Blocked;
            break;
        case RunStatus::State::Waiting:
            d.m_category = Category::Waiting;
            break;
        case RunStatus::State::Terminated:
            terminated = true;
            break;
        case RunStatus::State::None:
        case RunStatus::State::Unknown:
            break;
        }
    } else {
        switch (state.lifeCycleState()) {
        case RunState::LifeCycle::Queued:
            d.m_category = Category::Queued;
            break;
        case RunState::LifeCycle::Pending:
            d.m_category = Category::Pending;
            break;
        case RunState::LifeCycle::Running:
            d.m_category = Category::Running;
            break;
        case RunState::LifeCycle::Terminating:
            d.m_category = Category::Terminating;
            break;
        case RunState::LifeCycle::Blocked:
            d.m_category = Category::Blocked;
            break;
        case RunState::LifeCycle::WaitingForRetry:
            d.m_category = Category::Waiting;
            break;
        case RunState::LifeCycle::Terminated:
            terminated = true;
            break;
        case RunState::LifeCycle::Skipped:
            d.m_terminal = true;
            d.m_category = Category::Skipped;
            d.m_outcomeName = state.resultStateName();
            break;
        case RunState::LifeCycle::InternalError:
            d.m_terminal = true;
            d.m_category = Category::Failed;
            d.m_outcomeName = state.resultStateName().isEmpty() ? d.m_stateName : state.resultStateName();
            break;
        case RunState::LifeCycle::None:
        case RunState::LifeCycle::Unknown:
            break;
        }
    }

    if (terminated) {
        d.m_terminal = true;
        const QString code = status.terminationCode();
        if (!code.isEmpty()) {
            d.m_outcomeName = code;
            d.m_category = categoryFromTerminationCode(code, status, state);
        } else {
            d.m_outcomeName = state.resultStateName();
            d.m_category = categoryFromResult(state.resultState());
        }
    }
    return d;
}

bool RunDisplayState::isTerminal() const
{
    return m_terminal;
}

bool RunDisplayState::isFailure() const
{
    return m_category == Category::Failed || m_category == Category::TimedOut;
}

QString RunDisplayState::text() const
{
    if (m_category == Category::Unknown) {
        if (!m_outcomeName.isEmpty())
            return m_outcomeName;
        if (!m_stateName.isEmpty())
            return m_stateName;
    }
    return categoryText(m_category);
}

QString RunDisplayState::categoryText(Category category)
{
    const char *text = "Unknown";
    switch (category) {
    case Category::Unknown:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Unknown");
        break;
    case Category::Queued:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Queued");
        break;
    case Category::Pending:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Pending");
        break;
    case Category::Running:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Running");
        break;
    case Category::Terminating:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Terminating");
        break;
    case Category::Blocked:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Blocked");
        break;
    case Category::Waiting:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Waiting for retry");
        break;
    case Category::Succeeded:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Succeeded");
        break;
    case Category::SucceededWithFailures:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Succeeded with failures");
        break;
    case Category::Failed:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Failed");
        break;
    case Category::TimedOut:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Timed out");
        break;
    case Category::Cancelled:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Cancelled");
        break;
    case Category::Skipped:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Skipped");
        break;
    case Category::Excluded:
        text = QT_TRANSLATE_NOOP("RunDisplayState", "Excluded");
        break;
    }
    return QCoreApplication::translate("RunDisplayState", text);
}

} // namespace brickdesk
