#pragma once

#include "api/apicall.h"
#include "api/connection.h"
#include "api/jobsapi.h"
#include "emulatorfixture.h"
#include "eventwait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// A small workspace where every live run (run now, repair) fails within a second or two:
// what the failure inbox and the watch rules need to see.
inline brickdesk::emulator::EmulatorOptions failingOptions(quint64 seed)
{
    auto options = EmulatorFixture::smallOptions();
    options.seed = seed;
    options.jobs = 12;
    options.clusters = 2;
    options.eventsPerCluster = 10;
    options.liveFailureRate = 1.0;
    options.timeScale = 60.0;
    return options;
}

// jobs/run-now, waited for: the new run's id, or -1.
inline qint64 runNow(brickdesk::Connection &connection, qint64 jobId, int timeoutMs = 30'000)
{
    brickdesk::RunNowParams params;
    params.jobId = jobId;
    qint64 runId = 0;
    bool done = false;
    QObject context;
    connection.jobs().startRun(params).then(&context, [&](const brickdesk::ApiResult<qint64> &result) {
        runId = result.ok() ? result.value() : -1;
        done = true;
    });
    if (!brickdesk::test::waitFor([&] { return done; }, timeoutMs))
        return -1;
    return runId;
}

} // namespace brickdesk::test
