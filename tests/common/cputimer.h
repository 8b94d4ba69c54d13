#pragma once

#include <QtGlobal>

#include <time.h>

namespace brickdesk::test {

// CPU time used by this process (every thread: the test, the in-process emulator, Qt's network
// thread). Speed bounds measure this rather than wall time: on a shared machine running CTest in
// parallel, wall time says more about the neighbours than about the code.
class CpuTimer final
{
public:
    CpuTimer() { start(); }
    void start() { m_startNs = now(); }
    qint64 elapsedMs() const { return (now() - m_startNs) / 1'000'000; }

    // A bound written for the plain debug build, scaled for the AddressSanitizer build (which
    // runs this code two to four times slower).
    static qint64 budgetMs(qint64 debugBuildMs) { return debugBuildMs * kSanitizerSlowdown; }

private:
#ifdef BRICKDESK_SANITIZED_BUILD
    static constexpr int kSanitizerSlowdown = 4;
#else
    static constexpr int kSanitizerSlowdown = 1;
#endif

    static qint64 now()
    {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

    qint64 m_startNs = 0;
};

} // namespace brickdesk::test
