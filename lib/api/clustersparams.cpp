#include "api/clustersparams.h"

#include <QJsonArray>

namespace brickdesk {

QUrlQuery ClustersListParams::toQuery() const
{
    // Nested query objects are flattened with dots, arrays repeated (guide §0).
    QUrlQuery query;
    if (pageSize > 0)
        query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    for (const QString &state : states)
        query.addQueryItem(QStringLiteral("filter_by.cluster_states"), state);
    for (const QString &source : sources)
        query.addQueryItem(QStringLiteral("filter_by.cluster_sources"), source);
    if (isPinned)
        query.addQueryItem(QStringLiteral("filter_by.is_pinned"),
            *isPinned ? QStringLiteral("true") : QStringLiteral("false"));
    if (!policyId.isEmpty())
        query.addQueryItem(QStringLiteral("filter_by.policy_id"), policyId);
    if (!sortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort_by.field"), sortField);
    if (!sortDirection.isEmpty())
        query.addQueryItem(QStringLiteral("sort_by.direction"), sortDirection);
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    return query;
}

QJsonObject ClusterEventsParams::toJson() const
{
    QJsonObject body {{QLatin1String("cluster_id"), clusterId}};
    if (startTime)
        body.insert(QLatin1String("start_time"), *startTime);
    if (endTime)
        body.insert(QLatin1String("end_time"), *endTime);
    if (!order.isEmpty())
        body.insert(QLatin1String("order"), order);
    if (!eventTypes.isEmpty())
        body.insert(QLatin1String("event_types"), QJsonArray::fromStringList(eventTypes));
    if (limit > 0)
        body.insert(QLatin1String("limit"), limit);
    return body;
}

} // namespace brickdesk
