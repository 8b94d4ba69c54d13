#pragma once

#include "emulatorrequest.h"
#include "emulatorresponse.h"

#include <QJsonArray>

namespace brickdesk::emulator {

class WorkspaceState;
struct JobRecord;

// Job permissions: GET / PUT / PATCH /api/2.0/permissions/jobs/{job_id} (ObjectPermissions,
// [GO] service/jobs JobPermissions). Every job has its owner (IS_OWNER, the creator), the
// workspace "admins" group (CAN_MANAGE, inherited from "/jobs/"), and for most seeded jobs a
// team group and/or "users". The caller may read the list when it holds any permission on the
// job (directly or through one of its groups) and change it with CAN_MANAGE or IS_OWNER; about
// one seeded job in four grants "users" nothing, so the caller gets 403 PERMISSION_DENIED there.
class PermissionsApi final
{
public:
    explicit PermissionsApi(WorkspaceState &state);

    // `objectType` is the path segment after "permissions/" ("jobs"), `objectId` the next one.
    EmulatorResponse handle(
        const EmulatorRequest &request, const QString &objectType, const QString &objectId);

    // The job's direct ACL (JobAccessControlRequest entries): set, or the seeded default.
    QJsonArray directAcl(const JobRecord &job) const;

private:
    EmulatorResponse get(const JobRecord &job) const;
    EmulatorResponse set(const EmulatorRequest &request, JobRecord &job, bool replace);
    QJsonObject permissionsJson(const JobRecord &job) const;
    // The highest level the caller holds ("" = none).
    QString callerLevel(const JobRecord &job) const;

    WorkspaceState &m_state;
};

} // namespace brickdesk::emulator
