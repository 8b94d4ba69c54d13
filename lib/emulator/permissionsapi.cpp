#include "permissionsapi.h"

#include "requestparams.h"
#include "seedcatalog.h"
#include "workspacestate.h"

#include <QJsonObject>

namespace brickdesk::emulator {

namespace {

const QStringList &levels() // lowest first
{
    static const QStringList list {QStringLiteral("CAN_VIEW"), QStringLiteral("CAN_MANAGE_RUN"),
        QStringLiteral("CAN_MANAGE"), QStringLiteral("IS_OWNER")};
    return list;
}

const QStringList &principalKeys()
{
    static const QStringList keys {
        QStringLiteral("user_name"), QStringLiteral("group_name"), QStringLiteral("service_principal_name")};
    return keys;
}

// (key, name) of an ACL entry's principal; key empty when it names none or several.
std::pair<QString, QString> principalOf(const QJsonObject &entry)
{
    std::pair<QString, QString> found;
    for (const QString &key : principalKeys()) {
        const QString name = entry.value(key).toString();
        if (name.isEmpty())
            continue;
        if (!found.first.isEmpty())
            return {};
        found = {key, name};
    }
    return found;
}

QJsonObject entry(const QString &key, const QString &name, const QString &level)
{
    return {{key, name}, {QStringLiteral("permission_level"), level}};
}

} // namespace

PermissionsApi::PermissionsApi(WorkspaceState &state)
    : m_state(state)
{ }

QJsonArray PermissionsApi::directAcl(const JobRecord &job) const
{
    if (job.acl)
        return *job.acl;
    QJsonArray acl;
    if (!job.creator.isEmpty())
        acl.append(entry(QStringLiteral("user_name"), job.creator, QStringLiteral("IS_OWNER")));
    // Derived from the id rather than drawn from the seeding generator, so adding permissions
    // did not change what the seed produces.
    const QStringList &teams = seedcatalog::teams();
    const qint64 variant = (job.jobId / 1'000'000) % 4;
    const QString team = teams.at(int((job.jobId / 1'000'000 / 4) % teams.size()));
    if (variant == 1 || variant == 3)
        acl.append(entry(QStringLiteral("group_name"), team,
            variant == 1 ? QStringLiteral("CAN_MANAGE_RUN") : QStringLiteral("CAN_MANAGE")));
    if (variant != 0) // variant 0: only the owner (and admins) may see the job's permissions
        acl.append(entry(QStringLiteral("group_name"), QStringLiteral("users"), QStringLiteral("CAN_VIEW")));
    if (!job.runAs.isEmpty() && job.runAs != job.creator && !job.runAs.contains(QLatin1Char('@')))
        acl.append(
            entry(QStringLiteral("service_principal_name"), job.runAs, QStringLiteral("CAN_MANAGE_RUN")));
    return acl;
}

QString PermissionsApi::callerLevel(const JobRecord &job) const
{
    const QString user = m_state.apiUser();
    const QStringList groups = m_state.apiUserGroups();
    int best = -1;
    for (const QJsonValue &value : directAcl(job)) {
        const QJsonObject e = value.toObject();
        const auto [key, name] = principalOf(e);
        const bool mine = (key == QLatin1String("user_name") && name == user)
            || (key == QLatin1String("group_name") && groups.contains(name));
        if (mine)
            best = std::max(
                best, int(levels().indexOf(e.value(QLatin1String("permission_level")).toString())));
    }
    return best >= 0 ? levels().at(best) : QString();
}

QJsonObject PermissionsApi::permissionsJson(const JobRecord &job) const
{
    QJsonArray list;
    for (const QJsonValue &value : directAcl(job)) {
        const QJsonObject e = value.toObject();
        const auto [key, name] = principalOf(e);
        QJsonObject out {{key, name},
            {QStringLiteral("all_permissions"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("permission_level"), e.value(QLatin1String("permission_level"))},
                    {QStringLiteral("inherited"), false}}}}};
        if (key == QLatin1String("user_name")) {
            QStringList words
                = name.section(QLatin1Char('@'), 0, 0).split(QLatin1Char('.'), Qt::SkipEmptyParts);
            for (QString &word : words)
                word[0] = word.at(0).toUpper();
            out.insert(QStringLiteral("display_name"), words.join(QLatin1Char(' ')));
        }
        list.append(out);
    }
    // Workspace admins manage every job: inherited from the jobs root object.
    list.append(QJsonObject {{QStringLiteral("group_name"), QStringLiteral("admins")},
        {QStringLiteral("all_permissions"),
            QJsonArray {QJsonObject {{QStringLiteral("permission_level"), QStringLiteral("CAN_MANAGE")},
                {QStringLiteral("inherited"), true},
                {QStringLiteral("inherited_from_object"), QJsonArray {QStringLiteral("/jobs/")}}}}}});
    return {{QStringLiteral("object_id"), QStringLiteral("/jobs/%1").arg(job.jobId)},
        {QStringLiteral("object_type"), QStringLiteral("job")},
        {QStringLiteral("access_control_list"), list}};
}

