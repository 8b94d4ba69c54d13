#pragma once

#include "emulatorrequest.h"
#include "emulatorresponse.h"

namespace brickdesk::emulator {

class WorkspaceState;

// The Clusters API 2.0 / 2.1 endpoints (databricks-api.md §2) over a WorkspaceState.
class ClustersApi final
{
public:
    explicit ClustersApi(WorkspaceState &state);

    // version: "2.0" or "2.1"; endpoint: the path after "/api/<version>/clusters/".
    EmulatorResponse handle(const EmulatorRequest &request, const QString &version, const QString &endpoint);

private:
    EmulatorResponse list(const EmulatorRequest &request, bool v21);
    EmulatorResponse get(const EmulatorRequest &request);
    EmulatorResponse events(const EmulatorRequest &request);
    EmulatorResponse start(const EmulatorRequest &request);
    EmulatorResponse terminate(const EmulatorRequest &request);
    EmulatorResponse resize(const EmulatorRequest &request);
    EmulatorResponse pin(const EmulatorRequest &request, bool pinned);

    WorkspaceState &m_state;
};

} // namespace brickdesk::emulator
