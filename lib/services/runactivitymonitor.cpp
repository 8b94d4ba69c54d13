#include "services/runactivitymonitor.h"

#include "api/connection.h"
#include "api/jobsapi.h"
#include "api/pagination.h"
#include "api/runsrangefetcher.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
// Runs that started just before the previous poll may not have been listed yet (clock skew
// between this machine and the workspace, replication delay): start the next listing earlier.
constexpr qint64 overlapMs = 2 * 60 * 1000;
// A first listing of a day cut into this many shards: fast without holding every connection.
constexpr int initialShards = 4;
constexpr int maxConcurrency = 2;
} // namespace

RunActivityMonitor::RunActivityMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RunActivityMonitor::pollNow);
}

RunActivityMonitor::~RunActivityMonitor()
{
    stop();
}

qint64 RunActivityMonitor::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

void RunActivityMonitor::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    const bool running = isRunning();
    stop();
    m_connection = connection;
    m_active.clear();
    m_ended.clear();
    m_watermark = 0;
    m_reload = true;
    if (running && connection)
        start();
}

void RunActivityMonitor::setWindowMs(qint64 windowMs)
{
    windowMs = std::max<qint64>(60'000, windowMs);
    if (windowMs == m_windowMs)
        return;
    m_windowMs = windowMs;
    m_reload = true;
    if (isRunning()) {
        stop();
        start();
    }
}

void RunActivityMonitor::setIntervalMs(int intervalMs)
{
    m_intervalMs = std::max(10, intervalMs);
    if (m_timer->isActive())
        m_timer->start(m_intervalMs);
}

bool RunActivityMonitor::isRunning() const
{
    return m_timer->isActive() || m_polling;
}

void RunActivityMonitor::start()
{
    if (!m_connection || isRunning())
        return;
    pollNow();
}

void RunActivityMonitor::stop()
{
    ++m_generation;
    m_timer->stop();
    if (m_rangeFetcher) {
        m_requests += m_rangeFetcher->requestCount();
        m_rangeFetcher->disconnect(this);
        m_rangeFetcher->cancel();
        m_rangeFetcher->deleteLater();
    }
    if (m_activeFetcher) {
        m_requests += m_activeFetcher->requestsSent();
        m_activeFetcher->disconnect(this);
        m_activeFetcher->cancel();
        m_activeFetcher->deleteLater();
    }
    for (const ApiCall<Run> &call : std::as_const(m_vanishedCalls))
        call.abort();
    m_vanishedCalls.clear();
    m_polling = false;
}

void RunActivityMonitor::pollNow()
{
    if (!m_connection || m_polling)
        return;
    m_timer->stop();
    m_polling = true;
    m_pollStarted = now();
    m_fresh.clear();
    m_nextActive.clear();
    if (m_reload) {
        m_ended.clear();
        m_watermark = 0;
    }
    fetchEnded();
}

void RunActivityMonitor::fetchEnded()
{
    RunsListParams params;
    params.completedOnly = true;
    params.expandTasks = true; // the failing task and its message come with the run
    const qint64 from = m_watermark > 0 ? m_watermark - overlapMs : m_pollStarted - m_windowMs;
    auto *fetcher
        = new RunsRangeFetcher(m_connection, params, std::max<qint64>(0, from), m_pollStarted, this);
    fetcher->setMaxConcurrency(maxConcurrency);
    fetcher->setShardCount(m_watermark > 0 ? 1 : initialShards);
    m_rangeFetcher = fetcher;
    const quint64 generation = m_generation;
    connect(
        fetcher, &RunsRangeFetcher::runsReady, this, [this, generation](const QVector<QJsonObject> &runs) {
            if (generation != m_generation)
                return;
            for (const QJsonObject &raw : runs)
                addEnded(Run::fromJson(raw), &m_fresh);
        });
    connect(fetcher, &RunsRangeFetcher::finished, this, [this, generation, fetcher] {
        if (generation != m_generation)
            return;
        m_requests += fetcher->requestCount();
        fetcher->deleteLater();
        fetchActive();
    });
    connect(fetcher, &RunsRangeFetcher::failed, this, [this, generation, fetcher](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_requests += fetcher->requestCount();
        fetcher->deleteLater();
        fail(error);
    });
    fetcher->start();
}

void RunActivityMonitor::fetchActive()
{
    RunsListParams params;
    params.activeOnly = true;
    auto *fetcher = PageFetcher::runs(m_connection, params, this);
    m_activeFetcher = fetcher;
    const quint64 generation = m_generation;
    connect(fetcher, &PageFetcher::page, this, [this, generation](const QJsonObject &page) {
        if (generation != m_generation)
            return;
        const QJsonArray runs = page.value(u"runs"_s).toArray();
        for (const QJsonValue &value : runs) {
            const Run run = Run::fromJson(value.toObject());
            if (run.isValid())
                m_nextActive.insert(run.id(), run);
        }
    });
    connect(fetcher, &PageFetcher::finished, this, [this, generation, fetcher] {
        if (generation != m_generation)
            return;
        m_requests += fetcher->requestsSent();
        fetcher->deleteLater();
        fetchVanished();
    });
    connect(fetcher, &PageFetcher::failed, this, [this, generation, fetcher](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_requests += fetcher->requestsSent();
        fetcher->deleteLater();
        fail(error);
    });
    fetcher->start();
}

void RunActivityMonitor::fetchVanished()
{
    QList<qint64> vanished;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        if (!m_nextActive.contains(it.key()) && !m_ended.contains(it.key()))
            vanished.append(it.key());
    }
    m_vanishedPending = int(vanished.size());
    if (vanished.isEmpty()) {
        finishPoll();
        return;
    }
    const quint64 generation = m_generation;
    JobsApi jobs = m_connection->jobs();
    for (const qint64 runId : std::as_const(vanished)) {
        ApiCall<Run> call = jobs.getRunFirstPage(runId);
        ++m_requests;
        m_vanishedCalls.append(call);
        call.then(this, [this, generation](const ApiResult<Run> &result) {
            if (generation != m_generation)
                return;
            // A deleted run (404) or one that still looks active is simply not reported.
            if (result.ok() && result.value().displayState().isTerminal())
                addEnded(result.value(), &m_fresh);
            if (--m_vanishedPending == 0) {
                m_vanishedCalls.clear();
                finishPoll();
            }
        });
    }
}

