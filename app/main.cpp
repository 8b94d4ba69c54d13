// Composition root: parse the command line, pick the workspace, show the main window.
#include "api/connection.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/startupworkspace.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"
#include "certificatetrust.h"
#include "common/localization.h"
#include "common/preferences.h"
#include "connections/connectiondialog.h"
#include "emulator/emulatorthread.h"
#include "emulator/workspaceemulator.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "welcome/welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
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
        QCoreApplication::translate("main", "Open the workspace of this ~/.databrickscfg profile."),
        QCoreApplication::translate("main", "name")});
    parser.addOption({u"host"_s, QCoreApplication::translate("main", "Open the workspace at this URL."),
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

    MainWindow window;
    const auto openRequestedObject = [&parser, &window] {
        if (parser.isSet(u"run"_s))
            window.showRun(parser.value(u"run"_s).toLongLong());
        else if (parser.isSet(u"job"_s))
            window.showJob(parser.value(u"job"_s).toLongLong());
        else if (parser.isSet(u"cluster"_s))
            window.showCluster(parser.value(u"cluster"_s));
    };

    // --profile / --host name a workspace; without them the last one used is reopened, and
    // the demo workspace is the fallback (and what --demo asks for).
    WorkspaceStore store;
    StartupWorkspace::Choice choice;
    if (parser.isSet(u"demo"_s))
        choice = StartupWorkspace::demo();
    else if (parser.isSet(u"profile"_s))
        choice = StartupWorkspace::forProfile(parser.value(u"profile"_s), store);
    else if (parser.isSet(u"host"_s))
        choice = StartupWorkspace::forHost(parser.value(u"host"_s), store);
    else
        choice = StartupWorkspace::lastUsed(store);
    if (!choice.ok()) {
        QTextStream(stderr) << choice.error << '\n';
        QMessageBox::critical(nullptr, QObject::tr("Brickdesk"), choice.error);
        return 2;
    }

    std::unique_ptr<emulator::EmulatorThread> demo;
    std::unique_ptr<Connection> ownConnection; // the demo's, or one built from the environment
    KeychainSecretStore keychain;
    MemorySecretStore sessionSecrets;
    QPointer<WorkspaceSession> session;
    QPointer<WelcomePage> welcome;
    bool requestedObjectOpened = false;
    const auto openBrowser = [](const QUrl &url) { QDesktopServices::openUrl(url); };

    // Switches the window to a new connection, then lets the previous one go: pages drop the
    // old pointer in setConnection() before it is destroyed.
    const auto adopt = [&](const QString &name, Connection *connection, std::unique_ptr<Connection> owned,
                           WorkspaceSession *nextSession) {
        window.setConnection(name, connection);
        window.show();
        if (welcome)
            welcome->close();
        ownConnection = std::move(owned);
        if (session && session != nextSession)
            session->deleteLater();
        session = nextSession;
        if (!requestedObjectOpened) {
            requestedObjectOpened = true;
            openRequestedObject();
        }
    };

    // The demo workspace runs in this process, on its own thread, so serving HTTP never
    // competes with the GUI thread. Started on first use only.
    const auto openDemo = [&]() -> bool {
        if (!demo) {
            auto thread = std::make_unique<emulator::EmulatorThread>(emulator::EmulatorOptions {});
            if (!thread->start()) {
                QMessageBox::critical(&window, QObject::tr("Brickdesk"),
                    QObject::tr("The demo workspace could not start: %1").arg(thread->errorString()));
                return false;
            }
            demo = std::move(thread);
        }
        auto connection
            = std::make_unique<Connection>(demo->url(), std::make_shared<StaticTokenProvider>(demo->token()));
        Connection *raw = connection.get();
        adopt(QObject::tr("Demo workspace"), raw, std::move(connection), nullptr);
        StartupWorkspace::remember(store, StartupWorkspace::demo().entry);
        return true;
    };

    // Opens a saved workspace or a ~/.databrickscfg profile; the current workspace stays on
    // screen until the new one is ready, and stays if the new one fails.
    const auto openEntry = [&](const WorkspaceEntry &entry) {
        if (entry.authMethod == WorkspaceEntry::AuthMethod::Demo) {
            openDemo();
            return;
        }
        auto *next = new WorkspaceSession(entry, &keychain, &sessionSecrets, &app);
        next->setOpenBrowser(openBrowser);
        QObject::connect(next, &WorkspaceSession::ready, &window, [&, next] {
            adopt(next->entry().name, next->connection(), nullptr, next);
            StartupWorkspace::remember(store, next->entry());
            window.statusBar()->showMessage(QObject::tr("Opened “%1”.").arg(next->entry().name), 6000);
        });
        QObject::connect(next, &WorkspaceSession::failed, &window, [&window, next](const QString &message) {
            window.statusBar()->showMessage(message);
            QMessageBox::warning(&window, QObject::tr("Brickdesk"),
                QObject::tr("“%1” could not be opened: %2").arg(next->entry().name, message));
            next->deleteLater();
        });
        window.statusBar()->showMessage(QObject::tr("Opening “%1”…").arg(entry.name));
        next->open();
    };

    QObject::connect(&window, &MainWindow::manageWorkspacesRequested, &window, [&] {
        auto *dialog = new ConnectionDialog(&store, &keychain, &sessionSecrets, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOpenBrowser(openBrowser);
        if (demo)
            dialog->setDemoEndpoint(demo->url(), demo->token());
        QObject::connect(
            dialog, &ConnectionDialog::connectRequested, &window, [&, dialog](const WorkspaceEntry &entry) {
                dialog->accept();
                openEntry(entry);
            });
        dialog->show();
    });

    const auto openChoice = [&](const StartupWorkspace::Choice &chosen) -> bool {
        if (chosen.demo)
            return openDemo();
        if (!chosen.environmentSecret.isEmpty()) {
            auto connection = std::make_unique<Connection>(QUrl(chosen.entry.host),
                WorkspaceSession::createProvider(
                    chosen.entry, chosen.environmentSecret, &sessionSecrets, openBrowser));
            Connection *raw = connection.get();
            adopt(chosen.entry.name, raw, std::move(connection), nullptr);
        } else {
            openEntry(chosen.entry);
        }
        return true;
    };

    // The welcome page stays until a workspace is open (adopt() closes it), so a failed
    // sign-in leaves the person where they were.
    const auto showWelcome = [&] {
        if (!welcome) {
            // A window of its own (no parent): closing it before any workspace is open quits.
            welcome = new WelcomePage(QProcessEnvironment::systemEnvironment());
            welcome->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(welcome, &WelcomePage::demoRequested, &window, [&] { openDemo(); });
            QObject::connect(welcome, &WelcomePage::addWorkspaceRequested, &window,
                [&window] { emit window.manageWorkspacesRequested(); });
            QObject::connect(
                welcome, &WelcomePage::connectRequested, &window, [&](const ReachableWorkspace &reachable) {
                    const StartupWorkspace::Choice chosen = StartupWorkspace::forReachable(reachable, store);
                    if (!chosen.ok()) {
                        QMessageBox::warning(welcome, QObject::tr("Brickdesk"), chosen.error);
                        return;
                    }
                    openChoice(chosen);
                });
        }
        welcome->show();
        welcome->raise();
        welcome->activateWindow();
    };
    QObject::connect(&window, &MainWindow::welcomeRequested, &window, showWelcome);

    if (choice.welcome) {
        showWelcome();
    } else {
        window.show();
        if (!openChoice(choice))
            return 1;
    }

    const int rc = app.exec();
    delete welcome;
    window.setConnection({}, nullptr);
    return rc;
}
