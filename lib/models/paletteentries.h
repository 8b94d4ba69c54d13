#pragma once

#include "models/commandpalettemodel.h"

#include <functional>

namespace brickdesk {

class ClustersModel;
class FailureInboxModel;
class JobsModel;

// What the command palette lists from the models a window already holds; gathered each time
// the palette opens, so it never falls behind what the screens show.
namespace PaletteEntries {

// Every job a workspace's Jobs screen has loaded.
QVector<PaletteEntry> jobs(const QString &workspaceKey, const QString &workspaceName, const JobsModel &model);
// Every cluster a workspace's Clusters screen has loaded.
QVector<PaletteEntry> clusters(
    const QString &workspaceKey, const QString &workspaceName, const ClustersModel &model);
// Every failed run the inbox holds, of any workspace; `workspaceName` names a workspace by key.
QVector<PaletteEntry> failures(
    const FailureInboxModel &model, const std::function<QString(const QString &)> &workspaceName);

} // namespace PaletteEntries

} // namespace brickdesk
