#include "models/clustersfilterproxymodel.h"

#include "models/clustersmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClustersFilterProxyModel::ClustersFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClustersModel::SortRole);
    setDynamicSortFilter(true);
}

void ClustersFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ClustersFilterProxyModel::setStates(const QSet<int> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateFilter();
}

void ClustersFilterProxyModel::setActiveOnly(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    invalidateFilter();
}

void ClustersFilterProxyModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

ClustersFilterProxyModel::Kind ClustersFilterProxyModel::kindOfSource(const QString &clusterSource)
{
    if (clusterSource == u"JOB"_s)
        return Kind::Job;
    if (clusterSource == u"UI"_s || clusterSource == u"API"_s)
        return Kind::AllPurpose;
    return Kind::All;
}

bool ClustersFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_active && !index.data(ClustersModel::IsActiveRole).toBool())
        return false;
    if (!m_states.isEmpty() && !m_states.contains(index.data(ClustersModel::StateRole).toInt()))
        return false;
    if (m_kind != Kind::All
        && kindOfSource(model->index(sourceRow, ClustersModel::SourceColumn, sourceParent).data().toString())
            != m_kind)
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack = index.data(ClustersModel::TagsRole).toStringList().join(u'\n');
    for (int column : {ClustersModel::NameColumn, ClustersModel::IdColumn, ClustersModel::CreatorColumn,
             ClustersModel::NodeTypeColumn, ClustersModel::SparkVersionColumn, ClustersModel::StateColumn})
        haystack += u'\n' + model->index(sourceRow, column, sourceParent).data().toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace brickdesk
