#pragma once

#include "emulatorrequest.h"
#include "emulatorresponse.h"

namespace brickdesk::emulator {

class WorkspaceState;

// The Jobs API 2.1 / 2.2 endpoints (databricks-api.md §1) over a WorkspaceState.
class JobsApi final
{
public:
    explicit JobsApi(WorkspaceState &state);

    // version: "2.1" or "2.2"; endpoint: the path after "/api/<version>/jobs/", e.g. "runs/get".
    EmulatorResponse handle(const EmulatorRequest &request, const QString &version, const QString &endpoint);

private:
    EmulatorResponse list(const EmulatorRequest &request, bool v22);
    EmulatorResponse get(const EmulatorRequest &request, bool v22);
    EmulatorResponse create(const EmulatorRequest &request, bool v22);
    EmulatorResponse reset(const EmulatorRequest &request);
    EmulatorResponse update(const EmulatorRequest &request);
    EmulatorResponse remove(const EmulatorRequest &request);
    EmulatorResponse runNow(const EmulatorRequest &request);
    EmulatorResponse submit(const EmulatorRequest &request);
    EmulatorResponse runsList(const EmulatorRequest &request, bool v22);
    EmulatorResponse runsGet(const EmulatorRequest &request, bool v22);
    EmulatorResponse runsGetOutput(const EmulatorRequest &request);
    EmulatorResponse runsCancel(const EmulatorRequest &request);
    EmulatorResponse runsCancelAll(const EmulatorRequest &request);
    EmulatorResponse runsRepair(const EmulatorRequest &request);
    EmulatorResponse runsDelete(const EmulatorRequest &request);
    EmulatorResponse runsExport(const EmulatorRequest &request);

    WorkspaceState &m_state;
};

} // namespace brickdesk::emulator
