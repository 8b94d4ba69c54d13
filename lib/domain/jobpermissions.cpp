#include "domain/jobpermissions.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobPermissions JobPermissions::fromJson(const QJsonObject &permissions)
{
    JobPermissions result;
    result.m_raw = permissions;
    const QJsonArray acl = permissions.value(u"access_control_list"_s).toArray();
    for (const QJsonValue &value : acl) {
        const QJsonObject item = value.toObject();
        Entry entry;
        if (item.contains(u"user_name"_s)) {
            entry.principal = item.value(u"user_name"_s).toString();
            entry.kind = Entry::Kind::User;
        } else if (item.contains(u"group_name"_s)) {
            entry.principal = item.value(u"group_name"_s).toString();
            entry.kind = Entry::Kind::Group;
        } else if (item.contains(u"service_principal_name"_s)) {
            entry.principal = item.value(u"service_principal_name"_s).toString();
            entry.kind = Entry::Kind::ServicePrincipal;
        }
        const QJsonArray grants = item.value(u"all_permissions"_s).toArray();
        for (const QJsonValue &value : grants) {
            const QJsonObject grant = value.toObject();
            Entry::Grant typed {
                grant.value(u"permission_level"_s).toString(), grant.value(u"inherited"_s).toBool(), {}};
            const QJsonArray from = grant.value(u"inherited_from_object"_s).toArray();
            for (const QJsonValue &object : from)
                typed.inheritedFrom << object.toString();
            entry.levels << typed.level;
            entry.grants << typed;
        }
        result.m_entries.append(entry);
    }
    return result;
}

QString JobPermissions::objectId() const
{
    return m_raw.value(u"object_id"_s).toString();
}

} // namespace brickdesk
