#include "workspaceemulator.h"

#include "clustereventgenerator.h"
#include "clustersapi.h"
#include "emulatorhttpserver.h"
#include "emulatorlogging.h"
#include "hostheader.h"
#include "jobsapi.h"
#include "oauthserver.h"
#include "permissionsapi.h"
#include "ratelimiter.h"
#include "responsechannel.h"
#include "scimapi.h"
#include "sqlwarehouses.h"
#include "statementexecution.h"
#include "systemtables.h"
#include "workspaceseeder.h"
#include "workspacestate.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

WorkspaceEmulator::WorkspaceEmulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    QElapsedTimer timer;
    timer.start();
    m_state = std::make_unique<WorkspaceState>(options);
    WorkspaceSeeder::seed(*m_state);
    QString error;
    if (!m_state->loadState(&error)) // the file is then never written over
        m_stateError
            = tr("Cannot use the state file %1: %2. It was left as it is.").arg(options.stateFile, error);
    if (!m_stateError.isEmpty())
        qCWarning(lcEmulator).noquote() << m_stateError;
    m_jobs = std::make_unique<JobsApi>(*m_state);
    m_clusters = std::make_unique<ClustersApi>(*m_state);
    m_scim = std::make_unique<ScimApi>(*m_state);
    m_permissions = std::make_unique<PermissionsApi>(*m_state);
    m_oauth = std::make_unique<OAuthServer>(options, u"http://127.0.0.1"_s);
    m_rateLimiter = std::make_unique<RateLimiter>(options.rateLimits);
    m_systemTables = std::make_unique<SystemTables>(*m_state);
    m_warehouses = std::make_unique<SqlWarehouses>(*m_state);
    m_statements = std::make_unique<StatementExecution>(*m_state, *m_warehouses, *m_systemTables);
    m_server = new EmulatorHttpServer(
        [this](const EmulatorRequest &request, std::shared_ptr<ResponseChannel> channel) {
            dispatch(request, std::move(channel));
        },
        this);
    qCDebug(lcEmulator) << "seeded" << m_state->jobs().size() << "jobs," << m_state->runs().size() << "runs,"
                        << m_state->clusters().size() << "clusters in" << timer.elapsed() << "ms";
}

WorkspaceEmulator::~WorkspaceEmulator() = default;

bool WorkspaceEmulator::listen(const QHostAddress &address, quint16 port)
{
    if (!m_stateError.isEmpty()) {
        m_errorString = m_stateError;
        return false;
    }
    const quint16 chosen = m_server->listen(address, port);
    if (chosen == 0) {
        m_errorString = tr("Cannot listen on %1 port %2.").arg(address.toString()).arg(port);
        return false;
    }
    m_port = chosen;
    m_bound = address;
    if (!address.isLoopback())
        qCWarning(lcEmulator).noquote() << "listening on" << address.toString()
                                        << "which is not a loopback address: other machines can reach this "
                                           "emulator, and its demo token and OAuth clients are public";
    const QString host = address == QHostAddress::LocalHost || address == QHostAddress::Any
        ? u"127.0.0.1"_s
        : address.toString();
    m_host = u"http://%1:%2"_s.arg(host).arg(chosen);
    m_state->setHost(m_host);
    m_oauth->setBaseUrl(m_host);
    qCDebug(lcEmulator) << "listening on" << m_host;
    return true;
}

quint16 WorkspaceEmulator::port() const
{
    return m_port;
}

QUrl WorkspaceEmulator::url() const
{
    return QUrl(m_host);
}

QString WorkspaceEmulator::demoToken()
{
    return u"dapi-brickdesk-demo"_s;
}

QString WorkspaceEmulator::token() const
{
    return m_options.tokens.isEmpty() ? demoToken() : m_options.tokens.first();
}

QString WorkspaceEmulator::userName() const
{
    return m_state->apiUser();
}

void WorkspaceEmulator::setLatency(int ms, int jitterMs)
{
    m_options.latencyMs = ms;
    m_options.latencyJitterMs = jitterMs;
}

int WorkspaceEmulator::issuedAccessTokens() const
{
    return m_oauth->issuedAccessTokens();
}

int WorkspaceEmulator::expiredTokensPresented() const
{
    return m_oauth->expiredTokensPresented();
}

