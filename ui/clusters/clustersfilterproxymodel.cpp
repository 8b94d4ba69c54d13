#include "clusters/clustersfilterproxymodel.h"

#include "models/clustersmodel.h"

namespace brickdesk {

ClustersFilterProxyModel::ClustersFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ClustersModel::SortRole);
    setDynamicSortFilter(true);
}

void ClustersFilterProxyModel::setClustersModel(ClustersModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ClustersFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ClustersFilterProxyModel::setStateFilter(StateFilter filter)
{
    m_state = filter;
    invalidateFilter();
}

void ClustersFilterProxyModel::setKindFilter(KindFilter filter)
{
    m_kind = filter;
    invalidateFilter();
}

bool ClustersFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const Cluster cluster = m_model->cluster(sourceRow);
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Active:
        if (!cluster.isActive())
            return false;
        break;
    case StateFilter::Running:
        if (cluster.state() != Cluster::State::Running)
            return false;
        break;
    case StateFilter::Terminated:
        if (cluster.isActive())
            return false;
        break;
    }
    const bool isJob = cluster.clusterSource() == QLatin1String("JOB");
    if ((m_kind == KindFilter::Job && !isJob) || (m_kind == KindFilter::AllPurpose && isJob))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field : {cluster.name(), cluster.id(), cluster.creatorUserName(),
             cluster.nodeTypeId(), cluster.sparkVersion(), cluster.stateName()}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace brickdesk
