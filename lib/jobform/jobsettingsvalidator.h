#pragma once

#include "jobform/jobsettingsform.h"
#include "jobform/keyvaluerows.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace brickdesk {

// The checks behind JobSettingsForm::validate(), one section of the form at a time and in field
// order: the job's own fields, its job clusters (first: tasks refer to them), its tasks and
// their dependencies, the trigger, parameters, notifications and limits. Each problem names
// the JSON path of its field (see JobFormIssue).
class JobSettingsValidator final
{
    // The messages keep the form's translation context, where their translations are.
    Q_DECLARE_TR_FUNCTIONS(JobSettingsForm)

public:
    // Every problem of `form`, in field order. Empty = valid.
    static QList<JobFormIssue> check(const JobSettingsForm &form);

    // The paths the issues name: "tasks[1].task_key", "job_clusters[0].new_cluster.node_type_id".
    static QString taskPath(int index, const QString &field);
    static QString clusterPath(int index, const QString &field);

private:
    explicit JobSettingsValidator(const JobSettingsForm &form)
        : m_form(form)
    { }

    void add(const QString &field, const QString &message);
    // A name typed on two rows of a name->value field: JSON keeps one value per name, so the save
    // is refused rather than silently keeping one of them. `where` names the field for the user.
    void addRepeated(const QString &field, const keyvaluerows::Rows &rows, const QString &where);

    void checkJob();
    // Returns the job clusters' keys: the only ones a task may name.
    QSet<QString> checkJobClusters();
    void checkTasks(const QSet<QString> &clusterKeys);
    void checkTask(int i, const QHash<QString, int> &firstIndexOfKey, const QSet<QString> &keptKeys,
        const QSet<QString> &clusterKeys);
    // What the task's kind needs (a notebook path, a warehouse...).
    void checkTaskKind(int i, const JobTaskForm &task);
    void checkCycles();
    void checkTrigger();
    void checkParameters();
    void checkNotifications();
    void checkLimits();

    const JobSettingsForm &m_form;
    QList<JobFormIssue> m_issues;
};

} // namespace brickdesk
