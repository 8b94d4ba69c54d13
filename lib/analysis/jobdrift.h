#pragma once

#include "domain/job.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace brickdesk {

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

    static QJsonObject comparable(const Job &job);
    // maxLines 0: every difference.
    static Result compare(const Job &here, const Job &there, int maxLines = 0);
    // What comparable() leaves out, in words, for the view.
    static QString leftOutText();
};

} // namespace brickdesk
