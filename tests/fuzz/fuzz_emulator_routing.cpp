// Any request a local program or web page may send, routed through the whole emulator: the
// path matching, authentication and every endpoint's handling of its parameters and body
// (jobs, runs, clusters, events, permissions, SCIM, SQL warehouses and statements, OAuth), on
// one small seeded workspace. Property: an answer with a real HTTP status, and a JSON answer is
// JSON. Input: a raw HTTP/1.1 request.
//
// Every input meets the workspace as seeded: after an input that may have changed it (anything
// but an API read), the next one gets a freshly seeded workspace. So what one input creates
// (jobs, runs, clusters, statements, OAuth codes) never outlives it, memory stays bounded
// however long the run, and every finding reproduces from its input alone. API reads (GET under
// /api/) only fill the workspace's lazy, deterministic caches and share one: seeding under ASan
// costs as much as dozens of requests.
#include "emulator/workspaceemulator.h"
#include "rawrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace brickdesk::emulator;
using namespace Qt::Literals::StringLiterals;

namespace {

void ensureApplication()
{
    // The SQLite driver of the SQL warehouses is a plugin: found through the application.
    static int argc = 1;
    static char name[] = "fuzz_emulator_routing";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    // Seeding a workspace for every input would otherwise log a line for each.
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(u"brickdesk.emulator.debug=false\nbrickdesk.emulator.info=false"_s);
        return true;
    }();
    Q_UNUSED(quiet);
}

EmulatorOptions smallWorkspace()
{
    EmulatorOptions options;
    options.jobs = 6;
    options.runsPerJob = 3;
    options.clusters = 2;
    options.historyDays = 2;
    options.nodeTimelineDays = 1;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    // Never destroyed at exit: Qt SQL's connection registry, made after this on first use, is
    // gone by then, and the system tables' handle would be removed from it (a crash in the exit
    // handlers). Still reachable from here, so LeakSanitizer does not count it.
    static WorkspaceEmulator *workspace = nullptr;
    if (!workspace)
        workspace = new WorkspaceEmulator(smallWorkspace());
    const EmulatorRequest request = fuzz::rawRequest(data, size);
    const EmulatorResponse response = workspace->respond(request);
    if (request.method != "GET" || !request.path.startsWith(u"/api/"_s)) {
        delete workspace;
        workspace = nullptr;
    }
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
