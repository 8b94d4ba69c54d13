#include "clustersapi.h"

#include "clustereventgenerator.h"
#include "eventtypes.h"
#include "pagetoken.h"
#include "requestparams.h"
#include "seedcatalog.h"
#include "workspacestate.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace brickdesk::emulator {

namespace {

EmulatorResponse clusterNotFound(const QString &id)
{
    return EmulatorResponse::invalidParameter(QStringLiteral("Cluster %1 does not exist").arg(id));
}

int stateRank(ClusterState s)
{
    switch (s) {
    case ClusterState::Running:
    case ClusterState::Resizing:
        return 0;
    case ClusterState::Pending:
    case ClusterState::Restarting:
        return 1;
    case ClusterState::Terminating:
        return 2;
    default:
        return 3;
    }
}

} // namespace

ClustersApi::ClustersApi(WorkspaceState &state)
    : m_state(state)
{ }

EmulatorResponse ClustersApi::handle(
    const EmulatorRequest &request, const QString &version, const QString &endpoint)
{
    const bool v21 = version == QLatin1String("2.1");
    if (request.method == "GET") {
        if (endpoint == QLatin1String("list"))
            return list(request, v21);
        if (endpoint == QLatin1String("get"))
            return get(request);
        if (endpoint == QLatin1String("list-node-types"))
            return EmulatorResponse::json(
                {{QStringLiteral("node_types"), seedcatalog::nodeTypesJson(m_state.options().cloud)}});
        if (endpoint == QLatin1String("spark-versions"))
            return EmulatorResponse::json({{QStringLiteral("versions"), seedcatalog::sparkVersionsJson()}});
    } else if (request.method == "POST") {
        if (endpoint == QLatin1String("events"))
            return events(request);
        if (endpoint == QLatin1String("start"))
            return start(request);
        if (endpoint == QLatin1String("delete"))
            return terminate(request);
        if (endpoint == QLatin1String("resize"))
            return resize(request);
        if (endpoint == QLatin1String("pin"))
            return pin(request, true);
        if (endpoint == QLatin1String("unpin"))
            return pin(request, false);
    }
    return EmulatorResponse::error(404, QStringLiteral("ENDPOINT_NOT_FOUND"),
        QStringLiteral("No API found for '%1 /clusters/%2'")
            .arg(QString::fromLatin1(request.method), endpoint));
}

