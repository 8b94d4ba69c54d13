#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

namespace brickdesk::test {

// Runs the event loop until `done()` holds (true) or `timeoutMs` pass (false); `waitedMs`, when
// given, gets the milliseconds it waited.
// The loop sleeps only until the next event, and `done()` is asked after each batch of events
// (and at least every 10 ms, for what changes without an event: a file, another thread), so an
// answer is seen as it arrives. QTest::qWaitFor() sleeps 10 ms between its passes over the
// events, and QTRY_* waits in whole 50 ms steps: with the emulator on the test's thread every
// request paid that sleep two or three times, which made most of the suite's waiting.
// A `done()` that is slow to ask (reading a database) is asked at most half of the time.
template<typename Done>
[[nodiscard]] bool waitFor(Done done, int timeoutMs = 5000, int *waitedMs = nullptr)
{
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    if (waitedMs)
        *waitedMs = 0;
    if (done())
        return true;
    QTimer wake;
    wake.setTimerType(Qt::PreciseTimer);
    wake.start(10);
    QElapsedTimer sinceAsked;
    sinceAsked.start();
    qint64 askingTookNs = 0;
    bool held = false;
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (sinceAsked.nsecsElapsed() < askingTookNs && !deadline.hasExpired())
            continue;
        QElapsedTimer asking;
        asking.start();
        held = done();
        askingTookNs = asking.nsecsElapsed();
        sinceAsked.restart();
    } while (!held && !deadline.hasExpired());
    if (waitedMs)
        *waitedMs = int(timeoutMs - deadline.remainingTime());
    return held;
}

} // namespace brickdesk::test

// QTRY_* on waitFor: the same checks, timeouts and messages, without the up to 50 ms that
// Qt's loop adds to every wait for something that does not hold at once.
#undef QTRY_LOOP_IMPL
#define QTRY_LOOP_IMPL(expr, timeoutValue, step)                                                             \
    (void)(step); /* no steps: clang's -Wunused-variable would fail on Qt's qt_test_step */                  \
    int qt_test_i = 0;                                                                                       \
    (void)brickdesk::test::waitFor(                                                                          \
        [&]() -> bool { return (QTest::runningTest() && QTest::currentTestFailed()) || bool(expr); },        \
        timeoutValue, &qt_test_i);                                                                           \
    Q_UNUSED(qt_test_i)
