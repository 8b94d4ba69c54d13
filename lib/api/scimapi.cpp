#include "api/scimapi.h"

#include "api/apireply.h"
#include "api/connection.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ScimApi::ScimApi(Connection *connection)
    : m_connection(connection)
{ }

QString ScimApi::path(QStringView endpoint)
{
    return u"/api/2.0/preview/scim/v2/"_s + endpoint;
}

ApiCall<CurrentUser> ScimApi::me()
{
    return {m_connection->send(ApiRequest::get(path(u"Me"))), &CurrentUser::fromJson};
}

} // namespace brickdesk
