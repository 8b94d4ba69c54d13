#include "api/retrypolicy.h"

#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace brickdesk {

using namespace std::chrono_literals;

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

RetryPolicy RetryPolicy::interactive()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.maxBackoff = 2000ms;
    policy.totalTimeout = 30'000ms;
    policy.requestTimeout = 20'000ms;
    policy.attemptDeadline = 30'000ms;
    return policy;
}

RetryPolicy RetryPolicy::fastForTests()
{
    RetryPolicy policy;
    policy.maxAttempts = 5;
    policy.initialBackoff = 10ms;
    policy.maxBackoff = 2000ms;
    policy.totalTimeout = 20'000ms;
    policy.requestTimeout = 10'000ms;
    policy.attemptDeadline = 15'000ms;
    return policy;
}

bool RetryPolicy::shouldRetry(const ApiError &error, bool retrySafe) const
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::RateLimited:
        // A 429 means the call was rejected before it ran: safe for every request.
        return true;
    case Kind::Unavailable:
    case Kind::Timeout:
        return retrySafe;
    case Kind::Network: {
        using NE = QNetworkReply::NetworkError;
        switch (NE(error.networkError())) {
        case NE::ConnectionRefusedError:
        case NE::RemoteHostClosedError:
        case NE::TemporaryNetworkFailureError:
        case NE::NetworkSessionFailedError:
        case NE::ProxyConnectionClosedError:
        case NE::OperationCanceledError:
        case NE::UnknownNetworkError:
            return retrySafe;
        default:
            // Unknown hosts, proxy authentication, protocol errors: waiting will not help.
            return false;
        }
    }
    default:
        return false;
    }
}

std::chrono::milliseconds RetryPolicy::maxBackoffFor(int attempt, int retryAfterSeconds) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    auto exponential = std::min<std::chrono::milliseconds>(initialBackoff * (qint64(1) << shift), maxBackoff);
    if (honourRetryAfter && retryAfterSeconds >= 0)
        exponential
            = std::max<std::chrono::milliseconds>(exponential, std::chrono::seconds(retryAfterSeconds));
    return exponential;
}

qint64 RetryPolicy::responseLimit(bool isPost, bool retrySafe) const
{
    // Paged reads are retry-safe POSTs too (cluster events); only other POSTs are actions.
    return isPost && !retrySafe ? maxActionResponseBytes : maxResponseBytes;
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt, int retryAfterSeconds) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const auto exponential
        = std::min<std::chrono::milliseconds>(initialBackoff * (qint64(1) << shift), maxBackoff);
    // Equal jitter: half fixed, half random, so clients that failed together spread out.
    const qint64 half = exponential.count() / 2;
    const auto sleep
        = std::chrono::milliseconds(half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0));
    if (honourRetryAfter && retryAfterSeconds >= 0) {
        // As the server asked, not capped: an earlier attempt would only be refused again. The
        // operation's total budget (totalTimeout) decides whether waiting that long is worth it.
        return std::max<std::chrono::milliseconds>(sleep, std::chrono::seconds(retryAfterSeconds));
    }
    return sleep;
}

} // namespace brickdesk
