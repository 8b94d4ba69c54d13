#include "domain/runstatus.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr std::array<std::pair<const char *, RunStatus::State>, 7> states = {{
    {"QUEUED", RunStatus::State::Queued},
    {"PENDING", RunStatus::State::Pending},
    {"RUNNING", RunStatus::State::Running},
    {"TERMINATING", RunStatus::State::Terminating},
    {"TERMINATED", RunStatus::State::Terminated},
    {"BLOCKED", RunStatus::State::Blocked},
    {"WAITING", RunStatus::State::Waiting},
}};

constexpr std::array<std::pair<const char *, RunStatus::TerminationType>, 4> terminationTypes = {{
    {"SUCCESS", RunStatus::TerminationType::Success},
    {"INTERNAL_ERROR", RunStatus::TerminationType::InternalError},
    {"CLIENT_ERROR", RunStatus::TerminationType::ClientError},
    {"CLOUD_FAILURE", RunStatus::TerminationType::CloudFailure},
}};

QJsonObject terminationDetails(const QJsonObject &raw)
{
    return raw.value(u"termination_details"_s).toObject();
}

QJsonObject queueDetails(const QJsonObject &raw)
{
    return raw.value(u"queue_details"_s).toObject();
}

} // namespace

RunStatus RunStatus::fromJson(const QJsonObject &status)
{
    RunStatus result;
    result.m_raw = status;
    return result;
}

QString RunStatus::stateName() const
{
    return m_raw.value(u"state"_s).toString();
}
RunStatus::State RunStatus::state() const
{
    return stateFromName(stateName());
}

QString RunStatus::terminationCode() const
{
    return terminationDetails(m_raw).value(u"code"_s).toString();
}

QString RunStatus::terminationTypeName() const
{
    return terminationDetails(m_raw).value(u"type"_s).toString();
}

RunStatus::TerminationType RunStatus::terminationType() const
{
    return terminationTypeFromName(terminationTypeName());
}

QString RunStatus::terminationMessage() const
{
    return terminationDetails(m_raw).value(u"message"_s).toString();
}

QString RunStatus::queueCode() const
{
    return queueDetails(m_raw).value(u"code"_s).toString();
}
QString RunStatus::queueMessage() const
{
    return queueDetails(m_raw).value(u"message"_s).toString();
}

RunStatus::State RunStatus::stateFromName(QStringView name)
{
    if (name.isEmpty())
        return State::None;
    for (const auto &[text, value] : states) {
        if (name == QLatin1String(text))
            return value;
    }
    return State::Unknown;
}

RunStatus::TerminationType RunStatus::terminationTypeFromName(QStringView name)
{
    if (name.isEmpty())
        return TerminationType::None;
    for (const auto &[text, value] : terminationTypes) {
        if (name == QLatin1String(text))
            return value;
    }
    return TerminationType::Unknown;
}

} // namespace brickdesk
