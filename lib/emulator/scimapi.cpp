#include "scimapi.h"

#include "workspacestate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtEndian>

namespace brickdesk::emulator {

namespace {

// SCIM errors have their own body, not Databricks' {error_code, message} (guide §5).
EmulatorResponse scimError(int status, const QString &detail)
{
    return EmulatorResponse::json(
        QJsonObject {{QStringLiteral("schemas"),
                         QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")}},
            {QStringLiteral("detail"), detail}, {QStringLiteral("status"), QString::number(status)}},
        status);
}

// "ana.souza@example.com" -> "Ana Souza"
QString displayNameOf(const QString &userName)
{
    QStringList parts = userName.section(QLatin1Char('@'), 0, 0).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part[0] = part.at(0).toUpper();
    return parts.join(QLatin1Char(' '));
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
    if (endpoint == QLatin1String("Me")) {
        if (request.method != "GET")
            return scimError(405, QStringLiteral("Method not allowed."));
        return me();
    }
    return scimError(404, QStringLiteral("Resource %1 not found.").arg(endpoint));
}

EmulatorResponse ScimApi::me() const
{
    const QString userName = m_state.apiUser();
    const QString displayName = displayNameOf(userName);
    QJsonArray groups;
    for (const QString &group : m_state.apiUserGroups()) {
        const QString id = scimId(group);
        groups.append(QJsonObject {{QStringLiteral("display"), group},
            {QStringLiteral("type"), QStringLiteral("direct")}, {QStringLiteral("value"), id},
            {QStringLiteral("$ref"), QStringLiteral("Groups/%1").arg(id)}});
    }
    const QJsonObject user {
        {QStringLiteral("schemas"),
            QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"),
                QStringLiteral("urn:ietf:params:scim:schemas:extension:workspace:2.0:User")}},
        {QStringLiteral("id"), scimId(userName)},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("name"),
            QJsonObject {{QStringLiteral("givenName"), displayName.section(QLatin1Char(' '), 0, 0)},
                {QStringLiteral("familyName"), displayName.section(QLatin1Char(' '), 1)}}},
        {QStringLiteral("emails"),
            QJsonArray {QJsonObject {{QStringLiteral("value"), userName},
                {QStringLiteral("type"), QStringLiteral("work")}, {QStringLiteral("primary"), true}}}},
        {QStringLiteral("active"), true},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("entitlements"),
            QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("workspace-access")}},
                QJsonObject {{QStringLiteral("value"), QStringLiteral("allow-cluster-create")}}}},
    };
    return EmulatorResponse::json(user);
}

} // namespace brickdesk::emulator
