#include "permissionsapi.h"

#include "requestparams.h"
#include "seedcatalog.h"
#include "workspacestate.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

const QStringList &levels() // lowest first
{
    static const QStringList list {u"CAN_VIEW"_s, u"CAN_MANAGE_RUN"_s, u"CAN_MANAGE"_s, u"IS_OWNER"_s};
    return list;
}

const QStringList &principalKeys()
{
    static const QStringList keys {u"user_name"_s, u"group_name"_s, u"service_principal_name"_s};
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
    return {{key, name}, {u"permission_level"_s, level}};
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
        acl.append(entry(u"user_name"_s, job.creator, u"IS_OWNER"_s));
    // Derived from the id rather than drawn from the seeding generator, so adding permissions
    // did not change what the seed produces.
    const QStringList &teams = seedcatalog::teams();
    const qint64 variant = (job.jobId / 1'000'000) % 4;
    const QString team = teams.at(int((job.jobId / 1'000'000 / 4) % teams.size()));
    if (variant == 1 || variant == 3)
        acl.append(entry(u"group_name"_s, team, variant == 1 ? u"CAN_MANAGE_RUN"_s : u"CAN_MANAGE"_s));
    if (variant != 0) // variant 0: only the owner (and admins) may see the job's permissions
        acl.append(entry(u"group_name"_s, u"users"_s, u"CAN_VIEW"_s));
    if (!job.runAs.isEmpty() && job.runAs != job.creator && !job.runAs.contains(u'@'))
        acl.append(entry(u"service_principal_name"_s, job.runAs, u"CAN_MANAGE_RUN"_s));
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
        const bool mine
            = (key == u"user_name"_s && name == user) || (key == u"group_name"_s && groups.contains(name));
        if (mine)
            best = std::max(best, int(levels().indexOf(e.value(u"permission_level"_s).toString())));
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
            {u"all_permissions"_s,
                QJsonArray {QJsonObject {
                    {u"permission_level"_s, e.value(u"permission_level"_s)}, {u"inherited"_s, false}}}}};
        if (key == u"user_name"_s) {
            QStringList words = name.section(u'@', 0, 0).split(u'.', Qt::SkipEmptyParts);
            for (QString &word : words)
                word[0] = word.at(0).toUpper();
            out.insert(u"display_name"_s, words.join(u' '));
        }
        list.append(out);
    }
    // Workspace admins manage every job: inherited from the jobs root object.
    list.append(QJsonObject {{u"group_name"_s, u"admins"_s},
        {u"all_permissions"_s,
            QJsonArray {QJsonObject {{u"permission_level"_s, u"CAN_MANAGE"_s}, {u"inherited"_s, true},
                {u"inherited_from_object"_s, QJsonArray {u"/jobs/"_s}}}}}});
    return {{u"object_id"_s, u"/jobs/%1"_s.arg(job.jobId)}, {u"object_type"_s, u"job"_s},
        {u"access_control_list"_s, list}};
}

EmulatorResponse PermissionsApi::handle(
    const EmulatorRequest &request, const QString &objectType, const QString &objectId)
{
    if (objectType != u"jobs"_s) {
        return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
            u"No API found for '%1 %2'"_s.arg(QString::fromLatin1(request.method), request.path));
    }
    bool ok = false;
    const qint64 jobId = objectId.toLongLong(&ok);
    JobRecord *job = ok ? m_state.findJob(jobId) : nullptr;
    if (!job) {
        return EmulatorResponse::error(
            404, u"RESOURCE_DOES_NOT_EXIST"_s, u"Job %1 does not exist."_s.arg(objectId));
    }
    if (request.method == "GET")
        return get(*job);
    if (request.method == "PUT" || request.method == "PATCH")
        return set(request, *job, request.method == "PUT");
    return EmulatorResponse::error(405, u"METHOD_NOT_ALLOWED"_s,
        u"%1 is not supported on %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

EmulatorResponse PermissionsApi::get(const JobRecord &job) const
{
    if (callerLevel(job).isEmpty()) {
        return EmulatorResponse::error(403, u"PERMISSION_DENIED"_s,
            u"User %1 does not have permission to view the permissions of job %2."_s.arg(m_state.apiUser())
                .arg(job.jobId));
    }
    return EmulatorResponse::json(permissionsJson(job));
}

EmulatorResponse PermissionsApi::set(const EmulatorRequest &request, JobRecord &job, bool replace)
{
    const QString level = callerLevel(job);
    if (level != u"CAN_MANAGE"_s && level != u"IS_OWNER"_s) {
        return EmulatorResponse::error(403, u"PERMISSION_DENIED"_s,
            u"User %1 does not have Manage permissions on job %2."_s.arg(m_state.apiUser()).arg(job.jobId));
    }
    RequestParams params(request);
    const QJsonArray requested = params.array(u"access_control_list"_s).value_or(QJsonArray {});
    if (params.failed())
        return params.error();
    QJsonArray acl = replace ? QJsonArray {} : directAcl(job);
    for (const QJsonValue &value : requested) {
        const QJsonObject e = value.toObject();
        const auto [key, name] = principalOf(e);
        const QString wanted = e.value(u"permission_level"_s).toString();
        if (key.isEmpty()) {
            return EmulatorResponse::invalidParameter(
                u"Each access control entry needs exactly one of user_name, group_name, "
                "service_principal_name."_s);
        }
        if (!levels().contains(wanted))
            return EmulatorResponse::invalidParameter(u"Invalid permission level: %1"_s.arg(wanted));
        for (qsizetype i = acl.size() - 1; i >= 0; --i) {
            if (principalOf(acl.at(i).toObject()) == std::pair {key, name})
                acl.removeAt(i);
        }
        acl.append(entry(key, name, wanted));
    }
    // A job always has exactly one owner: a PUT that names none keeps the current one.
    bool hasOwner = false;
    for (const QJsonValue &value : std::as_const(acl))
        hasOwner = hasOwner || value.toObject().value(u"permission_level"_s) == u"IS_OWNER"_s;
    if (!hasOwner && !job.creator.isEmpty())
        acl.prepend(entry(u"user_name"_s, job.creator, u"IS_OWNER"_s));
    job.acl = acl;
    m_state.markJobChanged(job.jobId); // persisted with --state
    return EmulatorResponse::json(permissionsJson(job));
}

} // namespace brickdesk::emulator
