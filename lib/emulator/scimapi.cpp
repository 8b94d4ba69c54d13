#include "scimapi.h"

#include "workspacestate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

// SCIM errors have their own body, not Databricks' {error_code, message} (guide §5).
EmulatorResponse scimError(int status, const QString &detail)
{
    return EmulatorResponse::json(
        QJsonObject {{u"schemas"_s, QJsonArray {u"urn:ietf:params:scim:api:messages:2.0:Error"_s}},
            {u"detail"_s, detail}, {u"status"_s, QString::number(status)}},
        status);
}

// "ana.souza@example.com" -> "Ana Souza"
QString displayNameOf(const QString &userName)
{
    QStringList parts = userName.section(u'@', 0, 0).split(u'.', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part[0] = part.at(0).toUpper();
    return parts.join(u' ');
}

} // namespace

ScimApi::ScimApi(WorkspaceState &state)
    : m_state(state)
{ }

QString ScimApi::scimId(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    // 15 digits, like the ids of real workspaces.
    const quint64 value = qFromBigEndian<quint64>(hash.constData()) % 900'000'000'000'000ULL;
    return QString::number(100'000'000'000'000ULL + value);
}

EmulatorResponse ScimApi::handle(const EmulatorRequest &request, const QString &endpoint)
{
    if (endpoint == u"Me"_s) {
        if (request.method != "GET")
            return scimError(405, u"Method not allowed."_s);
        return me();
    }
    return scimError(404, u"Resource %1 not found."_s.arg(endpoint));
}

EmulatorResponse ScimApi::me() const
{
    const QString userName = m_state.apiUser();
    const QString displayName = displayNameOf(userName);
    QJsonArray groups;
    for (const QString &group : m_state.apiUserGroups()) {
        const QString id = scimId(group);
        groups.append(QJsonObject {{u"display"_s, group}, {u"type"_s, u"direct"_s}, {u"value"_s, id},
            {u"$ref"_s, u"Groups/%1"_s.arg(id)}});
    }
    const QJsonObject user {
        {u"schemas"_s,
            QJsonArray {u"urn:ietf:params:scim:schemas:core:2.0:User"_s,
                u"urn:ietf:params:scim:schemas:extension:workspace:2.0:User"_s}},
        {u"id"_s, scimId(userName)},
        {u"userName"_s, userName},
        {u"displayName"_s, displayName},
        {u"name"_s,
            QJsonObject {{u"givenName"_s, displayName.section(u' ', 0, 0)},
                {u"familyName"_s, displayName.section(u' ', 1)}}},
        {u"emails"_s,
            QJsonArray {QJsonObject {{u"value"_s, userName}, {u"type"_s, u"work"_s}, {u"primary"_s, true}}}},
        {u"active"_s, true},
        {u"groups"_s, groups},
        {u"entitlements"_s,
            QJsonArray {QJsonObject {{u"value"_s, u"workspace-access"_s}},
                QJsonObject {{u"value"_s, u"allow-cluster-create"_s}}}},
    };
    return EmulatorResponse::json(user);
}

} // namespace brickdesk::emulator