EmulatorResponse PermissionsApi::handle(
    const EmulatorRequest &request, const QString &objectType, const QString &objectId)
{
    if (objectType != QLatin1String("jobs")) {
        return EmulatorResponse::error(404, QStringLiteral("ENDPOINT_NOT_FOUND"),
            QStringLiteral("No API found for '%1 %2'")
                .arg(QString::fromLatin1(request.method), request.path));
    }
    bool ok = false;
    const qint64 jobId = objectId.toLongLong(&ok);
    JobRecord *job = ok ? m_state.findJob(jobId) : nullptr;
    if (!job) {
        return EmulatorResponse::error(404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"),
            QStringLiteral("Job %1 does not exist.").arg(objectId));
    }
    if (request.method == "GET")
        return get(*job);
    if (request.method == "PUT" || request.method == "PATCH")
        return set(request, *job, request.method == "PUT");
    return EmulatorResponse::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
        QStringLiteral("%1 is not supported on %2").arg(QString::fromLatin1(request.method), request.path));
}

EmulatorResponse PermissionsApi::get(const JobRecord &job) const
{
    if (callerLevel(job).isEmpty()) {
        return EmulatorResponse::error(403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("User %1 does not have permission to view the permissions of job %2.")
                .arg(m_state.apiUser())
                .arg(job.jobId));
    }
    return EmulatorResponse::json(permissionsJson(job));
}

EmulatorResponse PermissionsApi::set(const EmulatorRequest &request, JobRecord &job, bool replace)
{
    const QString level = callerLevel(job);
    if (level != QLatin1String("CAN_MANAGE") && level != QLatin1String("IS_OWNER")) {
        return EmulatorResponse::error(403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("User %1 does not have Manage permissions on job %2.")
                .arg(m_state.apiUser())
                .arg(job.jobId));
    }
    RequestParams params(request);
    const QJsonArray requested = params.array(QStringLiteral("access_control_list")).value_or(QJsonArray {});
    if (params.failed())
        return params.error();
    QJsonArray acl = replace ? QJsonArray {} : directAcl(job);
    for (const QJsonValue &value : requested) {
        const QJsonObject e = value.toObject();
        const auto [key, name] = principalOf(e);
        const QString wanted = e.value(QLatin1String("permission_level")).toString();
        if (key.isEmpty()) {
            return EmulatorResponse::invalidParameter(
                QStringLiteral("Each access control entry needs exactly one of user_name, group_name, "
                               "service_principal_name."));
        }
        if (!levels().contains(wanted))
            return EmulatorResponse::invalidParameter(
                QStringLiteral("Invalid permission level: %1").arg(wanted));
        for (qsizetype i = acl.size() - 1; i >= 0; --i) {
            if (principalOf(acl.at(i).toObject()) == std::pair {key, name})
                acl.removeAt(i);
        }
        acl.append(entry(key, name, wanted));
    }
    // A job always has exactly one owner: a PUT that names none keeps the current one.
    bool hasOwner = false;
    for (const QJsonValue &value : std::as_const(acl))
        hasOwner = hasOwner
            || value.toObject().value(QLatin1String("permission_level")) == QLatin1String("IS_OWNER");
    if (!hasOwner && !job.creator.isEmpty())
        acl.prepend(entry(QStringLiteral("user_name"), job.creator, QStringLiteral("IS_OWNER")));
    job.acl = acl;
    m_state.markJobChanged(job.jobId); // persisted with --state
    return EmulatorResponse::json(permissionsJson(job));
}

} // namespace brickdesk::emulator
