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

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

EmulatorResponse clusterNotFound(const QString &id)
{
    return EmulatorResponse::invalidParameter(u"Cluster %1 does not exist"_s.arg(id));
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
    const bool v21 = version == u"2.1"_s;
    if (request.method == "GET") {
        if (endpoint == u"list"_s)
            return list(request, v21);
        if (endpoint == u"get"_s)
            return get(request);
        if (endpoint == u"list-node-types"_s)
            return EmulatorResponse::json(
                {{u"node_types"_s, seedcatalog::nodeTypesJson(m_state.options().cloud)}});
        if (endpoint == u"spark-versions"_s)
            return EmulatorResponse::json({{u"versions"_s, seedcatalog::sparkVersionsJson()}});
    } else if (request.method == "POST") {
        if (endpoint == u"events"_s)
            return events(request);
        if (endpoint == u"start"_s)
            return start(request);
        if (endpoint == u"delete"_s)
            return terminate(request);
        if (endpoint == u"resize"_s)
            return resize(request);
        if (endpoint == u"pin"_s)
            return pin(request, true);
        if (endpoint == u"unpin"_s)
            return pin(request, false);
    }
    return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
        u"No API found for '%1 /clusters/%2'"_s.arg(QString::fromLatin1(request.method), endpoint));
}

