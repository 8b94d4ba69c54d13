#include "api/clustersparams.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QUrlQuery ClustersListParams::toQuery() const
{
    // Nested query objects are flattened with dots, arrays repeated (guide §0).
    QUrlQuery query;
    if (pageSize > 0)
        query.addQueryItem(u"page_size"_s, QString::number(pageSize));
    for (const QString &state : states)
        query.addQueryItem(u"filter_by.cluster_states"_s, state);
    for (const QString &source : sources)
        query.addQueryItem(u"filter_by.cluster_sources"_s, source);
    if (isPinned)
        query.addQueryItem(u"filter_by.is_pinned"_s, *isPinned ? u"true"_s : u"false"_s);
    if (!policyId.isEmpty())
        query.addQueryItem(u"filter_by.policy_id"_s, policyId);
    if (!sortField.isEmpty())
        query.addQueryItem(u"sort_by.field"_s, sortField);
    if (!sortDirection.isEmpty())
        query.addQueryItem(u"sort_by.direction"_s, sortDirection);
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_s, pageToken);
    return query;
}

QJsonObject ClusterEventsParams::toJson() const
{
    QJsonObject body {{u"cluster_id"_s, clusterId}};
    if (startTime)
        body.insert(u"start_time"_s, *startTime);
    if (endTime)
        body.insert(u"end_time"_s, *endTime);
    if (!order.isEmpty())
        body.insert(u"order"_s, order);
    if (!eventTypes.isEmpty())
        body.insert(u"event_types"_s, QJsonArray::fromStringList(eventTypes));
    if (pageSize > 0)
        body.insert(u"page_size"_s, std::min(pageSize, MaxPageSize));
    if (!pageToken.isEmpty())
        body.insert(u"page_token"_s, pageToken);
    return body;
}

} // namespace brickdesk