EmulatorResponse ClustersApi::list(const EmulatorRequest &request, bool v21)
{
    RequestParams p(request);
    const QStringList states = p.strings(QStringLiteral("filter_by.cluster_states"));
    const QStringList sources = p.strings(QStringLiteral("filter_by.cluster_sources"));
    const auto pinned = p.boolean(QStringLiteral("filter_by.is_pinned"));
    const QString policy = p.string(QStringLiteral("filter_by.policy_id")).value_or(QString());
    qint64 pageSize = p.integer(QStringLiteral("page_size")).value_or(0);
    const QString sortField = p.string(QStringLiteral("sort_by.field")).value_or(QString());
    const QString sortDirection
        = p.string(QStringLiteral("sort_by.direction")).value_or(QStringLiteral("ASC"));
    if (p.failed())
        return p.error();
    if (pageSize < 0)
        return EmulatorResponse::invalidParameter(QStringLiteral("page_size must be non-negative."));
    pageSize = pageSize == 0 || pageSize > 100 ? 100 : pageSize;
    std::vector<ClusterRecord *> matches;
    const qint64 cutoff = m_state.now() - 30LL * 24 * 3600 * 1000;
    for (ClusterRecord &c : m_state.clusters()) {
        m_state.advanceCluster(c);
        if (c.state == ClusterState::Terminated && c.terminatedTime < cutoff && !c.pinned)
            continue;
        if (!states.isEmpty() && !states.contains(WorkspaceState::stateName(c.state)))
            continue;
        if (!sources.isEmpty() && !sources.contains(c.source))
            continue;
        if (pinned && *pinned != c.pinned)
            continue;
        if (!policy.isEmpty() && c.spec.value(QLatin1String("policy_id")).toString() != policy)
            continue;
        matches.push_back(&c);
    }
    const bool byName = sortField == QLatin1String("CLUSTER_NAME");
    const bool descending = sortDirection == QLatin1String("DESC");
    std::stable_sort(matches.begin(), matches.end(), [&](const ClusterRecord *a, const ClusterRecord *b) {
        const QString an = a->spec.value(QLatin1String("cluster_name")).toString();
        const QString bn = b->spec.value(QLatin1String("cluster_name")).toString();
        if (byName)
            return descending ? bn.compare(an, Qt::CaseInsensitive) < 0
                              : an.compare(bn, Qt::CaseInsensitive) < 0;
        if (stateRank(a->state) != stateRank(b->state))
            return stateRank(a->state) < stateRank(b->state);
        if (a->pinned != b->pinned)
            return a->pinned;
        return an.compare(bn, Qt::CaseInsensitive) < 0;
    });
    QJsonObject out;
    QJsonArray clusters;
    if (!v21 && !request.hasQueryItem(QStringLiteral("page_size"))) {
        // Legacy 2.0: everything at once.
        for (ClusterRecord *c : matches)
            clusters.append(m_state.clusterJson(*c, false));
        if (!clusters.isEmpty())
            out.insert(QStringLiteral("clusters"), clusters);
        return EmulatorResponse::json(out);
    }
    const QString filterKey = QStringLiteral("clusters|%1|%2|%3|%4|%5|%6")
                                  .arg(states.join(QLatin1Char(',')), sources.join(QLatin1Char(',')))
                                  .arg(pinned ? int(*pinned) : -1)
                                  .arg(policy, sortField, sortDirection);
    qint64 offset = 0;
    const QString token = request.queryValue(QStringLiteral("page_token"));
    if (!token.isEmpty()) {
        const auto decoded = pagetoken::decode(token, filterKey);
        if (!decoded)
            return EmulatorResponse::invalidParameter(QStringLiteral("Invalid page token."));
        offset = *decoded;
    }
    const qint64 end = std::min<qint64>(qint64(matches.size()), offset + pageSize);
    for (qint64 i = offset; i < end; ++i)
        clusters.append(m_state.clusterJson(*matches[size_t(i)], false));
    if (!clusters.isEmpty())
        out.insert(QStringLiteral("clusters"), clusters);
    if (end < qint64(matches.size()))
        out.insert(QStringLiteral("next_page_token"), pagetoken::encode(end, filterKey));
    if (offset > 0)
        out.insert(QStringLiteral("prev_page_token"),
            pagetoken::encode(std::max<qint64>(0, offset - pageSize), filterKey));
    return EmulatorResponse::json(out);
}

EmulatorResponse ClustersApi::get(const EmulatorRequest &request)
{
    RequestParams p(request);
    const auto id = p.string(QStringLiteral("cluster_id"));
    if (p.failed())
        return p.error();
    if (!id || id->isEmpty())
        return EmulatorResponse::invalidParameter(QStringLiteral("Missing required field: cluster_id"));
    ClusterRecord *c = m_state.findCluster(*id);
    if (!c)
        return clusterNotFound(*id);
    return EmulatorResponse::json(m_state.clusterJson(*c, true));
}

