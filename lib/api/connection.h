#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/clustersapi.h"
#include "api/jobsapi.h"
#include "api/retrypolicy.h"
#include "api/scimapi.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace brickdesk {

class ApiReply;
class PendingRetries;
class TokenSource;

// One workspace: its host, its token source and one QNetworkAccessManager (HTTP
// keep-alive; HTTP/2 where the server offers it). Sends ApiRequests and returns ApiReplies;
// never blocks. The token is asked from the token source at send time for every attempt, put in
// the Authorization header of that attempt only, and never logged or kept. On a 401 the
// token source is invalidated and the request replayed once with a fresh token.
//
// Refuses (with ApiError::Kind::InsecureHost, without sending anything) plain http:// to any
// host that is not loopback (127.0.0.0/8, ::1, localhost). TLS errors are never ignored.
class Connection final : public QObject
{
    Q_OBJECT
public:
    enum class JobsApiVersion { V2_2, V2_1 };
    Q_ENUM(JobsApiVersion)

    Connection(const QUrl &host, std::shared_ptr<TokenSource> tokens, QObject *parent = nullptr);
    ~Connection() override;

    QUrl host() const;
    TokenSource *tokenSource() const;
    // "brickdesk/0.1.0 qt/6.4.2 os/linux auth/pat" (guide §5).
    QString userAgent() const;

    // Starts the call; the reply completes later, exactly once (see ApiReply).
    ApiReply *send(const ApiRequest &request);

    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;

    JobsApi jobs();
    ClustersApi clusters();
    ScimApi scim();

    // 2.2 by default. With allowFallback, the first 2.2 Jobs call answered by 404 without a
    // resource error code (ENDPOINT_NOT_FOUND, or a bare 404 page) is replayed on 2.1, and
    // every later Jobs call uses 2.1.
    void setJobsApiVersion(JobsApiVersion version, bool allowFallback = true);
    JobsApiVersion jobsApiVersion() const;
    bool jobsApiFallbackAllowed() const;
    QString jobsApiPrefix() const; // "/api/2.2/jobs"

    // Bodies larger than this are parsed on a worker thread (default 256 KiB).
    void setOffThreadParseThreshold(qint64 bytes);
    qint64 offThreadParseThreshold() const;

    // Calls in flight (for an activity indicator).
    int activeRequests() const;
    // The calls of this workspace that wait to be sent again (rate limited, unavailable).
    PendingRetries *pendingRetries() const;

    // Whether requests may go to `host`: https://, or http:// to a loopback host (a loopback
    // address, localhost, or a *.localhost name that resolves to loopback addresses only).
    static bool isAllowedHost(const QUrl &host);
    // "dbc-1.cloud.databricks.com/?o=1" -> "https://dbc-1.cloud.databricks.com" (guide §4.2).
    static QUrl normalizedHost(const QString &text);

    QNetworkAccessManager *networkAccessManager() const;

signals:
    // method + path only ("GET /api/2.2/jobs/list"); never tokens or query strings.
    void requestStarted(const QString &description);
    void requestFinished(const QString &description, int httpStatus, brickdesk::ApiError::Kind kind);
    // One attempt of a request failed in a way the retry policy waits on and tries again (a
    // refused connection, a timeout, 429, 503); requestFinished follows only after the last.
    void attemptFailed(const QString &description, brickdesk::ApiError::Kind kind);
    void activeRequestsChanged(int count);
    void jobsApiVersionChanged(brickdesk::Connection::JobsApiVersion version);

private:
    friend class ApiReplyPrivate;
    void noteJobsApi22Missing();
    void attemptStarted(const QString &description);
    void attemptFinished(const QString &description, int httpStatus, ApiError::Kind kind);
    void attemptFailedTransiently(const QString &description, ApiError::Kind kind);

    QUrl m_host;
    std::shared_ptr<TokenSource> m_tokens;
    QNetworkAccessManager *m_network = nullptr;
    PendingRetries *m_pendingRetries = nullptr;
    RetryPolicy m_retryPolicy;
    JobsApiVersion m_jobsVersion = JobsApiVersion::V2_2;
    bool m_jobsFallback = true;
    qint64 m_parseThreshold = 256 * 1024;
    int m_active = 0;
    QString m_userAgent;
};

} // namespace brickdesk
