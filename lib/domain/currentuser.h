#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk {

// Whom the workspace knows the caller as (SCIM Me): what "mine" means in the lists.
class CurrentUser final
{
public:
    CurrentUser() = default;
    static CurrentUser fromJson(const QJsonObject &me);

    bool isValid() const { return !m_userName.isEmpty(); }
    QString userName() const { return m_userName; } // an e-mail address or an application id
    QString displayName() const;
    QJsonObject raw() const { return m_raw; }

private:
    QJsonObject m_raw;
    QString m_userName;
};

} // namespace brickdesk
