#pragma once

#include <QString>

namespace brickdesk {

// A key a widget handles itself (not a QAction's shortcut), for Help ▸ Keyboard shortcuts:
// where it works, what it does, and the keys as the user types them.
struct KeyHelp
{
    QString where;
    QString what;
    QString keys;
};

} // namespace brickdesk
