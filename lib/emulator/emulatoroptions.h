#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

// An OAuth client registered with the emulator's authorization server. A client without a
// secret is a public client (user-to-machine with PKCE, like `databricks-cli`).
struct OAuthClient
{
    QString clientId;
    QString clientSecret;
};

// How POST clusters/events pages. Token is today's service (since July 30, 2026): page_size
// and page_token only, `limit`/`offset` ignored, no `next_page`, no `total_count`. Legacy is
// the service before it (limit/offset, `next_page` to re-post, `total_count`, no tokens).
// Both answers each request in the scheme it uses (what the service did during the change).
enum class EventsPaging {
    Token,
    Legacy,
    Both,
};

// Everything that shapes an emulated workspace. Defaults give the demo workspace.
struct EmulatorOptions
{
    quint64 seed = 42;
    int jobs = 300;
    int runsPerJob = 30; // average; actual counts vary per job
    int clusters = 24;
    int eventsPerCluster = 0; // 0 = natural amount from the simulated history
    int historyDays = 42;
    // Retention like the service: cluster events older than this many days are gone (so a
    // cluster's whole history goes this long after its last termination); 0 keeps them all.
    // Off by default so the demo keeps its whole history; `--event-retention-days 30` is the
    // service's figure.
    int eventRetentionDays = 0;
    // Runs that started more than this many days ago are gone (the service: 60); 0 keeps all.
    int runRetentionDays = 60;
    double timeScale = 1.0; // live run speed multiplier (tests use e.g. 30)
    double liveFailureRate = 0.1; // share of live runs (run-now, submit, repair) that fail
    int latencyMs = 0;
    int latencyJitterMs = 0;
    QStringList tokens; // accepted personal access tokens; empty = accept demoToken()
    QString stateFile; // persist created/changed/deleted jobs here (JSON) when set
    bool enableRateLimits = false;
    // Requests per second per endpoint (path suffix after the version, e.g. "jobs/create").
    // Empty = the published limits (jobs/create 20, run-now 20, runs/submit 35, runs/get 100,
    // everything else 100).
    QHash<QString, double> rateLimits;
    // OAuth access tokens. At least a minute: the service refuses a token in its last 30 s.
    int accessTokenLifetimeSeconds = 3600;
    // "Now" for the OAuth server (ms since the epoch), which token and code lifetimes are
    // measured on; empty = the wall clock. Tests share one clock with the client and move it
    // instead of waiting for a token to run out.
    std::function<qint64()> oauthClock;
    QList<OAuthClient> oauthClients; // empty = defaultOAuthClients()
    QString cloud = u"aws"_s; // "aws" or "azure": node types and attributes
    qint64 workspaceId = 1'234'567'890'123'456;
    EventsPaging eventsPaging = EventsPaging::Token;
    // SQL warehouses and the system tables behind them; durations are divided by timeScale.
    int warehouseStartSeconds = 45; // STARTING -> RUNNING
    int statementMs = 800; // how long a statement runs once its warehouse is up
    int statementChunkRows = 10'000; // rows per INLINE result chunk
    int nodeTimelineDays = 3; // per-minute node rows kept (the service: 90; 3 days of the demo: ~200k rows)
    bool systemTableGrants = true; // false: the caller has no USE CATALOG on `system`
    // The instant the seeded history ends (ms since the epoch, rounded down to a minute);
    // 0 = now. The history's shape depends on it (working days, time zones), so tests that must
    // cover many shapes set it.
    qint64 seededAtMs = 0;

    // "token" / "legacy" / "both"; false for anything else.
    static bool parseEventsPaging(const QString &text, EventsPaging *paging)
    {
        if (text == u"token"_s)
            *paging = EventsPaging::Token;
        else if (text == u"legacy"_s)
            *paging = EventsPaging::Legacy;
        else if (text == u"both"_s)
            *paging = EventsPaging::Both;
        else
            return false;
        return true;
    }

    static QList<OAuthClient> defaultOAuthClients()
    {
        return {{u"brickdesk-demo-sp"_s, u"brickdesk-demo-secret"_s}, {u"databricks-cli"_s, QString()},
            {u"brickdesk"_s, QString()}};
    }
};

} // namespace brickdesk::emulator
