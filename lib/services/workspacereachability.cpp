#include "services/workspacereachability.h"

#include "api/clustersapi.h"
#include "api/connection.h"
#include "services/offlinearchive.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Q_LOGGING_CATEGORY(lcReachability, "brickdesk.reachability", QtInfoMsg)

namespace {
bool unreachable(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout;
}

// A time of today as the time alone, another day's with its date.
QString when(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    return time.date() == QDate::currentDate() ? locale.toString(time.time(), QLocale::ShortFormat)
                                               : locale.toString(time, QLocale::ShortFormat);
}
} // namespace

WorkspaceReachability::WorkspaceReachability(QObject *parent)
    : QObject(parent)
    , m_probeTimer(new QTimer(this))
    , m_archive(new OfflineArchive(this))
{
    m_probeTimer->setObjectName(u"reachabilityProbe"_s);
    m_probeTimer->setInterval(30'000);
    connect(m_probeTimer, &QTimer::timeout, this, &WorkspaceReachability::probeNow);
    connect(m_archive, &OfflineArchive::asOfRead, this, [this](qint64 asOfMs) {
        m_dataAsOfMs = asOfMs;
        m_asOfKnown = true;
        if (isOffline())
            emit changed();
    });
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
    m_probing = false;
    m_connection = connection;
    m_probeTimer->stop();
    m_archive->close();
    const bool wasOffline = isOffline();
    m_offlineSinceMs = 0;
    m_lastError.clear();
    if (connection) {
        connect(connection, &Connection::requestFinished, this,
            [this](
                const QString &, int httpStatus, ApiError::Kind kind) { requestFinished(httpStatus, kind); });
        // One failed attempt is enough to ask: the probe answers in the time of one request.
        connect(connection, &Connection::attemptFailed, this, [this](const QString &, ApiError::Kind kind) {
            if (unreachable(kind) && !isOffline())
                probeNow();
        });
    }
    if (wasOffline)
        emit changed();
}

void WorkspaceReachability::setProbeIntervalMs(int ms)
{
    m_probeTimer->setInterval(ms);
}

void WorkspaceReachability::setArchivePath(const QString &path)
{
    m_archive->setPath(path);
    m_asOfKnown = false;
    if (isOffline())
        m_archive->readAsOf();
}

QString WorkspaceReachability::archivePath() const
{
    return m_archive->path();
}

void WorkspaceReachability::requestFinished(int httpStatus, ApiError::Kind kind)
{
    if (unreachable(kind)) {
        // The retry policy's attempts are behind this already: a blip would have passed. While
        // a probe is out (this may be the probe itself), its answer decides.
        if (!isOffline() && !m_probing)
            goOffline({});
        return;
    }
    // Any answer from the server, even an error, means it can be reached.
    if (httpStatus > 0 && isOffline())
        goOnline();
}

void WorkspaceReachability::goOffline(const QString &error)
{
    if (!error.isEmpty())
        m_lastError = error;
    if (!isOffline()) {
        m_offlineSinceMs = QDateTime::currentMSecsSinceEpoch();
        m_probeTimer->start();
        m_asOfKnown = false;
        m_archive->readAsOf();
        qCInfo(lcReachability).noquote() << "offline:" << (error.isEmpty() ? u"no answer"_s : error);
    }
    emit changed();
}

void WorkspaceReachability::goOnline()
{
    m_offlineSinceMs = 0;
    m_lastError.clear();
    m_probeTimer->stop();
    m_archive->close();
    qCInfo(lcReachability) << "reachable again";
    emit changed();
}

void WorkspaceReachability::probeNow()
{
    if (!m_connection || m_probing)
        return;
    m_probing = true;
    m_probe = m_connection->clusters().probeSparkVersions();
    m_probe.then(this, [this](const ApiResult<QList<SparkVersion>> &result) {
        m_probing = false;
        const ApiError &error = result.error();
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (result.ok() || error.httpStatus() > 0) {
            if (isOffline())
                goOnline();
            return;
        }
        // The failure's own words ("Connection refused"): the banner says the rest.
        if (unreachable(error.kind()))
            goOffline(error.message().isEmpty() ? error.userMessage() : error.message());
    });
}

QString WorkspaceReachability::offlineText() const
{
    if (!isOffline())
        return {};
    const QString since = when(m_offlineSinceMs);
    const QString text = m_lastError.isEmpty()
        ? tr("Offline since %1: the workspace cannot be reached.").arg(since)
        : tr("Offline since %1: the workspace cannot be reached (%2).").arg(since, m_lastError);
    QString archive;
    if (!m_asOfKnown)
        archive = tr("What the archive holds (jobs, their runs and history, clusters and their events, "
                     "archive search) can still be browsed; actions that need the workspace are off until it "
                     "answers again.");
    else if (m_dataAsOfMs > 0)
        archive
            = tr("Data as of %1, from the local archive: jobs, their runs and history, clusters and their "
                 "events, and the archive search can still be browsed; actions that need the workspace are "
                 "off until it answers again.")
                  .arg(when(m_dataAsOfMs));
    else
        archive = tr("The local archive holds nothing of this workspace yet (Search archive ▸ Sync now keeps "
                     "a copy); actions that need the workspace are off until it answers again.");
    return text + u' ' + archive;
}

QString WorkspaceReachability::offlineSinceText() const
{
    return isOffline() ? when(m_offlineSinceMs) : QString();
}

QString WorkspaceReachability::reason() const
{
    if (!isOffline())
        return {};
    return tr("Needs the workspace, which cannot be reached (offline since %1).").arg(when(m_offlineSinceMs));
}

} // namespace brickdesk
