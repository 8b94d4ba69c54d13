#pragma once

#include <QStyledItemDelegate>

namespace brickdesk {

// Paints a run state as a coloured pill ("Succeeded" on green, "Failed" on red...) followed by
// an optional secondary text (e.g. when the run started). The state category comes from
// `categoryRole` (a RunDisplayState::Category as int), the label from Qt::DisplayRole, the
// secondary text from `secondaryRole`.
class StateBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StateBadgeDelegate(int categoryRole, int labelRole, int secondaryRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_categoryRole;
    int m_labelRole;
    int m_secondaryRole;
};

} // namespace brickdesk
