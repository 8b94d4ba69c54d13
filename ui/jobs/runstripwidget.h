#pragma once

#include "domain/run.h"

#include <QList>
#include <QWidget>

namespace brickdesk {

// A compact strip of the most recent runs of a job, oldest on the left: one coloured square
// per run (green success, red failure, blue running...). Hover names the run; a click opens it.
class RunStripWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RunStripWidget(QWidget *parent = nullptr);

    // Runs newest first, as runs/list returns them; at most maximumRuns() are shown.
    void setRuns(const QList<Run> &runs);
    int runCount() const { return int(m_runs.size()); }
    int maximumRuns() const { return m_maximumRuns; }
    void setMaximumRuns(int count);
    // Counts by outcome of what is shown, e.g. "12 succeeded, 3 failed, 1 running".
    QString summary() const;
    QSize sizeHint() const override;

signals:
    void runClicked(qint64 runId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int indexAt(const QPoint &pos) const;
    QRect cellRect(int index) const;

    QList<Run> m_runs; // oldest first
    int m_maximumRuns = 40;
};

} // namespace brickdesk
