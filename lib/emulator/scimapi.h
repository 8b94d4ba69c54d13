#pragma once

#include "emulatorrequest.h"
#include "emulatorresponse.h"

namespace brickdesk::emulator {

class WorkspaceState;

// The one SCIM endpoint a jobs client needs: GET /api/2.0/preview/scim/v2/Me, the user the
// token belongs to (databricks-sdk-go service/iam CurrentUser.Me). The emulator has one caller,
// WorkspaceState::apiUser(), who is also a creator of seeded jobs.
class ScimApi final
{
public:
    explicit ScimApi(WorkspaceState &state);

    // `endpoint` is the path after "/api/2.0/preview/scim/v2/", e.g. "Me".
    EmulatorResponse handle(const EmulatorRequest &request, const QString &endpoint);

    // A stable numeric-string id for a user or group name, as SCIM ids look.
    static QString scimId(const QString &name);

private:
    EmulatorResponse me() const;

    WorkspaceState &m_state;
};

} // namespace brickdesk::emulator
