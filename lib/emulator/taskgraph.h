#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace brickdesk::emulator::taskgraph {

// Topological level of each task (0 = no dependencies).
QList<int> levels(const QJsonArray &tasks);
// How many iterations a for-each task runs: the size of its `inputs` when that is a JSON
// array, a fixed number when it is a reference resolved at run time; 0 for other tasks.
int iterationCount(const QJsonObject &task);
// Run ids a run of these tasks occupies after its own: one per task, one per iteration.
int runIdSpan(const QJsonArray &tasks);

} // namespace brickdesk::emulator::taskgraph
