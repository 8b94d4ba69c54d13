// Any request a local program or web page may send, routed through the whole emulator: the
// path matching, authentication and every endpoint's handling of its parameters and body
// (jobs, runs, clusters, events, permissions, SCIM, SQL warehouses and statements, OAuth), on
// one small seeded workspace that lives for the whole run. Property: an answer with a real
// HTTP status, and a JSON answer is JSON. Input: a raw HTTP/1.1 request.
#include "emulator/workspaceemulator.h"
#include "rawrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace brickdesk::emulator;

namespace {

WorkspaceEmulator &workspace()
{
    // The SQLite driver of the SQL warehouses is a plugin: found through the application.
    static int argc = 1;
    static char name[] = "fuzz_emulator_routing";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static WorkspaceEmulator *emulator = [] {
        EmulatorOptions options;
        options.jobs = 6;
        options.runsPerJob = 3;
        options.clusters = 2;
        options.historyDays = 2;
        return new WorkspaceEmulator(options);
    }();
    return *emulator;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const EmulatorResponse response = workspace().respond(fuzz::rawRequest(data, size));
    if (response.status < 100 || response.status > 599) {
        std::fprintf(stderr, "status %d\n", response.status);
        std::abort();
    }
    if (response.contentType == "application/json" && !response.body.isEmpty()
        && QJsonDocument::fromJson(response.body).isNull()) {
        std::fprintf(stderr, "not JSON: %s\n", response.body.left(200).constData());
        std::abort();
    }
    return 0;
}
