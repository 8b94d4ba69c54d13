#pragma once

#include "analysis/billedcost.h"
#include "analysis/utilisation.h"

#include <QWidget>

class QChart;
class QChartView;

namespace brickdesk {

// Billed cost per hour (left axis, currency) and the workers' CPU and memory (right axis, %)
// over a window, with the idle capacity shaded: the minutes whose average CPU stayed under the
// threshold. Series are decimated to at most one point per ten minutes for long windows.
class UtilisationChart final : public QWidget
{
    Q_OBJECT
public:
    explicit UtilisationChart(QWidget *parent = nullptr);

    void setData(const BilledCost &billed, const QVector<UtilisationSample> &utilisation,
        const UtilisationSummary &summary, qint64 fromMs, qint64 toMs);
    void clear();
    QChart *chart() const { return m_chart; }
    int seriesCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Colours from the widget's palette (light or dark), for the chart and what it shows now.
    void applyColours();

    QChart *m_chart;
    QChartView *m_view;
};

} // namespace brickdesk
