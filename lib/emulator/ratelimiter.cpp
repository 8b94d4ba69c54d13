#include "ratelimiter.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

RateLimiter::RateLimiter(QHash<QString, double> limits)
    : m_limits(limits.isEmpty() ? publishedLimits() : std::move(limits))
{
    m_clock.start();
}

QHash<QString, double> RateLimiter::publishedLimits()
{
    // Azure Databricks "Resource limits" (see databricks-api.md §3.3); "*" is our default.
    return {{u"jobs/create"_s, 20.0}, {u"jobs/run-now"_s, 20.0}, {u"jobs/runs/submit"_s, 35.0},
        {u"jobs/runs/get"_s, 100.0}, {u"*"_s, 100.0}};
}

double RateLimiter::limitFor(const QString &endpoint) const
{
    const auto it = m_limits.constFind(endpoint);
    if (it != m_limits.constEnd())
        return *it;
    return m_limits.value(u"*"_s, 0.0);
}

bool RateLimiter::allow(const QString &endpoint)
{
    const double limit = limitFor(endpoint);
    if (limit <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(endpoint);
    if (it == m_buckets.end())
        it = m_buckets.insert(endpoint, Bucket {limit, now});
    it->tokens = std::min(limit, it->tokens + double(now - it->lastMs) * limit / 1000.0);
    it->lastMs = now;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

} // namespace brickdesk::emulator
