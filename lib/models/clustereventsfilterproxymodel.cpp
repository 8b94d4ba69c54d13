#include "models/clustereventsfilterproxymodel.h"

#include "models/clustereventsmodel.h"

namespace brickdesk {

ClusterEventsFilterProxyModel::ClusterEventsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClusterEventsModel::SortRole);
    setDynamicSortFilter(true);
}

void ClusterEventsFilterProxyModel::setTypeNames(const QSet<QString> &names)
{
    if (names == m_types)
        return;
    m_types = names;
    invalidateFilter();
}

void ClusterEventsFilterProxyModel::setTypes(const QSet<ClusterEvent::Type> &types)
{
    QSet<QString> names;
    for (ClusterEvent::Type type : types)
        names.insert(ClusterEvent::typeToName(type));
    setTypeNames(names);
}

void ClusterEventsFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ClusterEventsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    const QString typeName = index.data(ClusterEventsModel::TypeNameRole).toString();
    if (!m_types.isEmpty() && !m_types.contains(typeName))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ClusterEventsModel::SummaryRole).toString() + u'\n' + typeName + u'\n'
        + model->index(sourceRow, ClusterEventsModel::TypeColumn, sourceParent).data().toString() + u'\n'
        + model->index(sourceRow, ClusterEventsModel::UserColumn, sourceParent).data().toString() + u'\n'
        + model->index(sourceRow, ClusterEventsModel::CauseColumn, sourceParent).data().toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace brickdesk
