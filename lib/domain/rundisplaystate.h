#pragma once

#include "domain/runstate.h"
#include "domain/runstatus.h"

#include <QObject>
#include <QString>

namespace brickdesk {

// What to show for a run or task run, following guide §1.4: status.state first, falling back
// to state.life_cycle_state; for terminal runs the outcome comes from
// status.termination_details (type/code) if present, else from state.result_state.
class RunDisplayState final
{
    Q_GADGET

public:
    enum class Category {
        Unknown,
        Queued,
        Pending,
        Running,
        Terminating,
        Blocked,
        Waiting, // WAITING / WAITING_FOR_RETRY
        Succeeded,
        SucceededWithFailures,
        Failed,
        TimedOut,
        Cancelled,
        Skipped,
        Excluded, // excluded/disabled tasks
    };
    Q_ENUM(Category)

    RunDisplayState() = default;
    static RunDisplayState from(const RunStatus &status, const RunState &state);

    Category category() const { return m_category; }
    bool isTerminal() const;
    bool isActive() const { return !isTerminal() && m_category != Category::Unknown; }
    bool isFailure() const; // Failed, TimedOut
    // Raw wire names: lifecycle ("TERMINATED") and outcome ("SUCCESS", "DRIVER_ERROR" ...).
    QString stateName() const { return m_stateName; }
    QString outcomeName() const { return m_outcomeName; }
    // Short translated label: "Running", "Succeeded", "Failed"...; unknown values show raw.
    QString text() const;
    // The human message: termination_details.message, else state_message.
    QString message() const { return m_message; }

    static QString categoryText(Category category);

private:
    Category m_category = Category::Unknown;
    bool m_terminal = false;
    QString m_stateName;
    QString m_outcomeName;
    QString m_message;
};

} // namespace brickdesk
