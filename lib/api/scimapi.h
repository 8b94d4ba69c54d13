#pragma once

#include "api/apicall.h"
#include "domain/currentuser.h"

#include <QString>

namespace brickdesk {

class Connection;

// Typed calls of the workspace's SCIM API (preview, 2.0). A cheap value handle from
// Connection::scim(); it must not outlive its connection.
class ScimApi final
{
public:
    explicit ScimApi(Connection *connection);

    // GET /api/2.0/preview/scim/v2/Me: whom the token belongs to.
    ApiCall<CurrentUser> me();

    static QString path(QStringView endpoint); // "/api/2.0/preview/scim/v2/<endpoint>"

private:
    Connection *m_connection;
};

} // namespace brickdesk
