// Watch rules: which runs each rule matches, when it fires (once per run), and that the rules
// are kept in the settings without anything secret.
#include "services/notificationsink.h"
#include "services/watchrules.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

Run makeRun(qint64 id, qint64 jobId, qint64 startMs, const QString &lifeCycle, const QString &result = {})
{
    QJsonObject state {{u"life_cycle_state"_s, lifeCycle}};
    if (!result.isEmpty())
        state.insert(u"result_state"_s, result);
    return Run::fromJson(QJsonObject {{u"run_id"_s, id}, {u"job_id"_s, jobId}, {u"run_name"_s, u"nightly"_s},
        {u"start_time"_s, startMs}, {u"state"_s, state}});
}

class RecordingSink final : public NotificationSink
{
public:
    void showNotification(const QString &title, const QString &body, bool failure) override
    {
        titles.append(title);
        bodies.append(body);
        failures.append(failure);
    }
    QStringList titles;
    QStringList bodies;
    QList<bool> failures;
};

} // namespace

class TestWatchRules final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"WatchRules"_s);
    }

    void failedRuleFiresOncePerFailedRunOfItsJob()
    {
        WatchRules rules;
        RecordingSink sink;
        rules.setSink(&sink);
        WatchRule rule;
        rule.scope = WatchRule::Scope::Job;
        rule.jobId = 7;
        rules.addRule(rule);
        QSignalSpy fired(&rules, &WatchRules::fired);
        const QVector<Run> runs {makeRun(1, 7, kNow, u"TERMINATED"_s, u"FAILED"_s),
            makeRun(2, 8, kNow, u"TERMINATED"_s, u"FAILED"_s),
            makeRun(3, 7, kNow, u"TERMINATED"_s, u"SUCCESS"_s)};
        rules.evaluateEnded(u"w"_s, runs);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().at(2).value<Run>().id(), 1);
        rules.evaluateEnded(u"w"_s, runs); // seen again: no second notification
        QCOMPARE(sink.titles.size(), 1);
        QVERIFY(sink.failures.first());
        QCOMPARE(sink.titles.first(), u"Run failed: nightly"_s);
    }

    void durationRulesFollowTheClockAndTheQueue()
    {
        WatchRules rules;
        rules.setClock([] { return kNow; });
        WatchRule longer;
        longer.condition = WatchRule::Condition::LongerThan;
        longer.minutes = 30;
        longer.workspaceKey = u"prod"_s;
        rules.addRule(longer);
        WatchRule queued;
        queued.condition = WatchRule::Condition::QueuedLongerThan;
        queued.minutes = 10;
        rules.addRule(queued);
        QSignalSpy fired(&rules, &WatchRules::fired);
        const QVector<Run> active {makeRun(1, 1, kNow - 20 * 60'000, u"RUNNING"_s),
            makeRun(2, 1, kNow - 40 * 60'000, u"RUNNING"_s), makeRun(3, 2, kNow - 15 * 60'000, u"QUEUED"_s),
            makeRun(4, 2, kNow - 5 * 60'000, u"QUEUED"_s)};
        rules.evaluateActive(u"prod"_s, active);
        QCOMPARE(fired.size(), 2);
        QCOMPARE(fired.at(0).at(2).value<Run>().id(), 2); // running 40 min > 30
        QCOMPARE(fired.at(1).at(2).value<Run>().id(), 3); // queued 15 min > 10
        // The long-run rule is for "prod" only; the queue rule for every workspace.
        rules.evaluateActive(u"test"_s, {makeRun(5, 1, kNow - 60 * 60'000, u"RUNNING"_s)});
        QCOMPARE(fired.size(), 2);
        rules.evaluateActive(u"test"_s, {makeRun(6, 1, kNow - 60 * 60'000, u"QUEUED"_s)});
        QCOMPARE(fired.size(), 3);
    }

    void tagRulesAskForTheJobsTags()
    {
        WatchRules rules;
        rules.setJobTags([](const QString &, qint64 jobId) {
            return jobId == 1 ? QMap<QString, QString> {{u"team"_s, u"growth"_s}} : QMap<QString, QString> {};
        });
        WatchRule rule;
        rule.scope = WatchRule::Scope::Tag;
        rule.tag = u"team:growth"_s;
        rules.addRule(rule);
        QSignalSpy fired(&rules, &WatchRules::fired);
        rules.evaluateEnded(u"w"_s,
            {makeRun(1, 1, kNow, u"TERMINATED"_s, u"FAILED"_s),
                makeRun(2, 2, kNow, u"TERMINATED"_s, u"FAILED"_s)});
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().at(2).value<Run>().jobId(), 1);
    }

    void rulesAreKeptInTheSettings()
    {
        {
            WatchRules rules;
            WatchRule rule;
            rule.scope = WatchRule::Scope::Job;
            rule.jobId = 1'234'567'890'123'456; // above 2^53 as a JSON number: kept as text
            rule.condition = WatchRule::Condition::LongerThanUsual;
            rule.workspaceKey = u"ws-1"_s;
            rule.workspaceName = u"Production"_s;
            rules.addRule(rule);
        }
        WatchRules again;
        QCOMPARE(again.rules().size(), 1);
        const WatchRule rule = again.rules().first();
        QCOMPARE(rule.jobId, 1'234'567'890'123'456);
        QCOMPARE(rule.condition, WatchRule::Condition::LongerThanUsual);
        QCOMPARE(rule.description(),
            u"Notify when a run of job 1234567890123456 in Production runs longer than usual"_s);
        const QString stored = QSettings().value(u"WatchRules/rules"_s).toString();
        QVERIFY(!stored.contains(u"token"_s, Qt::CaseInsensitive));
        again.removeRule(rule.id);
        QVERIFY(WatchRules().rules().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchRules)
#include "tst_watch_rules.moc"
