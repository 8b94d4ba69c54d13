#pragma once

#include "jobform/jobsettingsform.h"

#include <QJsonObject>

// The rows of the job form's name=value fields typed with a name already used (see
// keyvaluerows.h) as a draft keeps them. toJson() cannot hold them (a JSON object keeps one value
// per name), so a draft stores them beside its settings; restored, the form shows every row the
// user typed, the one still to fix included.
namespace brickdesk::jobformdraftrows {

// By field path ("tags", "tasks[0].notebook_task.base_parameters",
// "job_clusters[1].new_cluster.spark_conf"), the rows in the order typed, each as a one-member
// object {name: value}: the drafts' secret scrubbing judges a value by its name, as in settings.
QJsonObject collect(const JobSettingsForm &form);

// Puts rows collect() returned back into `form`, read from the same draft's settings. Paths to a
// task or job cluster the form does not have are ignored.
void restore(JobSettingsForm &form, const QJsonObject &rows);

} // namespace brickdesk::jobformdraftrows
