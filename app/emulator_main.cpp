// brickdesk-emulator: a local Databricks workspace (Jobs and Clusters APIs) for the Databricks
// CLI, the SDKs and Brickdesk itself. See --help.
#include "emulator/emulatorlogging.h"
#include "emulator/fault.h"
#include "emulator/workspaceemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <variant>
#include <vector>

using namespace Qt::Literals::StringLiterals;

using brickdesk::emulator::EmulatorOptions;
using brickdesk::emulator::Fault;
using brickdesk::emulator::WorkspaceEmulator;

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

using NumberTarget = std::variant<int *, double *, quint64 *>;

struct NumberOption
{
    QCommandLineOption option;
    NumberTarget target;
};

bool parseNumber(const QString &text, int *out)
{
    bool ok = false;
    *out = text.toInt(&ok);
    return ok;
}

bool parseNumber(const QString &text, double *out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

bool parseNumber(const QString &text, quint64 *out)
{
    bool ok = false;
    *out = text.toULongLong(&ok);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"brickdesk-emulator"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(BRICKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "A local Databricks workspace: Jobs API 2.1/2.2, Clusters API 2.0/2.1 and OAuth endpoints over "
        "HTTP,\n"
        "on a deterministic seeded workspace. Point the Databricks CLI, the SDKs or Brickdesk at it."));
    parser.addHelpOption();
    parser.addVersionOption();
    EmulatorOptions options;
    int port = 0;
    // Every option that takes a number, with where its value goes.
    const auto number = [](const QString &name, const char *help, const QString &valueName,
                            const QString &defaultValue, NumberTarget target) {
        return NumberOption {
            QCommandLineOption(name, QCoreApplication::translate("main", help), valueName, defaultValue),
            target};
    };
    const std::vector<NumberOption> numbers {
        number(u"port"_s, "TCP port to listen on; 0 picks a free port and prints it (default 8080).", u"N"_s,
            u"8080"_s, &port),
        number(u"seed"_s, "Seed of the generated workspace (default 42).", u"N"_s, u"42"_s, &options.seed),
        number(u"jobs"_s, "Number of seeded jobs (default 300).", u"N"_s, u"300"_s, &options.jobs),
        number(u"runs-per-job"_s, "Average number of historical runs per job (default 30).", u"N"_s, u"30"_s,
            &options.runsPerJob),
        number(u"clusters"_s, "Number of seeded clusters (default 24).", u"N"_s, u"24"_s, &options.clusters),
        number(u"events-per-cluster"_s,
            "Events in each cluster's history (default 0 = the natural amount for the simulated history).",
            u"N"_s, u"0"_s, &options.eventsPerCluster),
        number(u"history-days"_s, "Days of simulated history (default 42).", u"N"_s, u"42"_s,
            &options.historyDays),
        number(u"time-scale"_s, "Speed of live runs and cluster changes (default 1; 10 = ten times faster).",
            u"X"_s, u"1"_s, &options.timeScale),
        number(u"failure-rate"_s, "Share of live runs that fail, 0..1 (default 0.1).", u"P"_s, u"0.1"_s,
            &options.liveFailureRate),
        number(u"latency"_s, "Added latency of every response in ms (default 0; real workspaces: 50-300).",
            u"MS"_s, u"0"_s, &options.latencyMs),
        number(u"latency-jitter"_s, "Random +/- jitter on the latency in ms (default 0).", u"MS"_s, u"0"_s,
            &options.latencyJitterMs),
        number(u"oauth-token-lifetime"_s,
            "Lifetime of OAuth access tokens in seconds (default 3600, at least 60; like the service, "
            "a token is refused in its last 30 s).",
            u"S"_s, u"3600"_s, &options.accessTokenLifetimeSeconds),
        number(u"event-retention-days"_s,
            "Cluster events older than this many days are gone, like the service's 30 (default 0: all kept).",
            QCoreApplication::translate("main", "days"), u"0"_s, &options.eventRetentionDays),
        number(u"run-retention-days"_s,
            "Runs that started more than this many days ago are gone (default 60, as the service; 0: all "
            "kept).",
            QCoreApplication::translate("main", "days"), u"60"_s, &options.runRetentionDays),
        number(u"node-timeline-days"_s,
            "Days of per-minute rows in system.compute.node_timeline (default 3; each day of the demo "
            "workspace is about 70,000 rows in memory, made on the first statement that reads them).",
            QCoreApplication::translate("main", "N"), u"3"_s, &options.nodeTimelineDays),
    };
    const QCommandLineOption bindOption(u"bind"_s,
        QCoreApplication::translate(
            "main", "Address to bind (default 127.0.0.1; only loopback is sensible)."),
        u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption tokenOption(u"token"_s,
        QCoreApplication::translate("main",
            "An accepted personal access token (repeatable). Without any, the demo token \"%1\" is accepted.")
            .arg(WorkspaceEmulator::demoToken()),
        u"TOKEN"_s);
    const QCommandLineOption cloudOption(u"cloud"_s,
        QCoreApplication::translate("main", "Cloud flavour of node types: aws or azure (default aws)."),
        u"CLOUD"_s, u"aws"_s);
    const QCommandLineOption stateOption(u"state"_s,
        QCoreApplication::translate(
            "main", "Keep created, changed and deleted jobs in this JSON file across restarts."),
        u"FILE"_s);
    const QCommandLineOption rateLimitOption(u"rate-limits"_s,
        QCoreApplication::translate("main",
            "Answer 429 REQUEST_LIMIT_EXCEEDED above the published per-endpoint limits "
            "(jobs/create 20/s, jobs/run-now 20/s, jobs/runs/submit 35/s, jobs/runs/get 100/s, others "
            "100/s)."));
    const QCommandLineOption rateOption(u"rate-limit"_s,
        QCoreApplication::translate("main",
            "Per-endpoint limit ENDPOINT=PER_SECOND, e.g. jobs/list=5 or *=50 (repeatable; implies "
            "--rate-limits)."),
        u"ENDPOINT=N"_s);
    const QCommandLineOption faultOption(u"fault"_s,
        QCoreApplication::translate("main",
            "Inject a fault (repeatable): comma-separated key=value with "
            "type=429|500|503|latency|drop|drop-after|truncate|html, "
            "path=REGEX (default: every path), count=N (default: unlimited), retry-after=S, ms=N, "
            "method=GET|POST. "
            "Example: --fault type=429,path=/api/2.2/jobs/list,count=2,retry-after=3"),
        u"SPEC"_s);
    const QCommandLineOption clientOption(u"oauth-client"_s,
        QCoreApplication::translate("main",
            "An OAuth client ID[:SECRET] (repeatable; without a secret it is a public PKCE client). Default: "
            "brickdesk-demo-sp:brickdesk-demo-secret, databricks-cli and brickdesk."),
        u"ID[:SECRET]"_s);
    const QCommandLineOption eventsPagingOption(u"events-paging"_s,
        QCoreApplication::translate("main",
            "How clusters/events pages: token (today's service: page_size/page_token only, no "
            "total_count), legacy (limit/offset, next_page and total_count) or both (default: token)."),
        QCoreApplication::translate("main", "mode"), u"token"_s);
    const QCommandLineOption noGrantsOption(u"no-system-table-grants"_s,
        QCoreApplication::translate("main",
            "Fail statements on system tables as for a user without USE CATALOG on system (Brickdesk then "
            "names the grants and falls back to its node-hour estimate)."));
    const QCommandLineOption verboseOption(u"verbose"_s,
        QCoreApplication::translate("main", "Log every request (method and path; never tokens)."));
    for (const NumberOption &n : numbers)
        parser.addOption(n.option);
    parser.addOptions({bindOption, tokenOption, cloudOption, stateOption, rateLimitOption, rateOption,
        faultOption, clientOption, eventsPagingOption, noGrantsOption, verboseOption});
    parser.process(app);

    QTextStream err(stderr);
    for (const NumberOption &n : numbers) {
        const QString text = parser.value(n.option);
        if (!std::visit([&text](auto *out) { return parseNumber(text, out); }, n.target)) {
            err << QCoreApplication::translate("main", "--%1 needs a number, got \"%2\"")
                       .arg(n.option.names().first(), text)
                << Qt::endl;
            return 2;
        }
    }
    options.systemTableGrants = !parser.isSet(noGrantsOption);
    if (port < 0 || port > 65535 || options.jobs < 0 || options.clusters < 0 || options.historyDays < 1
        || options.timeScale <= 0 || options.eventRetentionDays < 0 || options.runRetentionDays < 0
        || options.nodeTimelineDays < 0) {
        err << QCoreApplication::translate("main", "Invalid size, port or time scale; see --help.")
            << Qt::endl;
        return 2;
    }
    if (!EmulatorOptions::parseEventsPaging(parser.value(eventsPagingOption), &options.eventsPaging)) {
        err << QCoreApplication::translate("main", "Invalid --events-paging \"%1\": token, legacy or both")
                   .arg(parser.value(eventsPagingOption))
            << Qt::endl;
        return 2;
    }
    options.cloud = parser.value(cloudOption);
    options.tokens = parser.values(tokenOption);
    options.stateFile = parser.value(stateOption);
    options.enableRateLimits = parser.isSet(rateLimitOption) || parser.isSet(rateOption);
    for (const QString &spec : parser.values(rateOption)) {
        const QString endpoint = spec.section(u'=', 0, 0);
        bool ok = false;
        const double perSecond = spec.section(u'=', 1).toDouble(&ok);
        if (!ok || endpoint.isEmpty()) {
            err << QCoreApplication::translate("main", "Invalid --rate-limit \"%1\"").arg(spec) << Qt::endl;
            return 2;
        }
        options.rateLimits.insert(endpoint, perSecond);
    }
    if (!options.rateLimits.isEmpty() && !options.rateLimits.contains(u"*"_s))
        options.rateLimits.insert(u"*"_s, 0); // only the named endpoints are limited
    for (const QString &client : parser.values(clientOption))
        options.oauthClients.append({client.section(u':', 0, 0), client.section(u':', 1)});
    // Quiet by default; QT_LOGGING_RULES in the environment still wins.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption) ? u"brickdesk.emulator.debug=true"_s
                                                                 : u"brickdesk.emulator.debug=false"_s);

    WorkspaceEmulator emulator(options);
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        const auto fault = Fault::fromSpec(spec, &error);
        if (!fault) {
            err << QCoreApplication::translate("main", "Invalid --fault \"%1\": %2").arg(spec, error)
                << Qt::endl;
            return 2;
        }
        emulator.faults().add(*fault);
    }
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull()) {
        err << QCoreApplication::translate("main", "Invalid --bind address \"%1\"")
                   .arg(parser.value(bindOption))
            << Qt::endl;
        return 2;
    }
    if (!emulator.listen(address, quint16(port))) {
        err << emulator.errorString() << Qt::endl;
        return 1;
    }
    if (!address.isLoopback()) {
        err << Qt::endl
            << QCoreApplication::translate("main",
                   "WARNING: listening on %1, which is not a loopback address. Other machines can reach "
                   "this emulator; its demo token and OAuth client secrets are public. Use --bind "
                   "127.0.0.1 unless you really mean it.")
                   .arg(address.toString())
            << Qt::endl
            << Qt::endl;
    }
    const QString url = emulator.url().toString();
    QTextStream out(stdout);
    out << "Brickdesk workspace emulator listening on " << url << Qt::endl;
    out << "port " << emulator.port() << Qt::endl;
    // A token given with --token is the user's secret: never echoed (terminal scrollback and
    // logs keep it). Only the public demo token is printed.
    const QString token = options.tokens.isEmpty() ? WorkspaceEmulator::demoToken() : u"<your --token>"_s;
    if (options.tokens.isEmpty())
        out << "Accepted token (demo): " << WorkspaceEmulator::demoToken() << Qt::endl;
    else
        out << "Accepted tokens: " << options.tokens.size() << " (from --token)" << Qt::endl;
    out << Qt::endl
        << "Point the Databricks CLI at it:" << Qt::endl
        << "  export DATABRICKS_HOST=" << url << Qt::endl
        << "  export DATABRICKS_TOKEN=" << token << Qt::endl
        << "  databricks jobs list" << Qt::endl
        << "or with curl:" << Qt::endl
        << "  curl -H \"Authorization: Bearer $DATABRICKS_TOKEN\" " << url << "/api/2.2/jobs/list" << Qt::endl
        << "Press Ctrl+C to stop." << Qt::endl;

    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return app.exec();
}
