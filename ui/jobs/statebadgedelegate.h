#pragma once

#include <QStyledItemDelegate>

namespace brickdesk {

// Paints a run state as a coloured pill ("Succeeded" on green, "Failed" on red...) followed by
// when the run started. The label comes from Qt::DisplayRole, the state category from
// `categoryRole` (a RunDisplayState::Category as int, -1 unknown), the start time from
// `timeRole` (epoch ms; nothing shown when <= 0).
class StateBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StateBadgeDelegate(int categoryRole, int timeRole, QObject *parent = nullptr);

    static QString timeText(qint64 ms);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_categoryRole;
    int m_timeRole;
};

} // namespace brickdesk
