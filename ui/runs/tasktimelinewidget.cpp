#include "tasktimelinewidget.h"

#include "charts/chartaccessibility.h"
#include "common/chartcolours.h"
#include "runstyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
constexpr int kRowHeight = 24;
constexpr int kAxisHeight = 22;
constexpr int kMargin = 8;
} // namespace

TaskTimelineWidget::TaskTimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"taskTimeline"_s);
    markAsChart(this);
    setAccessibleName(tr("Task timeline"));
    setAccessibleDescription(tr("No tasks."));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void TaskTimelineWidget::clear()
{
    m_rows.clear();
    m_from = m_to = 0;
    setAccessibleDescription(tr("No tasks."));
    updateGeometry();
    update();
}

void TaskTimelineWidget::setTasks(const QVector<RunTask> &tasks, qint64 nowMs)
{
    m_rows.clear();
    m_now = nowMs;
    m_from = 0;
    m_to = 0;
    for (const RunTask &task : tasks) {
        Row row;
        row.key = task.taskKey();
        row.runId = task.runId();
        row.start = task.startTimeMs();
        row.end = task.endTimeMs();
        row.setup = task.setupDurationMs();
        row.execution = task.executionDurationMs();
        row.cleanup = task.cleanupDurationMs();
        row.task = task;
        if (row.start > 0 && row.end <= 0)
            row.end = task.displayState().isActive() ? qMax(nowMs, row.start) : row.start;
        if (row.start > 0) {
            m_from = m_from == 0 ? row.start : qMin(m_from, row.start);
            m_to = qMax(m_to, row.end);
        }
        m_rows.append(row);
    }
    // Started tasks in start order, then the ones still waiting, each group by key.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if ((a.start > 0) != (b.start > 0))
            return a.start > 0;
        if (a.start != b.start)
            return a.start < b.start;
        return a.key < b.key;
    });
    if (m_to <= m_from)
        m_to = m_from + 1000;
    setAccessibleDescription(describe());
    updateGeometry();
    update();
}

QString TaskTimelineWidget::describe() const
{
    if (m_rows.isEmpty())
        return tr("No tasks.");
    const auto started
        = std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.start > 0; });
    if (started == 0)
        return tr("%n task(s), none started yet.", nullptr, int(m_rows.size()));
    const QLocale locale;
    QString text = tr("%n task(s) from %1 to %2.", nullptr, int(m_rows.size()))
                       .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_from), QLocale::ShortFormat),
                           locale.toString(QDateTime::fromMSecsSinceEpoch(m_to), QLocale::ShortFormat));
    const auto longest = std::max_element(m_rows.cbegin(), m_rows.cend(),
        [](const Row &a, const Row &b) { return a.end - a.start < b.end - b.start; });
    text += u' '
        + tr("Longest: %1, %2.").arg(longest->key, RunStyle::durationText(longest->end - longest->start));
    QStringList failed;
    for (const Row &row : m_rows) {
        if (row.task.displayState().isFailure())
            failed << row.key;
    }
    if (!failed.isEmpty())
        text += u' ' + tr("Failed: %1.").arg(failed.join(u", "_s));
    return text;
}

QString TaskTimelineWidget::taskKeyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

void TaskTimelineWidget::setSelectedTaskRunId(qint64 runId)
{
    m_selectedRunId = runId;
    update();
}

int TaskTimelineWidget::labelWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("Task"));
    for (const Row &row : m_rows)
        width = qMax(width, fontMetrics().horizontalAdvance(row.key));
    return qMin(width + 2 * kMargin, 240);
}

int TaskTimelineWidget::rowTop(int row) const
{
    return kAxisHeight + row * kRowHeight;
}

double TaskTimelineWidget::xForTime(qint64 ms) const
{
    const int left = labelWidth();
    const int right = width() - kMargin;
    const double span = double(m_to - m_from);
    return left + (right - left) * (double(ms - m_from) / span);
}

QRect TaskTimelineWidget::barRect(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).start <= 0)
        return {};
    const Row &r = m_rows.at(row);
    const int x1 = int(xForTime(r.start));
    const int x2 = qMax(x1 + 3, int(xForTime(r.end)));
    return QRect(x1, rowTop(row) + 5, x2 - x1, kRowHeight - 10);
}

int TaskTimelineWidget::rowAt(const QPoint &pos) const
{
    if (pos.y() < kAxisHeight)
        return -1;
    const int row = (pos.y() - kAxisHeight) / kRowHeight;
    return row < m_rows.size() ? row : -1;
}

QString TaskTimelineWidget::toolTipForRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    const QLocale locale;
    QString text = u"<b>%1</b> — %2"_s.arg(r.key.toHtmlEscaped(), RunStyle::displayState(r.task).text());
    if (r.start > 0) {
        text += u"<br>"_s
            + tr("Started %1")
                  .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(r.start), QLocale::ShortFormat));
        if (!r.task.displayState().isActive() && r.task.endTimeMs() > 0) {
            text += u"<br>"_s
                + tr("Ended %1")
                      .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(r.end), QLocale::ShortFormat));
        }
        text += u"<br>"_s
            + tr("Setup %1, execution %2, cleanup %3")
                  .arg(RunStyle::durationText(r.setup), RunStyle::durationText(r.execution),
                      RunStyle::durationText(r.cleanup));
        text += u"<br>"_s + tr("Total %1").arg(RunStyle::durationText(r.end - r.start));
    } else {
        text += u"<br>"_s + tr("Not started");
    }
    return text;
}

