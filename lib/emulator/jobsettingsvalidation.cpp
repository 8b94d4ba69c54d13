#include "jobsettingsvalidation.h"

#include "cron/quartzcron.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator::jobvalidation {

QString checkType(const QJsonObject &o, const char *key, QJsonValue::Type type)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || v.type() == type)
        return {};
    return u"Could not parse request object: Expected %1 for field '%2'"_s.arg(type == QJsonValue::String
            ? u"a string"_s
            : type == QJsonValue::Double ? u"a number"_s
            : type == QJsonValue::Array  ? u"an array"_s
            : type == QJsonValue::Bool   ? u"a boolean"_s
                                         : u"an object"_s,
        QLatin1String(key));
}

QString validateTasks(const QJsonArray &tasks, const QJsonObject &settings, bool submit, bool *malformed)
{
    static const QRegularExpression keyPattern(u"^[\\w\\-]{1,100}$"_s);
    QSet<QString> keys;
    QSet<QString> clusterKeys;
    const QJsonArray jobClusters = settings.value(u"job_clusters"_s).toArray();
    for (const QJsonValue &jc : jobClusters) {
        const QString key = jc.toObject().value(u"job_cluster_key"_s).toString();
        if (key.isEmpty())
            return u"Missing required field: job_clusters.job_cluster_key"_s;
        if (clusterKeys.contains(key))
            return u"Duplicate job cluster key: %1"_s.arg(key);
        clusterKeys.insert(key);
    }
    if (tasks.size() > 1000)
        return u"A job can have at most 1000 tasks."_s;
    for (const QJsonValue &v : tasks) {
        if (!v.isObject()) {
            *malformed = true;
            return u"Could not parse request object: Expected an object in 'tasks'"_s;
        }
        const QJsonObject t = v.toObject();
        if (!t.value(u"task_key"_s).isString() || t.value(u"task_key"_s).toString().isEmpty())
            return u"Missing required field: task_key"_s;
        const QString key = t.value(u"task_key"_s).toString();
        if (!keyPattern.match(key).hasMatch())
            return u"Invalid task_key '%1': only alphanumeric characters, '_' and '-' are allowed, up to 100."_s
                .arg(key);
        if (keys.contains(key))
            return u"Task key %1 is not unique."_s.arg(key);
        keys.insert(key);
        if (t.contains(u"job_cluster_key"_s)) {
            if (submit)
                return u"job_cluster_key is not supported in runs/submit tasks."_s;
            const QString ck = t.value(u"job_cluster_key"_s).toString();
            if (!clusterKeys.contains(ck))
                return u"Job cluster with key %1 is not defined in job_clusters."_s.arg(ck);
        }
    }
    // Dependencies exist and have no cycle.
    QHash<QString, QStringList> deps;
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        const QJsonArray d = t.value(u"depends_on"_s).toArray();
        QStringList list;
        for (const QJsonValue &dv : d) {
            const QString k = dv.toObject().value(u"task_key"_s).toString();
            if (!keys.contains(k))
                return u"Task %1 depends on %2, which is not defined."_s.arg(
                    t.value(u"task_key"_s).toString(), k);
            list.append(k);
        }
        deps.insert(t.value(u"task_key"_s).toString(), list);
    }
    QHash<QString, int> mark; // 1 visiting, 2 done
    std::function<bool(const QString &)> cyclic = [&](const QString &k) {
        if (mark.value(k) == 1)
            return true;
        if (mark.value(k) == 2)
            return false;
        mark.insert(k, 1);
        for (const QString &d : deps.value(k)) {
            if (cyclic(d))
                return true;
        }
        mark.insert(k, 2);
        return false;
    };
    for (const QString &k : std::as_const(keys)) {
        if (cyclic(k))
            return u"The task dependency graph has a cycle involving %1."_s.arg(k);
    }
    return {};
}

