#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace brickdesk {

// The current run status: status{state, termination_details{code, type, message},
// queue_details{code, message}} (guide §1.4). Codes are open-ended: keep the raw strings.
class RunStatus final
{
    Q_GADGET

public:
    enum class State {
        None, // absent (older servers send only the legacy state)
        Unknown,
        Queued,
        Pending,
        Running,
        Terminating,
        Terminated,
        Blocked,
        Waiting,
    };
    Q_ENUM(State)

    // termination_details.type
    enum class TerminationType {
        None,
        Unknown,
        Success,
        InternalError,
        ClientError,
        CloudFailure,
    };
    Q_ENUM(TerminationType)

    RunStatus() = default;
    static RunStatus fromJson(const QJsonObject &status);

    bool isValid() const { return !m_raw.isEmpty(); }
    QString stateName() const;
    State state() const;
    // termination_details.code: SUCCESS, USER_CANCELED, DRIVER_ERROR, ... (keep as text).
    QString terminationCode() const;
    QString terminationTypeName() const;
    TerminationType terminationType() const;
    QString terminationMessage() const;
    QString queueCode() const;
    QString queueMessage() const;

    QJsonObject raw() const { return m_raw; }
    QJsonObject toJson() const { return m_raw; }

    static State stateFromName(QStringView name);
    static TerminationType terminationTypeFromName(QStringView name);

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
