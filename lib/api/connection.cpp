#include "api/connection.h"

#include "api/apilogging.h"
#include "api/apireply.h"
#include "api/apireplyprivate.h"
#include "api/pendingretries.h"
#include "api/tokensource.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString osName()
{
#if defined(Q_OS_MACOS)
    return u"darwin"_s;
#elif defined(Q_OS_WIN)
    return u"windows"_s;
#elif defined(Q_OS_LINUX)
    return u"linux"_s;
#else
    return u"unknown"_s;
#endif
}

} // namespace

Connection::Connection(const QUrl &host, std::shared_ptr<TokenSource> tokens, QObject *parent)
    : QObject(parent)
    , m_host(
          host.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo))
    , m_tokens(std::move(tokens))
    , m_network(new QNetworkAccessManager(this))
    , m_pendingRetries(new PendingRetries(this))
{
    // Keep-alive is QNetworkAccessManager's default; HTTP/2 is allowed per request.
    m_network->setAutoDeleteReplies(false);
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_userAgent = u"brickdesk/%1 qt/%2 os/%3 auth/%4"_s.arg(QString::fromUtf8(BRICKDESK_VERSION),
        QString::fromLatin1(qVersion()), osName(), m_tokens ? m_tokens->authType() : u"none"_s);
}

Connection::~Connection()
{
    // Replies still running go away without a signal (ApiReply's contract).
    blockSignals(true);
    m_pendingRetries->blockSignals(true);
    const auto replies = findChildren<ApiReply *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
}

QUrl Connection::host() const
{
    return m_host;
}

TokenSource *Connection::tokenSource() const
{
    return m_tokens.get();
}

QString Connection::userAgent() const
{
    return m_userAgent;
}

ApiReply *Connection::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(this);
    ApiReplyPrivate *d = reply->m_d.get();
    d->connection = this;
    d->request = request;
    d->policy = m_retryPolicy;
    if (request.probe) {
        d->policy.maxAttempts = 1;
        const std::chrono::milliseconds probeTimeout(ApiRequest::kProbeTimeoutMs);
        d->policy.requestTimeout = std::min(d->policy.requestTimeout, probeTimeout);
        d->policy.attemptDeadline = std::min(d->policy.attemptDeadline, probeTimeout);
    }
    d->parseThreshold = m_parseThreshold;
    if (!isAllowedHost(m_host)) {
        ApiError error(ApiError::Kind::InsecureHost,
            u"refusing to send credentials over plain http to %1"_s.arg(m_host.host()));
        error.setRequestDescription(request.description());
        d->finishLater({}, error, 0);
        return reply;
    }
    // Start from the event loop: a provider may answer synchronously, and finished() must
    // never be emitted inside send().
    QMetaObject::invokeMethod(
        reply, [d] { d->start(); }, Qt::QueuedConnection);
    return reply;
}

void Connection::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

RetryPolicy Connection::retryPolicy() const
{
    return m_retryPolicy;
}

JobsApi Connection::jobs()
{
    return JobsApi(this);
}

ClustersApi Connection::clusters()
{
    return ClustersApi(this);
}

ScimApi Connection::scim()
{
    return ScimApi(this);
}

void Connection::setJobsApiVersion(JobsApiVersion version, bool allowFallback)
{
    m_jobsFallback = allowFallback;
    if (m_jobsVersion == version)
        return;
    m_jobsVersion = version;
    emit jobsApiVersionChanged(version);
}

Connection::JobsApiVersion Connection::jobsApiVersion() const
{
    return m_jobsVersion;
}

bool Connection::jobsApiFallbackAllowed() const
{
    return m_jobsFallback;
}

QString Connection::jobsApiPrefix() const
{
    return m_jobsVersion == JobsApiVersion::V2_2 ? u"/api/2.2/jobs"_s : u"/api/2.1/jobs"_s;
}

void Connection::setOffThreadParseThreshold(qint64 bytes)
{
    m_parseThreshold = bytes;
}

qint64 Connection::offThreadParseThreshold() const
{
    return m_parseThreshold;
}

int Connection::activeRequests() const
{
    return m_active;
}

PendingRetries *Connection::pendingRetries() const
{
    return m_pendingRetries;
}

bool Connection::isAllowedHost(const QUrl &host)
{
    if (!host.isValid() || host.host().isEmpty())
        return false;
    const QString scheme = host.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    if (scheme != u"http"_s)
        return false;
    const QString name = host.host().toLower();
    if (name == u"localhost"_s)
        return true;
    if (name.endsWith(u".localhost"_s)) {
        // Resolvers are asked to keep *.localhost on this machine (RFC 6761), but nothing
        // forces them to: trust the name only when every address it has is loopback.
        const QHostInfo info = QHostInfo::fromName(name);
        const auto addresses = info.addresses();
        return info.error() == QHostInfo::NoError && !addresses.isEmpty()
            && std::all_of(addresses.cbegin(), addresses.cend(),
                [](const QHostAddress &address) { return address.isLoopback(); });
    }
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

QUrl Connection::normalizedHost(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(u"://"_s))
        trimmed.prepend(u"https://"_s);
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QUrl host;
    host.setScheme(url.scheme().toLower());
    host.setHost(url.host().toLower());
    const int port = url.port();
    if (port > 0 && !(host.scheme() == u"https"_s && port == 443)
        && !(host.scheme() == u"http"_s && port == 80))
        host.setPort(port);
    return host;
}

QNetworkAccessManager *Connection::networkAccessManager() const
{
    return m_network;
}

void Connection::noteJobsApi22Missing()
{
    if (m_jobsVersion == JobsApiVersion::V2_1)
        return;
    qCDebug(lcApi) << "Jobs API 2.2 not found on this workspace; using 2.1";
    m_jobsVersion = JobsApiVersion::V2_1;
    emit jobsApiVersionChanged(m_jobsVersion);
}

void Connection::attemptStarted(const QString &description)
{
    ++m_active;
    emit requestStarted(description);
    emit activeRequestsChanged(m_active);
}

void Connection::attemptFailedTransiently(const QString &description, ApiError::Kind kind)
{
    emit attemptFailed(description, kind);
}

void Connection::attemptFinished(const QString &description, int httpStatus, ApiError::Kind kind)
{
    m_active = std::max(0, m_active - 1);
    emit requestFinished(description, httpStatus, kind);
    emit activeRequestsChanged(m_active);
}

} // namespace brickdesk
