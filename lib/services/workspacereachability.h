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

// Whether a workspace can be reached, from what its requests meet: a request that ends in a
// network error or a timeout once the retry policy's attempts are spent makes it offline;
// any HTTP answer, even an error, makes it reachable again. While offline it asks the
// workspace for something cheap (its Spark versions) every so often, so that it comes back
// by itself when the network does. What the archive holds can still be browsed meanwhile;
// offlineText() says so for a banner, and reason() for actions that need the workspace.
class WorkspaceReachability final : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceReachability(QObject *parent = nullptr);
    ~WorkspaceReachability() override;

    // nullptr: no workspace, not offline.
    void setConnection(Connection *connection);
    void setProbeIntervalMs(int ms);

    bool isOffline() const { return m_offlineSinceMs > 0; }
    qint64 offlineSinceMs() const { return m_offlineSinceMs; }
    // What the last failure said ("Connection refused"...).
    QString lastError() const { return m_lastError; }
    // "Offline since 10:21: the workspace cannot be reached (…). What the archive holds can
    // still be browsed; actions that need the workspace are off until it answers again."
    QString offlineText() const;
    // Why an action that needs the workspace is off; empty when it is reachable.
    QString reason() const;

    // Asks the workspace now (Try again).
    void probeNow();

signals:
    void changed();

private:
    void requestFinished(int httpStatus, ApiError::Kind kind);

    QPointer<Connection> m_connection;
    QTimer *m_probeTimer;
    ApiCall<QList<SparkVersion>> m_probe;
    qint64 m_offlineSinceMs = 0;
    QString m_lastError;
};

} // namespace brickdesk
