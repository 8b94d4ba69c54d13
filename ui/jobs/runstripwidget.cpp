#include "runstripwidget.h"

#include "charts/chartaccessibility.h"
#include "runs/runstyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
constexpr int kCell = 14;
constexpr int kGap = 3;
} // namespace

RunStripWidget::RunStripWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"runStrip"_s);
    markAsChart(this);
    setAccessibleName(tr("Recent runs"));
    setAccessibleDescription(tr("No runs yet."));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RunStripWidget::setMaximumRuns(int count)
{
    m_maximumRuns = qMax(1, count);
    updateGeometry();
}

void RunStripWidget::setRuns(const QList<Run> &runs)
{
    m_runs.clear();
    const int count = qMin(int(runs.size()), m_maximumRuns);
    for (int i = count - 1; i >= 0; --i)
        m_runs.append(runs.at(i));
    setAccessibleDescription(m_runs.isEmpty()
            ? tr("No runs yet.")
            : tr("The last %n run(s), oldest first: %1.", nullptr, int(m_runs.size())).arg(summary()));
    update();
}

QString RunStripWidget::summary() const
{
    int ok = 0, failed = 0, active = 0, other = 0;
    for (const Run &run : m_runs) {
        const RunDisplayState state = run.displayState();
        if (state.isActive())
            ++active;
        else if (state.isFailure())
            ++failed;
        else if (state.category() == RunDisplayState::Category::Succeeded)
            ++ok;
        else
            ++other;
    }
    QStringList parts;
    parts << tr("%n succeeded", nullptr, ok) << tr("%n failed", nullptr, failed);
    if (active)
        parts << tr("%n active", nullptr, active);
    if (other)
        parts << tr("%n other", nullptr, other);
    return parts.join(u", "_s);
}

QSize RunStripWidget::sizeHint() const
{
    return QSize(m_maximumRuns * (kCell + kGap) + kGap, kCell + 2 * kGap);
}

QRect RunStripWidget::cellRect(int index) const
{
    return QRect(kGap + index * (kCell + kGap), kGap, kCell, kCell);
}

int RunStripWidget::indexAt(const QPoint &pos) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (cellRect(i).adjusted(-1, -kGap, 1, kGap).contains(pos))
            return i;
    }
    return -1;
}

void RunStripWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_runs.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignVCenter | Qt::AlignLeft, tr("No runs yet"));
        return;
    }
    for (int i = 0; i < m_runs.size(); ++i) {
        const RunDisplayState state = m_runs.at(i).displayState();
        const QColor color = RunStyle::color(state.category());
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(cellRect(i), 3, 3);
        if (state.isActive()) {
            painter.setBrush(Qt::white);
            painter.drawEllipse(cellRect(i).center(), 2, 2);
        }
    }
}

bool RunStripWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            return true;
        }
        const Run &run = m_runs.at(index);
        const QLocale locale;
        const qint64 start = run.startTimeMs();
        QToolTip::showText(help->globalPos(),
            tr("Run %1 — %2\nStarted %3\nDuration %4")
                .arg(run.id())
                .arg(run.displayState().text(),
                    start > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(start), QLocale::ShortFormat)
                              : tr("not yet"),
                    RunStyle::durationText(
                        RunStyle::totalDurationMs(run, QDateTime::currentMSecsSinceEpoch()))),
            this);
        return true;
    }
    return QWidget::event(event);
}

void RunStripWidget::mousePressEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position().toPoint());
    if (index >= 0)
        emit runClicked(m_runs.at(index).id());
    QWidget::mousePressEvent(event);
}

} // namespace brickdesk
