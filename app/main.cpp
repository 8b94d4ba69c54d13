// Composition root: parse the command line, pick the workspace, show the main window.
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/startupworkspace.h"
#include "auth/workspacestore.h"
#include "certificatetrust.h"
#include "common/commandlineids.h"
#include "common/localization.h"
#include "common/preferences.h"
#include "emulator/emulatorthread.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "services/workspaceset.h"
#include "startuptarget.h"
#include "synccommand.h"
#include "welcome/welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Brickdesk, a native desktop client for Databricks Jobs and Clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"demo"_s,
        QCoreApplication::translate(
            "main", "Open the built-in demo workspace (a local emulator; no account needed).")});
    parser.addOption({u"profile"_s,
        QCoreApplication::translate(
            "main", "Open the workspace of this ~/.databrickscfg profile (repeat to open several)."),
        QCoreApplication::translate("main", "name")});
    parser.addOption({u"host"_s,
        QCoreApplication::translate("main", "Open the workspace at this URL (repeat to open several)."),
        QCoreApplication::translate("main", "url")});
    parser.addOption({u"job"_s, QCoreApplication::translate("main", "Open this job on start."),
        QCoreApplication::translate("main", "id")});
    parser.addOption({u"run"_s, QCoreApplication::translate("main", "Open this job run on start."),
        QCoreApplication::translate("main", "id")});
    parser.addOption({u"cluster"_s, QCoreApplication::translate("main", "Open this cluster on start."),
        QCoreApplication::translate("main", "id")});
}

// Names (they locate QSettings) and the translators, before any text is shown. The language
// follows Preferences, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG (see Localization).
void setUpApplication()
{
    QCoreApplication::setApplicationName(u"brickdesk"_s);
    QCoreApplication::setOrganizationName(u"Brickdesk"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(BRICKDESK_VERSION));
    Localization::install(Localization::resolveLanguage(Preferences::instance()->language()));
}

