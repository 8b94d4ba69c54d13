#pragma once

#include "auth/startupworkspace.h"

#include <QObject>
#include <QString>
#include <QTextStream>

#include <memory>

namespace brickdesk {

class Connection;
class KeychainSecretStore;
class MemorySecretStore;
class WorkspaceSession;
namespace emulator {
class EmulatorThread;
}

// Opens the workspace a headless command (`brickdesk export`, `brickdesk sync`) was told to
// use, the way the GUI does: the demo runs in this process on its own thread; a secret from
// the environment is used for this run only; anything else goes through a WorkspaceSession
// (keychain, browser sign-in, whose URL is printed on stderr). Emits exactly one of ready()
// or failed().
class HeadlessWorkspace final : public QObject
{
    Q_OBJECT
public:
    HeadlessWorkspace(const StartupWorkspace::Choice &choice, const QString &commandName, QTextStream &err,
        QObject *parent = nullptr);
    ~HeadlessWorkspace() override;

    // Names, version, quiet logging and the certificate trust of a headless command's
    // QCoreApplication (call once it exists).
    static void setUpApplication();

    void open();
    Connection *connection() const { return m_connection; }
    // What the archive file of this workspace is named after (ArchiveLocation).
    QString archiveKey() const;
    QString displayName() const;

signals:
    void ready(brickdesk::Connection *connection);
    void failed(const QString &message);

private:
    // Says on stderr when calls start waiting to be retried (a Retry-After of 40 s would
    // otherwise look like a hang), once per stretch of waiting.
    void announceWaits(Connection *connection);

    StartupWorkspace::Choice m_choice;
    QString m_commandName;
    QTextStream &m_err;
    std::unique_ptr<emulator::EmulatorThread> m_demo;
    std::unique_ptr<Connection> m_ownConnection;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_sessionSecrets;
    std::unique_ptr<WorkspaceSession> m_session;
    Connection *m_connection = nullptr;
    bool m_waiting = false;
};

} // namespace brickdesk
