#include "models/jobsfilterproxymodel.h"

#include "domain/rundisplaystate.h"
#include "models/jobsmodel.h"

namespace brickdesk {

JobsFilterProxyModel::JobsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void JobsFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void JobsFilterProxyModel::setScheduledOnly(bool on)
{
    if (on == m_scheduled)
        return;
    m_scheduled = on;
    invalidateFilter();
}

void JobsFilterProxyModel::setFailedLastRunOnly(bool on)
{
    if (on == m_failed)
        return;
    m_failed = on;
    invalidateFilter();
}

void JobsFilterProxyModel::setMineOnly(bool on)
{
    if (on == m_mine)
        return;
    m_mine = on;
    invalidateFilter();
}

void JobsFilterProxyModel::setCurrentUser(const QString &userName)
{
    if (userName == m_user)
        return;
    m_user = userName;
    if (m_mine)
        invalidateFilter();
}

bool JobsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_scheduled && !index.data(JobsModel::ScheduledRole).toBool())
        return false;
    if (m_mine && index.data(JobsModel::OwnerRole).toString().compare(m_user, Qt::CaseInsensitive) != 0
        && index.data(JobsModel::RunAsRole).toString().compare(m_user, Qt::CaseInsensitive) != 0)
        return false;
    if (m_failed) {
        // Asking for the last run queues its fetch; the row appears when it arrives.
        const int category = index.data(JobsModel::LastRunStateRole).toInt();
        if (category != int(RunDisplayState::Category::Failed)
            && category != int(RunDisplayState::Category::TimedOut))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    // Both sides are lower case already: a plain contains() is several times faster than a
    // case-insensitive one, which matters when typing over 10,000 rows.
    const QString haystack = index.data(JobsModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace brickdesk
