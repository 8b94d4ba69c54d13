#pragma once

#include <QString>

namespace brickdesk {

// A workspace host as the user typed or pasted it, normalised the way databricks-sdk-go's
// fixHostIfNeeded does (guide §4.2): https:// added when there is no scheme, only
// scheme://host[:port] kept (path, query, fragment and trailing slash dropped). A pasted
// browser URL's ?o=<id> is kept aside as the workspace id.
class DatabricksHost final
{
public:
    static QString normalize(const QString &input, QString *workspaceId = nullptr);
    // True for 127.0.0.1, ::1 and localhost (plain http is acceptable only there).
    static bool isLoopback(const QString &normalizedHost);
};

} // namespace brickdesk