EmulatorResponse ClustersApi::events(const EmulatorRequest &request)
{
    RequestParams p(request);
    const auto id = p.string(QStringLiteral("cluster_id"));
    const qint64 startTime = p.integer(QStringLiteral("start_time")).value_or(0);
    const auto endParam = p.integer(QStringLiteral("end_time"));
    const QString order = p.string(QStringLiteral("order")).value_or(QStringLiteral("DESC"));
    const QStringList types = p.strings(QStringLiteral("event_types"));
    const qint64 offsetParam = p.integer(QStringLiteral("offset")).value_or(0);
    const auto limitParam = p.integer(QStringLiteral("limit"));
    const auto pageSizeParam = p.integer(QStringLiteral("page_size"));
    const QString pageToken = p.string(QStringLiteral("page_token")).value_or(QString());
    if (p.failed())
        return p.error();
    if (!id || id->isEmpty())
        return EmulatorResponse::invalidParameter(QStringLiteral("Missing required field: cluster_id"));
    if (order != QLatin1String("ASC") && order != QLatin1String("DESC"))
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Invalid order '%1': must be ASC or DESC.").arg(order));
    if (limitParam && (*limitParam < 1 || *limitParam > 500))
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Invalid limit %1: must be between 1 and 500.").arg(*limitParam));
    if (offsetParam < 0)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Invalid offset %1: must be non-negative.").arg(offsetParam));
    QSet<int> typeSet;
    for (const QString &t : types) {
        const int type = eventtypes::fromName(t);
        if (type < 0)
            return EmulatorResponse::invalidParameter(QStringLiteral("Invalid event type '%1'.").arg(t));
        typeSet.insert(type);
    }
    ClusterRecord *c = m_state.findCluster(*id);
    if (!c)
        return clusterNotFound(*id);
    // Token paging (page_size / page_token) or the legacy offset/limit with next_page.
    const bool tokenMode = pageSizeParam.has_value() || !pageToken.isEmpty();
    qint64 pageSize = 50;
    if (tokenMode) {
        pageSize = std::clamp<qint64>(pageSizeParam.value_or(0), 0, 500); // coerced, like the service
        if (pageSize == 0)
            pageSize = limitParam.value_or(50);
    } else if (limitParam) {
        pageSize = *limitParam;
    }
    // Without an end_time the page token pins "now" of the first page, so paging is stable
    // while new events arrive.
    const QString filterKey = QStringLiteral("events|%1|%2|%3|%4|%5")
                                  .arg(*id)
                                  .arg(startTime)
                                  .arg(endParam.value_or(-1))
                                  .arg(order, types.join(QLatin1Char(',')));
    qint64 endTime = endParam.value_or(m_state.now());
    qint64 offset = offsetParam;
    if (!pageToken.isEmpty()) {
        qint64 pinnedEnd = 0;
        const auto decoded = pagetoken::decode(pageToken, filterKey, &pinnedEnd);
        if (!decoded)
            return EmulatorResponse::invalidParameter(QStringLiteral("Invalid page token."));
        offset = *decoded;
        endTime = pinnedEnd;
    }
    const std::vector<EventRecord> &all = m_state.visibleEvents(*c);
    auto first = std::lower_bound(
        all.begin(), all.end(), startTime, [](const EventRecord &e, qint64 t) { return e.timestamp < t; });
    auto last = std::upper_bound(
        all.begin(), all.end(), endTime, [](qint64 t, const EventRecord &e) { return t < e.timestamp; });
    if (last < first)
        last = first;
    std::vector<const EventRecord *> selected;
    qint64 total = 0;
    if (typeSet.isEmpty()) {
        total = last - first;
    } else {
        selected.reserve(size_t(last - first) / 4);
        for (auto it = first; it != last; ++it) {
            if (typeSet.contains(it->type))
                selected.push_back(&*it);
        }
        total = qint64(selected.size());
    }
    auto at = [&](qint64 i) -> const EventRecord & {
        const qint64 index = order == QLatin1String("ASC") ? i : total - 1 - i;
        return typeSet.isEmpty() ? *(first + index) : *selected[size_t(index)];
    };
    QJsonArray events;
    const qint64 end = std::min(total, offset + pageSize);
    for (qint64 i = offset; i < end; ++i)
        events.append(ClusterEventGenerator::toJson(*c, at(i)));
    QJsonObject out {{QStringLiteral("events"), events}};
    const bool more = end < total;
    if (tokenMode) {
        if (more)
            out.insert(QStringLiteral("next_page_token"), pagetoken::encode(end, filterKey, endTime));
        if (offset > 0)
            out.insert(QStringLiteral("prev_page_token"),
                pagetoken::encode(std::max<qint64>(0, offset - pageSize), filterKey, endTime));
        out.insert(QStringLiteral("total_count"), 0);
    } else {
        out.insert(QStringLiteral("total_count"), total);
        if (more) {
            QJsonObject next = p.body();
            next.insert(QStringLiteral("cluster_id"), *id);
            next.insert(QStringLiteral("end_time"), endTime);
            next.insert(QStringLiteral("order"), order);
            next.insert(QStringLiteral("offset"), end);
            next.insert(QStringLiteral("limit"), pageSize);
            out.insert(QStringLiteral("next_page"), next);
            out.insert(QStringLiteral("next_page_token"), pagetoken::encode(end, filterKey, endTime));
        }
    }
    return EmulatorResponse::json(out);
}

