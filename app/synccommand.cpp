// Headless sync: parses the command line, opens each workspace (HeadlessWorkspace, as the
// export does) and its archive, and runs ArchiveSync over it.
#include "synccommand.h"

#include "api/connection.h"
#include "archive/archive.h"
#include "archive/archivelocation.h"
#include "auth/reachableworkspaces.h"
#include "auth/startupworkspace.h"
#include "auth/workspacestore.h"
#include "common/thenlater.h"
#include "headlessworkspace.h"
#include "services/archivesync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("sync", source);
}

QString openedWords(const ArchiveOpenResult &result)
{
    switch (result.status) {
    case ArchiveOpenResult::Status::Created:
        return text("new");
    case ArchiveOpenResult::Status::Migrated:
        return text("updated to the current format");
    case ArchiveOpenResult::Status::Rebuilt:
        return text("rebuilt: the old file was damaged");
    case ArchiveOpenResult::Status::Opened:
    case ArchiveOpenResult::Status::Failed:
        break;
    }
    return {};
}

// One workspace after another; each: open it, open its archive, sync, print the summary.
class SyncRun final : public QObject
{
public:
    SyncRun(const QList<StartupWorkspace::Choice> &workspaces, const ArchiveSync::Options &options,
        QTextStream &out, QTextStream &err)
        : m_queue(workspaces)
        , m_options(options)
        , m_out(out)
        , m_err(err)
    { }

    int exitStatus() const { return m_failed ? 1 : 0; }

    void next()
    {
        m_sync.reset();
        m_archive.reset();
        m_workspace.reset();
        if (m_queue.isEmpty()) {
            QCoreApplication::exit(exitStatus());
            return;
        }
        const StartupWorkspace::Choice choice = m_queue.takeFirst();
        m_workspace = std::make_unique<HeadlessWorkspace>(choice, u"sync"_s, m_err);
        connect(m_workspace.get(), &HeadlessWorkspace::ready, this,
            [this](Connection *connection) { openArchive(connection); });
        connect(m_workspace.get(), &HeadlessWorkspace::failed, this, [this](const QString &message) {
            fail(message);
            QMetaObject::invokeMethod(
                this, [this] { next(); }, Qt::QueuedConnection);
        });
        m_err << text("Syncing %1…").arg(m_workspace->displayName()) << Qt::endl;
        m_workspace->open();
    }

private:
    void fail(const QString &message)
    {
        m_failed = true;
        m_err << "brickdesk sync: " << message << Qt::endl;
    }

    void openArchive(Connection *connection)
    {
        const QString path = ArchiveLocation::pathForKey(m_workspace->archiveKey());
        m_archive = std::make_unique<Archive>(path);
        thenLater(m_archive->open(), this, [this, connection, path](const ArchiveOpenResult &opened) {
            if (!opened.ok()) {
                fail(opened.message);
                next();
                return;
            }
            if (!opened.message.isEmpty())
                m_err << opened.message << Qt::endl;
            const QString how = openedWords(opened);
            m_out << text("%1: archive %2%3")
                         .arg(m_workspace->displayName(), path,
                             how.isEmpty() ? QString() : u" ("_s + how + u')')
                  << Qt::endl;
            m_sync = std::make_unique<ArchiveSync>(connection, m_archive.get(), m_options);
            connect(m_sync.get(), &ArchiveSync::progress, this,
                [this](const QString &line) { m_err << line << Qt::endl; });
            connect(m_sync.get(), &ArchiveSync::finished, this,
                [this](const ArchiveSync::Summary &summary) { report(summary); });
            m_sync->start();
        });
    }

    void report(const ArchiveSync::Summary &summary)
    {
        const QLocale locale = QLocale::c(); // a summary that scripts read
        qint64 added = 0;
        for (const ArchiveSync::ClusterResult &r : summary.clusters) {
            added += r.added;
            m_out << text("  cluster %1: %2 events fetched, %3 new, %4 requests%5")
                         .arg(r.clusterId, locale.toString(r.fetched), locale.toString(r.added),
                             locale.toString(r.requests), r.error.isEmpty() ? QString() : u" — "_s + r.error)
                  << Qt::endl;
        }
        if (m_options.clusters)
            m_out << text("  clusters: %1 synced, %2 events new, %3 configuration changes")
                         .arg(locale.toString(summary.clusters.size()), locale.toString(added),
                             locale.toString(summary.configurationsAdded))
                  << Qt::endl;
        if (m_options.jobs) {
            m_out << text("  jobs: %1 seen, %2 new settings versions")
                         .arg(locale.toString(summary.jobsSeen), locale.toString(summary.jobVersionsAdded))
                  << Qt::endl;
            m_out << text("  runs: %1 seen, %2 new")
                         .arg(locale.toString(summary.runsSeen), locale.toString(summary.runsAdded))
                  << Qt::endl;
        }
        m_out << text("  requests: %1").arg(locale.toString(summary.requests)) << Qt::endl;
        for (const QString &error : summary.errors)
            fail(error);
        next();
    }

