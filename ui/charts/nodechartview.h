#pragma once

#include "charts/chartaccessibility.h"

#include <QChartView>
#include <QPoint>

class QRubberBand;

namespace brickdesk {

class NodeCountChartPrivate;

// The QChartView with our own mouse handling: a horizontal rubber band that does not swallow
// clicks on markers, wheel zoom around the pointer, pan, and the crosshair; its accessible
// description is computed when asked.
class NodeChartView final
    : public QChartView
    , public DescribedChart
{
public:
    NodeChartView(QChart *chart, NodeCountChartPrivate *d);

    QString currentDescription() const override;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    NodeCountChartPrivate *m_d;
    QRubberBand *m_band = nullptr;
    QPoint m_pressPos;
    bool m_panning = false;
    bool m_selecting = false;
    double m_panLastX = 0;
};

} // namespace brickdesk