std::optional<EmulatorResponse> WorkspaceEmulator::authenticate(const EmulatorRequest &request) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") || header.size() <= 7) {
        return EmulatorResponse::error(401, u"UNAUTHENTICATED"_s,
            u"Credential was not sent or was of an unsupported type for this API."_s);
    }
    const QString token = QString::fromUtf8(header.mid(7).trimmed());
    const QStringList accepted = m_options.tokens.isEmpty() ? QStringList {demoToken()} : m_options.tokens;
    if (accepted.contains(token))
        return std::nullopt;
    switch (m_oauth->checkAccessToken(token)) {
    case OAuthServer::TokenCheck::Valid:
        return std::nullopt;
    case OAuthServer::TokenCheck::Expired:
        // As the service refuses an OAuth token in its last 30 s or after: 403, not 401, so a
        // client that waits for a refusal before refreshing never recovers on its own.
        return EmulatorResponse::error(
            403, u"PERMISSION_DENIED"_s, u"Token is expiring within 30 seconds."_s);
    case OAuthServer::TokenCheck::Unknown:
        break;
    }
    return EmulatorResponse::error(403, u"PERMISSION_DENIED"_s, u"Invalid access token."_s);
}

EmulatorResponse WorkspaceEmulator::statusPage() const
{
    const QString page
        = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Brickdesk workspace "
          "emulator</title></head><body>"
          "<h1>Brickdesk workspace emulator</h1><p>A local Databricks workspace: Jobs API 2.1/2.2, Clusters "
          "API 2.0/2.1, "
          "job permissions, SCIM Me, OAuth at /oidc.</p><ul><li>Jobs: %1</li><li>Runs: %2</li><li>Clusters: "
          "%3</li><li>Seed: %4</li></ul>"
          "<p>Try <code>curl -H 'Authorization: Bearer TOKEN' %5/api/2.2/jobs/list</code></p></body></html>"_s
              .arg(m_state->jobs().size())
              .arg(m_state->runs().size())
              .arg(m_state->clusters().size())
              .arg(m_options.seed)
              .arg(m_host);
    return EmulatorResponse::html(200, page.toUtf8());
}

EmulatorResponse WorkspaceEmulator::route(const EmulatorRequest &request)
{
    const QString &path = request.path;
    if (path == u"/"_s && request.method == "GET")
        return statusPage();
    if (path == u"/.well-known/databricks-config"_s)
        return EmulatorResponse::error(404, u"NOT_FOUND"_s, u"Not found"_s);
    if (path.startsWith(u"/oidc/"_s))
        return m_oauth->handle(request, path);
    static const QRegularExpression api(u"^/api/(2\\.[0-2])/(jobs|clusters)/([a-z\\-/]+?)/?$"_s);
    const auto match = api.match(path);
    if (path.startsWith(u"/api/"_s)) {
        if (auto denied = authenticate(request))
            return *denied;
    }
    static const QString scimPrefix = u"/api/2.0/preview/scim/v2/"_s;
    if (path.startsWith(scimPrefix))
        return m_scim->handle(request, path.mid(scimPrefix.size()));
    static const QRegularExpression permissions(u"^/api/2\\.0/permissions/([a-z\\-]+)/([^/]+)/?$"_s);
    if (const auto p = permissions.match(path); p.hasMatch()) {
        if (m_options.enableRateLimits && !m_rateLimiter->allow(u"permissions"_s)) {
            EmulatorResponse r = EmulatorResponse::error(429, u"REQUEST_LIMIT_EXCEEDED"_s,
                u"Too many requests to permissions. Please wait a moment and try again."_s);
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            return r;
        }
        return m_permissions->handle(request, p.captured(1), p.captured(2));
    }
    static const QString warehousesPrefix = u"/api/2.0/sql/warehouses"_s;
    static const QString statementsPrefix = u"/api/2.0/sql/statements"_s;
    if (path == warehousesPrefix || path.startsWith(warehousesPrefix + u'/'))
        return m_warehouses->handle(request, path.mid(warehousesPrefix.size()));
    if (path == statementsPrefix || path.startsWith(statementsPrefix + u'/'))
        return m_statements->handle(request, path.mid(statementsPrefix.size()));
    if (!match.hasMatch()) {
        return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
            u"No API found for '%1 %2'"_s.arg(QString::fromLatin1(request.method), path));
    }
    const QString version = match.captured(1);
    const QString area = match.captured(2);
    const QString endpoint = match.captured(3);
    if (m_options.enableRateLimits && !m_rateLimiter->allow(area + u'/' + endpoint)) {
        EmulatorResponse r = EmulatorResponse::error(429, u"REQUEST_LIMIT_EXCEEDED"_s,
            u"Too many requests to %1/%2. Please wait a moment and try again."_s.arg(area, endpoint));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return r;
    }
    if (area == u"jobs"_s && (version == u"2.1"_s || version == u"2.2"_s))
        return m_jobs->handle(request, version, endpoint);
    if (area == u"clusters"_s && (version == u"2.0"_s || version == u"2.1"_s))
        return m_clusters->handle(request, version, endpoint);
    return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
        u"No API found for '%1 %2'"_s.arg(QString::fromLatin1(request.method), path));
}

