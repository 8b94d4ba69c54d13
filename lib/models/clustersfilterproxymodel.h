#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace brickdesk {

// Sorts a ClustersModel by its SortRole and filters it by text (name, id, owner, tags, node
// type, runtime) and states (Cluster::State values; empty = all) or active only.
class ClustersFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClustersFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setStates(const QSet<int> &states);
    void setActiveOnly(bool on);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QSet<int> m_states;
    bool m_active = false;
};

} // namespace brickdesk
