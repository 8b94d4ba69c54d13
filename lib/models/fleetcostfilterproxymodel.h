#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace brickdesk {

// Sorts a FleetCostModel by raw values and filters it by words (name, id, creator, tags: every
// word must match) and kind (all-purpose or job clusters).
class FleetCostFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind { All, AllPurpose, Job };

    explicit FleetCostFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setKind(Kind kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    Kind m_kind = Kind::All;
};

} // namespace brickdesk
