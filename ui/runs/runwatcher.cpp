#include "runwatcher.h"

#include "common/notifier.h"
#include "runstyle.h"
#include "services/runwatchservice.h"

namespace brickdesk {

RunWatcher::RunWatcher(QObject *parent)
    : QObject(parent)
    , m_service(new RunWatchService(this))
{
    connect(m_service, &RunWatchService::watching, this, [this](qint64, const QString &label) {
        emit statusMessage(tr("Watching %1: you will be told when it ends.").arg(label));
    });
    connect(m_service, &RunWatchService::runEnded, this, &RunWatcher::onEnded);
    connect(m_service, &RunWatchService::runVanished, this, [this](qint64, const QString &label) {
        emit statusMessage(tr("%1 no longer exists; stopped watching it.").arg(label));
    });
}

RunWatcher::~RunWatcher() = default;

void RunWatcher::setConnection(Connection *connection)
{
    m_service->setConnection(connection);
}

void RunWatcher::watch(qint64 runId, const QString &label)
{
    m_service->watch(runId, label);
}

void RunWatcher::unwatch(qint64 runId)
{
    m_service->unwatch(runId);
}

bool RunWatcher::isWatching(qint64 runId) const
{
    return m_service->isWatching(runId);
}

QList<qint64> RunWatcher::watchedRuns() const
{
    return m_service->watchedRuns();
}

void RunWatcher::setPollingIntervals(int initialMs, int maximumMs)
{
    m_service->setPollingIntervals(initialMs, maximumMs);
}

void RunWatcher::onEnded(qint64 runId, const QString &label, const Run &run)
{
    const RunDisplayState state = run.displayState();
    const bool success = state.category() == RunDisplayState::Category::Succeeded;
    const QString text = state.text();
    emit statusMessage(tr("%1 ended: %2").arg(label, text), 0);
    if (m_notify) {
        Notifier::instance()->notify(tr("%1 ended").arg(label), RunStyle::statusSentence(run),
            success ? Notifier::Kind::Success : Notifier::Kind::Failure);
    }
    emit runEnded(runId, label, text, success);
}

} // namespace brickdesk
