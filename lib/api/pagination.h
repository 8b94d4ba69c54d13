#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/clustersparams.h"
#include "api/jobsparams.h"
#include "api/pagetokenguard.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace brickdesk {

class ApiReply;
class Connection;

// Follows a list endpoint's pages to the end by `next_page_token` -> `page_token` (jobs/list,
// runs/list, clusters/list, clusters/events). Tokens are opaque: passed back as handed out,
// never parsed or built. clusters/events alone falls back to re-posting the deprecated
// `next_page` body, and only when a page carries no token at all (a server from before the
// token scheme).
//
// Emits page() for each page in order, then progress(); the request for the next page is
// sent BEFORE page() is emitted, so the consumer's work overlaps the next round trip.
// Ends with exactly one of finished() or failed():
//   - finished(): the last page arrived (isComplete()), or stop() was called, or maxItems
//     was reached (isComplete() false in both cases);
//   - failed(error): a call failed after the client's retries; a server that hands out a
//     page token (or next_page) it handed out before, or empty page after empty page with
//     fresh tokens, fails with Kind::BadResponse instead of looping forever (PageTokenGuard;
//     the pages before are delivered); cancel() fails with Kind::Cancelled.
// stop() and cancel() abort the request in flight, send nothing more and emit their one
// terminal signal synchronously; after it nothing else is emitted.
class PageFetcher final : public QObject
{
    Q_OBJECT
public:
    enum class Style {
        PageToken, // page_token in the query (GET) or body (POST); next_page_token in the answer
        // PageToken; a page without any token but with a `next_page` object has that object
        // re-posted as the next request body (clusters/events on a legacy server).
        PageTokenOrNextPage,
    };

    // `itemsKey` names the array counted for progress ("jobs", "runs", "clusters", "events").
    PageFetcher(Connection *connection, const ApiRequest &firstPage, const QString &itemsKey, Style style,
        QObject *parent = nullptr);
    ~PageFetcher() override;

    static PageFetcher *jobs(Connection *connection, const JobsListParams &params, QObject *parent = nullptr);
    static PageFetcher *runs(Connection *connection, const RunsListParams &params, QObject *parent = nullptr);
    static PageFetcher *clusters(
        Connection *connection, const ClustersListParams &params, QObject *parent = nullptr);
    static PageFetcher *clusterEvents(
        Connection *connection, const ClusterEventsParams &params, QObject *parent = nullptr);

    // Stop (finished(), not complete) once at least this many items arrived; <= 0: no limit.
    void setMaxItems(qint64 maxItems);
    // Keep each page's bytes as received, for pageBody() (before start()).
    void setKeepPageBodies(bool keep) { m_first.keepBody = keep; }
    // While page() is emitted: the bytes the page was parsed from, if kept; else empty.
    QByteArray pageBody() const { return m_pageBody; }

    void start();
    void stop();
    void cancel();
    // Holds back the next page's request until resume(), for a consumer that fell behind; a
    // request already sent still arrives and is delivered. The fetch goes on after resume().
    void pause() { m_paused = true; }
    void resume();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isComplete() const { return m_complete; }
    qint64 itemCount() const { return m_items; }
    int pageCount() const { return m_pages; }
    int requestsSent() const { return m_requests; }
    // Pages that were followed by re-posting a legacy `next_page` body (no token was sent).
    int legacyPagesFollowed() const { return m_legacyPages; }
    QString itemsKey() const { return m_itemsKey; }

signals:
    void page(const QJsonObject &page);
    // Items so far; `total` is -1 (list endpoints no longer say how many there are, and
    // clusters/events' deprecated total_count is never read).
    void progress(qint64 itemsSoFar, qint64 total);
    // A page request hit a transient error and will be retried (see ApiReply::retrying).
    void retrying(const brickdesk::ApiError &error);
    void finished();
    void failed(const brickdesk::ApiError &error);

private:
    void sendNext(const ApiRequest &request);
    void onReply(ApiReply *reply);
    void end(bool complete, const ApiError &error = {});

    Connection *m_connection;
    ApiRequest m_first;
    QString m_itemsKey;
    Style m_style;
    QPointer<ApiReply> m_reply;
    std::optional<ApiRequest> m_held; // the next page's request, while paused
    QByteArray m_pageBody;
    PageTokenGuard m_guard;
    qint64 m_maxItems = 0;
    qint64 m_items = 0;
    int m_pages = 0;
    int m_requests = 0;
    int m_legacyPages = 0;
    bool m_running = false;
    bool m_complete = false;
    bool m_paused = false;
};

} // namespace brickdesk
