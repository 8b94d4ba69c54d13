#include "services/failureinbox.h"

#include "analysis/failuredigest.h"
#include "api/connection.h"
#include "models/failureinboxmodel.h"
#include "services/runactivitymonitor.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
// Seen run ids kept per workspace: enough for weeks of failures, small in the settings file.
constexpr int maxSeenKept = 2000;
} // namespace

FailureInbox::FailureInbox(QObject *parent)
    : QObject(parent)
    , m_model(new FailureInboxModel(this))
{
    QSettings settings;
    m_windowHours = std::clamp(settings.value(u"FailureInbox/windowHours"_s, 24).toInt(), 1, 24 * 14);
    connect(m_model, &FailureInboxModel::countsChanged, this, &FailureInbox::countsChanged);
}

FailureInbox::~FailureInbox()
{
    const QStringList keys = m_monitors.keys();
    for (const QString &key : keys)
        removeWorkspace(key);
}

QString FailureInbox::settingsKey(const QString &key)
{
    // Workspace keys may hold '/' or ':', which QSettings reads as groups.
    return u"FailureInbox/seen_"_s + QString::fromLatin1(key.toUtf8().toHex());
}

void FailureInbox::addWorkspace(const QString &key, const QString &name, Connection *connection)
{
    if (m_monitors.contains(key) || !connection)
        return;
    auto *monitor = new RunActivityMonitor(this);
    monitor->setWindowMs(qint64(m_windowHours) * 3600 * 1000);
    monitor->setIntervalMs(m_intervalMs);
    monitor->setConnection(connection);
    m_monitors.insert(key, monitor);
    m_names.insert(key, name);
    loadSeen(key);
    connect(monitor, &RunActivityMonitor::windowReloaded, this, [this, key] { digest(key); });
    connect(monitor, &RunActivityMonitor::runsEnded, this, [this, key](const QVector<Run> &runs) {
        digest(key);
        emit runsEnded(key, runs);
    });
    connect(monitor, &RunActivityMonitor::activeRunsChanged, this,
        [this, key](const QVector<Run> &runs) { emit activeRunsChanged(key, runs); });
    connect(monitor, &RunActivityMonitor::pollFailed, this,
        [this, key](const ApiError &error) { emit pollFailed(key, error.userMessage()); });
    m_model->setWorkspace(key, name, {});
    monitor->start();
}

void FailureInbox::removeWorkspace(const QString &key)
{
    RunActivityMonitor *monitor = m_monitors.take(key);
    if (!monitor)
        return;
    monitor->stop();
    monitor->setConnection(nullptr);
    monitor->deleteLater();
    m_names.remove(key);
    m_model->removeWorkspace(key);
}

void FailureInbox::digest(const QString &key)
{
    const RunActivityMonitor *monitor = m_monitors.value(key);
    if (!monitor)
        return;
    m_model->setWorkspace(key, m_names.value(key), FailureDigest::build(monitor->endedRuns()));
}

void FailureInbox::setWindowHours(int hours)
{
    hours = std::clamp(hours, 1, 24 * 14);
    if (hours == m_windowHours)
        return;
    m_windowHours = hours;
    QSettings().setValue(u"FailureInbox/windowHours"_s, hours);
    for (RunActivityMonitor *monitor : std::as_const(m_monitors))
        monitor->setWindowMs(qint64(hours) * 3600 * 1000);
}

void FailureInbox::setPollIntervalMs(int intervalMs)
{
    m_intervalMs = intervalMs;
    for (RunActivityMonitor *monitor : std::as_const(m_monitors))
        monitor->setIntervalMs(intervalMs);
}

void FailureInbox::refresh()
{
    for (RunActivityMonitor *monitor : std::as_const(m_monitors))
        monitor->pollNow();
}

int FailureInbox::unseenCount(const QString &key) const
{
    return m_model->unseenCount(key);
}

void FailureInbox::markSeen(const QString &key, qint64 runId)
{
    if (m_model->isSeen(key, runId))
        return;
    m_model->setSeen(key, runId, true);
    saveSeen(key);
}

void FailureInbox::markAllSeen(const QString &key)
{
    const QStringList keys = key.isEmpty() ? m_monitors.keys() : QStringList {key};
    for (const QString &workspace : keys) {
        QSet<qint64> seen = m_model->seenRuns(workspace);
        const QList<qint64> failures = m_model->failureRunIds(workspace);
        for (const qint64 runId : failures)
            seen.insert(runId);
        m_model->setSeenRuns(workspace, seen);
        saveSeen(workspace);
    }
}

int FailureInbox::requestsSent() const
{
    int requests = 0;
    for (const RunActivityMonitor *monitor : m_monitors)
        requests += monitor->requestsSent();
    return requests;
}

void FailureInbox::loadSeen(const QString &key)
{
    const QStringList stored = QSettings().value(settingsKey(key)).toStringList();
    QSet<qint64> seen;
    for (const QString &id : stored)
        seen.insert(id.toLongLong());
    m_model->setSeenRuns(key, seen);
}

void FailureInbox::saveSeen(const QString &key) const
{
    // Newest ids are the largest: keep those when trimming.
    QList<qint64> ids = m_model->seenRuns(key).values();
    std::sort(ids.begin(), ids.end(), std::greater<>());
    if (ids.size() > maxSeenKept)
        ids.resize(maxSeenKept);
    QStringList stored;
    for (const qint64 id : std::as_const(ids))
        stored.append(QString::number(id));
    QSettings().setValue(settingsKey(key), stored);
}

} // namespace brickdesk
