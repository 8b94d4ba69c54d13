#include "runwatcher.h"

#include "api/apireply.h"
#include "api/connection.h"
#include "common/notifier.h"
#include "runstyle.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace brickdesk {

RunWatcher::RunWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &RunWatcher::poll);
}

RunWatcher::~RunWatcher()
{
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (it->reply)
            it->reply->abort();
    }
}

void RunWatcher::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (it->reply)
            it->reply->abort();
    }
    m_runs.clear();
    m_timer->stop();
    m_connection = connection;
}

void RunWatcher::setPollingIntervals(int initialMs, int maximumMs)
{
    m_initialInterval = qMax(10, initialMs);
    m_maximumInterval = qMax(m_initialInterval, maximumMs);
    m_timer->setInterval(qMin(250, m_initialInterval));
}

void RunWatcher::watch(qint64 runId, const QString &label)
{
    if (runId <= 0 || m_runs.contains(runId))
        return;
    Watched watched;
    watched.label = label;
    watched.intervalMs = m_initialInterval;
    watched.nextPollMs = 0; // poll at once
    m_runs.insert(runId, watched);
    emit statusMessage(tr("Watching %1: you will be told when it ends.").arg(label));
    if (!m_timer->isActive())
        m_timer->start();
    QTimer::singleShot(0, this, &RunWatcher::poll);
}

void RunWatcher::unwatch(qint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    if (it->reply)
        it->reply->abort();
    m_runs.erase(it);
    if (m_runs.isEmpty())
        m_timer->stop();
}

void RunWatcher::poll()
{
    if (!m_connection)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (it->reply || it->nextPollMs > now)
            continue;
        const qint64 runId = it.key();
        ApiReply *reply = m_connection->jobs().getRun(runId);
        it->reply = reply;
        connect(reply, &ApiReply::finished, this, [this, reply, runId] {
            auto found = m_runs.find(runId);
            if (found == m_runs.end() || found->reply != reply)
                return;
            found->reply = nullptr;
            const qint64 at = QDateTime::currentMSecsSinceEpoch();
            if (reply->hasError()) {
                if (reply->error().kind() == ApiError::Kind::NotFound) {
                    const QString label = found->label;
                    m_runs.erase(found);
                    emit statusMessage(tr("%1 no longer exists; stopped watching it.").arg(label));
                    return;
                }
                found->intervalMs = qMin(m_maximumInterval, int(found->intervalMs * 1.5));
                found->nextPollMs = at + found->intervalMs;
                return;
            }
            const QJsonObject run = reply->json();
            const RunDisplayState state = RunStyle::displayState(run);
            if (state.isTerminal()) {
                const QString label = found->label;
                m_runs.erase(found);
                if (m_runs.isEmpty())
                    m_timer->stop();
                const bool success = state.category() == RunDisplayState::Category::Succeeded;
                const QString text = state.text();
                emit statusMessage(tr("%1 ended: %2").arg(label, text), 0);
                notifyDesktop(tr("%1 ended").arg(label), RunStyle::statusSentence(run), success);
                emit runEnded(runId, label, text, success);
                return;
            }
            const QString key = state.stateName();
            if (key != found->stateKey) {
                found->stateKey = key;
                found->intervalMs = m_initialInterval;
            } else {
                found->intervalMs = qMin(m_maximumInterval, int(found->intervalMs * 1.5));
            }
            found->nextPollMs = at + found->intervalMs;
        });
    }
}

void RunWatcher::notifyDesktop(const QString &title, const QString &text, bool success)
{
    if (!m_notify)
        return;
    // The shared notifier honours Preferences ▸ Notifications and also tells the main window.
    Notifier::instance()->notify(title, text, success ? Notifier::Kind::Success : Notifier::Kind::Failure);
}

} // namespace brickdesk
