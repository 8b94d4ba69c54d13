#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// Readable renderings of a job's definition for the jobs screens: the schedule or trigger in
// words, the overview as HTML (tasks with their dependencies, compute, schedule, notifications,
// parameters, retries, limits, tags), and the job as the body `jobs create` accepts.
class JobOverview final
{
    Q_DECLARE_TR_FUNCTIONS(JobOverview)

public:
    // "Every day at 02:00 UTC", "Paused — Every day at 02:00 UTC", "File arrival", "Continuous",
    // "Every 4 hours", "Manual" for jobs without a schedule or trigger.
    static QString scheduleText(const QJsonObject &settings);
    // The whole job (jobs/get answer) as an HTML document for a QTextBrowser. `permissions`
    // is the permissions/jobs answer when it could be read (else {}); `permissionsNote`, when
    // set, says why they are not shown (e.g. "Not readable with your access.").
    static QString html(
        const QJsonObject &job, const QJsonObject &permissions = {}, const QString &permissionsNote = {});
    // "Can view", "Can manage run", "Can manage", "Is owner"; unknown levels as they are.
    static QString permissionLevelText(const QString &level);
    // JobSettings of the job: exactly the body of POST jobs/create.
    static QJsonObject createBody(const QJsonObject &job);
    // Tasks ordered by dependency level (roots first), as "level" per task key.
    static QHash<QString, int> dependencyLevels(const QJsonObject &settings);
};

} // namespace brickdesk
