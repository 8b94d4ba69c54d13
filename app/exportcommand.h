#pragma once

namespace brickdesk {

// `brickdesk export events|runs ...`: writes a cluster's events or a job's runs as JSONL or
// CSV without a display (QCoreApplication only). Returns the process exit status: 0 done,
// 1 the workspace or the API failed, 2 a usage error.
int runExportCommand(int argc, char *argv[]);

} // namespace brickdesk
