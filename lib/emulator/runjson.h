#pragma once

#include "emulatoroptions.h"
#include "workspaceclock.h"
#include "workspacerecords.h"

#include <QJsonObject>

namespace brickdesk::emulator {

// Renders runs, task runs and run outputs as the Jobs API does, with their state computed from
// the clock. The run's tasks must have been built (RunEngine::ensureTasks).
class RunJson final
{
public:
    RunJson(const EmulatorOptions &options, const WorkspaceClock &clock, const QString &host);

    QJsonObject run(const RunRecord &run, bool withTasks, bool withHistory) const;
    QJsonObject taskRun(const RunRecord &run, const TaskRunRecord &task) const;
    QJsonObject output(const RunRecord &run, const TaskRunRecord &task) const;
    // runs/get on a task run id: the task run shaped as a run (a for-each's with its iterations).
    QJsonObject taskRunAsRun(const RunRecord &run, const TaskRunRecord &task) const;

private:
    QString effectivePerformanceTarget(const RunRecord &run) const;

    const EmulatorOptions &m_options;
    const WorkspaceClock &m_clock;
    const QString &m_host;
};

} // namespace brickdesk::emulator