    QList<StartupWorkspace::Choice> m_queue;
    ArchiveSync::Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<HeadlessWorkspace> m_workspace;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<ArchiveSync> m_sync;
    bool m_failed = false;
};

} // namespace

int runSyncCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    HeadlessWorkspace::setUpApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        text("Brings the local archive of a workspace up to date: every cluster event, every version of each "
             "job's settings and every run, kept after the workspace forgets them.\n\n"
             "  brickdesk sync [--profile P | --host URL | --demo | --all-profiles] [--clusters all|ID,...] "
             "[--jobs]\n\n"
             "Without --clusters and --jobs, everything is synced."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, text("sync"));
    parser.addOption({u"demo"_s, text("Sync the built-in demo workspace.")});
    parser.addOption(
        {u"profile"_s, text("Sync the workspace of this ~/.databrickscfg profile."), text("name")});
    parser.addOption({u"host"_s,
        text("Sync the workspace at this URL (credentials: DATABRICKS_TOKEN, a profile or the keychain)."),
        text("url")});
    parser.addOption(
        {u"all-profiles"_s, text("Sync every workspace of ~/.databrickscfg, one after another.")});
    parser.addOption({u"clusters"_s,
        text("Sync the events of these clusters (comma-separated IDs, or all); may be repeated."),
        text("ids")});
    parser.addOption({u"jobs"_s, text("Sync job settings and runs.")});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "brickdesk sync: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const auto usage = [&err](const QString &message) {
        err << "brickdesk sync: " << message << '\n' << text("Try 'brickdesk sync --help'.") << '\n';
        return 2;
    };
    if (parser.positionalArguments().size() > 1)
        return usage(text("unexpected argument “%1”.").arg(parser.positionalArguments().value(1)));

    ArchiveSync::Options options;
    const bool clustersAsked = parser.isSet(u"clusters"_s);
    const bool jobsAsked = parser.isSet(u"jobs"_s);
    options.clusters = clustersAsked || !jobsAsked;
    options.jobs = jobsAsked || !clustersAsked;
    if (clustersAsked) {
        QStringList ids;
        const QStringList values = parser.values(u"clusters"_s);
        for (const QString &value : values) {
            for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
                ids.append(id.trimmed());
        }
        if (ids.isEmpty())
            return usage(text("--clusters needs “all” or cluster IDs."));
        if (!ids.contains(u"all"_s))
            options.clusterIds = ids;
        else if (ids.size() > 1)
            return usage(text("--clusters all cannot be combined with cluster IDs."));
    }

    const int sources = int(parser.isSet(u"demo"_s)) + int(parser.isSet(u"profile"_s))
        + int(parser.isSet(u"host"_s)) + int(parser.isSet(u"all-profiles"_s));
    if (sources != 1)
        return usage(text(
            "name the workspace with exactly one of --demo, --profile NAME, --host URL or --all-profiles."));
    WorkspaceStore store;
    QList<StartupWorkspace::Choice> workspaces;
    if (parser.isSet(u"demo"_s)) {
        workspaces.append(StartupWorkspace::demo());
    } else if (parser.isSet(u"profile"_s)) {
        workspaces.append(StartupWorkspace::forProfile(parser.value(u"profile"_s), store));
    } else if (parser.isSet(u"host"_s)) {
        workspaces.append(StartupWorkspace::forHost(parser.value(u"host"_s), store));
    } else {
        const QList<ReachableWorkspace> reachable = ReachableWorkspaces::discover();
        for (const ReachableWorkspace &w : reachable) {
            if (w.source == ReachableWorkspace::Source::ConfigProfile)
                workspaces.append(StartupWorkspace::forProfile(w.name, store));
        }
        if (workspaces.isEmpty()) {
            err << "brickdesk sync: " << text("~/.databrickscfg has no profiles.") << Qt::endl;
            return 1;
        }
    }
    int status = 0;
    QList<StartupWorkspace::Choice> usable;
    for (const StartupWorkspace::Choice &choice : std::as_const(workspaces)) {
        if (choice.ok()) {
            usable.append(choice);
        } else {
            err << "brickdesk sync: " << choice.error << Qt::endl;
            status = 1;
        }
    }
    if (usable.isEmpty())
        return 1;

    SyncRun run(usable, options, out, err);
    QMetaObject::invokeMethod(
        &run, [&run] { run.next(); }, Qt::QueuedConnection);
    const int rc = app.exec();
    return std::max({status, rc, run.exitStatus()});
}

} // namespace brickdesk
