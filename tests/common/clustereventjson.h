#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk::test {

// Hand-made cluster events as the API sends them, on a minute grid from a fixed instant.
inline constexpr qint64 kEventsT0 = 1'780'000'000'000;
inline constexpr qint64 kMinuteMs = 60'000;

inline QJsonObject clusterEventJson(qint64 minute, const QString &type, const QJsonObject &details = {})
{
    using namespace Qt::Literals::StringLiterals;
    return QJsonObject {{u"cluster_id"_s, u"c-1"_s}, {u"timestamp"_s, kEventsT0 + minute * kMinuteMs},
        {u"type"_s, type}, {u"details"_s, details}};
}

// Event details with worker counts and, where not negative, vCPU counts.
inline QJsonObject clusterCountsJson(
    int currentWorkers, int targetWorkers, int currentVcpus = -1, int targetVcpus = -1)
{
    using namespace Qt::Literals::StringLiterals;
    QJsonObject details {
        {u"current_num_workers"_s, currentWorkers}, {u"target_num_workers"_s, targetWorkers}};
    if (currentVcpus >= 0)
        details.insert(u"current_num_vcpus"_s, currentVcpus);
    if (targetVcpus >= 0)
        details.insert(u"target_num_vcpus"_s, targetVcpus);
    return details;
}

} // namespace brickdesk::test
