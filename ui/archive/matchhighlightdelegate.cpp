#include "matchhighlightdelegate.h"

#include "models/archivesearchmodel.h"

#include <QApplication>
#include <QPainter>

namespace brickdesk {

void MatchHighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString marked = index.data(ArchiveSearchModel::MarkedMatchRole).toString();
    if (marked.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell (selection, focus) without its text; then the runs of text, matches in bold.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    rect.adjust(margin, 0, -margin, 0);

    painter->save();
    painter->setClipRect(rect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
            selected ? QPalette::HighlightedText : QPalette::Text));
    QFont bold = opt.font;
    bold.setBold(true);
    int x = rect.left();
    for (const ArchiveSearchModel::Segment &segment : ArchiveSearchModel::matchSegments(marked)) {
        const QFont &font = segment.match ? bold : opt.font;
        const QFontMetrics metrics(font);
        const int room = rect.right() - x;
        if (room <= 0)
            break;
        const int width = metrics.horizontalAdvance(segment.text);
        painter->setFont(font);
        const QString shown
            = width <= room ? segment.text : metrics.elidedText(segment.text, Qt::ElideRight, room);
        painter->drawText(
            QRect(x, rect.top(), room, rect.height()), int(Qt::AlignLeft | Qt::AlignVCenter), shown);
        x += metrics.horizontalAdvance(shown);
    }
    painter->restore();
}

} // namespace brickdesk
