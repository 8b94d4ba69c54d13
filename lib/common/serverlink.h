#pragma once

#include <QUrl>

namespace brickdesk {

// A web address the workspace sent (a run's run_page_url and the like), judged before
// anything opens it. Another user of a shared workspace, or whatever answers in its place,
// chooses these strings: a file:, javascript: or look-alike https address must never reach
// the desktop's URL handler.
class ServerLink final
{
public:
    // True when `link` may be opened for `workspace`: https on the workspace's own host and
    // port, without user info. Plain http only for a workspace that is itself plain http on
    // this machine (the demo emulator), and then only to that same host and port.
    static bool isOpenable(const QUrl &link, const QUrl &workspace);
};

} // namespace brickdesk