void WorkspaceEmulator::dispatch(const EmulatorRequest &request, std::shared_ptr<ResponseChannel> channel)
{
    ++m_requestCount;
    // Method and path only: the query may be harmless, but headers carry the token.
    qCDebug(lcEmulator).noquote() << QString::fromLatin1(request.method) << request.path;
    if (!HostHeader::isAllowed(request.header("Host"), m_port, m_bound)) {
        // Before faults, latency and routing: a page that re-pointed its own name at this
        // machine gets nothing, not even a hint of what is here.
        channel->send(EmulatorResponse::error(403, u"PERMISSION_DENIED"_s,
            u"The Host header does not name this emulator (use 127.0.0.1, localhost or [::1] with port %1)."_s
                .arg(m_port)));
        Q_EMIT requestServed(QString::fromLatin1(request.method), request.path, 403);
        return;
    }
    int delay = m_options.latencyMs;
    if (m_options.latencyJitterMs > 0)
        delay += int(QRandomGenerator::global()->bounded(2 * m_options.latencyJitterMs + 1))
            - m_options.latencyJitterMs;
    delay = std::max(0, delay);

    enum class Delivery { Normal, Truncate, Drop, DropAfterHandling } delivery = Delivery::Normal;
    std::optional<EmulatorResponse> response;
    if (const auto fault = m_faults.take(request.method, request.path)) {
        qCDebug(lcEmulator) << "fault" << Fault::kindName(fault->kind) << "on" << request.path;
        switch (fault->kind) {
        case Fault::Kind::RateLimit: {
            EmulatorResponse r = EmulatorResponse::error(429, u"REQUEST_LIMIT_EXCEEDED"_s,
                u"Too many requests. Please wait a moment and try again."_s);
            r.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(fault->retryAfterSeconds)));
            response = r;
            break;
        }
        case Fault::Kind::ServerError:
            response = fault->status == 503 ? EmulatorResponse::error(503, u"TEMPORARILY_UNAVAILABLE"_s,
                           u"The service is temporarily unavailable. Please try again later."_s)
                : fault->status == 401 // as a gateway answers a credential it cannot use
                ? EmulatorResponse::error(401, u"UNAUTHENTICATED"_s,
                    u"Credential was not sent or was of an unsupported type for this API."_s)
                : fault->status == 404 // as the service answers a path it does not serve (e.g. no Jobs 2.2)
                    ? EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
                        u"No API found for '%1 %2'"_s.arg(QString::fromLatin1(request.method), request.path))
                    : EmulatorResponse::error(fault->status, u"INTERNAL_ERROR"_s,
                        u"An internal error occurred. Please try again later."_s);
            break;
        case Fault::Kind::Latency:
            delay += fault->latencyMs;
            break;
        case Fault::Kind::Drop:
            delivery = Delivery::Drop;
            break;
        case Fault::Kind::DropAfterHandling:
            delivery = Delivery::DropAfterHandling;
            break;
        case Fault::Kind::Truncate:
            delivery = Delivery::Truncate;
            break;
        case Fault::Kind::Html:
            response = EmulatorResponse::html(fault->status,
                QByteArrayLiteral(
                    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                    "</center><hr><pre>upstream connect error or disconnect/reset before headers</pre>"
                    "<center>nginx</center></body></html>"));
            break;
        }
    }
    if (!response && delivery != Delivery::Drop) {
        response = route(request);
        delay += response->delayMs;
    }

    auto deliver = [this, channel, delivery, response, method = QString::fromLatin1(request.method),
                       path = request.path]() {
        switch (delivery) {
        case Delivery::Drop:
        case Delivery::DropAfterHandling:
            channel->drop();
            Q_EMIT requestServed(method, path, 0);
            return;
        case Delivery::Truncate:
            channel->sendTruncated(*response);
            break;
        case Delivery::Normal:
            channel->send(*response);
            break;
        }
        Q_EMIT requestServed(method, path, response->status);
    };
    if (delay > 0)
        QTimer::singleShot(delay, this, deliver);
    else
        deliver();
}

// ---------------------------------------------------------------------- in-process access

QJsonObject WorkspaceEmulator::job(qint64 jobId) const
{
    const auto it = m_state->jobs().find(jobId);
    return it == m_state->jobs().end() ? QJsonObject {} : m_state->jobJson(it->second, true);
}

