#pragma once

#include "domain/job.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace brickdesk {

// What JobDrift leaves out on request (a namespace-level type: a nested one with a default
// member initializer cannot be a default argument inside its class).
struct JobDriftOptions
{
    bool ignoreWorkspaceIds = false; // see JobDrift::workspaceIdKeys()
};

// The same job in two workspaces (dev and prod, say), made comparable and compared. Pure (no
// I/O), so it runs on a worker thread.
//
// What is compared is the job's settings (what jobs/reset would write), plus who it runs as
// where that was chosen. Left out, because it differs between workspaces whatever the job is:
//   - the job's metadata beside its settings: job_id, created_time, creator_user_name;
//   - run_as_user_name when it is the job's creator (the default: nobody chose it), and a
//     run_as that names the creator;
//   - deployment.metadata_file_path: where a bundle keeps its deployment state, a path under
//     each target's own root (deployment.kind is compared: a job bundle-managed in one
//     workspace and not in the other is drift);
//   - empty objects and arrays, which servers and tools write or leave out alike
//     ("email_notifications": {}).
// Everything else is compared, fields Brickdesk does not know included. Tasks are matched by
// task_key, job clusters and environments by their keys, parameters by name (JsonDiff).
//
// On request (Options::ignoreWorkspaceIds) the ids of the workspace's own objects are left out
// too, wherever they appear: clusters, pools, policies, SQL warehouses, queries, dashboards,
// alerts, pipelines and other jobs are the same thing under another id in each workspace, so
// they differ even where nothing drifted; by default they are shown, since pointing at another
// object may be the drift.
class JobDrift final
{
    Q_DECLARE_TR_FUNCTIONS(JobDrift)
public:
    struct Result
    {
        QStringList differences; // one line per difference, "here → there"; empty: none
        QString hereText; // the compared settings, indented JSON
        QString thereText;
    };

    using Options = JobDriftOptions;

    static QJsonObject comparable(const Job &job, const Options &options = {});
    // maxLines 0: every difference.
    static Result compare(const Job &here, const Job &there, const Options &options = {}, int maxLines = 0);
    // The keys Options::ignoreWorkspaceIds leaves out.
    static QStringList workspaceIdKeys();
    // What comparable() leaves out, in words, for the view.
    static QString leftOutText();
};

} // namespace brickdesk
