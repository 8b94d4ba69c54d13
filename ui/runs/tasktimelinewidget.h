#pragma once

#include "domain/runtask.h"

#include <QList>
#include <QVector>
#include <QWidget>

namespace brickdesk {

// The Gantt chart of a run's tasks: one row per task run, a bar from its start to its end (now
// for active tasks) split into setup, execution and cleanup, coloured by the task's state, on a
// shared clock-time axis. Hover shows the task's timings; a click selects the task.
class TaskTimelineWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskTimelineWidget(QWidget *parent = nullptr);

    // `tasks` are Run.tasks[] (RunTask objects); `nowMs` closes the bars of active tasks.
    void setTasks(const QVector<RunTask> &tasks, qint64 nowMs);
    void clear();

    int rowCount() const { return int(m_rows.size()); }
    // Task key of a row in display order (sorted by start time), for tests and tooltips.
    QString taskKeyAt(int row) const;
    // Bar geometry in widget coordinates (empty for tasks that have not started).
    QRect barRect(int row) const;
    int rowAt(const QPoint &pos) const;
    QString toolTipForRow(int row) const;
    // The chart in words (its accessible description): the span, the longest task, the failed ones.
    QString describe() const;

    void setSelectedTaskRunId(qint64 runId);
    qint64 selectedTaskRunId() const { return m_selectedRunId; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void taskClicked(qint64 taskRunId, const QString &taskKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Row
    {
        QString key;
        qint64 runId = 0;
        qint64 start = 0;
        qint64 end = 0; // 0: not started
        qint64 setup = 0;
        qint64 execution = 0;
        qint64 cleanup = 0;
        RunTask task;
    };

    int labelWidth() const;
    int rowTop(int row) const;
    double xForTime(qint64 ms) const;
    qint64 niceTickStep(qint64 spanMs, int maxTicks) const;

    QList<Row> m_rows;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_now = 0;
    qint64 m_selectedRunId = 0;
};

} // namespace brickdesk
