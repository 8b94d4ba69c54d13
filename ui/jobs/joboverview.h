#pragma once

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QString>
#include <QVector>

namespace brickdesk {

class Job;
class JobPermissions;
class JobSettings;
class Task;
struct JobTrigger;

// Readable renderings of a job's definition for the jobs screens: the schedule or trigger in
// words, the overview as HTML (tasks with their dependencies, compute, schedule, notifications,
// parameters, retries, limits, tags), and the job as the body `jobs create` accepts.
class JobOverview final
{
    Q_DECLARE_TR_FUNCTIONS(JobOverview)

public:
    // "Every day at 02:00 UTC", "Paused — Every day at 02:00 UTC", "File arrival", "Continuous",
    // "Every 4 hours", "Manual" for jobs without a schedule or trigger.
    static QString scheduleText(const JobSettings &settings);
    // The whole job (jobs/get answer) as an HTML document for a QTextBrowser. `permissions`
    // are the job's when they could be read (else empty); `permissionsNote`, when set, says why
    // they are not shown (e.g. "Not readable with your access."). Colours are chosen for
    // `palette` (the browser's): build it again when that changes.
    static QString html(const Job &job, const JobPermissions &permissions,
        const QString &permissionsNote = {}, const QPalette &palette = QGuiApplication::palette());
    static QString html(const Job &job);
    // "Can view", "Can manage run", "Can manage", "Is owner"; unknown levels as they are.
    static QString permissionLevelText(const QString &level);
    // Tasks ordered by dependency level (roots first), as "level" per task key.
    static QHash<QString, int> dependencyLevels(const QVector<Task> &tasks);
    // A task type in the words Databricks uses today ("Notebook", "Lakeflow Declarative
    // Pipelines", "For each", "If/else condition"...); unknown types as they come.
    static QString taskTypeText(const Task &task);
    // A trigger kind of JobSettings::triggerKinds() with its settings in words, e.g.
    // "Table update: main.sales.orders (any updated)"; unknown kinds as they come.
    static QString triggerText(const JobTrigger &trigger);
    // Why a job deployed from a bundle (edit_mode UI_LOCKED) cannot be edited here.
    static QString lockedReason();
};

} // namespace brickdesk