void RunActivityMonitor::addEnded(const Run &run, QVector<Run> *fresh)
{
    if (!run.isValid() || !run.displayState().isTerminal() || m_ended.contains(run.id()))
        return;
    m_ended.insert(run.id(), run);
    fresh->append(run);
}

void RunActivityMonitor::prune()
{
    const qint64 oldest = m_pollStarted - m_windowMs;
    for (auto it = m_ended.begin(); it != m_ended.end();) {
        const Run &run = it.value();
        if (std::max(run.startTimeMs(), run.endTimeMs()) < oldest)
            it = m_ended.erase(it);
        else
            ++it;
    }
}

void RunActivityMonitor::finishPoll()
{
    m_active = m_nextActive;
    m_nextActive.clear();
    m_watermark = m_pollStarted;
    prune();
    m_polling = false;
    ++m_polls;
    const bool reloaded = std::exchange(m_reload, false);
    std::sort(m_fresh.begin(), m_fresh.end(),
        [](const Run &a, const Run &b) { return a.startTimeMs() > b.startTimeMs(); });
    const QVector<Run> fresh = std::exchange(m_fresh, {});
    const quint64 generation = m_generation;
    if (reloaded)
        emit windowReloaded();
    else if (!fresh.isEmpty())
        emit runsEnded(fresh);
    if (generation != m_generation)
        return;
    emit activeRunsChanged(activeRuns());
    if (generation != m_generation)
        return;
    emit polled();
    if (generation == m_generation && m_connection)
        m_timer->start(m_intervalMs);
}

void RunActivityMonitor::fail(const ApiError &error)
{
    m_polling = false;
    // The watermark stays where it was, so the next poll lists these again and reports them.
    for (const Run &run : std::as_const(m_fresh))
        m_ended.remove(run.id());
    m_fresh.clear();
    m_nextActive.clear();
    // stop() disconnects before it cancels, so a cancelled call here was ended by someone else
    // (the user, while it waited to be retried): this poll is over, quietly, and the next one
    // comes at the usual time. The inbox must not go deaf because one wait was cancelled.
    const quint64 generation = m_generation;
    if (error.kind() != ApiError::Kind::Cancelled)
        emit pollFailed(error);
    if (generation == m_generation && m_connection)
        m_timer->start(m_intervalMs);
}

QVector<Run> RunActivityMonitor::endedRuns() const
{
    QVector<Run> runs = m_ended.values().toVector();
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) {
        return a.startTimeMs() != b.startTimeMs() ? a.startTimeMs() > b.startTimeMs() : a.id() > b.id();
    });
    return runs;
}

} // namespace brickdesk
