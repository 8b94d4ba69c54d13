#include "charts/nodechartview.h"

#include "charts/nodecountchart_p.h"

#include <QChart>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

NodeChartView::NodeChartView(QChart *chart, NodeCountChartPrivate *d)
    : QChartView(chart)
    , m_d(d)
{
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing, true);
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(u"nodeChartView"_s);
}

QString NodeChartView::currentDescription() const
{
    return m_d->currentDescription();
}

void NodeChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const qint64 center = m_d->timeAtViewX(event->position().x());
    m_d->q->zoomBy(std::pow(1.25, steps), center);
    event->accept();
}

void NodeChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_d->markerClicked = false;
    const bool panGesture = event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (panGesture) {
        m_panning = true;
        m_panLastX = event->position().x();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_selecting = true;
        const int marker = m_d->markerAt(event->position());
        if (marker >= 0) {
            m_d->markerClicked = true;
            emit m_d->q->eventActivated(m_d->data.markers.at(marker).eventIndex);
        }
    }
    QChartView::mousePressEvent(event);
}

void NodeChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_panning) {
        const double dx = pos.x() - m_panLastX;
        m_panLastX = pos.x();
        const double width = std::max(1.0, m_d->chart->plotArea().width());
        m_d->q->pan(-dx / width);
    } else if (m_selecting && (pos.toPoint() - m_pressPos).manhattanLength() > 4) {
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, this);
        const QRectF plot = m_d->chart->plotArea();
        const int left
            = int(std::clamp(double(std::min(m_pressPos.x(), pos.toPoint().x())), plot.left(), plot.right()));
        const int right
            = int(std::clamp(double(std::max(m_pressPos.x(), pos.toPoint().x())), plot.left(), plot.right()));
        m_band->setGeometry(QRect(QPoint(left, int(plot.top())), QPoint(right, int(plot.bottom()))));
        m_band->show();
    }
    m_d->updateCrosshair(pos);
    if (!m_panning)
        m_d->hoverMarker(pos);
    QChartView::mouseMoveEvent(event);
}

void NodeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        m_d->q->zoomBy(0.5);
        event->accept();
        return;
    }
    const bool wasSelecting = m_selecting;
    m_selecting = false;
    if (m_band && m_band->isVisible()) {
        m_band->hide();
        const QRect r = m_band->geometry();
        if (r.width() > 4) {
            m_d->q->setVisibleRange(m_d->timeAtViewX(r.left()), m_d->timeAtViewX(r.right()));
            event->accept();
            return;
        }
    }
    QChartView::mouseReleaseEvent(event);
    if (wasSelecting && !m_d->markerClicked && m_d->chart->plotArea().contains(event->position()))
        emit m_d->q->timeActivated(m_d->timeAtViewX(event->position().x()));
}

void NodeChartView::leaveEvent(QEvent *event)
{
    m_d->q->hideCrosshair();
    if (std::exchange(m_d->showingTooltip, false))
        QToolTip::hideText();
    QChartView::leaveEvent(event);
}

void NodeChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_d->q->pan(-0.1);
        break;
    case Qt::Key_Right:
        m_d->q->pan(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_d->q->zoomBy(2);
        break;
    case Qt::Key_Minus:
        m_d->q->zoomBy(0.5);
        break;
    case Qt::Key_Home:
        m_d->q->resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void NodeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_d->requestFrame();
}

} // namespace brickdesk
