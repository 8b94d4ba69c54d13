#include "domain/currentuser.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

CurrentUser CurrentUser::fromJson(const QJsonObject &me)
{
    CurrentUser user;
    user.m_raw = me;
    user.m_userName = me.value(u"userName"_s).toString();
    return user;
}

QString CurrentUser::displayName() const
{
    const QString name = m_raw.value(u"displayName"_s).toString();
    return name.isEmpty() ? m_userName : name;
}

} // namespace brickdesk