bool WorkspaceEmulator::updateJobSettings(qint64 jobId, const QJsonObject &settings)
{
    JobRecord *job = m_state->findJob(jobId);
    if (!job)
        return false;
    job->settings = settings;
    m_state->markJobChanged(jobId);
    return true;
}

bool WorkspaceEmulator::deleteJob(qint64 jobId)
{
    if (!m_state->findJob(jobId))
        return false;
    m_state->deleteJob(jobId);
    return true;
}

QList<qint64> WorkspaceEmulator::jobIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_state->jobs().size()));
    for (const auto &entry : m_state->jobs())
        ids.append(entry.first);
    return ids;
}

int WorkspaceEmulator::jobCount() const
{
    return int(m_state->jobs().size());
}

qint64 WorkspaceEmulator::anyJobId(int minTasks) const
{
    for (const auto &[id, job] : m_state->jobs()) {
        if (job.settings.value(u"tasks"_s).toArray().size() >= minTasks)
            return id;
    }
    return 0;
}

qint64 WorkspaceEmulator::jobIdByName(const QString &name) const
{
    for (const auto &[id, job] : m_state->jobs()) {
        if (job.settings.value(u"name"_s).toString() == name)
            return id;
    }
    return 0;
}

QJsonObject WorkspaceEmulator::run(qint64 runId)
{
    RunRecord *r = m_state->findRun(runId);
    return r ? m_state->runJson(*r, true, true) : QJsonObject {};
}

qint64 WorkspaceEmulator::runForIdempotencyToken(const QString &token) const
{
    return m_state->runForIdempotencyToken(token);
}

QList<qint64> WorkspaceEmulator::runIdsOfJob(qint64 jobId) const
{
    QList<qint64> ids;
    const auto &indices = m_state->runIndicesOfJob(jobId);
    for (auto it = indices.rbegin(); it != indices.rend(); ++it) {
        const RunRecord &r = m_state->runs()[*it];
        if (m_state->isRunVisible(r))
            ids.append(r.runId);
    }
    return ids;
}

QStringList WorkspaceEmulator::clusterIds() const
{
    QStringList ids;
    for (const ClusterRecord &c : m_state->clusters())
        ids.append(c.clusterId);
    return ids;
}

QString WorkspaceEmulator::anyClusterId(const QString &state) const
{
    for (ClusterRecord &c : m_state->clusters()) {
        m_state->advanceCluster(c);
        if (state.isEmpty() || WorkspaceState::stateName(c.state) == state)
            return c.clusterId;
    }
    return {};
}

QJsonObject WorkspaceEmulator::cluster(const QString &clusterId)
{
    ClusterRecord *c = m_state->findCluster(clusterId);
    return c ? m_state->clusterJson(*c, true) : QJsonObject {};
}

std::vector<ClusterEventGenerator::SimulatedWorkers> WorkspaceEmulator::simulatedWorkers(
    const QString &clusterId)
{
    ClusterRecord *c = m_state->findCluster(clusterId);
    if (!c)
        return {};
    // The generator is deterministic: running it again on the cluster's seed gives the same
    // history, this time with the counts it simulated alongside.
    std::vector<ClusterEventGenerator::SimulatedWorkers> truth;
    const std::vector<EventRecord> events = ClusterEventGenerator::generate(*c, &truth);
    const std::vector<EventRecord> &served = m_state->visibleEvents(*c);
    if (served.size() < events.size())
        return {};
    for (size_t i = 0; i < events.size(); ++i) {
        if (served[i].timestamp != events[i].timestamp || served[i].type != events[i].type)
            return {}; // the cluster changed since its history was made
    }
    return truth;
}

QStringList WorkspaceEmulator::sqlWarehouseIds() const
{
    return m_warehouses->ids();
}

SystemTables &WorkspaceEmulator::systemTables()
{
    return *m_systemTables;
}

int WorkspaceEmulator::eventCount(const QString &clusterId)
{
    ClusterRecord *c = m_state->findCluster(clusterId);
    return c ? int(m_state->visibleEvents(*c).size()) : 0;
}

QJsonArray WorkspaceEmulator::events(const QString &clusterId, qint64 startMs, qint64 endMs)
{
    QJsonArray out;
    ClusterRecord *c = m_state->findCluster(clusterId);
    if (!c)
        return out;
    startMs = std::max(startMs, m_state->eventsKeptFrom());
    for (const EventRecord &e : m_state->visibleEvents(*c)) {
        if (e.timestamp >= startMs && e.timestamp <= endMs)
            out.append(ClusterEventGenerator::toJson(*c, e));
    }
    return out;
}

} // namespace brickdesk::emulator
