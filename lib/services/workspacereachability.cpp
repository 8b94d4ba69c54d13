#include "services/workspacereachability.h"

#include "api/clustersapi.h"
#include "api/connection.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

WorkspaceReachability::WorkspaceReachability(QObject *parent)
    : QObject(parent)
    , m_probeTimer(new QTimer(this))
{
    m_probeTimer->setObjectName(u"reachabilityProbe"_s);
    m_probeTimer->setInterval(30'000);
    connect(m_probeTimer, &QTimer::timeout, this, &WorkspaceReachability::probeNow);
}

WorkspaceReachability::~WorkspaceReachability()
{
    m_probe.abort();
}

void WorkspaceReachability::setConnection(Connection *connection)
{
    if (connection == m_connection)
        return;
    if (m_connection)
        m_connection->disconnect(this);
    m_probe.abort();
    m_probe = {};
    m_connection = connection;
    m_probeTimer->stop();
    const bool wasOffline = isOffline();
    m_offlineSinceMs = 0;
    m_lastError.clear();
    if (connection) {
        connect(connection, &Connection::requestFinished, this,
            [this](
                const QString &, int httpStatus, ApiError::Kind kind) { requestFinished(httpStatus, kind); });
    }
    if (wasOffline)
        emit changed();
}

void WorkspaceReachability::setProbeIntervalMs(int ms)
{
    m_probeTimer->setInterval(ms);
}

void WorkspaceReachability::requestFinished(int httpStatus, ApiError::Kind kind)
{
    if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout) {
        // The retry policy's attempts are behind this already: a blip would have passed.
        if (isOffline())
            return;
        m_offlineSinceMs = QDateTime::currentMSecsSinceEpoch();
        m_probeTimer->start();
        emit changed();
        return;
    }
    // Any answer from the server, even an error, means it can be reached.
    if (httpStatus > 0 && isOffline()) {
        m_offlineSinceMs = 0;
        m_lastError.clear();
        m_probeTimer->stop();
        emit changed();
    }
}

void WorkspaceReachability::probeNow()
{
    if (!m_connection || !m_probe.isFinished())
        return;
    m_probe = m_connection->clusters().getSparkVersions();
    m_probe.then(this, [this](const ApiResult<QList<SparkVersion>> &result) {
        // The state itself follows requestFinished; only the words are kept from here.
        if (!result.ok() && isOffline()) {
            m_lastError = result.error().userMessage();
            emit changed();
        }
    });
}

QString WorkspaceReachability::offlineText() const
{
    if (!isOffline())
        return {};
    const QString since
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_offlineSinceMs), QLocale::ShortFormat);
    QString text = m_lastError.isEmpty()
        ? tr("Offline since %1: the workspace cannot be reached.").arg(since)
        : tr("Offline since %1: the workspace cannot be reached (%2).").arg(since, m_lastError);
    return text + u' '
        + tr("What the archive holds (job history, archive search) can still be browsed; actions that need "
             "the workspace are off until it answers again.");
}

QString WorkspaceReachability::reason() const
{
    if (!isOffline())
        return {};
    return tr("The workspace cannot be reached (offline since %1).")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_offlineSinceMs), QLocale::ShortFormat));
}

} // namespace brickdesk
