#include "emulatorthread.h"

#include "workspaceemulator.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

EmulatorThread::EmulatorThread(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(u"brickdesk-emulator"_s);
}

EmulatorThread::~EmulatorThread()
{
    stop();
}

bool EmulatorThread::start(const QHostAddress &address, quint16 port)
{
    if (m_emulator)
        return true;
    m_emulator = new WorkspaceEmulator(m_options);
    m_token = m_emulator->token();
    m_emulator->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_emulator,
        [&] {
            ok = m_emulator->listen(address, port);
            m_url = m_emulator->url();
            m_errorString = m_emulator->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

void EmulatorThread::stop()
{
    if (!m_emulator)
        return;
    if (m_thread.isRunning()) {
        // Delete in its own thread: its sockets and timers belong there.
        QMetaObject::invokeMethod(
            m_emulator, [this] { delete m_emulator; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_emulator;
    }
    m_emulator = nullptr;
}

FaultInjector *EmulatorThread::faults() const
{
    return m_emulator ? &m_emulator->faults() : nullptr;
}

} // namespace brickdesk::emulator
