#include "models/fleetcostfilterproxymodel.h"

#include "models/fleetcostmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

FleetCostFilterProxyModel::FleetCostFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FleetCostModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FleetCostFilterProxyModel::setFilterText(const QString &text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void FleetCostFilterProxyModel::setKind(Kind kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool FleetCostFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool job = index.data(FleetCostModel::SourceRole).toString() == u"JOB"_s;
    if ((m_kind == Kind::Job && !job) || (m_kind == Kind::AllPurpose && job))
        return false;
    const QString text = index.data(FleetCostModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace brickdesk
