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

// POST /api/2.1/clusters/events, paged by token: `page_size` and the `page_token` a previous
// answer handed out as `next_page_token`. `limit`, `offset`, `next_page` and `total_count`
// were deprecated on July 30, 2026 ("Cluster events API pagination changes"); this client
// never sends them (a legacy server's `next_page` is only re-posted as handed out).
struct ClusterEventsParams
{
    static constexpr int MaxPageSize = 500;

    QString clusterId;
    std::optional<qint64> startTime; // epoch ms
    std::optional<qint64> endTime; // epoch ms
    QString order = u"ASC"_s;
    QStringList eventTypes;
    int pageSize = MaxPageSize; // 1..500; <= 0: the server's default
    QString pageToken; // opaque, as handed out

    QJsonObject toJson() const;
};

} // namespace brickdesk
