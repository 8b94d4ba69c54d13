#pragma once

#include "emulator/workspaceemulator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// Gives the first job whose first task is a notebook task that notebook path and that name
// (e.g. with markup in it), as jobs/reset would: what an archive search then finds. Returns
// the job's id, 0 when no job has a notebook task first.
inline qint64 renameJobReadingPath(
    brickdesk::emulator::WorkspaceEmulator &emulator, const QString &notebookPath, const QString &name)
{
    for (const qint64 id : emulator.jobIds()) {
        QJsonObject settings = emulator.job(id).value(u"settings"_s).toObject();
        QJsonArray tasks = settings.value(u"tasks"_s).toArray();
        QJsonObject task = tasks.isEmpty() ? QJsonObject() : tasks.first().toObject();
        if (!task.contains(u"notebook_task"_s))
            continue;
        QJsonObject notebook = task.value(u"notebook_task"_s).toObject();
        notebook.insert(u"notebook_path"_s, notebookPath);
        task.insert(u"notebook_task"_s, notebook);
        tasks.replace(0, task);
        settings.insert(u"tasks"_s, tasks);
        settings.insert(u"name"_s, name);
        return emulator.updateJobSettings(id, settings) ? id : 0;
    }
    return 0;
}

} // namespace brickdesk::test
