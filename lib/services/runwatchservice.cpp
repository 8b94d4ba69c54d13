#include "services/runwatchservice.h"

#include "api/connection.h"
#include "services/runpoller.h"

namespace brickdesk {

RunWatchService::RunWatchService(QObject *parent)
    : QObject(parent)
{ }

void RunWatchService::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    qDeleteAll(m_pollers);
    m_pollers.clear();
    m_labels.clear();
    m_connection = connection;
}

void RunWatchService::setPollingIntervals(int initialMs, int maximumMs)
{
    m_initial = initialMs;
    m_maximum = maximumMs;
    for (RunPoller *poller : std::as_const(m_pollers))
        poller->setIntervals(initialMs, maximumMs);
}

void RunWatchService::watch(qint64 runId, const QString &label)
{
    if (runId <= 0 || m_pollers.contains(runId) || !m_connection)
        return;
    auto *poller = new RunPoller(this);
    poller->setConnection(m_connection);
    poller->setIntervals(m_initial, m_maximum);
    poller->setFetchAllPages(false);
    m_pollers.insert(runId, poller);
    m_labels.insert(runId, label);
    auto end = [this, runId, poller](const Run &run) {
        if (m_pollers.value(runId) != poller)
            return;
        const QString text = m_labels.take(runId);
        m_pollers.remove(runId);
        poller->deleteLater();
        emit runEnded(runId, text, run);
    };
    connect(poller, &RunPoller::loaded, this, [end](const Run &run, bool) {
        if (run.displayState().isTerminal())
            end(run);
    });
    connect(poller, &RunPoller::failed, this, [this, runId, poller](const ApiError &error) {
        if (error.kind() != ApiError::Kind::NotFound || m_pollers.value(runId) != poller)
            return;
        const QString text = m_labels.take(runId);
        m_pollers.remove(runId);
        poller->deleteLater();
        emit runVanished(runId, text);
    });
    emit watching(runId, label);
    poller->start(runId);
}

void RunWatchService::unwatch(qint64 runId)
{
    RunPoller *poller = m_pollers.take(runId);
    m_labels.remove(runId);
    if (poller)
        poller->deleteLater();
}

} // namespace brickdesk
