#pragma once

// Private to ui/charts: the node-count chart's state, shared by NodeCountChart and its view.

#include "analysis/nodechartframe.h"
#include "charts/nodechartcrosshair.h"
#include "charts/nodecountchart.h"

#include <QFutureWatcher>
#include <QPointF>
#include <QString>
#include <QTimer>

#include <array>
#include <memory>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace brickdesk {

class NodeChartView;
class NodeSeriesItem;

class NodeCountChartPrivate final
{
public:
    explicit NodeCountChartPrivate(NodeCountChart *q);

    void requestFrame();
    void startFrame();
    void applyFrame(const NodeChartFrame &frame);
    void setRange(qint64 fromMs, qint64 toMs);
    void onAxisRangeChanged();
    void updateCrosshair(const QPointF &viewPos);
    // The marker under a point of the view: its index in data.markers, or -1.
    int markerAt(const QPointF &viewPos) const;
    // Shows the tooltip of the marker under the pointer, or hides the one shown.
    void hoverMarker(const QPointF &viewPos);
    void moveCrosshairTo(qint64 timeMs);
    void updateSelectionPoint();
    void applyUnitTexts();
    // Colours from the widget's palette (light or dark): at start and on every palette change.
    void applyColours();
    // The accessible description: what the visible window shows, in words (a screen reader's
    // chart). Costly over a long history, so a change only marks it stale: it is computed when
    // asked, and set on the view (telling listeners) once the range has stopped moving.
    void updateDescription();
    QString currentDescription() const;
    void placeArchivedNote();
    int columns() const;
    // Whether the plot's width is far enough from the shown frame's for a new decimation.
    bool needsNewColumns() const;
    qint64 timeAtViewX(double x) const;
    double viewXAtTime(qint64 t) const;
    qint64 dataStart() const;
    qint64 dataEnd() const;

    NodeCountChart *q;
    NodeChartData data;
    NodeChartData compare;
    qint64 compareOffset = 0;

    QChart *chart = nullptr;
    NodeChartView *view = nullptr;
    QDateTimeAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    // Legend entries only: the series they name are drawn by `series`.
    QLineSeries *actual = nullptr;
    QLineSeries *target = nullptr;
    QLineSeries *bandMin = nullptr;
    QLineSeries *bandMax = nullptr;
    QAreaSeries *band = nullptr;
    QLineSeries *downLine = nullptr;
    QAreaSeries *down = nullptr;
    QLineSeries *archivedLine = nullptr;
    QAreaSeries *archived = nullptr;
    QGraphicsSimpleTextItem *archivedNote = nullptr; // names the archived stretch
    QLineSeries *compareLine = nullptr;
    std::array<QScatterSeries *, NodeChartFrame::MarkerKinds> markers {}; // legend entries only
    std::array<QVector<int>, NodeChartFrame::MarkerKinds> markerIndices;
    QScatterSeries *selection = nullptr;
    NodeSeriesItem *series = nullptr;
    std::unique_ptr<NodeChartCrosshair> crosshair;

    QFutureWatcher<NodeChartFrame> watcher;
    bool dirty = false;
    bool inFlight = false;
    bool applying = false; // inside applyFrame: axis updates must not ask for frames again
    int lastColumns = 0; // a frame is being computed or waits to be applied
    bool settingRange = false;
    qint64 rangeFrom = 0; // asked for; the axis shows it once its frame is applied
    qint64 rangeTo = 0;
    double yTop = 1;
    int selectedEvent = -1;
    qint64 selectedTime = 0;
    double selectedValue = 0;
    QString crosshairText;
    QString lastTooltip;
    bool markerClicked = false;
    bool showingTooltip = false;
    QTimer describeTimer;
    mutable QString description;
    mutable bool descriptionStale = false;
};

} // namespace brickdesk
