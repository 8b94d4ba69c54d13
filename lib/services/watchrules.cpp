#include "services/watchrules.h"

#include "services/failureinbox.h"
#include "services/notificationsink.h"
#include "services/runactivitymonitor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString scopeName(WatchRule::Scope scope)
{
    switch (scope) {
    case WatchRule::Scope::Job:
        return u"job"_s;
    case WatchRule::Scope::Tag:
        return u"tag"_s;
    case WatchRule::Scope::Workspace:
        break;
    }
    return u"workspace"_s;
}

QString conditionName(WatchRule::Condition condition)
{
    switch (condition) {
    case WatchRule::Condition::LongerThan:
        return u"longer_than"_s;
    case WatchRule::Condition::LongerThanUsual:
        return u"longer_than_usual"_s;
    case WatchRule::Condition::QueuedLongerThan:
        return u"queued_longer_than"_s;
    case WatchRule::Condition::Failed:
        break;
    }
    return u"failed"_s;
}

QString minutesText(qint64 ms)
{
    return WatchRule::tr("%n minute(s)", nullptr, int(std::max<qint64>(1, ms / 60'000)));
}

} // namespace

QString WatchRule::description() const
{
    QString subject;
    const QString where = workspaceKey.isEmpty() ? tr("any workspace") : workspaceName;
    switch (scope) {
    case Scope::Workspace:
        subject = tr("a run in %1").arg(where);
        break;
    case Scope::Job:
        subject = tr("a run of job %1 in %2").arg(jobId).arg(where);
        break;
    case Scope::Tag:
        subject = tr("a run of a job tagged “%1” in %2").arg(tag, where);
        break;
    }
    switch (condition) {
    case Condition::Failed:
        return tr("Notify when %1 fails").arg(subject);
    case Condition::LongerThan:
        return tr("Notify when %1 runs longer than %n minute(s)", nullptr, minutes).arg(subject);
    case Condition::LongerThanUsual:
        return tr("Notify when %1 runs longer than usual").arg(subject);
    case Condition::QueuedLongerThan:
        return tr("Notify when %1 waits in the queue longer than %n minute(s)", nullptr, minutes)
            .arg(subject);
    }
    return {};
}

QJsonObject WatchRule::toJson() const
{
    QJsonObject json {{u"id"_s, id}, {u"scope"_s, scopeName(scope)},
        {u"condition"_s, conditionName(condition)}, {u"minutes"_s, minutes}};
    if (!workspaceKey.isEmpty()) {
        json.insert(u"workspace"_s, workspaceKey);
        json.insert(u"workspace_name"_s, workspaceName);
    }
    if (scope == Scope::Job)
        json.insert(u"job_id"_s, QString::number(jobId));
    if (scope == Scope::Tag)
        json.insert(u"tag"_s, tag);
    return json;
}

WatchRule WatchRule::fromJson(const QJsonObject &json)
{
    WatchRule rule;
    rule.id = json.value(u"id"_s).toString();
    const QString scope = json.value(u"scope"_s).toString();
    rule.scope = scope == u"job"_s ? Scope::Job : scope == u"tag"_s ? Scope::Tag : Scope::Workspace;
    const QString condition = json.value(u"condition"_s).toString();
    rule.condition = condition == u"longer_than"_s ? Condition::LongerThan
        : condition == u"longer_than_usual"_s      ? Condition::LongerThanUsual
        : condition == u"queued_longer_than"_s     ? Condition::QueuedLongerThan
                                                   : Condition::Failed;
    rule.minutes = std::max(1, json.value(u"minutes"_s).toInt(30));
    rule.workspaceKey = json.value(u"workspace"_s).toString();
    rule.workspaceName = json.value(u"workspace_name"_s).toString();
    rule.jobId = json.value(u"job_id"_s).toString().toLongLong();
    rule.tag = json.value(u"tag"_s).toString();
    return rule;
}

WatchRules::WatchRules(QObject *parent)
    : QObject(parent)
{
    load();
}

qint64 WatchRules::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

void WatchRules::load()
{
    m_rules.clear();
    const QByteArray stored = QSettings().value(u"WatchRules/rules"_s).toByteArray();
    const QJsonArray array = QJsonDocument::fromJson(stored).array();
    for (const QJsonValue &value : array) {
        WatchRule rule = WatchRule::fromJson(value.toObject());
        if (!rule.id.isEmpty())
            m_rules.append(rule);
    }
}

void WatchRules::save() const
{
    QJsonArray array;
    for (const WatchRule &rule : m_rules)
        array.append(rule.toJson());
    QSettings().setValue(u"WatchRules/rules"_s, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void WatchRules::setRules(const QVector<WatchRule> &rules)
{
    m_rules = rules;
    for (WatchRule &rule : m_rules) {
        if (rule.id.isEmpty())
            rule.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    save();
    emit rulesChanged();
}

QString WatchRules::addRule(WatchRule rule)
{
    if (rule.id.isEmpty())
        rule.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_rules.append(rule);
    save();
    emit rulesChanged();
    return rule.id;
}

void WatchRules::removeRule(const QString &id)
{
    const auto removed = std::remove_if(
        m_rules.begin(), m_rules.end(), [&id](const WatchRule &rule) { return rule.id == id; });
    if (removed == m_rules.end())
        return;
    m_rules.erase(removed, m_rules.end());
    save();
    emit rulesChanged();
}

void WatchRules::attach(FailureInbox *inbox)
{
    m_inbox = inbox;
    connect(inbox, &FailureInbox::runsEnded, this, &WatchRules::evaluateEnded);
    connect(inbox, &FailureInbox::activeRunsChanged, this, &WatchRules::evaluateActive);
}

QString WatchRules::workspaceName(const QString &key) const
{
    return m_inbox ? m_inbox->workspaceName(key) : key;
}

bool WatchRules::matches(const WatchRule &rule, const QString &workspaceKey, const Run &run) const
{
    if (!rule.workspaceKey.isEmpty() && rule.workspaceKey != workspaceKey)
        return false;
    switch (rule.scope) {
    case WatchRule::Scope::Workspace:
        return true;
    case WatchRule::Scope::Job:
        return run.jobId() == rule.jobId;
    case WatchRule::Scope::Tag: {
        if (!m_tags || run.jobId() <= 0)
            return false;
        const QMap<QString, QString> tags = m_tags(workspaceKey, run.jobId());
        const qsizetype colon = rule.tag.indexOf(u':');
        if (colon < 0)
            return tags.contains(rule.tag);
        const QString key = rule.tag.left(colon);
        return tags.contains(key) && tags.value(key) == rule.tag.mid(colon + 1);
    }
    }
    return false;
}

void WatchRules::fire(const WatchRule &rule, const QString &workspaceKey, const Run &run,
    const QString &title, const QString &body)
{
    const QString key = rule.id + u'|' + workspaceKey + u'|' + QString::number(run.id());
    if (m_fired.contains(key))
        return;
    m_fired.insert(key);
    if (m_sink)
        m_sink->showNotification(title, body, rule.condition == WatchRule::Condition::Failed);
    emit fired(rule, workspaceKey, run, title, body);
}

void WatchRules::evaluateEnded(const QString &workspaceKey, const QVector<Run> &runs)
{
    for (const WatchRule &rule : std::as_const(m_rules)) {
        if (rule.condition != WatchRule::Condition::Failed)
            continue;
        for (const Run &run : runs) {
            if (!run.displayState().isFailure() || !matches(rule, workspaceKey, run))
                continue;
            fire(rule, workspaceKey, run, tr("Run failed: %1").arg(run.runName()),
                tr("%1 in %2: %3")
                    .arg(run.displayState().text(), workspaceName(workspaceKey),
                        run.displayState().message().simplified()));
        }
    }
}

void WatchRules::evaluateActive(const QString &workspaceKey, const QVector<Run> &runs)
{
    const qint64 at = now();
    for (const WatchRule &rule : std::as_const(m_rules)) {
        if (rule.condition == WatchRule::Condition::Failed)
            continue;
        for (const Run &run : runs) {
            if (!matches(rule, workspaceKey, run) || run.startTimeMs() <= 0)
                continue;
            const qint64 elapsed = at - run.startTimeMs();
            const bool queued = run.displayState().category() == RunDisplayState::Category::Queued;
            const QString where = workspaceName(workspaceKey);
            switch (rule.condition) {
            case WatchRule::Condition::QueuedLongerThan:
                if (queued && elapsed > qint64(rule.minutes) * 60'000)
                    fire(rule, workspaceKey, run, tr("Run waiting in the queue: %1").arg(run.runName()),
                        tr("Queued for %1 in %2.").arg(minutesText(elapsed), where));
                break;
            case WatchRule::Condition::LongerThan:
                if (!queued && elapsed > qint64(rule.minutes) * 60'000)
                    fire(rule, workspaceKey, run, tr("Long run: %1").arg(run.runName()),
                        tr("Running for %1 in %2.").arg(minutesText(elapsed), where));
                break;
            case WatchRule::Condition::LongerThanUsual: {
                const qint64 usual = usualDurationMs(workspaceKey, run.jobId());
                if (!queued && usual > 0 && elapsed > usual * 3 / 2)
                    fire(rule, workspaceKey, run, tr("Longer than usual: %1").arg(run.runName()),
                        tr("Running for %1 in %2; it usually takes %3.")
                            .arg(minutesText(elapsed), where, minutesText(usual)));
                break;
            }
            case WatchRule::Condition::Failed:
                break;
            }
        }
    }
}

qint64 WatchRules::usualDurationMs(const QString &workspaceKey, qint64 jobId) const
{
    const RunActivityMonitor *monitor = m_inbox ? m_inbox->monitor(workspaceKey) : nullptr;
    if (!monitor || jobId <= 0)
        return -1;
    QVector<qint64> durations;
    const QVector<Run> ended = monitor->endedRuns();
    for (const Run &run : ended) {
        if (run.jobId() == jobId && run.displayState().category() == RunDisplayState::Category::Succeeded
            && run.durationMs() > 0)
            durations.append(run.durationMs());
    }
    if (durations.size() < 3)
        return -1;
    std::sort(durations.begin(), durations.end());
    return durations.at(durations.size() / 2);
}

} // namespace brickdesk
