#include "common/serverlink.h"

#include "auth/databrickshost.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"http"_s ? 80 : 443);
}

} // namespace

bool ServerLink::isOpenable(const QUrl &link, const QUrl &workspace)
{
    if (!link.isValid() || link.host().isEmpty() || !link.userInfo().isEmpty() || workspace.host().isEmpty())
        return false;
    // QUrl lower-cases schemes and hosts, so these compare exactly.
    const QString scheme = link.scheme();
    if (scheme != workspace.scheme())
        return false;
    if (scheme == u"http"_s) {
        if (!DatabricksHost::isLoopback(workspace.toString()))
            return false;
    } else if (scheme != u"https"_s) {
        return false;
    }
    return link.host() == workspace.host() && effectivePort(link) == effectivePort(workspace);
}

} // namespace brickdesk
