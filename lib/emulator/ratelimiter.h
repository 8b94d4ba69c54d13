#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace brickdesk::emulator {

// Per-endpoint token buckets (burst = one second's worth), like the workspace's published
// per-endpoint limits. allow() answers whether a request may pass now.
class RateLimiter final
{
public:
    explicit RateLimiter(QHash<QString, double> limits = {});

    // endpoint: the path after the API version, e.g. "jobs/create".
    bool allow(const QString &endpoint);
    double limitFor(const QString &endpoint) const;

    static QHash<QString, double> publishedLimits();

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QHash<QString, double> m_limits;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace brickdesk::emulator
