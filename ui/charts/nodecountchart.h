#pragma once

#include "analysis/nodechartdata.h"
#include "common/keyhelp.h"

#include <QPair>
#include <QWidget>

#include <memory>

namespace brickdesk {

class NodeCountChartPrivate;

// The node-count chart of a cluster (issue 8): actual and target workers as step lines over a
// date-time axis, the autoscale min/max band, shaded periods when the cluster was down, markers
// for the events that matter (nodes lost, restarts, edits, terminations) with hover tooltips,
// an optional overlay for comparisons, a crosshair that reads exact counts at the pointer, zoom
// (wheel, rubber band, presets) and pan (middle button or Shift+drag, arrow keys).
//
// What is drawn is decimated to the plot's pixel columns (min/max per column, so no spike
// disappears) on a worker thread; the full-resolution data stays here for the crosshair, CSV
// export and selection. The widget's header is free of QtCharts on purpose.
class NodeCountChart final : public QWidget
{
    Q_OBJECT
public:
    explicit NodeCountChart(QWidget *parent = nullptr);
    ~NodeCountChart() override;

    // Replaces what is shown and zooms out to the data's window. Clears any selection.
    void setData(const NodeChartData &data);
    const NodeChartData &data() const;

    // Overlays a second series (another cluster, or this one in another window). offsetMs is
    // added to its times so that two windows line up (0 for two clusters over the same time).
    void setCompareData(const NodeChartData &data, qint64 offsetMs = 0);
    void clearCompare();
    bool hasCompare() const;

    // Time range on the x axis (epoch ms). Clamped to the data window, at least one minute.
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    QPair<qint64, qint64> visibleRange() const;
    // factor > 1 zooms in around centerMs (the middle when -1).
    void zoomBy(double factor, qint64 centerMs = -1);
    // Moves the window by a fraction of its width (negative: back in time).
    void pan(double fraction);
    void resetZoom();

    // Highlights an event (index into the caller's event list, as in NodeChartMarker) at the
    // given time, bringing it into view. -1 clears the selection.
    void selectEvent(int eventIndex, qint64 timeMs, double value);
    int selectedEvent() const;
    qint64 selectedTime() const;

    bool exportPng(const QString &fileName) const;
    bool exportSvg(const QString &fileName) const;
    // The full-resolution series within the visible range, one row per change, as CSV.
    bool exportCsv(const QString &fileName) const;
    QByteArray csv() const;

    // Introspection (tests, benchmarks): the polylines drawn now, in chart coordinates.
    QVector<QPointF> drawnActual() const;
    QVector<QPointF> drawnTarget() const;
    QVector<QPointF> drawnCompare() const;
    int drawnMarkerCount() const;
    QVector<QPointF> drawnMarkers(NodeChartMarker::Kind kind) const;
    bool isUpdating() const; // a decimation is running
    int plotColumns() const; // pixel columns the series are decimated to
    QString axisLabelFormat() const;
    QString archivedNoteText() const; // empty while not shown
    QString crosshairText() const;
    QString lastTooltip() const;
    QWidget *chartView() const;

    // The keys the chart handles while it has focus, for Help ▸ Keyboard shortcuts.
    static QList<KeyHelp> keyboardHelp();

    // The crosshair at a given time, as if the pointer were there (also used by tests).
    void showCrosshairAt(qint64 timeMs);
    void hideCrosshair();

signals:
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);
    // A marker was clicked: the event it stands for.
    void eventActivated(int eventIndex);
    // A click on the plot away from a marker: the time under the pointer.
    void timeActivated(qint64 timeMs);
    void crosshairMoved(qint64 timeMs, int actual, int target);
    // Emitted each time freshly decimated series have been put on screen.
    void seriesUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class NodeCountChartPrivate;
    std::unique_ptr<NodeCountChartPrivate> d;
};

} // namespace brickdesk
