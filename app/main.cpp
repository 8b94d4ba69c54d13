// Composition root: parse the command line, pick the workspace, show the main window.
#include "api/connection.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacesession.h"
#include "auth/workspacestore.h"
#include "common/localization.h"
#include "common/preferences.h"
#include "common/startupworkspace.h"
#include "emulator/emulatorthread.h"
#include "emulator/workspaceemulator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace brickdesk;

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Brickdesk, a native desktop client for Databricks Jobs and Clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Open the built-in demo workspace (a local emulator; no account needed).")});
    parser.addOption({QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open the workspace of this ~/.databrickscfg profile."),
        QCoreApplication::translate("main", "name")});
    parser.addOption(
        {QStringLiteral("host"), QCoreApplication::translate("main", "Open the workspace at this URL."),
            QCoreApplication::translate("main", "url")});
    parser.addOption({QStringLiteral("job"), QCoreApplication::translate("main", "Open this job on start."),
        QCoreApplication::translate("main", "id")});
    parser.addOption(
        {QStringLiteral("cluster"), QCoreApplication::translate("main", "Open this cluster on start."),
            QCoreApplication::translate("main", "id")});
}

// Names (they locate QSettings) and the translators, before any text is shown. The language
// follows Preferences, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG (see Localization).
void setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("brickdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Brickdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRICKDESK_VERSION));
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
    *handled = parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"));
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "brickdesk " << QCoreApplication::applicationVersion() << " (Qt " << qVersion()
                            << ")\n";
    } else if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    bool handled = false;
    const int early = answerWithoutDisplay(argc, argv, &handled);
    if (handled)
        return early;

    QApplication app(argc, argv);
    setUpApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Brickdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/brickdesk.svg")));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    MainWindow window;
    const auto openRequestedObject = [&parser, &window] {
        if (parser.isSet(QStringLiteral("job")))
            window.showJob(parser.value(QStringLiteral("job")).toLongLong());
        else if (parser.isSet(QStringLiteral("cluster")))
            window.showCluster(parser.value(QStringLiteral("cluster")));
    };

    // --profile / --host name a workspace; without them the last one used is reopened, and
    // the demo workspace is the fallback (and what --demo asks for).
    WorkspaceStore store;
    StartupWorkspace::Choice choice;
    if (parser.isSet(QStringLiteral("demo")))
        choice = StartupWorkspace::demo();
    else if (parser.isSet(QStringLiteral("profile")))
        choice = StartupWorkspace::forProfile(parser.value(QStringLiteral("profile")), store);
    else if (parser.isSet(QStringLiteral("host")))
        choice = StartupWorkspace::forHost(parser.value(QStringLiteral("host")), store);
    else
        choice = StartupWorkspace::lastUsed(store);
    if (!choice.ok()) {
        QTextStream(stderr) << choice.error << '\n';
        QMessageBox::critical(nullptr, QObject::tr("Brickdesk"), choice.error);
        return 2;
    }

    std::unique_ptr<emulator::EmulatorThread> demo;
    std::unique_ptr<Connection> ownConnection;
    KeychainSecretStore keychain;
    MemorySecretStore sessionSecrets;
    WorkspaceSession *session = nullptr;
    const auto openBrowser = [](const QUrl &url) { QDesktopServices::openUrl(url); };

    if (choice.demo) {
        // The demo workspace runs in this process, on its own thread, so serving HTTP never
        // competes with the GUI thread.
        emulator::EmulatorOptions options;
        demo = std::make_unique<emulator::EmulatorThread>(options);
        if (!demo->start()) {
            QMessageBox::critical(nullptr, QObject::tr("Brickdesk"),
                QObject::tr("The demo workspace could not start: %1").arg(demo->errorString()));
            return 1;
        }
        ownConnection
            = std::make_unique<Connection>(demo->url(), std::make_shared<StaticTokenProvider>(demo->token()));
        window.setConnection(QObject::tr("Demo workspace"), ownConnection.get());
        window.show();
        openRequestedObject();
    } else if (!choice.environmentSecret.isEmpty()) {
        ownConnection = std::make_unique<Connection>(QUrl(choice.entry.host),
            WorkspaceSession::createProvider(
                choice.entry, choice.environmentSecret, &sessionSecrets, openBrowser));
        window.setConnection(choice.entry.name, ownConnection.get());
        window.show();
        openRequestedObject();
    } else {
        session = new WorkspaceSession(choice.entry, &keychain, &sessionSecrets, &app);
        session->setOpenBrowser(openBrowser);
        QObject::connect(session, &WorkspaceSession::ready, &window, [&, session] {
            window.setConnection(session->entry().name, session->connection());
            if (store.contains(session->entry().id))
                store.markUsed(session->entry().id);
            openRequestedObject();
        });
        QObject::connect(
            session, &WorkspaceSession::failed, &window, [&window, session](const QString &message) {
                window.statusBar()->showMessage(message);
                QMessageBox::warning(&window, QObject::tr("Brickdesk"),
                    QObject::tr("“%1” could not be opened: %2").arg(session->entry().name, message));
            });
        window.show();
        window.statusBar()->showMessage(QObject::tr("Opening “%1”…").arg(choice.entry.name));
        session->open();
    }

    const int rc = app.exec();
    window.setConnection({}, nullptr);
    return rc;
}
