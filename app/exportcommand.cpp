// Headless export: parses the command line, opens the workspace the way the GUI does (--demo,
// --profile, --host; HeadlessWorkspace) and hands over to HistoryExport.
#include "exportcommand.h"

#include "api/connection.h"
#include "auth/startupworkspace.h"
#include "auth/workspacestore.h"
#include "common/commandlineids.h"
#include "headlessworkspace.h"
#include "services/historyexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("export", source);
}

// "2026-11-30", "2026-11-30T14:00", "2026-11-30T14:00:00Z" (local time unless a zone is
// given) or milliseconds since the epoch.
std::optional<qint64> parseTime(const QString &value)
{
    bool isNumber = false;
    const qint64 ms = value.toLongLong(&isNumber);
    if (isNumber && ms >= 0)
        return ms;
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

// "7d", "12h", "30m", "2w" -> milliseconds.
std::optional<qint64> parseDuration(const QString &value)
{
    static const QRegularExpression pattern(u"^(\\d+)\\s*([mhdw])$"_s);
    const QRegularExpressionMatch match = pattern.match(value.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 minute = 60'000;
    const qint64 factor = unit == u'm' ? minute
        : unit == u'h'                 ? 60 * minute
        : unit == u'd'                 ? 1440 * minute
                                       : 7 * 1440 * minute;
    return n * factor;
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

} // namespace

int runExportCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    HeadlessWorkspace::setUpApplication();
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(text(
        "Writes every event of a cluster, or every run of a job, in a time window to a file or "
        "standard output, oldest first.\n\n"
        "  brickdesk export events --cluster ID [--from T] [--to T | --since 7d] [--format jsonl|csv]\n"
        "  brickdesk export runs --job ID [--from T] [--to T | --since 7d] [--format jsonl|csv]\n\n"
        "Times: 2026-11-30, 2026-11-30T14:00 (local time), 2026-11-30T14:00:00Z, or ms since the epoch."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, text("export"));
    parser.addPositionalArgument(u"what"_s, text("events or runs"));
    parser.addOption({u"cluster"_s, text("The cluster whose events to export."), text("id")});
    parser.addOption({u"job"_s, text("The job whose runs to export."), text("id")});
    parser.addOption(
        {u"from"_s, text("Start of the window (default: all the API still keeps)."), text("time")});
    parser.addOption({u"to"_s, text("End of the window (default: now)."), text("time")});
    parser.addOption({u"since"_s,
        text("The window is the last N minutes (m), hours (h), days (d) or weeks (w)."), text("duration")});
    parser.addOption({u"format"_s, text("jsonl (default: each item as the API returned it) or csv."),
        text("format"), u"jsonl"_s});
    parser.addOption({u"output"_s, text("Write to this file instead of standard output."), text("file")});
    parser.addOption({u"demo"_s, text("Export from the built-in demo workspace.")});
    parser.addOption(
        {u"profile"_s, text("Export from the workspace of this ~/.databrickscfg profile."), text("name")});
    parser.addOption({u"host"_s,
        text("Export from the workspace at this URL (credentials: DATABRICKS_TOKEN, a profile or the "
             "keychain)."),
        text("url")});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "brickdesk export: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const auto usage = [&err](const QString &message) {
        err << "brickdesk export: " << message << '\n' << text("Try 'brickdesk export --help'.") << '\n';
        return 2;
    };

    // The request.
    const QStringList positional = parser.positionalArguments(); // "export", what
    const QString what = positional.value(1);
    HistoryExport::Request request;
    if (what == u"events"_s) {
        request.what = HistoryExport::What::Events;
        request.clusterId = parser.value(u"cluster"_s).trimmed();
        if (request.clusterId.isEmpty())
            return usage(text("export events needs --cluster ID."));
    } else if (what == u"runs"_s) {
        request.what = HistoryExport::What::Runs;
        if (!parser.isSet(u"job"_s))
            return usage(text("export runs needs --job ID (a number)."));
        QString error;
        const std::optional<qint64> jobId = CommandLineIds::number(u"job"_s, parser.value(u"job"_s), &error);
        if (!jobId)
            return usage(error);
        request.jobId = *jobId;
    } else {
        return usage(what.isEmpty() ? text("say what to export: events or runs.")
                                    : text("cannot export “%1”: events or runs.").arg(what));
    }
    const QString format = parser.value(u"format"_s).toLower();
    if (format == u"jsonl"_s)
        request.format = HistoryExport::Format::Jsonl;
    else if (format == u"csv"_s)
        request.format = HistoryExport::Format::Csv;
    else
        return usage(text("unknown format “%1”: jsonl or csv.").arg(format));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    request.toMs = now;
    if (parser.isSet(u"since"_s)) {
        if (parser.isSet(u"from"_s) || parser.isSet(u"to"_s))
            return usage(text("--since sets the whole window: use it without --from and --to."));
        const auto duration = parseDuration(parser.value(u"since"_s));
        if (!duration)
            return usage(text("--since “%1” is not a duration like 30m, 12h, 7d or 2w.")
                             .arg(parser.value(u"since"_s)));
        request.fromMs = now - *duration;
    }
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(name))
            continue;
        const auto time = parseTime(parser.value(name));
        if (!time)
            return usage(
                text("--%1 “%2” is not a time (2026-11-30, 2026-11-30T14:00, or ms since the epoch).")
                    .arg(name, parser.value(name)));
        (name == u"from"_s ? request.fromMs : request.toMs) = *time;
    }
    if (request.fromMs > 0 && request.toMs <= request.fromMs)
        return usage(text("the window's end must be after its start."));

    // The workspace, as the GUI picks it, without the "last used" fallback: a script must say.
    const int sources
        = int(parser.isSet(u"demo"_s)) + int(parser.isSet(u"profile"_s)) + int(parser.isSet(u"host"_s));
    if (sources != 1)
        return usage(text("name the workspace with exactly one of --demo, --profile NAME or --host URL."));
    WorkspaceStore store;
    StartupWorkspace::Choice choice;
    if (parser.isSet(u"demo"_s))
        choice = StartupWorkspace::demo();
    else if (parser.isSet(u"profile"_s))
        choice = StartupWorkspace::forProfile(parser.value(u"profile"_s), store);
    else
        choice = StartupWorkspace::forHost(parser.value(u"host"_s), store);
    if (!choice.ok()) {
        err << "brickdesk export: " << choice.error << '\n';
        return 1;
    }

    QFile output;
    if (parser.isSet(u"output"_s)) {
        output.setFileName(parser.value(u"output"_s));
        if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "brickdesk export: "
                << text("cannot write %1: %2").arg(output.fileName(), output.errorString()) << '\n';
            return 1;
        }
    } else if (!output.open(stdout, QIODevice::WriteOnly)) {
        err << "brickdesk export: " << text("cannot write to standard output.") << '\n';
        return 1;
    }

    int status = 0;
    std::unique_ptr<HistoryExport> job;
    const bool showProgress = stderrIsTerminal();
    const auto run = [&](Connection *connection) {
        job = std::make_unique<HistoryExport>(connection, request, &output);
        if (showProgress) {
            QObject::connect(job.get(), &HistoryExport::progress, &app,
                [&err](qint64 written, qint64 reached, int percent) {
                    const QLocale locale;
                    QString line = text("%1 written").arg(locale.toString(written));
                    if (reached > 0)
                        line += text(" · through %1")
                                    .arg(locale.toString(
                                        QDateTime::fromMSecsSinceEpoch(reached), QLocale::ShortFormat));
                    if (percent >= 0)
                        line += u" (%1%)"_s.arg(percent);
                    err << '\r' << line << "\x1b[K" << Qt::flush;
                });
        }
        QObject::connect(job.get(), &HistoryExport::finished, &app, [&] {
            if (showProgress)
                err << '\n' << Qt::flush;
            output.flush();
            QCoreApplication::exit(0);
        });
        QObject::connect(job.get(), &HistoryExport::failed, &app, [&](const QString &message) {
            if (showProgress)
                err << '\n';
            err << "brickdesk export: " << message << Qt::endl;
            status = 1;
            QCoreApplication::exit(1);
        });
        job->start();
    };

    HeadlessWorkspace workspace(choice, u"export"_s, err);
    QObject::connect(&workspace, &HeadlessWorkspace::ready, &app, run);
    QObject::connect(&workspace, &HeadlessWorkspace::failed, &app, [&](const QString &message) {
        err << "brickdesk export: " << message << Qt::endl;
        status = 1;
        QCoreApplication::exit(1);
    });
    workspace.open();
    const int rc = app.exec();
    job.reset();
    output.close();
    return status != 0 ? status : rc;
}

} // namespace brickdesk
