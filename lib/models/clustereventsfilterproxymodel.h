#pragma once

#include "domain/clusterevent.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace brickdesk {

// Filters a ClusterEventsModel by event type (multi-select; empty = all; unknown types are
// matched by wire name through setTypeNames) and text (summary, type, user, cause), and sorts
// by its SortRole (time by default).
class ClusterEventsFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClusterEventsFilterProxyModel(QObject *parent = nullptr);

    // Wire names, e.g. {"RESIZING", "NODES_LOST"}; empty shows every type.
    void setTypeNames(const QSet<QString> &names);
    void setTypes(const QSet<ClusterEvent::Type> &types);
    QSet<QString> typeNames() const { return m_types; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_types;
    QString m_text;
    QStringList m_words;
};

} // namespace brickdesk
