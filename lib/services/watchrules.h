#pragma once

#include "domain/run.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <functional>

namespace brickdesk {

class FailureInbox;
class NotificationSink;

// What the user asked to hear about: a run that failed, ran longer than N minutes or longer
// than its job usually takes, or waited in the queue longer than N minutes; for one job, the
// jobs with a tag, one workspace or every workspace. Kept in the settings (no secrets).
struct WatchRule
{
    Q_DECLARE_TR_FUNCTIONS(WatchRule)
public:
    enum class Scope { Workspace, Job, Tag };
    enum class Condition { Failed, LongerThan, LongerThanUsual, QueuedLongerThan };

    QString id;
    Scope scope = Scope::Workspace;
    QString workspaceKey; // empty: every workspace
    QString workspaceName; // as it was when the rule was made, to describe it
    qint64 jobId = 0; // Scope::Job
    QString tag; // Scope::Tag: "key" (any value) or "key:value"
    Condition condition = Condition::Failed;
    int minutes = 30; // LongerThan, QueuedLongerThan

    // "Notify when a run of job 42 in Production runs longer than 30 minutes".
    QString description() const;
    QJsonObject toJson() const;
    static WatchRule fromJson(const QJsonObject &json);
};

// Applies the watch rules to what the failure inbox's monitors see (no polling of its own):
// runs that ended and runs active now. Each rule fires at most once per run. "Longer than
// usual" compares with the median duration of the job's successful runs in the inbox's window
// (at least three of them) and fires past one and a half times that.
class WatchRules final : public QObject
{
    Q_OBJECT
public:
    using JobTags = std::function<QMap<QString, QString>(const QString &workspaceKey, qint64 jobId)>;

    explicit WatchRules(QObject *parent = nullptr);

    QVector<WatchRule> rules() const { return m_rules; }
    void setRules(const QVector<WatchRule> &rules); // saved at once
    QString addRule(WatchRule rule); // returns its id
    void removeRule(const QString &id);

    // Not owned; nullptr: fired() only.
    void setSink(NotificationSink *sink) { m_sink = sink; }
    // The tags of a job, for tag rules (empty when unknown).
    void setJobTags(JobTags tags) { m_tags = std::move(tags); }
    // Milliseconds since the epoch; tests move time forward.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    // Follows every workspace of the inbox.
    void attach(FailureInbox *inbox);

    void evaluateEnded(const QString &workspaceKey, const QVector<Run> &runs);
    void evaluateActive(const QString &workspaceKey, const QVector<Run> &runs);
    // Median duration of the job's successful runs in the window; -1 with fewer than three.
    qint64 usualDurationMs(const QString &workspaceKey, qint64 jobId) const;

signals:
    void rulesChanged();
    void fired(const brickdesk::WatchRule &rule, const QString &workspaceKey, const brickdesk::Run &run,
        const QString &title, const QString &body);

private:
    bool matches(const WatchRule &rule, const QString &workspaceKey, const Run &run) const;
    void fire(const WatchRule &rule, const QString &workspaceKey, const Run &run, const QString &title,
        const QString &body);
    void load();
    void save() const;
    qint64 now() const;
    QString workspaceName(const QString &key) const;

    QVector<WatchRule> m_rules;
    NotificationSink *m_sink = nullptr;
    JobTags m_tags;
    std::function<qint64()> m_now;
    QPointer<FailureInbox> m_inbox;
    QSet<QString> m_fired; // rule id | workspace | run id
};

} // namespace brickdesk
