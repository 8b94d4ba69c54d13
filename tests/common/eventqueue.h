#pragma once

#include "eventwait.h"

#include <QObject>
#include <QTest>
#include <QTimer>

namespace brickdesk::test {

// Returns once everything this thread had queued before the call has been delivered: a queued
// call and a zero-delay timer are queued now and waited for, and each is delivered after what
// was queued the same way before it. For "nothing more arrives" checks (a second completion, a
// callback whose context is gone) without waiting a fixed time and hoping it would have come.
inline bool drainEventQueue(int timeoutMs = 10'000)
{
    bool called = false;
    bool fired = false;
    QObject context;
    QMetaObject::invokeMethod(
        &context, [&called] { called = true; }, Qt::QueuedConnection);
    QTimer::singleShot(0, &context, [&fired] { fired = true; });
    return brickdesk::test::waitFor([&] { return called && fired; }, timeoutMs);
}

} // namespace brickdesk::test
