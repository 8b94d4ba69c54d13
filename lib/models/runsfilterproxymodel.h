#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace brickdesk {

// Sorts a RunsModel by its SortRole and filters it by text (run name, run id, job id, state)
// and by state categories (RunDisplayState::Category values; empty = all), or active only.
class RunsFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunsFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setStateCategories(const QSet<int> &categories);
    void setActiveOnly(bool on);
    QString filterText() const { return m_text; }
    QSet<int> stateCategories() const { return m_categories; }
    bool activeOnly() const { return m_active; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QSet<int> m_categories;
    bool m_active = false;
};

} // namespace brickdesk
