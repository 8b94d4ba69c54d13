#include "api/pagination.h"

#include "api/apilogging.h"
#include "api/apireply.h"
#include "api/clustersapi.h"
#include "api/connection.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

PageFetcher::PageFetcher(Connection *connection, const ApiRequest &firstPage, const QString &itemsKey,
    Style style, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_first(firstPage)
    , m_itemsKey(itemsKey)
    , m_style(style)
{ }

PageFetcher::~PageFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

PageFetcher *PageFetcher::jobs(Connection *connection, const JobsListParams &params, QObject *parent)
{
    return new PageFetcher(connection, ApiRequest::get(connection->jobs().path(u"list"), params.toQuery()),
        u"jobs"_s, Style::PageToken, parent);
}

PageFetcher *PageFetcher::runs(Connection *connection, const RunsListParams &params, QObject *parent)
{
    return new PageFetcher(connection,
        ApiRequest::get(connection->jobs().path(u"runs/list"), params.toQuery()), u"runs"_s, Style::PageToken,
        parent);
}

PageFetcher *PageFetcher::clusters(Connection *connection, const ClustersListParams &params, QObject *parent)
{
    return new PageFetcher(connection, ApiRequest::get(ClustersApi::path(u"list"), params.toQuery()),
        u"clusters"_s, Style::PageToken, parent);
}

PageFetcher *PageFetcher::clusterEvents(
    Connection *connection, const ClusterEventsParams &params, QObject *parent)
{
    return new PageFetcher(
        connection, ClustersApi::eventsRequest(params), u"events"_s, Style::PageTokenOrNextPage, parent);
}

void PageFetcher::setMaxItems(qint64 maxItems)
{
    m_maxItems = maxItems;
}

void PageFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_complete = false;
    m_items = 0;
    m_pages = 0;
    m_legacyPages = 0;
    m_guard.reset();
    m_held.reset();
    if (m_paused)
        m_held = m_first;
    else
        sendNext(m_first);
}

void PageFetcher::stop()
{
    if (m_running)
        end(false);
}

void PageFetcher::cancel()
{
    if (m_running)
        end(false, ApiError(ApiError::Kind::Cancelled, u"cancelled"_s));
}

void PageFetcher::sendNext(const ApiRequest &request)
{
    ++m_requests;
    ApiReply *reply = m_connection->send(request);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
    connect(
        reply, &ApiReply::retrying, this, [this](int, int, const ApiError &error) { emit retrying(error); });
}

void PageFetcher::onReply(ApiReply *reply)
{
    if (reply != m_reply || !m_running)
        return;
    m_reply = nullptr;
    if (reply->hasError()) {
        end(false, reply->error());
        return;
    }
    const QJsonObject body = reply->json();
    ++m_pages;
    const qsizetype pageItems = body.value(m_itemsKey).toArray().size();
    m_items += pageItems;

    // The next request (if any), decided before the consumer sees this page.
    std::optional<ApiRequest> next;
    QByteArray token;
    ApiRequest request = reply->request(); // keeps a Jobs API fallback to 2.1
    const QJsonValue tokenValue = body.value(u"next_page_token"_s);
    const QString nextToken = tokenValue.toString();
    if (!nextToken.isEmpty()) {
        token = nextToken.toUtf8();
        if (request.isPost()) {
            // The first request's filters stay; a page token replaces only the position.
            request.body = m_first.body;
            request.body.insert(u"page_token"_s, nextToken);
        } else {
            request.query.removeAllQueryItems(u"page_token"_s);
            request.query.addQueryItem(u"page_token"_s, nextToken);
        }
        next = request;
    } else if (m_style == Style::PageTokenOrNextPage && tokenValue.isUndefined()) {
        // No token at all (not even ""): a server that only knows the deprecated scheme.
        const QJsonObject nextPage = body.value(u"next_page"_s).toObject();
        if (!nextPage.isEmpty()) {
            token = QJsonDocument(nextPage).toJson(QJsonDocument::Compact);
            request.body = nextPage;
            next = request;
            ++m_legacyPages;
        }
    }
    if (ApiError error = m_guard.next(next ? token : QByteArray(), pageItems)) {
        error.setRequestDescription(request.description());
        qCWarning(lcApi).noquote() << error.toString();
        // The page itself is good: deliver it, then fail.
        const QPointer<PageFetcher> guard(this);
        m_pageBody = reply->body();
        emit page(body);
        if (guard)
            m_pageBody.clear();
        if (guard && m_running)
            end(false, error);
        return;
    }
    const bool reachedMax = m_maxItems > 0 && m_items >= m_maxItems;
    if (next && !reachedMax) {
        if (m_paused)
            m_held = *next;
        else
            sendNext(*next); // overlaps the consumer's work on this page with the next round trip
    }

    const QPointer<PageFetcher> guard(this);
    m_pageBody = reply->body();
    emit page(body);
    if (!guard)
        return;
    m_pageBody.clear();
    if (!m_running)
        return;
    emit progress(m_items, -1);
    if (!guard || !m_running)
        return;
    if (!next || reachedMax)
        end(!next);
}

void PageFetcher::resume()
{
    m_paused = false;
    if (m_running && m_held) {
        const ApiRequest request = std::move(*m_held);
        m_held.reset();
        sendNext(request);
    }
}

void PageFetcher::end(bool complete, const ApiError &error)
{
    m_running = false;
    m_complete = complete;
    m_held.reset();
    if (ApiReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    if (error.isError())
        emit failed(error);
    else
        emit finished();
}

} // namespace brickdesk
