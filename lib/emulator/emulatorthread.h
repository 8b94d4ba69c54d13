#pragma once

#include "emulatoroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace brickdesk::emulator {

class FaultInjector;
class WorkspaceEmulator;

// Runs a WorkspaceEmulator in its own QThread so the GUI thread never serves HTTP.
//
//   EmulatorThread demo(options);
//   if (!demo.start()) qWarning() << demo.errorString();
//   connectTo(demo.url(), demo.token());
class EmulatorThread final : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorThread(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorThread() override; // stops the server and joins the thread

    // Seeds, starts the thread and blocks until the server listens (or failed to).
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    QString errorString() const { return m_errorString; }
    // Thread-safe: add or clear faults while the emulator serves.
    FaultInjector *faults() const;
    // The emulator object; it lives in the emulator thread, call it only there.
    WorkspaceEmulator *emulator() const { return m_emulator; }

private:
    EmulatorOptions m_options;
    QThread m_thread;
    WorkspaceEmulator *m_emulator = nullptr;
    QUrl m_url;
    QString m_token;
    QString m_errorString;
};

} // namespace brickdesk::emulator
