#pragma once

#include <QStyledItemDelegate>

namespace brickdesk {

// Draws a search snippet with its matches in bold, as plain text: the marked snippet comes
// from ArchiveSearchModel::MarkedMatchRole; nothing in it is read as markup.
class MatchHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace brickdesk
