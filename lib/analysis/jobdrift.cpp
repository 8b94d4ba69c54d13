#include "analysis/jobdrift.h"

#include "jobform/jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

bool isEmptyContainer(const QJsonValue &value)
{
    return (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty());
}

// `value` without empty objects and arrays, nor the keys `dropped`, at any depth.
QJsonValue pruned(const QJsonValue &value, const QStringList &dropped)
{
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (dropped.contains(it.key()))
                continue;
            const QJsonValue kept = pruned(it.value(), dropped);
            if (!isEmptyContainer(kept))
                object.insert(it.key(), kept);
        }
        return object;
    }
    if (value.isArray()) {
        // Elements stay, even empty ones: their position or count may be what differs.
        QJsonArray array;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            array.append(pruned(item, dropped));
        return array;
    }
    return value;
}

// A run_as of one principal that is `user` (a service principal's user name is its application id).
bool namesUser(const QJsonObject &runAs, const QString &user)
{
    return !user.isEmpty() && runAs.size() == 1
        && (runAs.value(u"user_name"_s).toString() == user
            || runAs.value(u"service_principal_name"_s).toString() == user);
}

QString indented(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

QStringList JobDrift::workspaceIdKeys()
{
    return {u"existing_cluster_id"_s, u"instance_pool_id"_s, u"driver_instance_pool_id"_s, u"policy_id"_s,
        u"budget_policy_id"_s, u"usage_policy_id"_s, u"warehouse_id"_s, u"query_id"_s, u"dashboard_id"_s,
        u"alert_id"_s, u"pipeline_id"_s, u"job_id"_s};
}

QJsonObject JobDrift::comparable(const Job &job, const Options &options)
{
    QJsonObject settings = job.settings().toJson();
    const QString creator = job.creatorUserName();
    if (namesUser(settings.value(u"run_as"_s).toObject(), creator))
        settings.remove(u"run_as"_s);
    const QString runAs = job.runAsUserName();
    if (!runAs.isEmpty() && runAs != creator && !settings.contains(u"run_as"_s))
        settings.insert(u"run_as_user_name"_s, runAs);
    if (settings.contains(u"deployment"_s)) {
        QJsonObject deployment = settings.value(u"deployment"_s).toObject();
        deployment.remove(u"metadata_file_path"_s);
        settings.insert(u"deployment"_s, deployment);
    }
    return pruned(settings, options.ignoreWorkspaceIds ? workspaceIdKeys() : QStringList()).toObject();
}

JobDrift::Result JobDrift::compare(const Job &here, const Job &there, const Options &options, int maxLines)
{
    Result result;
    const QJsonObject a = comparable(here, options);
    const QJsonObject b = comparable(there, options);
    result.differences = JsonDiff::describe(a, b, maxLines);
    result.hereText = indented(a);
    result.thereText = indented(b);
    return result;
}

QString JobDrift::leftOutText()
{
    return tr("Not compared, as they differ between workspaces anyway: job ID, creation time, "
              "creator, who the job runs as when that is its creator (the default), where a "
              "bundle keeps its deployment state (deployment.metadata_file_path), and empty "
              "settings ({} or []).");
}

} // namespace brickdesk
