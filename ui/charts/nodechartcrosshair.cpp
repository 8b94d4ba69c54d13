#include "charts/nodechartcrosshair.h"

#include "analysis/nodetimeline.h"
#include "charts/nodecountchart.h"
#include "common/chartcolours.h"

#include <QDateTime>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPen>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// "12 workers" or "48 vCPUs", as the data counts.
QString countText(NodeChartUnit unit, int count)
{
    return unit == NodeChartUnit::Vcpus ? NodeCountChart::tr("%1 vCPUs").arg(count)
                                        : NodeCountChart::tr("%1 workers").arg(count);
}

} // namespace

NodeChartCrosshair::NodeChartCrosshair(QGraphicsItem *chart)
{
    m_line = new QGraphicsLineItem(chart);
    m_line->setZValue(100);
    m_line->hide();
    m_box = new QGraphicsRectItem(chart);
    m_box->setZValue(101);
    m_box->hide();
    m_label = new QGraphicsSimpleTextItem(m_box);
}

void NodeChartCrosshair::applyColours(const ChartColours &colours)
{
    m_line->setPen(QPen(colours.crosshair, 1, Qt::DotLine));
    m_box->setBrush(colours.readoutBackground);
    m_box->setPen(QPen(colours.readoutBorder));
    m_label->setBrush(colours.readoutText);
}

void NodeChartCrosshair::show(const QRectF &plot, double x, const QString &text)
{
    m_line->setLine(QLineF(x, plot.top(), x, plot.bottom()));
    m_line->show();
    m_label->setText(text);
    const QRectF textRect = m_label->boundingRect().adjusted(-5, -4, 5, 4);
    double boxX = x + 10;
    if (boxX + textRect.width() > plot.right())
        boxX = x - 10 - textRect.width();
    m_box->setRect(QRectF(0, 0, textRect.width(), textRect.height()));
    m_label->setPos(5, 4);
    m_box->setPos(boxX, plot.top() + 6);
    m_box->show();
}

void NodeChartCrosshair::hide()
{
    m_line->hide();
    m_box->hide();
}

QString NodeChartCrosshair::readout(
    const NodeChartData &data, const NodeChartData &compare, qint64 compareOffset, qint64 timeMs)
{
    const int actualCount = std::max(0, NodeTimeline::valueAt(data.actual, timeMs));
    const int targetCount = std::max(0, NodeTimeline::valueAt(data.target, timeMs));
    const QLocale locale;
    QString text = locale.toString(QDateTime::fromMSecsSinceEpoch(timeMs), QLocale::ShortFormat);
    const bool isDown = std::any_of(data.down.cbegin(), data.down.cend(),
        [&](const TimeInterval &i) { return timeMs >= i.startMs && timeMs < i.endMs; });
    if (isDown) {
        text += u'\n' + NodeCountChart::tr("Cluster down");
    } else {
        text += u'\n' + NodeCountChart::tr("Actual: %1").arg(countText(data.unit, actualCount));
        text += u'\n' + NodeCountChart::tr("Target: %1").arg(countText(data.unit, targetCount));
    }
    const int minW = NodeTimeline::valueAt(data.autoscaleMin, timeMs);
    const int maxW = NodeTimeline::valueAt(data.autoscaleMax, timeMs);
    if (minW >= 0 && maxW > 0)
        text += u'\n' + NodeCountChart::tr("Autoscale: %1–%2").arg(minW).arg(maxW);
    if (!compare.isEmpty()) {
        const int other = std::max(0, NodeTimeline::valueAt(compare.actual, timeMs - compareOffset));
        text += u'\n' + compare.label + u": "_s + countText(compare.unit, other);
    }
    return text;
}

} // namespace brickdesk
