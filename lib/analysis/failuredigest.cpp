#include "analysis/failuredigest.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

bool FailureDigest::isFailure(const Run &run)
{
    switch (run.displayState().category()) {
    case RunDisplayState::Category::Failed:
    case RunDisplayState::Category::TimedOut:
    case RunDisplayState::Category::Cancelled:
        return true;
    default:
        return false;
    }
}

QString FailureDigest::oneLine(const QString &text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars)
        line = line.left(std::max(1, maxChars - 1)) + u'…';
    return line;
}

FailureItem FailureDigest::item(const Run &run)
{
    FailureItem item;
    item.run = run;
    item.taskRunId = run.id();
    QVector<RunTask> tasks = run.tasks();
    std::stable_sort(tasks.begin(), tasks.end(),
        [](const RunTask &a, const RunTask &b) { return a.startTimeMs() < b.startTimeMs(); });
    const RunTask *failing = nullptr;
    // A task that failed or timed out says more than one cancelled because of it.
    for (const RunTask &task : std::as_const(tasks)) {
        if (task.displayState().isFailure()) {
            failing = &task;
            break;
        }
    }
    if (!failing) {
        for (const RunTask &task : std::as_const(tasks)) {
            if (task.displayState().category() == RunDisplayState::Category::Cancelled) {
                failing = &task;
                break;
            }
        }
    }
    QString message;
    if (failing) {
        item.taskKey = failing->taskKey();
        if (failing->runId() > 0)
            item.taskRunId = failing->runId();
        message = failing->displayState().message();
    }
    if (message.trimmed().isEmpty())
        message = run.displayState().message();
    if (message.trimmed().isEmpty())
        message = run.displayState().text();
    item.error = oneLine(message);
    return item;
}

QVector<FailureGroup> FailureDigest::build(const QVector<Run> &endedRuns)
{
    QVector<Run> runs = endedRuns;
    std::stable_sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) {
        return a.startTimeMs() != b.startTimeMs() ? a.startTimeMs() > b.startTimeMs() : a.id() > b.id();
    });
    // One-time runs (no job) are grouped by name: the same submitted pipeline fails the same way.
    const auto groupKey = [](const Run &run) {
        return run.jobId() > 0 ? QString::number(run.jobId()) : u"name:"_s + run.runName();
    };
    QHash<QString, int> index;
    QVector<FailureGroup> groups;
    QHash<QString, bool> streakOver;
    for (const Run &run : std::as_const(runs)) {
        const QString key = groupKey(run);
        const bool failure = isFailure(run);
        auto it = index.find(key);
        if (it == index.end()) {
            if (!failure) {
                // Succeeded most recently: nothing to show; older failures still are.
                streakOver.insert(key, true);
            }
            FailureGroup group;
            group.jobId = run.jobId();
            group.name = run.runName();
            it = index.insert(key, int(groups.size()));
            groups.append(group);
        }
        FailureGroup &group = groups[*it];
        if (failure) {
            group.failures.append(item(run));
            if (group.name.isEmpty())
                group.name = run.runName();
        }
        if (streakOver.value(key))
            continue;
        if (failure) {
            ++group.streak;
            group.streakSinceMs = run.startTimeMs();
        } else {
            streakOver.insert(key, true);
        }
    }
    QVector<FailureGroup> result;
    for (FailureGroup &group : groups) {
        if (group.failures.isEmpty())
            continue;
        group.streakReachesWindowStart
            = group.streak > 0 && !streakOver.value(groupKey(group.failures.first().run));
        result.append(std::move(group));
    }
    std::stable_sort(result.begin(), result.end(),
        [](const FailureGroup &a, const FailureGroup &b) { return a.latestMs() > b.latestMs(); });
    return result;
}

} // namespace brickdesk
