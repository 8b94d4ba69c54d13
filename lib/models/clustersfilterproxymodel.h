#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace brickdesk {

// Sorts a ClustersModel by its SortRole and filters it by text (name, id, owner, tags, node
// type, runtime), states (Cluster::State values; empty = all) or active only, and kind.
class ClustersFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // By cluster_source: job clusters are "JOB"; all-purpose clusters are created from the UI or
    // the API ("UI", "API"). Other sources (SQL warehouses, pipelines, …) only show under All.
    enum class Kind {
        All,
        AllPurpose,
        Job,
    };
    Q_ENUM(Kind)

    explicit ClustersFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setStates(const QSet<int> &states);
    void setActiveOnly(bool on);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    static Kind kindOfSource(const QString &clusterSource);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QSet<int> m_states;
    bool m_active = false;
    Kind m_kind = Kind::All;
};

} // namespace brickdesk
