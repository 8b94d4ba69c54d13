#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// Parameters of the Clusters API calls (guide §2). Fields left at defaults are not sent.

// GET /api/2.1/clusters/list
struct ClustersListParams
{
    int pageSize = 100;
    QStringList states; // filter_by.cluster_states
    QStringList sources; // filter_by.cluster_sources
    std::optional<bool> isPinned;
    QString policyId;
    QString sortField; // CLUSTER_NAME / DEFAULT
    QString sortDirection; // ASC / DESC
    QString pageToken;

    QUrlQuery toQuery() const;
};

// POST /api/2.1/clusters/events. Paged with the deprecated `next_page` body as the SDKs do
// (guide §2.3).
struct ClusterEventsParams
{
    QString clusterId;
    std::optional<qint64> startTime; // epoch ms
    std::optional<qint64> endTime; // epoch ms
    QString order = u"ASC"_s;
    QStringList eventTypes;
    int limit = 500; // page size, max 500

    QJsonObject toJson() const;
};

} // namespace brickdesk
