#pragma once

#include "clustereventgenerator.h"
#include "emulatoroptions.h"
#include "emulatorrequest.h"
#include "emulatorresponse.h"
#include "faultinjector.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

class ClustersApi;
class EmulatorHttpServer;
class JobsApi;
class OAuthServer;
class PermissionsApi;
class RateLimiter;
class ResponseChannel;
class ScimApi;
class SqlWarehouses;
class StatementExecution;
class SystemTables;
class WorkspaceState;

// A local Databricks workspace: the Jobs (2.1, 2.2) and Clusters (2.0, 2.1) REST APIs, job
// permissions, SCIM Me and the OAuth endpoints over real HTTP, on a seeded, deterministic workspace. Serves
// from the thread it lives in and never blocks it: latency and faults are answered from timers.
//
//   WorkspaceEmulator emulator(options);
//   emulator.listen();                      // 127.0.0.1, a free port
//   client.setHost(emulator.url());         // http://127.0.0.1:PORT
//   emulator.faults().add(Fault::rateLimit(u"/api/2.2/jobs/list"_s, 1, 2));
class WorkspaceEmulator : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceEmulator(const EmulatorOptions &options, QObject *parent = nullptr);
    ~WorkspaceEmulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT
    QString errorString() const { return m_errorString; }
    // Why the --state file cannot be used (unreadable, not JSON); listen() refuses then, and
    // the file is never written.
    QString stateError() const { return m_stateError; }

    // The documented, obviously fake token accepted when no tokens are configured.
    static QString demoToken();
    // A token the emulator accepts (the first configured one, or demoToken()).
    QString token() const;
    // Whom the tokens belong to (SCIM Me userName): a creator of some of the seeded jobs.
    QString userName() const;
    const EmulatorOptions &options() const { return m_options; }

    FaultInjector &faults() { return m_faults; }

    // ---- direct, in-process access (same thread as the emulator)
    QJsonObject job(qint64 jobId) const; // as jobs/get (2.1: all tasks); empty if none
    bool updateJobSettings(qint64 jobId, const QJsonObject &settings); // replaces, like jobs/reset
    bool deleteJob(qint64 jobId);
    QList<qint64> jobIds() const; // ascending
    int jobCount() const;
    // A job with at least `minTasks` tasks (0 if none); `multiTask` = more than one task.
    qint64 anyJobId(int minTasks = 1) const;
    qint64 jobIdByName(const QString &name) const;
    QJsonObject run(qint64 runId); // as runs/get (2.1); empty if none
    QList<qint64> runIdsOfJob(qint64 jobId) const; // most recent first
    qint64 runForIdempotencyToken(const QString &token) const; // 0 if no run was made with it
    QStringList clusterIds() const; // the first is the large autoscaling always-on cluster
    QString anyClusterId(const QString &state = QString()) const; // e.g. "RUNNING", "TERMINATED"
    QJsonObject cluster(const QString &clusterId);
    int eventCount(const QString &clusterId); // generates the history if needed
    // The worker counts the generator simulated for the cluster's seeded history, one entry per
    // generated event (live changes since are not included); empty if there is no such cluster.
    std::vector<ClusterEventGenerator::SimulatedWorkers> simulatedWorkers(const QString &clusterId);
    // The events clusters/events serves for [startMs, endMs] (both inclusive), oldest first,
    // exactly as it renders them.
    QJsonArray events(const QString &clusterId, qint64 startMs, qint64 endMs);
    // The SQL warehouses' ids: the first is RUNNING when seeded, the second STOPPED.
    QStringList sqlWarehouseIds() const;
    // The system tables behind the SQL warehouses (tests read the seeded rows directly).
    SystemTables &systemTables();
    void setLatency(int ms, int jitterMs = 0);
    qint64 requestCount() const { return m_requestCount; }
    int issuedAccessTokens() const;
    // Requests refused because their OAuth access token was expired or in its last 30 s.
    int expiredTokensPresented() const;

    // Answers `request` at once, in process: the routing and the endpoint behind it, as the
    // HTTP front does after its Host check and without latency or faults (the request-routing
    // fuzz target drives every endpoint's parsing through it).
    EmulatorResponse respond(const EmulatorRequest &request) { return route(request); }

Q_SIGNALS:
    void requestServed(const QString &method, const QString &path, int status);

private:
    void dispatch(const EmulatorRequest &request, std::shared_ptr<ResponseChannel> channel);
    EmulatorResponse route(const EmulatorRequest &request);
    EmulatorResponse statusPage() const;
    std::optional<EmulatorResponse> authenticate(const EmulatorRequest &request) const;

    EmulatorOptions m_options;
    std::unique_ptr<WorkspaceState> m_state;
    std::unique_ptr<JobsApi> m_jobs;
    std::unique_ptr<ClustersApi> m_clusters;
    std::unique_ptr<ScimApi> m_scim;
    std::unique_ptr<PermissionsApi> m_permissions;
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<SystemTables> m_systemTables;
    std::unique_ptr<SqlWarehouses> m_warehouses;
    std::unique_ptr<StatementExecution> m_statements;
    FaultInjector m_faults;
    EmulatorHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_host;
    QString m_errorString;
    QString m_stateError;
    QHostAddress m_bound;
    qint64 m_requestCount = 0;
};

} // namespace brickdesk::emulator