QSize TaskTimelineWidget::sizeHint() const
{
    return QSize(640, kAxisHeight + qMax(1, int(m_rows.size())) * kRowHeight + kMargin);
}

QSize TaskTimelineWidget::minimumSizeHint() const
{
    return QSize(320, kAxisHeight + kRowHeight + kMargin);
}

qint64 TaskTimelineWidget::niceTickStep(qint64 spanMs, int maxTicks) const
{
    static const qint64 steps[] = {1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000,
        900000, 1800000, 3600000, 7200000, 3 * 3600000, 6 * 3600000, 12 * 3600000, 24 * 3600000};
    for (qint64 step : steps) {
        if (spanMs / step <= maxTicks)
            return step;
    }
    return 24 * 3600000LL * ((spanMs / (24 * 3600000LL)) / maxTicks + 1);
}

void TaskTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartColours colours = ChartColours::fromPalette(palette());
    painter.fillRect(rect(), palette().base());
    const int left = labelWidth();
    const int right = width() - kMargin;

    if (m_rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No tasks"));
        return;
    }

    // Axis with clock times and light grid lines.
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(
        QRect(kMargin, 0, left - kMargin, kAxisHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("Task"));
    const qint64 span = m_to - m_from;
    const int maxTicks = qMax(2, (right - left) / 90);
    const qint64 step = niceTickStep(span, maxTicks);
    const bool withSeconds = step < 60000;
    const QLocale locale;
    const QString format = withSeconds ? u"HH:mm:ss"_s : u"HH:mm"_s;
    const QColor gridColor = colours.axisLine; // Mid is next to Base in dark palettes
    for (qint64 t = (m_from / step + 1) * step; t < m_to; t += step) {
        const int x = int(xForTime(t));
        painter.setPen(QPen(gridColor, 0, Qt::DotLine));
        painter.drawLine(x, kAxisHeight - 4, x, rowTop(int(m_rows.size())));
        painter.setPen(palette().color(QPalette::Text));
        const QString label = locale.toString(QDateTime::fromMSecsSinceEpoch(t).time(), format);
        const int w = fontMetrics().horizontalAdvance(label);
        if (x - w / 2 >= left && x + w / 2 <= width())
            painter.drawText(QRect(x - w / 2, 0, w, kAxisHeight - 4), Qt::AlignCenter, label);
    }
    painter.setPen(gridColor);
    painter.drawLine(left, kAxisHeight - 1, right, kAxisHeight - 1);

    // "Now" marker while something is still running.
    if (m_now > m_from && m_now <= m_to) {
        const int x = int(xForTime(m_now));
        painter.setPen(QPen(colours.now, 1, Qt::DashLine));
        painter.drawLine(x, kAxisHeight, x, rowTop(int(m_rows.size())));
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QRect rowRect(0, rowTop(i), width(), kRowHeight);
        if (row.runId != 0 && row.runId == m_selectedRunId)
            painter.fillRect(rowRect, colours.selectedRow);
        else if (i % 2)
            painter.fillRect(rowRect, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(kMargin, rowRect.top(), left - 2 * kMargin, kRowHeight),
            Qt::AlignVCenter | Qt::AlignLeft,
            fontMetrics().elidedText(row.key, Qt::ElideMiddle, left - 2 * kMargin));

        const RunDisplayState state = RunStyle::displayState(row.task);
        const QColor color = RunStyle::color(state.category());
        const QRect bar = barRect(i);
        if (bar.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(left + 4, rowRect.top(), right - left, kRowHeight), Qt::AlignVCenter,
                state.category() == RunDisplayState::Category::Unknown ? tr("not started") : state.text());
            continue;
        }
        // Setup and cleanup in a lighter shade around the execution phase when the phases are known.
        const qint64 phases = row.setup + row.execution + row.cleanup;
        if (phases > 0 && row.end > row.start) {
            const double perMs = double(bar.width()) / double(row.end - row.start);
            const int setupW = int(row.setup * perMs);
            const int cleanupW = int(row.cleanup * perMs);
            painter.fillRect(bar, color.lighter(160));
            painter.fillRect(
                QRect(bar.left() + setupW, bar.top(), qMax(2, bar.width() - setupW - cleanupW), bar.height()),
                color);
        } else {
            painter.fillRect(bar, color);
        }
        if (state.isActive()) {
            painter.setPen(QPen(color.darker(130), 1, Qt::DashLine));
            painter.drawRect(bar.adjusted(0, 0, -1, -1));
        }
        const QString duration = RunStyle::durationText(row.end - row.start);
        const int textWidth = fontMetrics().horizontalAdvance(duration) + 8;
        if (bar.width() > textWidth) {
            painter.setPen(Qt::white);
            painter.drawText(bar, Qt::AlignCenter, duration);
        } else if (bar.right() + textWidth < right) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(
                QRect(bar.right() + 4, bar.top(), textWidth, bar.height()), Qt::AlignVCenter, duration);
        }
    }
}

bool TaskTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), toolTipForRow(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TaskTimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        m_selectedRunId = m_rows.at(row).runId;
        update();
        emit taskClicked(m_rows.at(row).runId, m_rows.at(row).key);
    }
    QWidget::mousePressEvent(event);
}

} // namespace brickdesk
