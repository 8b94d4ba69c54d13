#include "paletteentries.h"

#include "domain/cluster.h"
#include "domain/job.h"
#include "models/clustersmodel.h"
#include "models/failureinboxmodel.h"
#include "models/jobsmodel.h"

#include <QCoreApplication>

namespace brickdesk::PaletteEntries {

QVector<PaletteEntry> jobs(const QString &workspaceKey, const QString &workspaceName, const JobsModel &model)
{
    QVector<PaletteEntry> entries;
    entries.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Job job = model.job(row);
        entries.append(
            {PaletteEntry::Kind::Job, workspaceKey, workspaceName, job.name(), QString::number(job.id())});
    }
    return entries;
}

QVector<PaletteEntry> clusters(
    const QString &workspaceKey, const QString &workspaceName, const ClustersModel &model)
{
    QVector<PaletteEntry> entries;
    entries.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Cluster cluster = model.cluster(row);
        entries.append(
            {PaletteEntry::Kind::Cluster, workspaceKey, workspaceName, cluster.name(), cluster.id()});
    }
    return entries;
}

QVector<PaletteEntry> failures(
    const FailureInboxModel &model, const std::function<QString(const QString &)> &workspaceName)
{
    QVector<PaletteEntry> entries;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex run = model.index(row, 0, parent);
            const QString key = run.data(FailureInboxModel::WorkspaceKeyRole).toString();
            const QString runId = QString::number(run.data(FailureInboxModel::RunIdRole).toLongLong());
            entries.append({PaletteEntry::Kind::Run, key, workspaceName(key),
                QCoreApplication::translate("brickdesk::PaletteEntries", "Run %1 of %2")
                    .arg(runId, parent.data().toString()),
                runId});
        }
    }
    return entries;
}

} // namespace brickdesk::PaletteEntries
