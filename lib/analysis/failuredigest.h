#pragma once

#include "domain/run.h"

#include <QString>
#include <QVector>

namespace brickdesk {

// One failed, timed-out or cancelled run as the failure inbox shows it.
struct FailureItem
{
    Run run;
    QString taskKey; // the first task that failed (by start time); empty for a run without tasks
    qint64 taskRunId = 0; // its task run id (for runs/get-output), else the run's id
    QString error; // one line of plain text: the task's message, else the run's
};

// The failures of one job (or, for one-time runs without a job, of one run name) inside the
// window, newest first, and how the job has been doing: how many of its latest runs in a row
// did not succeed, and since when.
struct FailureGroup
{
    qint64 jobId = 0;
    QString name;
    QVector<FailureItem> failures; // newest first
    int streak = 0; // latest runs in a row that failed, timed out or were cancelled
    qint64 streakSinceMs = 0; // start of the oldest run of the streak
    // Every run of the job inside the window is in the streak: it may go back further.
    bool streakReachesWindowStart = false;
    qint64 latestMs() const { return failures.isEmpty() ? 0 : failures.first().run.startTimeMs(); }
};

// Pure: turns the runs that ended inside a window (any outcome, any order) into the inbox's
// groups, newest failure first. Runs that succeeded only end streaks.
class FailureDigest final
{
public:
    static bool isFailure(const Run &run);
    static FailureItem item(const Run &run);
    static QVector<FailureGroup> build(const QVector<Run> &endedRuns);
    // A message on one line, without markup, at most `maxChars` characters (with an ellipsis).
    static QString oneLine(const QString &text, int maxChars = 200);
};

} // namespace brickdesk
