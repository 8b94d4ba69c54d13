#pragma once

namespace brickdesk {

// `brickdesk sync [--profile P | --host URL | --demo | --all-profiles] [--clusters all|ID...]
// [--jobs]`: brings the local archive of one or more workspaces up to date without a display
// (QCoreApplication only). Progress goes to stderr, a summary to stdout. Returns the process
// exit status: 0 everything synced, 1 something could not be (the rest was), 2 a usage error.
int runSyncCommand(int argc, char *argv[]);

} // namespace brickdesk
