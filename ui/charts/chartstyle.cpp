#include "charts/chartstyle.h"

#include "common/chartcolours.h"

#include <QAbstractAxis>
#include <QBrush>
#include <QChart>
#include <QLegend>
#include <QPen>

namespace brickdesk {

void applyChartStyle(QChart *chart, const ChartColours &colours)
{
    chart->setBackgroundBrush(colours.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(colours.text);
    chart->legend()->setLabelColor(colours.text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(colours.text);
        axis->setTitleBrush(colours.text);
        axis->setLinePenColor(colours.axisLine);
        axis->setGridLineColor(colours.grid);
        axis->setMinorGridLineColor(colours.grid);
        axis->setShadesVisible(false);
    }
}

} // namespace brickdesk