EmulatorResponse ClustersApi::list(const EmulatorRequest &request, bool v21)
{
    RequestParams p(request);
    const QStringList states = p.strings(u"filter_by.cluster_states"_s);
    const QStringList sources = p.strings(u"filter_by.cluster_sources"_s);
    const auto pinned = p.boolean(u"filter_by.is_pinned"_s);
    const QString policy = p.string(u"filter_by.policy_id"_s).value_or(QString());
    qint64 pageSize = p.integer(u"page_size"_s).value_or(0);
    const QString sortField = p.string(u"sort_by.field"_s).value_or(QString());
    const QString sortDirection = p.string(u"sort_by.direction"_s).value_or(u"ASC"_s);
    if (p.failed())
        return p.error();
    if (pageSize < 0)
        return EmulatorResponse::invalidParameter(u"page_size must be non-negative."_s);
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
        if (!policy.isEmpty() && c.spec.value(u"policy_id"_s).toString() != policy)
            continue;
        matches.push_back(&c);
    }
    const bool byName = sortField == u"CLUSTER_NAME"_s;
    const bool descending = sortDirection == u"DESC"_s;
    std::stable_sort(matches.begin(), matches.end(), [&](const ClusterRecord *a, const ClusterRecord *b) {
        const QString an = a->spec.value(u"cluster_name"_s).toString();
        const QString bn = b->spec.value(u"cluster_name"_s).toString();
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
    if (!v21 && !request.hasQueryItem(u"page_size"_s)) {
        // Legacy 2.0: everything at once.
        for (ClusterRecord *c : matches)
            clusters.append(m_state.clusterJson(*c, false));
        if (!clusters.isEmpty())
            out.insert(u"clusters"_s, clusters);
        return EmulatorResponse::json(out);
    }
    const QString filterKey = u"clusters|%1|%2|%3|%4|%5|%6"_s.arg(states.join(u','), sources.join(u','))
                                  .arg(pinned ? int(*pinned) : -1)
                                  .arg(policy, sortField, sortDirection);
    qint64 offset = 0;
    const QString token = request.queryValue(u"page_token"_s);
    if (!token.isEmpty()) {
        const auto decoded = pagetoken::decode(token, filterKey);
        if (!decoded)
            return EmulatorResponse::invalidParameter(u"Invalid page token."_s);
        offset = *decoded;
    }
    const qint64 end = std::min<qint64>(qint64(matches.size()), offset + pageSize);
    for (qint64 i = offset; i < end; ++i)
        clusters.append(m_state.clusterJson(*matches[size_t(i)], false));
    if (!clusters.isEmpty())
        out.insert(u"clusters"_s, clusters);
    if (end < qint64(matches.size()))
        out.insert(u"next_page_token"_s, pagetoken::encode(end, filterKey));
    if (offset > 0)
        out.insert(
            u"prev_page_token"_s, pagetoken::encode(std::max<qint64>(0, offset - pageSize), filterKey));
    return EmulatorResponse::json(out);
}

EmulatorResponse ClustersApi::get(const EmulatorRequest &request)
{
    RequestParams p(request);
    const auto id = p.string(u"cluster_id"_s);
    if (p.failed())
        return p.error();
    if (!id || id->isEmpty())
        return EmulatorResponse::invalidParameter(u"Missing required field: cluster_id"_s);
    ClusterRecord *c = m_state.findCluster(*id);
    if (!c)
        return clusterNotFound(*id);
    return EmulatorResponse::json(m_state.clusterJson(*c, true));
}

EmulatorResponse ClustersApi::events(const EmulatorRequest &request)
{
    RequestParams p(request);
    const auto id = p.string(u"cluster_id"_s);
    qint64 startTime = p.integer(u"start_time"_s).value_or(0);
    const auto endParam = p.integer(u"end_time"_s);
    const QString order = p.string(u"order"_s).value_or(u"DESC"_s);
    const QStringList types = p.strings(u"event_types"_s);
    const qint64 offsetParam = p.integer(u"offset"_s).value_or(0);
    const auto limitParam = p.integer(u"limit"_s);
    const auto pageSizeParam = p.integer(u"page_size"_s);
    const QString pageToken = p.string(u"page_token"_s).value_or(QString());
    if (p.failed())
        return p.error();
    if (!id || id->isEmpty())
        return EmulatorResponse::invalidParameter(u"Missing required field: cluster_id"_s);
    if (order != u"ASC"_s && order != u"DESC"_s)
        return EmulatorResponse::invalidParameter(u"Invalid order '%1': must be ASC or DESC."_s.arg(order));
    // Today's service ignores the deprecated limit and offset altogether.
    const bool legacyFields = m_state.options().eventsPaging != EventsPaging::Token;
    if (legacyFields && limitParam && (*limitParam < 1 || *limitParam > 500))
        return EmulatorResponse::invalidParameter(
            u"Invalid limit %1: must be between 1 and 500."_s.arg(*limitParam));
    if (legacyFields && offsetParam < 0)
        return EmulatorResponse::invalidParameter(
            u"Invalid offset %1: must be non-negative."_s.arg(offsetParam));
    QSet<int> typeSet;
    for (const QString &t : types) {
        const int type = eventtypes::fromName(t);
        if (type < 0)
            return EmulatorResponse::invalidParameter(u"Invalid event type '%1'."_s.arg(t));
        typeSet.insert(type);
    }
    ClusterRecord *c = m_state.findCluster(*id);
    if (!c)
        return clusterNotFound(*id);
    // Which scheme this answer uses: today's service pages by token only (and ignores limit
    // and offset); a legacy one knows only limit/offset and next_page.
    const EventsPaging paging = m_state.options().eventsPaging;
    const bool tokenMode = paging == EventsPaging::Token
        || (paging == EventsPaging::Both && (pageSizeParam.has_value() || !pageToken.isEmpty()));
    if (tokenMode && pageSizeParam && *pageSizeParam < 0)
        return EmulatorResponse::invalidParameter(
            u"Invalid page_size %1: must be non-negative."_s.arg(*pageSizeParam));
    qint64 pageSize = 50;
    if (tokenMode) {
        const qint64 asked = pageSizeParam.value_or(0);
        if (asked > 0)
            pageSize = std::min<qint64>(asked, 500); // coerced, like the service
        else if (paging == EventsPaging::Both && limitParam)
            pageSize = *limitParam;
    } else if (limitParam) {
        pageSize = *limitParam;
    }
    // Without an end_time the page token pins "now" of the first page, so paging is stable
    // while new events arrive.
    const QString filterKey = u"events|%1|%2|%3|%4|%5"_s.arg(*id)
                                  .arg(startTime)
                                  .arg(endParam.value_or(-1))
                                  .arg(order, types.join(u','));
    qint64 endTime = endParam.value_or(m_state.now());
    qint64 offset = tokenMode && paging == EventsPaging::Token ? 0 : offsetParam;
    if (tokenMode && !pageToken.isEmpty()) {
        qint64 pinnedEnd = 0;
        const auto decoded = pagetoken::decode(pageToken, filterKey, &pinnedEnd);
        if (!decoded)
            return EmulatorResponse::invalidParameter(u"Invalid page token."_s);
        offset = *decoded;
        endTime = pinnedEnd;
    }
    // Events past retention are gone, whatever the window asks for. Measured from the "now"
    // the page token pinned, so that every page of one listing agrees.
    if (const qint64 keptFrom = m_state.eventsKeptFrom(); keptFrom > 0)
        startTime = std::max(startTime, endParam ? keptFrom : keptFrom - (m_state.now() - endTime));
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
        const qint64 index = order == u"ASC"_s ? i : total - 1 - i;
        return typeSet.isEmpty() ? *(first + index) : *selected[size_t(index)];
    };
    QJsonArray events;
    const qint64 end = std::min(total, offset + pageSize);
    for (qint64 i = offset; i < end; ++i)
        events.append(ClusterEventGenerator::toJson(*c, at(i)));
    QJsonObject out {{u"events"_s, events}};
    const bool more = end < total;
    if (tokenMode) {
        if (more)
            out.insert(u"next_page_token"_s, pagetoken::encode(end, filterKey, endTime));
        if (offset > 0)
            out.insert(u"prev_page_token"_s,
                pagetoken::encode(std::max<qint64>(0, offset - pageSize), filterKey, endTime));
        // The service said total_count 0 for token-paged requests while both schemes lived.
        if (paging == EventsPaging::Both)
            out.insert(u"total_count"_s, 0);
    } else {
        out.insert(u"total_count"_s, total);
        if (more) {
            QJsonObject next = p.body();
            next.insert(u"cluster_id"_s, *id);
            next.insert(u"end_time"_s, endTime);
            next.insert(u"order"_s, order);
            next.insert(u"offset"_s, end);
            next.insert(u"limit"_s, pageSize);
            out.insert(u"next_page"_s, next);
            if (paging == EventsPaging::Both)
                out.insert(u"next_page_token"_s, pagetoken::encode(end, filterKey, endTime));
        }
    }
    return EmulatorResponse::json(out);
}

