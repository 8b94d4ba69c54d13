#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace brickdesk {

// A job's ObjectPermissions (GET /api/2.0/permissions/jobs/{id}): who may do what. Keeps the
// raw object; the entries are what a reader needs without it.
class JobPermissions final
{
public:
    struct Entry
    {
        // user_name, group_name or service_principal_name, whichever the entry names.
        QString principal;
        enum class Kind { User, Group, ServicePrincipal, Unknown } kind = Kind::Unknown;
        // permission_level of every grant, direct or inherited ("CAN_MANAGE", "IS_OWNER"...).
        QStringList levels;
        struct Grant
        {
            QString level;
            bool inherited = false;
            QStringList inheritedFrom; // the objects it comes from ("/directories/...")
        };
        QList<Grant> grants; // the same grants as levels, with where each comes from
    };

    JobPermissions() = default;
    static JobPermissions fromJson(const QJsonObject &permissions);

    bool isEmpty() const { return m_raw.isEmpty(); }
    QString objectId() const; // "/jobs/<id>"
    QList<Entry> entries() const { return m_entries; }
    QJsonObject raw() const { return m_raw; }

private:
    QJsonObject m_raw;
    QList<Entry> m_entries;
};

} // namespace brickdesk
