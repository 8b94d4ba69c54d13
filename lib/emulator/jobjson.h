#pragma once

#include "workspacerecords.h"

#include <QJsonObject>

namespace brickdesk::emulator::jobjson {

// Job (withTasks) or BaseJob JSON (list items without tasks and job clusters), with the
// defaults the service fills in.
QJsonObject render(const JobRecord &job, bool withTasks);

} // namespace brickdesk::emulator::jobjson
