#include "jobcoststripwidget.h"

#include "common/chartcolours.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobCostStripWidget::JobCostStripWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"jobCostStrip"_s);
    setAccessibleName(tr("Billed cost per day"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void JobCostStripWidget::setDays(const QVector<DayCost> &days, const QString &currency)
{
    m_days = days;
    m_currency = currency;
    m_max = 0;
    for (const DayCost &d : days)
        m_max = std::max(m_max, d.cost);
    // In words for screen readers: the most expensive day, and the last one.
    int most = -1;
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i).cost > 0 && (most < 0 || m_days.at(i).cost > m_days.at(most).cost))
            most = int(i);
    }
    setAccessibleDescription(most < 0
            ? QString()
            : tr("Most: %1. Last day: %2.").arg(dayText(most), dayText(int(m_days.size()) - 1)));
    update();
}

QString JobCostStripWidget::dayText(int index) const
{
    if (index < 0 || index >= m_days.size())
        return {};
    const DayCost &d = m_days.at(index);
    const QLocale locale;
    const QString day
        = locale.toString(QDateTime::fromMSecsSinceEpoch(d.dayStartMs, Qt::UTC).date(), QLocale::ShortFormat);
    return tr("%1 (UTC): %2 %3, %n run(s)", nullptr, d.runs)
        .arg(day, locale.toString(d.cost, 'f', 2), m_currency);
}

QSize JobCostStripWidget::sizeHint() const
{
    return {300, fontMetrics().height() * 3};
}

QRectF JobCostStripWidget::barArea() const
{
    return QRectF(rect()).adjusted(1, 2, -1, -1);
}

int JobCostStripWidget::indexAt(const QPoint &pos) const
{
    const QRectF area = barArea();
    if (m_days.isEmpty() || !area.contains(pos))
        return -1;
    return std::clamp(
        int((pos.x() - area.left()) / area.width() * double(m_days.size())), 0, int(m_days.size()) - 1);
}

void JobCostStripWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF area = barArea();
    p.setPen(ChartColours::fromPalette(palette()).axisLine); // Mid all but vanishes on a dark palette
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_days.isEmpty() || m_max <= 0)
        return;
    const double slot = area.width() / double(m_days.size());
    const QColor bar = palette().color(QPalette::Highlight);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        const double cost = m_days.at(i).cost;
        if (cost <= 0)
            continue;
        // At least two pixels, so that a cheap day still shows it had a run.
        const double height = std::max(2.0, cost / m_max * area.height());
        p.fillRect(QRectF(area.left() + double(i) * slot + slot * 0.15, area.bottom() - height,
                       std::max(1.0, slot * 0.7), height),
            bar);
    }
}

bool JobCostStripWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), dayText(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace brickdesk
