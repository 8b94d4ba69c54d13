#include "statebadgedelegate.h"

#include "runs/runstyle.h"

#include <QApplication>
#include <QPainter>

namespace brickdesk {

StateBadgeDelegate::StateBadgeDelegate(int categoryRole, int labelRole, int secondaryRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_categoryRole(categoryRole)
    , m_labelRole(labelRole)
    , m_secondaryRole(secondaryRole)
{
}

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = index.data(m_labelRole).toString();
    const QString secondary = m_secondaryRole >= 0 ? index.data(m_secondaryRole).toString() : QString();
    // Background, selection and focus as the style draws them, without the text.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (label.isEmpty())
        return;
    const QVariant categoryValue = index.data(m_categoryRole);
    const auto category = categoryValue.isValid() ? RunDisplayState::Category(categoryValue.toInt())
                                                  : RunDisplayState::Category::Unknown;
    painter->save();
    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);
    const int badgeWidth = metrics.horizontalAdvance(label) + 14;
    const QRect badgeRect(opt.rect.left() + 2, opt.rect.top(), qMin(badgeWidth + 6, opt.rect.width()), opt.rect.height());
    RunStyle::paintBadge(painter, badgeRect, label, RunStyle::color(category));
    if (!secondary.isEmpty()) {
        const QRect textRect = opt.rect.adjusted(badgeRect.width() + 6, 0, -2, 0);
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(secondary, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(index.data(m_labelRole).toString()) + 26
        + (m_secondaryRole >= 0 ? metrics.horizontalAdvance(index.data(m_secondaryRole).toString()) : 0);
    size.setWidth(qMax(size.width(), width));
    return size;
}

} // namespace brickdesk
