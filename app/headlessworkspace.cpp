#include "headlessworkspace.h"

#include "api/connection.h"
#include "api/pendingretries.h"
#include "archive/archivelocation.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacesession.h"
#include "certificatetrust.h"
#include "emulator/emulatorthread.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("headless", source);
}

} // namespace

HeadlessWorkspace::HeadlessWorkspace(
    const StartupWorkspace::Choice &choice, const QString &commandName, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_choice(choice)
    , m_commandName(commandName)
    , m_err(err)
    , m_keychain(std::make_unique<KeychainSecretStore>())
    , m_sessionSecrets(std::make_unique<MemorySecretStore>())
{ }

HeadlessWorkspace::~HeadlessWorkspace()
{
    // The connection goes before the demo server it talks to.
    m_session.reset();
    m_ownConnection.reset();
    m_demo.reset();
}

QString HeadlessWorkspace::archiveKey() const
{
    return m_choice.demo ? ArchiveLocation::demoKey() : ArchiveLocation::keyForHost(m_choice.entry.host);
}

QString HeadlessWorkspace::displayName() const
{
    if (m_choice.demo)
        return text("demo");
    return m_choice.entry.name.isEmpty() ? m_choice.entry.host : m_choice.entry.name;
}

void HeadlessWorkspace::setUpApplication()
{
    QCoreApplication::setApplicationName(u"brickdesk"_s);
    QCoreApplication::setOrganizationName(u"Brickdesk"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(BRICKDESK_VERSION));
    // Request logs are for developers; the command's own words go to stderr.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"brickdesk.*.debug=false\nbrickdesk.*.warning=false"_s);
    trustCertificateAuthorities();
}

void HeadlessWorkspace::open()
{
    const auto openBrowser = [this](const QUrl &url) {
        m_err << text("Sign in to the workspace in a browser: %1").arg(url.toString()) << Qt::endl;
    };
    if (m_choice.demo) {
        // The demo workspace runs in this process, on its own thread, as in the GUI.
        m_demo = std::make_unique<emulator::EmulatorThread>(emulator::EmulatorOptions {});
        if (!m_demo->start()) {
            const QString message = text("the demo workspace could not start: %1").arg(m_demo->errorString());
            QTimer::singleShot(0, this, [this, message] { emit failed(message); });
            return;
        }
        m_ownConnection = std::make_unique<Connection>(
            m_demo->url(), std::make_shared<StaticTokenProvider>(m_demo->token()));
    } else if (!m_choice.environmentSecret.isEmpty()) {
        m_ownConnection = std::make_unique<Connection>(QUrl(m_choice.entry.host),
            WorkspaceSession::createProvider(
                m_choice.entry, m_choice.environmentSecret, m_sessionSecrets.get(), openBrowser));
    } else {
        m_session
            = std::make_unique<WorkspaceSession>(m_choice.entry, m_keychain.get(), m_sessionSecrets.get());
        m_session->setOpenBrowser(openBrowser);
        connect(m_session.get(), &WorkspaceSession::ready, this, [this] {
            m_connection = m_session->connection();
            announceWaits(m_connection);
            emit ready(m_connection);
        });
        connect(m_session.get(), &WorkspaceSession::failed, this, [this](const QString &message) {
            emit failed(text("“%1” could not be opened: %2").arg(m_choice.entry.name, message));
        });
        m_session->open();
        return;
    }
    m_connection = m_ownConnection.get();
    announceWaits(m_connection);
    QTimer::singleShot(0, this, [this] { emit ready(m_connection); });
}

void HeadlessWorkspace::announceWaits(Connection *connection)
{
    PendingRetries *pending = connection->pendingRetries();
    connect(pending, &PendingRetries::changed, this, [this, pending] {
        if (pending->isEmpty()) {
            m_waiting = false;
            return;
        }
        const PendingRetries::Wait soonest = pending->waits().constFirst();
        // As in the window: a wait shorter than a second is over before anyone could read it.
        if (m_waiting || soonest.delayMs < 1000)
            return;
        m_waiting = true;
        const qint64 seconds = std::max<qint64>(1, (soonest.retryAt.remainingTime() + 999) / 1000);
        const QString what = soonest.reason == PendingRetries::Reason::RateLimited
            ? text("rate limited by the workspace, retrying in %1 s (Ctrl+C stops)")
            : text("the workspace is unavailable, retrying in %1 s (Ctrl+C stops)");
        m_err << u"brickdesk "_s << m_commandName << u": "_s << what.arg(seconds) << Qt::endl;
    });
}

} // namespace brickdesk