EmulatorResponse ClustersApi::start(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString id = p.string(u"cluster_id"_s).value_or(QString());
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return id.isEmpty() ? EmulatorResponse::invalidParameter(u"Missing required field: cluster_id"_s)
                            : clusterNotFound(id);
    if (c->state != ClusterState::Terminated)
        return EmulatorResponse::error(400, u"INVALID_STATE"_s,
            u"Cluster %1 is in unexpected state %2."_s.arg(id, WorkspaceState::stateName(c->state)));
    m_state.startCluster(*c);
    return EmulatorResponse::json({});
}

EmulatorResponse ClustersApi::terminate(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString id = p.string(u"cluster_id"_s).value_or(QString());
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return id.isEmpty() ? EmulatorResponse::invalidParameter(u"Missing required field: cluster_id"_s)
                            : clusterNotFound(id);
    if (c->state != ClusterState::Terminated && c->state != ClusterState::Terminating)
        m_state.terminateCluster(*c);
    return EmulatorResponse::json({});
}

EmulatorResponse ClustersApi::resize(const EmulatorRequest &request)
{
    RequestParams p(request);
    const QString id = p.string(u"cluster_id"_s).value_or(QString());
    const auto numWorkers = p.integer(u"num_workers"_s);
    const auto autoscale = p.object(u"autoscale"_s);
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return id.isEmpty() ? EmulatorResponse::invalidParameter(u"Missing required field: cluster_id"_s)
                            : clusterNotFound(id);
    if (!numWorkers && !autoscale)
        return EmulatorResponse::invalidParameter(u"Either num_workers or autoscale must be specified."_s);
    if (numWorkers && (*numWorkers < 0 || *numWorkers > 1000))
        return EmulatorResponse::invalidParameter(u"num_workers must be between 0 and 1000."_s);
    int minW = 0;
    int maxW = 0;
    if (autoscale) {
        minW = autoscale->value(u"min_workers"_s).toInt(-1);
        maxW = autoscale->value(u"max_workers"_s).toInt(-1);
        if (minW < 0 || maxW < minW)
            return EmulatorResponse::invalidParameter(u"autoscale needs 0 <= min_workers <= max_workers."_s);
    }
    if (c->state != ClusterState::Running && c->state != ClusterState::Resizing)
        return EmulatorResponse::error(400, u"INVALID_STATE"_s,
            u"Cluster %1 is in unexpected state %2."_s.arg(id, WorkspaceState::stateName(c->state)));
    m_state.resizeCluster(*c, numWorkers ? int(*numWorkers) : -1, minW, maxW);
    return EmulatorResponse::json({});
}

EmulatorResponse ClustersApi::pin(const EmulatorRequest &request, bool pinned)
{
    RequestParams p(request);
    const QString id = p.string(u"cluster_id"_s).value_or(QString());
    if (p.failed())
        return p.error();
    ClusterRecord *c = m_state.findCluster(id);
    if (!c)
        return clusterNotFound(id);
    c->pinned = pinned;
    return EmulatorResponse::json({});
}

} // namespace brickdesk::emulator
