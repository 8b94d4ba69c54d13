#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "domain/sparkversion.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace brickdesk {

class Connection;
class OfflineArchive;

// Whether a workspace can be reached, from what its requests meet. The first attempt of any
// request that fails to reach it (a refused connection, a timeout) makes it ask at once with a
// probe (one attempt, no retries: see ApiRequest::probe), and the probe's failure makes it
// offline: an outage is known in the time one request takes, not after the retry policy's
// half-minute of waits. A request that ends in such a failure after its retries does too.
// Any HTTP answer, even an error, makes it reachable again. While offline it probes every so
// often, so that it comes back by itself when the network does. What the archive holds can
// still be browsed meanwhile; offlineText() says so for a banner (with until when the archive
// saw the workspace), and reason() for actions that need the workspace.
class WorkspaceReachability final : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceReachability(QObject *parent = nullptr);
    ~WorkspaceReachability() override;

    // nullptr: no workspace, not offline.
    void setConnection(Connection *connection);
    void setProbeIntervalMs(int ms);
    // The workspace's local archive, where "data as of" is read once offline.
    void setArchivePath(const QString &path);
    QString archivePath() const;

    bool isOffline() const { return m_offlineSinceMs > 0; }
    qint64 offlineSinceMs() const { return m_offlineSinceMs; }
    // What the last failure said ("Connection refused"...).
    QString lastError() const { return m_lastError; }
    // When the archive last saw the workspace's jobs or runs; 0 when unknown or never.
    qint64 dataAsOfMs() const { return m_dataAsOfMs; }
    // "Offline since 10:21: the workspace cannot be reached (…). Data as of 10:02, from the
    // local archive: …; actions that need the workspace are off until it answers again."
    QString offlineText() const;
    // Since when it is offline, as offlineText() says it ("10:21"); empty when reachable.
    QString offlineSinceText() const;
    // Why an action that needs the workspace is off; empty when it is reachable.
    QString reason() const;

    // Asks the workspace now (Try again).
    void probeNow();

signals:
    void changed();

private:
    void requestFinished(int httpStatus, ApiError::Kind kind);
    void goOffline(const QString &error);
    void goOnline();

    QPointer<Connection> m_connection;
    QTimer *m_probeTimer;
    OfflineArchive *m_archive;
    ApiCall<QList<SparkVersion>> m_probe;
    // From sending the probe to its answer: failures of requests meanwhile wait for it.
    bool m_probing = false;
    qint64 m_offlineSinceMs = 0;
    qint64 m_dataAsOfMs = 0;
    bool m_asOfKnown = false; // read from the archive since going offline
    QString m_lastError;
};

} // namespace brickdesk
