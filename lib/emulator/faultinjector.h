#pragma once

#include "fault.h"

#include <QList>
#include <QMutex>

#include <optional>

namespace brickdesk::emulator {

// The faults in force. Thread-safe: a test may add faults while the emulator serves from its
// own thread (EmulatorThread).
class FaultInjector final
{
public:
    void add(const Fault &fault);
    void clear();
    // The first fault matching the request, with its count decremented; exhausted faults are
    // removed.
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    int activeCount() const;
    int triggeredCount() const; // how many requests were hit by a fault so far

private:
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    int m_triggered = 0;
};

} // namespace brickdesk::emulator
