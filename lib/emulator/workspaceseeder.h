#pragma once

#include "workspacestate.h"

namespace brickdesk::emulator {

// Fills a WorkspaceState with the deterministic demo workspace for its options' seed: jobs
// (single- and multi-task, every task kind, schedules, tags, owners, notifications), their
// run history, and clusters (event histories are generated lazily, per cluster).
class WorkspaceSeeder final
{
public:
    static void seed(WorkspaceState &state);
};

} // namespace brickdesk::emulator