QString validateSettings(const QJsonObject &s, bool *malformed)
{
    *malformed = true;
    const std::pair<const char *, QJsonValue::Type> types[]
        = {{"name", QJsonValue::String}, {"description", QJsonValue::String}, {"tasks", QJsonValue::Array},
            {"job_clusters", QJsonValue::Array}, {"schedule", QJsonValue::Object},
            {"continuous", QJsonValue::Object}, {"trigger", QJsonValue::Object},
            {"email_notifications", QJsonValue::Object}, {"webhook_notifications", QJsonValue::Object},
            {"notification_settings", QJsonValue::Object}, {"timeout_seconds", QJsonValue::Double},
            {"max_concurrent_runs", QJsonValue::Double}, {"parameters", QJsonValue::Array},
            {"tags", QJsonValue::Object}, {"queue", QJsonValue::Object}, {"run_as", QJsonValue::Object},
            {"health", QJsonValue::Object}, {"git_source", QJsonValue::Object},
            {"environments", QJsonValue::Array}, {"triggers", QJsonValue::Array}};
    for (const auto &[key, type] : types) {
        const QString e = checkType(s, key, type);
        if (!e.isEmpty())
            return e;
    }
    *malformed = false;
    if (s.value(u"name"_s).toString().toUtf8().size() > 4096)
        return u"Job name must be at most 4096 bytes."_s;
    if (s.contains(u"timeout_seconds"_s) && s.value(u"timeout_seconds"_s).toInteger() < 0)
        return u"timeout_seconds must be non-negative."_s;
    if (s.contains(u"max_concurrent_runs"_s)) {
        const qint64 m = s.value(u"max_concurrent_runs"_s).toInteger();
        if (m < 0 || m > 1000)
            return u"max_concurrent_runs must be between 0 and 1000."_s;
    }
    if (s.value(u"tags"_s).toObject().size() > 25)
        return u"A job can have at most 25 tags."_s;
    // The preview list of triggers replaces the single ones; the service refuses a mix.
    if (!s.value(u"triggers"_s).toArray().isEmpty()) {
        for (const QString &single : {u"schedule"_s, u"trigger"_s, u"continuous"_s}) {
            if (s.contains(single))
                return u"triggers cannot be combined with %1: use one or the other."_s.arg(single);
        }
    }
    if (s.contains(u"schedule"_s)) {
        if (s.contains(u"continuous"_s))
            return u"A job cannot have both a schedule and continuous settings."_s;
        const QJsonObject schedule = s.value(u"schedule"_s).toObject();
        if (!schedule.value(u"quartz_cron_expression"_s).isString())
            return u"Missing required field: schedule.quartz_cron_expression"_s;
        const QString cron = schedule.value(u"quartz_cron_expression"_s).toString();
        const QString cronError = QuartzCron::validate(cron);
        if (!cronError.isEmpty())
            return u"Invalid quartz_cron_expression '%1': %2"_s.arg(cron, cronError);
        if (!schedule.value(u"timezone_id"_s).isString())
            return u"Missing required field: schedule.timezone_id"_s;
        const QString tz = schedule.value(u"timezone_id"_s).toString();
        if (!QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()))
            return u"Invalid timezone_id '%1'."_s.arg(tz);
        if (schedule.contains(u"pause_status"_s)) {
            const QString p = schedule.value(u"pause_status"_s).toString();
            if (p != u"PAUSED"_s && p != u"UNPAUSED"_s)
                return u"Invalid pause_status '%1'."_s.arg(p);
        }
    }
    const QJsonArray params = s.value(u"parameters"_s).toArray();
    static const QRegularExpression paramName(u"^[\\w\\-.]+$"_s);
    for (const QJsonValue &p : params) {
        const QString name = p.toObject().value(u"name"_s).toString();
        if (!paramName.match(name).hasMatch())
            return u"Invalid job parameter name '%1'."_s.arg(name);
        if (!p.toObject().contains(u"default"_s))
            return u"Missing required field: parameters.default"_s;
    }
    return validateTasks(s.value(u"tasks"_s).toArray(), s, false, malformed);
}

} // namespace brickdesk::emulator::jobvalidation
