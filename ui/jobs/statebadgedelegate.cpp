#include "statebadgedelegate.h"

#include "runs/runstyle.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace brickdesk {

StateBadgeDelegate::StateBadgeDelegate(int categoryRole, int timeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_categoryRole(categoryRole)
    , m_timeRole(timeRole)
{ }

QString StateBadgeDelegate::timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return locale.toString(when.time(), QLocale::ShortFormat);
    return locale.toString(when, QLocale::ShortFormat);
}

void StateBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = index.data(Qt::DisplayRole).toString();
    const QString secondary = timeText(index.data(m_timeRole).toLongLong());
    // Background, selection and focus as the style draws them, without the text.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (label.isEmpty())
        return;
    const QVariant categoryValue = index.data(m_categoryRole);
    const int categoryInt = categoryValue.isValid() ? categoryValue.toInt() : -1;
    const auto category
        = categoryInt >= 0 ? RunDisplayState::Category(categoryInt) : RunDisplayState::Category::Unknown;
    painter->save();
    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);
    const int badgeWidth = metrics.horizontalAdvance(label) + 14;
    const QRect badgeRect(
        opt.rect.left() + 2, opt.rect.top(), qMin(badgeWidth + 10, opt.rect.width()), opt.rect.height());
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
    const int width = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 30
        + metrics.horizontalAdvance(timeText(index.data(m_timeRole).toLongLong()));
    size.setWidth(qMax(size.width(), width));
    return size;
}

} // namespace brickdesk