// --help and --version must work without a display, so they are answered before a
// QApplication (which needs a windowing system) exists.
int answerWithoutDisplay(int argc, char *argv[], bool *handled)
{
    QCoreApplication app(argc, argv);
    setUpApplication();
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        *handled = true;
        return 2;
    }
    // What to open is checked here too, so that a wrong id fails before any window (or display).
    QString error;
    const bool idsOk
        = (!parser.isSet(u"job"_s) || CommandLineIds::number(u"job"_s, parser.value(u"job"_s), &error))
        && (!parser.isSet(u"run"_s) || CommandLineIds::number(u"run"_s, parser.value(u"run"_s), &error))
        && (!parser.isSet(u"cluster"_s)
            || CommandLineIds::clusterId(u"cluster"_s, parser.value(u"cluster"_s), &error));
    if (!idsOk) {
        QTextStream(stderr) << error << '\n';
        *handled = true;
        return 2;
    }
    *handled = parser.isSet(u"help"_s) || parser.isSet(u"version"_s);
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << "brickdesk " << QCoreApplication::applicationVersion() << " (Qt " << qVersion()
                            << ")\n";
    } else if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless commands need no display: they never create a QApplication.
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return brickdesk::runExportCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "sync") == 0)
        return brickdesk::runSyncCommand(argc, argv);

    bool handled = false;
    const int early = answerWithoutDisplay(argc, argv, &handled);
    if (handled)
        return early;

    // Request logs are for developers: quiet unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"brickdesk.*.debug=false"_s);
    QApplication app(argc, argv);
    setUpApplication();
    trustCertificateAuthorities();
    QApplication::setApplicationDisplayName(u"Brickdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/brickdesk.svg"_s));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    WorkspaceStore store;
    KeychainSecretStore keychain;
    MemorySecretStore sessionSecrets;
    std::unique_ptr<emulator::EmulatorThread> demo;
    WorkspaceSet workspaces(&store, &keychain, &sessionSecrets);
    workspaces.setOpenBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); });
    // The demo workspace runs in this process, on its own thread, so serving HTTP never
    // competes with the GUI thread. Started on first use only.
    workspaces.setDemoStarter([&demo] {
        auto thread = std::make_unique<emulator::EmulatorThread>(emulator::EmulatorOptions {});
        if (!thread->start())
            return WorkspaceSet::DemoEndpoint {{}, {}, thread->errorString()};
        demo = std::move(thread);
        return WorkspaceSet::DemoEndpoint {demo->url(), demo->token(), {}};
    });

    MainWindow window;
    window.setWorkspaceSet(&workspaces);

    // --demo, --profile and --host (each may be repeated) name the workspaces to open; without
    // them the ones open when Brickdesk quit last are reopened, or the welcome page is shown.
    QList<StartupWorkspace::Choice> choices;
    if (parser.isSet(u"demo"_s))
        choices.append(StartupWorkspace::demo());
    for (const QString &profile : parser.values(u"profile"_s))
        choices.append(StartupWorkspace::forProfile(profile, store));
    for (const QString &host : parser.values(u"host"_s))
        choices.append(StartupWorkspace::forHost(host, store));
    if (choices.isEmpty())
        choices = WorkspaceSet::lastSession(store);
    for (const StartupWorkspace::Choice &choice : std::as_const(choices)) {
        if (!choice.ok()) {
            QTextStream(stderr) << choice.error << '\n';
            QMessageBox::critical(nullptr, QObject::tr("Brickdesk"), choice.error);
            return 2;
        }
    }

    // --job / --run / --cluster open in the first workspace that connects (checked before the
    // window existed, in answerWithoutDisplay).
    if (parser.isSet(u"run"_s))
        new StartupTarget(&workspaces, &window, StartupTarget::Kind::Run,
            QString::number(*CommandLineIds::number(u"run"_s, parser.value(u"run"_s), nullptr)));
    else if (parser.isSet(u"job"_s))
        new StartupTarget(&workspaces, &window, StartupTarget::Kind::Job,
            QString::number(*CommandLineIds::number(u"job"_s, parser.value(u"job"_s), nullptr)));
    else if (parser.isSet(u"cluster"_s))
        new StartupTarget(&workspaces, &window, StartupTarget::Kind::Cluster,
            *CommandLineIds::clusterId(u"cluster"_s, parser.value(u"cluster"_s), nullptr));

    // The welcome page stays until a workspace is open, so a failed sign-in leaves the person
    // where they were.
    QPointer<WelcomePage> welcome;
    QObject::connect(
        &workspaces, &WorkspaceSet::stateChanged, &window, [&](const QString &, WorkspaceSet::State state) {
            if (state != WorkspaceSet::State::Connected)
                return;
            window.show();
            if (welcome)
                welcome->close();
        });
    QObject::connect(
        &workspaces, &WorkspaceSet::failed, &window, [&](const QString &key, const QString &message) {
            // Without a main window on screen the status bar is not seen: say it over the welcome page.
            if (!window.isVisible())
                QMessageBox::warning(welcome, QObject::tr("Brickdesk"),
                    QObject::tr("“%1” could not be opened: %2").arg(workspaces.name(key), message));
        });
    const auto showWelcome = [&] {
        if (!welcome) {
            // A window of its own (no parent): closing it before any workspace is open quits.
            welcome = new WelcomePage(QProcessEnvironment::systemEnvironment());
            welcome->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(welcome, &WelcomePage::demoRequested, &window, [&] { workspaces.openDemo(); });
            QObject::connect(welcome, &WelcomePage::addWorkspaceRequested, &window,
                [&window] { window.manageWorkspaces(); });
            QObject::connect(
                welcome, &WelcomePage::connectRequested, &window, [&](const ReachableWorkspace &reachable) {
                    const StartupWorkspace::Choice chosen = StartupWorkspace::forReachable(reachable, store);
                    if (!chosen.ok()) {
                        QMessageBox::warning(welcome, QObject::tr("Brickdesk"), chosen.error);
                        return;
                    }
                    workspaces.open(chosen);
                });
        }
        welcome->show();
        welcome->raise();
        welcome->activateWindow();
    };
    QObject::connect(&window, &MainWindow::welcomeRequested, &window, showWelcome);

    if (choices.size() == 1 && choices.first().welcome) {
        showWelcome();
    } else {
        window.show();
        for (const StartupWorkspace::Choice &choice : std::as_const(choices))
            workspaces.open(choice);
    }

    const int rc = app.exec();
    delete welcome;
    workspaces.rememberSession();
    window.setWorkspaceSet(nullptr);
    workspaces.closeAll();
    return rc;
}
