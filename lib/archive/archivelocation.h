#pragma once

#include <QString>

namespace brickdesk {

// Where a workspace's archive lives: one SQLite file per workspace under the app's data
// directory (QStandardPaths::AppDataLocation/archive). The file name is derived from the
// workspace's host only (never from a credential, which may change and must not show up in a
// file name): readable, plus a short digest of the normalised URL so that hosts that read the
// same once sanitised do not share a file.
class ArchiveLocation final
{
public:
    // "adb-123.4.azuredatabricks.net-1a2b3c4d"; "demo" for the built-in demo workspace.
    static QString keyForHost(const QString &host);
    static QString demoKey();
    static QString directory();
    static QString pathForKey(const QString &key);
    static QString pathForHost(const QString &host) { return pathForKey(keyForHost(host)); }
};

} // namespace brickdesk
