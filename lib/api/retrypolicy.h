#pragma once

#include "api/apierror.h"

#include <chrono>

namespace brickdesk {

// The one place that decides whether and when a failed request is sent again (guide §3.4).
//
// Retried: 429 (the rate limiter rejected the call before running it, so this is safe for
// every request, POSTs included, as the Go and Python SDKs do), and, for retry-safe requests
// only (GETs and POSTs carrying an idempotency token or with an idempotent effect), 503,
// dropped or refused connections and timeouts. Never retried: other 4xx, 500/502/504 (the
// SDKs do not either), TLS failures, unresolvable hosts.
//
// Sleep before attempt n+1: exponential (initialBackoff * 2^(n-1)) with "equal jitter"
// (half fixed, half random), at most maxBackoff; a server's Retry-After is honoured as sent,
// even above maxBackoff (the reply's retrying() signal carries the delay, so a screen can say
// so and offer to cancel). No sleep may run past totalTimeout, counted from the first attempt;
// when it would, the last error is reported instead.
//
// Every attempt also has a total deadline (attemptDeadline, and never past totalTimeout), so
// a server that drips a byte now and then cannot hold a call forever, and a size limit on
// the answer, checked from Content-Length and while reading.
struct RetryPolicy
{
    int maxAttempts = 8; // including the first one; 1 disables retries
    std::chrono::milliseconds initialBackoff {500};
    std::chrono::milliseconds maxBackoff {10'000};
    std::chrono::milliseconds totalTimeout {300'000};
    // Per attempt: the request fails with Kind::Timeout when no data arrives for this long.
    std::chrono::milliseconds requestTimeout {60'000};
    bool honourRetryAfter = true;
    // The whole of one attempt, from sending to the last byte of the answer.
    std::chrono::milliseconds attemptDeadline {120'000};
    // Largest answer read (bytes): reads (GETs and paged POSTs such as cluster events), and
    // other POSTs (actions, whose answers are small). An ApiRequest may set its own.
    qint64 maxResponseBytes = qint64(64) << 20;
    qint64 maxActionResponseBytes = qint64(16) << 20;

    // No retries at all (requestTimeout still applies).
    static RetryPolicy none();
    // For a person waiting at a dialog for a yes or no ("Test connection"): two quick retries,
    // so a refused or dropped connection is reported in about two seconds, not after the
    // half-minute of back-off a background read is allowed.
    static RetryPolicy interactive();
    // Small sleeps for tests: maxAttempts 5, 10 ms initial, 2 s cap, 20 s total, 10 s without
    // data and 15 s in all per attempt.
    static RetryPolicy fastForTests();

    bool shouldRetry(const ApiError &error, bool retrySafe) const;
    // Sleep before the attempt that follows failed attempt number `attempt` (1-based).
    std::chrono::milliseconds backoff(int attempt, int retryAfterSeconds = -1) const;
    // Same without randomness (the upper bound of the jittered value); for tests.
    // The answer size limit for a request that did not set its own.
    qint64 responseLimit(bool isPost, bool retrySafe) const;
    std::chrono::milliseconds maxBackoffFor(int attempt, int retryAfterSeconds = -1) const;
};

} // namespace brickdesk
