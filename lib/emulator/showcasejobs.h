#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk::emulator::showcasejobs {

// A handful of seeded jobs that use what Jobs API 2.2 added in 2025–2026 (databricks-2026.md
// §2): for-each tasks with more than 100 iterations, condition tasks, run-job tasks, serverless
// environments, dashboard/alert/Power BI/dbt platform tasks, disabled tasks, performance
// targets, budget and usage policies, a bundle-deployed (UI_LOCKED) job and every trigger kind,
// the preview triggers[] list too.
// They take the place of ordinary seeded jobs at fixed indices, so job counts stay as asked.

int count();
// The first seeded job index a showcase job takes; kind k replaces job firstIndex() + k.
int firstIndex();
// The settings of showcase job `kind` (0..count()-1). `fanOutJobId` is the job id of kind 0,
// which the orchestrating job's run-job task runs.
QJsonObject settings(int kind, qint64 fanOutJobId, const QString &owner);
// The trigger type (Run.trigger) of a seeded run of a job with these settings that has no
// schedule: FILE_ARRIVAL, TABLE, MODEL, PERIODIC, CONTINUOUS, or ONE_TIME.
QString triggerTypeOf(const QJsonObject &settings);

} // namespace brickdesk::emulator::showcasejobs
