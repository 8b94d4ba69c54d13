#include "api/apireply.h"

#include "api/apilogging.h"
#include "api/apireplyprivate.h"
#include "api/connection.h"
#include "api/pendingretries.h"
#include "api/tokensource.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Q_LOGGING_CATEGORY(lcApi, "brickdesk.api")

QThreadPool *apiWorkerPool()
{
    // Never destroyed: worker threads must not be joined during static destruction.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setExpiryTimeout(30'000);
        return p;
    }();
    return pool;
}

namespace {

// Query values are literal text: encode everything that is not unreserved, including '+',
// which QUrlQuery leaves alone and servers read as a space (page tokens are base64).
QString encodedQuery(const QUrlQuery &query)
{
    QByteArray out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(out);
}

// The body of a POST that must not be sent twice. QNetworkAccessManager silently resends a
// request when the connection closes before any answer arrives (Qt 6.4 does so for every
// method: QHttpNetworkConnectionChannel::handleUnexpectedEOF), but only if it can rewind the
// upload data. A sequential, unbuffered body cannot be rewound, so the resend fails with
// ContentReSendError instead, and the call is reported rather than maybe run twice.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // (QIODevice's would warn about seeking)
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Qt's network thread posts a failed attempt's error and its end as separate events.
// abort() on a reply whose error is already known, or already posted, fails it a second
// time, which Qt refuses with "QNetworkReplyImplPrivate::error: Internal problem, this method
// must only be called once": calls let go of as the workspace goes offline meet that window.
bool hasFailed(const QNetworkReply *reply)
{
    return reply->error() != QNetworkReply::NoError;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ApiReplyPrivate

ApiReplyPrivate::ApiReplyPrivate(ApiReply *q)
    : q(q)
{ }

ApiReplyPrivate::~ApiReplyPrivate()
{
    ++m_generation;
    dropNetworkReply();
}

void ApiReplyPrivate::start()
{
    m_clock.start();
    if (connection)
        connection->attemptStarted(request.description());
    m_counted = true;
    startAttempt();
}

void ApiReplyPrivate::startAttempt()
{
    if (finished)
        return;
    if (!connection) {
        finish({}, ApiError(ApiError::Kind::Cancelled, u"connection closed"_s), 0);
        return;
    }
    TokenSource *credentials = connection->tokenSource();
    if (!credentials) {
        finish({}, ApiError(ApiError::Kind::Auth, u"no credentials provider"_s), 0);
        return;
    }
    const quint64 generation = ++m_generation;
    credentials->accessToken(q, [this, generation](const QString &token, const ApiError &tokenError) {
        if (generation != m_generation || finished)
            return;
        if (tokenError.isError() || token.isEmpty()) {
            ApiError error = tokenError.isError()
                ? tokenError
                : ApiError(ApiError::Kind::Auth, u"the credentials provider gave no token"_s);
            error.setRequestDescription(request.description());
            finish({}, error, 0);
            return;
        }
        sendWithToken(token);
    });
}

void ApiReplyPrivate::sendWithToken(const QString &token)
{
    if (!connection) {
        finish({}, ApiError(ApiError::Kind::Cancelled, u"connection closed"_s), 0);
        return;
    }
    QUrl url = connection->host();
    url.setPath(request.path);
    if (!request.query.isEmpty())
        url.setQuery(encodedQuery(request.query), QUrl::StrictMode);

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    networkRequest.setRawHeader("User-Agent", connection->userAgent().toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Never follow a redirect to another origin: the Authorization header would go with it.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    ++attempts;
    m_timedOut = false;
    m_deadlineHit = false;
    m_tooLarge = false;
    m_body.clear();
    m_attemptClock.start();
    qCDebug(lcApi).noquote() << "->" << request.description() << "attempt" << attempts;

    QNetworkAccessManager *network = connection->networkAccessManager();
    if (request.isPost()) {
        const QByteArray body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (request.retrySafe) {
            m_net = network->post(networkRequest, body);
        } else {
            networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *device = new OneShotBody(body, nullptr);
            m_net = network->post(networkRequest, device);
            device->setParent(m_net); // must live as long as the reply (QNetworkAccessManager::post)
        }
    } else {
        m_net = network->sendCustomRequest(networkRequest, request.method);
    }

    if (!m_inactivity) {
        m_inactivity = new QTimer(q);
        m_inactivity->setSingleShot(true);
        QObject::connect(m_inactivity, &QTimer::timeout, q, [this] {
            if (!m_net)
                return;
            abortAttempt(&m_timedOut);
        });
    }
    m_inactivity->start(policy.requestTimeout);
    if (!m_deadline) {
        m_deadline = new QTimer(q);
        m_deadline->setObjectName(u"attemptDeadline"_s);
        m_deadline->setSingleShot(true);
        QObject::connect(m_deadline, &QTimer::timeout, q, [this] { abortAttempt(&m_deadlineHit); });
    }
    // Never past the operation's total budget either.
    const qint64 budgetLeft = policy.totalTimeout.count() - m_clock.elapsed();
    m_deadline->start(std::chrono::milliseconds(
        std::max<qint64>(1, std::min<qint64>(policy.attemptDeadline.count(), budgetLeft))));
    const auto keepAlive = [this] {
        if (m_inactivity)
            m_inactivity->start(policy.requestTimeout);
    };
    QObject::connect(m_net, &QNetworkReply::downloadProgress, q, keepAlive);
    QObject::connect(m_net, &QNetworkReply::uploadProgress, q, keepAlive);
    QObject::connect(m_net, &QNetworkReply::metaDataChanged, q, [this] { checkDeclaredSize(); });
    QObject::connect(m_net, &QNetworkReply::readyRead, q, [this] { readArrived(); });
    QObject::connect(m_net, &QNetworkReply::finished, q, [this] { onNetworkFinished(); });
}

qint64 ApiReplyPrivate::responseLimit() const
{
    return request.maxResponseBytes > 0 ? request.maxResponseBytes
                                        : policy.responseLimit(request.isPost(), request.retrySafe);
}

void ApiReplyPrivate::abortAttempt(bool *reason)
{
    // An attempt that has failed already ends by itself: its finished() is on the way.
    if (!m_net || hasFailed(m_net))
        return;
    *reason = true;
    m_body.clear();
    m_net->abort(); // finished() follows, synchronously
}

void ApiReplyPrivate::checkDeclaredSize()
{
    if (!m_net)
        return;
    // Refuse before reading a byte when the server announces more than the limit.
    const QVariant declared = m_net->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() > responseLimit())
        abortAttempt(&m_tooLarge);
}

void ApiReplyPrivate::readArrived()
{
    if (!m_net)
        return;
    // Read as it arrives (QNetworkReply would otherwise buffer all of it): an endless or
    // undeclared huge body stops at the limit, in bounded memory.
    const qint64 limit = responseLimit();
    const qint64 room = limit - m_body.size();
    m_body += m_net->read(std::max<qint64>(0, std::min(m_net->bytesAvailable(), room)));
    if (m_net->bytesAvailable() > 0)
        abortAttempt(&m_tooLarge);
}

void ApiReplyPrivate::onNetworkFinished()
{
    QNetworkReply *reply = m_net;
    if (!reply)
        return;
    m_net = nullptr;
    if (m_inactivity)
        m_inactivity->stop();
    if (m_deadline)
        m_deadline->stop();
    if (!m_tooLarge && !m_deadlineHit && !m_timedOut && reply->isOpen()) {
        m_net = reply; // the last bytes, through the same size check
        readArrived();
        m_net = nullptr;
    }
    reply->disconnect(q);
    reply->deleteLater();

    ResponseParser::Raw raw;
    raw.networkError = int(reply->error());
    raw.networkErrorString = reply->errorString();
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    raw.contentType = reply->rawHeader("Content-Type");
    raw.retryAfter = reply->rawHeader("Retry-After");
    raw.body = std::exchange(m_body, {});
    raw.timedOut = m_timedOut;
    raw.deadlineExceeded = m_deadlineHit;
    raw.sizeLimit = m_tooLarge ? responseLimit() : 0;
    bodySize = raw.body.size();
    keptBody = request.keepBody ? raw.body : QByteArray();

    const int status = raw.httpStatus;
    const QString description = request.description();
    if (raw.body.size() > parseThreshold || (request.parseOffThread && !raw.body.isEmpty())) {
        parsedOffThread = true;
        const quint64 generation = m_generation;
        if (!m_watcher)
            m_watcher = new QFutureWatcher<ResponseParser::Result>(q);
        else
            m_watcher->disconnect(q);
        QObject::connect(m_watcher, &QFutureWatcherBase::finished, q, [this, generation, status] {
            if (generation != m_generation || finished)
                return;
            onParsed(m_watcher->result(), status);
        });
        m_watcher->setFuture(QtConcurrent::run(apiWorkerPool(),
            [raw = std::move(raw), description] { return ResponseParser::parse(raw, description); }));
        return;
    }
    parsedOffThread = false;
    onParsed(ResponseParser::parse(raw, description), status);
}

void ApiReplyPrivate::onParsed(const ResponseParser::Result &result, int status)
{
    httpStatus = status;
    const ApiError &err = result.error;
    qCDebug(lcApi).noquote() << "<-" << request.description() << status
                             << (err.isError() ? ApiError::kindName(err.kind()) : u"ok"_s)
                             << m_attemptClock.elapsed() << "ms";
    if (!err.isError()) {
        finish(result.json, {}, status);
        return;
    }

    // A rejected token: let the provider drop it and replay once with a fresh one.
    if (status == 401 && !m_replayed401 && connection && connection->tokenSource()) {
        m_replayed401 = true;
        connection->tokenSource()->invalidate();
        startAttempt();
        return;
    }

    // Jobs API 2.2 missing on this workspace: replay on 2.1 (a missing resource has a code).
    static const QString jobs22 = u"/api/2.2/jobs/"_s;
    if (status == 404 && !m_fellBack && connection && connection->jobsApiFallbackAllowed()
        && request.path.startsWith(jobs22)
        && (err.errorCode().isEmpty() || err.errorCode() == u"ENDPOINT_NOT_FOUND"_s)) {
        m_fellBack = true;
        request.path.replace(0, jobs22.size(), u"/api/2.1/jobs/"_s);
        connection->noteJobsApi22Missing();
        startAttempt();
        return;
    }

    if (attempts < policy.maxAttempts && policy.shouldRetry(err, request.retrySafe)) {
        const auto delay = policy.backoff(attempts, err.retryAfterSeconds());
        if (m_clock.elapsed() + delay.count() <= policy.totalTimeout.count()) {
            qCDebug(lcApi).noquote() << "retrying" << request.description() << "in" << delay.count() << "ms";
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(q);
                m_retryTimer->setObjectName(u"retryDelay"_s);
                m_retryTimer->setSingleShot(true);
                // A coarse timer may fire up to 5% early; never retry before Retry-After says.
                m_retryTimer->setTimerType(Qt::PreciseTimer);
                QObject::connect(m_retryTimer, &QTimer::timeout, q, [this] {
                    // On its way until answered: a notice may say "retrying now" meanwhile.
                    if (connection)
                        connection->pendingRetries()->sent(q);
                    startAttempt();
                });
            }
            m_retryTimer->start(delay);
            // Announced for the whole workspace too, so that a user can see the wait and end it.
            if (connection) {
                connection->pendingRetries()->add(q, attempts, int(delay.count()), err);
                connection->attemptFailedTransiently(request.description(), err.kind());
            }
            emit q->retrying(attempts, int(delay.count()), err);
            return;
        }
    }
    finish({}, err, status);
}

void ApiReplyPrivate::finish(const QJsonObject &result, const ApiError &err, int status)
{
    if (finished)
        return;
    finished = true;
    ++m_generation;
    json = result;
    error = err;
    httpStatus = status;
    if (m_retryTimer)
        m_retryTimer->stop();
    leavePendingRetries();
    if (m_inactivity)
        m_inactivity->stop();
    if (m_deadline)
        m_deadline->stop();
    dropNetworkReply();
    emitFinished();
}

void ApiReplyPrivate::emitFinished()
{
    if (m_counted && connection) {
        m_counted = false;
        connection->attemptFinished(request.description(), httpStatus, error.kind());
    }
    const QPointer<ApiReply> guard(q);
    emit q->finished();
    if (guard && autoDelete)
        q->deleteLater();
}

void ApiReplyPrivate::finishLater(const QJsonObject &result, const ApiError &err, int status)
{
    if (finished)
        return;
    finished = true;
    ++m_generation;
    json = result;
    error = err;
    httpStatus = status;
    QMetaObject::invokeMethod(
        q, [this] { emitFinished(); }, Qt::QueuedConnection);
}

void ApiReplyPrivate::abort()
{
    if (finished)
        return;
    ApiError cancelled(ApiError::Kind::Cancelled, u"cancelled"_s);
    cancelled.setRequestDescription(request.description());
    auto hook = std::move(onAbort);
    onAbort = nullptr;
    finish({}, cancelled, 0);
    if (hook)
        hook();
}

void ApiReplyPrivate::releaseSilently()
{
    ++m_generation;
    leavePendingRetries();
    dropNetworkReply();
    if (m_counted && connection) {
        m_counted = false;
        connection->attemptFinished(request.description(), 0, ApiError::Kind::Cancelled);
    }
}

void ApiReplyPrivate::leavePendingRetries()
{
    if (connection)
        connection->pendingRetries()->remove(q);
}

void ApiReplyPrivate::dropNetworkReply()
{
    if (QNetworkReply *reply = m_net) {
        m_net = nullptr;
        reply->disconnect(q);
        // Deleting it stops its request and drops whatever the network thread has already
        // posted to it. abort() would not: a failure posted before it is delivered after it and
        // fails the reply twice (see hasFailed()).
        reply->deleteLater();
    }
}

// ---------------------------------------------------------------------------------------------
// ApiReply

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
    , m_d(std::make_unique<ApiReplyPrivate>(this))
{ }

ApiReply::~ApiReply()
{
    m_d->releaseSilently();
}

bool ApiReply::isFinished() const
{
    return m_d->finished;
}

const ApiError &ApiReply::error() const
{
    return m_d->error;
}

bool ApiReply::hasError() const
{
    return m_d->error.isError();
}

const QJsonObject &ApiReply::json() const
{
    return m_d->json;
}

int ApiReply::httpStatus() const
{
    return m_d->httpStatus;
}

ApiRequest ApiReply::request() const
{
    return m_d->request;
}

int ApiReply::attempts() const
{
    return m_d->attempts;
}

qint64 ApiReply::bodySize() const
{
    return m_d->bodySize;
}

QByteArray ApiReply::body() const
{
    return m_d->keptBody;
}

bool ApiReply::parsedOffThread() const
{
    return m_d->parsedOffThread;
}

void ApiReply::abort()
{
    m_d->abort();
}

bool ApiReply::autoDelete() const
{
    return m_d->autoDelete;
}

void ApiReply::setAutoDelete(bool autoDelete)
{
    m_d->autoDelete = autoDelete;
}

ApiReply *ApiReply::createManual(const ApiRequest &request, QObject *parent, std::function<void()> onAbort)
{
    auto *reply = new ApiReply(parent);
    reply->m_d->request = request;
    reply->m_d->onAbort = std::move(onAbort);
    return reply;
}

void ApiReply::complete(const QJsonObject &json, const ApiError &error, int httpStatus)
{
    m_d->onAbort = nullptr;
    m_d->finishLater(json, error, httpStatus);
}

} // namespace brickdesk