EmulatorResponse ClustersApi::start(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString id = p.string(QStringLiteral("cluster_id")).value_or(QString());
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return id.isEmpty()
            ? EmulatorResponse::invalidParameter(QStringLiteral("Missing required field: cluster_id"))
            : clusterNotFound(id);
    if (c->state != ClusterState::Terminated)
        return EmulatorResponse::error(400, QStringLiteral("INVALID_STATE"),
            QStringLiteral("Cluster %1 is in unexpected state %2.")
                .arg(id, WorkspaceState::stateName(c->state)));
    m_state.startCluster(*c);
    return EmulatorResponse::json({});
}

EmulatorResponse ClustersApi::terminate(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString id = p.string(QStringLiteral("cluster_id")).value_or(QString());
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return id.isEmpty()
            ? EmulatorResponse::invalidParameter(QStringLiteral("Missing required field: cluster_id"))
            : clusterNotFound(id);
    if (c->state != ClusterState::Terminated && c->state != ClusterState::Terminating)
        m_state.terminateCluster(*c);
    return EmulatorResponse::json({});
}

EmulatorResponse ClustersApi::resize(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString id = p.string(QStringLiteral("cluster_id")).value_or(QString());
    const auto numWorkers = p.integer(QStringLiteral("num_workers"));
    const auto autoscale = p.object(QStringLiteral("autoscale"));
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return id.isEmpty()
            ? EmulatorResponse::invalidParameter(QStringLiteral("Missing required field: cluster_id"))
            : clusterNotFound(id);
    if (!numWorkers && !autoscale)
        return EmulatorResponse::invalidParameter(
            QStringLiteral("Either num_workers or autoscale must be specified."));
    if (numWorkers && (*numWorkers < 0 || *numWorkers > 1000))
        return EmulatorResponse::invalidParameter(QStringLiteral("num_workers must be between 0 and 1000."));
    int minW = 0;
    int maxW = 0;
    if (autoscale) {
        minW = autoscale->value(QLatin1String("min_workers")).toInt(-1);
        maxW = autoscale->value(QLatin1String("max_workers")).toInt(-1);
        if (minW < 0 || maxW < minW)
            return EmulatorResponse::invalidParameter(
                QStringLiteral("autoscale needs 0 <= min_workers <= max_workers."));
    }
    if (c->state != ClusterState::Running && c->state != ClusterState::Resizing)
        return EmulatorResponse::error(400, QStringLiteral("INVALID_STATE"),
            QStringLiteral("Cluster %1 is in unexpected state %2.")
                .arg(id, WorkspaceState::stateName(c->state)));
    m_state.resizeCluster(*c, numWorkers ? int(*numWorkers) : -1, minW, maxW);
    return EmulatorResponse::json({});
}

EmulatorResponse ClustersApi::pin(const EmulatorRequest &request, bool pinned)
{
    RequestParams p(request);
    const QString id = p.string(QStringLiteral("cluster_id")).value_or(QString());
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return clusterNotFound(id);
    c->pinned = pinned;
    return EmulatorResponse::json({});
}

} // namespace brickdesk::emulator
