#include "models/runsfilterproxymodel.h"

#include "models/runsmodel.h"

namespace brickdesk {

RunsFilterProxyModel::RunsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunsModel::SortRole);
    setDynamicSortFilter(true);
}

void RunsFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void RunsFilterProxyModel::setStateCategories(const QSet<int> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    invalidateFilter();
}

void RunsFilterProxyModel::setActiveOnly(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    invalidateFilter();
}

bool RunsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_active && !index.data(RunsModel::IsActiveRole).toBool())
        return false;
    if (!m_categories.isEmpty() && !m_categories.contains(index.data(RunsModel::StateRole).toInt()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const QString haystack = model->index(sourceRow, RunsModel::RunColumn, sourceParent).data().toString()
        + u'\n' + QString::number(index.data(RunsModel::IdRole).toLongLong()) + u'\n'
        + QString::number(index.data(RunsModel::JobIdRole).toLongLong()) + u'\n'
        + model->index(sourceRow, RunsModel::StateColumn, sourceParent).data().toString() + u'\n'
        + index.data(RunsModel::StateNameRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace brickdesk
