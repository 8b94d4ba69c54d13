#pragma once

#include "emulator/workspaceemulator.h"
#include "eventwait.h"

#include <QString>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// Starts an in-process emulator on 127.0.0.1, port 0, on the current thread (its requests are
// served while the test spins the event loop, e.g. in QTRY_* or QSignalSpy::wait()).
//
//   brickdesk::test::EmulatorFixture fixture;
//   client.connect(fixture.url(), fixture.token());
//   fixture.emulator().faults().add(Fault::rateLimit(u"/api/2.2/jobs/list"_s, 1, 2));
class EmulatorFixture final
{
public:
    explicit EmulatorFixture(brickdesk::emulator::EmulatorOptions options = smallOptions())
        : m_emulator(options)
    {
        if (!m_emulator.listen()) {
            std::fprintf(stderr, "EmulatorFixture: %s\n", qPrintable(m_emulator.errorString()));
            std::abort();
        }
    }

    // Small and fast to seed: 60 jobs with a few runs each, 6 clusters with ~3000 events each,
    // live runs finish in about 1-2 s (time scale 30), no failures of live runs.
    static brickdesk::emulator::EmulatorOptions smallOptions()
    {
        brickdesk::emulator::EmulatorOptions o;
        o.seed = 42;
        o.jobs = 60;
        o.runsPerJob = 6;
        o.clusters = 6;
        o.eventsPerCluster = 3000;
        o.historyDays = 30;
        o.timeScale = 30.0;
        o.liveFailureRate = 0.0;
        o.tokens = {u"dapi-test-token-1"_s};
        return o;
    }

    QUrl url() const { return m_emulator.url(); }
    QString token() const { return m_emulator.token(); }
    brickdesk::emulator::WorkspaceEmulator &emulator() { return m_emulator; }

private:
    brickdesk::emulator::WorkspaceEmulator m_emulator;
};

} // namespace brickdesk::test
