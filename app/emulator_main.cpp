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

using brickdesk::emulator::EmulatorOptions;
using brickdesk::emulator::Fault;
using brickdesk::emulator::WorkspaceEmulator;

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brickdesk-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRICKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "A local Databricks workspace: Jobs API 2.1/2.2, Clusters API 2.0/2.1 and OAuth endpoints over "
        "HTTP,\n"
        "on a deterministic seeded workspace. Point the Databricks CLI, the SDKs or Brickdesk at it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QCoreApplication::translate(
            "main", "TCP port to listen on; 0 picks a free port and prints it (default 8080)."),
        QStringLiteral("N"), QStringLiteral("8080"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
        QCoreApplication::translate(
            "main", "Address to bind (default 127.0.0.1; only loopback is sensible)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
        QCoreApplication::translate("main",
            "An accepted personal access token (repeatable). Without any, the demo token \"%1\" is accepted.")
            .arg(WorkspaceEmulator::demoToken()),
        QStringLiteral("TOKEN"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QCoreApplication::translate("main", "Seed of the generated workspace (default 42)."),
        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
        QCoreApplication::translate("main", "Number of seeded jobs (default 300)."), QStringLiteral("N"),
        QStringLiteral("300"));
    const QCommandLineOption runsOption(QStringLiteral("runs-per-job"),
        QCoreApplication::translate("main", "Average number of historical runs per job (default 30)."),
        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption clustersOption(QStringLiteral("clusters"),
        QCoreApplication::translate("main", "Number of seeded clusters (default 24)."), QStringLiteral("N"),
        QStringLiteral("24"));
    const QCommandLineOption eventsOption(QStringLiteral("events-per-cluster"),
        QCoreApplication::translate("main",
            "Events in each cluster's history (default 0 = the natural amount for the simulated history)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption daysOption(QStringLiteral("history-days"),
        QCoreApplication::translate("main", "Days of simulated history (default 42)."), QStringLiteral("N"),
        QStringLiteral("42"));
    const QCommandLineOption cloudOption(QStringLiteral("cloud"),
        QCoreApplication::translate("main", "Cloud flavour of node types: aws or azure (default aws)."),
        QStringLiteral("CLOUD"), QStringLiteral("aws"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
        QCoreApplication::translate(
            "main", "Keep created, changed and deleted jobs in this JSON file across restarts."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeScaleOption(QStringLiteral("time-scale"),
        QCoreApplication::translate(
            "main", "Speed of live runs and cluster changes (default 1; 10 = ten times faster)."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption failureOption(QStringLiteral("failure-rate"),
        QCoreApplication::translate("main", "Share of live runs that fail, 0..1 (default 0.1)."),
        QStringLiteral("P"), QStringLiteral("0.1"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
        QCoreApplication::translate(
            "main", "Added latency of every response in ms (default 0; real workspaces: 50-300)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption jitterOption(QStringLiteral("latency-jitter"),
        QCoreApplication::translate("main", "Random +/- jitter on the latency in ms (default 0)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption rateLimitOption(QStringLiteral("rate-limits"),
        QCoreApplication::translate("main",
            "Answer 429 REQUEST_LIMIT_EXCEEDED above the published per-endpoint limits "
            "(jobs/create 20/s, jobs/run-now 20/s, jobs/runs/submit 35/s, jobs/runs/get 100/s, others "
            "100/s)."));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        QCoreApplication::translate("main",
            "Per-endpoint limit ENDPOINT=PER_SECOND, e.g. jobs/list=5 or *=50 (repeatable; implies "
            "--rate-limits)."),
        QStringLiteral("ENDPOINT=N"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
        QCoreApplication::translate("main",
            "Inject a fault (repeatable): comma-separated key=value with "
            "type=429|500|503|latency|drop|truncate|html, "
            "path=REGEX (default: every path), count=N (default: unlimited), retry-after=S, ms=N, "
            "method=GET|POST. "
            "Example: --fault type=429,path=/api/2.2/jobs/list,count=2,retry-after=3"),
        QStringLiteral("SPEC"));
    const QCommandLineOption tokenLifetimeOption(QStringLiteral("oauth-token-lifetime"),
        QCoreApplication::translate("main", "Lifetime of OAuth access tokens in seconds (default 3600)."),
        QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption clientOption(QStringLiteral("oauth-client"),
        QCoreApplication::translate("main",
            "An OAuth client ID[:SECRET] (repeatable; without a secret it is a public PKCE client). Default: "
            "brickdesk-demo-sp:brickdesk-demo-secret, databricks-cli and brickdesk."),
        QStringLiteral("ID[:SECRET]"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Log every request (method and path; never tokens)."));
    parser.addOptions({portOption, bindOption, tokenOption, seedOption, jobsOption, runsOption,
        clustersOption, eventsOption, daysOption, cloudOption, stateOption, timeScaleOption, failureOption,
        latencyOption, jitterOption, rateLimitOption, rateOption, faultOption, tokenLifetimeOption,
        clientOption, verboseOption});
    parser.process(app);

    QTextStream err(stderr);
    auto number = [&](const QCommandLineOption &option, auto *out) {
        bool ok = false;
        const QString text = parser.value(option);
        if constexpr (std::is_same_v<std::remove_pointer_t<decltype(out)>, double>)
            *out = text.toDouble(&ok);
        else if constexpr (std::is_same_v<std::remove_pointer_t<decltype(out)>, quint64>)
            *out = text.toULongLong(&ok);
        else
            *out = text.toInt(&ok);
        if (!ok) {
            err << QCoreApplication::translate("main", "--%1 needs a number, got \"%2\"")
                       .arg(option.names().first(), text)
                << Qt::endl;
            std::exit(2);
        }
    };
    EmulatorOptions options;
    int port = 0;
    number(portOption, &port);
    number(seedOption, &options.seed);
    number(jobsOption, &options.jobs);
    number(runsOption, &options.runsPerJob);
    number(clustersOption, &options.clusters);
    number(eventsOption, &options.eventsPerCluster);
    number(daysOption, &options.historyDays);
    number(timeScaleOption, &options.timeScale);
    number(failureOption, &options.liveFailureRate);
    number(latencyOption, &options.latencyMs);
    number(jitterOption, &options.latencyJitterMs);
    number(tokenLifetimeOption, &options.accessTokenLifetimeSeconds);
    if (port < 0 || port > 65535 || options.jobs < 0 || options.clusters < 0 || options.historyDays < 1
        || options.timeScale <= 0) {
        err << QCoreApplication::translate("main", "Invalid size, port or time scale; see --help.")
            << Qt::endl;
        return 2;
    }
    options.cloud = parser.value(cloudOption);
    options.tokens = parser.values(tokenOption);
    options.stateFile = parser.value(stateOption);
    options.enableRateLimits = parser.isSet(rateLimitOption) || parser.isSet(rateOption);
    for (const QString &spec : parser.values(rateOption)) {
        const QString endpoint = spec.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const double perSecond = spec.section(QLatin1Char('='), 1).toDouble(&ok);
        if (!ok || endpoint.isEmpty()) {
            err << QCoreApplication::translate("main", "Invalid --rate-limit \"%1\"").arg(spec) << Qt::endl;
            return 2;
        }
        options.rateLimits.insert(endpoint, perSecond);
    }
    if (!options.rateLimits.isEmpty() && !options.rateLimits.contains(QStringLiteral("*")))
        options.rateLimits.insert(QStringLiteral("*"), 0); // only the named endpoints are limited
    for (const QString &client : parser.values(clientOption))
        options.oauthClients.append(
            {client.section(QLatin1Char(':'), 0, 0), client.section(QLatin1Char(':'), 1)});
    // Quiet by default; QT_LOGGING_RULES in the environment still wins.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption)
            ? QStringLiteral("brickdesk.emulator.debug=true")
            : QStringLiteral("brickdesk.emulator.debug=false"));

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
    const QString url = emulator.url().toString();
    QTextStream out(stdout);
    out << "Brickdesk workspace emulator listening on " << url << Qt::endl;
    out << "port " << emulator.port() << Qt::endl;
    if (options.tokens.isEmpty())
        out << "Accepted token (demo): " << WorkspaceEmulator::demoToken() << Qt::endl;
    else
        out << "Accepted tokens: " << options.tokens.size() << " (from --token)" << Qt::endl;
    out << Qt::endl
        << "Point the Databricks CLI at it:" << Qt::endl
        << "  export DATABRICKS_HOST=" << url << Qt::endl
        << "  export DATABRICKS_TOKEN=" << emulator.token() << Qt::endl
        << "  databricks jobs list" << Qt::endl
        << "or with curl:" << Qt::endl
        << "  curl -H 'Authorization: Bearer " << emulator.token() << "' " << url << "/api/2.2/jobs/list"
        << Qt::endl
        << "Press Ctrl+C to stop." << Qt::endl;

    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return app.exec();
}
