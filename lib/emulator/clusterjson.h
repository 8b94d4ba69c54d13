#pragma once

#include "emulatoroptions.h"
#include "workspacerecords.h"

#include <QJsonObject>

namespace brickdesk::emulator::clusterjson {

// ClusterDetails JSON of a cluster (already advanced to now): spec, state, nodes while it is up,
// termination reason once it is down.
QJsonObject render(const ClusterRecord &cluster, const EmulatorOptions &options, bool withSpec);
QString stateName(ClusterState state);

} // namespace brickdesk::emulator::clusterjson
